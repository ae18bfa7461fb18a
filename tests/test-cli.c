/* test-cli.c: the headless verbs of the built strategos binary, end to end */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <sqlite3.h>

#include "stg-test-cli.h"
#include "stg-test-file.h"

#define run_cli(r, dir, ...) stg_test_run ((r), (dir), "C.UTF-8", __VA_ARGS__, NULL)

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    fail_msg ("expected “%s” in:\n%s", needle, haystack);
}

/* Exactly one complete line, holding @needle. */
static void
assert_one_line_with (const char *text,
                      const char *needle)
{
  const char *newline = strchr (text, '\n');

  if (newline == NULL || newline[1] != '\0')
    fail_msg ("expected exactly one line, got:\n%s", text);
  assert_contains (text, needle);
}

/* The text after "@label:" and its padding, up to the end of that line. */
static char *
field (const char *out,
       const char *label)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  gsize length = strlen (label);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strncmp (lines[i], label, length) == 0 && lines[i][length] == ':')
      return g_strdup (g_strchug (lines[i] + length + 1));
  fail_msg ("no “%s:” line in:\n%s", label, out);
  return NULL;
}

static gint64
field_count (const char *out,
             const char *label)
{
  g_autofree char *value = field (out, label);
  gint64 n = 0;

  if (!g_ascii_string_to_signed (value, 10, 0, G_MAXINT64, &n, NULL))
    fail_msg ("“%s:” is not a count: “%s”", label, value);
  return n;
}

/* An "EUR 1234.56" field (C locale: no grouping) in minor units. */
static gint64
field_euros (const char *out,
             const char *label)
{
  g_autofree char *value = field (out, label);
  g_autoptr(GRegex) regex = g_regex_new ("^EUR ([0-9]+)\\.([0-9]{2})$", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *units = NULL;
  g_autofree char *cents = NULL;

  if (!g_regex_match (regex, value, 0, &match))
    fail_msg ("“%s:” is not an amount in euros: “%s”", label, value);
  units = g_match_info_fetch (match, 1);
  cents = g_match_info_fetch (match, 2);
  return g_ascii_strtoll (units, NULL, 10) * 100 + g_ascii_strtoll (cents, NULL, 10);
}

static int
setup (void **state)
{
  *state = stg_test_make_dir ();
  return 0;
}

static int
teardown (void **state)
{
  stg_test_remove_dir (*state);
  g_free (*state);
  return 0;
}

/* A file @name in the test's folder, created by "strategos new --sample". */
static char *
make_sample (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_auto(CliRun) r = { 0 };

  run_cli (&r, dir, "new", path, "--sample");
  assert_exit (&r, 0);
  assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return g_steal_pointer (&path);
}

/* "info @path" must refuse with status 2, say why in one line naming the
 * file, print nothing else, and leave the file exactly as it was. */
static void
assert_info_refuses (const char *dir,
                     const char *path)
{
  g_autofree char *before = stg_test_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  gboolean existed = g_file_test (path, G_FILE_TEST_EXISTS);
  g_auto(CliRun) r = { 0 };

  run_cli (&r, dir, "info", path);
  assert_exit (&r, 2);
  assert_one_line_with (r.err, path);
  assert_string_equal (r.out, "");
  after = stg_test_checksum (path);
  assert_string_equal (before, after);
  assert_int_equal (g_file_test (path, G_FILE_TEST_EXISTS), existed);
  assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

static void
test_help (void **state)
{
  g_auto(CliRun) r = { 0 };

  run_cli (&r, *state, "--help");
  assert_exit (&r, 0);
  assert_contains (r.out, "Usage:");
  assert_contains (r.out, "strategos new FILE");
  assert_contains (r.out, "strategos info FILE");
  assert_string_equal (r.err, "");
}

static void
test_version (void **state)
{
  g_auto(CliRun) r = { 0 };

  run_cli (&r, *state, "--version");
  assert_exit (&r, 0);
  if (!g_regex_match_simple ("^strategos [0-9]+\\.[0-9]+(\\.[0-9]+)?\n$", r.out, 0, 0))
    fail_msg ("not a version line: “%s”", r.out);
  assert_string_equal (r.out + strlen ("strategos "), PACKAGE_VERSION "\n");
  assert_string_equal (r.err, "");
}

static void
test_unknown_option (void **state)
{
  g_auto(CliRun) r = { 0 };

  run_cli (&r, *state, "--frobnicate");
  assert_exit (&r, 1);
  assert_contains (r.err, "--frobnicate");
  assert_string_equal (r.out, "");
}

/* Wrong usage is status 1 and creates nothing in the working folder. */
static void
assert_usage_error (const char  *dir,
                    const char **args)
{
  g_auto(CliRun) r = { 0 };
  g_autoptr(GDir) d = NULL;

  run_cli (&r, dir, args[0], args[1], args[2]);
  assert_exit (&r, 1);
  assert_true (r.err[0] != '\0');
  assert_string_equal (r.out, "");
  d = g_dir_open (dir, 0, NULL);
  assert_null (g_dir_read_name (d));
}

static void
test_wrong_usage (void **state)
{
  const char *no_file[] = { "new", NULL, NULL };
  const char *two_files[] = { "info", "a", "b" };
  const char *bogus[] = { "new", "--bogus", "x" };
  const char *no_info_file[] = { "info", NULL, NULL };

  assert_usage_error (*state, no_file);
  assert_usage_error (*state, two_files);
  assert_usage_error (*state, bogus);
  assert_usage_error (*state, no_info_file);
}

static void
test_sample_info (void **state)
{
  g_autofree char *path = make_sample (*state, "sample.strategos");
  g_autofree char *classification = NULL;
  g_auto(CliRun) r = { 0 };

  run_cli (&r, *state, "info", path);
  assert_exit (&r, 0);
  assert_string_equal (r.err, "");
  assert_true (g_str_has_prefix (r.out, "Belgian National Security Strategy"));
  classification = field (r.out, "Classification");
  assert_string_equal (classification, "RESTRICTED");
  assert_int_equal (field_count (r.out, "Vital interests"), 5);
  assert_int_equal (field_count (r.out, "Roles"), 3);
  assert_true (field_count (r.out, "Threats") >= 10);
  assert_true (field_count (r.out, "Objectives") >= 20);
  /* The counts and totals are the file's, not made up. */
  assert_int_equal (field_count (r.out, "Actors"), stg_test_query_int (path, "SELECT count(*) FROM actor"));
  assert_true (field_count (r.out, "Actors") > 0);
  assert_int_equal (field_count (r.out, "Budget lines"), stg_test_query_int (path, "SELECT count(*) FROM budget_line"));
  assert_true (field_count (r.out, "Budget lines") > 0);
  assert_int_equal (field_euros (r.out, "Planned budget"), stg_test_query_int (path, "SELECT sum(planned) FROM budget_line"));
  assert_int_equal (field_euros (r.out, "Actual budget"), stg_test_query_int (path, "SELECT sum(actual) FROM budget_line"));
  assert_true (field_euros (r.out, "Planned budget") > 0);
  assert_true (field_euros (r.out, "Actual budget") > 0);
}

static void
test_sample_is_sound (void **state)
{
  g_autofree char *path = make_sample (*state, "sample.strategos");
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  assert_int_equal (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  assert_int_equal (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), SQLITE_OK);
  assert_int_equal (sqlite3_step (stmt), SQLITE_ROW);
  assert_string_equal ((const char *) sqlite3_column_text (stmt, 0), "ok");
  assert_int_equal (sqlite3_step (stmt), SQLITE_DONE);
  sqlite3_finalize (stmt);
  assert_int_equal (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    fail_msg ("a dangling reference in table %s", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_empty_with_title (void **state)
{
  g_autofree char *path = g_build_filename (*state, "mine.strategos", NULL);
  const char *counted[] = { "Vital interests", "Threats", "Roles", "Objectives", "Indicators",
                            "Capabilities", "Actors", "Budget lines", "GDP projections" };
  g_autofree char *planned = NULL;
  g_autofree char *actual = NULL;
  g_auto(CliRun) made = { 0 };
  g_auto(CliRun) r = { 0 };

  run_cli (&made, *state, "new", path, "--title=Mijn strategie");
  assert_exit (&made, 0);
  assert_string_equal (made.err, "");
  run_cli (&r, *state, "info", path);
  assert_exit (&r, 0);
  assert_true (g_str_has_prefix (r.out, "Mijn strategie\n"));
  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    assert_int_equal (field_count (r.out, counted[i]), 0);
  planned = field (r.out, "Planned budget");
  actual = field (r.out, "Actual budget");
  assert_string_equal (planned, "EUR 0.00");
  assert_string_equal (actual, "EUR 0.00");
}

/* "new" over an existing file: status 2, the file named, nothing changed. */
static void
assert_new_refuses (const char *dir,
                    const char *path,
                    const char *option)
{
  g_autofree char *before = stg_test_checksum (path);
  g_autofree char *after = NULL;
  g_auto(CliRun) r = { 0 };

  run_cli (&r, dir, "new", path, option);
  assert_exit (&r, 2);
  assert_one_line_with (r.err, path);
  assert_string_equal (r.out, "");
  after = stg_test_checksum (path);
  assert_string_equal (before, after);
}

static void
test_new_refuses_existing (void **state)
{
  g_autofree char *path = make_sample (*state, "taken.strategos");
  g_autofree char *notes = g_build_filename (*state, "notes.txt", NULL);

  assert_new_refuses (*state, path, "--title=Other");
  assert_new_refuses (*state, path, "--sample");
  assert_true (g_file_set_contents (notes, "Not a strategy, but mine.\n", -1, NULL));
  assert_new_refuses (*state, notes, "--sample");
}

static void
test_info_refuses_text_and_empty (void **state)
{
  g_autofree char *text = g_build_filename (*state, "notes.strategos", NULL);
  g_autofree char *empty = g_build_filename (*state, "empty.strategos", NULL);

  assert_true (g_file_set_contents (text, "Title;Lead;Deadline\nCyber;CCB;2027-06-30\n", -1, NULL));
  assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_info_refuses (*state, text);
  assert_info_refuses (*state, empty);
}

static void
test_info_refuses_truncated (void **state)
{
  g_autofree char *path = make_sample (*state, "whole.strategos");
  g_autofree char *cut = g_build_filename (*state, "cut.strategos", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  assert_true (g_file_get_contents (path, &contents, &length, NULL));
  assert_true (length > 8192);
  assert_true (g_file_set_contents (cut, contents, length / 2, NULL));
  assert_info_refuses (*state, cut);
}

static void
test_info_refuses_foreign_sqlite (void **state)
{
  g_autofree char *path = g_build_filename (*state, "places.sqlite", NULL);

  stg_test_run_sql (path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                 "INSERT INTO moz_places (url) VALUES ('https://example.org');");
  assert_info_refuses (*state, path);
}

static void
test_info_refuses_newer (void **state)
{
  g_autofree char *path = make_sample (*state, "future.strategos");

  stg_test_run_sql (path, "PRAGMA user_version = 99");
  assert_info_refuses (*state, path);
}

static void
test_info_refuses_tampered (void **state)
{
  g_autofree char *path = make_sample (*state, "tampered.strategos");

  stg_test_run_sql (path, "CREATE TRIGGER spy AFTER INSERT ON objective BEGIN SELECT 1; END;");
  assert_info_refuses (*state, path);
}

static void
test_info_refuses_folder_and_missing (void **state)
{
  g_autofree char *folder = g_build_filename (*state, "folder.strategos", NULL);
  g_autofree char *missing = g_build_filename (*state, "missing.strategos", NULL);

  assert_int_equal (g_mkdir (folder, 0700), 0);
  assert_info_refuses (*state, folder);
  assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_rmdir (folder);
  assert_info_refuses (*state, missing);
}

/* "info @path" succeeds and leaves the file and its mode as they were. */
static void
assert_info_reads_only (const char *dir,
                        const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *before = stg_test_checksum (path);
  g_autofree char *after = NULL;
  g_auto(CliRun) r = { 0 };
  GStatBuf st_before, st_after;

  assert_int_equal (g_stat (path, &st_before), 0);
  run_cli (&r, dir, "info", path);
  assert_exit (&r, 0);
  after = stg_test_checksum (path);
  assert_string_equal (before, after);
  assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  assert_int_equal (g_stat (path, &st_after), 0);
  assert_int_equal (st_before.st_mode, st_after.st_mode);
  assert_int_equal (st_before.st_size, st_after.st_size);
}

static void
test_info_is_read_only (void **state)
{
  g_autofree char *path = make_sample (*state, "sample.strategos");

  assert_info_reads_only (*state, path);
  /* A file one may not write to is still one to look at. */
  assert_int_equal (g_chmod (path, 0400), 0);
  assert_info_reads_only (*state, path);
}

static void
test_new_refuses_bad_title (void **state)
{
  g_autofree char *path = g_build_filename (*state, "bad-title.strategos", NULL);
  g_auto(CliRun) r = { 0 };

  run_cli (&r, *state, "new", path, "--title=Strat\xe9gie \xff");
  assert_exit (&r, 1);
  assert_one_line_with (r.err, "strategos new");
  assert_string_equal (r.out, "");
  assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Accents and dashes survive from the command line to the file and back. */
static void
test_new_keeps_accented_title (void **state)
{
  g_autofree char *path = g_build_filename (*state, "fr.strategos", NULL);
  g_auto(CliRun) made = { 0 };
  g_auto(CliRun) r = { 0 };

  run_cli (&made, *state, "new", path, "--title=Stratégie nationale de sécurité — 2025");
  assert_exit (&made, 0);
  run_cli (&r, *state, "info", path);
  assert_exit (&r, 0);
  assert_true (g_str_has_prefix (r.out, "Stratégie nationale de sécurité — 2025\n"));
}

#define cli_test(f) cmocka_unit_test_setup_teardown (f, setup, teardown)

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cli_test (test_help),
    cli_test (test_version),
    cli_test (test_unknown_option),
    cli_test (test_wrong_usage),
    cli_test (test_sample_info),
    cli_test (test_sample_is_sound),
    cli_test (test_empty_with_title),
    cli_test (test_new_refuses_existing),
    cli_test (test_info_refuses_text_and_empty),
    cli_test (test_info_refuses_truncated),
    cli_test (test_info_refuses_foreign_sqlite),
    cli_test (test_info_refuses_newer),
    cli_test (test_info_refuses_tampered),
    cli_test (test_info_refuses_folder_and_missing),
    cli_test (test_info_is_read_only),
    cli_test (test_new_refuses_bad_title),
    cli_test (test_new_keeps_accented_title),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
