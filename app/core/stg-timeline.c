/* stg-timeline.c: objectives on a time axis by lead actor, drawn with Cairo and Pango */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "strategos/stg-date.h"
#include "strategos/stg-record.h"
#include "strategos/stg-store.h"
#include "strategos/stg-timeline.h"
#include "stg-draw-private.h"

/*
 * Where everything goes is arithmetic on the font size and the drawing's
 * size alone, never on measured text: drawing, hit-testing and the
 * scroll range then agree exactly, in a widget, in a test without a
 * display and on a PDF page. Text is measured only to decide what to
 * write (a label, an ellipsis, which ticks to name), not where lanes and
 * bars go.
 */

/* Sizes in em (the style's font size). */
#define CAPTION_HEIGHT   1.6
#define AXIS_ROW         1.35
#define MARKER_ROW       1.25
#define ROW_PITCH        1.75
#define BAR_HEIGHT       1.35
#define LANE_PAD         0.35
#define MIN_LANE         2.6   /* two lines of an actor's name */
#define LEGEND_SLOT      9.5
#define LEGEND_ROW       1.7
#define LEGEND_GAP       0.9

/* Days */
#define MIN_SPAN         61.0  /* two months on the axis at most zoom */
#define ROW_GAP_DAYS     14    /* bars closer than this go to another row */
#define OPEN_END_DAYS    182   /* an open-ended bar is at least half a year */

typedef struct {
  gint64      actor_id;
  const char *label;
  guint       first_bar;
  guint       n_bars;
  guint       n_rows;
} Lane;

struct _StgTimelineData
{
  GStringChunk *strings;
  GArray       *lanes;        /* Lane */
  GArray       *bars;         /* StgTimelineBar, by lane then start */
  int           first_year;
  int           last_year;
  guint32       horizon_start;  /* first day */
  guint32       horizon_end;    /* last day */
  guint32       legislature_end;
  guint32       today;
  double        range_start;
  double        range_end;
};

/* Days as GDate julian numbers */

static guint32
julian (int day,
        int month,
        int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static int
year_of (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, MAX (day, 1));
  return g_date_get_year (&date);
}

static guint32
parse_day (const char *text)
{
  GDate date;

  g_date_clear (&date, 1);
  if (text == NULL || *text == '\0' || !stg_date_parse_iso (text, &date, NULL))
    return 0;
  return g_date_get_julian (&date);
}

static char *
format_day (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return stg_date_format_locale (&date);
}

static guint32
local_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return julian (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                 g_date_time_get_year (now));
}

/* Reading the strategy */

static int
compare_bars (gconstpointer a,
              gconstpointer b)
{
  const StgTimelineBar *x = a;
  const StgTimelineBar *y = b;

  if (x->lane != y->lane)
    return x->lane < y->lane ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static void
read_bar (StgTimelineData *data,
          StgRecord       *objective,
          StgTimelineBar  *bar)
{
  guint32 start = parse_day (stg_record_get_text (objective, "start_date"));
  guint32 deadline = parse_day (stg_record_get_text (objective, "deadline"));

  bar->id = stg_record_get_id (objective);
  bar->title = g_string_chunk_insert_const (data->strings, stg_record_get_title (objective));
  bar->status = g_intern_string (stg_record_get_text (objective, "status"));
  bar->has_start = start != 0;
  bar->has_deadline = deadline != 0;
  bar->start = start != 0 ? start : data->horizon_start;
  if (deadline != 0)
    bar->end = MAX (deadline, bar->start);
  else
    bar->end = MAX (data->horizon_end, bar->start + OPEN_END_DAYS);
}

/* Lanes in the order of their actors' names, only those leading
 * something; @bars' lane fields hold positions in @ids until then. */
static void
make_lanes (StgTimelineData *data,
            GArray          *ids,
            GStrv            names)
{
  g_autofree guint *lane_of = g_new (guint, ids->len + 1);
  g_autofree guint *count = g_new0 (guint, ids->len + 1);

  for (guint i = 0; i < data->bars->len; i++)
    count[g_array_index (data->bars, StgTimelineBar, i).lane]++;
  for (guint p = 0; p <= ids->len; p++)
    {
      Lane lane = { 0 };

      if (count[p] == 0)
        continue;
      lane.actor_id = p < ids->len ? g_array_index (ids, gint64, p) : 0;
      lane.label = g_string_chunk_insert_const (data->strings, p < ids->len ? names[p] : _("No lead actor"));
      lane_of[p] = data->lanes->len;
      g_array_append_val (data->lanes, lane);
    }
  for (guint i = 0; i < data->bars->len; i++)
    {
      StgTimelineBar *bar = &g_array_index (data->bars, StgTimelineBar, i);
      bar->lane = lane_of[bar->lane];
    }
}

/* First fit: each bar, by start, into the first row free by then. */
static void
pack_rows (StgTimelineData *data)
{
  g_autoptr(GArray) row_end = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < data->bars->len; i++)
    {
      StgTimelineBar *bar = &g_array_index (data->bars, StgTimelineBar, i);
      Lane *lane = &g_array_index (data->lanes, Lane, bar->lane);
      guint row = 0;

      if (lane->n_bars == 0)
        {
          lane->first_bar = i;
          g_array_set_size (row_end, 0);
        }
      lane->n_bars++;
      while (row < row_end->len && g_array_index (row_end, guint32, row) + ROW_GAP_DAYS >= bar->start)
        row++;
      if (row == row_end->len)
        g_array_set_size (row_end, row + 1);
      g_array_index (row_end, guint32, row) = bar->end;
      bar->row = row;
      lane->n_rows = MAX (lane->n_rows, row + 1);
    }
}

static gboolean
read_objectives (StgTimelineData *data,
                 StgStore        *store,
                 GError         **error)
{
  g_autoptr(GArray) ids = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(GHashTable) position = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GListModel) objectives = NULL;

  if (!stg_store_titles (store, STG_TYPE_ACTOR, &ids, &names, error))
    return FALSE;
  if ((objectives = stg_store_list (store, STG_TYPE_OBJECTIVE, error)) == NULL)
    return FALSE;
  for (guint p = 0; p < ids->len; p++)
    g_hash_table_insert (position, &g_array_index (ids, gint64, p), GUINT_TO_POINTER (p + 1));
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(StgRecord) objective = g_list_model_get_item (objectives, i);
      gint64 actor = stg_record_get_int (objective, "lead_actor_id");
      guint p = GPOINTER_TO_UINT (g_hash_table_lookup (position, &actor));
      StgTimelineBar bar = { 0 };

      read_bar (data, objective, &bar);
      bar.lane = p > 0 ? p - 1 : ids->len;
      g_array_append_val (data->bars, bar);
    }
  make_lanes (data, ids, names);
  g_array_sort (data->bars, compare_bars);
  pack_rows (data);
  return TRUE;
}

/* Whole years taking in the horizon, every bar and today. */
static void
find_range (StgTimelineData *data)
{
  guint32 first = MIN (data->horizon_start, data->today);
  guint32 last = MAX (data->horizon_end, data->today);

  for (guint i = 0; i < data->bars->len; i++)
    {
      const StgTimelineBar *bar = &g_array_index (data->bars, StgTimelineBar, i);
      first = MIN (first, bar->start);
      last = MAX (last, bar->end);
    }
  if (data->legislature_end != 0)
    last = MAX (last, data->legislature_end);
  data->range_start = julian (1, 1, year_of (first));
  data->range_end = julian (1, 1, year_of (last) + 1);
}

StgTimelineData *
stg_timeline_data_new (StgStore    *store,
                       const char  *today,
                       GError     **error)
{
  g_autoptr(StgTimelineData) data = NULL;
  g_autoptr(StgStrategy) strategy = NULL;

  g_return_val_if_fail (STG_IS_STORE (store), NULL);
  g_return_val_if_fail (today == NULL || parse_day (today) != 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((strategy = stg_store_get_strategy (store, error)) == NULL)
    return NULL;
  data = g_new0 (StgTimelineData, 1);
  data->strings = g_string_chunk_new (4096);
  data->lanes = g_array_new (FALSE, FALSE, sizeof (Lane));
  data->bars = g_array_new (FALSE, FALSE, sizeof (StgTimelineBar));
  /* The file guarantees STG_YEAR_MIN <= first <= last <= STG_YEAR_MAX. */
  data->first_year = CLAMP (stg_record_get_int (STG_RECORD (strategy), "horizon_start"), STG_YEAR_MIN, STG_YEAR_MAX);
  data->last_year = CLAMP (stg_record_get_int (STG_RECORD (strategy), "horizon_end"), data->first_year, STG_YEAR_MAX);
  data->horizon_start = julian (1, 1, data->first_year);
  data->horizon_end = julian (31, 12, data->last_year);
  data->legislature_end = parse_day (stg_record_get_text (STG_RECORD (strategy), "legislature_end"));
  data->today = today != NULL ? parse_day (today) : local_today ();
  if (!read_objectives (data, store, error))
    return NULL;
  find_range (data);
  return g_steal_pointer (&data);
}

void
stg_timeline_data_free (StgTimelineData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->strings, g_string_chunk_free);
  g_clear_pointer (&data->lanes, g_array_unref);
  g_clear_pointer (&data->bars, g_array_unref);
  g_free (data);
}

guint
stg_timeline_data_get_n_lanes (StgTimelineData *data)
{
  g_return_val_if_fail (data != NULL, 0);
  return data->lanes->len;
}

static const Lane *
get_lane (StgTimelineData *data,
          guint            lane)
{
  return &g_array_index (data->lanes, Lane, lane);
}

const char *
stg_timeline_data_get_lane_label (StgTimelineData *data,
                                  guint            lane)
{
  g_return_val_if_fail (data != NULL && lane < data->lanes->len, NULL);
  return get_lane (data, lane)->label;
}

gint64
stg_timeline_data_get_lane_actor (StgTimelineData *data,
                                  guint            lane)
{
  g_return_val_if_fail (data != NULL && lane < data->lanes->len, 0);
  return get_lane (data, lane)->actor_id;
}

guint
stg_timeline_data_get_lane_n_rows (StgTimelineData *data,
                                   guint            lane)
{
  g_return_val_if_fail (data != NULL && lane < data->lanes->len, 0);
  return get_lane (data, lane)->n_rows;
}

guint
stg_timeline_data_get_n_bars (StgTimelineData *data)
{
  g_return_val_if_fail (data != NULL, 0);
  return data->bars->len;
}

const StgTimelineBar *
stg_timeline_data_get_bar (StgTimelineData *data,
                           guint            index)
{
  g_return_val_if_fail (data != NULL && index < data->bars->len, NULL);
  return &g_array_index (data->bars, StgTimelineBar, index);
}

const StgTimelineBar *
stg_timeline_data_find (StgTimelineData *data,
                        gint64           id,
                        guint           *index)
{
  g_return_val_if_fail (data != NULL, NULL);

  for (guint i = 0; i < data->bars->len; i++)
    if (g_array_index (data->bars, StgTimelineBar, i).id == id)
      {
        if (index != NULL)
          *index = i;
        return &g_array_index (data->bars, StgTimelineBar, i);
      }
  return NULL;
}

void
stg_timeline_data_get_horizon (StgTimelineData *data,
                               int             *first_year,
                               int             *last_year)
{
  g_return_if_fail (data != NULL);
  if (first_year != NULL)
    *first_year = data->first_year;
  if (last_year != NULL)
    *last_year = data->last_year;
}

guint32
stg_timeline_data_get_legislature_end (StgTimelineData *data)
{
  g_return_val_if_fail (data != NULL, 0);
  return data->legislature_end;
}

guint32
stg_timeline_data_get_today (StgTimelineData *data)
{
  g_return_val_if_fail (data != NULL, 0);
  return data->today;
}

void
stg_timeline_data_get_range (StgTimelineData *data,
                             double          *start,
                             double          *end)
{
  g_return_if_fail (data != NULL);
  if (start != NULL)
    *start = data->range_start;
  if (end != NULL)
    *end = data->range_end;
}

/* Geometry */

typedef struct {
  double em;
  double margin;
  double gutter_x0;
  double gutter_x1;
  double x0;              /* the time axis */
  double x1;
  double axis_y0;
  double axis_y1;
  double marker_y0;
  double lanes_y0;        /* the band the lanes scroll in */
  double lanes_y1;
  double legend_y;
  guint  legend_per_row;
  guint  legend_rows;
} Geometry;

#define N_LEGEND_ITEMS 7

static void
get_geometry (const StgChartStyle *style,
              double               width,
              double               height,
              Geometry            *g)
{
  double em = style->font_size;
  double gutter = CLAMP (width * 0.2, 8 * em, 15 * em);

  g->em = em;
  g->margin = em;
  g->gutter_x0 = g->margin;
  g->gutter_x1 = g->margin + MIN (gutter, width * 0.35);
  g->x0 = g->gutter_x1 + 0.8 * em;
  g->x1 = MAX (width - g->margin, g->x0 + 1);
  g->axis_y0 = g->margin + CAPTION_HEIGHT * em;
  g->axis_y1 = g->axis_y0 + 2 * AXIS_ROW * em;
  g->marker_y0 = g->axis_y1 + 0.25 * em;
  g->lanes_y0 = g->marker_y0 + 2 * MARKER_ROW * em + 0.25 * em;
  g->legend_per_row = 0;
  g->legend_rows = 0;
  g->legend_y = height - g->margin;
  if (style->show_legend)
    {
      g->legend_per_row = CLAMP ((guint) floor ((width - 2 * g->margin) / (LEGEND_SLOT * em)), 1, N_LEGEND_ITEMS);
      g->legend_rows = (N_LEGEND_ITEMS + g->legend_per_row - 1) / g->legend_per_row;
      g->legend_y -= g->legend_rows * LEGEND_ROW * em;
    }
  g->lanes_y1 = g->legend_y - (style->show_legend ? LEGEND_GAP * em : 0);
}

static double
lane_height (const Lane *lane,
             double      em)
{
  return MAX (lane->n_rows * ROW_PITCH + 2 * LANE_PAD, MIN_LANE) * em;
}

static double
lanes_height (StgTimelineData *data,
              double           em)
{
  double total = 0;

  for (guint l = 0; l < data->lanes->len; l++)
    total += lane_height (get_lane (data, l), em);
  return total;
}

/* The top of the first bar's row in a lane whose top is @top: the rows
 * sit in the middle of the lane. */
static double
rows_top (const Lane *lane,
          double      top,
          double      em)
{
  return top + (lane_height (lane, em) - lane->n_rows * ROW_PITCH * em) / 2;
}

static double
day_x (const Geometry        *g,
       const StgTimelineView *view,
       double                 day)
{
  return g->x0 + (day - view->start) * (g->x1 - g->x0) / MAX (view->end - view->start, 1);
}

/* A bar's rectangle, at least half an em wide so that a one-day bar can
 * be seen and clicked. */
static void
bar_rect (const Geometry        *g,
          const StgTimelineView *view,
          const StgTimelineBar  *bar,
          double                 row_top,
          double                *x,
          double                *y,
          double                *w,
          double                *h)
{
  *x = day_x (g, view, bar->start);
  *w = MAX (day_x (g, view, bar->end + 1.0) - *x, 0.5 * g->em);
  *y = row_top + bar->row * ROW_PITCH * g->em + (ROW_PITCH - BAR_HEIGHT) * g->em / 2;
  *h = BAR_HEIGHT * g->em;
}

double
stg_timeline_content_height (StgTimelineData     *data,
                             const StgChartStyle *style,
                             double               width)
{
  Geometry g;

  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (style != NULL && style->font_size > 0, 0);

  /* Laid out at height 0, -lanes_y1 is what goes under the lanes: the
   * legend and the margin. */
  get_geometry (style, width, 0, &g);
  if (data->bars->len == 0)
    return g.lanes_y0 + 4 * g.em - g.lanes_y1;
  return g.lanes_y0 + lanes_height (data, g.em) - g.lanes_y1;
}

/* The view */

void
stg_timeline_view_init (StgTimelineView *view,
                        StgTimelineData *data)
{
  g_return_if_fail (view != NULL);
  g_return_if_fail (data != NULL);

  view->start = data->horizon_start;
  view->end = data->horizon_end + 1.0;
  view->scroll_y = 0;
  view->selected = 0;
}

void
stg_timeline_view_clamp (StgTimelineView     *view,
                         StgTimelineData     *data,
                         const StgChartStyle *style,
                         double               width,
                         double               height)
{
  double range, span, max_scroll;

  g_return_if_fail (view != NULL && data != NULL && style != NULL);

  range = data->range_end - data->range_start;
  if (!isfinite (view->start) || !isfinite (view->end))
    stg_timeline_view_init (view, data);
  span = CLAMP (view->end - view->start, MIN (MIN_SPAN, range), range);
  view->start = CLAMP (view->start, data->range_start, data->range_end - span);
  view->end = view->start + span;
  max_scroll = MAX (stg_timeline_content_height (data, style, width) - height, 0);
  view->scroll_y = isfinite (view->scroll_y) ? CLAMP (view->scroll_y, 0, max_scroll) : 0;
}

void
stg_timeline_view_zoom (StgTimelineView     *view,
                        StgTimelineData     *data,
                        const StgChartStyle *style,
                        double               width,
                        double               factor,
                        double               x)
{
  Geometry g;
  double fraction, anchor, span;

  g_return_if_fail (view != NULL && data != NULL && style != NULL);
  g_return_if_fail (factor > 0);

  get_geometry (style, width, 0, &g);
  fraction = x >= g.x0 && x <= g.x1 ? (x - g.x0) / (g.x1 - g.x0) : 0.5;
  span = view->end - view->start;
  anchor = view->start + fraction * span;
  span = CLAMP (span / factor, MIN (MIN_SPAN, data->range_end - data->range_start),
                data->range_end - data->range_start);
  view->start = anchor - fraction * span;
  view->end = view->start + span;
  /* Zooming out at an edge shifts rather than shows beyond the range. */
  if (view->start < data->range_start)
    {
      view->start = data->range_start;
      view->end = view->start + span;
    }
  if (view->end > data->range_end)
    {
      view->end = data->range_end;
      view->start = view->end - span;
    }
}

void
stg_timeline_view_pan (StgTimelineView     *view,
                       StgTimelineData     *data,
                       const StgChartStyle *style,
                       double               width,
                       double               height,
                       double               dx,
                       double               dy)
{
  Geometry g;
  double days;

  g_return_if_fail (view != NULL && data != NULL && style != NULL);

  get_geometry (style, width, height, &g);
  days = dx * (view->end - view->start) / (g.x1 - g.x0);
  view->start -= days;
  view->end -= days;
  view->scroll_y -= dy;
  stg_timeline_view_clamp (view, data, style, width, height);
}

/* The top of @bar's lane in the content, before scrolling, from lanes_y0. */
static double
lane_offset (StgTimelineData *data,
             guint            lane,
             double           em)
{
  double top = 0;

  for (guint l = 0; l < lane; l++)
    top += lane_height (get_lane (data, l), em);
  return top;
}

void
stg_timeline_view_reveal (StgTimelineView     *view,
                          StgTimelineData     *data,
                          const StgChartStyle *style,
                          double               width,
                          double               height,
                          gint64               id)
{
  const StgTimelineBar *bar;
  Geometry g;
  double x, y, w, h, span;

  g_return_if_fail (view != NULL && data != NULL && style != NULL);

  if ((bar = stg_timeline_data_find (data, id, NULL)) == NULL)
    return;
  get_geometry (style, width, height, &g);
  bar_rect (&g, view, bar, rows_top (get_lane (data, bar->lane), lane_offset (data, bar->lane, g.em), g.em),
            &x, &y, &w, &h);
  if (y - g.em * 0.5 < view->scroll_y)
    view->scroll_y = y - g.em * 0.5;
  else if (y + h + g.em * 0.5 > view->scroll_y + (g.lanes_y1 - g.lanes_y0))
    view->scroll_y = y + h + g.em * 0.5 - (g.lanes_y1 - g.lanes_y0);
  /* A bar wholly out of sight comes in with its start a tenth from the left. */
  span = view->end - view->start;
  if (bar->start >= view->end || bar->end + 1.0 <= view->start)
    {
      view->start = bar->start - span / 10;
      view->end = view->start + span;
    }
  stg_timeline_view_clamp (view, data, style, width, height);
}

gboolean
stg_timeline_bar_area (StgTimelineData       *data,
                       const StgTimelineView *view,
                       const StgChartStyle   *style,
                       double                 width,
                       double                 height,
                       gint64                 id,
                       double                *x,
                       double                *y,
                       double                *w,
                       double                *h)
{
  const StgTimelineBar *bar;
  Geometry g;
  double top;

  g_return_val_if_fail (data != NULL && view != NULL, FALSE);
  g_return_val_if_fail (style != NULL && style->font_size > 0, FALSE);
  g_return_val_if_fail (x != NULL && y != NULL && w != NULL && h != NULL, FALSE);

  if ((bar = stg_timeline_data_find (data, id, NULL)) == NULL)
    return FALSE;
  get_geometry (style, width, height, &g);
  top = g.lanes_y0 - view->scroll_y + lane_offset (data, bar->lane, g.em);
  bar_rect (&g, view, bar, rows_top (get_lane (data, bar->lane), top, g.em), x, y, w, h);
  return TRUE;
}

/* Hit-testing */

gboolean
stg_timeline_hit (StgTimelineData       *data,
                  const StgTimelineView *view,
                  const StgChartStyle   *style,
                  double                 width,
                  double                 height,
                  double                 x,
                  double                 y,
                  gint64                *objective_id)
{
  Geometry g;
  double top;

  g_return_val_if_fail (data != NULL && view != NULL, FALSE);
  g_return_val_if_fail (style != NULL && style->font_size > 0, FALSE);

  get_geometry (style, width, height, &g);
  if (x < g.x0 || x > g.x1 || y < g.lanes_y0 || y > g.lanes_y1)
    return FALSE;
  top = g.lanes_y0 - view->scroll_y;
  for (guint l = 0; l < data->lanes->len; l++)
    {
      const Lane *lane = get_lane (data, l);
      double bottom = top + lane_height (lane, g.em);
      double first_row = rows_top (lane, top, g.em);
      guint row;

      if (y >= bottom)
        {
          top = bottom;
          continue;
        }
      if (y < first_row || y >= first_row + lane->n_rows * ROW_PITCH * g.em)
        return FALSE;
      row = (guint) ((y - first_row) / (ROW_PITCH * g.em));
      for (guint i = lane->first_bar; i < lane->first_bar + lane->n_bars; i++)
        {
          const StgTimelineBar *bar = &g_array_index (data->bars, StgTimelineBar, i);
          double bx, by, bw, bh;

          if (bar->row != row)
            continue;
          bar_rect (&g, view, bar, first_row, &bx, &by, &bw, &bh);
          if (x >= bx - 0.15 * g.em && x <= bx + bw + 0.15 * g.em)
            {
              if (objective_id != NULL)
                *objective_id = bar->id;
              return TRUE;
            }
        }
      return FALSE;
    }
  return FALSE;
}

/* Drawing: text and colour */

typedef struct {
  cairo_t               *cr;
  const StgChartStyle   *style;
  StgTimelineData       *data;
  const StgTimelineView *view;
  PangoContext          *pango;
  double                 width;
  double                 height;
  double                 em;
  double                 hairline;
  Geometry               g;
} Drawing;

static PangoLayout *
make_text (Drawing    *d,
           const char *text,
           double      scale)
{
  return stg_draw_layout (d->pango, d->style, d->em * scale, text);
}

static void
set_weight (PangoLayout *layout,
            PangoWeight  weight)
{
  PangoFontDescription *font = pango_font_description_copy (pango_layout_get_font_description (layout));

  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
}

static void
show_text (Drawing     *d,
           PangoLayout *layout,
           double       x,
           double       y)
{
  cairo_move_to (d->cr, x, y);
  pango_cairo_show_layout (d->cr, layout);
}

/* Vertical hairlines fall on pixel centres on screen. */
static double
snap (double x)
{
  return floor (x) + 0.5;
}

static void
vline (Drawing *d,
       double   x,
       double   y0,
       double   y1,
       double   alpha)
{
  stg_draw_set_color (d->cr, &d->style->foreground, alpha);
  cairo_set_line_width (d->cr, d->hairline);
  cairo_move_to (d->cr, snap (x), y0);
  cairo_line_to (d->cr, snap (x), y1);
  cairo_stroke (d->cr);
}

/* Statuses: Okabe and Ito's colours, told apart with any colour vision,
 * and for the two that call for action a pattern as well, so that print
 * in black and white and a reader who sees no colour still tell them. */

typedef enum {
  PATTERN_NONE,
  PATTERN_STRIPES,   /* at risk: diagonal stripes */
  PATTERN_CROSS,     /* late: cross-hatching */
  PATTERN_HOLLOW,    /* dropped: an outline only */
} Pattern;

typedef struct {
  const char    *key;
  const char    *label;
  StgChartColor  fill;
  gboolean       light_text;
  Pattern        pattern;
} Look;

static const Look looks[] = {
  { "on_track", N_("On track"), { 0.000, 0.620, 0.451, 1.0 }, FALSE, PATTERN_NONE },
  { "at_risk", N_("At risk"), { 0.902, 0.624, 0.000, 1.0 }, FALSE, PATTERN_STRIPES },
  { "late", N_("Late"), { 0.835, 0.369, 0.000, 1.0 }, FALSE, PATTERN_CROSS },
  { "not_started", N_("Not started"), { 0.780, 0.780, 0.780, 1.0 }, FALSE, PATTERN_NONE },
  { "done", N_("Done"), { 0.000, 0.447, 0.698, 1.0 }, TRUE, PATTERN_NONE },
  { "dropped", N_("Dropped"), { 0.600, 0.600, 0.600, 1.0 }, FALSE, PATTERN_HOLLOW },
};

static const StgChartColor today_color = { 0.800, 0.475, 0.655, 1.0 };  /* reddish purple */
static const StgChartColor today_text = { 0.667, 0.267, 0.486, 1.0 };   /* the same, darker for text */

static const Look *
look_of (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (looks); i++)
    if (g_strcmp0 (looks[i].key, status) == 0)
      return &looks[i];
  return &looks[3];
}

static StgChartColor
darker (const StgChartColor *color,
        double               factor)
{
  return (StgChartColor) { color->red * factor, color->green * factor, color->blue * factor, color->alpha };
}

/* What rings the selected bar and the marker labels: the background, or
 * when it is transparent, whatever contrasts with the text. */
static StgChartColor
halo_color (const StgChartStyle *style)
{
  const StgChartColor *fg = &style->foreground;

  if (style->background.alpha >= 0.5)
    return (StgChartColor) { style->background.red, style->background.green, style->background.blue, 1.0 };
  if (0.2126 * fg->red + 0.7152 * fg->green + 0.0722 * fg->blue > 0.5)
    return (StgChartColor) { 0.14, 0.14, 0.14, 1.0 };
  return (StgChartColor) { 1.0, 1.0, 1.0, 1.0 };
}

/* Text over lines (a title after its bar, a marker's label), outlined
 * in the halo colour so that the lines it crosses do not cross it out. */
static void
show_text_haloed (Drawing             *d,
                  PangoLayout         *layout,
                  double               x,
                  double               y,
                  const StgChartColor *color,
                  double               alpha)
{
  StgChartColor halo = halo_color (d->style);

  cairo_save (d->cr);
  cairo_move_to (d->cr, x, y);
  pango_cairo_layout_path (d->cr, layout);
  stg_draw_set_color (d->cr, &halo, 0.85);
  cairo_set_line_width (d->cr, 0.25 * d->em);
  cairo_set_line_join (d->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (d->cr);
  cairo_restore (d->cr);
  stg_draw_set_color (d->cr, color, alpha);
  show_text (d, layout, x, y);
}

/* Darker on a light background, as it is on a dark one. */
static const StgChartColor *
today_label_color (const StgChartStyle *style)
{
  const StgChartColor *fg = &style->foreground;

  return 0.2126 * fg->red + 0.7152 * fg->green + 0.0722 * fg->blue > 0.5 ? &today_color : &today_text;
}

/* Bars */

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
hatch (Drawing *d,
       double   x,
       double   y,
       double   w,
       double   h,
       int      direction)
{
  double step = 0.55 * d->em;

  for (double t = x - h; t < x + w + h; t += step)
    {
      cairo_move_to (d->cr, t, direction > 0 ? y + h : y);
      cairo_line_to (d->cr, t + h, direction > 0 ? y : y + h);
    }
  cairo_set_source_rgba (d->cr, 0, 0, 0, 0.2);
  cairo_set_line_width (d->cr, 0.12 * d->em);
  cairo_stroke (d->cr);
}

/* The fill: the status colour, fading out over the last third of a bar
 * without deadline and in over the first sixth of one without start. */
static void
set_bar_fill (Drawing              *d,
              const Look           *look,
              const StgTimelineBar *bar,
              double                x,
              double                w)
{
  cairo_pattern_t *gradient;
  const StgChartColor *c = &look->fill;

  if (bar == NULL || (bar->has_deadline && bar->has_start))
    {
      stg_draw_set_color (d->cr, c, 1.0);
      return;
    }
  gradient = cairo_pattern_create_linear (x, 0, x + w, 0);
  cairo_pattern_add_color_stop_rgba (gradient, 0, c->red, c->green, c->blue, bar->has_start ? 1.0 : 0.15);
  cairo_pattern_add_color_stop_rgba (gradient, bar->has_start ? 0 : 1.0 / 6, c->red, c->green, c->blue, 1.0);
  cairo_pattern_add_color_stop_rgba (gradient, bar->has_deadline ? 1 : 2.0 / 3, c->red, c->green, c->blue, 1.0);
  cairo_pattern_add_color_stop_rgba (gradient, 1, c->red, c->green, c->blue, bar->has_deadline ? 1.0 : 0.1);
  cairo_set_source (d->cr, gradient);
  cairo_pattern_destroy (gradient);
}

/* A bar (or, with @bar NULL or open-ended, a legend swatch) at x, y. */
static void
paint_bar (Drawing              *d,
           const Look           *look,
           const StgTimelineBar *bar,
           gboolean              open_ended,
           double                x,
           double                y,
           double                w,
           double                h)
{
  StgChartColor edge = look->pattern == PATTERN_HOLLOW ? d->style->foreground : darker (&look->fill, 0.7);
  double radius = 0.25 * d->em;
  static const double dash[] = { 3, 2 };
  double dashes[2] = { dash[0] * d->hairline * 1.5, dash[1] * d->hairline * 1.5 };

  cairo_save (d->cr);
  rounded_rect (d->cr, x, y, w, h, radius);
  if (look->pattern != PATTERN_HOLLOW)
    {
      StgTimelineBar swatch = { .has_start = TRUE, .has_deadline = !open_ended };

      set_bar_fill (d, look, bar != NULL ? bar : &swatch, x, w);
      cairo_fill_preserve (d->cr);
      cairo_save (d->cr);
      cairo_clip_preserve (d->cr);
      if (look->pattern == PATTERN_STRIPES || look->pattern == PATTERN_CROSS)
        hatch (d, x, y, w, h, 1);
      if (look->pattern == PATTERN_CROSS)
        hatch (d, x, y, w, h, -1);
      cairo_restore (d->cr);
    }
  stg_draw_set_color (d->cr, &edge, look->pattern == PATTERN_HOLLOW ? 0.55 : 1.0);
  cairo_set_line_width (d->cr, d->hairline * (look->pattern == PATTERN_HOLLOW ? 1.5 : 1.0));
  if (open_ended || look->pattern == PATTERN_HOLLOW)
    cairo_set_dash (d->cr, dashes, 2, 0);
  cairo_stroke (d->cr);
  cairo_restore (d->cr);
}

/* The title inside its bar when it fits there, else after the bar when
 * it fits before the next one of the row (@limit), else wherever more of
 * it shows. Inside, it sticks to the left edge of the axis while the
 * bar's start is out of sight and stays in the solid part of a fading
 * bar. */
static void
draw_bar_label (Drawing              *d,
                const Look           *look,
                const StgTimelineBar *bar,
                double                x,
                double                y,
                double                w,
                double                h,
                double                limit)
{
  double pad = 0.4 * d->em;
  double left = MAX (bar->has_start ? x : x + w / 6, d->g.x0) + pad;
  double right = MIN (bar->has_deadline ? x + w : x + w * 2 / 3, d->g.x1) - pad;
  double after = x + w + pad;
  double after_right = MIN (limit, d->g.x1) - pad;
  g_autoptr(PangoLayout) layout = make_text (d, bar->title, 0.82);
  double needed = stg_draw_text_width (layout);
  gboolean outside = needed > right - left && after_right - after > right - left;

  if (outside)
    {
      left = after;
      right = after_right;
    }
  if (right - left < 2.5 * d->em)
    return;
  pango_layout_set_width (layout, (int) ((right - left) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (look->pattern == PATTERN_HOLLOW)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_strikethrough_new (TRUE));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  if (outside)
    show_text_haloed (d, layout, left, y + (h - stg_draw_text_height (layout)) / 2,
                      &d->style->foreground, look->pattern == PATTERN_HOLLOW ? 0.7 : 0.9);
  else
    {
      if (look->pattern == PATTERN_HOLLOW)
        stg_draw_set_color (d->cr, &d->style->foreground, 0.7);
      else if (look->light_text)
        cairo_set_source_rgb (d->cr, 1, 1, 1);
      else
        cairo_set_source_rgb (d->cr, 0, 0, 0);
      show_text (d, layout, left, y + (h - stg_draw_text_height (layout)) / 2);
    }
}

static void
draw_selection (Drawing *d,
                double   x,
                double   y,
                double   w,
                double   h)
{
  StgChartColor halo = halo_color (d->style);
  double grow = 0.18 * d->em;

  rounded_rect (d->cr, x - grow, y - grow, w + 2 * grow, h + 2 * grow, 0.35 * d->em);
  stg_draw_set_color (d->cr, &halo, 1.0);
  cairo_set_line_width (d->cr, 0.32 * d->em);
  cairo_stroke_preserve (d->cr);
  stg_draw_set_color (d->cr, &d->style->foreground, 1.0);
  cairo_set_line_width (d->cr, 0.16 * d->em);
  cairo_stroke (d->cr);
}

/* Back to front, so that each title knows where the next bar of its row
 * begins; bars above or below the band cost nothing. */
static void
draw_lane_bars (Drawing    *d,
                const Lane *lane,
                double      top)
{
  double first_row = rows_top (lane, top, d->em);
  g_autofree double *next_x = g_new (double, lane->n_rows);
  const StgTimelineBar *selected = NULL;
  double x, y, w, h;

  for (guint r = 0; r < lane->n_rows; r++)
    next_x[r] = d->g.x1;
  for (guint i = lane->first_bar + lane->n_bars; i-- > lane->first_bar;)
    {
      const StgTimelineBar *bar = &g_array_index (d->data->bars, StgTimelineBar, i);
      const Look *look = look_of (bar->status);

      bar_rect (&d->g, d->view, bar, first_row, &x, &y, &w, &h);
      if (x <= d->g.x1 && x + w >= d->g.x0 && y <= d->g.lanes_y1 && y + h >= d->g.lanes_y0)
        {
          paint_bar (d, look, bar, !bar->has_deadline, x, y, w, h);
          draw_bar_label (d, look, bar, x, y, w, h, next_x[bar->row]);
          if (bar->id == d->view->selected)
            selected = bar;
        }
      next_x[bar->row] = x;
    }
  /* Last, so that no neighbour covers its ring. */
  if (selected != NULL)
    {
      bar_rect (&d->g, d->view, selected, first_row, &x, &y, &w, &h);
      draw_selection (d, x, y, w, h);
    }
}

/* Lanes */

static void
draw_lane_name (Drawing    *d,
                const Lane *lane,
                double      top)
{
  double height = lane_height (lane, d->em);
  g_autoptr(PangoLayout) layout = make_text (d, lane->label, 0.9);
  double line = stg_draw_text_height (layout);
  int lines = MAX ((int) ((height - 0.2 * d->em) / MAX (line, 1)), 1);
  double y;

  pango_layout_set_width (layout, (int) ((d->g.gutter_x1 - d->g.gutter_x0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -lines);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (lane->actor_id == 0)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  /* In the middle of what shows of the lane, so that a lane scrolling
   * past the band's edge keeps its name in sight as long as it can. */
  y = (MAX (top, d->g.lanes_y0) + MIN (top + height, d->g.lanes_y1) - stg_draw_text_height (layout)) / 2;
  y = MAX (MIN (y, top + height - stg_draw_text_height (layout) - 0.1 * d->em), top + 0.1 * d->em);
  stg_draw_set_color (d->cr, &d->style->foreground, lane->actor_id == 0 ? 0.7 : 0.9);
  show_text (d, layout, d->g.gutter_x0, y);
}

static void
draw_lanes (Drawing *d)
{
  double top = d->g.lanes_y0 - d->view->scroll_y;

  cairo_save (d->cr);
  cairo_rectangle (d->cr, 0, d->g.lanes_y0, d->width, d->g.lanes_y1 - d->g.lanes_y0);
  cairo_clip (d->cr);
  for (guint l = 0; l < d->data->lanes->len; l++)
    {
      const Lane *lane = get_lane (d->data, l);
      double height = lane_height (lane, d->em);

      if (top < d->g.lanes_y1 && top + height > d->g.lanes_y0)
        {
          draw_lane_name (d, lane, top);
          cairo_save (d->cr);
          cairo_rectangle (d->cr, d->g.x0, d->g.lanes_y0, d->g.x1 - d->g.x0, d->g.lanes_y1 - d->g.lanes_y0);
          cairo_clip (d->cr);
          draw_lane_bars (d, lane, top);
          cairo_restore (d->cr);
        }
      top += height;
    }
  cairo_restore (d->cr);
}

/* Every other lane lightly shaded, and a rule under each. */
static void
draw_lane_stripes (Drawing *d)
{
  double top = d->g.lanes_y0 - d->view->scroll_y;

  cairo_save (d->cr);
  cairo_rectangle (d->cr, 0, d->g.lanes_y0, d->width, d->g.lanes_y1 - d->g.lanes_y0);
  cairo_clip (d->cr);
  for (guint l = 0; l < d->data->lanes->len; l++)
    {
      double height = lane_height (get_lane (d->data, l), d->em);

      if (l % 2 == 0)
        {
          stg_draw_set_color (d->cr, &d->style->foreground, 0.04);
          cairo_rectangle (d->cr, d->g.gutter_x0 - 0.5 * d->em, top, d->g.x1 - d->g.gutter_x0 + 0.5 * d->em, height);
          cairo_fill (d->cr);
        }
      top += height;
    }
  cairo_restore (d->cr);
}

/* The axis */

typedef enum {
  SUB_NONE,
  SUB_QUARTERS,
  SUB_MONTHS,
} SubTicks;

static double
widest_month (Drawing *d)
{
  double widest = 0;

  for (int m = 1; m <= 12; m++)
    {
      GDate date;
      char name[64];

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, m, 2000);
      if (g_date_strftime (name, sizeof name, "%b", &date) > 0)
        {
          g_autoptr(PangoLayout) layout = make_text (d, name, 0.82);
          widest = MAX (widest, stg_draw_text_width (layout));
        }
    }
  return widest;
}

static char *
quarter_label (int quarter)
{
  /* Translators: a quarter of a year on the timeline's axis: Q1 to Q4 */
  return g_strdup_printf (_("Q%d"), quarter);
}

static SubTicks
choose_sub_ticks (Drawing *d,
                  double   px_per_day)
{
  g_autofree char *q4 = quarter_label (4);
  g_autoptr(PangoLayout) quarter = make_text (d, q4, 0.82);

  if (px_per_day * 30.4 >= widest_month (d) + 0.8 * d->em)
    return SUB_MONTHS;
  if (px_per_day * 91.3 >= stg_draw_text_width (quarter) + 1.2 * d->em)
    return SUB_QUARTERS;
  return SUB_NONE;
}

static int
year_step (Drawing *d,
           double   px_per_day)
{
  static const int steps[] = { 1, 2, 5, 10, 20, 50, 100 };
  g_autoptr(PangoLayout) layout = make_text (d, "2030", 0.9);
  double needed = stg_draw_text_width (layout) + 1.2 * d->em;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * 365.25 * px_per_day >= needed)
      return steps[i];
  return 200;
}

/* @text centred on the visible part of [@a, @b) in the axis row at @y,
 * or left out when it does not fit there. */
static void
label_span (Drawing    *d,
            const char *text,
            double      scale,
            double      a,
            double      b,
            double      y,
            double      alpha)
{
  g_autoptr(PangoLayout) layout = make_text (d, text, scale);
  double left = MAX (a, d->g.x0), right = MIN (b, d->g.x1);
  double w = stg_draw_text_width (layout);

  if (right - left < w + 0.3 * d->em)
    return;
  stg_draw_set_color (d->cr, &d->style->foreground, alpha);
  show_text (d, layout, (left + right - w) / 2, y - stg_draw_text_height (layout) / 2);
}

static void
draw_sub_ticks (Drawing  *d,
                SubTicks  sub,
                int       year)
{
  int per_year = sub == SUB_MONTHS ? 12 : 4;
  double row_middle = d->g.axis_y0 + 1.5 * AXIS_ROW * d->em;

  for (int k = 0; k < per_year; k++)
    {
      int month = sub == SUB_MONTHS ? k + 1 : 3 * k + 1;
      double a = day_x (&d->g, d->view, julian (1, month, year));
      double b = day_x (&d->g, d->view, k + 1 < per_year ? julian (1, month + 12 / per_year, year)
                                                          : julian (1, 1, year + 1));
      g_autofree char *text = NULL;

      if (b < d->g.x0 || a > d->g.x1)
        continue;
      if (k > 0 && a >= d->g.x0)
        {
          vline (d, a, d->g.axis_y0 + AXIS_ROW * d->em, d->g.axis_y1, 0.3);
          vline (d, a, d->g.lanes_y0, d->g.lanes_y1, 0.06);
        }
      if (sub == SUB_MONTHS)
        {
          GDate date;
          char name[64] = "";

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, 1, month, year);
          g_date_strftime (name, sizeof name, "%b", &date);
          text = g_strdup (name);
        }
      else
        text = quarter_label (k + 1);
      label_span (d, text, 0.82, a, b, row_middle, 0.7);
    }
}

static void
draw_axis (Drawing *d)
{
  double px_per_day = (d->g.x1 - d->g.x0) / (d->view->end - d->view->start);
  int step = year_step (d, px_per_day);
  SubTicks sub = step == 1 ? choose_sub_ticks (d, px_per_day) : SUB_NONE;
  int first = year_of ((guint32) MAX (floor (d->view->start), 1));
  int last = year_of ((guint32) MAX (floor (d->view->end), 1));
  /* Years alone fill both rows of the axis; with quarters or months
   * below them they take the upper. */
  double year_middle = d->g.axis_y0 + (sub == SUB_NONE ? 1.0 : 0.5) * AXIS_ROW * d->em;

  cairo_save (d->cr);
  cairo_rectangle (d->cr, d->g.x0, 0, d->g.x1 - d->g.x0, d->height);
  cairo_clip (d->cr);
  for (int year = first; year <= last; year++)
    {
      double a = day_x (&d->g, d->view, julian (1, 1, year));
      double b = day_x (&d->g, d->view, julian (1, 1, year + 1));
      gboolean named = year % step == 0;
      char text[16];

      if (a >= d->g.x0 && (named || step <= 2))
        {
          vline (d, a, d->g.axis_y0, d->g.axis_y1, named ? 0.45 : 0.2);
          vline (d, a, d->g.lanes_y0, d->g.lanes_y1, named ? 0.16 : 0.08);
        }
      if (sub != SUB_NONE)
        draw_sub_ticks (d, sub, year);
      g_snprintf (text, sizeof text, "%d", year);
      if (step == 1)
        label_span (d, text, 0.9, a, b, year_middle, 0.9);
      else if (named)
        label_span (d, text, 0.9, a, a + (b - a) * step, year_middle, 0.9);
    }
  cairo_restore (d->cr);
  stg_draw_set_color (d->cr, &d->style->foreground, 0.45);
  cairo_set_line_width (d->cr, d->hairline);
  cairo_move_to (d->cr, d->g.x0, snap (d->g.axis_y1));
  cairo_line_to (d->cr, d->g.x1, snap (d->g.axis_y1));
  cairo_stroke (d->cr);
}

/* Markers: the horizon, the end of the legislature and today */

typedef struct {
  double      x;
  const char *label;
  double      label_x0;
  double      label_x1;
  guint       row;
} Marker;

static void
shade_outside_horizon (Drawing *d)
{
  double a = day_x (&d->g, d->view, d->data->horizon_start);
  double b = day_x (&d->g, d->view, d->data->horizon_end + 1.0);

  stg_draw_set_color (d->cr, &d->style->foreground, 0.06);
  if (a > d->g.x0)
    cairo_rectangle (d->cr, d->g.x0, d->g.lanes_y0, MIN (a, d->g.x1) - d->g.x0, d->g.lanes_y1 - d->g.lanes_y0);
  if (b < d->g.x1)
    cairo_rectangle (d->cr, MAX (b, d->g.x0), d->g.lanes_y0, d->g.x1 - MAX (b, d->g.x0), d->g.lanes_y1 - d->g.lanes_y0);
  cairo_fill (d->cr);
}

static void
marker_line (Drawing *d,
             guint    kind,
             double   x)
{
  double dashes[] = { 0.45 * d->em, 0.3 * d->em };
  /* Crisp on screen: whole pixels for an even width, centres for odd. */
  double width = MAX (round (kind == 0 ? 0.16 * d->em : 0.1 * d->em), 1.0);

  x = (int) width % 2 == 0 ? round (x) : snap (x);
  cairo_save (d->cr);
  cairo_move_to (d->cr, x, d->g.marker_y0);
  cairo_line_to (d->cr, x, d->g.lanes_y1);
  cairo_set_line_width (d->cr, width);
  switch (kind)
    {
    case 0: /* today */
      stg_draw_set_color (d->cr, &today_color, 1.0);
      break;
    case 1: /* the end of the legislature */
      stg_draw_set_color (d->cr, &d->style->foreground, 0.8);
      cairo_set_dash (d->cr, dashes, 2, 0);
      break;
    default: /* the horizon */
      stg_draw_set_color (d->cr, &d->style->foreground, 0.55);
      break;
    }
  cairo_stroke (d->cr);
  cairo_restore (d->cr);
}

/* Labels beside their lines, right of them unless that runs off the
 * axis, each in the first of the two rows where it meets no other. */
static void
place_marker_label (Drawing     *d,
                    Marker      *markers,
                    guint        n,
                    PangoLayout *layout)
{
  Marker *m = &markers[n];
  double w = stg_draw_text_width (layout), gap = 0.35 * d->em;

  m->label_x0 = m->x + gap;
  if (m->label_x0 + w > d->g.x1)
    m->label_x0 = m->x - gap - w;
  m->label_x1 = m->label_x0 + w;
  for (m->row = 0; m->row < 2; m->row++)
    {
      gboolean free = TRUE;

      for (guint i = 0; i < n; i++)
        if (markers[i].label != NULL && markers[i].row == m->row &&
            m->label_x0 < markers[i].label_x1 + gap && markers[i].label_x0 < m->label_x1 + gap)
          free = FALSE;
      if (free)
        return;
    }
  m->row = 1;
}

typedef struct {
  guint32     day;
  double      offset;   /* where in the day the line goes */
  const char *label;
} MarkerDay;

static guint
marker_days (Drawing   *d,
             MarkerDay *what)
{
  what[0] = (MarkerDay) { d->data->today, 0.5, _("Today") };
  what[1] = (MarkerDay) { d->data->legislature_end, 1.0, _("End of legislature") };
  what[2] = (MarkerDay) { d->data->horizon_start, 0.0, _("Horizon start") };
  what[3] = (MarkerDay) { d->data->horizon_end, 1.0, _("Horizon end") };
  return 4;
}

/* Under the bars, so that no title is crossed out. */
static void
draw_marker_lines (Drawing *d)
{
  MarkerDay what[4];
  guint n = marker_days (d, what);

  /* Today last, over the others. */
  for (guint k = n; k-- > 0;)
    {
      double x = day_x (&d->g, d->view, what[k].day + what[k].offset);

      if (what[k].day != 0 && x >= d->g.x0 - 0.5 && x <= d->g.x1 + 0.5)
        marker_line (d, k, x);
    }
}

static void
draw_marker_labels (Drawing *d)
{
  MarkerDay what[4];
  guint n = marker_days (d, what);
  Marker markers[4] = { { 0 } };

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      double x = day_x (&d->g, d->view, what[k].day + what[k].offset);
      double top;

      if (what[k].day == 0 || x < d->g.x0 - 0.5 || x > d->g.x1 + 0.5)
        continue;
      markers[k].x = x;
      layout = make_text (d, what[k].label, 0.8);
      if (k == 0)
        set_weight (layout, PANGO_WEIGHT_BOLD);
      markers[k].label = what[k].label;
      place_marker_label (d, markers, k, layout);
      top = d->g.marker_y0 + markers[k].row * MARKER_ROW * d->em;
      show_text_haloed (d, layout, markers[k].label_x0, top + MARKER_ROW * d->em / 2 - stg_draw_text_height (layout) / 2,
                        k == 0 ? today_label_color (d->style) : &d->style->foreground, k == 0 ? 1.0 : 0.8);
    }
}

/* The legend */

static void
draw_legend_item (Drawing    *d,
                  guint       i,
                  const Look *look,
                  gboolean    open_ended,
                  const char *label)
{
  double x = d->g.margin + (i % d->g.legend_per_row) * LEGEND_SLOT * d->em;
  double y = d->g.legend_y + (i / d->g.legend_per_row) * LEGEND_ROW * d->em;
  double sw = 2.2 * d->em, sh = 1.0 * d->em;
  g_autoptr(PangoLayout) layout = make_text (d, label, 0.85);

  paint_bar (d, look, NULL, open_ended, x, y + (LEGEND_ROW * d->em - sh) / 2, sw, sh);
  pango_layout_set_width (layout, (int) ((LEGEND_SLOT - 3.1) * d->em * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  stg_draw_set_color (d->cr, &d->style->foreground, 0.9);
  show_text (d, layout, x + sw + 0.5 * d->em, y + (LEGEND_ROW * d->em - stg_draw_text_height (layout)) / 2);
}

static void
draw_legend (Drawing *d)
{
  static const Look open_look = { NULL, NULL, { 0.55, 0.55, 0.55, 1.0 }, FALSE, PATTERN_NONE };

  for (guint i = 0; i < G_N_ELEMENTS (looks); i++)
    draw_legend_item (d, i, &looks[i], FALSE, _(looks[i].label));
  draw_legend_item (d, G_N_ELEMENTS (looks), &open_look, TRUE, _("No deadline"));
}

/* The whole */

static void
draw_caption (Drawing *d)
{
  g_autoptr(PangoLayout) layout = make_text (d, _("Objectives by lead actor"), 0.85);
  g_autoptr(PangoLayout) lead = make_text (d, _("Lead actor"), 0.85);

  stg_draw_set_color (d->cr, &d->style->foreground, 0.75);
  show_text (d, layout, d->g.margin, d->g.margin);
  set_weight (lead, PANGO_WEIGHT_BOLD);
  pango_layout_set_width (lead, (int) ((d->g.gutter_x1 - d->g.gutter_x0) * PANGO_SCALE));
  pango_layout_set_ellipsize (lead, PANGO_ELLIPSIZE_END);
  show_text (d, lead, d->g.gutter_x0, d->g.axis_y1 - stg_draw_text_height (lead) - 0.2 * d->em);
}

static void
draw_empty (Drawing *d)
{
  stg_draw_empty_message (d->cr, d->pango, d->style, d->em, d->width, d->height,
                          _("No objectives yet"),
                          _("The timeline shows each objective from its start to its deadline, by lead actor, once the strategy has objectives."));
}

static void
draw_timeline (Drawing *d)
{
  if (d->g.x1 - d->g.x0 < 2 * d->em || d->g.lanes_y1 - d->g.lanes_y0 < d->em)
    return;
  draw_caption (d);
  draw_lane_stripes (d);
  shade_outside_horizon (d);
  draw_axis (d);
  draw_marker_lines (d);
  draw_lanes (d);
  draw_marker_labels (d);
  if (d->style->show_legend)
    draw_legend (d);
}

void
stg_timeline_draw (cairo_t               *cr,
                   double                 width,
                   double                 height,
                   StgTimelineData       *data,
                   const StgTimelineView *view,
                   const StgChartStyle   *style)
{
  Drawing d = { 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL && view != NULL);
  g_return_if_fail (style != NULL && style->font_size > 0);

  if (width <= 0 || height <= 0 || !(view->end > view->start))
    return;
  stg_draw_begin (cr, style, width, height);
  d.cr = cr;
  d.style = style;
  d.data = data;
  d.view = view;
  d.pango = pango_cairo_create_context (cr);
  d.width = width;
  d.height = height;
  d.em = style->font_size;
  d.hairline = CLAMP (d.em / 14, 0.5, 1.0);
  get_geometry (style, width, height, &d.g);
  if (data->bars->len == 0)
    draw_empty (&d);
  else
    draw_timeline (&d);
  g_clear_object (&d.pango);
  cairo_restore (cr);
}

/* In words */

static const char *
status_label (const char *status)
{
  const StgColumn *column = stg_record_schema_find (stg_record_type_get_schema (STG_TYPE_OBJECTIVE), "status");

  return stg_choice_get_label (column, status);
}

char *
stg_timeline_describe (StgTimelineData *data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint per_status[G_N_ELEMENTS (looks)] = { 0 };
  guint open_ended = 0;
  guint n_actors = data != NULL ? data->lanes->len : 0;

  g_return_val_if_fail (data != NULL, NULL);

  if (data->bars->len == 0)
    return g_strdup (_("No objectives yet"));
  for (guint i = 0; i < data->bars->len; i++)
    {
      const StgTimelineBar *bar = &g_array_index (data->bars, StgTimelineBar, i);
      per_status[look_of (bar->status) - looks]++;
      open_ended += !bar->has_deadline;
    }
  if (n_actors > 0 && get_lane (data, n_actors - 1)->actor_id == 0)
    n_actors--;
  /* Translators: "34 objectives of 15 lead actors, horizon 2025 to 2035."
   * (the plural is chosen by the number of objectives) */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "%u objective of %u lead actors, horizon %d to %d.",
                                             "%u objectives of %u lead actors, horizon %d to %d.",
                                             data->bars->len),
                          data->bars->len, n_actors, data->first_year, data->last_year);
  for (guint s = 0; s < G_N_ELEMENTS (looks); s++)
    if (per_status[s] > 0)
      {
        g_string_append_c (text, ' ');
        /* Translators: a status and how many objectives have it: "At risk: 8." */
        g_string_append_printf (text, _("%s: %u."), _(looks[s].label), per_status[s]);
      }
  if (open_ended > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u has no deadline.", "%u have no deadline.", open_ended),
                              open_ended);
    }
  if (data->legislature_end != 0)
    {
      g_autofree char *day = format_day (data->legislature_end);

      g_string_append_c (text, ' ');
      /* Translators: the last day of the legislature */
      g_string_append_printf (text, _("The legislature ends on %s."), day);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
stg_timeline_describe_bar (StgTimelineData      *data,
                           const StgTimelineBar *bar)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *dates = NULL;

  g_return_val_if_fail (data != NULL && bar != NULL, NULL);

  start = format_day (bar->start);
  end = format_day (bar->end);
  if (bar->has_start && bar->has_deadline)
    /* Translators: an objective's start and deadline */
    dates = g_strdup_printf (_("From %s to %s"), start, end);
  else if (bar->has_start)
    dates = g_strdup_printf (_("From %s, no deadline"), start);
  else if (bar->has_deadline)
    dates = g_strdup_printf (_("No start date, due %s"), end);
  else
    dates = g_strdup (_("No start date and no deadline"));
  /* Translators: a tooltip: title, lead actor, dates, status on four lines */
  return g_strdup_printf (_("%s\nLead actor: %s\n%s\nStatus: %s"), bar->title,
                          get_lane (data, bar->lane)->label, dates, status_label (bar->status));
}
