/* stg-timeline.h: objectives on a time axis by lead actor, drawn with Cairo and Pango */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "stg-chart.h"
#include "stg-types.h"

G_BEGIN_DECLS

/*
 * Days are GDate julian day numbers (1 January of year 1 is day 1), so
 * that no time zone and no daylight saving time ever moves a bar. On the
 * axis day d covers [d, d + 1): a bar from its start to its deadline
 * covers both whole days.
 */

typedef struct _StgTimelineData StgTimelineData;

/**
 * StgTimelineBar:
 * @id: the objective's id
 * @title: its title
 * @status: its status key ("not_started", "on_track", "at_risk", "late",
 *   "done" or "dropped")
 * @start: the first day of the bar: the objective's start date, or
 *   1 January of the horizon's first year when it has none
 * @end: the last day of the bar: the deadline (never before @start), or
 *   for an objective without one the horizon's last day (or half a year
 *   after @start, when that is later)
 * @has_start: whether @start is the objective's own start date
 * @has_deadline: FALSE for an open-ended objective, drawn fading out
 * @lane: the lane of its lead actor
 * @row: its row in the lane; bars in one row never overlap
 *
 * One objective as the timeline shows it. The strings belong to the data.
 */
typedef struct {
  gint64      id;
  const char *title;
  const char *status;
  guint32     start;
  guint32     end;
  gboolean    has_start;
  gboolean    has_deadline;
  guint       lane;
  guint       row;
} StgTimelineBar;

/**
 * StgTimelineView:
 * @start: the day at the left edge of the time axis (a fraction of a day
 *   while zooming or dragging)
 * @end: the day at its right edge; @end - @start is the span shown
 * @scroll_y: how far the lanes are scrolled up, in the cairo context's
 *   units; the axis and the legend stay in place
 * @selected: the objective drawn selected, or 0
 *
 * Which part of the timeline is shown: zoom and scroll.
 */
typedef struct {
  double start;
  double end;
  double scroll_y;
  gint64 selected;
} StgTimelineView;

/* Reads every objective of @store, one lane per lead actor (ordered by
 * the actor's name; objectives without one in a last "No lead actor"
 * lane), with the horizon, the end of the legislature and @today (ISO
 * "YYYY-MM-DD"; NULL for the local calendar's today). */
StgTimelineData      *stg_timeline_data_new            (StgStore          *store,
                                                        const char        *today,
                                                        GError           **error);
void                  stg_timeline_data_free           (StgTimelineData   *data);

guint                 stg_timeline_data_get_n_lanes    (StgTimelineData   *data);
/* The lead actor's name, or "No lead actor". */
const char           *stg_timeline_data_get_lane_label (StgTimelineData   *data,
                                                        guint              lane);
/* The lead actor's id; 0 for the lane of objectives without one. */
gint64                stg_timeline_data_get_lane_actor (StgTimelineData   *data,
                                                        guint              lane);
guint                 stg_timeline_data_get_lane_n_rows (StgTimelineData  *data,
                                                        guint              lane);
/* Bars in reading order: by lane, then by start. */
guint                 stg_timeline_data_get_n_bars     (StgTimelineData   *data);
const StgTimelineBar *stg_timeline_data_get_bar        (StgTimelineData   *data,
                                                        guint              index);
/* The bar of objective @id, with its index in reading order, or NULL. */
const StgTimelineBar *stg_timeline_data_find           (StgTimelineData   *data,
                                                        gint64             id,
                                                        guint             *index);
void                  stg_timeline_data_get_horizon    (StgTimelineData   *data,
                                                        int               *first_year,
                                                        int               *last_year);
/* The last day of the legislature, or 0 when the strategy has none. */
guint32               stg_timeline_data_get_legislature_end (StgTimelineData *data);
guint32               stg_timeline_data_get_today      (StgTimelineData   *data);
/* How far the view can scroll: whole years taking in the horizon, every
 * bar and today. */
void                  stg_timeline_data_get_range      (StgTimelineData   *data,
                                                        double            *start,
                                                        double            *end);

/* The whole horizon, scrolled to the first lane, nothing selected. */
void      stg_timeline_view_init       (StgTimelineView       *view,
                                        StgTimelineData       *data);
/* Shows @factor times fewer days (> 1 zooms in), keeping the day under
 * @x (a position in the drawing; outside the time axis, its middle) in
 * place. Between about two months and the whole range. */
void      stg_timeline_view_zoom       (StgTimelineView       *view,
                                        StgTimelineData       *data,
                                        const StgChartStyle   *style,
                                        double                 width,
                                        double                 factor,
                                        double                 x);
/* Moves the content by @dx, @dy (a drag to the right shows earlier days,
 * a drag down earlier lanes), then clamps. */
void      stg_timeline_view_pan        (StgTimelineView       *view,
                                        StgTimelineData       *data,
                                        const StgChartStyle   *style,
                                        double                 width,
                                        double                 height,
                                        double                 dx,
                                        double                 dy);
/* Keeps the span and the scroll within what there is to show. */
void      stg_timeline_view_clamp      (StgTimelineView       *view,
                                        StgTimelineData       *data,
                                        const StgChartStyle   *style,
                                        double                 width,
                                        double                 height);
/* Scrolls just enough to bring the bar of objective @id into sight. */
void      stg_timeline_view_reveal     (StgTimelineView       *view,
                                        StgTimelineData       *data,
                                        const StgChartStyle   *style,
                                        double                 width,
                                        double                 height,
                                        gint64                 id);

/* Draws @view of @data into the rectangle (0, 0, @width, @height) of @cr:
 * the caption, a time axis (years; quarters or months when there is room),
 * the horizon, the end of the legislature and today as labelled lines,
 * one lane per lead actor with its name in a left gutter and its
 * objectives as bars coloured (and, for at risk and late, patterned) by
 * status, and the legend. No objectives draws a message instead. */
void      stg_timeline_draw            (cairo_t               *cr,
                                        double                 width,
                                        double                 height,
                                        StgTimelineData       *data,
                                        const StgTimelineView *view,
                                        const StgChartStyle   *style);
/* Whether (@x, @y) falls on a bar of the drawing above, and whose. */
gboolean  stg_timeline_hit             (StgTimelineData       *data,
                                        const StgTimelineView *view,
                                        const StgChartStyle   *style,
                                        double                 width,
                                        double                 height,
                                        double                 x,
                                        double                 y,
                                        gint64                *objective_id);
/* Where the bar of objective @id is drawn (perhaps out of sight, above or
 * below the lanes' band or beside the axis); FALSE for an unknown @id. */
gboolean  stg_timeline_bar_area        (StgTimelineData       *data,
                                        const StgTimelineView *view,
                                        const StgChartStyle   *style,
                                        double                 width,
                                        double                 height,
                                        gint64                 id,
                                        double                *x,
                                        double                *y,
                                        double                *w,
                                        double                *h);
/* The height that shows every lane at @width without scrolling; a taller
 * drawing leaves room under the last lane. */
double    stg_timeline_content_height  (StgTimelineData       *data,
                                        const StgChartStyle   *style,
                                        double                 width);

/* The timeline in a few sentences, for a screen reader. */
char     *stg_timeline_describe        (StgTimelineData       *data);
/* One bar in lines: title, lead actor, dates, status (a tooltip). */
char     *stg_timeline_describe_bar    (StgTimelineData       *data,
                                        const StgTimelineBar  *bar);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StgTimelineData, stg_timeline_data_free)

G_END_DECLS
