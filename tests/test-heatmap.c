/* test-heatmap.c: the threat heat map places the sample's threats, hit-tests and draws */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <cairo.h>
#include <math.h>

#include "strategos/stg-heatmap.h"
#include "stg-test-draw.h"

#define WIDTH  900
#define HEIGHT 600

/* The band colours of the cells and the red ring of an unaddressed
 * threat, as drawn. */
static const guint32 very_high = 0xe97d72;
static const guint32 low = 0xdaefcc;
static const guint32 red = 0xc01c28;
static const guint32 blue = 0x1c71d8;

static StgHeatmapData *
data_of (StgFixture *f)
{
  g_autoptr(GError) error = NULL;
  StgHeatmapData *data = stg_heatmap_data_new (f->store, &error);

  stg_assert_no_error (error);
  assert_non_null (data);
  return data;
}

static cairo_surface_t *
draw (StgHeatmapData *data,
      int             width,
      int             height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  StgChartStyle style;

  stg_chart_style_init_default (&style);
  style.font_size = 13;
  stg_heatmap_draw (cr, width, height, data, &style);
  assert_int_equal (cairo_status (cr), CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The sample's fifteen threats with their scores and the objectives
 * addressing each; threat 15 (space) is the one none addresses, and the
 * dropped objective 30 no longer counts for threats 5 and 13. */
static void
test_sample_data (void **state)
{
  static const struct { gint64 id; int likelihood; int impact; guint objectives; } threats[] = {
    { 1, 3, 5, 9 }, { 2, 4, 4, 6 }, { 3, 4, 4, 7 }, { 4, 5, 3, 5 }, { 5, 3, 4, 4 },
    { 6, 4, 4, 7 }, { 7, 5, 4, 6 }, { 8, 3, 4, 4 }, { 9, 3, 3, 3 }, { 10, 3, 4, 4 },
    { 11, 5, 3, 3 }, { 12, 5, 3, 4 }, { 13, 1, 5, 7 }, { 14, 3, 4, 4 }, { 15, 2, 4, 0 },
  };
  StgFixture *f = *state;
  g_autoptr(StgHeatmapData) data = data_of (f);
  g_autofree char *text = stg_heatmap_describe (data);
  guint in_cells = 0;

  assert_int_equal (stg_heatmap_data_get_n_threats (data), 15);
  assert_int_equal (stg_heatmap_data_get_n_unaddressed (data), 1);
  for (guint i = 0; i < G_N_ELEMENTS (threats); i++)
    {
      const StgHeatmapThreat *t = stg_heatmap_data_find (data, threats[i].id);

      assert_non_null (t);
      assert_int_equal (t->likelihood, threats[i].likelihood);
      assert_int_equal (t->impact, threats[i].impact);
      assert_int_equal (t->objectives->len, threats[i].objectives);
    }
  assert_int_equal (stg_heatmap_data_find (data, 5)->n_dropped, 1);
  assert_int_equal (stg_heatmap_data_find (data, 13)->n_dropped, 1);
  assert_null (stg_heatmap_data_find (data, 99));
  assert_int_equal (stg_heatmap_data_count_in_cell (data, 4, 4), 3);
  assert_int_equal (stg_heatmap_data_count_in_cell (data, 3, 4), 4);
  assert_int_equal (stg_heatmap_data_count_in_cell (data, 5, 3), 3);
  assert_int_equal (stg_heatmap_data_count_in_cell (data, 1, 1), 0);
  for (int l = 1; l <= 5; l++)
    for (int i = 1; i <= 5; i++)
      in_cells += stg_heatmap_data_count_in_cell (data, l, i);
  assert_int_equal (in_cells, 15);

  /* Listed from the highest risk, climate change (5 x 4) first, and
   * numbered in the file's order. */
  assert_int_equal (stg_heatmap_data_get_threat (data, 0)->id, 7);
  assert_int_equal (stg_heatmap_data_get_threat (data, 14)->id, 13);
  for (guint i = 0; i < 15; i++)
    {
      const StgHeatmapThreat *t = stg_heatmap_data_get_threat (data, i);

      assert_int_equal (t->number, t->id);
      if (i > 0)
        {
          const StgHeatmapThreat *before = stg_heatmap_data_get_threat (data, i - 1);
          assert_true (before->likelihood * before->impact >= t->likelihood * t->impact);
        }
    }
  assert_string_equal (text, "15 threats by likelihood and impact. Very high risk: 8. High risk: 4. Medium risk: 3. "
                             "1 threat is addressed by no objective: Loss of access to space-based services.");
  g_clear_pointer (&text, g_free);
  text = stg_heatmap_describe_threat (stg_heatmap_data_find (data, 15));
  assert_string_equal (text, "15. Loss of access to space-based services: likelihood 2 (Unlikely), impact 4 (Major), "
                             "risk 8 (Medium); addressed by no objective");
}

/* Every threat's marker lies inside its cell, clear of its neighbours',
 * and a hit on it names the threat and the cell. */
static void
test_markers_in_their_cells (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgHeatmapData) data = data_of (f);
  cairo_surface_t *surface = draw (data, WIDTH, HEIGHT);
  guint n = stg_heatmap_data_get_n_threats (data);

  for (guint i = 0; i < n; i++)
    {
      const StgHeatmapThreat *t = stg_heatmap_data_get_threat (data, i);
      double x, y, r, cx, cy, cw, ch;
      gint64 id = 0;
      int l = 0, imp = 0;

      assert_true (stg_heatmap_get_marker (data, WIDTH, HEIGHT, t->id, &x, &y, &r));
      assert_true (stg_heatmap_get_cell_area (data, WIDTH, HEIGHT, t->likelihood, t->impact, &cx, &cy, &cw, &ch));
      assert_true (r >= 5);
      assert_true (x - r >= cx && x + r <= cx + cw);
      assert_true (y - r >= cy && y + r <= cy + ch);
      assert_true (stg_heatmap_hit (data, WIDTH, HEIGHT, x, y, &id, &l, &imp));
      assert_int_equal (id, t->id);
      assert_int_equal (l, t->likelihood);
      assert_int_equal (imp, t->impact);
      for (guint j = 0; j < i; j++)
        {
          double x2, y2, r2;

          assert_true (stg_heatmap_get_marker (data, WIDTH, HEIGHT, stg_heatmap_data_get_threat (data, j)->id, &x2, &y2, &r2));
          assert_true (hypot (x - x2, y - y2) >= r + r2);
        }
    }
  /* The same at another size, laid out afresh. */
  for (guint i = 0; i < n; i++)
    {
      const StgHeatmapThreat *t = stg_heatmap_data_get_threat (data, i);
      double x, y, r;
      gint64 id = 0;

      assert_true (stg_heatmap_get_marker (data, 640, 900, t->id, &x, &y, &r));
      assert_true (stg_heatmap_hit (data, 640, 900, x, y, &id, NULL, NULL));
      assert_int_equal (id, t->id);
    }
  cairo_surface_destroy (surface);
}

/* The middle of each cell is that cell; the margins are nothing. */
static void
test_hit_cells (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgHeatmapData) data = data_of (f);
  cairo_surface_t *surface = draw (data, WIDTH, HEIGHT);
  gint64 id = -1;
  int l = -1, imp = -1;

  for (int likelihood = 1; likelihood <= 5; likelihood++)
    for (int impact = 1; impact <= 5; impact++)
      {
        double x, y, w, h;

        assert_true (stg_heatmap_get_cell_area (data, WIDTH, HEIGHT, likelihood, impact, &x, &y, &w, &h));
        assert_true (w > 60 && h > 60);
        assert_true (stg_heatmap_hit (data, WIDTH, HEIGHT, x + w / 2, y + h / 2, NULL, &l, &imp));
        assert_int_equal (l, likelihood);
        assert_int_equal (imp, impact);
        /* The corner holds the score, never a marker. */
        assert_true (stg_heatmap_hit (data, WIDTH, HEIGHT, x + 3, y + 3, &id, &l, &imp));
        assert_int_equal (id, 0);
        assert_int_equal (l, likelihood);
        assert_int_equal (imp, impact);
      }
  /* Higher impact is higher up; higher likelihood further right. */
  {
    double x1, y1, x5, y5;

    stg_heatmap_get_cell_area (data, WIDTH, HEIGHT, 1, 1, &x1, &y1, NULL, NULL);
    stg_heatmap_get_cell_area (data, WIDTH, HEIGHT, 5, 5, &x5, &y5, NULL, NULL);
    assert_true (x5 > x1);
    assert_true (y5 < y1);
  }
  assert_false (stg_heatmap_hit (data, WIDTH, HEIGHT, 1, 1, &id, &l, &imp));
  assert_int_equal (id, 0);
  assert_int_equal (l, 0);
  assert_int_equal (imp, 0);
  assert_false (stg_heatmap_hit (data, WIDTH, HEIGHT, WIDTH - 2, HEIGHT - 2, NULL, NULL, NULL));
  cairo_surface_destroy (surface);
}

/* The list beside the grid names every threat: a hit on a row gives its
 * threat and no cell. */
static void
test_hit_list (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgHeatmapData) data = data_of (f);
  cairo_surface_t *surface = draw (data, WIDTH, HEIGHT);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  double gx, gy, cell;

  stg_heatmap_get_cell_area (data, WIDTH, HEIGHT, 5, 5, &gx, &gy, &cell, NULL);
  for (int y = 0; y < HEIGHT; y++)
    {
      gint64 id = 0;
      int l = -1;

      if (stg_heatmap_hit (data, WIDTH, HEIGHT, WIDTH - 150, y, &id, &l, NULL) && id != 0)
        {
          assert_int_equal (l, 0);
          g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
        }
    }
  assert_true (WIDTH - 150 > gx + cell);
  assert_int_equal (g_hash_table_size (seen), 15);
  cairo_surface_destroy (surface);
}

/* Drawn: every band's colour, the red ring of the unaddressed threat in
 * its cell (likelihood 2, impact 4) and nowhere else on the grid, margins
 * left white. */
static void
test_draws_the_sample (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgHeatmapData) data = data_of (f);
  cairo_surface_t *surface = draw (data, WIDTH, HEIGHT);
  double x, y, w, h, mx, my, r;

  assert_true (count_in (surface, G_MAXUINT32, 0, 0, WIDTH, HEIGHT) > WIDTH * HEIGHT / 4);
  assert_true (count_in (surface, very_high, 0, 0, WIDTH, HEIGHT) > 20000);
  assert_true (count_in (surface, low, 0, 0, WIDTH, HEIGHT) > 20000);
  assert_int_equal (pixel (surface, 2, 2), 0xffffff);
  assert_int_equal (pixel (surface, WIDTH - 3, HEIGHT - 3), 0xffffff);
  assert_true (stg_heatmap_get_marker (data, WIDTH, HEIGHT, 15, &mx, &my, &r));
  assert_true (count_in (surface, red, (int) (mx - r - 2), (int) (my - r - 2), (int) (mx + r + 2), (int) (my + r + 2)) > 20);
  stg_heatmap_get_cell_area (data, WIDTH, HEIGHT, 1, 1, &x, &y, &w, &h);
  assert_int_equal (count_in (surface, red, (int) x, (int) (y - 4 * h), (int) (x + 5 * w), (int) (y + h)) -
                    count_in (surface, red, (int) (mx - r - 2), (int) (my - r - 2), (int) (mx + r + 2), (int) (my + r + 2)), 0);
  assert_int_equal (count_in (surface, blue, 0, 0, WIDTH, HEIGHT), 0);
  save (f, surface, "heatmap-sample.png");
  cairo_surface_destroy (surface);

  /* A page's column, where the list goes under the grid. */
  surface = draw (data, 500, 760);
  assert_true (count_in (surface, very_high, 0, 0, 500, 760) > 10000);
  save (f, surface, "heatmap-sample-portrait.png");
  cairo_surface_destroy (surface);
}

/* Without the legend the grid takes the whole rectangle: larger cells,
 * nothing but the grid to hit, and the markers still in their cells. */
static void
test_without_legend (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgHeatmapData) data = data_of (f);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  StgChartStyle style;
  double with_legend, cell, x, y, r, cx, cy;
  gint64 id = -1;

  stg_chart_style_init_default (&style);
  style.font_size = 13;
  stg_heatmap_draw (cr, WIDTH, HEIGHT, data, &style);
  assert_true (stg_heatmap_get_cell_area (data, WIDTH, HEIGHT, 1, 1, NULL, NULL, &with_legend, NULL));
  style.show_legend = FALSE;
  stg_heatmap_draw (cr, WIDTH, HEIGHT, data, &style);
  cairo_destroy (cr);
  assert_true (stg_heatmap_get_cell_area (data, WIDTH, HEIGHT, 2, 4, &cx, &cy, &cell, NULL));
  assert_true (cell > with_legend * 1.1);
  assert_true (stg_heatmap_get_marker (data, WIDTH, HEIGHT, 15, &x, &y, &r));
  assert_true (x > cx && x < cx + cell && y > cy && y < cy + cell);
  assert_false (stg_heatmap_hit (data, WIDTH, HEIGHT, WIDTH - 20, HEIGHT / 2, &id, NULL, NULL));
  assert_int_equal (id, 0);
  assert_true (count_in (surface, red, (int) (x - r), (int) (y - r), (int) (x + r), (int) (y + r)) > 20);
  save (f, surface, "heatmap-no-legend.png");
  cairo_surface_destroy (surface);
}

/* The screen's extras: the selected threat ringed in blue, a dragged one
 * following the pointer to an outlined cell. */
static void
test_selection_and_drag (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgHeatmapData) data = data_of (f);
  cairo_surface_t *surface;
  double mx, my, r, x, y, w, h;

  stg_heatmap_data_set_selected (data, 3);
  assert_int_equal (stg_heatmap_data_get_selected (data), 3);
  surface = draw (data, WIDTH, HEIGHT);
  assert_true (stg_heatmap_get_marker (data, WIDTH, HEIGHT, 3, &mx, &my, &r));
  assert_true (count_in (surface, blue, (int) (mx - 2 * r), (int) (my - 2 * r), (int) (mx + 2 * r), (int) (my + 2 * r)) > 30);
  save (f, surface, "heatmap-selected.png");
  cairo_surface_destroy (surface);

  stg_heatmap_get_cell_area (data, WIDTH, HEIGHT, 1, 1, &x, &y, &w, &h);
  stg_heatmap_data_set_drag (data, 3, x + w / 2, y + h / 2);
  surface = draw (data, WIDTH, HEIGHT);
  /* The outline of the cell under the pointer. */
  assert_true (count_in (surface, blue, (int) x, (int) y, (int) (x + w), (int) (y + 4)) > w / 2);
  save (f, surface, "heatmap-drag.png");
  cairo_surface_destroy (surface);
  stg_heatmap_data_set_drag (data, 0, 0, 0);
}

/* What the page does on a drop: both scores in one update, one undo step
 * named after the threat, and undo puts the threat back. */
static void
test_move_is_one_undo_step (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgRecord) threat = stg_store_get (f->store, STG_TYPE_THREAT, 15, &error);
  g_autoptr(StgHeatmapData) data = NULL;
  g_autofree char *label = NULL;

  stg_assert_no_error (error);
  stg_record_set_int (threat, "likelihood", 5);
  stg_record_set_int (threat, "impact", 5);
  assert_true (stg_store_update (f->store, threat, &error));
  stg_assert_no_error (error);
  label = stg_store_get_undo_label (f->store);
  assert_string_equal (label, "Edit threat “Loss of access to space-based services”");
  data = data_of (f);
  assert_int_equal (stg_heatmap_data_find (data, 15)->likelihood, 5);
  assert_int_equal (stg_heatmap_data_find (data, 15)->impact, 5);
  assert_int_equal (stg_heatmap_data_get_threat (data, 0)->id, 15);
  /* First in the list now, but still number 15 on the map. */
  assert_int_equal (stg_heatmap_data_get_threat (data, 0)->number, 15);
  g_clear_pointer (&data, stg_heatmap_data_free);

  assert_true (stg_store_undo (f->store, &error));
  stg_assert_no_error (error);
  data = data_of (f);
  assert_int_equal (stg_heatmap_data_find (data, 15)->likelihood, 2);
  assert_int_equal (stg_heatmap_data_find (data, 15)->impact, 4);
}

/* Linking the space threat to an objective leaves nothing unaddressed;
 * dropping every objective of another threat makes it unaddressed. */
static void
test_residual_follows_links (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgHeatmapData) data = NULL;
  g_autoptr(GArray) objectives = NULL;
  g_autofree char *text = NULL;

  assert_true (stg_store_link (f->store, STG_LINK_OBJECTIVE_THREAT, 1, 15, &error));
  stg_assert_no_error (error);
  data = data_of (f);
  assert_int_equal (stg_heatmap_data_get_n_unaddressed (data), 0);
  text = stg_heatmap_describe (data);
  assert_non_null (strstr (text, "Every threat is addressed by at least one objective."));
  g_clear_pointer (&data, stg_heatmap_data_free);

  objectives = stg_store_linked_reverse (f->store, STG_LINK_OBJECTIVE_THREAT, 9, &error);
  stg_assert_no_error (error);
  assert_int_equal (objectives->len, 3);
  for (guint i = 0; i < objectives->len; i++)
    {
      g_autoptr(StgRecord) o = stg_store_get (f->store, STG_TYPE_OBJECTIVE, g_array_index (objectives, gint64, i), &error);

      stg_assert_no_error (error);
      stg_record_set_text (o, "status", "dropped");
      assert_true (stg_store_update (f->store, o, &error));
      stg_assert_no_error (error);
    }
  data = data_of (f);
  assert_int_equal (stg_heatmap_data_get_n_unaddressed (data), 1);
  assert_int_equal (stg_heatmap_data_find (data, 9)->objectives->len, 0);
  assert_int_equal (stg_heatmap_data_find (data, 9)->n_dropped, 3);
}

/* A cell too small for all its markers shows as many as fit and "+N";
 * a list too long for the height ends with "and N more threats". */
static void
test_crowded (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgHeatmapData) data = NULL;
  cairo_surface_t *surface;
  guint shown = 0;

  for (int i = 0; i < 60; i++)
    {
      g_autofree char *title = g_strdup_printf ("Crowded threat %d with a title long enough to wrap", i);
      g_autoptr(GError) error = NULL;
      g_autoptr(StgRecord) t = stg_store_get (f->store, STG_TYPE_THREAT, stg_test_add (f->store, STG_TYPE_THREAT, title), &error);

      stg_assert_no_error (error);
      stg_record_set_int (t, "likelihood", 4);
      stg_record_set_int (t, "impact", 4);
      assert_true (stg_store_update (f->store, t, &error));
      stg_assert_no_error (error);
    }
  data = data_of (f);
  assert_int_equal (stg_heatmap_data_count_in_cell (data, 4, 4), 63);
  surface = draw (data, WIDTH, HEIGHT);
  for (guint i = 0; i < stg_heatmap_data_get_n_threats (data); i++)
    if (stg_heatmap_get_marker (data, WIDTH, HEIGHT, stg_heatmap_data_get_threat (data, i)->id, NULL, NULL, NULL))
      shown++;
  assert_true (shown > 15);
  assert_true (shown < stg_heatmap_data_get_n_threats (data));
  save (f, surface, "heatmap-crowded.png");
  cairo_surface_destroy (surface);
  /* Too small for a grid: drawn without a warning, and nothing to hit. */
  surface = draw (data, 40, 30);
  assert_false (stg_heatmap_hit (data, 40, 30, 20, 15, NULL, NULL, NULL));
  cairo_surface_destroy (surface);
}

/* No threats: a centred message, no grid, nothing to hit. */
static void
test_empty_strategy (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgHeatmapData) data = data_of (f);
  g_autofree char *text = stg_heatmap_describe (data);
  cairo_surface_t *surface = draw (data, WIDTH, HEIGHT);

  assert_int_equal (stg_heatmap_data_get_n_threats (data), 0);
  assert_int_equal (stg_heatmap_data_get_n_unaddressed (data), 0);
  assert_string_equal (text, "No threats yet");
  assert_true (count_in (surface, G_MAXUINT32, 0, HEIGHT * 2 / 5, WIDTH, HEIGHT * 3 / 5) > 100);
  assert_int_equal (count_in (surface, G_MAXUINT32, 0, 0, WIDTH, HEIGHT / 3), 0);
  assert_int_equal (count_in (surface, G_MAXUINT32, 0, HEIGHT * 2 / 3, WIDTH, HEIGHT), 0);
  assert_int_equal (count_in (surface, low, 0, 0, WIDTH, HEIGHT), 0);
  assert_false (stg_heatmap_hit (data, WIDTH, HEIGHT, WIDTH / 2, HEIGHT / 2, NULL, NULL, NULL));
  assert_false (stg_heatmap_get_cell_area (data, WIDTH, HEIGHT, 3, 3, NULL, NULL, NULL, NULL));
  save (f, surface, "heatmap-empty.png");
  cairo_surface_destroy (surface);
}

static void
test_bands_and_words (void **state)
{
  (void) state;
  assert_int_equal (stg_heatmap_risk_band (1, 1), STG_RISK_LOW);
  assert_int_equal (stg_heatmap_risk_band (2, 2), STG_RISK_LOW);
  assert_int_equal (stg_heatmap_risk_band (1, 5), STG_RISK_MEDIUM);
  assert_int_equal (stg_heatmap_risk_band (3, 3), STG_RISK_MEDIUM);
  assert_int_equal (stg_heatmap_risk_band (2, 5), STG_RISK_HIGH);
  assert_int_equal (stg_heatmap_risk_band (3, 4), STG_RISK_HIGH);
  assert_int_equal (stg_heatmap_risk_band (5, 3), STG_RISK_VERY_HIGH);
  assert_int_equal (stg_heatmap_risk_band (5, 5), STG_RISK_VERY_HIGH);
  assert_string_equal (stg_heatmap_likelihood_label (1), "Rare");
  assert_string_equal (stg_heatmap_likelihood_label (5), "Almost certain");
  assert_string_equal (stg_heatmap_impact_label (1), "Minor");
  assert_string_equal (stg_heatmap_impact_label (5), "Severe");
  assert_null (stg_heatmap_impact_label (0));
  assert_null (stg_heatmap_likelihood_label (6));
  assert_string_equal (stg_risk_band_label (STG_RISK_VERY_HIGH), "Very high");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_sample_data, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_markers_in_their_cells, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_hit_cells, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_hit_list, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_draws_the_sample, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_without_legend, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_selection_and_drag, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_move_is_one_undo_step, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_residual_follows_links, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_crowded, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_empty_strategy, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test (test_bands_and_words),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
