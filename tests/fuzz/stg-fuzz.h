/* stg-fuzz.h: what the fuzz targets share */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <glib.h>
#include <glib/gstdio.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A property that must hold whatever the input: abort so that libFuzzer
 * (or the replay) reports the input as a crash. */
#define STG_FUZZ_ASSERT(cond)                                                   \
  do {                                                                         \
    if (!(cond))                                                               \
      {                                                                        \
        g_printerr ("%s:%d: property failed: %s\n", __FILE__, __LINE__, #cond);\
        abort ();                                                              \
      }                                                                        \
  } while (0)

/* A failed precondition (g_return_if_fail) or a warning is a finding too. */
__attribute__((constructor)) static void
stg_fuzz_init (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

static char *stg_fuzz_dir;

static void
stg_fuzz_remove_dir (void)
{
  g_autoptr(GDir) d = g_dir_open (stg_fuzz_dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (stg_fuzz_dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (stg_fuzz_dir);
  g_clear_pointer (&stg_fuzz_dir, g_free);
}

/* One private folder per run, removed at exit. */
static inline const char *
stg_fuzz_tmp_dir (void)
{
  if (stg_fuzz_dir == NULL)
    {
      stg_fuzz_dir = g_dir_make_tmp ("stg-fuzz-XXXXXX", NULL);
      if (stg_fuzz_dir == NULL)
        abort ();
      atexit (stg_fuzz_remove_dir);
    }
  return stg_fuzz_dir;
}

/* Writes @data to a file named @name in the run's folder. */
static inline char *
stg_fuzz_write (const char    *name,
                const uint8_t *data,
                size_t         size)
{
  char *path = g_build_filename (stg_fuzz_tmp_dir (), name, NULL);

  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    abort ();
  return path;
}
