/* test-chart.c: the budget chart draws the sample, an empty strategy and the extremes */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <cairo.h>

#include "strategos/stg-chart.h"
#include "stg-test-file.h"
#include "stg-test-draw.h"

#define WIDTH  900
#define HEIGHT 500

/* Okabe-Ito blue, orange and bluish green: the first three actors. */
static const guint32 blue = 0x0072b2;
static const guint32 orange = 0xe69f00;
static const guint32 green = 0x009e73;

static StgBudgetTable *
by_actor (StgFixture *f)
{
  g_autoptr(GError) error = NULL;
  StgBudgetTable *t = stg_budget_table_new (f->store, STG_BUDGET_BY_ACTOR, &error);

  stg_assert_no_error (error);
  assert_non_null (t);
  return t;
}

static cairo_surface_t *
draw (StgBudgetTable *t,
      int             width,
      int             height,
      gboolean        legend)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  StgChartStyle style;

  stg_chart_style_init_default (&style);
  style.font_size = 13;
  style.show_legend = legend;
  stg_chart_draw_budget (cr, width, height, t, &style);
  assert_int_equal (cairo_status (cr), CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The sample's bars: Defence (the largest, blue) fills most of each, the
 * next actors show as thin segments on top. */
static void
test_draws_the_sample (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgBudgetTable) t = by_actor (f);
  cairo_surface_t *surface = draw (t, WIDTH, HEIGHT, FALSE);

  assert_true (count (surface, blue, 0, HEIGHT) > 20000);
  assert_true (count (surface, orange, 0, HEIGHT) > 50);
  assert_true (count (surface, green, 0, HEIGHT) > 50);
  /* Nothing but white in the corners: margins. */
  assert_int_equal (pixel (surface, 2, 2), 0xffffff);
  assert_int_equal (pixel (surface, WIDTH - 3, HEIGHT - 3), 0xffffff);
  cairo_surface_destroy (surface);

  surface = draw (t, WIDTH, HEIGHT, TRUE);
  save (f, surface, "chart-sample.png");
  cairo_surface_destroy (surface);
  surface = draw (t, 700, 400, TRUE);
  save (f, surface, "chart-sample-700.png");
  assert_true (count (surface, blue, 0, 400) > 10000);
  cairo_surface_destroy (surface);
}

/* The share-of-GDP line is black; without any GDP projection there is
 * none, and the note says which years lack one. */
static void
test_share_of_gdp_line (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgBudgetTable) t = by_actor (f);
  g_autofree char *text = stg_chart_describe_budget (t);
  cairo_surface_t *surface = draw (t, WIDTH, HEIGHT, FALSE);

  assert_true (count (surface, 0x000000, 0, HEIGHT) > 200);
  assert_non_null (strstr (text, "Share of GDP: 1.16 % in 2025, 1.32 % in 2030."));
  assert_null (strstr (text, "No GDP"));
  cairo_surface_destroy (surface);
  g_clear_pointer (&t, stg_budget_table_free);
  g_clear_pointer (&text, g_free);

  change (f, "DELETE FROM gdp_projection WHERE year = 2030");
  t = by_actor (f);
  text = stg_chart_describe_budget (t);
  assert_non_null (strstr (text, "No GDP projection for 2030."));
  assert_non_null (strstr (text, "1.29 % in 2029."));
  surface = draw (t, WIDTH, HEIGHT, TRUE);
  save (f, surface, "chart-no-gdp-2030.png");
  cairo_surface_destroy (surface);
  g_clear_pointer (&t, stg_budget_table_free);
  g_clear_pointer (&text, g_free);

  change (f, "DELETE FROM gdp_projection");
  t = by_actor (f);
  text = stg_chart_describe_budget (t);
  assert_non_null (strstr (text, "No GDP projections for 2025\u20132030."));
  surface = draw (t, WIDTH, HEIGHT, FALSE);
  assert_int_equal (count (surface, 0x000000, 0, HEIGHT), 0);
  assert_true (count (surface, blue, 0, HEIGHT) > 20000);
  cairo_surface_destroy (surface);
}

/* Nothing to chart: a centred message, no bars, no crash. */
static void
test_empty_strategy (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgBudgetTable) t = by_actor (f);
  g_autofree char *text = stg_chart_describe_budget (t);
  cairo_surface_t *surface = draw (t, WIDTH, HEIGHT, TRUE);

  assert_string_equal (text, "No budget lines yet");
  assert_true (count (surface, G_MAXUINT32, HEIGHT * 2 / 5, HEIGHT * 3 / 5) > 100);
  assert_int_equal (count (surface, G_MAXUINT32, 0, HEIGHT / 3), 0);
  assert_int_equal (count (surface, G_MAXUINT32, HEIGHT * 2 / 3, HEIGHT), 0);
  assert_int_equal (count (surface, blue, 0, HEIGHT), 0);
  save (f, surface, "chart-empty.png");
  cairo_surface_destroy (surface);
}

/* One year, the largest amounts a file can hold, and a chart too small
 * to hold a plot: drawn without a warning. */
static void
test_extremes (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgBudgetTable) t = NULL;
  g_autofree char *text = NULL;
  cairo_surface_t *surface;

  change (f, "DELETE FROM budget_line WHERE year <> 2027");
  t = by_actor (f);
  assert_int_equal (stg_budget_table_get_n_years (t), 1);
  text = stg_chart_describe_budget (t);
  assert_true (g_str_has_prefix (text, "Planned budget by actor, 2027: EUR "));
  surface = draw (t, WIDTH, HEIGHT, TRUE);
  assert_true (count (surface, blue, 0, HEIGHT) > 5000);
  cairo_surface_destroy (surface);
  surface = draw (t, 40, 30, TRUE);
  cairo_surface_destroy (surface);
  g_clear_pointer (&t, stg_budget_table_free);

  /* Two lines adding up to G_MAXINT64 cents. */
  change (f, "DELETE FROM budget_line;"
             "INSERT INTO budget_line (objective_id, actor_id, year, planned) VALUES "
             "((SELECT min(id) FROM objective), (SELECT min(id) FROM actor), 2030, 5000000000000000000),"
             "((SELECT min(id) FROM objective), (SELECT max(id) FROM actor), 2031, 4223372036854775807)");
  t = by_actor (f);
  assert_true (stg_budget_table_get_total (t)->planned == G_MAXINT64);
  surface = draw (t, WIDTH, HEIGHT, TRUE);
  assert_true (count (surface, blue, 0, HEIGHT) > 5000);
  assert_true (count (surface, orange, 0, HEIGHT) > 5000);
  save (f, surface, "chart-huge.png");
  cairo_surface_destroy (surface);
}

static gboolean
is_nice (gint64 step)
{
  while (step % 10 == 0)
    step /= 10;
  return step == 1 || step == 2 || step == 5;
}

static gint64
next_smaller_nice (gint64 step)
{
  gint64 power = 1;

  while (step / power >= 10)
    power *= 10;
  switch (step / power)
    {
    case 5: return 2 * power;
    case 2: return power;
    default: return power / 2 == 0 ? 0 : 5 * (power / 10);
    }
}

static void
test_nice_step (void **state)
{
  static const struct { gint64 max; guint n; gint64 step; } cases[] = {
    { 0, 5, 1 }, { -7, 5, 1 }, { 1, 5, 1 }, { 5, 5, 1 }, { 6, 5, 2 }, { 11, 5, 5 },
    { 100, 4, 50 }, { 7, 1, 10 }, { 7, 0, 10 }, { 932, 5, 200 },
    { G_GINT64_CONSTANT (9320000000), 5, G_GINT64_CONSTANT (2000000000) },
    { G_GINT64_CONSTANT (1500000000), 4, G_GINT64_CONSTANT (500000000) },
    { G_MAXINT64, 5, G_GINT64_CONSTANT (2000000000000000000) },
    { G_MAXINT64, 1, G_GINT64_CONSTANT (5000000000000000000) },
  };

  (void) state;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (stg_chart_nice_step (cases[i].max, cases[i].n) != cases[i].step)
      fail_msg ("nice step of %" G_GINT64_FORMAT " in %u: %" G_GINT64_FORMAT ", not %" G_GINT64_FORMAT,
                cases[i].max, cases[i].n, stg_chart_nice_step (cases[i].max, cases[i].n), cases[i].step);

  /* Over many ranges: 1, 2 or 5 x 10^n, reaching the maximum, and the
   * smallest that does. */
  for (gint64 max = 1; max < G_MAXINT64 / 3; max = max * 3 + 1)
    for (guint n = 2; n <= 7; n++)
      {
        gint64 step = stg_chart_nice_step (max, n);

        assert_true (is_nice (step));
        assert_true (step * n >= max);
        assert_true (next_smaller_nice (step) * n < max);
      }
}

static void
test_compact_amounts (void **state)
{
  static const struct { gint64 units; const char *text; } cases[] = {
    { 0, "0" },
    { 250000, "EUR 250000" },
    { 500000000, "EUR 500 M" },
    { 1250000, "EUR 1.25 M" },
    { 2000000000, "EUR 2 bn" },
    { 1500000000, "EUR 1.5 bn" },
    { G_GINT64_CONSTANT (3000000000000), "EUR 3 tn" },
    { G_GINT64_CONSTANT (92233720368547758), "EUR 92233.720368547758 tn" },
  };

  (void) state;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = stg_chart_format_compact (cases[i].units, "EUR");

      assert_string_equal (text, cases[i].text);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_draws_the_sample, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_share_of_gdp_line, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_empty_strategy, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_extremes, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test (test_nice_step),
    cmocka_unit_test (test_compact_amounts),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
