/* test-analysis.c: every gap rule, on strategies small enough to read */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "strategos/stg-analysis.h"
#include "stg-test-cli.h"
#include "stg-test-file.h"
#include "stg-test-store.h"

#define TODAY "2026-11-22"
#define run_cli(r, ...) stg_test_run ((r), NULL, "C.UTF-8", __VA_ARGS__, NULL)

/*
 * The base strategy is complete: one interest, threat and capability, one
 * objective serving, addressing and using them, led by actor 1, supported
 * and paid for by actor 2 exactly up to its 2026 ceiling, due within the
 * horizon and the legislature. It has no finding; each test changes it
 * just enough to make one rule fire, or just short of that.
 */
static const char base_sql[] =
  "UPDATE strategy SET horizon_start = 2025, horizon_end = 2035, legislature_end = '2029-06-30', "
  "  currency = 'EUR';"
  "INSERT INTO actor (id, name) VALUES (1, 'Lead ministry'), (2, 'Paying agency');"
  "INSERT INTO interest (id, title) VALUES (1, 'Territorial integrity');"
  "INSERT INTO threat (id, title, likelihood, impact) VALUES (1, 'Armed attack', 3, 4);"
  "INSERT INTO capability (id, title) VALUES (1, 'Land forces');"
  "INSERT INTO objective (id, title, term, lead_actor_id, deadline, status, priority) "
  "  VALUES (1, 'Deter attack', 'five_year', 1, '2028-12-31', 'on_track', 1);"
  "INSERT INTO objective_interest VALUES (1, 1);"
  "INSERT INTO objective_threat VALUES (1, 1);"
  "INSERT INTO objective_capability VALUES (1, 1);"
  "INSERT INTO objective_supporting_actor VALUES (1, 2);"
  "INSERT INTO budget_line (objective_id, actor_id, year, planned) VALUES (1, 2, 2026, 100000);"
  "INSERT INTO budget_ceiling (actor_id, year, amount) VALUES (2, 2026, 100000);";

/* A second objective, complete, part of the first. */
static const char child_sql[] =
  "INSERT INTO objective (id, title, parent_id, lead_actor_id, deadline) "
  "  VALUES (2, 'Forward presence', 1, 1, '%s');"
  "INSERT INTO budget_line (objective_id, actor_id, year, planned) VALUES (2, 2, 2027, 0);";

/* Objectives 2 to @last, complete and of priority 1. */
static const char priorities_sql[] =
  "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
  "INSERT INTO objective (id, title, lead_actor_id, deadline, priority) "
  "  SELECT i, 'Priority ' || i, 1, '2028-12-31', 1 FROM n;"
  "INSERT INTO budget_line (objective_id, actor_id, year, planned) "
  "  SELECT id, 2, 2027, 0 FROM objective WHERE id > 1;";

typedef struct {
  StgGapKind  kind;
  gint64      id;
  StgSeverity severity;
} Expect;

static int
setup_base (void **state)
{
  StgFixture *f;

  stg_fixture_setup (state);
  f = *state;
  /* Closed, so that every case can copy a file complete on disk. */
  g_clear_object (&f->store);
  stg_test_run_sql (f->path, base_sql);
  return 0;
}

static int
setup_sample (void **state)
{
  StgFixture *f;

  stg_fixture_setup_sample (state);
  f = *state;
  g_clear_object (&f->store);
  return 0;
}

static GPtrArray *
analyse (StgStore   *store,
         const char *today,
         guint       max_priorities)
{
  StgAnalysisOptions options = { today, max_priorities };
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = stg_analysis_run (store, &options, &error);

  stg_assert_no_error (error);
  assert_non_null (findings);
  return findings;
}

/* A copy of the fixture's strategy changed by @sql; its path. */
static char *
make_case (StgFixture *f,
           const char *sql)
{
  char *copy = g_build_filename (f->dir, "case.strategos", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
  stg_test_run_sql (copy, sql);
  return copy;
}

static StgStore *
open_read_only (const char *path)
{
  g_autoptr(GError) error = NULL;
  StgStore *store = stg_store_open (path, STG_STORE_OPEN_READ_ONLY, &error);

  stg_assert_no_error (error);
  return store;
}

/* The findings of the fixture's strategy changed by @sql, as of TODAY and
 * with the default number of priorities. */
static GPtrArray *
findings_after (StgFixture *f,
                const char *sql)
{
  g_autofree char *path = make_case (f, sql);
  g_autoptr(StgStore) store = open_read_only (path);

  return analyse (store, TODAY, 0);
}

static char *
describe (GPtrArray *findings)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      const StgFinding *x = g_ptr_array_index (findings, i);
      g_string_append_printf (s, "  %s %s %" G_GINT64_FORMAT " (weight %" G_GINT64_FORMAT "): %s\n",
                              stg_severity_key (x->severity), stg_gap_kind_key (x->kind),
                              x->item_id, x->weight, x->message);
    }
  return g_string_free (s, FALSE);
}

/* Exactly @expected, in that order. */
static void
assert_findings (GPtrArray    *findings,
                 const Expect *expected,
                 guint         n)
{
  gboolean same = findings->len == n;

  for (guint i = 0; same && i < n; i++)
    {
      const StgFinding *x = g_ptr_array_index (findings, i);
      same = x->kind == expected[i].kind && x->item_id == expected[i].id &&
             x->severity == expected[i].severity;
    }
  if (!same)
    {
      g_autoptr(GString) wanted = g_string_new (NULL);
      g_autofree char *got = describe (findings);

      for (guint i = 0; i < n; i++)
        g_string_append_printf (wanted, "  %s %s %" G_GINT64_FORMAT "\n", stg_severity_key (expected[i].severity),
                                stg_gap_kind_key (expected[i].kind), expected[i].id);
      fail_msg ("expected %u findings:\n%sgot %u:\n%s", n, wanted->str, findings->len, got);
    }
}

static void
assert_one (GPtrArray   *findings,
            StgGapKind   kind,
            gint64       id,
            StgSeverity  severity)
{
  const Expect expected = { kind, id, severity };

  assert_findings (findings, &expected, 1);
}

static void
assert_none (GPtrArray *findings)
{
  assert_findings (findings, NULL, 0);
}

static const StgFinding *
finding (GPtrArray *findings,
         guint      i)
{
  assert_true (i < findings->len);
  return g_ptr_array_index (findings, i);
}

/* The rules, one by one */

static void
test_complete_strategy (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) base = findings_after (f, "");
  g_autoptr(StgStore) empty = NULL;
  g_autoptr(GPtrArray) nothing = NULL;
  g_autofree char *path = g_build_filename (f->dir, "empty.strategos", NULL);

  assert_none (base);
  /* Nothing in it, nothing missing from it. */
  empty = stg_store_create (path, "Empty", STG_STORE_CREATE_EMPTY, NULL);
  assert_non_null (empty);
  nothing = analyse (empty, TODAY, 0);
  assert_none (nothing);
}

static void
test_threat_unaddressed (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) high = findings_after (f, "DELETE FROM objective_threat");
  g_autoptr(GPtrArray) low = findings_after (f, "DELETE FROM objective_threat;"
                                                "UPDATE threat SET likelihood = 5, impact = 2");

  /* 3 x 4 = 12 is where an error starts; 5 x 2 = 10 stays a warning. */
  assert_one (high, STG_GAP_THREAT_UNADDRESSED, 1, STG_SEVERITY_ERROR);
  assert_int_equal (finding (high, 0)->weight, 12);
  assert_true (finding (high, 0)->item_type == STG_TYPE_THREAT);
  assert_string_equal (finding (high, 0)->message,
                       "Threat “Armed attack” (likelihood 3 × impact 4) is addressed by no objective: link one to it");
  assert_one (low, STG_GAP_THREAT_UNADDRESSED, 1, STG_SEVERITY_WARNING);
}

static void
test_interest_unserved (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) one = findings_after (f, "DELETE FROM objective_interest");
  g_autoptr(GPtrArray) ranked = findings_after (f, "INSERT INTO interest (id, title, rank) "
                                                   "VALUES (2, 'Prosperity', 2), (3, 'Values', 1)");
  const Expect by_rank[] = {
    { STG_GAP_INTEREST_UNSERVED, 3, STG_SEVERITY_ERROR },
    { STG_GAP_INTEREST_UNSERVED, 2, STG_SEVERITY_ERROR },
  };

  assert_one (one, STG_GAP_INTEREST_UNSERVED, 1, STG_SEVERITY_ERROR);
  assert_non_null (strstr (finding (one, 0)->message, "“Territorial integrity”"));
  /* The most vital first. */
  assert_findings (ranked, by_rank, G_N_ELEMENTS (by_rank));
}

static void
test_no_lead (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) none = findings_after (f, "UPDATE objective SET lead_actor_id = NULL");

  assert_one (none, STG_GAP_NO_LEAD, 1, STG_SEVERITY_ERROR);
  assert_string_equal (finding (none, 0)->message, "Objective “Deter attack” has no lead actor: give it one");
}

static void
test_no_deadline (void **state)
{
  StgFixture *f = *state;
  /* No deadline is one finding, not also one of every rule about it. */
  g_autoptr(GPtrArray) none = findings_after (f, "UPDATE objective SET deadline = NULL");

  assert_one (none, STG_GAP_NO_DEADLINE, 1, STG_SEVERITY_ERROR);
}

static void
test_no_budget (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) none = findings_after (f, "DELETE FROM budget_line");
  g_autoptr(GPtrArray) done = findings_after (f, "DELETE FROM budget_line; UPDATE objective SET status = 'done'");
  g_autoptr(GPtrArray) zero = findings_after (f, "UPDATE budget_line SET planned = 0");

  assert_one (none, STG_GAP_NO_BUDGET, 1, STG_SEVERITY_WARNING);
  assert_int_equal (finding (none, 0)->weight, 5);   /* 6 - priority 1 */
  assert_none (done);
  /* A line of zero is a decision about money, not a missing one. */
  assert_none (zero);
}

static void
test_outside_horizon (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) after = findings_after (f, "UPDATE objective SET term = 'ten_year', deadline = '2037-01-31'");
  g_autoptr(GPtrArray) before = findings_after (f, "UPDATE objective SET status = 'at_risk', deadline = '2024-12-31'");
  g_autoptr(GPtrArray) last = findings_after (f, "UPDATE objective SET term = 'ten_year', deadline = '2035-12-31'");
  g_autoptr(GPtrArray) first = findings_after (f, "UPDATE objective SET status = 'at_risk', deadline = '2025-01-01'");

  assert_one (after, STG_GAP_OUTSIDE_HORIZON, 1, STG_SEVERITY_WARNING);
  assert_int_equal (finding (after, 0)->weight, 2);
  assert_string_equal (finding (after, 0)->message,
                       "Objective “Deter attack” is due 2037-01-31, outside the strategy’s horizon 2025–2035: "
                       "move the deadline into it or widen the horizon");
  assert_one (before, STG_GAP_OUTSIDE_HORIZON, 1, STG_SEVERITY_WARNING);
  assert_int_equal (finding (before, 0)->weight, 1);
  assert_none (last);
  assert_none (first);
}

static void
test_after_legislature (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) after = findings_after (f, "UPDATE objective SET deadline = '2029-07-01'");
  g_autoptr(GPtrArray) on_the_day = findings_after (f, "UPDATE objective SET deadline = '2029-06-30'");
  g_autoptr(GPtrArray) ten_year = findings_after (f, "UPDATE objective SET term = 'ten_year', deadline = '2031-12-31'");
  g_autoptr(GPtrArray) no_end = findings_after (f, "UPDATE strategy SET legislature_end = NULL;"
                                                   "UPDATE objective SET deadline = '2031-12-31'");

  assert_one (after, STG_GAP_AFTER_LEGISLATURE, 1, STG_SEVERITY_WARNING);
  assert_int_equal (finding (after, 0)->weight, 1);
  assert_none (on_the_day);
  assert_none (ten_year);
  assert_none (no_end);
}

static void
test_child_after_parent (void **state)
{
  StgFixture *f = *state;
  g_autofree char *late_sql = g_strdup_printf (child_sql, "2029-01-31");
  g_autofree char *same_sql = g_strdup_printf (child_sql, "2028-12-31");
  g_autoptr(GPtrArray) late = findings_after (f, late_sql);
  g_autoptr(GPtrArray) same = findings_after (f, same_sql);

  assert_one (late, STG_GAP_CHILD_AFTER_PARENT, 2, STG_SEVERITY_WARNING);
  assert_int_equal (finding (late, 0)->weight, 31);
  assert_string_equal (finding (late, 0)->message,
                       "Objective “Forward presence” is due 2029-01-31, after “Deter attack” that it is part of "
                       "(due 2028-12-31): bring its deadline forward or move its parent’s");
  assert_none (same);
}

static void
test_capability_unused (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) unused = findings_after (f, "DELETE FROM objective_capability");

  assert_one (unused, STG_GAP_CAPABILITY_UNUSED, 1, STG_SEVERITY_INFO);
  assert_true (finding (unused, 0)->item_type == STG_TYPE_CAPABILITY);
}

static void
test_actor_budget_only (void **state)
{
  StgFixture *f = *state;
  const char *donor = "INSERT INTO actor (id, name) VALUES (3, 'Donor');"
                      "INSERT INTO budget_line (objective_id, actor_id, year, planned) VALUES (1, 3, 2027, 500);";
  g_autofree char *supporting = g_strconcat (donor, "INSERT INTO objective_supporting_actor VALUES (1, 3);", NULL);
  g_autoptr(GPtrArray) idle = findings_after (f, donor);
  g_autoptr(GPtrArray) busy = findings_after (f, supporting);

  assert_one (idle, STG_GAP_ACTOR_BUDGET_ONLY, 3, STG_SEVERITY_WARNING);
  assert_int_equal (finding (idle, 0)->weight, 500);
  assert_string_equal (finding (idle, 0)->message,
                       "“Donor” holds 1 budget line (EUR 5.00) but leads and supports no objective: "
                       "make it a supporting actor of the objective it funds");
  assert_none (busy);
}

static void
test_over_ceiling (void **state)
{
  StgFixture *f = *state;
  /* Two lines together, one cent over. */
  g_autoptr(GPtrArray) over = findings_after (f, "INSERT INTO budget_line (objective_id, actor_id, year, planned) "
                                                 "VALUES (1, 2, 2026, 1)");
  g_autoptr(GPtrArray) no_ceiling = findings_after (f, "INSERT INTO budget_line (objective_id, actor_id, year, planned) "
                                                       "VALUES (1, 2, 2027, 900000)");
  g_autoptr(GPtrArray) two_years = findings_after (f, "INSERT INTO budget_ceiling (actor_id, year, amount) VALUES (2, 2027, 0);"
                                                      "INSERT INTO budget_line (objective_id, actor_id, year, planned) "
                                                      "VALUES (1, 2, 2026, 1), (1, 2, 2027, 50)");
  const Expect years[] = {
    { STG_GAP_OVER_CEILING, 2, STG_SEVERITY_ERROR },
    { STG_GAP_OVER_CEILING, 2, STG_SEVERITY_ERROR },
  };

  assert_one (over, STG_GAP_OVER_CEILING, 2, STG_SEVERITY_ERROR);
  assert_int_equal (finding (over, 0)->weight, 1);
  assert_string_equal (finding (over, 0)->message,
                       "“Paying agency” plans EUR 1000.01 in 2026, above its ceiling of EUR 1000.00: "
                       "cut EUR 0.01 or raise the ceiling");
  assert_none (no_ceiling);
  /* One finding per year, the bigger overrun first. */
  assert_findings (two_years, years, G_N_ELEMENTS (years));
  assert_int_equal (finding (two_years, 0)->weight, 50);
  assert_non_null (strstr (finding (two_years, 0)->message, " in 2027,"));
}

static void
test_on_track_overdue (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) overdue = findings_after (f, "UPDATE objective SET deadline = '2026-11-21'");
  g_autoptr(GPtrArray) due_today = findings_after (f, "UPDATE objective SET deadline = '" TODAY "'");
  g_autoptr(GPtrArray) late = findings_after (f, "UPDATE objective SET status = 'late', deadline = '2026-01-31'");

  assert_one (overdue, STG_GAP_ON_TRACK_OVERDUE, 1, STG_SEVERITY_WARNING);
  assert_int_equal (finding (overdue, 0)->weight, 1);
  assert_none (due_today);
  /* Honest about being late: nothing to say. */
  assert_none (late);
}

static void
test_too_many_priorities (void **state)
{
  StgFixture *f = *state;
  g_autofree char *twelve_sql = g_strdup_printf (priorities_sql, 12);
  g_autofree char *thirteen_sql = g_strdup_printf (priorities_sql, 13);
  g_autofree char *one_dropped_sql = g_strconcat (thirteen_sql, "UPDATE objective SET status = 'dropped' WHERE id = 13", NULL);
  g_autoptr(GPtrArray) twelve = findings_after (f, twelve_sql);
  g_autoptr(GPtrArray) thirteen = findings_after (f, thirteen_sql);
  g_autoptr(GPtrArray) one_dropped = findings_after (f, one_dropped_sql);

  /* The default of 12 is allowed, 13 is one too many. */
  assert_none (twelve);
  assert_one (thirteen, STG_GAP_TOO_MANY_PRIORITIES, 1, STG_SEVERITY_INFO);
  assert_true (finding (thirteen, 0)->item_type == STG_TYPE_STRATEGY);
  assert_int_equal (finding (thirteen, 0)->weight, 13);
  assert_string_equal (finding (thirteen, 0)->message,
                       "The strategy has 13 priority-1 objectives; a short strategy holds at most 12: "
                       "keep priority 1 for the essential");
  assert_none (one_dropped);
}

static void
test_max_priorities_option (void **state)
{
  StgFixture *f = *state;
  g_autofree char *two_sql = g_strdup_printf (priorities_sql, 2);
  g_autofree char *path = make_case (f, two_sql);
  g_autoptr(StgStore) store = open_read_only (path);
  g_autoptr(GPtrArray) at_two = analyse (store, TODAY, 2);
  g_autoptr(GPtrArray) at_one = analyse (store, TODAY, 1);

  assert_none (at_two);
  assert_one (at_one, STG_GAP_TOO_MANY_PRIORITIES, 1, STG_SEVERITY_INFO);
  assert_int_equal (finding (at_one, 0)->weight, 2);
  assert_string_equal (finding (at_one, 0)->message,
                       "The strategy has 2 priority-1 objectives; a short strategy holds at most 1: "
                       "keep priority 1 for the essential");
}

/* Leaving the strategy and finishing in it */

static void
test_dropped_objective_left (void **state)
{
  StgFixture *f = *state;
  /* Its links no longer answer anything; its own fields no longer matter. */
  g_autoptr(GPtrArray) dropped = findings_after (f, "UPDATE objective SET status = 'dropped', lead_actor_id = NULL, "
                                                    "deadline = NULL");
  const Expect expected[] = {
    { STG_GAP_THREAT_UNADDRESSED, 1, STG_SEVERITY_ERROR },
    { STG_GAP_INTEREST_UNSERVED, 1, STG_SEVERITY_ERROR },
    { STG_GAP_ACTOR_BUDGET_ONLY, 2, STG_SEVERITY_WARNING },
    { STG_GAP_CAPABILITY_UNUSED, 1, STG_SEVERITY_INFO },
  };

  assert_findings (dropped, expected, G_N_ELEMENTS (expected));
}

static void
test_done_objective_asks_nothing (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) done = findings_after (f, "DELETE FROM budget_line;"
                                                 "UPDATE objective SET status = 'done', lead_actor_id = NULL, "
                                                 "deadline = '2031-12-31'");

  assert_none (done);
}

/* The sample and the contract */

static void
test_sample (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgStore) store = open_read_only (f->path);
  g_autoptr(GPtrArray) findings = NULL;
  /* The seven gaps the sample was built with (data/sample/belgium.sql),
   * in the order the analysis promises. */
  const Expect expected[] = {
    { STG_GAP_NO_LEAD, 33, STG_SEVERITY_ERROR },
    { STG_GAP_NO_DEADLINE, 26, STG_SEVERITY_ERROR },
    { STG_GAP_OVER_CEILING, 5, STG_SEVERITY_ERROR },
    { STG_GAP_THREAT_UNADDRESSED, 15, STG_SEVERITY_WARNING },
    { STG_GAP_NO_BUDGET, 31, STG_SEVERITY_WARNING },
    { STG_GAP_AFTER_LEGISLATURE, 14, STG_SEVERITY_WARNING },
    { STG_GAP_CAPABILITY_UNUSED, 24, STG_SEVERITY_INFO },
  };

  assert_non_null (store);
  findings = analyse (store, TODAY, 0);
  assert_findings (findings, expected, G_N_ELEMENTS (expected));
  assert_string_equal (finding (findings, 2)->message,
                       "“FPS Home Affairs” plans EUR 75000000.00 in 2026, above its ceiling of EUR 70000000.00: "
                       "cut EUR 5000000.00 or raise the ceiling");
}

static void
test_sample_later (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgStore) store = open_read_only (f->path);
  g_autoptr(GPtrArray) findings = NULL;
  guint overdue = 0;

  assert_non_null (store);
  /* In mid-2027 three objectives still "on track" are past due, the one
   * due longest ago first. */
  findings = analyse (store, "2027-07-01", 0);
  for (guint i = 0; i < findings->len; i++)
    if (finding (findings, i)->kind == STG_GAP_ON_TRACK_OVERDUE)
      overdue++;
  assert_int_equal (overdue, 3);
  assert_int_equal (findings->len, 10);
  assert_int_equal (finding (findings, 6)->kind, STG_GAP_ON_TRACK_OVERDUE);
  assert_int_equal (finding (findings, 6)->item_id, 18);
}

/* The local date, @days from now, as ISO. */
static char *
local_date (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
test_today (void **state)
{
  StgFixture *f = *state;
  g_autofree char *yesterday = local_date (-1);
  g_autofree char *today = local_date (0);
  g_autofree char *was_due_sql = g_strdup_printf ("UPDATE objective SET deadline = '%s'", yesterday);
  g_autofree char *is_due_sql = g_strdup_printf ("UPDATE objective SET deadline = '%s'", today);
  g_autofree char *path = make_case (f, was_due_sql);
  g_autoptr(StgStore) store = open_read_only (path);
  StgAnalysisOptions bad = { "2026-02-30", 0 };
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;

  assert_null (stg_analysis_run (store, &bad, &error));
  assert_non_null (error);
  assert_true (error->domain == STG_DATE_ERROR);
  g_clear_error (&error);
  /* No options: as of the local date. (A test run across midnight could
   * see the day change between the two; it would have to be unlucky.) */
  overdue = stg_analysis_run (store, NULL, &error);
  stg_assert_no_error (error);
  assert_one (overdue, STG_GAP_ON_TRACK_OVERDUE, 1, STG_SEVERITY_WARNING);
  g_clear_object (&store);
  g_free (make_case (f, is_due_sql));   /* the same path, due today */
  store = open_read_only (path);
  due = stg_analysis_run (store, NULL, &error);
  stg_assert_no_error (error);
  assert_none (due);
}

static void
test_names (void **state)
{
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint kind = 0; kind < STG_N_GAP_KINDS; kind++)
    {
      const char *key = stg_gap_kind_key (kind);

      assert_non_null (key);
      assert_non_null (stg_gap_kind_label (kind));
      /* Stable names: lower case words joined by hyphens, each once. */
      assert_true (strspn (key, "abcdefghijklmnopqrstuvwxyz-") == strlen (key));
      assert_false (g_hash_table_contains (keys, key));
      g_hash_table_add (keys, (gpointer) key);
    }
  assert_string_equal (stg_gap_kind_key (STG_GAP_THREAT_UNADDRESSED), "threat-unaddressed");
  assert_string_equal (stg_severity_key (STG_SEVERITY_ERROR), "error");
  assert_string_equal (stg_severity_key (STG_SEVERITY_WARNING), "warning");
  assert_string_equal (stg_severity_key (STG_SEVERITY_INFO), "info");
  assert_string_equal (stg_severity_label (STG_SEVERITY_INFO), "Note");
}

/* A strategy of 100,000 objectives is checked in seconds: no rule may go
 * row by row or join without an index. */
static void
test_large_strategy (void **state)
{
  StgFixture *f = *state;
  g_autofree char *path = make_case (f, "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                                        "INSERT INTO objective (id, title, lead_actor_id, deadline, priority, status) "
                                        "  SELECT i, 'Objective ' || i, 1 + i % 2, '2028-12-31', 2 + i % 4, "
                                        "         CASE WHEN i % 1000 = 0 THEN 'on_track' ELSE 'at_risk' END FROM n;"
                                        "INSERT INTO threat (id, title) SELECT id, 'Threat ' || id FROM objective WHERE id > 1;"
                                        "INSERT INTO objective_threat SELECT id, id FROM objective WHERE id > 1 AND id % 10 <> 0;"
                                        "INSERT INTO objective_supporting_actor SELECT id, 2 FROM objective WHERE id > 1;"
                                        "INSERT INTO budget_line (objective_id, actor_id, year, planned) "
                                        "  SELECT id, 1 + id % 2, 2025 + id % 10, 100 FROM objective WHERE id % 7 <> 0;");
  g_autoptr(StgStore) store = open_read_only (path);
  g_autoptr(GPtrArray) findings = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  findings = analyse (store, TODAY, 0);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_test_message ("%u findings among 100,000 objectives in %.2f s", findings->len, seconds);
  /* Every tenth new threat unanswered, every seventh objective unpaid,
   * and actor 2 over its 2026 ceiling. */
  assert_int_equal (findings->len, 10000 + 14285 + 1);
  /* Generous for a slow machine; a rule going row by row takes minutes. */
  assert_true (seconds < 20);
}

/* The check verb, end to end */

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    fail_msg ("expected “%s” in:\n%s", needle, haystack);
}

/* Runs @argv (NULL-terminated) with @input on its standard input; returns
 * its exit status and its standard output in *@out. */
static int
pipe_through (const char  *input,
              const char **argv,
              char       **out)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_launcher_setenv (launcher, "PYTHONIOENCODING", "utf-8", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  stg_assert_no_error (error);
  if (!g_subprocess_communicate_utf8 (process, input, NULL, out, NULL, &error))
    fail_msg ("could not run %s: %s", argv[0], error->message);
  return g_subprocess_get_exit_status (process);
}

static void
test_cli_sample (void **state)
{
  StgFixture *f = *state;
  g_autofree char *before = stg_test_checksum (f->path);
  g_autofree char *after = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(CliRun) r = { 0 };

  run_cli (&r, "check", f->path, "--today=" TODAY);
  assert_exit (&r, 3);
  lines = g_strsplit (r.out, "\n", -1);
  assert_int_equal (g_strv_length (lines), 10);
  assert_string_equal (lines[0], "error: Objective “Structural involvement of the Regions and Communities "
                                 "in the NSC” has no lead actor: give it one");
  assert_true (g_str_has_prefix (lines[3], "warning: Threat “Loss of access to space-based services”"));
  assert_true (g_str_has_prefix (lines[6], "note: Capability “Space situational awareness"));
  assert_string_equal (lines[7], "");
  assert_string_equal (lines[8], "7 findings: 3 errors, 3 warnings, 1 note");
  assert_string_equal (r.err, "");
  /* Checking never writes. */
  after = stg_test_checksum (f->path);
  assert_string_equal (before, after);
}

static void
test_cli_without_errors (void **state)
{
  StgFixture *f = *state;
  g_autofree char *path = make_case (f, "DELETE FROM objective_capability; DELETE FROM budget_line");
  g_auto(CliRun) warned = { 0 };
  g_auto(CliRun) clean = { 0 };

  run_cli (&warned, "check", path, "--today=" TODAY);
  assert_exit (&warned, 0);
  assert_string_equal (warned.out,
                       "warning: Objective “Deter attack” has no budget line: plan what it will cost\n"
                       "note: Capability “Land forces” is used by no objective: link it to one that needs it or remove it\n"
                       "\n"
                       "2 findings: 0 errors, 1 warning, 1 note\n");
  run_cli (&clean, "check", f->path, "--today=" TODAY);
  assert_exit (&clean, 0);
  assert_string_equal (clean.out, "No gaps found: the strategy holds together.\n");
}

static void
test_cli_options (void **state)
{
  StgFixture *f = *state;
  g_auto(CliRun) later = { 0 };
  g_auto(CliRun) strict = { 0 };

  run_cli (&later, "check", f->path, "--today", "2027-07-01");
  assert_exit (&later, 3);
  assert_contains (later.out, "warning: Objective “Assured continuity of government” is marked on track "
                              "but was due 2027-06-30");
  run_cli (&strict, "check", f->path, "--today=" TODAY, "--max-priorities=9");
  assert_exit (&strict, 3);
  assert_contains (strict.out, "note: The strategy has 10 priority-1 objectives; a short strategy holds at most 9");
  assert_contains (strict.out, "8 findings: 3 errors, 3 warnings, 2 notes");
}

static void
test_cli_csv (void **state)
{
  StgFixture *f = *state;
  const char *reader[] = {
    "python3", "-c",
    "import csv, io, sys\n"
    "rows = list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')))\n"
    "assert all(len(row) == 5 for row in rows), rows\n"
    "for row in rows: print('|'.join(row[:4]))\n",
    NULL
  };
  g_auto(CliRun) r = { 0 };
  g_autofree char *parsed = NULL;

  run_cli (&r, "check", f->path, "--today=" TODAY, "--format=csv");
  assert_exit (&r, 3);
  assert_true (g_str_has_prefix (r.out, "severity,kind,item_type,item_id,message\r\n"));
  /* Quoted only when the message holds the delimiter. */
  assert_contains (r.out, "\r\nwarning,no-budget,objective,31,Objective “EU and NATO doctrine of collective response "
                          "to subversion” has no budget line: plan what it will cost\r\n");
  assert_contains (r.out, "\r\nwarning,after-legislature,objective,14,\"Five-year objective “Rebuild diplomatic "
                          "capacity” is due 2031-12-31, after the legislature ends on 2029-06-30: bring the "
                          "deadline forward or make it a ten-year objective\"\r\n");
  assert_int_equal (pipe_through (r.out, reader, &parsed), 0);
  assert_string_equal (parsed,
                       "severity|kind|item_type|item_id\n"
                       "error|no-lead|objective|33\n"
                       "error|no-deadline|objective|26\n"
                       "error|over-ceiling|actor|5\n"
                       "warning|threat-unaddressed|threat|15\n"
                       "warning|no-budget|objective|31\n"
                       "warning|after-legislature|objective|14\n"
                       "info|capability-unused|capability|24\n");
}

static void
test_cli_json (void **state)
{
  StgFixture *f = *state;
  const char *reader[] = {
    "python3", "-c",
    "import json, sys\n"
    "for x in json.load(sys.stdin):\n"
    "    assert sorted(x) == ['item_id', 'item_type', 'kind', 'message', 'severity'], x\n"
    "    print(x['severity'], x['kind'], x['item_type'], x['item_id'])\n",
    NULL
  };
  g_auto(CliRun) r = { 0 };
  g_autofree char *parsed = NULL;

  run_cli (&r, "check", f->path, "--today=" TODAY, "--format=json");
  assert_exit (&r, 3);
  assert_int_equal (pipe_through (r.out, reader, &parsed), 0);
  assert_string_equal (parsed,
                       "error no-lead objective 33\n"
                       "error no-deadline objective 26\n"
                       "error over-ceiling actor 5\n"
                       "warning threat-unaddressed threat 15\n"
                       "warning no-budget objective 31\n"
                       "warning after-legislature objective 14\n"
                       "info capability-unused capability 24\n");
}

/* Quotes, backslashes, line breaks, tabs and control characters in a
 * title come back whole from both machine formats. */
static void
test_cli_escaping (void **state)
{
  StgFixture *f = *state;
  g_autofree char *path = make_case (f, "UPDATE objective SET lead_actor_id = NULL, "
                                        "title = 'Say \"no\", \\ back' || char(9) || 'tab' || char(10) || 'line'"
                                        "  || char(13) || char(10) || 'crlf' || char(1) || 'end'");
  g_autoptr(StgStore) store = open_read_only (path);
  g_autoptr(GPtrArray) findings = analyse (store, TODAY, 0);
  const char *json_reader[] = {
    "python3", "-c", "import json, sys; sys.stdout.write(json.load(sys.stdin)[0]['message'])", NULL
  };
  const char *csv_reader[] = {
    "python3", "-c",
    "import csv, io, sys\n"
    "rows = list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')))\n"
    "sys.stdout.write(rows[1][4])\n",
    NULL
  };
  g_auto(CliRun) json = { 0 };
  g_auto(CliRun) csv = { 0 };
  g_autofree char *json_message = NULL;
  g_autofree char *csv_message = NULL;

  assert_one (findings, STG_GAP_NO_LEAD, 1, STG_SEVERITY_ERROR);
  g_clear_object (&store);
  run_cli (&json, "check", path, "--today=" TODAY, "--format=json");
  run_cli (&csv, "check", path, "--today=" TODAY, "--format=csv");
  assert_exit (&json, 3);
  assert_exit (&csv, 3);
  assert_int_equal (pipe_through (json.out, json_reader, &json_message), 0);
  assert_int_equal (pipe_through (csv.out, csv_reader, &csv_message), 0);
  assert_string_equal (json_message, finding (findings, 0)->message);
  assert_string_equal (csv_message, finding (findings, 0)->message);
}

static void
test_cli_empty_json (void **state)
{
  StgFixture *f = *state;
  g_auto(CliRun) r = { 0 };

  run_cli (&r, "check", f->path, "--today=" TODAY, "--format=json");
  assert_exit (&r, 0);
  assert_string_equal (r.out, "[]\n");
}

static void
test_cli_usage (void **state)
{
  StgFixture *f = *state;
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.strategos", NULL);
  const char *usage[][3] = {
    { "--format=xml", NULL, NULL },
    { "--today=2026-02-30", NULL, NULL },
    { "--today=22/11/2026", NULL, NULL },
    { "--max-priorities=0", NULL, NULL },
    { "--max-priorities=many", NULL, NULL },
    { "--bogus", NULL, NULL },
  };

  assert_true (g_file_set_contents (text, "not a strategy\n", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
    {
      g_auto(CliRun) r = { 0 };

      run_cli (&r, "check", f->path, usage[i][0]);
      assert_exit (&r, 1);
      assert_string_equal (r.out, "");
      assert_contains (r.err, "strategos check");
    }
  {
    g_auto(CliRun) none = { 0 };
    g_auto(CliRun) two = { 0 };
    g_auto(CliRun) absent = { 0 };
    g_auto(CliRun) wrong = { 0 };

    run_cli (&none, "check");
    assert_exit (&none, 1);
    run_cli (&two, "check", f->path, f->path);
    assert_exit (&two, 1);
    run_cli (&absent, "check", missing);
    assert_exit (&absent, 2);
    run_cli (&wrong, "check", text);
    assert_exit (&wrong, 2);
  }
}

#define base_test(t) cmocka_unit_test_setup_teardown (t, setup_base, stg_fixture_teardown)
#define sample_test(t) cmocka_unit_test_setup_teardown (t, setup_sample, stg_fixture_teardown)

int
main (void)
{
  const struct CMUnitTest tests[] = {
    base_test (test_complete_strategy),
    base_test (test_threat_unaddressed),
    base_test (test_interest_unserved),
    base_test (test_no_lead),
    base_test (test_no_deadline),
    base_test (test_no_budget),
    base_test (test_outside_horizon),
    base_test (test_after_legislature),
    base_test (test_child_after_parent),
    base_test (test_capability_unused),
    base_test (test_actor_budget_only),
    base_test (test_over_ceiling),
    base_test (test_on_track_overdue),
    base_test (test_too_many_priorities),
    base_test (test_max_priorities_option),
    base_test (test_dropped_objective_left),
    base_test (test_done_objective_asks_nothing),
    sample_test (test_sample),
    sample_test (test_sample_later),
    base_test (test_today),
    cmocka_unit_test (test_names),
    base_test (test_large_strategy),
    sample_test (test_cli_sample),
    base_test (test_cli_without_errors),
    sample_test (test_cli_options),
    sample_test (test_cli_csv),
    sample_test (test_cli_json),
    base_test (test_cli_escaping),
    base_test (test_cli_empty_json),
    base_test (test_cli_usage),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
