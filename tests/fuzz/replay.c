/* replay.c: runs a fuzz target over every file of its corpus, as a test */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <stdio.h>

#include "stg-fuzz.h"

/* Each argument is a corpus folder or one input. A crash or a failed
 * property aborts, which fails the test; the sanitizer build reports
 * memory errors the same way. */
static int
replay_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("replay: %s\n", error->message);
      return 1;
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  guint n = 0;
  int failed = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          failed |= replay_file (argv[i]);
          n++;
          continue;
        }
      if ((dir = g_dir_open (argv[i], 0, NULL)) == NULL)
        {
          g_printerr ("replay: cannot read the folder %s\n", argv[i]);
          return 1;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          failed |= replay_file (path);
          n++;
        }
    }
  printf ("replayed %u inputs\n", n);
  return failed || n == 0;
}
