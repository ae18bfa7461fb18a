/* test-budget.c: budget tables against figures worked out by hand */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "stg-test-file.h"
#include "stg-test-store.h"

static StgBudgetTable *
table (StgFixture         *f,
       StgBudgetDimension  dimension)
{
  g_autoptr(GError) error = NULL;
  StgBudgetTable *t = stg_budget_table_new (f->store, dimension, &error);

  stg_assert_no_error (error);
  assert_non_null (t);
  return t;
}

static guint
row_of (StgBudgetTable *t,
        const char     *label)
{
  for (guint i = 0; i < stg_budget_table_get_n_rows (t); i++)
    if (g_str_equal (stg_budget_table_get_row_label (t, i), label))
      return i;
  fail_msg ("no row “%s”", label);
  return 0;
}

static guint
column_of (StgBudgetTable *t,
           int             year)
{
  for (guint i = 0; i < stg_budget_table_get_n_years (t); i++)
    if (stg_budget_table_get_year (t, i) == year)
      return i;
  fail_msg ("no column %d", year);
  return 0;
}

/* The sample's own figures: Defence plans EUR 9,193,000,000.00 in 2030 in
 * five lines, against a GDP of EUR 707,200,000,000.00: 1.30 %. */
static void
test_by_actor (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgBudgetTable) t = table (f, STG_BUDGET_BY_ACTOR);
  guint defence = row_of (t, "Ministry of Defence");
  guint interior = row_of (t, "FPS Home Affairs");
  const StgBudgetCell *cell = stg_budget_table_get_cell (t, defence, column_of (t, 2030));
  gint64 gdp = 0;

  assert_true (cell->planned == G_GINT64_CONSTANT (919300000000));
  assert_int_equal (cell->n_lines, 5);
  assert_true (cell->ceiling == G_GINT64_CONSTANT (920000000000));
  assert_false (stg_budget_cell_over_ceiling (cell));
  assert_true (stg_budget_table_get_gdp (t, column_of (t, 2030), &gdp));
  assert_true (gdp == G_GINT64_CONSTANT (70720000000000));
  assert_int_equal (stg_budget_share_of_gdp (cell->planned, gdp), 130);

  /* The sample's one overrun: FPS Interior, 2026, 75 M against 70 M. */
  cell = stg_budget_table_get_cell (t, interior, column_of (t, 2026));
  assert_true (cell->planned == G_GINT64_CONSTANT (7500000000));
  assert_true (stg_budget_cell_over_ceiling (cell));
  assert_string_equal (stg_budget_table_get_currency (t), "EUR");

  /* EUR 49,307,350,000.00 planned in all, 8,732,279,000.00 reported. */
  assert_true (stg_budget_table_get_total (t)->planned == G_GINT64_CONSTANT (4930735000000));
  assert_true (stg_budget_table_get_total (t)->actual == G_GINT64_CONSTANT (873227900000));
}

/* Rows and columns add up to the same total, whatever the dimension
 * (but capability kinds, where a line counts under each of its kinds). */
static void
test_totals_add_up (void **state)
{
  StgFixture *f = *state;
  const StgBudgetDimension dims[] = { STG_BUDGET_BY_ACTOR, STG_BUDGET_BY_OBJECTIVE, STG_BUDGET_BY_SOURCE };

  for (guint d = 0; d < G_N_ELEMENTS (dims); d++)
    {
      g_autoptr(StgBudgetTable) t = table (f, dims[d]);
      gint64 rows = 0, years = 0, cells = 0;

      for (guint r = 0; r < stg_budget_table_get_n_rows (t); r++)
        {
          rows += stg_budget_table_get_row_total (t, r)->planned;
          for (guint c = 0; c < stg_budget_table_get_n_years (t); c++)
            cells += stg_budget_table_get_cell (t, r, c)->planned;
        }
      for (guint c = 0; c < stg_budget_table_get_n_years (t); c++)
        years += stg_budget_table_get_year_total (t, c)->planned;
      assert_true (rows == stg_budget_table_get_total (t)->planned);
      assert_true (cells == rows);
      assert_true (years == rows);
    }
  {
    /* Year totals count each line once in every dimension, those of
     * capability kinds (read from the lines) like the others (added up
     * from the rows). */
    g_autoptr(StgBudgetTable) by_actor = table (f, STG_BUDGET_BY_ACTOR);
    g_autoptr(StgBudgetTable) by_kind = table (f, STG_BUDGET_BY_CAPABILITY);

    assert_int_equal (stg_budget_table_get_n_years (by_actor), stg_budget_table_get_n_years (by_kind));
    for (guint c = 0; c < stg_budget_table_get_n_years (by_actor); c++)
      {
        const StgBudgetCell *a = stg_budget_table_get_year_total (by_actor, c);
        const StgBudgetCell *k = stg_budget_table_get_year_total (by_kind, c);
        assert_int_equal (stg_budget_table_get_year (by_actor, c), stg_budget_table_get_year (by_kind, c));
        assert_true (a->planned == k->planned && a->actual == k->actual);
        assert_int_equal (a->n_lines, k->n_lines);
        assert_int_equal (a->n_actual, k->n_actual);
      }
  }
}

static void
test_by_capability_and_source (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgBudgetTable) kinds = table (f, STG_BUDGET_BY_CAPABILITY);
  g_autoptr(StgBudgetTable) sources = table (f, STG_BUDGET_BY_SOURCE);
  gint64 by_kind = 0;

  for (guint r = 0; r < stg_budget_table_get_n_rows (kinds); r++)
    by_kind += stg_budget_table_get_row_total (kinds, r)->planned;
  /* Objectives using several kinds count under each. */
  assert_true (by_kind >= stg_budget_table_get_total (kinds)->planned);
  assert_int_equal (stg_budget_table_get_row_id (kinds, row_of (kinds, "Military")), 0);
  assert_string_equal (stg_budget_table_get_row_key (kinds, row_of (kinds, "Military")), "military");
  assert_int_equal (stg_budget_table_get_n_rows (sources),
                    stg_test_query_int (f->path, "SELECT count(DISTINCT funding_source) FROM budget_line"));
}

static void
test_lines_behind_a_cell (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgBudgetTable) t = table (f, STG_BUDGET_BY_ACTOR);
  guint defence = row_of (t, "Ministry of Defence");
  g_autoptr(GArray) cell = stg_budget_table_get_lines (t, defence, column_of (t, 2030), &error);
  g_autoptr(GArray) row = stg_budget_table_get_lines (t, defence, G_MAXUINT, &error);
  g_autoptr(GArray) all = stg_budget_table_get_lines (t, G_MAXUINT, G_MAXUINT, &error);
  g_autoptr(StgBudgetTable) kinds = table (f, STG_BUDGET_BY_CAPABILITY);
  guint military = row_of (kinds, "Military");
  g_autoptr(GArray) kind = stg_budget_table_get_lines (kinds, military, G_MAXUINT, &error);

  stg_assert_no_error (error);
  assert_int_equal (cell->len, 5);
  assert_int_equal (row->len, stg_budget_table_get_row_total (t, defence)->n_lines);
  assert_int_equal (all->len, stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL));
  assert_int_equal (kind->len, stg_budget_table_get_row_total (kinds, military)->n_lines);
}

static void
test_no_gdp_is_said (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgBudgetTable) t = NULL;
  gint64 gdp = 0;

  g_clear_object (&f->store);
  stg_test_run_sql (f->path, "DELETE FROM gdp_projection WHERE year = 2030");
  f->store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, NULL);
  t = table (f, STG_BUDGET_BY_ACTOR);
  assert_false (stg_budget_table_get_gdp (t, column_of (t, 2030), &gdp));
  assert_true (stg_budget_table_get_gdp (t, column_of (t, 2029), &gdp));
}

static void
test_variance_and_percent (void **state)
{
  StgBudgetCell cell = { .planned = 800, .actual = 900, .n_lines = 1, .n_actual = 1, .ceiling = STG_NO_AMOUNT };
  gint64 v = 0;
  g_autofree char *text = NULL;
  g_autofree char *negative = NULL;

  assert_true (stg_budget_variance (&cell, &v));
  assert_int_equal (v, 100);
  assert_true (stg_budget_variance_percent (&cell, &v));
  assert_int_equal (v, 1250);
  cell.planned = 3;
  cell.actual = 2;
  assert_true (stg_budget_variance_percent (&cell, &v));
  assert_int_equal (v, -3333);
  cell.planned = 6;
  cell.actual = 7;
  assert_true (stg_budget_variance_percent (&cell, &v));
  assert_int_equal (v, 1667);
  /* Nothing reported: no variance, not a variance of -100 %. */
  cell.n_actual = 0;
  assert_false (stg_budget_variance (&cell, &v));
  assert_false (stg_budget_variance_percent (&cell, &v));
  /* Exact at the edges of gint64. */
  assert_int_equal (stg_budget_share_of_gdp (G_MAXINT64, G_MAXINT64), 10000);
  assert_int_equal (stg_budget_share_of_gdp (G_MAXINT64, 1), G_MAXINT64);
  assert_int_equal (stg_budget_share_of_gdp (1, 300), 33);
  assert_int_equal (stg_budget_share_of_gdp (1, 200), 50);
  text = stg_budget_format_percent (130);
  negative = stg_budget_format_percent (-250);
  assert_string_equal (text, "1.30 %");
  assert_string_equal (negative, "-2.50 %");
}

static void
test_empty_strategy (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgBudgetTable) t = table (f, STG_BUDGET_BY_OBJECTIVE);

  assert_int_equal (stg_budget_table_get_n_rows (t), 0);
  assert_int_equal (stg_budget_table_get_n_years (t), 0);
  assert_true (stg_budget_table_get_total (t)->planned == 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_by_actor, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_totals_add_up, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_by_capability_and_source, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_lines_behind_a_cell, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_no_gdp_is_said, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test (test_variance_and_percent),
    cmocka_unit_test_setup_teardown (test_empty_strategy, stg_fixture_setup, stg_fixture_teardown),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
