/* test-timeline.c: the objectives timeline reads, lays out, hit-tests and draws the sample */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <cairo.h>
#include <cairo-pdf.h>
#include <math.h>

#include "strategos/stg-timeline.h"
#include "stg-test-file.h"
#include "stg-test-draw.h"

#define WIDTH  1100
#define HEIGHT 700
#define TODAY  "2026-03-15"

/* The sample's objectives that the tests name. */
#define DEFENCE_SPENDING   9   /* Defence, 2025-01-01 to 2030-12-31, on track */
#define FORESIGHT          16  /* Chancellery, to 2025-09-30, late */
#define CLIMATE_SECURITY   26  /* Enabel, from 2026-01-01, no deadline */
#define REGIONS_IN_THE_NSC 33  /* no lead actor */

/* Okabe-Ito colours of the statuses, and today's line. */
static const guint32 on_track = 0x009e73;
static const guint32 at_risk = 0xe69f00;
static const guint32 late = 0xd55e00;
static const guint32 today_line = 0xcc79a7;

static StgTimelineData *
read_timeline (StgFixture *f)
{
  g_autoptr(GError) error = NULL;
  StgTimelineData *data = stg_timeline_data_new (f->store, TODAY, &error);

  stg_assert_no_error (error);
  assert_non_null (data);
  return data;
}

static void
init_style (StgChartStyle *style)
{
  stg_chart_style_init_default (style);
  style->font_size = 12.6;
}

static cairo_surface_t *
draw (StgTimelineData       *data,
      const StgTimelineView *view,
      const StgChartStyle   *style,
      int                    width,
      int                    height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  stg_timeline_draw (cr, width, height, data, view, style);
  assert_int_equal (cairo_status (cr), CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
julian (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  assert_true (stg_date_parse_iso (iso, &date, NULL));
  return g_date_get_julian (&date);
}

/* One lane per lead actor, by name, and the objectives without one in a
 * last lane of their own; each bar in its lead actor's lane. */
static void
test_lanes_by_lead_actor (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgTimelineData) data = read_timeline (f);
  guint n_lanes = stg_timeline_data_get_n_lanes (data);
  gint64 leaders = stg_test_query_int (f->path, "SELECT count(DISTINCT lead_actor_id) FROM objective");

  assert_int_equal (stg_timeline_data_get_n_bars (data), 34);
  assert_int_equal (n_lanes, leaders + 1);
  assert_string_equal (stg_timeline_data_get_lane_label (data, n_lanes - 1), "No lead actor");
  assert_int_equal (stg_timeline_data_get_lane_actor (data, n_lanes - 1), 0);
  assert_string_equal (stg_timeline_data_get_lane_label (data, 0), "Centre for Cybersecurity Belgium");
  for (guint l = 1; l + 1 < n_lanes; l++)
    assert_true (g_ascii_strcasecmp (stg_timeline_data_get_lane_label (data, l - 1),
                                     stg_timeline_data_get_lane_label (data, l)) < 0);
  assert_int_equal (stg_timeline_data_find (data, REGIONS_IN_THE_NSC, NULL)->lane, n_lanes - 1);

  for (guint i = 0; i < stg_timeline_data_get_n_bars (data); i++)
    {
      const StgTimelineBar *bar = stg_timeline_data_get_bar (data, i);
      g_autofree char *sql = g_strdup_printf ("SELECT coalesce(lead_actor_id, 0) FROM objective WHERE id = %" G_GINT64_FORMAT, bar->id);

      assert_int_equal (stg_timeline_data_get_lane_actor (data, bar->lane), stg_test_query_int (f->path, sql));
      assert_true (bar->start <= bar->end);
      assert_true (bar->row < stg_timeline_data_get_lane_n_rows (data, bar->lane));
      /* Reading order: by lane, then by start. */
      if (i > 0)
        {
          const StgTimelineBar *before = stg_timeline_data_get_bar (data, i - 1);
          assert_true (before->lane < bar->lane || (before->lane == bar->lane && before->start <= bar->start));
        }
    }
}

/* No two bars of a row overlap, and a lane has no more rows than it needs:
 * the Ministry of Defence's four overlapping objectives take four rows. */
static void
test_rows_never_overlap (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgTimelineData) data = read_timeline (f);
  guint n = stg_timeline_data_get_n_bars (data);
  const StgTimelineBar *defence = stg_timeline_data_find (data, DEFENCE_SPENDING, NULL);

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        const StgTimelineBar *a = stg_timeline_data_get_bar (data, i);
        const StgTimelineBar *b = stg_timeline_data_get_bar (data, j);

        if (a->lane == b->lane && a->row == b->row)
          assert_true (a->end < b->start || b->end < a->start);
      }
  assert_string_equal (stg_timeline_data_get_lane_label (data, defence->lane), "Ministry of Defence");
  assert_int_equal (stg_timeline_data_get_lane_n_rows (data, defence->lane), 4);
  assert_int_equal (defence->start, julian ("2025-01-01"));
  assert_int_equal (defence->end, julian ("2030-12-31"));
  assert_string_equal (defence->status, "on_track");
}

/* The objective without a deadline runs open-ended to the horizon's end;
 * one without a start begins with the horizon. */
static void
test_open_ended (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgTimelineData) data = read_timeline (f);
  const StgTimelineBar *bar = stg_timeline_data_find (data, CLIMATE_SECURITY, NULL);
  g_autofree char *text = stg_timeline_describe_bar (data, bar);
  g_autofree char *summary = stg_timeline_describe (data);
  int first = 0, last = 0;

  assert_false (bar->has_deadline);
  assert_true (bar->has_start);
  assert_int_equal (bar->start, julian ("2026-01-01"));
  assert_int_equal (bar->end, julian ("2035-12-31"));
  assert_string_equal (text, "Climate security in development and defence planning\n"
                             "Lead actor: Enabel, Belgian development agency\n"
                             "From 2026-01-01, no deadline\n"
                             "Status: Not started");
  assert_non_null (strstr (summary, "34 objectives of 15 lead actors, horizon 2025 to 2035."));
  assert_non_null (strstr (summary, "1 has no deadline."));
  assert_non_null (strstr (summary, "The legislature ends on 2029-06-30."));
  stg_timeline_data_get_horizon (data, &first, &last);
  assert_int_equal (first, 2025);
  assert_int_equal (last, 2035);
  assert_int_equal (stg_timeline_data_get_legislature_end (data), julian ("2029-06-30"));
  assert_int_equal (stg_timeline_data_get_today (data), julian (TODAY));
  for (guint i = 0; i < stg_timeline_data_get_n_bars (data); i++)
    if (stg_timeline_data_get_bar (data, i)->id != CLIMATE_SECURITY)
      assert_true (stg_timeline_data_get_bar (data, i)->has_deadline);
  g_clear_pointer (&data, stg_timeline_data_free);

  change (f, "UPDATE objective SET start_date = NULL, deadline = '2024-06-30' WHERE id = 9");
  data = read_timeline (f);
  bar = stg_timeline_data_find (data, DEFENCE_SPENDING, NULL);
  assert_false (bar->has_start);
  assert_true (bar->has_deadline);
  /* Due before the horizon it takes for its start: a one-day bar. */
  assert_int_equal (bar->start, julian ("2025-01-01"));
  assert_int_equal (bar->end, bar->start);
}

/* A click on the middle of any bar finds that bar, where its colour is
 * drawn; a click beside the bars, on the axis or on the gutter finds none. */
static void
test_hit_bars (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgTimelineData) data = read_timeline (f);
  StgChartStyle style;
  StgTimelineView view;
  cairo_surface_t *surface;
  double height;
  guint n_hit = 0;
  gint64 id = 0;
  double x, y, w, h;

  init_style (&style);
  stg_timeline_view_init (&view, data);
  /* Tall enough for every lane. */
  height = ceil (stg_timeline_content_height (data, &style, WIDTH));
  surface = draw (data, &view, &style, WIDTH, (int) height);
  for (guint i = 0; i < stg_timeline_data_get_n_bars (data); i++)
    {
      const StgTimelineBar *bar = stg_timeline_data_get_bar (data, i);

      assert_true (stg_timeline_bar_area (data, &view, &style, WIDTH, height, bar->id, &x, &y, &w, &h));
      id = 0;
      assert_true (stg_timeline_hit (data, &view, &style, WIDTH, height, x + w / 2, y + h / 2, &id));
      assert_int_equal (id, bar->id);
      if (g_str_equal (bar->status, "on_track"))
        assert_true (near (pixel (surface, (int) (x + w - 2), (int) (y + h / 2)), on_track));
      n_hit++;
    }
  assert_int_equal (n_hit, 34);

  /* Objective 9 runs to the end of 2030; the horizon to the end of 2035. */
  assert_true (stg_timeline_bar_area (data, &view, &style, WIDTH, height, DEFENCE_SPENDING, &x, &y, &w, &h));
  assert_true (w > 0.45 * (WIDTH - 300) && w < 0.6 * WIDTH);
  assert_false (stg_timeline_hit (data, &view, &style, WIDTH, height, x + w + 100, y + h / 2, &id));
  assert_false (stg_timeline_hit (data, &view, &style, WIDTH, height, 20, y + h / 2, &id));
  assert_false (stg_timeline_hit (data, &view, &style, WIDTH, height, x + w / 2, 40, &id));
  cairo_surface_destroy (surface);
}

/* Zoomed in on 2030, bar 9's visible end is still hit and a bar wholly
 * out of the view is not; scrolled down, the lanes move under the axis. */
static void
test_hit_zoomed (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgTimelineData) data = read_timeline (f);
  StgChartStyle style;
  StgTimelineView view;
  double x, y, w, h, span;
  gint64 id = 0;

  init_style (&style);
  stg_timeline_view_init (&view, data);
  view.start = julian ("2030-01-01");
  view.end = julian ("2031-01-01");
  view.scroll_y = 1e6;
  stg_timeline_view_clamp (&view, data, &style, WIDTH, HEIGHT);
  assert_true (view.scroll_y > 0);
  assert_true (view.scroll_y < HEIGHT);
  assert_true (view.start == julian ("2030-01-01") && view.end == julian ("2031-01-01"));

  /* The bar ends on the last day shown: its right end is at the axis's. */
  assert_true (stg_timeline_bar_area (data, &view, &style, WIDTH, HEIGHT, DEFENCE_SPENDING, &x, &y, &w, &h));
  assert_true (x < 0);
  assert_true (stg_timeline_hit (data, &view, &style, WIDTH, HEIGHT, x + w - 5, y + h / 2, &id));
  assert_int_equal (id, DEFENCE_SPENDING);
  /* Late in 2025: out of sight to the left. */
  assert_true (stg_timeline_bar_area (data, &view, &style, WIDTH, HEIGHT, FORESIGHT, &x, &y, &w, &h));
  assert_true (x + w < 0);
  assert_false (stg_timeline_hit (data, &view, &style, WIDTH, HEIGHT, x + w / 2, y + h / 2, &id));

  /* Zooming keeps the day under the pointer where it is. */
  span = view.end - view.start;
  assert_true (stg_timeline_bar_area (data, &view, &style, WIDTH, HEIGHT, DEFENCE_SPENDING, &x, &y, &w, &h));
  stg_timeline_view_zoom (&view, data, &style, WIDTH, 2.0, x + w - 1);
  assert_true (fabs ((view.end - view.start) * 2 - span) < 1e-6);
  assert_true (stg_timeline_hit (data, &view, &style, WIDTH, HEIGHT, x + w - 3, y + h / 2, &id));
  assert_int_equal (id, DEFENCE_SPENDING);
}

/* Zoom stops at two months and at the whole range; panning stays in it;
 * revealing an objective scrolls to it. */
static void
test_view_limits (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgTimelineData) data = read_timeline (f);
  StgChartStyle style;
  StgTimelineView view;
  double start, end, x, y, w, h;
  gint64 id = 0;

  init_style (&style);
  stg_timeline_data_get_range (data, &start, &end);
  assert_true (start == julian ("2025-01-01"));
  assert_true (end == julian ("2036-01-01"));
  stg_timeline_view_init (&view, data);
  assert_true (view.start == julian ("2025-01-01") && view.end == julian ("2036-01-01"));

  stg_timeline_view_zoom (&view, data, &style, WIDTH, 1000, 600);
  assert_true (fabs (view.end - view.start - 61) < 1e-6);
  stg_timeline_view_pan (&view, data, &style, WIDTH, HEIGHT, -1e7, 0);
  assert_true (fabs (view.end - end) < 1e-6);
  stg_timeline_view_pan (&view, data, &style, WIDTH, HEIGHT, 1e7, -1e7);
  assert_true (fabs (view.start - start) < 1e-6);
  assert_true (view.scroll_y > 0);
  stg_timeline_view_zoom (&view, data, &style, WIDTH, 0.0001, 600);
  assert_true (view.start == start && view.end == end);

  /* The last lane is below the fold of a short drawing until revealed. */
  stg_timeline_view_init (&view, data);
  assert_true (stg_timeline_bar_area (data, &view, &style, WIDTH, 400, REGIONS_IN_THE_NSC, &x, &y, &w, &h));
  assert_true (y > 400);
  stg_timeline_view_reveal (&view, data, &style, WIDTH, 400, REGIONS_IN_THE_NSC);
  assert_true (stg_timeline_bar_area (data, &view, &style, WIDTH, 400, REGIONS_IN_THE_NSC, &x, &y, &w, &h));
  assert_true (y > 0 && y + h < 400);
  assert_true (stg_timeline_hit (data, &view, &style, WIDTH, 400, x + w / 2, y + h / 2, &id));
  assert_int_equal (id, REGIONS_IN_THE_NSC);

  /* An objective past the horizon widens the range, not the view. */
  g_clear_pointer (&data, stg_timeline_data_free);
  change (f, "UPDATE objective SET deadline = '2041-06-30' WHERE id = 9");
  data = read_timeline (f);
  stg_timeline_data_get_range (data, &start, &end);
  assert_true (end == julian ("2042-01-01"));
  stg_timeline_view_init (&view, data);
  assert_true (view.end == julian ("2036-01-01"));
  stg_timeline_view_pan (&view, data, &style, WIDTH, HEIGHT, -1e7, 0);
  assert_true (view.end == julian ("2042-01-01"));
}

/* The sample drawn: bars in the status colours, today's line, a legend;
 * white margins. Saved zoomed, scrolled and in full for a reviewer. */
static void
test_draws_the_sample (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgTimelineData) data = read_timeline (f);
  StgChartStyle style;
  StgTimelineView view;
  cairo_surface_t *surface;
  int full;

  init_style (&style);
  stg_timeline_view_init (&view, data);
  view.selected = DEFENCE_SPENDING;
  surface = draw (data, &view, &style, WIDTH, HEIGHT);
  assert_true (count (surface, on_track, 0, HEIGHT) > 10000);
  assert_true (count (surface, at_risk, 0, HEIGHT) > 3000);
  assert_true (count (surface, late, 0, HEIGHT) > 100);
  assert_true (count (surface, today_line, 0, HEIGHT) > 300);
  assert_int_equal (pixel (surface, 2, 2), 0xffffff);
  assert_int_equal (pixel (surface, WIDTH - 3, HEIGHT - 3), 0xffffff);
  save (f, surface, "timeline-sample.png");
  cairo_surface_destroy (surface);

  full = (int) ceil (stg_timeline_content_height (data, &style, WIDTH));
  assert_true (full > HEIGHT);
  surface = draw (data, &view, &style, WIDTH, full);
  save (f, surface, "timeline-sample-full.png");
  cairo_surface_destroy (surface);

  view.start = julian ("2029-09-01");
  view.end = julian ("2031-07-01");
  view.scroll_y = 200;
  surface = draw (data, &view, &style, WIDTH, HEIGHT);
  assert_true (count (surface, on_track, 0, HEIGHT) > 5000);
  save (f, surface, "timeline-zoomed.png");
  cairo_surface_destroy (surface);

  /* A dark theme: light text on a transparent background. */
  style.foreground = (StgChartColor) { 1, 1, 1, 1 };
  style.background = (StgChartColor) { 0.14, 0.14, 0.14, 1 };
  stg_timeline_view_init (&view, data);
  view.scroll_y = 400;
  surface = draw (data, &view, &style, 700, 450);
  assert_true (count (surface, on_track, 0, 450) > 2000);
  save (f, surface, "timeline-dark-700.png");
  cairo_surface_destroy (surface);
}

/* On paper, as the review summary prints it: points on an A4 page, in
 * 8-point type, every lane at once, titles as text. */
static void
test_draws_on_paper (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgTimelineData) data = read_timeline (f);
  g_autofree char *path = g_build_filename (f->dir, "timeline.pdf", NULL);
  const char *keep = g_getenv ("STG_TEST_CHART_DIR");
  g_autofree char *contents = NULL;
  gsize length = 0;
  StgChartStyle style;
  StgTimelineView view;
  cairo_surface_t *surface;
  cairo_t *cr;
  double height;

  stg_chart_style_init_default (&style);
  style.font_size = 8;
  stg_timeline_view_init (&view, data);
  height = stg_timeline_content_height (data, &style, 523);
  /* The whole sample fits inside half-inch margins. */
  assert_true (height < 770);
  surface = cairo_pdf_surface_create (path, 595, 842);
  cr = cairo_create (surface);
  cairo_translate (cr, 36, 36);
  stg_timeline_draw (cr, 523, height, data, &view, &style);
  assert_int_equal (cairo_status (cr), CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  assert_int_equal (cairo_surface_status (surface), CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  assert_true (g_file_get_contents (path, &contents, &length, NULL));
  assert_true (length > 10000);
  if (keep != NULL)
    {
      g_autofree char *kept = g_build_filename (keep, "timeline.pdf", NULL);
      assert_true (g_file_set_contents (kept, contents, length, NULL));
    }
}

/* Nothing to show: a centred message, no bars, no hit, no crash; nor on
 * a drawing too small to hold a lane. */
static void
test_empty_strategy (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgTimelineData) data = read_timeline (f);
  g_autofree char *text = stg_timeline_describe (data);
  StgChartStyle style;
  StgTimelineView view;
  cairo_surface_t *surface;
  gint64 id = 0;

  init_style (&style);
  stg_timeline_view_init (&view, data);
  assert_int_equal (stg_timeline_data_get_n_bars (data), 0);
  assert_int_equal (stg_timeline_data_get_n_lanes (data), 0);
  assert_string_equal (text, "No objectives yet");
  surface = draw (data, &view, &style, WIDTH, HEIGHT);
  assert_true (count (surface, G_MAXUINT32, HEIGHT * 2 / 5, HEIGHT * 3 / 5) > 100);
  assert_int_equal (count (surface, G_MAXUINT32, 0, HEIGHT / 3), 0);
  assert_int_equal (count (surface, G_MAXUINT32, HEIGHT * 2 / 3, HEIGHT), 0);
  assert_false (stg_timeline_hit (data, &view, &style, WIDTH, HEIGHT, WIDTH / 2, HEIGHT / 2, &id));
  save (f, surface, "timeline-empty.png");
  cairo_surface_destroy (surface);
  g_clear_pointer (&data, stg_timeline_data_free);

  /* One objective, tiny drawings. */
  stg_test_add (f->store, STG_TYPE_OBJECTIVE, "Only objective");
  data = read_timeline (f);
  assert_int_equal (stg_timeline_data_get_n_lanes (data), 1);
  assert_string_equal (stg_timeline_data_get_lane_label (data, 0), "No lead actor");
  surface = draw (data, &view, &style, 40, 30);
  cairo_surface_destroy (surface);
  surface = draw (data, &view, &style, 300, 200);
  cairo_surface_destroy (surface);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_lanes_by_lead_actor, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_rows_never_overlap, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_open_ended, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_hit_bars, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_hit_zoomed, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_view_limits, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_draws_the_sample, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_draws_on_paper, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_empty_strategy, stg_fixture_setup, stg_fixture_teardown),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
