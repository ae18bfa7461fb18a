/* test-hostile.c: broken, foreign and hostile files: refused, untouched, never a crash */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stg-test-cli.h"
#include "stg-test-file.h"
#include "stg-test-store.h"
#include "stg-store-private.h"

/*
 * Every file here is opened read-only and for editing through the core,
 * and with `strategos info`. A refused file gets a StgStoreError whose
 * message names it, the CLI exits 2 saying why, and the file is left byte
 * for byte as it was with nothing beside it. The committed fixtures are in
 * tests/hostile/ (see make-fixtures there); truncated and bit-flipped
 * copies of a strategy, and the files that git cannot hold (a FIFO, a
 * symlink loop...) are made here. An alarm fails any open that hangs.
 */

static const char *fixtures_dir;
static guint n_tried;

static void
on_alarm (int sig)
{
  static const char message[] = "Bail out! opening a hostile file hung\n";
  (void) sig;
  (void) !write (STDOUT_FILENO, message, sizeof message - 1);
  _exit (1);
}

static char *
checksum (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return g_strdup ("not a regular file");
  return stg_test_checksum (path);
}

static void
assert_nothing_beside (const char *path)
{
  static const char *const suffixes[] = { "-journal", "-wal", "-shm" };
  g_autofree char *lock = stg_file_lock_info_path (path);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *other = g_strconcat (path, suffixes[i], NULL);
      if (g_file_test (other, G_FILE_TEST_EXISTS))
        fail_msg ("opening %s left %s behind", path, other);
    }
  if (g_file_test (lock, G_FILE_TEST_EXISTS))
    fail_msg ("opening %s left its lock description behind", path);
}

static void
assert_clear_error (const char *path,
                    GError     *error)
{
  if (error == NULL)
    fail_msg ("%s: refused without a message", path);
  if (error->domain != STG_STORE_ERROR)
    fail_msg ("%s: an error outside StgStoreError: %s", path, error->message);
  if (!g_utf8_validate (error->message, -1, NULL) || strstr (error->message, path) == NULL)
    fail_msg ("%s: the message does not name the file: %s", path, error->message);
}

/* Reads all an open store offers, as the window would. */
static void
read_everything (StgStore *store)
{
  guint n_types;
  const GType *types = stg_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(GListModel) list = stg_store_list (store, types[t], NULL);
      guint n = list != NULL ? g_list_model_get_n_items (list) : 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(StgRecord) record = g_list_model_get_item (list, i);
          const char *column = stg_record_get_schema (record)->title_column;

          if (column != NULL && !g_utf8_validate (stg_record_get_text (record, column), -1, NULL))
            fail_msg ("a title read from an opened file is not UTF-8");
        }
    }
}

typedef enum {
  MUST_REFUSE,       /* every way of opening refuses it */
  MUST_REFUSE_READ,  /* refused read-only; opening for editing repairs it */
  MAY_OPEN,          /* damage SQLite may not see (a flipped letter) */
} Expect;

/* Opens @path every way; returns TRUE if it was refused. */
static gboolean
try_core (const char *path,
          Expect      expect)
{
  g_autofree char *before = checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = NULL;
  gboolean refused;

  alarm (30);
  store = stg_store_open (path, STG_STORE_OPEN_READ_ONLY, &error);
  refused = store == NULL;
  if (refused)
    assert_clear_error (path, error);
  else if (expect != MAY_OPEN)
    fail_msg ("%s was opened read-only", path);
  else
    read_everything (store);
  g_clear_object (&store);
  g_clear_error (&error);
  after = checksum (path);
  if (!g_str_equal (before, after))
    fail_msg ("opening %s read-only changed it", path);
  assert_nothing_beside (path);

  if (expect != MUST_REFUSE_READ)
    {
      store = stg_store_open (path, STG_STORE_OPEN_DEFAULT, &error);
      if (store == NULL)
        {
          assert_clear_error (path, error);
          g_free (after);
          after = checksum (path);
          if (!g_str_equal (before, after))
            fail_msg ("refusing %s changed it", path);
          assert_nothing_beside (path);
        }
      else if (expect == MUST_REFUSE)
        fail_msg ("%s was opened for editing", path);
      else
        read_everything (store);
    }
  alarm (0);
  n_tried++;
  return refused;
}

static void
try_cli (const char *path,
         gboolean    refused)
{
  g_auto(CliRun) run = { 0 };
  g_autofree char *before = checksum (path);
  g_autofree char *after = NULL;

  stg_test_run (&run, NULL, "C.UTF-8", "info", path, NULL);
  after = checksum (path);
  if (!g_str_equal (before, after))
    fail_msg ("strategos info changed %s", path);
  if (!refused)
    return;
  assert_exit (&run, 2);
  if (strstr (run.err, "Could not open") == NULL || strstr (run.err, path) == NULL)
    fail_msg ("strategos info %s: unclear message: %s", path, run.err);
}

static void
try_all (const char *path,
         Expect      expect)
{
  try_cli (path, try_core (path, expect));
}

/* A copy of the committed fixture @name in @dir. */
static char *
copy_fixture (const char *dir,
              const char *name)
{
  g_autofree char *from = g_build_filename (fixtures_dir, name, NULL);
  g_autofree char *contents = NULL;
  char *to = g_build_filename (dir, name, NULL);
  gsize length = 0;

  assert_true (g_file_get_contents (from, &contents, &length, NULL));
  assert_true (g_file_set_contents (to, contents, length, NULL));
  return to;
}

static void
test_committed_fixtures (void **state)
{
  g_autofree char *dir = stg_test_make_dir ();
  g_autoptr(GDir) d = g_dir_open (fixtures_dir, 0, NULL);
  const char *name;
  guint n = 0;

  assert_non_null (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;

      if (g_str_equal (name, "make-fixtures"))
        continue;
      path = copy_fixture (dir, name);
      try_all (path, g_str_equal (name, "wal.strategos") ? MUST_REFUSE_READ : MUST_REFUSE);
      n++;
    }
  assert_true (n >= 10);
  stg_test_remove_dir (dir);
}

static void
test_not_files (void **state)
{
  g_autofree char *dir = stg_test_make_dir ();
  g_autofree char *empty = g_build_filename (dir, "empty.strategos", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.strategos", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.strategos", NULL);
  g_autofree char *loop_a = g_build_filename (dir, "loop-a.strategos", NULL);
  g_autofree char *loop_b = g_build_filename (dir, "loop-b.strategos", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.strategos", NULL);
  g_autofree char *to_folder = g_build_filename (dir, "to-folder.strategos", NULL);
  g_autofree char *device = g_strdup ("/dev/zero");

  assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_int_equal (g_mkdir (folder, 0755), 0);
  assert_int_equal (mkfifo (fifo, 0644), 0);
  assert_int_equal (symlink (loop_b, loop_a), 0);
  assert_int_equal (symlink (loop_a, loop_b), 0);
  assert_int_equal (symlink ("/nonexistent/nothing.strategos", dangling), 0);
  assert_int_equal (symlink (folder, to_folder), 0);
  try_all (empty, MUST_REFUSE);
  try_all (folder, MUST_REFUSE);
  try_all (fifo, MUST_REFUSE);
  try_all (loop_a, MUST_REFUSE);
  try_all (dangling, MUST_REFUSE);
  try_all (to_folder, MUST_REFUSE);
  try_all (device, MUST_REFUSE);
  g_unlink (loop_a);
  g_unlink (loop_b);
  g_unlink (dangling);
  g_unlink (to_folder);
  g_rmdir (folder);
  stg_test_remove_dir (dir);
}

/* The sample strategy cut short at many offsets: in the header, at and
 * around page boundaries, and spread over the whole file. */
static void
test_truncated (void **state)
{
  StgFixture *f = *state;
  g_autofree char *contents = NULL;
  g_autofree char *cut = g_build_filename (f->dir, "cut.strategos", NULL);
  gsize length = 0;
  gsize offsets[128];
  guint n = 0;

  g_clear_object (&f->store);
  assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  for (gsize o = 1; o <= 4097 && n < 24; o = o < 16 ? o * 2 : o * 2 - 1)
    offsets[n++] = o;
  offsets[n++] = 99;
  offsets[n++] = 100;
  offsets[n++] = 101;
  for (gsize o = 4096; o < length && n < G_N_ELEMENTS (offsets) - 2; o += length / 64)
    offsets[n++] = o;
  offsets[n++] = length - 4096;
  offsets[n++] = length - 1;
  for (guint i = 0; i < n; i++)
    {
      assert_true (g_file_set_contents (cut, contents, offsets[i], NULL));
      /* Every third also by the command line: the core is what decides. */
      if (i % 3 == 0)
        try_all (cut, MUST_REFUSE);
      else
        try_core (cut, MUST_REFUSE);
    }
  printf ("# %u truncations of a %zu-byte strategy refused\n", n, length);
}

/* Bytes flipped at positions spread over the file (a fixed seed): most are
 * refused; one that lands in a letter of a title may open, and is then
 * read whole without harm. */
static void
test_flipped_bytes (void **state)
{
  StgFixture *f = *state;
  g_autofree char *contents = NULL;
  g_autofree char *flipped = g_build_filename (f->dir, "flipped.strategos", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  gsize length = 0;
  guint refused = 0, n = 96;

  g_clear_object (&f->store);
  assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  for (guint i = 0; i < n; i++)
    {
      /* A third in the 100-byte header and the schema page, the rest anywhere. */
      gsize at = i % 3 == 0 ? (gsize) g_rand_int_range (rand, 0, 4096)
                            : (gsize) g_rand_int_range (rand, 0, (gint32) length);
      guint8 mask = (guint8) g_rand_int_range (rand, 1, 256);

      contents[at] ^= mask;
      g_unlink (flipped);
      assert_true (g_file_set_contents (flipped, contents, length, NULL));
      contents[at] ^= mask;
      if (i % 4 == 0)
        {
          gboolean was_refused = try_core (flipped, MAY_OPEN);

          refused += was_refused;
          try_cli (flipped, was_refused);
        }
      else
        refused += try_core (flipped, MAY_OPEN);
    }
  printf ("# %u of %u files with a flipped byte refused, the others opened and read whole\n", refused, n);
}

/* Text no strategy holds: megabytes in one field. */
static void
test_huge_text (void **state)
{
  StgFixture *f = *state;

  g_clear_object (&f->store);
  stg_test_run_sql (f->path, "UPDATE interest SET description = printf('%.*c', 3000000, 'x') WHERE id = 2;");
  try_all (f->path, MUST_REFUSE);
}

/* What an import is pointed at may be no file at all: a FIFO would block
 * it for ever, /dev/zero feed it for ever. */
static void
test_csv_from_non_files (void **state)
{
  StgFixture *f = *state;
  g_autofree char *fifo = g_build_filename (f->dir, "fifo.csv", NULL);
  g_autofree char *loop = g_build_filename (f->dir, "loop.csv", NULL);
  const char *paths[] = { fifo, "/dev/zero", f->dir, loop };
  gint64 lines = stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL);

  assert_int_equal (mkfifo (fifo, 0644), 0);
  assert_int_equal (symlink (loop, loop), 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;

      alarm (30);
      assert_false (stg_csv_import_lines (f->store, paths[i], NULL, NULL, NULL, &error));
      alarm (0);
      assert_non_null (error);
      if (strstr (error->message, paths[i]) == NULL)
        fail_msg ("the message does not name %s: %s", paths[i], error->message);
      stg_assert_error (error, STG_CSV_ERROR, STG_CSV_ERROR_IO);
      assert_int_equal (stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL), lines);
      n_tried++;
    }
  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_auto(CliRun) run = { 0 };

      stg_test_run (&run, NULL, "C.UTF-8", "import-csv", f->path, paths[i], NULL);
      assert_exit (&run, 2);
    }
  g_unlink (fifo);
  g_unlink (loop);
}

int
main (int    argc,
      char **argv)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_committed_fixtures),
    cmocka_unit_test (test_not_files),
    cmocka_unit_test_setup_teardown (test_truncated, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_flipped_bytes, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_huge_text, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_csv_from_non_files, stg_fixture_setup_sample, stg_fixture_teardown),
  };
  int status;

  if (argc != 2)
    {
      g_printerr ("usage: test-hostile FIXTURES-FOLDER\n");
      return 2;
    }
  fixtures_dir = argv[1];
  signal (SIGALRM, on_alarm);
  stg_test_init ();
  status = cmocka_run_group_tests (tests, NULL, NULL);
  printf ("# %u hostile files opened in every way\n", n_tried);
  return status;
}
