/* stg-chart.h: the budget chart, drawn with Cairo and Pango for screen and paper */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "stg-budget.h"

G_BEGIN_DECLS

/* A colour with components from 0 to 1 (laid out like GdkRGBA, but in
 * doubles, so that the core needs no GTK). */
typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} StgChartColor;

/**
 * StgChartStyle:
 * @font_family: the font family ("Sans", "Cantarell"); borrowed for the
 *   drawing call; NULL for "Sans"
 * @font_size: the body text size in the units of the cairo context:
 *   pixels on screen, points on a PDF page (tick labels and notes are a
 *   little smaller)
 * @foreground: text, axes and the share-of-GDP line
 * @background: painted under the chart unless its alpha is 0 (a widget
 *   leaves it transparent; paper is white)
 * @show_legend: whether to draw the legend under the chart
 *
 * How a chart looks; the bars' colours are a fixed colour-blind-safe
 * palette and do not depend on the style.
 */
typedef struct {
  const char    *font_family;
  double         font_size;
  StgChartColor  foreground;
  StgChartColor  background;
  gboolean       show_legend;
} StgChartStyle;

/* The style for paper: black text on white, 9-point Sans, with a legend. */
void    stg_chart_style_init_default (StgChartStyle       *style);

/* Draws the planned budget of @table as one stacked bar per year, a
 * segment per row (the 7 largest rows by total planned, the rest grouped
 * as "Other actors"), with the total as a share of GDP as a line on a
 * right-hand axis, into the rectangle (0, 0, @width, @height) of @cr.
 * @table's rows must not overlap (by actor, objective or funding source;
 * not by capability kind). An empty table draws a message instead. */
void    stg_chart_draw_budget        (cairo_t             *cr,
                                      double               width,
                                      double               height,
                                      StgBudgetTable      *table,
                                      const StgChartStyle *style);

/* The smallest step of 1, 2 or 5 x 10^n (n >= 0) such that @n_ticks steps
 * reach @max: 1 when @max <= 0; 5 x 10^18, the largest that fits, when
 * none does. @n_ticks 0 counts as 1. */
gint64  stg_chart_nice_step          (gint64               max,
                                      guint                n_ticks);

/* @units whole units of @currency in a few characters for an axis:
 * "0", "EUR 250,000", "EUR 500 M", "EUR 1.5 bn", "EUR 2 tn"; exact (as
 * many decimals as the value needs), in the current locale's form. */
char   *stg_chart_format_compact     (gint64               units,
                                      const char          *currency);

/* The chart in a few sentences, for a screen reader: the years, the
 * total, the share of GDP at both ends and the years without GDP. */
char   *stg_chart_describe_budget    (StgBudgetTable      *table);

G_END_DECLS
