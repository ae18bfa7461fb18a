/* test-undo.c: undo and redo of whole user actions over mixed edits */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <sqlite3.h>

#include "stg-test-store.h"
#include "stg-store-private.h"

/* The whole content of the file, read through a connection of its own, so
 * that "undone" means what is on disk, not what the store believes. */
static char *
snapshot (const char *path)
{
  GString *s = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  assert_int_equal (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT rowid, * FROM \"%s\" ORDER BY rowid",
                                              (char *) g_ptr_array_index (tables, t));
      sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
      g_string_append_printf (s, "[%s]\n", (char *) g_ptr_array_index (tables, t));
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (s, "%s|", sqlite3_column_type (stmt, c) == SQLITE_NULL
                                              ? "NULL" : (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (s, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (s, FALSE);
}

static void
undo_ok (StgStore *store)
{
  g_autoptr(GError) error = NULL;

  assert_true (stg_store_undo (store, &error));
  stg_assert_no_error (error);
}

static void
redo_ok (StgStore *store)
{
  g_autoptr(GError) error = NULL;

  assert_true (stg_store_redo (store, &error));
  stg_assert_no_error (error);
}

static void
assert_undo_label (StgStore   *store,
                   const char *expected)
{
  g_autofree char *label = stg_store_get_undo_label (store);

  assert_non_null (label);
  assert_string_equal (label, expected);
}

static void
test_nothing_to_undo (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;

  assert_false (stg_store_can_undo (f->store));
  assert_false (stg_store_undo (f->store, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NOTHING_TO_UNDO);
  assert_false (stg_store_redo (f->store, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NOTHING_TO_UNDO);
}

/* A series of different edits, each undone back to the exact file it
 * started from, then all redone to the exact file they made. */
static void
test_mixed_edits_round_trip (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StgRecord) objective = NULL;
  gint64 actor, threat, id;

  g_ptr_array_add (states, snapshot (f->path));
  actor = stg_test_add (f->store, STG_TYPE_ACTOR, "CCB");
  g_ptr_array_add (states, snapshot (f->path));
  threat = stg_test_add (f->store, STG_TYPE_THREAT, "Cyber attacks");
  g_ptr_array_add (states, snapshot (f->path));
  id = stg_test_add (f->store, STG_TYPE_OBJECTIVE, "Cyber crisis exercise");
  g_ptr_array_add (states, snapshot (f->path));
  objective = stg_store_get (f->store, STG_TYPE_OBJECTIVE, id, &error);
  stg_record_set_int (objective, "lead_actor_id", actor);
  stg_record_set_text (objective, "deadline", "2027-06-30");
  assert_true (stg_store_update (f->store, objective, &error));
  g_ptr_array_add (states, snapshot (f->path));
  assert_true (stg_store_link (f->store, STG_LINK_OBJECTIVE_THREAT, id, threat, &error));
  g_ptr_array_add (states, snapshot (f->path));
  stg_record_set_text (objective, "status", "at_risk");
  assert_true (stg_store_update_column (f->store, objective, "status", &error));
  g_ptr_array_add (states, snapshot (f->path));
  assert_true (stg_store_delete (f->store, STG_TYPE_THREAT, threat, &error));
  g_ptr_array_add (states, snapshot (f->path));
  stg_assert_no_error (error);

  assert_undo_label (f->store, "Delete threat “Cyber attacks”");
  for (int i = (int) states->len - 2; i >= 0; i--)
    {
      undo_ok (f->store);
      g_autofree char *now = snapshot (f->path);
      assert_string_equal (now, g_ptr_array_index (states, i));
    }
  assert_false (stg_store_can_undo (f->store));
  for (guint i = 1; i < states->len; i++)
    {
      redo_ok (f->store);
      g_autofree char *now = snapshot (f->path);
      assert_string_equal (now, g_ptr_array_index (states, i));
    }
  assert_false (stg_store_can_redo (f->store));
}

static void
test_undo_restores_cascaded_rows (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) objectives = stg_store_list (f->store, STG_TYPE_OBJECTIVE, &error);
  g_autofree char *before = snapshot (f->path);
  g_autofree char *after = NULL;
  gint64 lines_before = stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL);

  /* The sample's first objective has children, budget lines and links. */
  assert_true (g_list_model_get_n_items (objectives) > 0);
  assert_true (stg_store_delete (f->store, STG_TYPE_OBJECTIVE, 1, &error));
  stg_assert_no_error (error);
  assert_true (stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL) < lines_before);
  undo_ok (f->store);
  after = snapshot (f->path);
  assert_string_equal (before, after);
  redo_ok (f->store);
  assert_null (stg_store_get (f->store, STG_TYPE_OBJECTIVE, 1, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM);
}

static void
test_one_action_is_one_step (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f->path);
  g_autofree char *after = NULL;

  assert_true (stg_store_begin (f->store, "Add the cyber chapter", &error));
  stg_test_add (f->store, STG_TYPE_THREAT, "Ransomware");
  stg_test_add (f->store, STG_TYPE_CAPABILITY, "CERT.be");
  /* An inner level that fails rolls back alone. */
  assert_true (stg_store_begin (f->store, NULL, &error));
  stg_test_add (f->store, STG_TYPE_ROLE, "Discarded");
  stg_store_rollback (f->store);
  assert_true (stg_store_commit (f->store, &error));

  assert_int_equal (stg_store_count (f->store, STG_TYPE_ROLE, NULL), 0);
  assert_undo_label (f->store, "Add the cyber chapter");
  undo_ok (f->store);
  after = snapshot (f->path);
  assert_string_equal (before, after);
  assert_false (stg_store_can_undo (f->store));
}

static void
test_failed_edit_leaves_no_step (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgRecord) threat = stg_record_new (STG_TYPE_THREAT);
  gint64 defence = stg_test_add (f->store, STG_TYPE_ACTOR, "Defence");
  g_autoptr(StgRecord) objective = stg_record_new (STG_TYPE_OBJECTIVE);

  stg_record_set_text (objective, "title", "Spending path");
  stg_record_set_int (objective, "lead_actor_id", defence);
  assert_true (stg_store_insert (f->store, objective, &error));
  stg_record_set_text (threat, "title", "Pandemic");
  stg_record_set_int (threat, "impact", 9);
  assert_false (stg_store_insert (f->store, threat, &error));
  g_clear_error (&error);
  assert_false (stg_store_delete (f->store, STG_TYPE_ACTOR, defence, &error));
  g_clear_error (&error);
  assert_undo_label (f->store, "Add objective “Spending path”");
}

static void
test_new_edit_clears_redo (void **state)
{
  StgFixture *f = *state;
  g_autofree char *redo = NULL;

  stg_test_add (f->store, STG_TYPE_ROLE, "Bridge-builder");
  undo_ok (f->store);
  redo = stg_store_get_redo_label (f->store);
  assert_string_equal (redo, "Add role “Bridge-builder”");
  stg_test_add (f->store, STG_TYPE_ROLE, "Faithful ally");
  assert_false (stg_store_can_redo (f->store));
}

static void
count_signal (StgStore *store,
              int      *n)
{
  (*n)++;
}

static void
test_changed_is_emitted_once_per_action (void **state)
{
  StgFixture *f = *state;
  int n = 0;

  g_signal_connect (f->store, "changed", G_CALLBACK (count_signal), &n);
  stg_test_add (f->store, STG_TYPE_INTEREST, "Prosperity");
  assert_int_equal (n, 1);
  undo_ok (f->store);
  assert_int_equal (n, 2);
  redo_ok (f->store);
  assert_int_equal (n, 3);
}

static void
test_history_ends_with_the_file (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;

  stg_test_add (f->store, STG_TYPE_INTEREST, "Prosperity");
  g_clear_object (&f->store);
  f->store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  stg_assert_no_error (error);
  assert_false (stg_store_can_undo (f->store));
  assert_int_equal (stg_store_count (f->store, STG_TYPE_INTEREST, NULL), 1);
}

/* The indexes of the file's tables, name and SQL. */
static char *
index_snapshot (const char *path)
{
  GString *s = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  assert_int_equal (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (s, "%s: %s\n", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (s, FALSE);
}

/* A bulk insert (an import) is one step of one range, undone and redone
 * whole, however often. */
static void
test_bulk_insert_round_trip (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f->path);
  g_autofree char *indexes = index_snapshot (f->path);
  g_autofree char *after = NULL;
  gint64 lines = stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL);
  gint64 mark = 0;

  assert_true (stg_store_begin (f->store, "Import budget lines", &error));
  assert_true (stg_store_begin_bulk (f->store, STG_TYPE_BUDGET_LINE, &mark, &error));
  for (int i = 0; i < 500; i++)
    {
      g_autoptr(StgRecord) line = stg_record_new (STG_TYPE_BUDGET_LINE);
      stg_record_set_int (line, "objective_id", 9);
      stg_record_set_int (line, "actor_id", 4);
      stg_record_set_int (line, "year", 2025 + i % 6);
      stg_record_set_int (line, "planned", 100 + i);
      assert_true (stg_store_insert (f->store, line, &error));
    }
  assert_true (stg_store_end_bulk (f->store, STG_TYPE_BUDGET_LINE, mark, &error));
  assert_true (stg_store_commit (f->store, &error));
  stg_assert_no_error (error);
  after = snapshot (f->path);
  assert_int_equal (stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL), lines + 500);
  assert_undo_label (f->store, "Import budget lines");

  for (int round = 0; round < 2; round++)
    {
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;
      g_autofree char *indexes_undone = NULL;
      g_autofree char *indexes_redone = NULL;

      undo_ok (f->store);
      undone = snapshot (f->path);
      assert_string_equal (undone, before);
      indexes_undone = index_snapshot (f->path);
      assert_string_equal (indexes_undone, indexes);
      assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM pragma_integrity_check "
                                                     "WHERE integrity_check <> 'ok'"), 0);
      redo_ok (f->store);
      redone = snapshot (f->path);
      assert_string_equal (redone, after);
      indexes_redone = index_snapshot (f->path);
      assert_string_equal (indexes_redone, indexes);
      assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM pragma_integrity_check "
                                                     "WHERE integrity_check <> 'ok'"), 0);
    }
  /* A new edit after an undo drops the stash with the redo step. */
  undo_ok (f->store);
  stg_test_add (f->store, STG_TYPE_ROLE, "Faithful ally");
  assert_false (stg_store_can_redo (f->store));
}

static void
add_budget_line (StgStore *store,
                 int       year)
{
  g_autoptr(StgRecord) line = stg_record_new (STG_TYPE_BUDGET_LINE);
  g_autoptr(GError) error = NULL;

  stg_record_set_int (line, "objective_id", 9);
  stg_record_set_int (line, "actor_id", 4);
  stg_record_set_int (line, "year", year);
  assert_true (stg_store_insert (store, line, &error));
  stg_assert_no_error (error);
}

/* A bulk insert that drops the table's indexes and is rolled back leaves
 * the file as it was, indexes included, and the undo log recording:
 * the next line added is a step of its own. The same after one that
 * builds them again and commits. */
static void
test_bulk_insert_rolled_back (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f->path);
  g_autofree char *indexes = index_snapshot (f->path);
  g_autofree char *after = NULL;
  g_autofree char *indexes_after = NULL;
  gint64 lines = stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL);
  g_auto(GStrv) index_sql = NULL;
  gint64 mark = 0;

  for (int commit = 0; commit < 2; commit++)
    {
      g_clear_pointer (&index_sql, g_strfreev);
      assert_true (stg_store_begin (f->store, "Import budget lines", &error));
      assert_true (stg_store_begin_bulk (f->store, STG_TYPE_BUDGET_LINE, &mark, &error));
      assert_true (stg_store_drop_indexes (f->store, STG_TYPE_BUDGET_LINE, &index_sql, &error));
      assert_int_equal (g_strv_length (index_sql), 3);
      for (int i = 0; i < 50; i++)
        add_budget_line (f->store, 2025 + i % 6);
      if (!commit)
        {
          stg_store_rollback (f->store);
          after = snapshot (f->path);
          assert_string_equal (after, before);
        }
      else
        {
          assert_true (stg_store_create_indexes (f->store, (const char *const *) index_sql, &error));
          assert_true (stg_store_end_bulk (f->store, STG_TYPE_BUDGET_LINE, mark, &error));
          assert_true (stg_store_commit (f->store, &error));
          stg_assert_no_error (error);
          assert_int_equal (stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL), lines + 50);
        }
      g_clear_pointer (&indexes_after, g_free);
      indexes_after = index_snapshot (f->path);
      assert_string_equal (indexes_after, indexes);

      add_budget_line (f->store, 2030);
      assert_undo_label (f->store, "Add budget line");
      undo_ok (f->store);
      assert_int_equal (stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL), lines + (commit ? 50 : 0));
    }
  undo_ok (f->store);
  g_clear_pointer (&after, g_free);
  after = snapshot (f->path);
  assert_string_equal (after, before);
}

/* The same, the range large enough for undo and redo to drop the
 * indexes and build them again sorted. */
static void
test_bulk_insert_round_trip_sorted (void **state)
{
  stg_db_set_sorted_index_rows (100);
  test_bulk_insert_round_trip (state);
}

static int
restore_sorted_index_rows (void **state)
{
  stg_db_set_sorted_index_rows (0);
  return stg_fixture_teardown (state);
}

/* What SQLite says of one row inserted on the store's own connection. */
static int
insert_raw (StgStore   *store,
            const char *values)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO budget_line (objective_id, actor_id, year, category, planned, actual) "
                                          "VALUES (%s)", values);

  return sqlite3_exec (stg_db_handle (stg_store_get_db (store)), sql, NULL, NULL, NULL);
}

/* Lines written with SQLite's CHECK constraints off are checked set-wise:
 * each way a line can break one is found, in the lines after the mark
 * only; and with the constraints back on, SQLite refuses them itself. */
static void
test_check_lines (void **state)
{
  StgFixture *f = *state;
  static const char *const bad[] = {
    "9, 4, 1850, 'other', 100, NULL",
    "9, 4, 2201, 'other', 100, NULL",
    "9, 4, 2025, 'travel', 100, NULL",
    "9, 4, 2025, 'other', -1, NULL",
    "9, 4, 2025, 'other', 100, -1",
  };
  g_autoptr(GError) error = NULL;
  gint64 mark = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      assert_true (stg_store_begin (f->store, "Import budget lines", &error));
      assert_true (stg_store_begin_bulk (f->store, STG_TYPE_BUDGET_LINE, &mark, &error));
      assert_int_equal (sqlite3_exec (stg_db_handle (stg_store_get_db (f->store)),
                                      "PRAGMA ignore_check_constraints = ON", NULL, NULL, NULL), SQLITE_OK);
      assert_int_equal (insert_raw (f->store, "9, 4, 2025, 'other', 100, 50"), SQLITE_OK);
      assert_true (stg_store_check_lines (f->store, mark, &error));
      assert_int_equal (insert_raw (f->store, bad[i]), SQLITE_OK);
      assert_false (stg_store_check_lines (f->store, mark, &error));
      stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID);
      g_clear_error (&error);
      /* Lines before the mark are not the import's to answer for. */
      assert_true (stg_store_check_lines (f->store, mark + 2, &error));
      stg_store_rollback (f->store);
      assert_int_equal (sqlite3_exec (stg_db_handle (stg_store_get_db (f->store)),
                                      "PRAGMA ignore_check_constraints = OFF", NULL, NULL, NULL), SQLITE_OK);
      assert_int_equal (insert_raw (f->store, bad[i]), SQLITE_CONSTRAINT_CHECK);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_nothing_to_undo, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_mixed_edits_round_trip, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_undo_restores_cascaded_rows, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_one_action_is_one_step, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_failed_edit_leaves_no_step, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_new_edit_clears_redo, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_changed_is_emitted_once_per_action, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_history_ends_with_the_file, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_bulk_insert_round_trip, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_bulk_insert_round_trip_sorted, stg_fixture_setup_sample, restore_sorted_index_rows),
    cmocka_unit_test_setup_teardown (test_bulk_insert_rolled_back, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_check_lines, stg_fixture_setup_sample, stg_fixture_teardown),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
