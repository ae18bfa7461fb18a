/* test-lock.c: two processes, one file: who holds it, stale locks, readers */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include "stg-test-cli.h"
#include "stg-test-file.h"
#include "stg-test-store.h"
#include "stg-store-private.h"

/* Another Strategos process with the fixture's file open for editing. It
 * adds the interest "Committed", then, if @mid_transaction, begins an edit
 * that adds "Uncommitted" and leaves it open; it tells the parent through
 * a pipe and waits until the parent closes the other pipe, then commits
 * what it began and exits. */
typedef struct {
  pid_t pid;
  int   ready;  /* read end: one byte once the child holds the file */
  int   go;     /* write end: closing it lets the child finish */
} Holder;

/* Returns the child's exit status, with everything freed (valgrind). */
static int
holder_run (const char *path,
            gboolean    mid_transaction,
            int         ready,
            int         go)
{
  g_autoptr(StgStore) store = stg_store_open (path, STG_STORE_OPEN_DEFAULT, NULL);
  g_autoptr(StgRecord) committed = stg_record_new (STG_TYPE_INTEREST);
  g_autoptr(StgRecord) uncommitted = stg_record_new (STG_TYPE_INTEREST);
  char byte = 1;

  if (store == NULL)
    return 10;
  stg_record_set_text (committed, "title", "Committed");
  if (!stg_store_insert (store, committed, NULL))
    return 11;
  if (mid_transaction)
    {
      stg_record_set_text (uncommitted, "title", "Uncommitted");
      if (!stg_store_begin (store, "Add", NULL) || !stg_store_insert (store, uncommitted, NULL))
        return 12;
    }
  if (write (ready, &byte, 1) != 1)
    return 13;
  (void) !read (go, &byte, 1);
  if (mid_transaction && !stg_store_commit (store, NULL))
    return 14;
  return 0;
}

static void
holder_main (const char *path,
             gboolean    mid_transaction,
             int         ready,
             int         go)
{
  _exit (holder_run (path, mid_transaction, ready, go));
}

static void
holder_start (Holder     *h,
              const char *path,
              gboolean    mid_transaction)
{
  int ready[2], go[2];
  char byte = 0;

  assert_int_equal (pipe (ready), 0);
  assert_int_equal (pipe (go), 0);
  h->pid = fork ();
  assert_true (h->pid >= 0);
  if (h->pid == 0)
    {
      close (ready[0]);
      close (go[1]);
      holder_main (path, mid_transaction, ready[1], go[0]);
    }
  close (ready[1]);
  close (go[0]);
  h->ready = ready[0];
  h->go = go[1];
  if (read (h->ready, &byte, 1) != 1)
    fail_msg ("the holding process failed before it held the file");
}

/* Lets the child finish; returns its exit status. */
static int
holder_finish (Holder *h)
{
  int status = 0;

  close (h->go);
  close (h->ready);
  assert_int_equal (waitpid (h->pid, &status, 0), h->pid);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    fail_msg ("“%s” does not say “%s”", text, part);
}

static void
test_holder_is_named (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) second = NULL;
  g_autoptr(StgStore) reader = NULL;
  g_autofree char *pid = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *year = g_date_time_format (now, "%Y-");
  Holder h;

  g_clear_object (&f->store);
  holder_start (&h, f->path, FALSE);
  pid = g_strdup_printf ("(process %d)", (int) h.pid);
  second = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  assert_null (second);
  assert_non_null (error);
  assert_contains (error->message, g_get_user_name ());
  assert_contains (error->message, g_get_host_name ());
  assert_contains (error->message, pid);
  assert_contains (error->message, year);
  assert_contains (error->message, "read-only");
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_LOCKED);
  reader = stg_store_open (f->path, STG_STORE_OPEN_READ_ONLY, &error);
  stg_assert_no_error (error);
  assert_int_equal (stg_store_count (reader, STG_TYPE_INTEREST, &error), 1);
  assert_int_equal (holder_finish (&h), 0);
}

static void
test_description_goes_with_the_lock (void **state)
{
  StgFixture *f = *state;
  g_autofree char *info = stg_file_lock_info_path (f->path);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  assert_true (g_key_file_load_from_file (key_file, info, G_KEY_FILE_NONE, NULL));
  assert_int_equal (g_key_file_get_int64 (key_file, "Lock", "Pid", NULL), getpid ());
  g_clear_object (&f->store);
  assert_false (g_file_test (info, G_FILE_TEST_EXISTS));
}

/* A holder that crashed leaves its description but not its lock: the next
 * editor is not turned away, and replaces it. */
static void
test_stale_lock_is_cleared (void **state)
{
  StgFixture *f = *state;
  g_autofree char *info = stg_file_lock_info_path (f->path);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  pid_t pid;
  int status = 0;

  g_clear_object (&f->store);
  pid = fork ();
  assert_true (pid >= 0);
  if (pid == 0)
    {
      StgStore *store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, NULL);
      if (store != NULL)
        raise (SIGKILL);
      _exit (1);
    }
  assert_int_equal (waitpid (pid, &status, 0), pid);
  assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
  assert_true (g_key_file_load_from_file (key_file, info, G_KEY_FILE_NONE, NULL));
  assert_int_equal (g_key_file_get_int64 (key_file, "Lock", "Pid", NULL), pid);

  f->store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  stg_assert_no_error (error);
  assert_true (g_key_file_load_from_file (key_file, info, G_KEY_FILE_NONE, NULL));
  assert_int_equal (g_key_file_get_int64 (key_file, "Lock", "Pid", NULL), getpid ());
}

/* A description that is not a description (garbage, or huge) only costs
 * the details of the message. */
static void
test_hostile_description (void **state)
{
  StgFixture *f = *state;
  g_autofree char *info = stg_file_lock_info_path (f->path);
  g_autofree char *huge = g_strnfill (100000, 'x');
  g_autofree char *huge_info = g_strdup_printf ("[Lock]\nUser=%s\nHost=h\nPid=1\nSince=2026-01-01T00:00:00Z\n", huge);
  const char *bad[] = { "\xff\xfe garbage", "[Lock]\nUser=\xc3\x28\nHost=h\nPid=1\nSince=2026-01-01T00:00:00Z\n", huge_info };
  int lock_fd = open (f->path, O_RDONLY);

  /* This process holds the file; pretend the description is another's. */
  g_clear_object (&f->store);
  assert_int_equal (flock (lock_fd, LOCK_EX | LOCK_NB), 0);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StgStore) store = NULL;

      assert_true (g_file_set_contents (info, bad[i], -1, NULL));
      store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
      assert_null (store);
      assert_non_null (error);
      assert_true (g_utf8_validate (error->message, -1, NULL));
      assert_true (strlen (error->message) < 1000);
      assert_contains (error->message, "read-only");
      stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_LOCKED);
    }
  close (lock_fd);
}

/* `strategos info` reads a file another process is editing, and sees what
 * that process committed, not what it is in the middle of. */
static void
test_cli_reads_a_file_being_edited (void **state)
{
  StgFixture *f = *state;
  g_auto(CliRun) during = { 0 };
  g_auto(CliRun) after = { 0 };
  Holder h;

  g_clear_object (&f->store);
  holder_start (&h, f->path, TRUE);
  stg_test_run (&during, NULL, "C.UTF-8", "info", f->path, NULL);
  assert_exit (&during, 0);
  assert_contains (during.out, "Vital interests:       1\n");
  assert_int_equal (holder_finish (&h), 0);
  stg_test_run (&after, NULL, "C.UTF-8", "info", f->path, NULL);
  assert_exit (&after, 0);
  assert_contains (after.out, "Vital interests:       2\n");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_holder_is_named, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_description_goes_with_the_lock, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_stale_lock_is_cleared, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_hostile_description, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_cli_reads_a_file_being_edited, stg_fixture_setup, stg_fixture_teardown),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
