/* test-store.c: creating, opening, refusing and migrating strategy files */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <sys/stat.h>
#include <unistd.h>

#include "stg-test-file.h"
#include "stg-test-store.h"
#include "stg-db-private.h"

/* Opening @path must fail with @code, name the file, and change nothing. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = stg_test_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = stg_store_open (path, STG_STORE_OPEN_DEFAULT, &error);

  assert_null (store);
  assert_non_null (error);
  if (strstr (error->message, path) == NULL)
    fail_msg ("the message does not name the file: %s", error->message);
  stg_assert_error (error, STG_STORE_ERROR, code);
  after = stg_test_checksum (path);
  assert_string_equal (before, after);
  assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

static void
test_create_and_reopen (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) again = NULL;
  g_autoptr(StgStrategy) strategy = NULL;

  g_clear_object (&f->store);
  assert_int_equal (stg_test_query_int (f->path, "PRAGMA application_id"), STG_APPLICATION_ID);
  assert_int_equal (stg_test_query_int (f->path, "PRAGMA user_version"), STG_SCHEMA_VERSION);

  again = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  stg_assert_no_error (error);
  strategy = stg_store_get_strategy (again, &error);
  stg_assert_no_error (error);
  assert_string_equal (stg_record_get_title (STG_RECORD (strategy)), "Test strategy");
  assert_string_equal (stg_record_get_text (STG_RECORD (strategy), "currency"), "EUR");
}

static void
test_create_leaves_nothing_else (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  int n = 0;

  /* While it is open for editing, the lock's description is beside it
   * (test-lock.c); once closed, the file is alone. */
  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      assert_string_equal (name, "test.strategos");
      n++;
    }
  assert_int_equal (n, 1);
}

static void
test_create_refuses_existing (void **state)
{
  StgFixture *f = *state;
  g_autofree char *before = stg_test_checksum (f->path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) other = NULL;

  g_clear_object (&f->store);
  other = stg_store_create (f->path, "Other", STG_STORE_CREATE_SAMPLE, &error);
  assert_null (other);
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_EXISTS);
  after = stg_test_checksum (f->path);
  assert_string_equal (before, after);
}

static void
test_commit_leaves_no_journal (void **state)
{
  StgFixture *f = *state;
  g_autofree char *journal = g_strconcat (f->path, "-journal", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  stg_test_add (f->store, STG_TYPE_INTEREST, "Physical security");
  /* Between edits the .strategos file alone is the whole strategy. */
  assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuses_missing_and_folders (void **state)
{
  StgFixture *f = *state;
  g_autofree char *missing = g_build_filename (f->dir, "missing.strategos", NULL);
  g_autofree char *fifo = g_build_filename (f->dir, "fifo.strategos", NULL);
  g_autoptr(GError) error = NULL;

  assert_null (stg_store_open (missing, STG_STORE_OPEN_DEFAULT, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NOT_FOUND);
  assert_null (stg_store_open (f->dir, STG_STORE_OPEN_DEFAULT, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NOT_REGULAR);
  /* A FIFO would block a reader for ever: it must be refused unread. */
  assert_int_equal (mkfifo (fifo, 0600), 0);
  assert_null (stg_store_open (fifo, STG_STORE_OPEN_DEFAULT, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NOT_REGULAR);
}

static void
test_refuses_text_and_empty (void **state)
{
  StgFixture *f = *state;
  g_autofree char *text = g_build_filename (f->dir, "notes.strategos", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "empty.strategos", NULL);
  g_autofree char *short_file = g_build_filename (f->dir, "short.strategos", NULL);

  assert_true (g_file_set_contents (text, "Title;Lead;Deadline\nCyber;CCB;2027-06-30\n", -1, NULL));
  assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_true (g_file_set_contents (short_file, "SQLite format 3", 16, NULL));
  assert_refused (text, STG_STORE_ERROR_FOREIGN);
  assert_refused (empty, STG_STORE_ERROR_FOREIGN);
  assert_refused (short_file, STG_STORE_ERROR_FOREIGN);
  assert_int_equal (stg_test_query_int (empty, "PRAGMA page_count"), 0);
}

static void
test_refuses_foreign_sqlite (void **state)
{
  StgFixture *f = *state;
  g_autofree char *foreign = g_build_filename (f->dir, "places.sqlite", NULL);

  stg_test_run_sql (foreign, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                    "INSERT INTO moz_places (url) VALUES ('https://example.org');");
  assert_refused (foreign, STG_STORE_ERROR_FOREIGN);
}

static void
test_refuses_newer_schema (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  stg_test_run_sql (f->path, "PRAGMA user_version = 99");
  assert_refused (f->path, STG_STORE_ERROR_TOO_NEW);
  assert_null (stg_store_open (f->path, STG_STORE_OPEN_READ_ONLY, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_TOO_NEW);
}

static void
test_refuses_truncated (void **state)
{
  StgFixture *f = *state;
  g_autofree char *contents = NULL;
  g_autofree char *cut = g_build_filename (f->dir, "cut.strategos", NULL);
  gsize length = 0;

  g_clear_object (&f->store);
  assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  assert_true (length > 8192);
  /* Cut at several places, including inside the first page. */
  for (gsize at = 100; at < length; at += length / 7)
    {
      g_unlink (cut);
      assert_true (g_file_set_contents (cut, contents, at, NULL));
      assert_refused (cut, STG_STORE_ERROR_CORRUPT);
    }
}

/* Opened to check later, a file shows at once but takes no edit until its
 * pages are checked, on a second connection as the window does in a
 * thread; damage found then is reported as damage. */
static void
test_check_later (void **state)
{
  StgFixture *f = *state;
  g_autofree char *contents = NULL;
  g_autofree char *bad = g_build_filename (f->dir, "bad.strategos", NULL);
  g_autoptr(StgStore) store = NULL;
  g_autoptr(StgStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_clear_object (&f->store);
  store = stg_store_open (f->path, STG_STORE_OPEN_CHECK_LATER, &error);
  stg_assert_no_error (error);
  assert_false (stg_store_is_checked (store));
  assert_int_equal (stg_store_count (store, STG_TYPE_OBJECTIVE, NULL), stg_test_query_int (f->path, "SELECT count(*) FROM objective"));
  assert_false (stg_store_delete (store, STG_TYPE_OBJECTIVE, 1, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_BUSY);
  g_clear_error (&error);
  reader = stg_store_open_reader (store, &error);
  stg_assert_no_error (error);
  assert_true (stg_store_check_pages (reader, &error));
  stg_store_set_checked (store);
  assert_true (stg_store_delete (store, STG_TYPE_OBJECTIVE, 1, &error));
  stg_assert_no_error (error);
  g_clear_object (&reader);
  g_clear_object (&store);

  /* The last page holds rows the opening does not read. */
  assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  memset (contents + length - 4096, 0xA5, 4096);
  assert_true (g_file_set_contents (bad, contents, length, NULL));
  store = stg_store_open (bad, STG_STORE_OPEN_CHECK_LATER, &error);
  stg_assert_no_error (error);
  reader = stg_store_open_reader (store, &error);
  assert_false (stg_store_check_pages (reader, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_CORRUPT);
}

static void
test_refuses_damaged (void **state)
{
  StgFixture *f = *state;
  g_autofree char *contents = NULL;
  g_autofree char *bad = g_build_filename (f->dir, "bad.strategos", NULL);
  gsize length = 0;

  g_clear_object (&f->store);
  assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  /* Scribble over the second page: the schema's b-tree pages follow. */
  memset (contents + 4096, 0xA5, 4096);
  assert_true (g_file_set_contents (bad, contents, length, NULL));
  assert_refused (bad, STG_STORE_ERROR_CORRUPT);
}

static void
test_refuses_tampered_schema (void **state)
{
  StgFixture *f = *state;

  g_clear_object (&f->store);
  stg_test_run_sql (f->path, "CREATE TRIGGER spy AFTER INSERT ON objective BEGIN SELECT 1; END;");
  assert_refused (f->path, STG_STORE_ERROR_TAMPERED);
}

static void
test_refuses_foreign_tables (void **state)
{
  StgFixture *f = *state;
  g_autofree char *extra = g_build_filename (f->dir, "extra.strategos", NULL);
  g_autofree char *column = g_build_filename (f->dir, "column.strategos", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_clear_object (&f->store);
  assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  assert_true (g_file_set_contents (extra, contents, length, NULL));
  assert_true (g_file_set_contents (column, contents, length, NULL));
  /* A table name built to smuggle SQL into whatever quotes it carelessly. */
  stg_test_run_sql (f->path, "CREATE TABLE \"a_insert AFTER INSERT ON main.strategy BEGIN SELECT 1; END; "
                             "UPDATE main.strategy SET title = 'PWNED'; --\" (x);");
  assert_refused (f->path, STG_STORE_ERROR_TAMPERED);
  stg_test_run_sql (extra, "CREATE TABLE notes (x TEXT);");
  assert_refused (extra, STG_STORE_ERROR_TAMPERED);
  stg_test_run_sql (column, "ALTER TABLE objective ADD COLUMN spy TEXT;");
  assert_refused (column, STG_STORE_ERROR_TAMPERED);
}

static void
test_refused_wal_file_is_untouched (void **state)
{
  StgFixture *f = *state;

  g_clear_object (&f->store);
  stg_test_run_sql (f->path, "PRAGMA journal_mode = WAL; CREATE VIEW spy AS SELECT 1;");
  assert_refused (f->path, STG_STORE_ERROR_TAMPERED);
}

static void
test_one_editor_at_a_time (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) second = NULL;
  g_autoptr(StgStore) reader = NULL;
  g_autofree char *pid = g_strdup_printf ("process %d", (int) getpid ());

  /* f->store has the file open for editing. */
  second = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  assert_null (second);
  assert_non_null (error);
  if (strstr (error->message, pid) == NULL)
    fail_msg ("the message does not say who holds the file: %s", error->message);
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_LOCKED);
  reader = stg_store_open (f->path, STG_STORE_OPEN_READ_ONLY, &error);
  stg_assert_no_error (error);
  g_clear_object (&f->store);
  second = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  stg_assert_no_error (error);
}

static void
test_read_only_never_writes (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) reader = NULL;
  g_autoptr(StgRecord) interest = stg_record_new (STG_TYPE_INTEREST);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_clear_object (&f->store);
  before = stg_test_checksum (f->path);
  reader = stg_store_open (f->path, STG_STORE_OPEN_READ_ONLY, &error);
  stg_assert_no_error (error);
  stg_record_set_text (interest, "title", "Prosperity");
  assert_false (stg_store_insert (reader, interest, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_READ_ONLY);
  g_clear_object (&reader);
  after = stg_test_checksum (f->path);
  assert_string_equal (before, after);
}

static void
test_migrations_are_one_transaction (void **state)
{
  StgFixture *f = *state;
  g_autofree char *path = g_build_filename (f->dir, "old.db", NULL);
  sqlite3 *handle = NULL;
  g_autoptr(StgDb) db = NULL;
  g_autoptr(GError) error = NULL;
  const StgMigration good[] = {
    { 1, "CREATE TABLE a (x INTEGER);" },
    { 2, "CREATE TABLE b (y INTEGER);" },
  };
  const StgMigration bad[] = {
    { 1, "CREATE TABLE a (x INTEGER);" },
    { 2, "CREATE TABLE b (y INTEGER);" },
    { 3, "CREATE TABLE c (z INTEGER); INSERT INTO nowhere VALUES (1);" },
  };

  assert_int_equal (sqlite3_open (path, &handle), SQLITE_OK);
  db = stg_db_new (handle);
  assert_true (stg_migrations_run (db, good, 1, &error));
  stg_assert_no_error (error);
  /* From version 1, only migration 2 runs. */
  assert_true (stg_migrations_run (db, good, 2, &error));
  stg_assert_no_error (error);
  assert_false (stg_migrations_run (db, bad, 3, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_FAILED);
  g_clear_pointer (&db, stg_db_free);

  assert_int_equal (stg_test_query_int (path, "PRAGMA user_version"), 2);
  assert_int_equal (stg_test_query_int (path, "PRAGMA application_id"), STG_APPLICATION_ID);
  assert_int_equal (stg_test_query_int (path, "SELECT count(*) FROM sqlite_schema WHERE name = 'c'"), 0);
  assert_int_equal (stg_test_query_int (path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('a', 'b')"), 2);
}

/* A file of schema 3 gets the indexes of large plans: the objectives'
 * title and deadline, in the order the list sorts by. */
static void
test_upgrades_schema_3_indexes (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  stg_test_run_sql (f->path, "DROP INDEX objective_title; DROP INDEX objective_deadline; PRAGMA user_version = 3;");
  f->store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  stg_assert_no_error (error);
  assert_int_equal (stg_test_query_int (f->path, "PRAGMA user_version"), STG_SCHEMA_VERSION);
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM sqlite_schema WHERE name IN "
                                                 "('objective_title', 'objective_deadline')"), 2);
}

/* A file of schema 1 (before budget ceilings) opens, upgraded in place. */
static void
test_upgrades_older_files (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;

  stg_test_add (f->store, STG_TYPE_INTEREST, "Prosperity");
  g_clear_object (&f->store);
  stg_test_run_sql (f->path, "DROP TABLE budget_ceiling; DROP TABLE version; DROP INDEX objective_title; "
                               "DROP INDEX objective_deadline; PRAGMA user_version = 1;");
  assert_null (stg_store_open (f->path, STG_STORE_OPEN_READ_ONLY, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_TOO_OLD);
  f->store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  stg_assert_no_error (error);
  assert_int_equal (stg_test_query_int (f->path, "PRAGMA user_version"), STG_SCHEMA_VERSION);
  assert_int_equal (stg_store_count (f->store, STG_TYPE_BUDGET_CEILING, NULL), 0);
  assert_int_equal (stg_store_count (f->store, STG_TYPE_INTEREST, NULL), 1);
}

static void
test_sample_is_whole (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  gint64 planned = 0, actual = 0;
  guint n_objectives;
  g_autoptr(GListModel) objectives = stg_store_list (f->store, STG_TYPE_OBJECTIVE, &error);
  g_autoptr(GHashTable) leads = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 *lead_ids;

  stg_assert_no_error (error);
  assert_int_equal (stg_store_count (f->store, STG_TYPE_INTEREST, NULL), 5);
  assert_int_equal (stg_store_count (f->store, STG_TYPE_ROLE, NULL), 3);
  assert_true (stg_store_count (f->store, STG_TYPE_THREAT, NULL) >= 10);
  n_objectives = g_list_model_get_n_items (objectives);
  assert_true (n_objectives >= 20);
  lead_ids = g_new0 (gint64, n_objectives);
  for (guint i = 0; i < n_objectives; i++)
    {
      g_autoptr(StgRecord) o = g_list_model_get_item (objectives, i);
      lead_ids[i] = stg_record_get_int (o, "lead_actor_id");
      if (lead_ids[i] != 0)
        g_hash_table_add (leads, &lead_ids[i]);
    }
  assert_true (g_hash_table_size (leads) >= 8);
  g_free (lead_ids);
  assert_true (stg_store_budget_totals (f->store, 0, &planned, &actual, &error));
  assert_true (planned > 0 && actual > 0);

  g_clear_object (&f->store);
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
}


static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    fail_msg ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The sample in Dutch, French and German: chosen by the language, and
 * the same strategy as the English one. Only free text may differ; every
 * id, link, date, key, amount and so every gap and total is the same. */
static const char *const sample_free_text[] = {
  "title", "name", "description", "abbreviation", "country", "classification", "posture",
  "funding_source", "unit", NULL,
};

static guint
sample_differences (const char *path,
                    const char *english,
                    guint      *n_text_changed,
                    guint      *n_text_rows)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *tables = NULL;
  guint n = 0;

  *n_text_changed = *n_text_rows = 0;
  assert_int_equal (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  {
    char *sql = sqlite3_mprintf ("ATTACH %Q AS en", english);
    assert_int_equal (sqlite3_exec (db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_free (sql);
  }
  assert_int_equal (sqlite3_prepare_v2 (db, "SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name", -1, &tables, NULL), SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autoptr(GString) fixed = g_string_new (NULL);
      g_autoptr(GString) text = g_string_new (NULL);
      sqlite3_stmt *columns = NULL;
      char *sql;

      sql = sqlite3_mprintf ("SELECT name FROM pragma_table_info(%Q)", table);
      assert_int_equal (sqlite3_prepare_v2 (db, sql, -1, &columns, NULL), SQLITE_OK);
      sqlite3_free (sql);
      while (sqlite3_step (columns) == SQLITE_ROW)
        {
          const char *column = (const char *) sqlite3_column_text (columns, 0);
          GString *list = g_strv_contains (sample_free_text, column) ? text : fixed;

          g_string_append_printf (list, "%s\"%s\"", list->len > 0 ? ", " : "", column);
        }
      sqlite3_finalize (columns);
      /* Rows whose ids, links, dates, keys or amounts differ, both ways. */
      sql = sqlite3_mprintf ("SELECT (SELECT count(*) FROM (SELECT %s FROM main.\"%w\" EXCEPT SELECT %s FROM en.\"%w\"))"
                             " + (SELECT count(*) FROM (SELECT %s FROM en.\"%w\" EXCEPT SELECT %s FROM main.\"%w\"))",
                             fixed->str, table, fixed->str, table, fixed->str, table, fixed->str, table);
      n += (guint) query_int (db, sql);
      sqlite3_free (sql);
      if (text->len > 0)
        {
          /* With the id: EXCEPT compares sets, and many rows share a text. */
          sql = sqlite3_mprintf ("SELECT count(*) FROM (SELECT id, %s FROM main.\"%w\" EXCEPT SELECT id, %s FROM en.\"%w\")",
                                 text->str, table, text->str, table);
          *n_text_changed += (guint) query_int (db, sql);
          sqlite3_free (sql);
          sql = sqlite3_mprintf ("SELECT count(*) FROM en.\"%w\"", table);
          *n_text_rows += (guint) query_int (db, sql);
          sqlite3_free (sql);
        }
    }
  sqlite3_finalize (tables);
  sqlite3_close (db);
  return n;
}

static void
test_sample_in_each_language (void **state)
{
  StgFixture *f = *state;
  const char *languages[] = { "nl", "fr", "de" };
  g_autoptr(StgStrategy) english = stg_store_get_strategy (f->store, NULL);
  g_autoptr(GPtrArray) english_gaps = stg_analysis_run (f->store, &(StgAnalysisOptions) { "2026-01-01", 0 }, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *name = g_strdup_printf ("sample-%s.strategos", languages[i]);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autoptr(StgStore) store = NULL;
      g_autoptr(StgStrategy) strategy = NULL;
      g_autoptr(GPtrArray) gaps = NULL;
      g_autoptr(GError) error = NULL;
      guint n_text_changed, n_text_rows;

      g_setenv ("LANGUAGE", languages[i], TRUE);
      store = stg_store_create (path, NULL, STG_STORE_CREATE_SAMPLE, &error);
      g_unsetenv ("LANGUAGE");
      stg_assert_no_error (error);
      strategy = stg_store_get_strategy (store, &error);
      stg_assert_no_error (error);
      if (g_str_equal (stg_record_get_text (STG_RECORD (strategy), "title"),
                       stg_record_get_text (STG_RECORD (english), "title")))
        fail_msg ("LANGUAGE=%s gave the English sample", languages[i]);
      gaps = stg_analysis_run (store, &(StgAnalysisOptions) { "2026-01-01", 0 }, &error);
      stg_assert_no_error (error);
      assert_int_equal (gaps->len, english_gaps->len);
      for (guint g = 0; g < gaps->len; g++)
        {
          StgFinding *a = g_ptr_array_index (gaps, g), *b = g_ptr_array_index (english_gaps, g);

          assert_int_equal (a->kind, b->kind);
          assert_int_equal (a->item_id, b->item_id);
        }
      g_clear_object (&store);
      if (sample_differences (path, f->path, &n_text_changed, &n_text_rows) != 0)
        fail_msg ("the %s sample differs from the English one outside its text", languages[i]);
      /* Translated, not copied: nearly every row with text reads
       * differently (a name such as "Cyber Command" may stay). */
      if (n_text_changed < n_text_rows * 9 / 10)
        fail_msg ("the %s sample has only %u of %u rows with translated text", languages[i], n_text_changed, n_text_rows);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_create_and_reopen, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_create_leaves_nothing_else, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_create_refuses_existing, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_commit_leaves_no_journal, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_refuses_missing_and_folders, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_refuses_text_and_empty, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_refuses_foreign_sqlite, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_refuses_newer_schema, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_refuses_truncated, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_refuses_damaged, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_refuses_tampered_schema, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_refuses_foreign_tables, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_refused_wal_file_is_untouched, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_one_editor_at_a_time, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_read_only_never_writes, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_migrations_are_one_transaction, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_upgrades_older_files, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_check_later, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_upgrades_schema_3_indexes, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_sample_is_whole, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_sample_in_each_language, stg_fixture_setup_sample, stg_fixture_teardown),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
