/* stg-version.c: named versions of a draft, kept inside its file, and what changed */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-version"

#include "config.h"

#include <errno.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "strategos/stg-version.h"
#include "strategos/stg-date.h"
#include "strategos/stg-money.h"
#include "stg-store-private.h"

/* SQL is built from the model's own names with formats of our own, and
 * messages from tables of N_() formats; their arguments are fixed by them. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

/*
 * A version holds a snapshot that SQLite builds of every table of the model
 * (every record type and every link, never the version table itself, so a
 * snapshot never holds older snapshots):
 *
 *   {"format":1,"tables":{"objective":{"columns":["id","title",...],
 *                                      "rows":[[9,"Defence ...",...],...]},...}}
 *
 * It names its columns so that a later migration that changes a table can
 * bring the snapshots along; a snapshot whose columns are not this build's
 * is refused rather than misread.
 *
 * Comparing loads each side (a snapshot, or the tables as they are now)
 * into TEMP tables of the connection, one per model table and side, and
 * lets SQL find the rows added, removed and changed; C only puts the values
 * into words. A removal is reported once: what it did by cascade (the links
 * of the removed item, the budget lines and indicators of a removed
 * objective, a reference emptied because its target went) is not repeated.
 * Additions are reported as made, links included: each was its own act.
 */

#define SNAPSHOT_FORMAT "1"

enum { FROM, TO, N_SIDES };

/* The model's tables */

typedef struct {
  const char            *name;
  const StgRecordSchema *schema;  /* NULL for a link */
  const StgLinkSchema   *link;    /* NULL for a record type */
  StgLink                link_id;
  GType                  type;    /* the record type; for a link, its "from" type */
  guint                  rank;    /* the type's place in the model's order */
} ModelTable;

static guint
type_rank (GType type)
{
  guint n_types;
  const GType *types = stg_record_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    if (types[i] == type)
      return i;
  g_assert_not_reached ();
}

/* Every record type in the model's order, then every link. */
static const ModelTable *
model_tables (guint *n_tables)
{
  static ModelTable tables[11 + STG_N_LINKS];
  static gsize n;

  if (g_once_init_enter (&n))
    {
      guint n_types, i;
      const GType *types = stg_record_types (&n_types);

      g_assert (n_types + STG_N_LINKS == G_N_ELEMENTS (tables));
      for (i = 0; i < n_types; i++)
        {
          const StgRecordSchema *schema = stg_record_type_get_schema (types[i]);
          tables[i] = (ModelTable) { schema->table, schema, NULL, 0, types[i], i };
        }
      for (StgLink l = 0; l < STG_N_LINKS; l++, i++)
        {
          const StgLinkSchema *link = stg_link_get_schema (l);
          tables[i] = (ModelTable) { link->table, NULL, link, l, link->from_type (), type_rank (link->from_type ()) };
        }
      g_once_init_leave (&n, i);
    }
  *n_tables = (guint) n;
  return tables;
}

static const ModelTable *
model_table_of (GType type)
{
  guint n;
  const ModelTable *tables = model_tables (&n);

  for (guint i = 0; i < n; i++)
    if (tables[i].schema != NULL && tables[i].type == type)
      return &tables[i];
  g_assert_not_reached ();
}

static guint
n_columns (const ModelTable *t)
{
  return t->schema != NULL ? t->schema->n_columns + 1 : 2;
}

/* Column @i as the snapshot holds it: "id" first for a record type. */
static const char *
column_name (const ModelTable *t,
             guint             i)
{
  if (t->link != NULL)
    return i == 0 ? t->link->from_column : t->link->to_column;
  return i == 0 ? "id" : t->schema->columns[i - 1].name;
}

typedef enum {
  AS_NAME,      /* title */
  AS_STRING,    /* 'title' */
  AS_ELEMENT,   /* json_extract(value, '$[1]'): from a snapshot's row */
} ColumnForm;

/* The columns from @first in @form, separated by commas. */
static char *
column_list (const ModelTable *t,
             guint             first,
             ColumnForm        form)
{
  GString *s = g_string_new (NULL);

  for (guint i = first; i < n_columns (t); i++)
    {
      if (i > first)
        g_string_append (s, ", ");
      if (form == AS_ELEMENT)
        g_string_append_printf (s, "json_extract(value, '$[%u]')", i);
      else
        g_string_append_printf (s, form == AS_STRING ? "'%s'" : "%s", column_name (t, i));
    }
  return g_string_free (s, FALSE);
}

static const char *
table_of_type (GType type)
{
  return stg_record_type_get_schema (type)->table;
}

/* Snapshots */

static char *
snapshot_table_sql (const ModelTable *t)
{
  g_autofree char *names = column_list (t, 0, AS_STRING);
  g_autofree char *cols = column_list (t, 0, AS_NAME);
  g_autofree char *order = t->link != NULL ? column_list (t, 0, AS_NAME) : g_strdup ("id");

  return g_strdup_printf ("'\"%1$s\":{\"columns\":' || json_array(%2$s) || ',\"rows\":' || "
                          "(SELECT json_group_array(json_array(%3$s)) FROM (SELECT * FROM main.%1$s ORDER BY %4$s)) || '}'",
                          t->name, names, cols, order);
}

/* One SELECT giving the whole model as JSON text: a single statement, so
 * it reads one consistent state. Built once; the schema is the program's. */
static const char *
snapshot_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    {
      GString *s = g_string_new ("SELECT '{\"format\":" SNAPSHOT_FORMAT ",\"tables\":{'");
      guint n;
      const ModelTable *tables = model_tables (&n);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *part = snapshot_table_sql (&tables[i]);
          g_string_append_printf (s, " || %s%s", i ? "',' || " : "", part);
        }
      g_string_append (s, " || '}}'");
      g_once_init_leave (&sql, g_string_free (s, FALSE));
    }
  return sql;
}

/* Saving, listing, finding */

void
stg_version_free (StgVersion *version)
{
  if (version == NULL)
    return;
  g_free (version->name);
  g_free (version->created);
  g_free (version);
}

void
stg_change_free (StgChange *change)
{
  if (change == NULL)
    return;
  g_free (change->item_title);
  g_free (change->field);
  g_free (change->before);
  g_free (change->after);
  g_free (change->message);
  g_free (change);
}

static gboolean
version_id_of_name (StgDb       *db,
                    const char  *name,
                    gint64      *id,
                    GError     **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, "SELECT id FROM main.version WHERE name = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  return stg_db_query_int (db, stmt, id, error);
}

/* The name as stored: valid, trimmed, not blank, not taken. */
static char *
check_new_name (StgDb       *db,
                const char  *name,
                GError     **error)
{
  g_autofree char *trimmed = NULL;
  gint64 existing = 0;

  if (!g_utf8_validate (name, -1, NULL))
    {
      g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID,
                           _("The name of a version must be valid UTF-8 text"));
      return NULL;
    }
  trimmed = g_strstrip (g_strdup (name));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID,
                           _("A version needs a name, such as “Draft for NSC, 2026-03”"));
      return NULL;
    }
  if (!version_id_of_name (db, trimmed, &existing, error))
    return NULL;
  if (existing != 0)
    {
      g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_DUPLICATE,
                   _("There is already a version named “%s”; choose another name"), trimmed);
      return NULL;
    }
  return g_steal_pointer (&trimmed);
}

static gboolean
insert_version (StgDb       *db,
                const char  *name,
                gint64      *id,
                GError     **error)
{
  g_autofree char *sql = g_strconcat ("INSERT INTO main.version (name, created, snapshot) "
                                      "VALUES (?1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), (",
                                      snapshot_sql (), "))", NULL);
  sqlite3_stmt *stmt = stg_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (!stg_db_run (db, stmt, error))
    return FALSE;
  *id = sqlite3_last_insert_rowid (stg_db_handle (db));
  return TRUE;
}

gint64
stg_store_save_version (StgStore    *store,
                        const char  *name,
                        GError     **error)
{
  StgDb *db;
  g_autofree char *stored = NULL;
  g_autofree char *label = NULL;
  gint64 id = 0;

  g_return_val_if_fail (STG_IS_STORE (store), 0);
  g_return_val_if_fail (name != NULL, 0);

  db = stg_store_get_db (store);
  if ((stored = check_new_name (db, name, error)) == NULL)
    return 0;
  /* Translators: an undo step; %s is the name of a version */
  label = g_strdup_printf (_("Save version “%s”"), stored);
  if (!stg_store_begin (store, label, error))
    return 0;
  if (!insert_version (db, stored, &id, error))
    {
      stg_store_rollback (store);
      return 0;
    }
  return stg_store_commit (store, error) ? id : 0;
}

GPtrArray *
stg_store_list_versions (StgStore  *store,
                         GError   **error)
{
  StgDb *db;
  sqlite3_stmt *stmt;
  GPtrArray *versions;
  int rc;

  g_return_val_if_fail (STG_IS_STORE (store), NULL);

  db = stg_store_get_db (store);
  if ((stmt = stg_db_prepare (db, "SELECT id, name, created FROM main.version ORDER BY id", error)) == NULL)
    return NULL;
  versions = g_ptr_array_new_with_free_func ((GDestroyNotify) stg_version_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StgVersion *v = g_new0 (StgVersion, 1);

      v->id = sqlite3_column_int64 (stmt, 0);
      v->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      v->created = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (versions, v);
    }
  if (rc != SQLITE_DONE)
    {
      stg_db_fail (db, sqlite3_reset (stmt), error);
      g_ptr_array_unref (versions);
      return NULL;
    }
  sqlite3_reset (stmt);
  return versions;
}

static gboolean
no_such_version (const char  *name_or_id,
                 GError     **error)
{
  g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM,
               _("There is no version “%s” in this file"), name_or_id);
  return FALSE;
}

static gboolean
version_exists (StgDb   *db,
                gint64   id,
                GError **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, "SELECT count(*) FROM main.version WHERE id = ?", error);
  gint64 n = 0;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!stg_db_query_int (db, stmt, &n, error))
    return FALSE;
  if (n == 0)
    g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM,
                 _("There is no version with id %lld in this file (it may have been undone)"), (long long) id);
  return n > 0;
}

gboolean
stg_store_find_version (StgStore    *store,
                        const char  *name_or_id,
                        gint64      *id,
                        GError     **error)
{
  StgDb *db;
  g_autofree char *trimmed = NULL;
  guint64 number = 0;
  gint64 found = 0;

  g_return_val_if_fail (STG_IS_STORE (store), FALSE);
  g_return_val_if_fail (name_or_id != NULL && id != NULL, FALSE);

  db = stg_store_get_db (store);
  trimmed = g_strstrip (g_strdup (name_or_id));
  /* A name wins over an id: it is what the analyst typed. */
  if (!version_id_of_name (db, trimmed, &found, error))
    return FALSE;
  if (found == 0 && g_ascii_string_to_unsigned (trimmed, 10, 1, G_MAXINT64, &number, NULL) &&
      version_exists (db, (gint64) number, NULL))
    found = (gint64) number;
  if (found == 0)
    return no_such_version (name_or_id, error);
  *id = found;
  return TRUE;
}

/* Loading a side into TEMP tables */

/* The tables of each side's snapshot, split out of its JSON once. */
#define CREATE_PARTS_SQL \
  "CREATE TEMP TABLE stg_cmp_part (side INTEGER, tbl TEXT, columns TEXT, rows TEXT, PRIMARY KEY (side, tbl));"

static char *
side_table (const ModelTable *t,
            guint             side)
{
  return g_strdup_printf ("temp.stg_cmp_%u_%s", side, t->name);
}

static char *
create_side_sql (const ModelTable *t,
                 guint             side)
{
  g_autofree char *cols = column_list (t, 1, AS_NAME);

  if (t->link != NULL)
    return g_strdup_printf ("CREATE TEMP TABLE stg_cmp_%1$u_%2$s (%3$s, %4$s, PRIMARY KEY (%3$s, %4$s)) WITHOUT ROWID;",
                            side, t->name, t->link->from_column, t->link->to_column);
  return g_strdup_printf ("CREATE TEMP TABLE stg_cmp_%u_%s (id INTEGER PRIMARY KEY, %s);", side, t->name, cols);
}

static gboolean
create_temp_tables (StgDb   *db,
                    GError **error)
{
  g_autoptr(GString) sql = g_string_new (CREATE_PARTS_SQL);
  guint n;
  const ModelTable *tables = model_tables (&n);

  for (guint side = 0; side < N_SIDES; side++)
    for (guint i = 0; i < n; i++)
      {
        g_autofree char *create = create_side_sql (&tables[i], side);
        g_string_append (sql, create);
      }
  return stg_db_exec (db, sql->str, error);
}

/* Splits snapshot @id of @source (main.version or temp.stg_export) into
 * its tables, in one reading of the JSON. */
static gboolean
load_parts (StgDb       *db,
            const char  *source,
            gint64       id,
            guint        side,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO temp.stg_cmp_part (side, tbl, columns, rows) "
                                          "SELECT ?1, key, json_extract(value, '$.columns'), json_extract(value, '$.rows') "
                                          "FROM json_each((SELECT snapshot FROM %s WHERE id = ?2), '$.tables')", source);
  sqlite3_stmt *stmt = stg_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) side);
  sqlite3_bind_int64 (stmt, 2, id);
  return stg_db_run (db, stmt, error);
}

/* TRUE when the snapshot of @side holds every table of the model with
 * exactly this build's columns. */
static gboolean
parts_match (StgDb   *db,
             guint    side,
             GError **error)
{
  g_autoptr(GString) sql = g_string_new ("WITH expected (tbl, columns) AS (VALUES ");
  guint n;
  const ModelTable *tables = model_tables (&n);
  sqlite3_stmt *stmt;
  gint64 matching = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *names = column_list (&tables[i], 0, AS_STRING);
      g_string_append_printf (sql, "%s('%s', json_array(%s))", i ? ", " : "", tables[i].name, names);
    }
  g_string_append (sql, ") SELECT count(*) FROM expected e JOIN temp.stg_cmp_part p "
                        "ON p.tbl = e.tbl AND p.columns = e.columns AND p.side = ?");
  if ((stmt = stg_db_prepare (db, sql->str, error)) == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) side);
  if (!stg_db_query_int (db, stmt, &matching, error))
    return FALSE;
  if (matching != n)
    g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_CORRUPT,
                         _("the version was saved in a form this version of Strategos cannot read"));
  return matching == n;
}

/* INSERT INTO @target the rows of table @t of the snapshot of @side. */
static char *
load_snapshot_sql (const ModelTable *t,
                   const char       *target,
                   guint             side)
{
  g_autofree char *cols = column_list (t, 0, AS_NAME);
  g_autofree char *values = column_list (t, 0, AS_ELEMENT);

  return g_strdup_printf ("INSERT INTO %s (%s) SELECT %s FROM json_each("
                          "(SELECT rows FROM temp.stg_cmp_part WHERE side = %u AND tbl = '%s'));",
                          target, cols, values, side, t->name);
}

/* A REAL goes through JSON as 15 significant digits; the live side is
 * put through the same, lest a value compare unequal to itself. */
static char *
live_value (const ModelTable *t,
            guint             i)
{
  const char *name = column_name (t, i);

  if (i > 0 && t->schema != NULL && t->schema->columns[i - 1].type == STG_COLUMN_REAL)
    return g_strdup_printf ("json_extract(json_array(%s), '$[0]')", name);
  return g_strdup (name);
}

static char *
load_live_sql (const ModelTable *t,
               guint             side)
{
  g_autofree char *target = side_table (t, side);
  g_autofree char *cols = column_list (t, 0, AS_NAME);
  g_autoptr(GString) values = g_string_new (NULL);

  for (guint i = 0; i < n_columns (t); i++)
    {
      g_autofree char *value = live_value (t, i);
      g_string_append_printf (values, "%s%s", i ? ", " : "", value);
    }
  return g_strdup_printf ("INSERT INTO %s (%s) SELECT %s FROM main.%s;", target, cols, values->str, t->name);
}

/* Fills the TEMP tables of @side with version @id, or with the tables as
 * they are now when @id is 0. */
static gboolean
load_side (StgDb   *db,
           gint64   id,
           guint    side,
           GError **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  guint n;
  const ModelTable *tables = model_tables (&n);

  if (id != 0 && (!load_parts (db, "main.version", id, side, error) || !parts_match (db, side, error)))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *target = side_table (&tables[i], side);
      g_autofree char *load = id != 0 ? load_snapshot_sql (&tables[i], target, side)
                                      : load_live_sql (&tables[i], side);
      g_string_append (sql, load);
    }
  return stg_db_exec (db, sql->str, error);
}

/* Putting values into words */

typedef struct {
  guint      rank;
  gint64     id;
  guint      part;     /* 0: added or removed; 1 + column; then links */
  guint      seq;
  StgChange *change;
} Entry;

static void
entry_clear (Entry *e)
{
  g_clear_pointer (&e->change, stg_change_free);
}

typedef struct {
  StgDb  *db;
  char   *currency[N_SIDES];
  GArray *entries;    /* Entry */
} Compare;

static void
compare_clear (Compare *c)
{
  g_free (c->currency[FROM]);
  g_free (c->currency[TO]);
  g_clear_pointer (&c->entries, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Compare, compare_clear)

static char *item_title (Compare *c, guint side, GType type, gint64 id);

static char *
titled_item_title (Compare          *c,
                   guint             side,
                   const ModelTable *t,
                   gint64            id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM temp.stg_cmp_%u_%s WHERE id = ?",
                                          t->schema->title_column, side, t->name);
  sqlite3_stmt *stmt = stg_db_prepare (c->db, sql, NULL);
  char *title = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    title = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return title;
}

/* An item without a title of its own (a budget line, a ceiling, a GDP
 * projection) reads as the titles it refers to and its year:
 * "Defence spending path, FPS Defence, 2027". */
static char *
composite_title (Compare          *c,
                 guint             side,
                 const ModelTable *t,
                 gint64            id)
{
  g_autofree char *cols = column_list (t, 1, AS_NAME);
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM temp.stg_cmp_%u_%s WHERE id = ?", cols, side, t->name);
  sqlite3_stmt *stmt = stg_db_prepare (c->db, sql, NULL);
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    for (guint i = 0; i < t->schema->n_columns; i++)
      {
        gint64 v = sqlite3_column_int64 (stmt, (int) i);
        g_array_append_val (values, v);
      }
  /* Reset before looking up the titles it refers to. */
  sqlite3_reset (stmt);
  for (guint i = 0; i < values->len; i++)
    {
      const StgColumn *col = &t->schema->columns[i];
      gint64 v = g_array_index (values, gint64, i);

      if (col->type == STG_COLUMN_REFERENCE && v != 0)
        g_ptr_array_add (parts, item_title (c, side, col->ref_type (), v));
      else if (g_str_equal (col->name, "year"))
        g_ptr_array_add (parts, g_strdup_printf ("%" G_GINT64_FORMAT, v));
    }
  g_ptr_array_add (parts, NULL);
  return parts->len > 1 ? g_strjoinv (", ", (char **) parts->pdata) : NULL;
}

/* The title of item @id of @type on @side, as a person reads it. */
static char *
item_title (Compare *c,
            guint    side,
            GType    type,
            gint64   id)
{
  const ModelTable *t = model_table_of (type);
  char *title = t->schema->title_column != NULL ? titled_item_title (c, side, t, id)
                                                : composite_title (c, side, t, id);

  /* Translators: an item that could not be found, by its id: "#12" */
  return title != NULL ? title : g_strdup_printf (_("#%lld"), (long long) id);
}

static char *
capitalize (const char *text)
{
  char first[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), first);
  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

/* objective “Cyber exercise”, budget line (Cyber exercise, CCB, 2027) */
static char *
describe (GType        type,
          const char  *title,
          gboolean     capital)
{
  const StgRecordSchema *schema = stg_record_type_get_schema (type);
  g_autofree char *text = NULL;

  if (schema->title_column != NULL)
    /* Translators: a kind of item and its title: objective “Cyber exercise” */
    text = g_strdup_printf (_("%s “%s”"), _(schema->singular), title);
  else
    /* Translators: a kind of item without a title of its own, and what
     * tells it apart: budget line (Cyber exercise, CCB, 2027) */
    text = g_strdup_printf (_("%s (%s)"), _(schema->singular), title);
  return capital ? capitalize (text) : g_steal_pointer (&text);
}

/* Column @i of @stmt, a value of @col on @side, as a person reads it; ""
 * for none. */
static char *
value_text (Compare         *c,
            guint            side,
            const StgColumn *col,
            sqlite3_stmt    *stmt,
            int              i)
{
  GDate date;

  if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
    return g_strdup ("");
  switch (col->type)
    {
    case STG_COLUMN_CHOICE:
      return g_strdup (stg_choice_get_label (col, (const char *) sqlite3_column_text (stmt, i)));
    case STG_COLUMN_DATE:
      if (!stg_date_parse_iso ((const char *) sqlite3_column_text (stmt, i), &date, NULL))
        return g_strdup ((const char *) sqlite3_column_text (stmt, i));
      return stg_date_format_locale (&date);
    case STG_COLUMN_BOOL:
      return g_strdup (sqlite3_column_int64 (stmt, i) ? _("Yes") : _("No"));
    case STG_COLUMN_REAL:
      return g_strdup_printf ("%g", sqlite3_column_double (stmt, i));
    case STG_COLUMN_MONEY:
      return stg_money_format_currency (sqlite3_column_int64 (stmt, i), c->currency[side]);
    case STG_COLUMN_REFERENCE:
      return item_title (c, side, col->ref_type (), sqlite3_column_int64 (stmt, i));
    case STG_COLUMN_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, i));
    case STG_COLUMN_TEXT:
    default:
      return g_strdup ((const char *) sqlite3_column_text (stmt, i));
    }
}

static char *
message_value (const StgColumn *col,
               const char      *value)
{
  if (*value == '\0')
    /* Translators: an empty field in a change: Lead actor FPS Defence → none */
    return g_strdup (_("none"));
  if (col->type == STG_COLUMN_TEXT)
    /* Translators: a text value quoted in a change: Title “Old” → “New” */
    return g_strdup_printf (_("“%s”"), value);
  return g_strdup (value);
}

static char *
field_message (const char      *item,
               const StgColumn *col,
               const StgChange *change)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (col->flags & STG_COLUMN_MULTILINE)
    /* Translators: a change; an item and a long text field of it:
     * Objective “Cyber exercise”: Description changed */
    return g_strdup_printf (_("%1$s: %2$s changed"), item, change->field);
  before = message_value (col, change->before);
  after = message_value (col, change->after);
  /* Translators: a change; an item, a field, its old and its new value:
   * Objective “Cyber exercise”: Deadline 31/12/2030 → 30/06/2031 */
  return g_strdup_printf (_("%1$s: %2$s %3$s → %4$s"), item, change->field, before, after);
}

/* The words of each link: the field as the editor names it, and what
 * adding and removing one says, with the "from" and the "to" title. */
static const struct {
  const char *field;
  const char *added;
  const char *removed;
} link_words[STG_N_LINKS] = {
  [STG_LINK_THREAT_INTEREST] = { N_("Threatens vital interests"),
    N_("Threat “%s” now threatens vital interest “%s”"), N_("Threat “%s” no longer threatens vital interest “%s”") },
  [STG_LINK_OBJECTIVE_INTEREST] = { N_("Serves vital interests"),
    N_("Objective “%s” now serves vital interest “%s”"), N_("Objective “%s” no longer serves vital interest “%s”") },
  [STG_LINK_OBJECTIVE_THREAT] = { N_("Addresses threats"),
    N_("Objective “%s” now addresses threat “%s”"), N_("Objective “%s” no longer addresses threat “%s”") },
  [STG_LINK_OBJECTIVE_ROLE] = { N_("Pursues roles"),
    N_("Objective “%s” now pursues role “%s”"), N_("Objective “%s” no longer pursues role “%s”") },
  [STG_LINK_OBJECTIVE_CAPABILITY] = { N_("Uses capabilities"),
    N_("Objective “%s” now uses capability “%s”"), N_("Objective “%s” no longer uses capability “%s”") },
  [STG_LINK_OBJECTIVE_SUPPORTING_ACTOR] = { N_("Supporting actors"),
    N_("Objective “%s” now has supporting actor “%s”"), N_("Objective “%s” no longer has supporting actor “%s”") },
};

/* Finding the changes */

static void
add_change (Compare   *c,
            GType      type,
            gint64     id,
            guint      part,
            StgChange *change)
{
  Entry e = { type_rank (type), id, part, c->entries->len, change };

  change->item_type = type;
  change->item_id = id;
  g_array_append_val (c->entries, e);
}

/* A reference whose target's removal removes its row (ON DELETE CASCADE). */
static gboolean
is_cascade (const StgColumn *col)
{
  return col->type == STG_COLUMN_REFERENCE && (col->flags & STG_COLUMN_REQUIRED) &&
         !(col->flags & STG_COLUMN_RESTRICT);
}

/* A reference whose target's removal empties it (ON DELETE SET NULL). */
static gboolean
is_set_null (const StgColumn *col)
{
  return col->type == STG_COLUMN_REFERENCE && !(col->flags & (STG_COLUMN_REQUIRED | STG_COLUMN_RESTRICT));
}

/* The first @width columns of every row of @sql, as gint64, read whole
 * before anything else runs. */
static GArray *
read_ids (StgDb       *db,
          const char  *sql,
          guint        width,
          GError     **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, sql, error);
  GArray *ids;
  int rc;

  if (stmt == NULL)
    return NULL;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (guint i = 0; i < width; i++)
      {
        gint64 v = sqlite3_column_int64 (stmt, (int) i);
        g_array_append_val (ids, v);
      }
  if (rc != SQLITE_DONE)
    {
      stg_db_fail (db, sqlite3_reset (stmt), error);
      g_array_unref (ids);
      return NULL;
    }
  sqlite3_reset (stmt);
  return ids;
}

/* The items of @t on side @have that the other side lacks; for removals,
 * not those removed with their parent. */
static char *
presence_sql (const ModelTable *t,
              guint             have)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "SELECT id FROM temp.stg_cmp_%1$u_%2$s x WHERE id NOT IN (SELECT id FROM temp.stg_cmp_%3$u_%2$s)",
                          have, t->name, 1 - have);
  for (guint i = 0; have == FROM && i < t->schema->n_columns; i++)
    if (is_cascade (&t->schema->columns[i]))
      g_string_append_printf (sql, " AND x.%s IN (SELECT id FROM temp.stg_cmp_%u_%s)", t->schema->columns[i].name,
                              TO, table_of_type (t->schema->columns[i].ref_type ()));
  g_string_append (sql, " ORDER BY id");
  return g_string_free (sql, FALSE);
}

static gboolean
diff_presence (Compare          *c,
               const ModelTable *t,
               guint             have,
               GError          **error)
{
  g_autofree char *sql = presence_sql (t, have);
  g_autoptr(GArray) ids = read_ids (c->db, sql, 1, error);

  if (ids == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      StgChange *change = g_new0 (StgChange, 1);
      g_autofree char *item = NULL;

      change->kind = have == FROM ? STG_CHANGE_REMOVED : STG_CHANGE_ADDED;
      change->item_title = item_title (c, have, t->type, id);
      item = describe (t->type, change->item_title, FALSE);
      /* Translators: a change; %s is an item, e.g. threat “Cyber attacks” */
      change->message = g_strdup_printf (have == FROM ? _("Removed %s") : _("Added %s"), item);
      add_change (c, t->type, id, 0, change);
    }
  return TRUE;
}

/* Whether column @i differs between the sides; not when it is a reference
 * emptied by its target's removal. */
static char *
differs_sql (const ModelTable *t,
             guint             i)
{
  const StgColumn *col = &t->schema->columns[i];

  if (is_set_null (col))
    return g_strdup_printf ("(a.%1$s IS NOT b.%1$s AND NOT (b.%1$s IS NULL AND a.%1$s NOT IN (SELECT id FROM temp.stg_cmp_%2$u_%3$s)))",
                            col->name, TO, table_of_type (col->ref_type ()));
  return g_strdup_printf ("(a.%1$s IS NOT b.%1$s)", col->name);
}

/* For every item on both sides that differs: its id, then for each column
 * whether it differs, its value before and after. */
static char *
fields_sql (const ModelTable *t)
{
  g_autoptr(GString) select = g_string_new ("SELECT id");
  g_autoptr(GString) where = g_string_new (NULL);

  for (guint i = 0; i < t->schema->n_columns; i++)
    {
      g_autofree char *differs = differs_sql (t, i);

      g_string_append_printf (select, ", %1$s, a.%2$s, b.%2$s", differs, t->schema->columns[i].name);
      g_string_append_printf (where, "%s%s", i ? " OR " : "", differs);
    }
  return g_strdup_printf ("%1$s FROM temp.stg_cmp_%2$u_%4$s a JOIN temp.stg_cmp_%3$u_%4$s b USING (id) WHERE %5$s ORDER BY id",
                          select->str, FROM, TO, t->name, where->str);
}

static void
add_field_change (Compare          *c,
                  const ModelTable *t,
                  sqlite3_stmt     *stmt,
                  guint             i)
{
  const StgColumn *col = &t->schema->columns[i];
  int at = 1 + 3 * (int) i;
  gint64 id = sqlite3_column_int64 (stmt, 0);
  StgChange *change = g_new0 (StgChange, 1);
  g_autofree char *item = NULL;

  change->kind = STG_CHANGE_CHANGED;
  change->item_title = item_title (c, TO, t->type, id);
  change->field = g_strdup (_(col->label));
  change->before = value_text (c, FROM, col, stmt, at + 1);
  change->after = value_text (c, TO, col, stmt, at + 2);
  item = describe (t->type, change->item_title, TRUE);
  change->message = field_message (item, col, change);
  add_change (c, t->type, id, 1 + i, change);
}

static gboolean
diff_fields (Compare          *c,
             const ModelTable *t,
             GError          **error)
{
  g_autofree char *sql = fields_sql (t);
  sqlite3_stmt *stmt = stg_db_prepare (c->db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  /* The lookups of titles below are statements of their own. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (guint i = 0; i < t->schema->n_columns; i++)
      if (sqlite3_column_int (stmt, 1 + 3 * (int) i))
        add_field_change (c, t, stmt, i);
  if (rc != SQLITE_DONE)
    return stg_db_fail (c->db, sqlite3_reset (stmt), error);
  sqlite3_reset (stmt);
  return TRUE;
}

/* The links of @t on side @have that the other side lacks; for removals,
 * only those whose two items are both still there. */
static char *
links_sql (const ModelTable *t,
           guint             have)
{
  const StgLinkSchema *l = t->link;
  g_autofree char *sql = g_strdup_printf ("SELECT x.%1$s, x.%2$s FROM temp.stg_cmp_%3$u_%4$s x WHERE NOT EXISTS "
                                          "(SELECT 1 FROM temp.stg_cmp_%5$u_%4$s y WHERE y.%1$s = x.%1$s AND y.%2$s = x.%2$s)",
                                          l->from_column, l->to_column, have, t->name, 1 - have);

  if (have == TO)
    return g_strconcat (sql, " ORDER BY 1, 2", NULL);
  return g_strdup_printf ("%s AND x.%s IN (SELECT id FROM temp.stg_cmp_%u_%s) AND x.%s IN (SELECT id FROM temp.stg_cmp_%u_%s) ORDER BY 1, 2",
                          sql, l->from_column, TO, table_of_type (l->from_type ()),
                          l->to_column, TO, table_of_type (l->to_type ()));
}

static void
add_link_change (Compare          *c,
                 const ModelTable *t,
                 guint             have,
                 gint64            from,
                 gint64            to)
{
  StgChange *change = g_new0 (StgChange, 1);
  g_autofree char *target = item_title (c, have, t->link->to_type (), to);
  guint n_from_columns = stg_record_type_get_schema (t->type)->n_columns;

  change->kind = STG_CHANGE_CHANGED;
  /* The "from" item is there now either way: added links start from
   * items of this side, removed ones only from items still there. */
  change->item_title = item_title (c, TO, t->type, from);
  change->field = g_strdup (_(link_words[t->link_id].field));
  if (have == TO)
    change->after = g_strdup (target);
  else
    change->before = g_strdup (target);
  change->message = g_strdup_printf (_(have == TO ? link_words[t->link_id].added : link_words[t->link_id].removed),
                                     change->item_title, target);
  add_change (c, t->type, from, 1 + n_from_columns + t->link_id, change);
}

static gboolean
diff_links (Compare          *c,
            const ModelTable *t,
            guint             have,
            GError          **error)
{
  g_autofree char *sql = links_sql (t, have);
  g_autoptr(GArray) pairs = read_ids (c->db, sql, 2, error);

  if (pairs == NULL)
    return FALSE;
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    add_link_change (c, t, have, g_array_index (pairs, gint64, i), g_array_index (pairs, gint64, i + 1));
  return TRUE;
}

static gboolean
diff_all (Compare  *c,
          GError  **error)
{
  guint n;
  const ModelTable *tables = model_tables (&n);

  for (guint i = 0; i < n; i++)
    {
      const ModelTable *t = &tables[i];
      gboolean ok = t->schema != NULL
                    ? diff_presence (c, t, FROM, error) && diff_presence (c, t, TO, error) && diff_fields (c, t, error)
                    : diff_links (c, t, FROM, error) && diff_links (c, t, TO, error);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gint
entry_compare (gconstpointer a,
               gconstpointer b)
{
  const Entry *x = a, *y = b;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  if (x->id != y->id)
    return x->id < y->id ? -1 : 1;
  if (x->part != y->part)
    return x->part < y->part ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static GPtrArray *
sorted_changes (Compare *c)
{
  GPtrArray *changes = g_ptr_array_new_full (c->entries->len, (GDestroyNotify) stg_change_free);

  g_array_sort (c->entries, entry_compare);
  for (guint i = 0; i < c->entries->len; i++)
    g_ptr_array_add (changes, g_steal_pointer (&g_array_index (c->entries, Entry, i).change));
  return changes;
}

/* Budget by year */

static gboolean
budget_by_year (Compare  *c,
                GArray  **budget,
                GError  **error)
{
  /* sum() fails on overflow rather than wrap; an actual not reported is
   * NULL and counts for nothing. */
  static const char sql[] =
    "WITH a AS (SELECT year, sum(planned) AS p, coalesce(sum(actual), 0) AS x FROM temp.stg_cmp_0_budget_line GROUP BY year),"
    " b AS (SELECT year, sum(planned) AS p, coalesce(sum(actual), 0) AS x FROM temp.stg_cmp_1_budget_line GROUP BY year)"
    " SELECT y.year, coalesce(a.p, 0), coalesce(b.p, 0), coalesce(a.x, 0), coalesce(b.x, 0)"
    " FROM (SELECT year FROM a UNION SELECT year FROM b) y"
    " LEFT JOIN a ON a.year = y.year LEFT JOIN b ON b.year = y.year ORDER BY y.year";
  sqlite3_stmt *stmt = stg_db_prepare (c->db, sql, error);
  int rc;

  G_STATIC_ASSERT (FROM == 0 && TO == 1);
  if (stmt == NULL)
    return FALSE;
  *budget = g_array_new (FALSE, FALSE, sizeof (StgBudgetChange));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StgBudgetChange b = {
        sqlite3_column_int (stmt, 0),
        sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2),
        sqlite3_column_int64 (stmt, 3), sqlite3_column_int64 (stmt, 4),
      };
      g_array_append_val (*budget, b);
    }
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }
  g_clear_pointer (budget, g_array_unref);
  return stg_db_fail (c->db, sqlite3_reset (stmt), error);
}

/* Comparing */

static char *
side_currency (StgDb *db,
               guint  side)
{
  g_autofree char *sql = g_strdup_printf ("SELECT currency FROM temp.stg_cmp_%u_strategy WHERE id = 1", side);
  sqlite3_stmt *stmt = stg_db_prepare (db, sql, NULL);
  char *currency = NULL;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    currency = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return currency != NULL ? currency : g_strdup ("EUR");
}

static GPtrArray *
run_compare (StgDb    *db,
             gint64    from,
             gint64    to,
             GArray  **budget,
             GError  **error)
{
  g_auto(Compare) c = { db, { NULL, NULL }, NULL };

  c.entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (c.entries, (GDestroyNotify) entry_clear);
  if (!create_temp_tables (db, error) ||
      !load_side (db, from, FROM, error) ||
      !load_side (db, to, TO, error))
    return NULL;
  c.currency[FROM] = side_currency (db, FROM);
  c.currency[TO] = side_currency (db, TO);
  if (!diff_all (&c, error) || (budget != NULL && !budget_by_year (&c, budget, error)))
    return NULL;
  return sorted_changes (&c);
}

GPtrArray *
stg_store_compare (StgStore  *store,
                   gint64     from,
                   gint64     to,
                   GArray   **budget,
                   GError   **error)
{
  StgDb *db;
  GPtrArray *changes;

  g_return_val_if_fail (STG_IS_STORE (store), NULL);
  g_return_val_if_fail (from >= 0 && to >= 0, NULL);

  db = stg_store_get_db (store);
  if (budget != NULL)
    *budget = NULL;
  if ((from != 0 && !version_exists (db, from, error)) || (to != 0 && !version_exists (db, to, error)))
    return NULL;
  /* One read of the file for both sides. Only TEMP tables are written,
   * and rolling back to the savepoint drops them all, even on error. */
  if (!stg_db_exec (db, "SAVEPOINT stg_compare", error))
    return NULL;
  changes = run_compare (db, from, to, budget, error);
  sqlite3_exec (stg_db_handle (db), "ROLLBACK TO stg_compare; RELEASE stg_compare", NULL, NULL, NULL);
  if (changes == NULL)
    g_prefix_error (error, _("Could not compare the versions: "));
  return changes;
}

/* Writing a version out as a file of its own */

static char *
read_snapshot (StgDb   *db,
               gint64   id,
               GError **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, "SELECT snapshot FROM main.version WHERE id = ?", error);
  char *snapshot = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    snapshot = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    stg_db_fail (db, sqlite3_reset (stmt), error);
  else
    version_exists (db, id, error);
  sqlite3_reset (stmt);
  return snapshot;
}

/* Replaces the contents of the new file @target with @snapshot, in one
 * transaction and without an undo step: the file is closed right after. */
static gboolean
fill_from_snapshot (StgStore    *target,
                    const char  *snapshot,
                    GError     **error)
{
  StgDb *db = stg_store_get_db (target);
  g_autoptr(GString) sql = g_string_new ("PRAGMA defer_foreign_keys = ON; DELETE FROM main.strategy;");
  guint n;
  const ModelTable *tables = model_tables (&n);
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!stg_db_exec (db, "CREATE TEMP TABLE stg_export (id INTEGER PRIMARY KEY, snapshot TEXT);" CREATE_PARTS_SQL, error) ||
      (stmt = stg_db_prepare (db, "INSERT INTO temp.stg_export (id, snapshot) VALUES (1, ?)", error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, snapshot, -1, SQLITE_STATIC);
  ok = stg_db_run (db, stmt, error);
  sqlite3_clear_bindings (stmt);
  if (!ok || !load_parts (db, "temp.stg_export", 1, FROM, error) || !parts_match (db, FROM, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *into = g_strdup_printf ("main.%s", tables[i].name);
      g_autofree char *load = load_snapshot_sql (&tables[i], into, FROM);
      g_string_append (sql, load);
    }
  return stg_store_load_sql (target, sql->str, error);
}

static gboolean
write_version_file (const char  *tmp_path,
                    const char  *snapshot,
                    GError     **error)
{
  g_autoptr(StgStore) target = stg_store_create (tmp_path, NULL, STG_STORE_CREATE_EMPTY, error);

  /* Closed on return, before it is moved into place. */
  return target != NULL && fill_from_snapshot (target, snapshot, error);
}

static gboolean
exists_error (const char  *path,
              GError     **error)
{
  g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_EXISTS,
               _("Could not create “%s”: a file of that name already exists"), path);
  return FALSE;
}

/* A name beside @path for the file to be built, free for it to take. */
static char *
reserve_temp (const char  *path,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.version-XXXXXX", base);
  char *tmp_path = g_build_filename (dir, name, NULL);
  int fd = g_mkstemp (tmp_path);

  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, STG_STORE_ERROR, saved == EACCES || saved == EROFS ? STG_STORE_ERROR_READ_ONLY : STG_STORE_ERROR_IO,
                   _("Could not create “%s”: %s"), path, g_strerror (saved));
      g_free (tmp_path);
      return NULL;
    }
  close (fd);
  g_unlink (tmp_path);
  return tmp_path;
}

/* Moves @tmp_path to @path unless @path exists: link() refuses to replace,
 * where rename() would not. */
static gboolean
publish (const char  *tmp_path,
         const char  *path,
         GError     **error)
{
  int saved;

  if (link (tmp_path, path) == 0)
    return TRUE;
  if (errno == EEXIST || g_file_test (path, G_FILE_TEST_EXISTS))
    return exists_error (path, error);
  /* File systems without hard links. */
  if (g_rename (tmp_path, path) == 0)
    return TRUE;
  saved = errno;
  g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_IO, _("Could not create “%s”: %s"), path, g_strerror (saved));
  return FALSE;
}

gboolean
stg_store_export_version (StgStore    *store,
                          gint64       id,
                          const char  *path,
                          GError     **error)
{
  g_autofree char *snapshot = NULL;
  g_autofree char *tmp_path = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (STG_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return exists_error (path, error);
  if ((snapshot = read_snapshot (stg_store_get_db (store), id, error)) == NULL ||
      (tmp_path = reserve_temp (path, error)) == NULL)
    return FALSE;
  ok = write_version_file (tmp_path, snapshot, &local_error) && publish (tmp_path, path, &local_error);
  g_unlink (tmp_path);
  if (ok)
    return TRUE;
  if (g_error_matches (local_error, STG_STORE_ERROR, STG_STORE_ERROR_EXISTS))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, STG_STORE_ERROR, local_error->code,
                 _("Could not write the version as “%s”: %s"), path, local_error->message);
  return FALSE;
}
