/* test-crash.c: killed at any moment, a strategy file loses no committed edit */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "stg-test-file.h"
#include "stg-test-store.h"

/*
 * A child process makes random edits through the core API and reports each
 * one through a pipe: its intent before, its acknowledgement once the call
 * that commits it has returned. The parent kills it (SIGKILL) at a random
 * moment, then checks the file: integrity_check and foreign_key_check pass,
 * it opens in Strategos, and it holds every acknowledged edit. The one edit
 * in flight at the kill may be there whole or not at all.
 *
 * STG_CRASH_KILLS sets the number of kills (20 here; build-aux/soak runs
 * 200), STG_CRASH_MAX_MS the longest a child edits before its kill (40),
 * STG_CRASH_SEED the random seed (printed, to replay a failure).
 */

typedef enum {
  OP_ADD_INTEREST,
  OP_RENAME_INTEREST,
  OP_DELETE_INTEREST,
  OP_ADD_THREE_INTERESTS,  /* one transaction */
  OP_ADD_LINE,
  OP_SET_PLANNED,
  OP_DELETE_LINE,
  N_OPS
} Op;

enum { INTENT, ACK };

typedef struct {
  guint32 kind;
  guint32 op;
  guint32 seq;
  gint64  id[3];  /* the item edited, or those added */
} Message;

#define BATCH 3
#define MAX_EDITS_PER_CHILD 5000

/* Expected state: "i<id>" -> title of each interest, "b<id>" -> planned
 * amount of each budget line. */
typedef GHashTable State;

static char *
key_for (char   kind,
         gint64 id)
{
  return g_strdup_printf ("%c%" G_GINT64_FORMAT, kind, id);
}

static char *
title_for (guint32 seq,
           int     k)
{
  return g_strdup_printf ("t%u-%d", seq, k);
}

/* The child */

static void
send_message (int             fd,
              const Message  *m)
{
  if (write (fd, m, sizeof *m) != (ssize_t) sizeof *m)
    _exit (20);
}

static GArray *
ids_of (StgStore *store,
        GType     type)
{
  g_autoptr(GListModel) list = stg_store_list (store, type, NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(StgRecord) record = g_list_model_get_item (list, i);
      gint64 id = stg_record_get_id (record);
      g_array_append_val (ids, id);
    }
  return ids;
}

static gint64
take_random (GRand  *rand,
             GArray *ids,
             gboolean remove)
{
  guint i = g_rand_int_range (rand, 0, ids->len);
  gint64 id = g_array_index (ids, gint64, i);

  if (remove)
    g_array_remove_index_fast (ids, i);
  return id;
}

static gboolean
add_interest (StgStore *store,
              guint32   seq,
              int       k,
              gint64   *id)
{
  g_autoptr(StgRecord) record = stg_record_new (STG_TYPE_INTEREST);
  g_autofree char *title = title_for (seq, k);

  stg_record_set_text (record, "title", title);
  if (!stg_store_insert (store, record, NULL))
    return FALSE;
  *id = stg_record_get_id (record);
  return TRUE;
}

static gboolean
add_line (StgStore *store,
          guint32   seq,
          gint64   *id)
{
  g_autoptr(StgRecord) record = stg_record_new (STG_TYPE_BUDGET_LINE);

  stg_record_set_int (record, "objective_id", 1);
  stg_record_set_int (record, "actor_id", 1);
  stg_record_set_int (record, "year", 2030);
  stg_record_set_int (record, "planned", seq);
  if (!stg_store_insert (store, record, NULL))
    return FALSE;
  *id = stg_record_get_id (record);
  return TRUE;
}

static gboolean
edit_record (StgStore   *store,
             GType       type,
             gint64      id,
             const char *column,
             guint32     seq)
{
  g_autoptr(StgRecord) record = stg_store_get (store, type, id, NULL);
  g_autofree char *title = title_for (seq, 0);

  if (record == NULL)
    return FALSE;
  if (type == STG_TYPE_INTEREST)
    stg_record_set_text (record, column, title);
  else
    stg_record_set_int (record, column, seq);
  return stg_store_update_column (store, record, column, NULL);
}

static gboolean
run_op (StgStore *store,
        GRand    *rand,
        GArray   *interests,
        GArray   *lines,
        Message  *m,
        int       fd)
{
  gboolean ok = TRUE;

  m->op = g_rand_int_range (rand, 0, N_OPS);
  if ((m->op == OP_RENAME_INTEREST || m->op == OP_DELETE_INTEREST) && interests->len == 0)
    m->op = OP_ADD_INTEREST;
  if ((m->op == OP_SET_PLANNED || m->op == OP_DELETE_LINE) && lines->len == 0)
    m->op = OP_ADD_LINE;
  if (m->op == OP_RENAME_INTEREST || m->op == OP_DELETE_INTEREST)
    m->id[0] = take_random (rand, interests, m->op == OP_DELETE_INTEREST);
  if (m->op == OP_SET_PLANNED || m->op == OP_DELETE_LINE)
    m->id[0] = take_random (rand, lines, m->op == OP_DELETE_LINE);
  m->kind = INTENT;
  send_message (fd, m);

  switch ((Op) m->op)
    {
    case OP_ADD_INTEREST:
      ok = add_interest (store, m->seq, 0, &m->id[0]);
      g_array_append_val (interests, m->id[0]);
      break;
    case OP_RENAME_INTEREST:
      ok = edit_record (store, STG_TYPE_INTEREST, m->id[0], "title", m->seq);
      break;
    case OP_DELETE_INTEREST:
      ok = stg_store_delete (store, STG_TYPE_INTEREST, m->id[0], NULL);
      break;
    case OP_ADD_THREE_INTERESTS:
      ok = stg_store_begin (store, "Add three", NULL);
      for (int k = 0; ok && k < BATCH; k++)
        {
          ok = add_interest (store, m->seq, k, &m->id[k]);
          g_array_append_val (interests, m->id[k]);
        }
      ok = ok && stg_store_commit (store, NULL);
      break;
    case OP_ADD_LINE:
      ok = add_line (store, m->seq, &m->id[0]);
      g_array_append_val (lines, m->id[0]);
      break;
    case OP_SET_PLANNED:
      ok = edit_record (store, STG_TYPE_BUDGET_LINE, m->id[0], "planned", m->seq);
      break;
    case OP_DELETE_LINE:
      ok = stg_store_delete (store, STG_TYPE_BUDGET_LINE, m->id[0], NULL);
      break;
    case N_OPS:
    default:
      g_assert_not_reached ();
    }
  if (!ok)
    return FALSE;
  m->kind = ACK;
  send_message (fd, m);
  return TRUE;
}

static void
child_main (const char *path,
            guint32     seed,
            guint32     first_seq,
            int         fd)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = stg_store_open (path, STG_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GArray) interests = NULL;
  g_autoptr(GArray) lines = NULL;

  if (store == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      _exit (10);
    }
  interests = ids_of (store, STG_TYPE_INTEREST);
  lines = ids_of (store, STG_TYPE_BUDGET_LINE);
  for (guint32 n = 0; n < MAX_EDITS_PER_CHILD; n++)
    {
      Message m = { .seq = first_seq + n };
      if (!run_op (store, rand, interests, lines, &m, fd))
        _exit (11);
    }
  g_clear_object (&store);
  _exit (0);
}

/* The parent */

static State *
state_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static State *
read_state (StgStore *store)
{
  State *state = state_new ();
  GType types[] = { STG_TYPE_INTEREST, STG_TYPE_BUDGET_LINE };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) list = stg_store_list (store, types[t], &error);

      stg_assert_no_error (error);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(StgRecord) r = g_list_model_get_item (list, i);
          gint64 id = stg_record_get_id (r);

          if (types[t] == STG_TYPE_INTEREST)
            g_hash_table_insert (state, key_for ('i', id), g_strdup (stg_record_get_text (r, "title")));
          else
            g_hash_table_insert (state, key_for ('b', id),
                                 g_strdup_printf ("%" G_GINT64_FORMAT, stg_record_get_int (r, "planned")));
        }
    }
  return state;
}

/* Applies the edit @m made to @state. */
static void
apply (State         *state,
       const Message *m)
{
  switch ((Op) m->op)
    {
    case OP_ADD_INTEREST:
    case OP_RENAME_INTEREST:
      g_hash_table_insert (state, key_for ('i', m->id[0]), title_for (m->seq, 0));
      break;
    case OP_DELETE_INTEREST:
      {
        g_autofree char *key = key_for ('i', m->id[0]);
        g_hash_table_remove (state, key);
      }
      break;
    case OP_ADD_THREE_INTERESTS:
      for (int k = 0; k < BATCH; k++)
        g_hash_table_insert (state, key_for ('i', m->id[k]), title_for (m->seq, k));
      break;
    case OP_ADD_LINE:
    case OP_SET_PLANNED:
      g_hash_table_insert (state, key_for ('b', m->id[0]), g_strdup_printf ("%u", m->seq));
      break;
    case OP_DELETE_LINE:
      {
        g_autofree char *key = key_for ('b', m->id[0]);
        g_hash_table_remove (state, key);
      }
      break;
    case N_OPS:
    default:
      fail_msg ("unknown edit %u", m->op);
    }
}

static gboolean
states_equal (State *a,
              State *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_strcmp0 (value, g_hash_table_lookup (b, key)) != 0)
      return FALSE;
  return TRUE;
}

static State *
state_copy (State *state)
{
  State *copy = state_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, state);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), g_strdup (value));
  return copy;
}

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  assert_int_equal (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
  assert_int_equal (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

static void
check_sound (const char *path)
{
  g_autofree char *integrity = query_text (path, "PRAGMA integrity_check");

  assert_string_equal (integrity, "ok");
  assert_int_equal (stg_test_query_int (path, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

/* Opens the file in Strategos and reads what it holds. */
static State *
check_opens (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = stg_store_open (path, STG_STORE_OPEN_DEFAULT, &error);

  stg_assert_no_error (error);
  return read_state (store);
}

static gboolean
is_insert (guint32 op)
{
  return op == OP_ADD_INTEREST || op == OP_ADD_THREE_INTERESTS || op == OP_ADD_LINE;
}

/* An insert in flight had no id yet when it was announced: take those of
 * the items in @actual, not in @expected, that it would have added. */
static void
assign_new_ids (Message *m,
                State   *actual,
                State   *expected)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, actual);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *k = key;
      gint64 id = g_ascii_strtoll (k + 1, NULL, 10);

      if (g_hash_table_contains (expected, key))
        continue;
      for (int i = 0; i < BATCH; i++)
        {
          g_autofree char *title = title_for (m->seq, i);
          g_autofree char *planned = g_strdup_printf ("%u", m->seq);

          if ((k[0] == 'i' && g_str_equal (value, title)) ||
              (k[0] == 'b' && i == 0 && g_str_equal (value, planned)))
            m->id[i] = id;
        }
    }
}

typedef struct {
  guint kills;
  guint acknowledged;
  guint in_flight_kept;
} Tally;

/* One child, one kill, one check; @expected becomes what the file holds. */
static void
one_kill (const char *path,
          guint       max_delay_ms,
          GRand      *rand,
          guint       round,
          State     **expected,
          Tally      *tally)
{
  int fds[2];
  pid_t pid;
  Message m, in_flight = { 0 };
  gboolean have_in_flight = FALSE, early = g_rand_int_range (rand, 0, 5) == 0;
  g_autoptr(GHashTable) actual = NULL;
  g_autoptr(GHashTable) with_in_flight = NULL;
  int status;

  assert_int_equal (pipe (fds), 0);
  pid = fork ();
  assert_true (pid >= 0);
  if (pid == 0)
    {
      close (fds[0]);
      child_main (path, g_rand_int (rand), (round + 1) * 1000000u, fds[1]);
    }
  close (fds[1]);
  /* Mostly once editing is under way; now and then while still opening
   * (rolling back what the last kill interrupted). */
  if (!early && read (fds[0], &m, sizeof m) == (ssize_t) sizeof m)
    {
      assert_int_equal (m.kind, INTENT);
      in_flight = m;
      have_in_flight = TRUE;
    }
  g_usleep (g_rand_int_range (rand, 0, early ? 5000 : max_delay_ms * 1000));
  kill (pid, SIGKILL);
  assert_int_equal (waitpid (pid, &status, 0), pid);
  if (WIFEXITED (status))
    fail_msg ("the editing process stopped by itself with status %d", WEXITSTATUS (status));

  while (read (fds[0], &m, sizeof m) == (ssize_t) sizeof m)
    if (m.kind == INTENT)
      {
        in_flight = m;
        have_in_flight = TRUE;
      }
    else
      {
        assert_true (have_in_flight && m.seq == in_flight.seq);
        apply (*expected, &m);
        have_in_flight = FALSE;
        tally->acknowledged++;
      }
  close (fds[0]);

  /* Half the time SQLite alone sees the file first, half the time Strategos. */
  if (round % 2 == 0)
    check_sound (path);
  actual = check_opens (path);
  if (round % 2 == 1)
    check_sound (path);

  if (!states_equal (actual, *expected))
    {
      if (!have_in_flight)
        fail_msg ("kill %u: the file does not hold exactly the acknowledged edits", round);
      with_in_flight = state_copy (*expected);
      if (is_insert (in_flight.op))
        assign_new_ids (&in_flight, actual, *expected);
      apply (with_in_flight, &in_flight);
      if (!states_equal (actual, with_in_flight))
        fail_msg ("kill %u: the file does not hold the acknowledged edits (edit %u in flight)", round, in_flight.seq);
      tally->in_flight_kept++;
    }
  g_hash_table_unref (*expected);
  *expected = g_steal_pointer (&actual);
  tally->kills++;
}

static void
test_killed_at_random (void **state)
{
  StgFixture *f = *state;
  const char *env_kills = g_getenv ("STG_CRASH_KILLS");
  const char *env_seed = g_getenv ("STG_CRASH_SEED");
  const char *env_delay = g_getenv ("STG_CRASH_MAX_MS");
  guint max_delay_ms = env_delay != NULL ? MAX (1, (guint) g_ascii_strtoull (env_delay, NULL, 10)) : 40;
  guint kills = env_kills != NULL ? (guint) g_ascii_strtoull (env_kills, NULL, 10) : 20;
  guint32 seed = env_seed != NULL ? (guint32) g_ascii_strtoull (env_seed, NULL, 10) : (guint32) time (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GHashTable) expected = NULL;
  Tally tally = { 0 };

  printf ("# STG_CRASH_SEED=%u STG_CRASH_KILLS=%u STG_CRASH_MAX_MS=%u\n", seed, kills, max_delay_ms);
  stg_test_add (f->store, STG_TYPE_ACTOR, "Ministry of Defence");
  stg_test_add (f->store, STG_TYPE_OBJECTIVE, "Resilience");
  expected = read_state (f->store);
  g_clear_object (&f->store);

  for (guint round = 0; round < kills; round++)
    one_kill (f->path, max_delay_ms, rand, round, &expected, &tally);
  printf ("# %u kills survived, %u acknowledged edits verified, %u edits in flight found committed; "
          "the file now holds %u items\n",
          tally.kills, tally.acknowledged, tally.in_flight_kept, g_hash_table_size (expected));
  assert_int_equal (tally.kills, kills);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_killed_at_random, stg_fixture_setup, stg_fixture_teardown),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
