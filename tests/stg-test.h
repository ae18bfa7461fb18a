/* stg-test.h: what every cmocka test binary of Strategos shares */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

/* cmocka does not trap SIGABRT: turn a CRITICAL or WARNING (a failed
 * g_return_if_fail, say) into a test failure instead of a silent pass or a
 * dead binary. Debug and info messages pass through untouched. */
static inline GLogWriterOutput
stg_test_log_writer (GLogLevelFlags   log_level,
                     const GLogField *fields,
                     gsize            n_fields,
                     gpointer         user_data)
{
  (void) user_data;
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      const char *message = "";
      for (gsize i = 0; i < n_fields; i++)
        if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
          message = fields[i].value;
      fail_msg ("unexpected log message: %s", message);
    }
  return G_LOG_WRITER_HANDLED;
}

static inline void
stg_test_init (void)
{
  g_log_set_writer_func (stg_test_log_writer, NULL, NULL);
  g_setenv ("CMOCKA_MESSAGE_OUTPUT", "TAP", FALSE);
  cmocka_set_message_output (CM_OUTPUT_TAP);
}

/* A fresh temporary directory per test; removed with its files. */
static inline char *
stg_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("stg-test-XXXXXX", &error);
  assert_non_null (dir);
  return dir;
}

static inline void
stg_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

/* assert that @error is set in @domain with @code, then clear it */
#define stg_assert_error(error, error_domain, error_code)                       \
  do {                                                                         \
    if ((error) == NULL)                                                       \
      fail_msg ("expected an error, got none");                                \
    if (!g_error_matches ((error), (error_domain), (error_code)))              \
      fail_msg ("expected error %s/%d, got %s/%d: %s",                         \
                g_quark_to_string (error_domain), (int) (error_code),          \
                g_quark_to_string ((error)->domain), (error)->code,            \
                (error)->message);                                             \
    g_clear_error (&(error));                                                  \
  } while (0)

#define stg_assert_no_error(error)                                             \
  do {                                                                         \
    if ((error) != NULL)                                                       \
      fail_msg ("unexpected error: %s", (error)->message);                     \
  } while (0)

/* Teardown for tests that switch locales. */
static inline int
stg_test_restore_c_locale (void **state)
{
  (void) state;
  setlocale (LC_ALL, "C");
  return 0;
}

/* Skips a test whose locale is not installed (build-aux/setup-deps
 * installs them; meson counts a skip as a failure, so a machine without
 * them shows it). */
static inline void
stg_test_require_locale (const char *name)
{
  if (setlocale (LC_ALL, name) == NULL)
    skip ();
}
