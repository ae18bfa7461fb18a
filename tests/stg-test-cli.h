/* stg-test-cli.h: running the built strategos binary from a test */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdarg.h>
#include <sys/wait.h>

#include "stg-test.h"

/* What one run of the binary left behind. */
typedef struct {
  int   status;
  char *out;
  char *err;
} CliRun;

static inline void
cli_run_clear (CliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliRun, cli_run_clear)

static inline const char *
strategos_path (void)
{
  const char *path = g_getenv ("STRATEGOS");

  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
    fail_msg ("STRATEGOS must name the built strategos binary (got %s)", path ? path : "nothing");
  return path;
}

/* Runs strategos in @cwd (NULL: here) with LC_ALL=@locale and no display
 * at all (a headless verb that reached for one would fail), with the
 * NULL-terminated arguments. */
static inline void
stg_test_run (CliRun     *run,
              const char *cwd,
              const char *locale,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LC_ALL", locale, TRUE);
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;
  int wait_status = 0;

  /* A run may be reused for the next command. */
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_ptr_array_add (argv, (gpointer) strategos_path ());
  va_start (ap, locale);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  if (!g_spawn_sync (cwd, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                     &run->out, &run->err, &wait_status, &error))
    fail_msg ("could not run %s: %s", strategos_path (), error->message);
  if (!WIFEXITED (wait_status))
    fail_msg ("strategos did not exit normally (wait status %d); stderr: %s", wait_status, run->err);
  run->status = WEXITSTATUS (wait_status);
}

static inline void
assert_exit (const CliRun *r,
             int           status)
{
  if (r->status != status)
    fail_msg ("expected exit status %d, got %d\nstdout: %s\nstderr: %s", status, r->status, r->out, r->err);
}
