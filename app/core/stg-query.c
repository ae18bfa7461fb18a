/* stg-query.c: sorted, filtered lists of items, computed by SQLite */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-query"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "strategos/stg-query.h"
#include "stg-store-private.h"

/* Every identifier below comes from the schema tables (checked with
 * stg_record_schema_find); every value a person typed is bound. */

/* What a record is called, as SQL: its title column, or for a budget line
 * the title of its objective. */
static char *
title_sql (const StgRecordSchema *schema)
{
  if (schema->title_column != NULL)
    return g_strdup (schema->title_column);
  return g_strdup ("(SELECT title FROM objective WHERE objective.id = objective_id)");
}

static char *
sort_sql (const StgRecordSchema *schema,
          const StgColumn       *c)
{
  GString *s;

  switch (c->type)
    {
    case STG_COLUMN_TEXT:
      return g_strdup_printf ("%s COLLATE NOCASE", c->name);
    case STG_COLUMN_DATE:
      return g_strdup_printf ("%s IS NULL, %s", c->name, c->name);
    case STG_COLUMN_CHOICE:
      s = g_string_new ("CASE ");
      g_string_append (s, c->name);
      for (guint i = 0; c->choices[i].key != NULL; i++)
        g_string_append_printf (s, " WHEN '%s' THEN %u", c->choices[i].key, i);
      g_string_append (s, " END");
      return g_string_free (s, FALSE);
    case STG_COLUMN_REFERENCE:
      {
        const StgRecordSchema *target = stg_record_type_get_schema (c->ref_type ());
        g_autofree char *name = title_sql (target);
        /* Unset references last. */
        return g_strdup_printf ("%s IS NULL, (SELECT %s FROM %s AS t WHERE t.id = %s.%s) COLLATE NOCASE",
                                c->name, name, target->table, schema->table, c->name);
      }
    default:
      return g_strdup (c->name);
    }
}

static char *
escape_like (const char *text)
{
  GString *s = g_string_new ("%");

  for (const char *p = text; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '%');
  return g_string_free (s, FALSE);
}

static gboolean
build_sql (const StgRecordSchema  *schema,
           const StgQuery         *query,
           GString                *sql,
           GError                **error)
{
  const char *and = " WHERE ";
  g_autofree char *title = title_sql (schema);

  g_string_append_printf (sql, "SELECT id FROM %s", schema->table);
  if (query->search != NULL && *query->search != '\0')
    {
      /* A substring search reads every title anyway: in table order, not
       * through the index of the sort column, which would look each row
       * up on its own (seconds for 100,000 objectives). */
      g_string_append (sql, " NOT INDEXED");
      g_string_append_printf (sql, "%s%s LIKE ?1 ESCAPE '\\'", and, title);
      and = " AND ";
    }
  for (guint i = 0; i < query->n_filters; i++)
    {
      const StgColumn *c = stg_record_schema_find (schema, query->filters[i].column);
      if (c == NULL || (c->type != STG_COLUMN_CHOICE && c->type != STG_COLUMN_REFERENCE))
        goto bad_column;
      g_string_append_printf (sql, "%s%s = ?%u", and, c->name, i + 2);
      and = " AND ";
    }
  if (query->before_column != NULL && query->before != NULL)
    {
      const StgColumn *c = stg_record_schema_find (schema, query->before_column);
      if (c == NULL || c->type != STG_COLUMN_DATE)
        goto bad_column;
      g_string_append_printf (sql, "%s%s < ?%u", and, c->name, STG_QUERY_MAX_FILTERS + 2);
    }
  if (query->sort_column != NULL)
    {
      const StgColumn *c = stg_record_schema_find (schema, query->sort_column);
      g_autofree char *order = NULL;
      if (c == NULL)
        goto bad_column;
      order = sort_sql (schema, c);
      /* DESC applies to the last term only: undated and unset stay last.
       * Ties go by id, both ways, so that an index on the sort column
       * (migrations/0004) serves either order without sorting. */
      g_string_append_printf (sql, " ORDER BY %s%s", order, query->descending ? " DESC, id DESC" : ", id");
    }
  else
    g_string_append (sql, " ORDER BY id");
  return TRUE;

bad_column:
  g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_FAILED,
               "A %s list cannot be sorted or filtered by that column", schema->table);
  return FALSE;
}

GArray *
stg_store_query (StgStore        *self,
                 GType            type,
                 const StgQuery  *query,
                 GError         **error)
{
  const StgRecordSchema *schema = stg_record_type_get_schema (type);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *pattern = NULL;
  sqlite3_stmt *stmt;
  GArray *ids;
  int rc;

  g_return_val_if_fail (STG_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL && query->n_filters <= STG_QUERY_MAX_FILTERS, NULL);

  if (!build_sql (schema, query, sql, error) ||
      (stmt = stg_db_prepare (stg_store_get_db (self), sql->str, error)) == NULL)
    return NULL;
  if (query->search != NULL && *query->search != '\0')
    {
      pattern = escape_like (query->search);
      sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_TRANSIENT);
    }
  for (guint i = 0; i < query->n_filters; i++)
    {
      if (query->filters[i].key != NULL)
        sqlite3_bind_text (stmt, (int) i + 2, query->filters[i].key, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (stmt, (int) i + 2, query->filters[i].id);
    }
  if (query->before_column != NULL && query->before != NULL)
    sqlite3_bind_text (stmt, STG_QUERY_MAX_FILTERS + 2, query->before, -1, SQLITE_TRANSIENT);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      stg_db_fail (stg_store_get_db (self), sqlite3_reset (stmt), error);
      g_array_unref (ids);
      return NULL;
    }
  sqlite3_reset (stmt);
  return ids;
}

/* The lazy list */

#define CACHE_SIZE 4096

struct _StgRecordList
{
  GObject     parent_instance;

  StgStore   *store;
  GType       type;
  GArray     *ids;
  GHashTable *cache;    /* id -> StgRecord */
};

static GType
stg_record_list_get_item_type (GListModel *list)
{
  return STG_RECORD_LIST (list)->type;
}

static guint
stg_record_list_get_n_items (GListModel *list)
{
  return STG_RECORD_LIST (list)->ids->len;
}

static gpointer
stg_record_list_get_item (GListModel *list,
                          guint       position)
{
  StgRecordList *self = STG_RECORD_LIST (list);
  gint64 id;
  StgRecord *record;

  if (position >= self->ids->len)
    return NULL;
  id = g_array_index (self->ids, gint64, position);
  record = g_hash_table_lookup (self->cache, &id);
  if (record == NULL)
    {
      g_autoptr(GError) error = NULL;
      gint64 *key;

      record = stg_store_get (self->store, self->type, id, &error);
      if (record == NULL)
        {
          /* Only if the file changed under the list; the next edit
           * refreshes it. An empty record keeps the view consistent. */
          g_debug ("Item %" G_GINT64_FORMAT " vanished: %s", id, error->message);
          record = stg_record_new (self->type);
          stg_record_set_id (record, id);
        }
      /* Bounded: a list scrolled end to end does not keep everything. */
      if (g_hash_table_size (self->cache) >= CACHE_SIZE)
        g_hash_table_remove_all (self->cache);
      key = g_new (gint64, 1);
      *key = id;
      g_hash_table_insert (self->cache, key, record);
    }
  return g_object_ref (record);
}

static void
stg_record_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = stg_record_list_get_item_type;
  iface->get_n_items = stg_record_list_get_n_items;
  iface->get_item = stg_record_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (StgRecordList, stg_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, stg_record_list_model_init))

static void
stg_record_list_finalize (GObject *object)
{
  StgRecordList *self = STG_RECORD_LIST (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);

  G_OBJECT_CLASS (stg_record_list_parent_class)->finalize (object);
}

static void
stg_record_list_class_init (StgRecordListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = stg_record_list_finalize;
}

static void
stg_record_list_init (StgRecordList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

StgRecordList *
stg_record_list_new (StgStore *store,
                     GType     type)
{
  StgRecordList *self = g_object_new (STG_TYPE_RECORD_LIST, NULL);

  g_return_val_if_fail (g_type_is_a (type, STG_TYPE_RECORD), NULL);
  self->store = g_object_ref (store);
  self->type = type;
  return self;
}

void
stg_record_list_set_ids (StgRecordList *self,
                         GArray        *ids)
{
  guint removed;

  g_return_if_fail (STG_IS_RECORD_LIST (self));
  g_return_if_fail (ids != NULL);

  /* Two signals, all out then all in: GTK 4.8's views take seconds to
   * reconcile 100,000 removed items with 100,000 added ones in one. */
  removed = self->ids->len;
  g_array_set_size (self->ids, 0);
  g_hash_table_remove_all (self->cache);
  if (removed > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
  g_array_unref (self->ids);
  self->ids = ids;
  if (ids->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, ids->len);
}

guint
stg_record_list_find (StgRecordList *self,
                      gint64         id)
{
  g_return_val_if_fail (STG_IS_RECORD_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}
