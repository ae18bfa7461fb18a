/* stg-fuzz-open.h: what opening a file made of given bytes must do */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "strategos/strategos.h"
#include "stg-fuzz.h"

/* Reads everything an open file offers, as the window would. */
static inline void
read_all (StgStore *store)
{
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (store, NULL);
  guint n_types;
  const GType *types = stg_record_types (&n_types);
  gint64 planned, actual;

  if (strategy != NULL)
    (void) stg_record_get_text (STG_RECORD (strategy), "title");

  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(GListModel) list = stg_store_list (store, types[t], NULL);
      guint n = list != NULL ? g_list_model_get_n_items (list) : 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(StgRecord) record = g_list_model_get_item (list, i);
          const char *column = stg_record_get_schema (record)->title_column;
          const char *title = column != NULL ? stg_record_get_text (record, column) : NULL;

          STG_FUZZ_ASSERT (title == NULL || g_utf8_validate (title, -1, NULL));
        }
      (void) stg_store_count (store, types[t], NULL);
    }
  (void) stg_store_budget_totals (store, 0, &planned, &actual, NULL);
}

/* A file that is refused is left byte for byte as it was; one that opens
 * can be read whole, read-only and for editing. */
static inline void
stg_fuzz_open_bytes (const uint8_t *data,
                     size_t         size)
{
  g_autofree char *path = stg_fuzz_write ("input.strategos", data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = stg_store_open (path, STG_STORE_OPEN_READ_ONLY, &error);
  g_autofree char *after = NULL;
  gsize length = 0;

  if (store == NULL)
    {
      STG_FUZZ_ASSERT (error != NULL && error->domain == STG_STORE_ERROR);
      STG_FUZZ_ASSERT (g_utf8_validate (error->message, -1, NULL));
    }
  else
    read_all (store);
  g_clear_object (&store);
  STG_FUZZ_ASSERT (g_file_get_contents (path, &after, &length, NULL));
  STG_FUZZ_ASSERT (length == size && memcmp (after, data, size) == 0);

  g_clear_error (&error);
  store = stg_store_open (path, STG_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_autofree char *again = NULL;

      STG_FUZZ_ASSERT (error != NULL && error->domain == STG_STORE_ERROR);
      STG_FUZZ_ASSERT (g_file_get_contents (path, &again, &length, NULL));
      STG_FUZZ_ASSERT (length == size && memcmp (again, data, size) == 0);
    }
  else
    read_all (store);
  g_remove (path);
}
