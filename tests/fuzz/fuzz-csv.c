/* fuzz-csv.c: importing budget lines from any CSV file */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "strategos/strategos.h"
#include "stg-fuzz.h"

static StgStore *store;

static void
close_store (void)
{
  g_clear_object (&store);
}

/* The sample strategy, so that actor and objective names resolve. */
static StgStore *
sample_store (void)
{
  if (store == NULL)
    {
      g_autofree char *path = g_build_filename (stg_fuzz_tmp_dir (), "sample.strategos", NULL);

      store = stg_store_create (path, NULL, STG_STORE_CREATE_SAMPLE, NULL);
      if (store == NULL)
        abort ();
      atexit (close_store);
    }
  return store;
}

/* An import adds every row or none; a refused one says why and changes
 * nothing; a successful one is undone so that the next input starts from
 * the sample again. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  StgStore *s = sample_store ();
  g_autofree char *path = stg_fuzz_write ("input.csv", data, size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before = stg_store_count (s, STG_TYPE_BUDGET_LINE, NULL);
  guint imported = 0;

  if (stg_csv_import_lines (s, path, &problems, &imported, NULL, &error))
    {
      STG_FUZZ_ASSERT (error == NULL);
      STG_FUZZ_ASSERT (stg_store_count (s, STG_TYPE_BUDGET_LINE, NULL) == before + imported);
      if (imported > 0)
        STG_FUZZ_ASSERT (stg_store_undo (s, NULL));
    }
  else
    {
      STG_FUZZ_ASSERT (error != NULL && g_utf8_validate (error->message, -1, NULL));
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        {
          StgCsvProblem *problem = g_ptr_array_index (problems, i);
          STG_FUZZ_ASSERT (g_utf8_validate (problem->message, -1, NULL));
          STG_FUZZ_ASSERT (problem->column == NULL || g_utf8_validate (problem->column, -1, NULL));
        }
    }
  STG_FUZZ_ASSERT (stg_store_count (s, STG_TYPE_BUDGET_LINE, NULL) == before);
  return 0;
}
