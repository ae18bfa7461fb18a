/* test-faults.c: a full disk, a file size limit, a read-only disk, a file
 * deleted or replaced while open */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "stg-test-file.h"
#include "stg-test-store.h"

/*
 * Each fault must give a clear message, leave the last good state of the
 * file intact and leave the store working. The file size limit
 * (RLIMIT_FSIZE) is set in a child process, so that the test runner keeps
 * its own; a full and a read-only disk need a small tmpfs of their own,
 * which only root may mount: without it those tests are skipped.
 */

/* In a child: fail with a message, no cmocka (its jump buffer is the
 * parent's). */
#define CHILD_CHECK(cond, ...)                                                 \
  do {                                                                         \
    if (!(cond))                                                               \
      {                                                                        \
        g_printerr ("%s:%d: ", __FILE__, __LINE__);                            \
        g_printerr (__VA_ARGS__);                                              \
        g_printerr ("\n");                                                     \
        _exit (1);                                                             \
      }                                                                        \
  } while (0)

static void
child_check_message (const GError *error,
                     const char   *expected)
{
  CHILD_CHECK (error != NULL, "expected an error saying “%s”, got none", expected);
  CHILD_CHECK (strstr (error->message, expected) != NULL,
               "expected a message saying “%s”, got “%s”", expected, error->message);
}

typedef void (*ChildFunc) (StgFixture *f);

/* Runs @func in a child whose files may not grow past @limit bytes (or
 * RLIM_INFINITY). */
static void
run_limited (StgFixture *f,
             rlim_t      limit,
             ChildFunc   func)
{
  pid_t pid = fork ();
  int status = 0;

  assert_true (pid >= 0);
  if (pid == 0)
    {
      struct rlimit rl;

      signal (SIGXFSZ, SIG_IGN);
      getrlimit (RLIMIT_FSIZE, &rl);
      rl.rlim_cur = limit;
      CHILD_CHECK (setrlimit (RLIMIT_FSIZE, &rl) == 0, "setrlimit: %s", g_strerror (errno));
      func (f);
      _exit (0);
    }
  assert_int_equal (waitpid (pid, &status, 0), pid);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    fail_msg ("the child under the file size limit failed (wait status %d)", status);
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  assert_int_equal (g_stat (path, &st), 0);
  return st.st_size;
}

static void
assert_sound (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = NULL;

  assert_int_equal (stg_test_query_int (path, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
  assert_int_equal (stg_test_query_int (path, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  store = stg_store_open (path, STG_STORE_OPEN_READ_ONLY, &error);
  stg_assert_no_error (error);
}

/* A big edit: many interests with long descriptions, one transaction. */
static gboolean
add_many (StgStore  *store,
          guint      n,
          GError   **error)
{
  g_autofree char *description = g_strnfill (2000, 'd');

  if (!stg_store_begin (store, "Add many", error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StgRecord) record = stg_record_new (STG_TYPE_INTEREST);
      g_autofree char *title = g_strdup_printf ("Interest %u", i);

      stg_record_set_text (record, "title", title);
      stg_record_set_text (record, "description", description);
      if (!stg_store_insert (store, record, error))
        {
          stg_store_rollback (store);
          return FALSE;
        }
    }
  return stg_store_commit (store, error);
}

/* The store still edits, undoes and counts after a failure. */
static gboolean
still_works (StgStore *store,
             gint64    interests_before)
{
  g_autoptr(StgRecord) strategy = (StgRecord *) stg_store_get_strategy (store, NULL);

  if (strategy == NULL || stg_store_count (store, STG_TYPE_INTEREST, NULL) != interests_before)
    return FALSE;
  stg_record_set_text (strategy, "title", "Still working");
  return stg_store_update_column (store, strategy, "title", NULL) &&
         stg_store_undo (store, NULL) && stg_store_redo (store, NULL);
}

/* File size limit */

static void
edit_past_limit (StgFixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);

  CHILD_CHECK (store != NULL, "open: %s", error ? error->message : "");
  CHILD_CHECK (!add_many (store, 300, &error), "a 600 kB edit fitted under the limit");
  child_check_message (error, "largest size allowed");
  CHILD_CHECK (still_works (store, 1), "the store stopped working after the failed edit");
}

static void
test_edit_past_file_size_limit (void **state)
{
  StgFixture *f = *state;

  stg_test_add (f->store, STG_TYPE_INTEREST, "Kept");
  g_clear_object (&f->store);
  run_limited (f, file_size (f->path), edit_past_limit);
  assert_sound (f->path);
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM interest"), 1);
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM strategy WHERE title = 'Still working'"), 1);
}

static char *
big_csv (StgFixture *f,
         guint       n_lines)
{
  g_autoptr(GString) csv = g_string_new ("id,objective_id,actor_id,year,category,funding_source,planned,actual\n");
  char *path = g_build_filename (f->dir, "lines.csv", NULL);

  for (guint i = 0; i < n_lines; i++)
    g_string_append_printf (csv, ",1,12,%u,investment,Federal budget %u with a long enough name,%u.00,\n",
                            2025 + i % 10, i, 1000 + i);
  assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));
  return path;
}

static void
import_past_limit (StgFixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  g_autofree char *csv = g_build_filename (f->dir, "lines.csv", NULL);
  gint64 lines = 0;
  guint imported = 99;

  CHILD_CHECK (store != NULL, "open: %s", error ? error->message : "");
  lines = stg_store_count (store, STG_TYPE_BUDGET_LINE, NULL);
  CHILD_CHECK (!stg_csv_import_lines (store, csv, NULL, &imported, NULL, &error), "the import fitted under the limit");
  child_check_message (error, "largest size allowed");
  CHILD_CHECK (imported == 0, "the failed import says it imported %u lines", imported);
  CHILD_CHECK (stg_store_count (store, STG_TYPE_BUDGET_LINE, NULL) == lines, "some lines of the failed import stayed");
  CHILD_CHECK (still_works (store, stg_store_count (store, STG_TYPE_INTEREST, NULL)), "the store stopped working");
}

static void
test_import_past_file_size_limit (void **state)
{
  StgFixture *f = *state;
  g_autofree char *csv = big_csv (f, 5000);
  gint64 lines = stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL);

  g_clear_object (&f->store);
  run_limited (f, file_size (f->path), import_past_limit);
  assert_sound (f->path);
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM budget_line"), lines);
}

static void
export_past_limit (StgFixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = stg_store_open (f->path, STG_STORE_OPEN_READ_ONLY, &error);
  g_autofree char *out = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *contents = NULL;
  StgCsvOptions options;
  struct rlimit rl;

  CHILD_CHECK (store != NULL, "open: %s", error ? error->message : "");
  stg_csv_options_for_locale ("C", &options);
  CHILD_CHECK (!stg_csv_export (store, STG_CSV_TABLE_LINES, out, &options, NULL, &error), "the export fitted");
  child_check_message (error, "out.csv");
  child_check_message (error, "File too large");
  CHILD_CHECK (g_file_get_contents (out, &contents, NULL, NULL) && g_str_equal (contents, "the last good export\n"),
               "the failed export changed the file it was to replace");
  /* With room again, the same export works. */
  getrlimit (RLIMIT_FSIZE, &rl);
  rl.rlim_cur = rl.rlim_max;
  setrlimit (RLIMIT_FSIZE, &rl);
  g_clear_error (&error);
  CHILD_CHECK (stg_csv_export (store, STG_CSV_TABLE_LINES, out, &options, NULL, &error), "export: %s",
               error ? error->message : "");
}

static guint
n_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_export_past_file_size_limit (void **state)
{
  StgFixture *f = *state;
  g_autofree char *out = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *contents = NULL;

  g_clear_object (&f->store);
  assert_true (g_file_set_contents (out, "the last good export\n", -1, NULL));
  run_limited (f, 4096, export_past_limit);
  assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  assert_true (g_str_has_prefix (contents, "id,objective_id,"));
  /* The file and the export: no temporary file left behind. */
  assert_int_equal (n_entries (f->dir), 2);
}

/* Deleted or replaced while open */

static void
test_deleted_while_open (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "rescued.strategos", NULL);
  g_autoptr(StgStore) rescued = NULL;
  g_autoptr(StgRecord) interest = stg_record_new (STG_TYPE_INTEREST);

  stg_test_add (f->store, STG_TYPE_INTEREST, "Before");
  assert_int_equal (g_unlink (f->path), 0);
  stg_record_set_text (interest, "title", "After");
  assert_false (stg_store_insert (f->store, interest, &error));
  assert_non_null (error);
  if (strstr (error->message, "deleted, moved or replaced") == NULL || strstr (error->message, f->path) == NULL)
    fail_msg ("unclear message: %s", error->message);
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_IO);
  /* What was open can still be read and saved elsewhere. */
  assert_int_equal (stg_store_count (f->store, STG_TYPE_INTEREST, &error), 1);
  assert_true (stg_store_save_copy (f->store, copy, &error));
  stg_assert_no_error (error);
  rescued = stg_store_open (copy, STG_STORE_OPEN_DEFAULT, &error);
  stg_assert_no_error (error);
  assert_int_equal (stg_store_count (rescued, STG_TYPE_INTEREST, &error), 1);
}

static void
test_replaced_while_open (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autofree char *other = g_build_filename (f->dir, "other.strategos", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(StgStore) store = stg_store_create (other, "Someone else's", STG_STORE_CREATE_EMPTY, &error);

  stg_assert_no_error (error);
  g_clear_object (&store);
  assert_int_equal (g_rename (other, f->path), 0);
  before = stg_test_checksum (f->path);
  assert_false (stg_store_delete (f->store, STG_TYPE_STRATEGY, 1, &error));
  assert_non_null (error);
  if (strstr (error->message, "deleted, moved or replaced") == NULL)
    fail_msg ("unclear message: %s", error->message);
  g_clear_error (&error);
  after = stg_test_checksum (f->path);
  assert_string_equal (before, after);
  assert_non_null (stg_store_get_strategy (f->store, &error));
}

/* A disk of our own: full, then read-only */

typedef struct {
  StgFixture  base;
  gboolean    mounted;
} DiskFixture;

/* A strategy file on a 2 MB tmpfs mounted for the test, or a skip when
 * this process may not mount one. */
static int
disk_setup (void **state)
{
  DiskFixture *d = g_new0 (DiskFixture, 1);
  g_autoptr(GError) error = NULL;

  d->base.dir = stg_test_make_dir ();
  d->base.path = g_build_filename (d->base.dir, "test.strategos", NULL);
  *state = d;
  if (geteuid () != 0 || mount ("stg-test", d->base.dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=2m") != 0)
    return 0;
  d->mounted = TRUE;
  d->base.store = stg_store_create (d->base.path, "Test strategy", STG_STORE_CREATE_EMPTY, &error);
  stg_assert_no_error (error);
  return 0;
}

static int
disk_teardown (void **state)
{
  DiskFixture *d = *state;

  g_clear_object (&d->base.store);
  if (d->mounted)
    umount2 (d->base.dir, MNT_DETACH);
  stg_test_remove_dir (d->base.dir);
  g_free (d->base.dir);
  g_free (d->base.path);
  g_free (d);
  return 0;
}

static void
require_disk (DiskFixture *d)
{
  if (!d->mounted)
    {
      printf ("# skipped: mounting a small tmpfs needs root (and CAP_SYS_ADMIN)\n");
      skip ();
    }
}

static void
test_disk_full (void **state)
{
  DiskFixture *d = *state;
  g_autofree char *filler = g_build_filename (d->base.dir, "filler", NULL);
  g_autofree char *block = g_malloc0 (64 * 1024);
  g_autoptr(GError) error = NULL;
  FILE *fp;

  require_disk (d);
  stg_test_add (d->base.store, STG_TYPE_INTEREST, "Kept");
  fp = fopen (filler, "w");
  assert_non_null (fp);
  while (fwrite (block, 1, 64 * 1024, fp) == 64 * 1024 && fflush (fp) == 0)
    ;
  fclose (fp);

  assert_false (add_many (d->base.store, 300, &error));
  assert_non_null (error);
  if (strstr (error->message, "disk is full") == NULL)
    fail_msg ("unclear message: %s", error->message);
  g_clear_error (&error);
  /* Nothing at all can be written (not even a journal), but all reads. */
  assert_int_equal (stg_store_count (d->base.store, STG_TYPE_INTEREST, &error), 1);
  assert_sound (d->base.path);

  /* Room again: edits and the same big edit go through. */
  g_unlink (filler);
  assert_true (still_works (d->base.store, 1));
  assert_true (add_many (d->base.store, 300, &error));
  stg_assert_no_error (error);
  assert_int_equal (stg_store_count (d->base.store, STG_TYPE_INTEREST, &error), 301);
}

/* A disk mounted read-only (a read-only share, say): the file opens for
 * reading; opened for editing, an edit says why it cannot be made. */
static void
test_read_only_disk (void **state)
{
  DiskFixture *d = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgRecord) interest = stg_record_new (STG_TYPE_INTEREST);
  g_autoptr(StgStore) again = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  require_disk (d);
  stg_test_add (d->base.store, STG_TYPE_INTEREST, "Kept");
  g_clear_object (&d->base.store);
  /* Remounting read-only needs no file open for writing on it. */
  assert_int_equal (mount (NULL, d->base.dir, NULL, MS_REMOUNT | MS_RDONLY, "size=2m"), 0);
  before = stg_test_checksum (d->base.path);
  again = stg_store_open (d->base.path, STG_STORE_OPEN_READ_ONLY, &error);
  stg_assert_no_error (error);
  assert_int_equal (stg_store_count (again, STG_TYPE_INTEREST, &error), 1);
  g_clear_object (&again);

  stg_record_set_text (interest, "title", "Refused");
  again = stg_store_open (d->base.path, STG_STORE_OPEN_DEFAULT, &error);
  if (again != NULL)
    assert_false (stg_store_insert (again, interest, &error));
  assert_non_null (error);
  if (strstr (error->message, "cannot be written") == NULL && strstr (error->message, "read-only") == NULL)
    fail_msg ("unclear message: %s", error->message);
  g_clear_error (&error);
  g_clear_object (&again);
  after = stg_test_checksum (d->base.path);
  assert_string_equal (before, after);

  /* Writable again: editing works. */
  assert_int_equal (mount (NULL, d->base.dir, NULL, MS_REMOUNT, "size=2m"), 0);
  d->base.store = stg_store_open (d->base.path, STG_STORE_OPEN_DEFAULT, &error);
  stg_assert_no_error (error);
  assert_true (stg_store_insert (d->base.store, interest, &error));
  stg_assert_no_error (error);
  assert_sound (d->base.path);
}

/* The folder made read-only while the file is open (root ignores
 * permissions, so the child gives them up first). */
static void
folder_turns_read_only (StgFixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = NULL;
  g_autoptr(StgRecord) interest = stg_record_new (STG_TYPE_INTEREST);

  if (geteuid () == 0)
    CHILD_CHECK (setgid (65534) == 0 && setuid (65534) == 0, "cannot become nobody: %s", g_strerror (errno));
  store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  CHILD_CHECK (store != NULL, "open: %s", error ? error->message : "");
  CHILD_CHECK (g_chmod (f->dir, 0555) == 0, "chmod: %s", g_strerror (errno));
  stg_record_set_text (interest, "title", "Refused");
  CHILD_CHECK (!stg_store_insert (store, interest, &error), "an edit went through in a read-only folder");
  child_check_message (error, "cannot be written");
  CHILD_CHECK (stg_store_count (store, STG_TYPE_INTEREST, NULL) == 1, "the failed edit left something");
  CHILD_CHECK (g_chmod (f->dir, 0755) == 0, "chmod: %s", g_strerror (errno));
  g_clear_error (&error);
  CHILD_CHECK (stg_store_insert (store, interest, &error), "with the folder writable again: %s",
               error ? error->message : "");
}

static void
test_folder_turns_read_only (void **state)
{
  StgFixture *f = *state;

  stg_test_add (f->store, STG_TYPE_INTEREST, "Kept");
  g_clear_object (&f->store);
  if (geteuid () == 0)
    {
      assert_int_equal (chown (f->dir, 65534, 65534), 0);
      assert_int_equal (chown (f->path, 65534, 65534), 0);
    }
  run_limited (f, RLIM_INFINITY, folder_turns_read_only);
  assert_sound (f->path);
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM interest"), 2);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_edit_past_file_size_limit, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_import_past_file_size_limit, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_export_past_file_size_limit, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_deleted_while_open, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_replaced_while_open, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_disk_full, disk_setup, disk_teardown),
    cmocka_unit_test_setup_teardown (test_read_only_disk, disk_setup, disk_teardown),
    cmocka_unit_test_setup_teardown (test_folder_turns_read_only, stg_fixture_setup, stg_fixture_teardown),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
