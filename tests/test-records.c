/* test-records.c: every entity's and link's create, read, update, delete */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "stg-test-store.h"

static gint64
add_objective (StgStore   *store,
               const char *title,
               gint64      lead)
{
  g_autoptr(StgRecord) o = stg_record_new (STG_TYPE_OBJECTIVE);
  g_autoptr(GError) error = NULL;

  stg_record_set_text (o, "title", title);
  stg_record_set_int (o, "lead_actor_id", lead);
  stg_record_set_text (o, "deadline", "2027-06-30");
  assert_true (stg_store_insert (store, o, &error));
  stg_assert_no_error (error);
  return stg_record_get_id (o);
}

static gint64
add_budget_line (StgStore *store,
                 gint64    objective,
                 gint64    actor,
                 int       year,
                 gint64    planned)
{
  g_autoptr(StgRecord) line = stg_record_new (STG_TYPE_BUDGET_LINE);
  g_autoptr(GError) error = NULL;

  stg_record_set_int (line, "objective_id", objective);
  stg_record_set_int (line, "actor_id", actor);
  stg_record_set_int (line, "year", year);
  stg_record_set_int (line, "planned", planned);
  assert_true (stg_store_insert (store, line, &error));
  stg_assert_no_error (error);
  return stg_record_get_id (line);
}

/* Every titled entity can be added, read back, renamed and deleted. */
static void
test_titled_crud (void **state)
{
  StgFixture *f = *state;
  const GType types[] = {
    STG_TYPE_ACTOR, STG_TYPE_INTEREST, STG_TYPE_THREAT, STG_TYPE_ROLE,
    STG_TYPE_OBJECTIVE, STG_TYPE_CAPABILITY,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 id = stg_test_add (f->store, types[i], "Näme with “quotes” and ' and ;");
      g_autoptr(StgRecord) got = stg_store_get (f->store, types[i], id, &error);
      g_autoptr(GListModel) list = NULL;

      stg_assert_no_error (error);
      assert_string_equal (stg_record_get_title (got), "Näme with “quotes” and ' and ;");
      stg_record_set_text (got, stg_record_get_schema (got)->title_column, "Renamed");
      assert_true (stg_store_update (f->store, got, &error));
      g_clear_object (&got);
      got = stg_store_get (f->store, types[i], id, &error);
      assert_string_equal (stg_record_get_title (got), "Renamed");
      list = stg_store_list (f->store, types[i], &error);
      assert_int_equal (g_list_model_get_n_items (list), 1);
      assert_int_equal (stg_store_count (f->store, types[i], NULL), 1);
      assert_true (stg_store_delete (f->store, types[i], id, &error));
      stg_assert_no_error (error);
      assert_int_equal (stg_store_count (f->store, types[i], NULL), 0);
      assert_null (stg_store_get (f->store, types[i], id, &error));
      stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM);
    }
}

static void
test_every_field_round_trips (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  gint64 actor = stg_test_add (f->store, STG_TYPE_ACTOR, "Defence");
  gint64 parent = add_objective (f->store, "Parent", actor);
  g_autoptr(StgRecord) t = stg_record_new (STG_TYPE_THREAT);
  g_autoptr(StgRecord) o = stg_record_new (STG_TYPE_OBJECTIVE);
  g_autoptr(StgRecord) ind = stg_record_new (STG_TYPE_INDICATOR);
  g_autoptr(StgRecord) got = NULL;

  stg_record_set_text (t, "title", "Hybrid interference");
  stg_record_set_text (t, "category", "hybrid");
  stg_record_set_text (t, "origin", "both");
  stg_record_set_int (t, "likelihood", 4);
  stg_record_set_int (t, "impact", 5);
  stg_record_set_text (t, "horizon", "long");
  stg_record_set_text (t, "trend", "rising");
  stg_record_set_int (t, "black_swan", TRUE);
  assert_true (stg_store_insert (f->store, t, &error));
  got = stg_store_get (f->store, STG_TYPE_THREAT, stg_record_get_id (t), &error);
  assert_string_equal (stg_record_get_text (got, "origin"), "both");
  assert_int_equal (stg_record_get_int (got, "impact"), 5);
  assert_int_equal (stg_record_get_int (got, "black_swan"), TRUE);
  assert_string_equal (stg_record_get_text (got, "trend"), "rising");
  g_clear_object (&got);

  stg_record_set_text (o, "title", "Child");
  stg_record_set_text (o, "term", "ten_year");
  stg_record_set_int (o, "parent_id", parent);
  stg_record_set_int (o, "lead_actor_id", actor);
  stg_record_set_text (o, "start_date", "2025-01-01");
  stg_record_set_text (o, "deadline", "2024-02-29");
  stg_record_set_text (o, "status", "at_risk");
  stg_record_set_int (o, "priority", 1);
  assert_true (stg_store_insert (f->store, o, &error));
  got = stg_store_get (f->store, STG_TYPE_OBJECTIVE, stg_record_get_id (o), &error);
  assert_int_equal (stg_record_get_int (got, "parent_id"), parent);
  assert_string_equal (stg_record_get_text (got, "deadline"), "2024-02-29");
  assert_string_equal (stg_record_get_text (got, "status"), "at_risk");
  /* A deadline may be cleared: NULL in the file, NULL in the record. */
  stg_record_set_text (got, "deadline", NULL);
  assert_true (stg_store_update_column (f->store, got, "deadline", &error));
  g_clear_object (&got);
  got = stg_store_get (f->store, STG_TYPE_OBJECTIVE, stg_record_get_id (o), &error);
  assert_null (stg_record_get_text (got, "deadline"));
  g_clear_object (&got);

  stg_record_set_int (ind, "objective_id", parent);
  stg_record_set_text (ind, "name", "Defence spending");
  stg_record_set_real (ind, "baseline", 1.1);
  stg_record_set_text (ind, "unit", "% of GDP");
  assert_true (stg_store_insert (f->store, ind, &error));
  got = stg_store_get (f->store, STG_TYPE_INDICATOR, stg_record_get_id (ind), &error);
  assert_true (stg_record_get_real (got, "baseline") == 1.1);
  assert_true (isnan (stg_record_get_real (got, "target")));
  stg_assert_no_error (error);
}

static void
test_money_is_exact (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  gint64 actor = stg_test_add (f->store, STG_TYPE_ACTOR, "Defence");
  gint64 objective = add_objective (f->store, "Spending path", actor);
  gint64 planned = 0, actual = 0;
  gint64 line = add_budget_line (f->store, objective, actor, 2030, G_GINT64_CONSTANT (919000000012));
  g_autoptr(StgRecord) got = stg_store_get (f->store, STG_TYPE_BUDGET_LINE, line, &error);

  assert_true (stg_record_get_int (got, "planned") == G_GINT64_CONSTANT (919000000012));
  /* No actual reported yet is not the same as an actual of zero. */
  assert_true (stg_record_get_int (got, "actual") == STG_NO_AMOUNT);
  stg_record_set_int (got, "actual", 1);
  assert_true (stg_store_update (f->store, got, &error));
  assert_true (stg_store_budget_totals (f->store, 0, &planned, &actual, &error));
  assert_true (planned == G_GINT64_CONSTANT (919000000012));
  assert_true (actual == 1);

  /* Sums that overflow fail rather than wrap. */
  add_budget_line (f->store, objective, actor, 2031, G_MAXINT64);
  assert_false (stg_store_budget_totals (f->store, 0, &planned, &actual, &error));
  assert_non_null (error);
}

static void
assert_invalid (StgStore  *store,
                StgRecord *record,
                const char *expected_words)
{
  g_autoptr(GError) error = NULL;
  gint64 before = stg_store_count (store, G_OBJECT_TYPE (record), NULL);

  assert_false (stg_store_insert (store, record, &error));
  assert_non_null (error);
  if (strstr (error->message, expected_words) == NULL)
    fail_msg ("message “%s” lacks “%s”", error->message, expected_words);
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID);
  assert_int_equal (stg_store_count (store, G_OBJECT_TYPE (record), NULL), before);
}

static void
test_invalid_values_are_refused (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgRecord) t = stg_record_new (STG_TYPE_THREAT);
  g_autoptr(StgRecord) o = stg_record_new (STG_TYPE_OBJECTIVE);
  g_autoptr(StgRecord) b = stg_record_new (STG_TYPE_BUDGET_LINE);
  gint64 actor = stg_test_add (f->store, STG_TYPE_ACTOR, "Defence");
  gint64 objective = add_objective (f->store, "Spending path", actor);

  assert_invalid (f->store, t, "Title");
  stg_record_set_text (t, "title", "   ");
  assert_invalid (f->store, t, "Title");
  stg_record_set_text (t, "title", "Pandemic");
  stg_record_set_int (t, "likelihood", 6);
  assert_invalid (f->store, t, "Likelihood must be between 1 and 5");
  stg_record_set_int (t, "likelihood", 3);
  stg_record_set_text (t, "category", "martian");
  assert_invalid (f->store, t, "martian");
  stg_record_set_text (t, "category", "transversal");
  stg_record_set_text (t, "title", "Bad \xff\xfe bytes");
  assert_invalid (f->store, t, "UTF-8");

  stg_record_set_text (o, "title", "Exercise");
  stg_record_set_text (o, "deadline", "2025-02-30");
  assert_invalid (f->store, o, "Deadline");
  stg_record_set_text (o, "deadline", "2027-06-30");
  stg_record_set_int (o, "lead_actor_id", 999);
  assert_invalid (f->store, o, "no actor with id 999");

  stg_record_set_int (b, "objective_id", objective);
  stg_record_set_int (b, "actor_id", actor);
  stg_record_set_int (b, "year", 2027);
  stg_record_set_int (b, "planned", -5);
  assert_invalid (f->store, b, "negative");
  stg_record_set_int (b, "planned", 5);
  stg_record_set_int (b, "year", 1066);
  assert_invalid (f->store, b, "Year");
}

static void
test_objective_cannot_be_its_own_parent (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  gint64 id = add_objective (f->store, "Loop", 0);
  g_autoptr(StgRecord) o = stg_store_get (f->store, STG_TYPE_OBJECTIVE, id, &error);

  stg_record_set_int (o, "parent_id", id);
  assert_false (stg_store_update (f->store, o, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID);
}

static void
test_links (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  gint64 actor = stg_test_add (f->store, STG_TYPE_ACTOR, "CCB");
  gint64 support = stg_test_add (f->store, STG_TYPE_ACTOR, "NCCN");
  gint64 objective = add_objective (f->store, "Cyber exercise", actor);
  gint64 ids[STG_N_LINKS][2] = {
    [STG_LINK_THREAT_INTEREST] = { stg_test_add (f->store, STG_TYPE_THREAT, "Cyber attacks"),
                                   stg_test_add (f->store, STG_TYPE_INTEREST, "Prosperity") },
    [STG_LINK_OBJECTIVE_INTEREST] = { objective, stg_test_add (f->store, STG_TYPE_INTEREST, "Security") },
    [STG_LINK_OBJECTIVE_THREAT] = { objective, stg_test_add (f->store, STG_TYPE_THREAT, "Sabotage") },
    [STG_LINK_OBJECTIVE_ROLE] = { objective, stg_test_add (f->store, STG_TYPE_ROLE, "Good host") },
    [STG_LINK_OBJECTIVE_CAPABILITY] = { objective, stg_test_add (f->store, STG_TYPE_CAPABILITY, "CERT") },
    [STG_LINK_OBJECTIVE_SUPPORTING_ACTOR] = { objective, support },
  };

  for (StgLink l = 0; l < STG_N_LINKS; l++)
    {
      g_autoptr(GArray) to = NULL;
      g_autoptr(GArray) from = NULL;

      assert_true (stg_store_link (f->store, l, ids[l][0], ids[l][1], &error));
      stg_assert_no_error (error);
      assert_false (stg_store_link (f->store, l, ids[l][0], ids[l][1], &error));
      stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_DUPLICATE);
      to = stg_store_linked (f->store, l, ids[l][0], &error);
      from = stg_store_linked_reverse (f->store, l, ids[l][1], &error);
      assert_int_equal (to->len, 1);
      assert_true (g_array_index (to, gint64, 0) == ids[l][1]);
      assert_int_equal (from->len, 1);
      assert_true (g_array_index (from, gint64, 0) == ids[l][0]);
      {
        g_autoptr(GArray) from_ids = NULL;
        g_autoptr(GArray) to_ids = NULL;
        assert_true (stg_store_link_pairs (f->store, l, &from_ids, &to_ids, &error));
        assert_int_equal (from_ids->len, 1);
        assert_true (g_array_index (from_ids, gint64, 0) == ids[l][0]);
        assert_true (g_array_index (to_ids, gint64, 0) == ids[l][1]);
      }
      assert_true (stg_store_unlink (f->store, l, ids[l][0], ids[l][1], &error));
      assert_false (stg_store_unlink (f->store, l, ids[l][0], ids[l][1], &error));
      stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM);
      /* Linking to something that does not exist is refused. */
      assert_false (stg_store_link (f->store, l, ids[l][0], 4242, &error));
      stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM);
    }
}

static void
test_actor_leading_objectives_cannot_be_deleted (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  gint64 defence = stg_test_add (f->store, STG_TYPE_ACTOR, "Defence");

  add_objective (f->store, "Spending path", defence);
  add_objective (f->store, "Territorial defence", defence);
  assert_false (stg_store_delete (f->store, STG_TYPE_ACTOR, defence, &error));
  assert_non_null (error);
  assert_non_null (strstr (error->message, "“Defence” leads 2 objectives"));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_IN_USE);
  assert_int_equal (stg_store_count (f->store, STG_TYPE_ACTOR, NULL), 1);
  assert_false (stg_store_can_redo (f->store));
}

static void
test_actor_holding_budget_cannot_be_deleted (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  gint64 defence = stg_test_add (f->store, STG_TYPE_ACTOR, "Defence");
  gint64 finance = stg_test_add (f->store, STG_TYPE_ACTOR, "Finance");
  gint64 objective = add_objective (f->store, "Spending path", defence);

  add_budget_line (f->store, objective, finance, 2026, 100);
  assert_false (stg_store_delete (f->store, STG_TYPE_ACTOR, finance, &error));
  assert_non_null (strstr (error->message, "holds 1 budget line"));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_IN_USE);
}

static void
test_deletes_cascade_where_they_should (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  gint64 defence = stg_test_add (f->store, STG_TYPE_ACTOR, "Defence");
  gint64 support = stg_test_add (f->store, STG_TYPE_ACTOR, "Foreign Affairs");
  gint64 parent = add_objective (f->store, "Parent", defence);
  gint64 child = add_objective (f->store, "Child", defence);
  gint64 capability = stg_test_add (f->store, STG_TYPE_CAPABILITY, "Frigates");
  g_autoptr(StgRecord) c = stg_store_get (f->store, STG_TYPE_OBJECTIVE, child, &error);
  g_autoptr(StgRecord) cap = stg_store_get (f->store, STG_TYPE_CAPABILITY, capability, &error);
  g_autoptr(StgRecord) got = NULL;

  stg_record_set_int (c, "parent_id", parent);
  assert_true (stg_store_update (f->store, c, &error));
  stg_record_set_int (cap, "owner_actor_id", support);
  assert_true (stg_store_update (f->store, cap, &error));
  add_budget_line (f->store, parent, defence, 2026, 100);
  assert_true (stg_store_link (f->store, STG_LINK_OBJECTIVE_CAPABILITY, parent, capability, &error));
  assert_true (stg_store_link (f->store, STG_LINK_OBJECTIVE_SUPPORTING_ACTOR, parent, support, &error));

  /* Deleting an objective takes its budget lines and links with it and
   * frees its children, which stay. */
  assert_true (stg_store_delete (f->store, STG_TYPE_OBJECTIVE, parent, &error));
  stg_assert_no_error (error);
  assert_int_equal (stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL), 0);
  got = stg_store_get (f->store, STG_TYPE_OBJECTIVE, child, &error);
  assert_int_equal (stg_record_get_int (got, "parent_id"), 0);
  g_clear_object (&got);

  /* A supporting actor with no lead or budget may go; its capabilities
   * lose their owner rather than vanish. */
  assert_true (stg_store_delete (f->store, STG_TYPE_ACTOR, support, &error));
  got = stg_store_get (f->store, STG_TYPE_CAPABILITY, capability, &error);
  assert_int_equal (stg_record_get_int (got, "owner_actor_id"), 0);
}

static void
test_strategy_row_stays (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStrategy) s = stg_store_get_strategy (f->store, &error);

  stg_record_set_int (STG_RECORD (s), "horizon_end", 2020);
  stg_record_set_int (STG_RECORD (s), "horizon_start", 2025);
  assert_false (stg_store_update (f->store, STG_RECORD (s), &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID);
  assert_false (stg_store_delete (f->store, STG_TYPE_STRATEGY, 1, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID);
}

static void
test_record_properties_notify (void **state)
{
  g_autoptr(StgRecord) o = stg_record_new (STG_TYPE_OBJECTIVE);
  g_autofree char *status = NULL;
  gint64 priority = 0;

  g_object_set (o, "status", "late", "priority", (gint64) 2, NULL);
  g_object_get (o, "status", &status, "priority", &priority, NULL);
  assert_string_equal (status, "late");
  assert_int_equal (priority, 2);
  assert_string_equal (stg_record_get_text (o, "status"), "late");
  /* Defaults are the model's: the first choice, no deadline. */
  g_clear_object (&o);
  o = stg_record_new (STG_TYPE_OBJECTIVE);
  assert_string_equal (stg_record_get_text (o, "status"), "not_started");
  assert_null (stg_record_get_text (o, "deadline"));
}

static void
test_objective_summary (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  StgObjectiveSummary sum = { 0 };
  const struct { const char *status; const char *deadline; } rows[] = {
    { "on_track", "2026-12-31" }, { "late", "2026-03-01" }, { "at_risk", "2027-01-01" },
    { "done", "2026-02-01" }, { "not_started", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(StgRecord) o = stg_record_new (STG_TYPE_OBJECTIVE);
      stg_record_set_text (o, "title", rows[i].status);
      stg_record_set_text (o, "status", rows[i].status);
      stg_record_set_text (o, "deadline", rows[i].deadline);
      assert_true (stg_store_insert (f->store, o, &error));
    }
  assert_true (stg_store_objective_summary (f->store, "2026-11-22", &sum, &error));
  assert_int_equal (sum.total, 5);
  assert_int_equal (sum.on_track, 1);
  assert_int_equal (sum.late, 1);
  assert_int_equal (sum.at_risk, 1);
  /* The done one is not due any more; the undated one never is. */
  assert_int_equal (sum.due_this_year, 2);
  assert_int_equal (sum.overdue, 1);
}

static void
test_duplicate_objective (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgRecord) original = stg_store_get (f->store, STG_TYPE_OBJECTIVE, 9, &error);
  g_autoptr(StgRecord) copy = NULL;
  g_autoptr(GArray) threats_before = stg_store_linked (f->store, STG_LINK_OBJECTIVE_THREAT, 9, &error);
  g_autoptr(GArray) threats_after = NULL;
  gint64 objectives = stg_store_count (f->store, STG_TYPE_OBJECTIVE, NULL);
  gint64 indicators = stg_store_count (f->store, STG_TYPE_INDICATOR, NULL);
  gint64 lines = stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL);
  g_autofree char *title = NULL;

  stg_assert_no_error (error);
  copy = stg_store_duplicate (f->store, original, &error);
  stg_assert_no_error (error);
  title = g_strdup_printf ("%s (copy)", stg_record_get_title (original));
  assert_string_equal (stg_record_get_title (copy), title);
  assert_true (stg_record_get_id (copy) != 9);
  threats_after = stg_store_linked (f->store, STG_LINK_OBJECTIVE_THREAT, stg_record_get_id (copy), &error);
  assert_int_equal (threats_after->len, threats_before->len);
  assert_true (threats_after->len > 0);
  assert_int_equal (stg_store_count (f->store, STG_TYPE_OBJECTIVE, NULL), objectives + 1);
  assert_true (stg_store_count (f->store, STG_TYPE_INDICATOR, NULL) > indicators);
  assert_int_equal (stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL), lines);
  /* One step undoes all of it. */
  assert_true (stg_store_undo (f->store, &error));
  assert_int_equal (stg_store_count (f->store, STG_TYPE_OBJECTIVE, NULL), objectives);
  assert_int_equal (stg_store_count (f->store, STG_TYPE_INDICATOR, NULL), indicators);
}

static void
test_save_copy (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.strategos", NULL);
  g_autoptr(StgStore) copy = NULL;

  stg_test_add (f->store, STG_TYPE_INTEREST, "Prosperity");
  assert_true (stg_store_save_copy (f->store, copy_path, &error));
  stg_assert_no_error (error);
  copy = stg_store_open (copy_path, STG_STORE_OPEN_DEFAULT, &error);
  stg_assert_no_error (error);
  assert_int_equal (stg_store_count (copy, STG_TYPE_INTEREST, NULL), 1);
  /* The copy is its own file: editing it leaves the original alone. */
  stg_test_add (copy, STG_TYPE_INTEREST, "Security");
  assert_int_equal (stg_store_count (f->store, STG_TYPE_INTEREST, NULL), 1);
}

/* Sorting down is sorting up reversed, ties included, whichever column:
 * the indexes of large plans serve both orders. */
static void
test_query_descending_reverses (void **state)
{
  StgFixture *f = *state;
  const char *columns[] = { "title", "deadline", "lead_actor_id", "status", "priority" };

  /* Ties: two objectives of the same title and deadline. */
  for (int i = 0; i < 2; i++)
    {
      g_autoptr(StgRecord) o = stg_record_new (STG_TYPE_OBJECTIVE);
      g_autoptr(GError) error = NULL;
      stg_record_set_text (o, "title", "Same title");
      stg_record_set_text (o, "deadline", "2027-01-01");
      assert_true (stg_store_insert (f->store, o, &error));
    }
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      StgQuery up = { .sort_column = columns[c] };
      StgQuery down = { .sort_column = columns[c], .descending = TRUE };
      g_autoptr(GArray) a = stg_store_query (f->store, STG_TYPE_OBJECTIVE, &up, NULL);
      g_autoptr(GArray) b = stg_store_query (f->store, STG_TYPE_OBJECTIVE, &down, NULL);
      guint dated = 0;

      assert_int_equal (a->len, b->len);
      /* Undated and unset stay last both ways; the rest reverses. */
      for (guint i = 0; i < a->len; i++)
        {
          g_autoptr(StgRecord) o = stg_store_get (f->store, STG_TYPE_OBJECTIVE, g_array_index (a, gint64, i), NULL);
          if (g_str_equal (columns[c], "deadline") ? stg_record_get_text (o, "deadline") != NULL
              : g_str_equal (columns[c], "lead_actor_id") ? stg_record_get_int (o, "lead_actor_id") != 0 : TRUE)
            dated++;
        }
      for (guint i = 0; i < dated; i++)
        assert_int_equal (g_array_index (a, gint64, i), g_array_index (b, gint64, dated - 1 - i));
    }
}

static void
test_query_sorts_and_filters (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) by_status = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) led = NULL;
  g_autoptr(GArray) due = NULL;
  g_autoptr(StgRecordList) list = NULL;
  StgQuery q = { 0 };
  gint64 objectives = stg_store_count (f->store, STG_TYPE_OBJECTIVE, NULL);
  g_autoptr(StgRecord) first = NULL;
  g_autoptr(StgRecord) last = NULL;

  q.sort_column = "deadline";
  all = stg_store_query (f->store, STG_TYPE_OBJECTIVE, &q, &error);
  stg_assert_no_error (error);
  assert_int_equal (all->len, objectives);
  list = stg_record_list_new (f->store, STG_TYPE_OBJECTIVE);
  stg_record_list_set_ids (list, g_array_ref (all));
  assert_int_equal (g_list_model_get_n_items (G_LIST_MODEL (list)), objectives);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  last = g_list_model_get_item (G_LIST_MODEL (list), all->len - 1);
  /* Earliest first; the sample's undated objective last. */
  assert_string_equal (stg_record_get_text (first, "deadline"), "2025-06-30");
  assert_null (stg_record_get_text (last, "deadline"));
  assert_int_equal (stg_record_list_find (list, stg_record_get_id (last)), all->len - 1);

  /* Choices sort in the model's order, not alphabetically. */
  q.sort_column = "status";
  by_status = stg_store_query (f->store, STG_TYPE_OBJECTIVE, &q, &error);
  g_clear_object (&first);
  first = stg_store_get (f->store, STG_TYPE_OBJECTIVE, g_array_index (by_status, gint64, 0), &error);
  assert_string_equal (stg_record_get_text (first, "status"), "not_started");

  /* Search is a case-insensitive substring of the title; % is literal. */
  q.search = "RESILIENT";
  found = stg_store_query (f->store, STG_TYPE_OBJECTIVE, &q, &error);
  assert_true (found->len >= 4);
  g_clear_pointer (&found, g_array_unref);
  q.search = "100%";
  found = stg_store_query (f->store, STG_TYPE_OBJECTIVE, &q, &error);
  assert_int_equal (found->len, 0);

  q.search = NULL;
  q.filters[0] = (StgQueryFilter) { "lead_actor_id", NULL, 3 };
  q.n_filters = 1;
  led = stg_store_query (f->store, STG_TYPE_OBJECTIVE, &q, &error);
  for (guint i = 0; i < led->len; i++)
    {
      g_autoptr(StgRecord) o = stg_store_get (f->store, STG_TYPE_OBJECTIVE, g_array_index (led, gint64, i), &error);
      assert_int_equal (stg_record_get_int (o, "lead_actor_id"), 3);
    }
  q.n_filters = 0;
  q.before_column = "deadline";
  q.before = "2026-01-01";
  due = stg_store_query (f->store, STG_TYPE_OBJECTIVE, &q, &error);
  assert_true (due->len >= 1 && due->len < all->len);

  /* A column that is not the model's is refused, never put in SQL. */
  q.sort_column = "title; DROP TABLE objective";
  assert_null (stg_store_query (f->store, STG_TYPE_OBJECTIVE, &q, &error));
  assert_non_null (error);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_titled_crud, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_every_field_round_trips, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_money_is_exact, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_invalid_values_are_refused, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_objective_cannot_be_its_own_parent, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_links, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_actor_leading_objectives_cannot_be_deleted, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_actor_holding_budget_cannot_be_deleted, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_deletes_cascade_where_they_should, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_strategy_row_stays, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test (test_record_properties_notify),
    cmocka_unit_test_setup_teardown (test_objective_summary, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_duplicate_objective, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_save_copy, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_query_sorts_and_filters, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_query_descending_reverses, stg_fixture_setup_sample, stg_fixture_teardown),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
