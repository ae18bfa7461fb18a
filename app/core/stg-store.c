/* stg-store.c: a strategy file, its transactions, records and links */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-store"

#include "config.h"

#include <errno.h>
#include <unistd.h>
#include <math.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "strategos/stg-money.h"
#include "strategos/stg-store.h"
#include "stg-db-private.h"
#include "stg-record-private.h"
#include "stg-store-private.h"

/* Undo labels and refusals come from tables of N_() formats (one per link
 * and per restricting column); their arguments are fixed by those tables. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

struct _StgStore
{
  GObject   parent_instance;

  StgDb    *db;
  char     *path;
  gboolean  read_only;
  guint     depth;     /* transaction nesting */
  gboolean  unchecked;   /* opened with STG_STORE_OPEN_CHECK_LATER, not yet checked */
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (StgStore, stg_store, G_TYPE_OBJECT)

static const StgLinkSchema link_schemas[STG_N_LINKS] = {
  [STG_LINK_THREAT_INTEREST] = {
    "threat_interest", "threat_id", "interest_id", stg_threat_get_type, stg_interest_get_type,
    N_("Link threat “%s” to vital interest “%s”"), N_("Unlink threat “%s” from vital interest “%s”") },
  [STG_LINK_OBJECTIVE_INTEREST] = {
    "objective_interest", "objective_id", "interest_id", stg_objective_get_type, stg_interest_get_type,
    N_("Link objective “%s” to vital interest “%s”"), N_("Unlink objective “%s” from vital interest “%s”") },
  [STG_LINK_OBJECTIVE_THREAT] = {
    "objective_threat", "objective_id", "threat_id", stg_objective_get_type, stg_threat_get_type,
    N_("Link objective “%s” to threat “%s”"), N_("Unlink objective “%s” from threat “%s”") },
  [STG_LINK_OBJECTIVE_ROLE] = {
    "objective_role", "objective_id", "role_id", stg_objective_get_type, stg_role_get_type,
    N_("Link objective “%s” to role “%s”"), N_("Unlink objective “%s” from role “%s”") },
  [STG_LINK_OBJECTIVE_CAPABILITY] = {
    "objective_capability", "objective_id", "capability_id", stg_objective_get_type, stg_capability_get_type,
    N_("Link objective “%s” to capability “%s”"), N_("Unlink objective “%s” from capability “%s”") },
  [STG_LINK_OBJECTIVE_SUPPORTING_ACTOR] = {
    "objective_supporting_actor", "objective_id", "actor_id", stg_objective_get_type, stg_actor_get_type,
    N_("Add supporting actor “%2$s” to objective “%1$s”"), N_("Remove supporting actor “%2$s” from objective “%1$s”") },
};

const StgLinkSchema *
stg_link_get_schema (StgLink link)
{
  g_return_val_if_fail (link < STG_N_LINKS, NULL);
  return &link_schemas[link];
}

static void
stg_store_finalize (GObject *object)
{
  StgStore *self = STG_STORE (object);

  if (self->depth > 0)
    g_warning ("Closing %s inside a transaction; it is rolled back", self->path);
  g_clear_pointer (&self->db, stg_db_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (stg_store_parent_class)->finalize (object);
}

static void
stg_store_class_init (StgStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = stg_store_finalize;

  /**
   * StgStore::changed:
   * Emitted after an edit, an undo or a redo has been committed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
stg_store_init (StgStore *self)
{
}

/* Opening */

StgStore *
stg_store_new_for_db (StgDb       *db,
                      const char  *path,
                      gboolean     read_only)
{
  StgStore *self = g_object_new (STG_TYPE_STORE, NULL);

  self->db = db;
  self->path = g_strdup (path);
  self->read_only = read_only;
  return self;
}

StgStore *
stg_store_open (const char         *path,
                StgStoreOpenFlags   flags,
                GError            **error)
{
  gboolean read_only = (flags & STG_STORE_OPEN_READ_ONLY) != 0;
  gboolean check_later = (flags & STG_STORE_OPEN_CHECK_LATER) != 0;
  g_autoptr(StgDb) db = NULL;
  StgStore *self;

  g_return_val_if_fail (path != NULL, NULL);

  if ((db = stg_file_open (path, read_only, check_later, error)) == NULL)
    return NULL;
  if (!read_only && !stg_undo_install (db, error))
    {
      g_prefix_error (error, _("Could not open “%s”: "), path);
      return NULL;
    }
  self = stg_store_new_for_db (g_steal_pointer (&db), path, read_only);
  self->unchecked = check_later;
  return self;
}

gboolean
stg_store_check_pages (StgStore  *self,
                       GError   **error)
{
  g_return_val_if_fail (STG_IS_STORE (self), FALSE);
  return stg_file_check_pages (self->db, self->path, error);
}

gboolean
stg_store_is_checked (StgStore *self)
{
  g_return_val_if_fail (STG_IS_STORE (self), FALSE);
  return !self->unchecked;
}

void
stg_store_set_checked (StgStore *self)
{
  g_return_if_fail (STG_IS_STORE (self));
  self->unchecked = FALSE;
}

StgDb *
stg_store_get_db (StgStore *self)
{
  return self->db;
}

StgStore *
stg_store_open_reader (StgStore  *self,
                       GError   **error)
{
  StgDb *db;

  g_return_val_if_fail (STG_IS_STORE (self), NULL);

  if ((db = stg_file_open_reader (self->path, error)) == NULL)
    return NULL;
  return stg_store_new_for_db (db, self->path, TRUE);
}

const char *
stg_store_get_path (StgStore *self)
{
  g_return_val_if_fail (STG_IS_STORE (self), NULL);
  return self->path;
}

gboolean
stg_store_is_read_only (StgStore *self)
{
  g_return_val_if_fail (STG_IS_STORE (self), TRUE);
  return self->read_only;
}

/* Transactions */

/* After a disk-full or I/O error SQLite may roll the whole transaction
 * back by itself; the levels still open then hold nothing. */
static gboolean
transaction_lost (StgStore  *self,
                  GError   **error)
{
  if (self->depth == 0 || !sqlite3_get_autocommit (stg_db_handle (self->db)))
    return FALSE;
  g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_IO,
                       _("The change could not be written and was rolled back; nothing was changed"));
  return TRUE;
}

static gboolean
begin_raw (StgStore  *self,
           GError   **error)
{
  g_autofree char *sql = NULL;

  if (transaction_lost (self, error))
    return FALSE;
  if (self->read_only)
    {
      g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_READ_ONLY,
                   _("“%s” is open for reading only"), self->path);
      return FALSE;
    }
  if (self->unchecked)
    {
      g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_BUSY,
                   _("“%s” is still being checked for damage; try again in a moment"), self->path);
      return FALSE;
    }
  if (self->depth == 0 && !stg_db_check_file (self->db, self->path, error))
    return FALSE;
  if (self->depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT stg_%u", self->depth);
  if (!stg_db_exec (self->db, sql, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
stg_store_begin (StgStore    *self,
                 const char  *label,
                 GError     **error)
{
  g_return_val_if_fail (STG_IS_STORE (self), FALSE);

  if (!begin_raw (self, error))
    return FALSE;
  if (self->depth == 1 && !stg_undo_open_step (self->db, "undo", label, error))
    {
      stg_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
stg_store_rollback (StgStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (STG_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  self->depth--;
  if (self->depth == 0)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO stg_%u; RELEASE stg_%u", self->depth, self->depth);
  /* A failed rollback has already rolled back the whole transaction. */
  sqlite3_exec (stg_db_handle (self->db), sql, NULL, NULL, NULL);
}

static gboolean
commit_raw (StgStore  *self,
            GError   **error)
{
  g_autofree char *sql = NULL;

  if (transaction_lost (self, error))
    {
      self->depth--;
      return FALSE;
    }
  if (self->depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE stg_%u", self->depth - 1);
  if (!stg_db_exec (self->db, sql, error))
    {
      stg_store_rollback (self);
      return FALSE;
    }
  self->depth--;
  return TRUE;
}

gboolean
stg_store_commit (StgStore  *self,
                  GError   **error)
{
  gboolean recorded = TRUE;

  g_return_val_if_fail (STG_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1 && !stg_undo_close_step (self->db, TRUE, &recorded, error))
    {
      stg_store_rollback (self);
      return FALSE;
    }
  if (!commit_raw (self, error))
    return FALSE;
  if (self->depth == 0 && recorded)
    g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* Runs @edit inside its own transaction level: commits if it succeeds,
 * rolls back if it fails. */
static gboolean
transact (StgStore    *self,
          const char  *label,
          gboolean   (*edit) (StgStore *, gpointer, GError **),
          gpointer     data,
          GError     **error)
{
  if (!stg_store_begin (self, label, error))
    return FALSE;
  if (!edit (self, data, error))
    {
      stg_store_rollback (self);
      return FALSE;
    }
  return stg_store_commit (self, error);
}

gboolean
stg_store_begin_bulk (StgStore  *self,
                      GType      type,
                      gint64    *mark,
                      GError   **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);
  return stg_undo_begin_bulk (self->db, stg_record_type_get_schema (type)->table, mark, error);
}

gboolean
stg_store_end_bulk (StgStore  *self,
                    GType      type,
                    gint64     mark,
                    GError   **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);
  return stg_undo_end_bulk (self->db, stg_record_type_get_schema (type)->table, mark, error);
}

gboolean
stg_store_drop_indexes (StgStore   *self,
                        GType       type,
                        GStrv      *sql,
                        GError    **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);
  return stg_db_drop_indexes (self->db, stg_record_type_get_schema (type)->table, sql, error);
}

gboolean
stg_store_create_indexes (StgStore          *self,
                          const char *const *sql,
                          GError           **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);
  return stg_db_create_indexes (self->db, sql, error);
}

/* The CHECK constraints of budget_line (migrations/0001-initial.sql), for
 * lines a bulk insert wrote while SQLite was told to ignore them: SQLite
 * tests a constraint "x IN (list)" by building a table of the list for
 * every row, which cost a 1M-line import more than all else it wrote.
 * Keep in step with the schema. */
gboolean
stg_store_check_lines (StgStore  *self,
                       gint64     after,
                       GError   **error)
{
  sqlite3_stmt *stmt;
  gint64 n = 0;

  g_return_val_if_fail (STG_IS_STORE (self), FALSE);

  stmt = stg_db_prepare (self->db, "SELECT count(*) FROM budget_line WHERE rowid > ?1 AND NOT ("
                         "year BETWEEN 1900 AND 2200"
                         " AND category IN ('personnel', 'investment', 'operations', 'other')"
                         " AND planned >= 0 AND (actual IS NULL OR actual >= 0))", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, after);
  if (!stg_db_query_int (self->db, stmt, &n, error))
    return FALSE;
  if (n > 0)
    {
      g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u budget line has a year, category or amount that the strategy file does not allow",
                                "%u budget lines have a year, category or amount that the strategy file does not allow",
                                (gulong) n), (guint) n);
      return FALSE;
    }
  return TRUE;
}

/* Undo */

static gboolean
replay (StgStore    *self,
        const char  *from,
        GError     **error)
{
  g_return_val_if_fail (STG_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (!begin_raw (self, error))
    return FALSE;
  /* Rows come back in the reverse of the order they went, so a child may
   * return before its parent: check references at commit, not per row. */
  if (!stg_db_exec (self->db, "PRAGMA defer_foreign_keys = ON", error) ||
      !stg_undo_replay (self->db, from, error))
    {
      stg_store_rollback (self);
      return FALSE;
    }
  if (!commit_raw (self, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
stg_store_undo (StgStore  *self,
                GError   **error)
{
  return replay (self, "undo", error);
}

gboolean
stg_store_redo (StgStore  *self,
                GError   **error)
{
  return replay (self, "redo", error);
}

char *
stg_store_get_undo_label (StgStore *self)
{
  g_return_val_if_fail (STG_IS_STORE (self), NULL);
  return self->read_only ? NULL : stg_undo_peek_label (self->db, "undo");
}

char *
stg_store_get_redo_label (StgStore *self)
{
  g_return_val_if_fail (STG_IS_STORE (self), NULL);
  return self->read_only ? NULL : stg_undo_peek_label (self->db, "redo");
}

gboolean
stg_store_can_undo (StgStore *self)
{
  g_autofree char *label = stg_store_get_undo_label (self);
  return label != NULL;
}

gboolean
stg_store_can_redo (StgStore *self)
{
  g_autofree char *label = stg_store_get_redo_label (self);
  return label != NULL;
}

/* Records */

static char *
column_list (const StgRecordSchema *schema,
             const char            *separator,
             const char            *suffix)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < schema->n_columns; i++)
    g_string_append_printf (s, "%s%s%s", i ? separator : "", schema->columns[i].name, suffix);
  return g_string_free (s, FALSE);
}

static char *
select_sql (const StgRecordSchema *schema,
            const char            *where)
{
  g_autofree char *cols = column_list (schema, ", ", "");
  return g_strdup_printf ("SELECT id, %s FROM %s %s", cols, schema->table, where);
}

static void
bind_column (sqlite3_stmt    *stmt,
             int              index,
             const StgColumn *column,
             const GValue    *value)
{
  switch (column->type)
    {
    case STG_COLUMN_TEXT:
    case STG_COLUMN_CHOICE:
    case STG_COLUMN_DATE:
      if (g_value_get_string (value) == NULL)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_text (stmt, index, g_value_get_string (value), -1, SQLITE_TRANSIENT);
      break;
    case STG_COLUMN_BOOL:
      sqlite3_bind_int (stmt, index, g_value_get_boolean (value));
      break;
    case STG_COLUMN_REAL:
      if (isnan (g_value_get_double (value)))
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_double (stmt, index, g_value_get_double (value));
      break;
    case STG_COLUMN_MONEY:
    case STG_COLUMN_REFERENCE:
      if (g_value_get_int64 (value) == (column->type == STG_COLUMN_MONEY ? STG_NO_AMOUNT : 0))
        {
          sqlite3_bind_null (stmt, index);
          break;
        }
      G_GNUC_FALLTHROUGH;
    case STG_COLUMN_INT:
    default:
      sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
      break;
    }
}

static void
read_column (sqlite3_stmt    *stmt,
             int              index,
             const StgColumn *column,
             GValue          *value)
{
  gboolean null = sqlite3_column_type (stmt, index) == SQLITE_NULL;

  switch (column->type)
    {
    case STG_COLUMN_TEXT:
    case STG_COLUMN_CHOICE:
    case STG_COLUMN_DATE:
      g_value_set_string (value, null && column->type != STG_COLUMN_DATE
                          ? "" : (const char *) sqlite3_column_text (stmt, index));
      break;
    case STG_COLUMN_BOOL:
      g_value_set_boolean (value, sqlite3_column_int64 (stmt, index) != 0);
      break;
    case STG_COLUMN_REAL:
      g_value_set_double (value, null ? NAN : sqlite3_column_double (stmt, index));
      break;
    case STG_COLUMN_MONEY:
      g_value_set_int64 (value, null ? STG_NO_AMOUNT : sqlite3_column_int64 (stmt, index));
      break;
    case STG_COLUMN_INT:
    case STG_COLUMN_REFERENCE:
    default:
      g_value_set_int64 (value, sqlite3_column_int64 (stmt, index));
      break;
    }
}

static StgRecord *
record_from_row (GType         type,
                 sqlite3_stmt *stmt)
{
  StgRecord *record = stg_record_new (type);
  const StgRecordSchema *schema = stg_record_get_schema (record);

  stg_record_set_id (record, sqlite3_column_int64 (stmt, 0));
  for (guint i = 0; i < schema->n_columns; i++)
    read_column (stmt, (int) i + 1, &schema->columns[i], stg_record_peek_value (record, i));
  return record;
}

static gboolean
no_such_item (const StgRecordSchema *schema,
              gint64                 id,
              GError               **error)
{
  g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM,
               _("There is no %s with id %lld (it may have been deleted)"),
               _(schema->singular), (long long) id);
  return FALSE;
}

StgRecord *
stg_store_get (StgStore  *self,
               GType      type,
               gint64     id,
               GError   **error)
{
  const StgRecordSchema *schema = stg_record_type_get_schema (type);
  g_autofree char *sql = select_sql (schema, "WHERE id = ?");
  sqlite3_stmt *stmt;
  StgRecord *record = NULL;
  int rc;

  g_return_val_if_fail (STG_IS_STORE (self), NULL);

  if ((stmt = stg_db_prepare (self->db, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = record_from_row (type, stmt);
  else if (rc == SQLITE_DONE)
    no_such_item (schema, id, error);
  else
    stg_db_fail (self->db, sqlite3_reset (stmt), error);
  sqlite3_reset (stmt);
  return record;
}

StgStrategy *
stg_store_get_strategy (StgStore  *self,
                        GError   **error)
{
  return STG_STRATEGY (stg_store_get (self, STG_TYPE_STRATEGY, 1, error));
}

static GListModel *
list_query (StgStore    *self,
            GType        type,
            const char  *where,
            gint64       id,
            GError     **error)
{
  const StgRecordSchema *schema = stg_record_type_get_schema (type);
  g_autofree char *sql = select_sql (schema, where);
  sqlite3_stmt *stmt;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GPtrArray) records = NULL;
  int rc;

  if ((stmt = stg_db_prepare (self->db, sql, error)) == NULL)
    return NULL;
  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);
  records = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, record_from_row (type, stmt));
  if (rc != SQLITE_DONE)
    {
      stg_db_fail (self->db, sqlite3_reset (stmt), error);
      return NULL;
    }
  sqlite3_reset (stmt);
  list = g_list_store_new (type);
  g_list_store_splice (list, 0, 0, records->pdata, records->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
stg_store_list (StgStore  *self,
                GType      type,
                GError   **error)
{
  g_return_val_if_fail (STG_IS_STORE (self), NULL);
  return list_query (self, type, "ORDER BY id", 0, error);
}

GListModel *
stg_store_list_where (StgStore    *self,
                      GType        type,
                      const char  *column,
                      gint64       id,
                      GError     **error)
{
  const StgColumn *c;
  g_autofree char *where = NULL;

  g_return_val_if_fail (STG_IS_STORE (self), NULL);
  c = stg_record_schema_find (stg_record_type_get_schema (type), column);
  g_return_val_if_fail (c != NULL && c->type == STG_COLUMN_REFERENCE, NULL);
  g_return_val_if_fail (id != 0, NULL);

  /* The column name comes from the schema, checked just above. */
  where = g_strdup_printf ("WHERE %s = ? ORDER BY id", c->name);
  return list_query (self, type, where, id, error);
}

gboolean
stg_store_titles (StgStore  *self,
                  GType      type,
                  GArray   **ids,
                  GStrv     *titles,
                  GError   **error)
{
  const StgRecordSchema *schema = stg_record_type_get_schema (type);
  g_autofree char *sql = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (STG_IS_STORE (self), FALSE);
  g_return_val_if_fail (schema->title_column != NULL, FALSE);

  sql = g_strdup_printf ("SELECT id, %1$s FROM %2$s ORDER BY %1$s COLLATE NOCASE, id",
                         schema->title_column, schema->table);
  if ((stmt = stg_db_prepare (self->db, sql, error)) == NULL)
    return FALSE;
  *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  builder = g_strv_builder_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (*ids, id);
      g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 1));
    }
  *titles = g_strv_builder_end (builder);
  if (rc != SQLITE_DONE)
    {
      g_clear_pointer (ids, g_array_unref);
      g_clear_pointer (titles, g_strfreev);
      return stg_db_fail (self->db, sqlite3_reset (stmt), error);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gint64
stg_store_count (StgStore  *self,
                 GType      type,
                 GError   **error)
{
  const StgRecordSchema *schema = stg_record_type_get_schema (type);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", schema->table);
  sqlite3_stmt *stmt;
  gint64 n = -1;

  g_return_val_if_fail (STG_IS_STORE (self), -1);

  stmt = stg_db_prepare (self->db, sql, error);
  if (stmt == NULL || !stg_db_query_int (self->db, stmt, &n, error))
    return -1;
  return n;
}

static gboolean
exists (StgStore  *self,
        GType      type,
        gint64     id,
        gboolean  *found,
        GError   **error)
{
  const StgRecordSchema *schema = stg_record_type_get_schema (type);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE id = ?", schema->table);
  sqlite3_stmt *stmt = stg_db_prepare (self->db, sql, error);
  gint64 n = 0;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!stg_db_query_int (self->db, stmt, &n, error))
    return FALSE;
  *found = n > 0;
  return TRUE;
}

static gboolean
check_reference (StgStore         *self,
                 StgRecord        *record,
                 const StgColumn  *column,
                 gint64            id,
                 GError          **error)
{
  const StgRecordSchema *target = stg_record_type_get_schema (column->ref_type ());
  gboolean found = FALSE;

  if (id == 0)
    return TRUE;
  if (!exists (self, column->ref_type (), id, &found, error))
    return FALSE;
  if (found && !(id == stg_record_get_id (record) && column->ref_type () == G_OBJECT_TYPE (record)))
    return TRUE;
  g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID,
               found ? _("%s: an item cannot be part of itself")
                     : _("%s: there is no %s with id %lld"),
               _(column->label), _(target->singular), (long long) id);
  return FALSE;
}

static gboolean
check_record (StgStore   *self,
              StgRecord  *record,
              int         only_column,
              GError    **error)
{
  const StgRecordSchema *schema = stg_record_get_schema (record);

  for (guint i = 0; i < schema->n_columns; i++)
    {
      const StgColumn *column = &schema->columns[i];
      if (only_column >= 0 && (guint) only_column != i)
        continue;
      if (!stg_record_validate_column (record, i, error))
        return FALSE;
      if (column->type == STG_COLUMN_REFERENCE &&
          !check_reference (self, record, column, g_value_get_int64 (stg_record_get_value (record, i)), error))
        return FALSE;
    }
  return TRUE;
}

char *
stg_store_describe (StgRecord *record)
{
  const StgRecordSchema *schema = stg_record_get_schema (record);
  const char *title = stg_record_get_title (record);

  if (title == NULL)
    return g_strdup (_(schema->singular));
  /* Translators: a kind of item and its title: objective “Cyber exercise” */
  return g_strdup_printf (_("%s “%s”"), _(schema->singular), title);
}

static gboolean
insert_edit (StgStore  *self,
             gpointer   data,
             GError   **error)
{
  StgRecord *record = data;
  const StgRecordSchema *schema = stg_record_get_schema (record);
  g_autofree char *cols = column_list (schema, ", ", "");
  g_autofree char *marks = column_list (schema, ", ", "");
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_free (marks);
  marks = g_strnfill (schema->n_columns * 2 - 1, '?');
  for (guint i = 1; i < schema->n_columns * 2 - 1; i += 2)
    marks[i] = ',';
  sql = g_strdup_printf ("INSERT INTO %s (id, %s) VALUES (?, %s)", schema->table, cols, marks);
  if (!check_record (self, record, -1, error) || (stmt = stg_db_prepare (self->db, sql, error)) == NULL)
    return FALSE;
  if (stg_record_get_id (record) > 0)
    sqlite3_bind_int64 (stmt, 1, stg_record_get_id (record));
  for (guint i = 0; i < schema->n_columns; i++)
    bind_column (stmt, (int) i + 2, &schema->columns[i], stg_record_get_value (record, i));
  if (!stg_db_run (self->db, stmt, error))
    return FALSE;
  stg_record_set_id (record, sqlite3_last_insert_rowid (stg_db_handle (self->db)));
  return TRUE;
}

gboolean
stg_store_insert (StgStore   *self,
                  StgRecord  *record,
                  GError    **error)
{
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (STG_IS_STORE (self), FALSE);
  g_return_val_if_fail (STG_IS_RECORD (record), FALSE);

  name = stg_store_describe (record);
  /* Translators: an undo step; %s is an item, e.g. objective “Cyber exercise” */
  label = g_strdup_printf (_("Add %s"), name);
  return transact (self, label, insert_edit, record, error);
}

typedef struct {
  StgRecord *record;
  int        column;  /* -1: all */
} UpdateData;

static gboolean
update_edit (StgStore  *self,
             gpointer   data,
             GError   **error)
{
  UpdateData *u = data;
  const StgRecordSchema *schema = stg_record_get_schema (u->record);
  g_autofree char *sets = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  if (u->column < 0)
    sets = column_list (schema, ", ", " = ?");
  else
    sets = g_strdup_printf ("%s = ?", schema->columns[u->column].name);
  sql = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?", schema->table, sets);
  if (!check_record (self, u->record, u->column, error) || (stmt = stg_db_prepare (self->db, sql, error)) == NULL)
    return FALSE;
  if (u->column < 0)
    for (guint i = 0; i < schema->n_columns; i++)
      bind_column (stmt, (int) i + 1, &schema->columns[i], stg_record_get_value (u->record, i));
  else
    bind_column (stmt, 1, &schema->columns[u->column], stg_record_get_value (u->record, u->column));
  sqlite3_bind_int64 (stmt, u->column < 0 ? (int) schema->n_columns + 1 : 2, stg_record_get_id (u->record));
  if (!stg_db_run (self->db, stmt, error))
    return FALSE;
  if (sqlite3_changes (stg_db_handle (self->db)) == 0)
    return no_such_item (schema, stg_record_get_id (u->record), error);
  return TRUE;
}

gboolean
stg_store_update (StgStore   *self,
                  StgRecord  *record,
                  GError    **error)
{
  UpdateData u = { record, -1 };
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (STG_IS_STORE (self), FALSE);
  g_return_val_if_fail (STG_IS_RECORD (record), FALSE);

  name = stg_store_describe (record);
  /* Translators: an undo step; %s is an item, e.g. objective “Cyber exercise” */
  label = g_strdup_printf (_("Edit %s"), name);
  return transact (self, label, update_edit, &u, error);
}

gboolean
stg_store_update_column (StgStore    *self,
                         StgRecord   *record,
                         const char  *column,
                         GError     **error)
{
  const StgRecordSchema *schema;
  const StgColumn *c;
  UpdateData u = { record, -1 };
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (STG_IS_STORE (self), FALSE);
  g_return_val_if_fail (STG_IS_RECORD (record), FALSE);

  schema = stg_record_get_schema (record);
  c = stg_record_schema_find (schema, column);
  g_return_val_if_fail (c != NULL, FALSE);
  u.column = (int) (c - schema->columns);
  name = stg_store_describe (record);
  /* Translators: an undo step: "Edit objective “Cyber exercise”: Deadline" */
  label = g_strdup_printf (_("Edit %s: %s"), name, _(c->label));
  return transact (self, label, update_edit, &u, error);
}

/* Refuses to delete @id of @type while a RESTRICT reference points at it,
 * saying who refers to it: SQLite would only say "FOREIGN KEY failed". */
static gboolean
check_not_in_use (StgStore   *self,
                  StgRecord  *target,
                  GError    **error)
{
  guint n_types;
  const GType *types = stg_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      const StgRecordSchema *schema = stg_record_type_get_schema (types[t]);
      for (guint i = 0; i < schema->n_columns; i++)
        {
          const StgColumn *c = &schema->columns[i];
          g_autofree char *sql = NULL;
          sqlite3_stmt *stmt;
          gint64 n = 0;

          if (!(c->flags & STG_COLUMN_RESTRICT) || c->ref_type () != G_OBJECT_TYPE (target))
            continue;
          sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s = ?", schema->table, c->name);
          if ((stmt = stg_db_prepare (self->db, sql, error)) == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, stg_record_get_id (target));
          if (!stg_db_query_int (self->db, stmt, &n, error))
            return FALSE;
          if (n > 0)
            {
              g_autofree char *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, c->restrict_one, c->restrict_many, (gulong) n),
                                                         stg_record_get_title (target), (int) n);
              g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_IN_USE,
                           _("Cannot delete %s: %s"), _(stg_record_get_schema (target)->singular), reason);
              return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
delete_edit (StgStore  *self,
             gpointer   data,
             GError   **error)
{
  StgRecord *record = data;
  const StgRecordSchema *schema = stg_record_get_schema (record);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", schema->table);
  sqlite3_stmt *stmt;

  if (G_OBJECT_TYPE (record) == STG_TYPE_STRATEGY)
    {
      g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID,
                           _("The strategy itself cannot be deleted; delete the file instead"));
      return FALSE;
    }
  if (!check_not_in_use (self, record, error) || (stmt = stg_db_prepare (self->db, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, stg_record_get_id (record));
  return stg_db_run (self->db, stmt, error);
}

gboolean
stg_store_delete (StgStore  *self,
                  GType      type,
                  gint64     id,
                  GError   **error)
{
  g_autoptr(StgRecord) record = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (STG_IS_STORE (self), FALSE);

  if ((record = stg_store_get (self, type, id, error)) == NULL)
    return FALSE;
  name = stg_store_describe (record);
  /* Translators: an undo step; %s is an item, e.g. objective “Cyber exercise” */
  label = g_strdup_printf (_("Delete %s"), name);
  return transact (self, label, delete_edit, record, error);
}

/* Links */

typedef struct {
  const StgLinkSchema *schema;
  gboolean             add;
  gint64               from;
  gint64               to;
} LinkData;

static gboolean
link_edit (StgStore  *self,
           gpointer   data,
           GError   **error)
{
  LinkData *l = data;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  if (l->add)
    sql = g_strdup_printf ("INSERT INTO %s (%s, %s) VALUES (?, ?)", l->schema->table,
                           l->schema->from_column, l->schema->to_column);
  else
    sql = g_strdup_printf ("DELETE FROM %s WHERE %s = ? AND %s = ?", l->schema->table,
                           l->schema->from_column, l->schema->to_column);
  if ((stmt = stg_db_prepare (self->db, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, l->from);
  sqlite3_bind_int64 (stmt, 2, l->to);
  if (!stg_db_run (self->db, stmt, error))
    return FALSE;
  if (!l->add && sqlite3_changes (stg_db_handle (self->db)) == 0)
    {
      g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM,
                           _("These two items are not linked"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
change_link (StgStore  *self,
             StgLink    link,
             gboolean   add,
             gint64     from_id,
             gint64     to_id,
             GError   **error)
{
  LinkData l = { stg_link_get_schema (link), add, from_id, to_id };
  g_autoptr(StgRecord) from = NULL;
  g_autoptr(StgRecord) to = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (STG_IS_STORE (self), FALSE);
  g_return_val_if_fail (link < STG_N_LINKS, FALSE);

  if ((from = stg_store_get (self, l.schema->from_type (), from_id, error)) == NULL ||
      (to = stg_store_get (self, l.schema->to_type (), to_id, error)) == NULL)
    return FALSE;
  label = g_strdup_printf (_(add ? l.schema->link_label : l.schema->unlink_label),
                           stg_record_get_title (from), stg_record_get_title (to));
  return transact (self, label, link_edit, &l, error);
}

gboolean
stg_store_link (StgStore  *self,
                StgLink    link,
                gint64     from_id,
                gint64     to_id,
                GError   **error)
{
  return change_link (self, link, TRUE, from_id, to_id, error);
}

gboolean
stg_store_unlink (StgStore  *self,
                  StgLink    link,
                  gint64     from_id,
                  gint64     to_id,
                  GError   **error)
{
  return change_link (self, link, FALSE, from_id, to_id, error);
}

static GArray *
linked_ids (StgStore    *self,
            StgLink      link,
            gboolean     reverse,
            gint64       id,
            GError     **error)
{
  const StgLinkSchema *schema = stg_link_get_schema (link);
  const char *want = reverse ? schema->from_column : schema->to_column;
  const char *have = reverse ? schema->to_column : schema->from_column;
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE %s = ? ORDER BY %s",
                                          want, schema->table, have, want);
  sqlite3_stmt *stmt = stg_db_prepare (self->db, sql, error);
  GArray *ids;
  int rc;

  if (stmt == NULL)
    return NULL;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 v = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, v);
    }
  if (rc != SQLITE_DONE)
    {
      stg_db_fail (self->db, sqlite3_reset (stmt), error);
      g_array_unref (ids);
      return NULL;
    }
  sqlite3_reset (stmt);
  return ids;
}

gboolean
stg_store_link_pairs (StgStore  *self,
                      StgLink    link,
                      GArray   **from,
                      GArray   **to,
                      GError   **error)
{
  const StgLinkSchema *schema;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (STG_IS_STORE (self), FALSE);
  g_return_val_if_fail (link < STG_N_LINKS, FALSE);

  schema = stg_link_get_schema (link);
  sql = g_strdup_printf ("SELECT %s, %s FROM %s ORDER BY 1, 2", schema->from_column, schema->to_column, schema->table);
  if ((stmt = stg_db_prepare (self->db, sql, error)) == NULL)
    return FALSE;
  *from = g_array_new (FALSE, FALSE, sizeof (gint64));
  *to = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 a = sqlite3_column_int64 (stmt, 0), b = sqlite3_column_int64 (stmt, 1);
      g_array_append_val (*from, a);
      g_array_append_val (*to, b);
    }
  if (rc != SQLITE_DONE)
    {
      g_clear_pointer (from, g_array_unref);
      g_clear_pointer (to, g_array_unref);
      return stg_db_fail (self->db, sqlite3_reset (stmt), error);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

GArray *
stg_store_linked (StgStore  *self,
                  StgLink    link,
                  gint64     from_id,
                  GError   **error)
{
  g_return_val_if_fail (STG_IS_STORE (self), NULL);
  g_return_val_if_fail (link < STG_N_LINKS, NULL);
  return linked_ids (self, link, FALSE, from_id, error);
}

GArray *
stg_store_linked_reverse (StgStore  *self,
                          StgLink    link,
                          gint64     to_id,
                          GError   **error)
{
  g_return_val_if_fail (STG_IS_STORE (self), NULL);
  g_return_val_if_fail (link < STG_N_LINKS, NULL);
  return linked_ids (self, link, TRUE, to_id, error);
}

/* Budget */

gboolean
stg_store_budget_totals (StgStore  *self,
                         gint64     objective_id,
                         gint64    *planned,
                         gint64    *actual,
                         GError   **error)
{
  /* SUM over integers fails with "integer overflow" instead of wrapping;
   * TOTAL would silently turn to floating point. */
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (STG_IS_STORE (self), FALSE);
  g_return_val_if_fail (planned != NULL && actual != NULL, FALSE);

  /* Two statements, not "?1 = 0 OR objective_id = ?1": with the OR,
   * SQLite reads all of a million lines for either, through neither the
   * objective's index nor the narrower actor index. */
  if (objective_id == 0)
    stmt = stg_db_prepare (self->db, "SELECT coalesce(sum(planned), 0), coalesce(sum(actual), 0) "
                           "FROM budget_line", error);
  else
    stmt = stg_db_prepare (self->db, "SELECT coalesce(sum(planned), 0), coalesce(sum(actual), 0) "
                           "FROM budget_line WHERE objective_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  if (objective_id != 0)
    sqlite3_bind_int64 (stmt, 1, objective_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      stg_db_fail (self->db, sqlite3_reset (stmt), error);
      if (error != NULL && *error != NULL)
        g_prefix_error (error, _("Could not add up the budget: "));
      return FALSE;
    }
  *planned = sqlite3_column_int64 (stmt, 0);
  *actual = sqlite3_column_int64 (stmt, 1);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Internal: runs @sql (the sample) without recording undo steps. */
gboolean
stg_store_load_sql (StgStore    *self,
                    const char  *sql,
                    GError     **error)
{
  if (!begin_raw (self, error))
    return FALSE;
  if (!stg_db_exec (self->db, sql, error))
    {
      stg_store_rollback (self);
      return FALSE;
    }
  return commit_raw (self, error);
}

/* Headline figures */

gboolean
stg_store_objective_summary (StgStore            *self,
                             const char          *today,
                             StgObjectiveSummary *summary,
                             GError             **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (STG_IS_STORE (self), FALSE);
  g_return_val_if_fail (today != NULL && summary != NULL, FALSE);

  stmt = stg_db_prepare (self->db,
                         "SELECT count(*),"
                         " coalesce(sum(status = 'on_track'), 0),"
                         " coalesce(sum(status = 'at_risk'), 0),"
                         " coalesce(sum(status = 'late'), 0),"
                         " coalesce(sum(status NOT IN ('done', 'dropped') AND substr(deadline, 1, 4) = substr(?1, 1, 4)), 0),"
                         " coalesce(sum(status NOT IN ('done', 'dropped') AND deadline < ?1), 0)"
                         " FROM objective", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return stg_db_fail (self->db, sqlite3_reset (stmt), error);
  summary->total = sqlite3_column_int64 (stmt, 0);
  summary->on_track = sqlite3_column_int64 (stmt, 1);
  summary->at_risk = sqlite3_column_int64 (stmt, 2);
  summary->late = sqlite3_column_int64 (stmt, 3);
  summary->due_this_year = sqlite3_column_int64 (stmt, 4);
  summary->overdue = sqlite3_column_int64 (stmt, 5);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Duplicating */

static gboolean
run_with_ids (StgStore    *self,
              const char  *sql,
              gint64       new_id,
              gint64       old_id,
              GError     **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (self->db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, new_id);
  sqlite3_bind_int64 (stmt, 2, old_id);
  return stg_db_run (self->db, stmt, error);
}

/* Copies the links of objective @old_id to @new_id, and its indicators.
 * Budget lines stay with the original: a copy that doubled the money
 * planned would surprise the finance officers more than it helps. */
static gboolean
copy_objective_parts (StgStore  *self,
                      gint64     new_id,
                      gint64     old_id,
                      GError   **error)
{
  const StgRecordSchema *indicator = stg_record_type_get_schema (STG_TYPE_INDICATOR);
  g_autofree char *cols = column_list (indicator, ", ", "");
  g_autofree char *from = g_strdup (cols);
  g_autofree char *sql = NULL;

  for (StgLink l = 0; l < STG_N_LINKS; l++)
    {
      const StgLinkSchema *link = stg_link_get_schema (l);
      g_autofree char *link_sql = NULL;

      if (link->from_type () != STG_TYPE_OBJECTIVE)
        continue;
      link_sql = g_strdup_printf ("INSERT INTO %1$s (%2$s, %3$s) SELECT ?1, %3$s FROM %1$s WHERE %2$s = ?2",
                                  link->table, link->from_column, link->to_column);
      if (!run_with_ids (self, link_sql, new_id, old_id, error))
        return FALSE;
    }
  /* "objective_id" is the indicator's first column: select ?1 in its place. */
  g_assert (g_str_has_prefix (cols, "objective_id, "));
  sql = g_strdup_printf ("INSERT INTO %s (%s) SELECT ?1, %s FROM %s WHERE objective_id = ?2 ORDER BY id",
                         indicator->table, cols, from + strlen ("objective_id, "), indicator->table);
  return run_with_ids (self, sql, new_id, old_id, error);
}

typedef struct {
  StgRecord *original;
  StgRecord *copy;
} DuplicateData;

static gboolean
duplicate_edit (StgStore  *self,
                gpointer   data,
                GError   **error)
{
  DuplicateData *d = data;

  if (!insert_edit (self, d->copy, error))
    return FALSE;
  if (G_OBJECT_TYPE (d->original) == STG_TYPE_OBJECTIVE)
    return copy_objective_parts (self, stg_record_get_id (d->copy), stg_record_get_id (d->original), error);
  return TRUE;
}

StgRecord *
stg_store_duplicate (StgStore   *self,
                     StgRecord  *record,
                     GError    **error)
{
  const StgRecordSchema *schema;
  g_autoptr(StgRecord) copy = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  DuplicateData d;

  g_return_val_if_fail (STG_IS_STORE (self), NULL);
  g_return_val_if_fail (STG_IS_RECORD (record), NULL);
  g_return_val_if_fail (G_OBJECT_TYPE (record) != STG_TYPE_STRATEGY, NULL);

  schema = stg_record_get_schema (record);
  copy = stg_record_copy (record);
  stg_record_set_id (copy, 0);
  if (schema->title_column != NULL)
    {
      /* Translators: the title of a duplicated item */
      g_autofree char *title = g_strdup_printf (_("%s (copy)"), stg_record_get_title (record));
      stg_record_set_text (copy, schema->title_column, title);
    }
  name = stg_store_describe (record);
  /* Translators: an undo step; %s is an item, e.g. objective “Cyber exercise” */
  label = g_strdup_printf (_("Duplicate %s"), name);
  d = (DuplicateData) { record, copy };
  if (!transact (self, label, duplicate_edit, &d, error))
    return NULL;
  return g_steal_pointer (&copy);
}

/* Save a copy */

gboolean
stg_store_save_copy (StgStore    *self,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (STG_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  dir = g_path_get_dirname (path);
  tmp_path = g_build_filename (dir, ".strategos-copy-XXXXXX", NULL);
  {
    /* VACUUM INTO wants a file that does not exist yet: reserve a unique
     * name, then free it for SQLite. */
    int fd = g_mkstemp (tmp_path);
    if (fd < 0)
      {
        int saved = errno;
        g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_IO,
                     _("Could not save a copy as “%s”: %s"), path, g_strerror (saved));
        return FALSE;
      }
    close (fd);
    g_unlink (tmp_path);
  }
  if ((stmt = stg_db_prepare (self->db, "VACUUM main INTO ?", error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, tmp_path, -1, SQLITE_TRANSIENT);
  if (!stg_db_run (self->db, stmt, error) || g_rename (tmp_path, path) != 0)
    {
      int saved = errno;
      if (error != NULL && *error == NULL)
        g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_IO,
                     _("Could not save a copy as “%s”: %s"), path, g_strerror (saved));
      else
        g_prefix_error (error, _("Could not save a copy as “%s”: "), path);
      g_unlink (tmp_path);
      return FALSE;
    }
  return TRUE;
}
