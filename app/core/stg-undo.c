/* stg-undo.c: undo and redo of whole user actions, recorded by SQLite */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-undo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "strategos/stg-error.h"
#include "stg-db-private.h"

/*
 * The undo design (after sqlite.org's "Automatic Undo/Redo Using SQLite"):
 * a TEMP trigger on every table of the file writes, for every row that an
 * edit inserts, updates or deletes, what it takes to put that row back: its
 * rowid and, for updates and deletes, its old values as a JSON object. One
 * user action (one outermost transaction) is one step. Undoing a step
 * replays its log backwards while the same triggers record the reverse into
 * a step on the other stack, so redo needs no code of its own, and edits
 * made by cascades (deleting an objective deletes its budget lines) are
 * recorded like any other.
 *
 * Everything lives in the connection's TEMP schema: nothing is written to
 * the strategy file, the history ends when the file is closed, and since
 * TEMP tables take part in the transaction, a rolled-back edit leaves no
 * step behind.
 *
 * A bulk insert (an import of a million budget lines) is logged as one
 * range instead of a row each ('R': rowids first..last); the table's
 * insert trigger is dropped until it ends, in the same transaction. Undoing
 * it moves the rows, set-wise, into a TEMP stash table ('S'), which redo
 * moves back.
 */

#define MAX_STEPS 1000

static const char install_sql[] =
  "CREATE TEMP TABLE stg_undo_state (step INTEGER, recording INTEGER NOT NULL);"
  "INSERT INTO stg_undo_state VALUES (NULL, 0);"
  "CREATE TEMP TABLE stg_undo_step ("
  "  id INTEGER PRIMARY KEY, stack TEXT NOT NULL, label TEXT NOT NULL);"
  "CREATE TEMP TABLE stg_undo_log ("
  "  id INTEGER PRIMARY KEY, step INTEGER NOT NULL, tbl TEXT NOT NULL,"
  "  op TEXT NOT NULL, rid INTEGER NOT NULL, data TEXT);"
  "CREATE INDEX temp.stg_undo_log_step ON stg_undo_log (step);";

/* Columns of one table, as the triggers and the replay need them. */
typedef struct {
  char      *name;
  GPtrArray *columns;  /* quoted names, without the rowid alias */
  char      *undo_insert_sql;
  char      *undo_update_sql;
  char      *undo_delete_sql;
} Table;

/* name -> Table, shared by every open file: the schema is ours. Guarded
 * since a background task may open a file of its own. */
static GHashTable *tables;
G_LOCK_DEFINE_STATIC (tables);

static char *
quote (const char *identifier)
{
  GString *s = g_string_new ("\"");

  for (const char *p = identifier; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (s, '"');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '"');
  return g_string_free (s, FALSE);
}

static char *
json_of_old (Table *table)
{
  GString *s = g_string_new ("json_object(");

  for (guint i = 0; i < table->columns->len; i++)
    {
      const char *col = g_ptr_array_index (table->columns, i);
      g_autofree char *key = g_strndup (col + 1, strlen (col) - 2);
      g_string_append_printf (s, "%s'%s', old.%s", i ? ", " : "", key, col);
    }
  g_string_append_c (s, ')');
  return g_string_free (s, FALSE);
}

static char *
extract (const char *quoted_column)
{
  return g_strdup_printf ("json_extract(?2, '$.%s')", quoted_column);
}

static void
build_replay_sql (Table *table)
{
  g_autofree char *qt = quote (table->name);
  GString *set = g_string_new (NULL);
  GString *cols = g_string_new ("rowid");
  GString *vals = g_string_new ("?1");

  for (guint i = 0; i < table->columns->len; i++)
    {
      const char *col = g_ptr_array_index (table->columns, i);
      g_autofree char *value = extract (col);
      g_string_append_printf (set, "%s%s = %s", i ? ", " : "", col, value);
      g_string_append_printf (cols, ", %s", col);
      g_string_append_printf (vals, ", %s", value);
    }
  table->undo_insert_sql = g_strdup_printf ("DELETE FROM main.%s WHERE rowid = ?1", qt);
  table->undo_update_sql = g_strdup_printf ("UPDATE main.%s SET %s WHERE rowid = ?1", qt, set->str);
  table->undo_delete_sql = g_strdup_printf ("INSERT INTO main.%s (%s) VALUES (%s)", qt, cols->str, vals->str);
  g_string_free (set, TRUE);
  g_string_free (cols, TRUE);
  g_string_free (vals, TRUE);
}

static void
table_free (Table *table)
{
  g_free (table->name);
  g_ptr_array_unref (table->columns);
  g_free (table->undo_insert_sql);
  g_free (table->undo_update_sql);
  g_free (table->undo_delete_sql);
  g_free (table);
}

static Table *
read_table (StgDb      *db,
            const char *name,
            GError    **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, "SELECT name, type, pk, "
                                       "(SELECT count(*) FROM pragma_table_info(?1) WHERE pk > 0) "
                                       "FROM pragma_table_info(?1) ORDER BY cid", error);
  Table *table;
  int rc;

  if (stmt == NULL)
    return NULL;
  table = g_new0 (Table, 1);
  table->name = g_strdup (name);
  table->columns = g_ptr_array_new_with_free_func (g_free);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean rowid_alias = sqlite3_column_int (stmt, 2) == 1 &&
                             sqlite3_column_int (stmt, 3) == 1 &&
                             g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 1), "INTEGER") == 0;
      /* The rowid alias is restored through "rowid" itself. */
      if (!rowid_alias)
        g_ptr_array_add (table->columns, quote ((const char *) sqlite3_column_text (stmt, 0)));
    }
  if (rc != SQLITE_DONE)
    {
      stg_db_fail (db, sqlite3_reset (stmt), error);
      table_free (table);
      return NULL;
    }
  sqlite3_reset (stmt);
  build_replay_sql (table);
  return table;
}

static gboolean
is_plain_identifier (const char *name)
{
  for (const char *p = name; *p; p++)
    if (!g_ascii_islower (*p) && *p != '_')
      return FALSE;
  return *name != '\0';
}

/* The insert trigger alone, which a bulk insert takes away while it runs:
 * even when not recording, a trigger costs each row a call and a query. */
static gboolean
install_insert_trigger (StgDb       *db,
                        const char  *tbl,
                        GError     **error)
{
  g_return_val_if_fail (is_plain_identifier (tbl), FALSE);

  g_autofree char *qt = quote (tbl);
  g_autofree char *sql = g_strdup_printf (
    "CREATE TEMP TRIGGER stg_undo_%1$s_insert AFTER INSERT ON main.%2$s"
    " WHEN (SELECT recording FROM stg_undo_state) BEGIN"
    " INSERT INTO stg_undo_log (step, tbl, op, rid) SELECT step, '%1$s', 'I', new.rowid FROM stg_undo_state;"
    " END;",
    tbl, qt);

  return stg_db_exec (db, sql, error);
}

static gboolean
install_triggers (StgDb      *db,
                  Table      *table,
                  GError    **error)
{
  /* The file's schema was checked against ours before this runs; the
   * table name still goes into SQL text, so be sure. */
  g_return_val_if_fail (is_plain_identifier (table->name), FALSE);

  g_autofree char *qt = quote (table->name);
  g_autofree char *old_json = json_of_old (table);
  g_autofree char *sql = g_strdup_printf (
    "CREATE TEMP TRIGGER stg_undo_%1$s_update AFTER UPDATE ON main.%2$s"
    " WHEN (SELECT recording FROM stg_undo_state) BEGIN"
    " INSERT INTO stg_undo_log (step, tbl, op, rid, data) SELECT step, '%1$s', 'U', old.rowid, %3$s FROM stg_undo_state;"
    " END;"
    "CREATE TEMP TRIGGER stg_undo_%1$s_delete AFTER DELETE ON main.%2$s"
    " WHEN (SELECT recording FROM stg_undo_state) BEGIN"
    " INSERT INTO stg_undo_log (step, tbl, op, rid, data) SELECT step, '%1$s', 'D', old.rowid, %3$s FROM stg_undo_state;"
    " END;",
    table->name, qt, old_json);

  /* The file's schema was checked against ours before this runs; the
   * table name still goes into SQL text, so be sure. */
  g_return_val_if_fail (is_plain_identifier (table->name), FALSE);
  return install_insert_trigger (db, table->name, error) && stg_db_exec (db, sql, error);
}

static gboolean
load_tables (StgDb   *db,
             GError **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, "SELECT name FROM main.sqlite_schema "
                                       "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    return stg_db_fail (db, sqlite3_reset (stmt), error);
  sqlite3_reset (stmt);

  if (tables == NULL)
    tables = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) table_free);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      Table *table;

      /* Every file of one schema version has the same tables: the shared
       * description is rebuilt only for a table not seen before. */
      if (g_hash_table_contains (tables, name))
        table = g_hash_table_lookup (tables, name);
      else if ((table = read_table (db, name, error)) != NULL)
        g_hash_table_insert (tables, table->name, table);
      else
        return FALSE;
      if (!install_triggers (db, table, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
stg_undo_install (StgDb   *db,
                  GError **error)
{
  gboolean ok;

  if (!stg_db_exec (db, install_sql, error))
    return FALSE;
  G_LOCK (tables);
  ok = load_tables (db, error);
  G_UNLOCK (tables);
  return ok;
}

gboolean
stg_undo_open_step (StgDb       *db,
                    const char  *stack,
                    const char  *label,
                    GError     **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, "INSERT INTO stg_undo_step (stack, label) VALUES (?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, stack, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, label != NULL ? label : "", -1, SQLITE_TRANSIENT);
  if (!stg_db_run (db, stmt, error))
    return FALSE;
  stmt = stg_db_prepare (db, "UPDATE stg_undo_state SET step = last_insert_rowid(), recording = 1", error);
  return stmt != NULL && stg_db_run (db, stmt, error);
}

static gboolean
run_fixed (StgDb       *db,
           const char  *sql,
           GError     **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, sql, error);

  return stmt != NULL && stg_db_run (db, stmt, error);
}

/* Drops the stash tables that the log entries selected by @where hold,
 * before those entries are forgotten. */
static gboolean
drop_stashes (StgDb       *db,
              const char  *where,
              GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT data FROM stg_undo_log WHERE op = 'S' AND (%s)", where);
  sqlite3_stmt *stmt = stg_db_prepare (db, sql, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *drop = g_strdup_printf ("DROP TABLE IF EXISTS temp.%s", (char *) g_ptr_array_index (names, i));
      if (!stg_db_exec (db, drop, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
stg_undo_close_step (StgDb     *db,
                     gboolean   clear_redo,
                     gboolean  *recorded,
                     GError   **error)
{
  sqlite3_stmt *stmt;
  gint64 n = 0;

  if (!run_fixed (db, "UPDATE stg_undo_state SET recording = 0", error))
    return FALSE;
  stmt = stg_db_prepare (db, "SELECT count(*) FROM stg_undo_log WHERE step = (SELECT step FROM stg_undo_state)", error);
  if (stmt == NULL || !stg_db_query_int (db, stmt, &n, error))
    return FALSE;
  *recorded = n > 0;
  if (!*recorded)
    return run_fixed (db, "DELETE FROM stg_undo_step WHERE id = (SELECT step FROM stg_undo_state)", error);
  if (clear_redo &&
      (!drop_stashes (db, "step IN (SELECT id FROM stg_undo_step WHERE stack = 'redo')", error) ||
       !run_fixed (db, "DELETE FROM stg_undo_log WHERE step IN (SELECT id FROM stg_undo_step WHERE stack = 'redo');"
                       , error)))
    return FALSE;
  if (clear_redo && !run_fixed (db, "DELETE FROM stg_undo_step WHERE stack = 'redo'", error))
    return FALSE;
  /* Keep the history bounded: forget the oldest steps. */
  return drop_stashes (db, "step <= (SELECT max(id) FROM stg_undo_step) - " G_STRINGIFY (MAX_STEPS), error) &&
         run_fixed (db, "DELETE FROM stg_undo_log WHERE step <= (SELECT max(id) FROM stg_undo_step) - " G_STRINGIFY (MAX_STEPS), error) &&
         run_fixed (db, "DELETE FROM stg_undo_step WHERE id <= (SELECT max(id) FROM stg_undo_step) - " G_STRINGIFY (MAX_STEPS), error);
}

static gboolean
set_recording (StgDb     *db,
               gboolean   on,
               GError   **error)
{
  return run_fixed (db, on ? "UPDATE stg_undo_state SET recording = 1"
                           : "UPDATE stg_undo_state SET recording = 0", error);
}

static gboolean
log_entry (StgDb       *db,
           const char  *tbl,
           const char  *op,
           gint64       rid,
           const char  *data,
           GError     **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, "INSERT INTO stg_undo_log (step, tbl, op, rid, data) "
                                       "SELECT step, ?1, ?2, ?3, ?4 FROM stg_undo_state", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, tbl, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, op, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, rid);
  sqlite3_bind_text (stmt, 4, data, -1, SQLITE_TRANSIENT);
  return stg_db_run (db, stmt, error);
}

static gboolean
max_rowid (StgDb       *db,
           const char  *tbl,
           gint64      *rowid,
           GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce(max(rowid), 0) FROM main.\"%s\"", tbl);
  sqlite3_stmt *stmt = stg_db_prepare (db, sql, error);

  return stmt != NULL && stg_db_query_int (db, stmt, rowid, error);
}

/* In the transaction: a rollback brings the trigger back. */
static gboolean
drop_insert_trigger (StgDb       *db,
                     const char  *tbl,
                     GError     **error)
{
  g_autofree char *drop = g_strdup_printf ("DROP TRIGGER temp.stg_undo_%s_insert", tbl);

  return stg_db_exec (db, drop, error);
}

gboolean
stg_undo_begin_bulk (StgDb       *db,
                     const char  *tbl,
                     gint64      *mark,
                     GError     **error)
{
  g_return_val_if_fail (is_plain_identifier (tbl), FALSE);
  return max_rowid (db, tbl, mark, error) && set_recording (db, FALSE, error) &&
         drop_insert_trigger (db, tbl, error);
}

gboolean
stg_undo_end_bulk (StgDb       *db,
                   const char  *tbl,
                   gint64       mark,
                   GError     **error)
{
  gint64 last = 0;
  g_autofree char *data = NULL;

  if (!install_insert_trigger (db, tbl, error) ||
      !set_recording (db, TRUE, error) || !max_rowid (db, tbl, &last, error))
    return FALSE;
  if (last <= mark)
    return TRUE;
  data = g_strdup_printf ("%" G_GINT64_FORMAT, last);
  return log_entry (db, tbl, "R", mark + 1, data, error);
}

/* Runs @sql, which moves @n_moved rows of @table in or out while it
 * keeps @n_kept: without its indexes, built again after, when as many
 * rows move as stay (stg_db_drop_indexes()). */
static gboolean
move_rows (StgDb       *db,
           Table       *table,
           const char  *sql,
           gint64       n_moved,
           gint64       n_kept,
           GError     **error)
{
  g_auto(GStrv) indexes = NULL;

  if (n_moved < stg_db_get_sorted_index_rows () || n_moved < n_kept)
    return stg_db_exec (db, sql, error);
  return stg_db_drop_indexes (db, table->name, &indexes, error) &&
         stg_db_exec (db, sql, error) &&
         stg_db_create_indexes (db, (const char *const *) indexes, error);
}

static gboolean
count_rows (StgDb       *db,
            const char  *qt,
            gint64      *n,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM main.%s", qt);
  sqlite3_stmt *stmt = stg_db_prepare (db, sql, error);

  return stmt != NULL && stg_db_query_int (db, stmt, n, error);
}

/* Undoing a range: the rows go to a stash, set-wise. */
static gboolean
stash_range (StgDb       *db,
             Table       *table,
             gint64       first,
             const char  *last,
             GError     **error)
{
  static guint n_stashes;
  g_autofree char *stash = g_strdup_printf ("stg_undo_stash_%u", ++n_stashes);
  g_autofree char *qt = quote (table->name);
  g_autofree char *copy = g_strdup_printf ("CREATE TEMP TABLE %s AS SELECT rowid AS stg_rowid, * FROM main.%s "
                                           "WHERE rowid BETWEEN %" G_GINT64_FORMAT " AND %" G_GINT64_FORMAT,
                                           stash, qt, first, g_ascii_strtoll (last, NULL, 10));
  g_autofree char *delete = g_strdup_printf ("DELETE FROM main.%s WHERE rowid BETWEEN %" G_GINT64_FORMAT
                                             " AND %" G_GINT64_FORMAT, qt, first, g_ascii_strtoll (last, NULL, 10));
  gint64 n_moved = g_ascii_strtoll (last, NULL, 10) - first + 1;
  gint64 n_rows = 0;

  return set_recording (db, FALSE, error) &&
         stg_db_exec (db, copy, error) &&
         count_rows (db, qt, &n_rows, error) &&
         move_rows (db, table, delete, n_moved, n_rows - n_moved, error) &&
         set_recording (db, TRUE, error) &&
         log_entry (db, table->name, "S", first, stash, error);
}

/* Redoing it: the stash goes back, rowids and all, and the range is
 * logged again. */
static gboolean
unstash_range (StgDb       *db,
               Table       *table,
               const char  *stash,
               GError     **error)
{
  g_autofree char *qt = quote (table->name);
  g_autoptr(GString) cols = g_string_new ("rowid");
  g_autoptr(GString) from = g_string_new ("stg_rowid");
  g_autofree char *bounds = g_strdup_printf ("SELECT min(stg_rowid), max(stg_rowid) FROM temp.%s", stash);
  g_autofree char *copy = NULL;
  g_autofree char *drop = g_strdup_printf ("DROP TABLE temp.%s", stash);
  g_autofree char *last = NULL;
  sqlite3_stmt *stmt;
  gint64 first;
  gint64 n_rows = 0;

  g_return_val_if_fail (g_str_has_prefix (stash, "stg_undo_stash_"), FALSE);
  for (guint i = 0; i < table->columns->len; i++)
    {
      g_string_append_printf (cols, ", %s", (char *) g_ptr_array_index (table->columns, i));
      g_string_append_printf (from, ", %s", (char *) g_ptr_array_index (table->columns, i));
    }
  /* The stash's own rowids follow stg_rowid (it was filled in rowid
   * order): the rows go back in order, appended, without a sort. */
  copy = g_strdup_printf ("INSERT INTO main.%s (%s) SELECT %s FROM temp.%s ORDER BY rowid",
                          qt, cols->str, from->str, stash);
  if ((stmt = stg_db_prepare (db, bounds, error)) == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return stmt == NULL ? FALSE : stg_db_fail (db, sqlite3_reset (stmt), error);
  first = sqlite3_column_int64 (stmt, 0);
  last = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 1));
  sqlite3_reset (stmt);
  return set_recording (db, FALSE, error) &&
         count_rows (db, qt, &n_rows, error) &&
         drop_insert_trigger (db, table->name, error) &&
         move_rows (db, table, copy, g_ascii_strtoll (last, NULL, 10) - first + 1, n_rows, error) &&
         install_insert_trigger (db, table->name, error) &&
         stg_db_exec (db, drop, error) &&
         set_recording (db, TRUE, error) &&
         log_entry (db, table->name, "R", first, last, error);
}

static gboolean
revert_entry (StgDb        *db,
              const char   *tbl,
              const char   *op,
              gint64        rid,
              const char   *data,
              GError      **error)
{
  Table *table;
  const char *sql;
  sqlite3_stmt *stmt;

  G_LOCK (tables);
  table = g_hash_table_lookup (tables, tbl);
  G_UNLOCK (tables);
  g_return_val_if_fail (table != NULL, FALSE);
  if (op[0] == 'R')
    return stash_range (db, table, rid, data, error);
  if (op[0] == 'S')
    return unstash_range (db, table, data, error);
  sql = op[0] == 'I' ? table->undo_insert_sql :
        op[0] == 'U' ? table->undo_update_sql : table->undo_delete_sql;
  if ((stmt = stg_db_prepare (db, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rid);
  if (op[0] != 'I')
    sqlite3_bind_text (stmt, 2, data, -1, SQLITE_TRANSIENT);
  return stg_db_run (db, stmt, error);
}

typedef struct {
  char   *tbl;
  char   *op;
  gint64  rid;
  char   *data;
} Entry;

static void
entry_clear (Entry *e)
{
  g_free (e->tbl);
  g_free (e->op);
  g_free (e->data);
}

/* The log of @step, newest first. Read whole before replaying, since the
 * replay itself writes to the log. */
static GArray *
read_log (StgDb   *db,
          gint64   step,
          GError **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, "SELECT tbl, op, rid, data FROM stg_undo_log "
                                       "WHERE step = ? ORDER BY id DESC", error);
  GArray *entries;
  int rc;

  if (stmt == NULL)
    return NULL;
  entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (entries, (GDestroyNotify) entry_clear);
  sqlite3_bind_int64 (stmt, 1, step);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Entry e = {
        g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
        g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
        sqlite3_column_int64 (stmt, 2),
        g_strdup ((const char *) sqlite3_column_text (stmt, 3)),
      };
      g_array_append_val (entries, e);
    }
  /* A log read only in part must not be replayed, nor then forgotten. */
  if (rc != SQLITE_DONE)
    {
      stg_db_fail (db, sqlite3_reset (stmt), error);
      g_array_unref (entries);
      return NULL;
    }
  sqlite3_reset (stmt);
  return entries;
}

static gboolean
newest_step (StgDb       *db,
             const char  *stack,
             gint64      *step,
             char       **label,
             GError     **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, "SELECT id, label FROM stg_undo_step WHERE stack = ? "
                                       "ORDER BY id DESC LIMIT 1", error);
  gboolean found;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, stack, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return stg_db_fail (db, sqlite3_reset (stmt), error);
  found = rc == SQLITE_ROW;
  if (found)
    {
      *step = sqlite3_column_int64 (stmt, 0);
      *label = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (!found)
    g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_NOTHING_TO_UNDO,
                         g_str_equal (stack, "undo") ? _("There is nothing to undo")
                                                     : _("There is nothing to redo"));
  return found;
}

static gboolean
forget_step (StgDb   *db,
             gint64   step,
             GError **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, "DELETE FROM stg_undo_log WHERE step = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, step);
  if (!stg_db_run (db, stmt, error))
    return FALSE;
  stmt = stg_db_prepare (db, "DELETE FROM stg_undo_step WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, step);
  return stg_db_run (db, stmt, error);
}

gboolean
stg_undo_replay (StgDb       *db,
                 const char  *from,
                 GError     **error)
{
  const char *to = g_str_equal (from, "undo") ? "redo" : "undo";
  g_autofree char *label = NULL;
  g_autoptr(GArray) entries = NULL;
  gboolean recorded;
  gint64 step;

  if (!newest_step (db, from, &step, &label, error) ||
      (entries = read_log (db, step, error)) == NULL ||
      !stg_undo_open_step (db, to, label, error))
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = &g_array_index (entries, Entry, i);
      if (!revert_entry (db, e->tbl, e->op, e->rid, e->data, error))
        return FALSE;
    }
  return stg_undo_close_step (db, FALSE, &recorded, error) &&
         forget_step (db, step, error);
}

char *
stg_undo_peek_label (StgDb      *db,
                     const char *stack)
{
  gint64 step;
  char *label = NULL;

  if (!newest_step (db, stack, &step, &label, NULL))
    return NULL;
  return label;
}
