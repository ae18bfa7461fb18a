/* stg-display.c: how a record's values read on screen */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-display"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "stg-display.h"

struct _StgNames
{
  StgStore   *store;
  GHashTable *lists;    /* GType -> GListModel of records */
  GHashTable *titles;   /* GType -> (id -> title) */
  char       *currency;
};

StgNames *
stg_names_new (StgStore *store)
{
  StgNames *names = g_new0 (StgNames, 1);
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (store, NULL);

  names->store = g_object_ref (store);
  names->lists = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  names->titles = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  names->currency = g_strdup (strategy != NULL ? stg_record_get_text (STG_RECORD (strategy), "currency") : "EUR");
  return names;
}

void
stg_names_free (StgNames *names)
{
  if (names == NULL)
    return;
  g_object_unref (names->store);
  g_hash_table_unref (names->lists);
  g_hash_table_unref (names->titles);
  g_free (names->currency);
  g_free (names);
}

GListModel *
stg_names_records (StgNames *names,
                   GType     type)
{
  GListModel *list = g_hash_table_lookup (names->lists, GSIZE_TO_POINTER (type));
  GHashTable *titles;

  if (list != NULL)
    return list;
  list = stg_store_list (names->store, type, NULL);
  if (list == NULL)
    list = G_LIST_MODEL (g_list_store_new (type));
  titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      /* The list holds a reference, so the borrowed pointers stay valid. */
      g_autoptr(StgRecord) record = g_list_model_get_item (list, i);
      gint64 *id = g_new (gint64, 1);
      *id = stg_record_get_id (record);
      g_hash_table_insert (titles, id, (gpointer) stg_record_get_title (record));
    }
  g_hash_table_insert (names->lists, GSIZE_TO_POINTER (type), list);
  g_hash_table_insert (names->titles, GSIZE_TO_POINTER (type), titles);
  return list;
}

const char *
stg_names_lookup (StgNames *names,
                  GType     type,
                  gint64    id)
{
  GHashTable *titles;

  stg_names_records (names, type);
  titles = g_hash_table_lookup (names->titles, GSIZE_TO_POINTER (type));
  return g_hash_table_lookup (titles, &id);
}

const char *
stg_names_currency (StgNames *names)
{
  return names->currency;
}

char *
stg_display_value (StgRecord       *record,
                   const StgColumn *column,
                   StgNames        *names)
{
  const char *text;
  gint64 n;

  switch (column->type)
    {
    case STG_COLUMN_TEXT:
      return g_strdup (stg_record_get_text (record, column->name));
    case STG_COLUMN_CHOICE:
      return g_strdup (stg_choice_get_label (column, stg_record_get_text (record, column->name)));
    case STG_COLUMN_DATE:
      {
        GDate date;
        text = stg_record_get_text (record, column->name);
        if (text == NULL || !stg_date_parse_iso (text, &date, NULL))
          return g_strdup ("");
        return stg_date_format_locale (&date);
      }
    case STG_COLUMN_BOOL:
      return g_strdup (stg_record_get_int (record, column->name) ? _("Yes") : "");
    case STG_COLUMN_REAL:
      {
        double v = stg_record_get_real (record, column->name);
        return isnan (v) ? g_strdup ("") : g_strdup_printf ("%g", v);
      }
    case STG_COLUMN_MONEY:
      n = stg_record_get_int (record, column->name);
      return n == STG_NO_AMOUNT ? g_strdup ("") : stg_money_format_currency (n, names->currency);
    case STG_COLUMN_REFERENCE:
      n = stg_record_get_int (record, column->name);
      text = n == 0 ? NULL : stg_names_lookup (names, column->ref_type (), n);
      return g_strdup (text != NULL ? text : "");
    case STG_COLUMN_INT:
    default:
      return g_strdup_printf ("%" G_GINT64_FORMAT, stg_record_get_int (record, column->name));
    }
}
