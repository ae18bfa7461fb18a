/* stg-display.c: how a record's values read on screen */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-display"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "stg-display.h"

typedef struct {
  GArray     *ids;
  GStrv       titles;
  GHashTable *by_id;   /* id -> title, borrowed from titles */
} Titles;

struct _StgNames
{
  StgStore   *store;
  GHashTable *types;   /* GType -> Titles */
  char       *currency;
};

static void
titles_free (Titles *t)
{
  g_array_unref (t->ids);
  g_strfreev (t->titles);
  g_hash_table_unref (t->by_id);
  g_free (t);
}

StgNames *
stg_names_new (StgStore *store)
{
  StgNames *names = g_new0 (StgNames, 1);
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (store, NULL);

  names->store = g_object_ref (store);
  names->types = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) titles_free);
  names->currency = g_strdup (strategy != NULL ? stg_record_get_text (STG_RECORD (strategy), "currency") : "EUR");
  return names;
}

void
stg_names_free (StgNames *names)
{
  if (names == NULL)
    return;
  g_object_unref (names->store);
  g_hash_table_unref (names->types);
  g_free (names->currency);
  g_free (names);
}

/* Read once per change of the strategy, on first use. */
static Titles *
titles_of (StgNames *names,
           GType     type)
{
  Titles *t = g_hash_table_lookup (names->types, GSIZE_TO_POINTER (type));

  if (t != NULL)
    return t;
  t = g_new0 (Titles, 1);
  if (!stg_store_titles (names->store, type, &t->ids, &t->titles, NULL))
    {
      t->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      t->titles = g_new0 (char *, 1);
    }
  t->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < t->ids->len; i++)
    g_hash_table_insert (t->by_id, &g_array_index (t->ids, gint64, i), t->titles[i]);
  g_hash_table_insert (names->types, GSIZE_TO_POINTER (type), t);
  return t;
}

guint
stg_names_get (StgNames            *names,
               GType                type,
               const gint64       **ids,
               const char *const  **titles)
{
  Titles *t = titles_of (names, type);

  *ids = (const gint64 *) t->ids->data;
  *titles = (const char *const *) t->titles;
  return t->ids->len;
}

const char *
stg_names_lookup (StgNames *names,
                  GType     type,
                  gint64    id)
{
  return g_hash_table_lookup (titles_of (names, type)->by_id, &id);
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
