/* stg-draw-private.h: what the cairo renderers (chart, heat map, timeline) share */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "strategos/stg-chart.h"

G_BEGIN_DECLS

/* A layout of @text in @style's family at @size pixels (points on PDF). */
PangoLayout *stg_draw_layout            (PangoContext        *pango,
                                         const StgChartStyle *style,
                                         double               size,
                                         const char          *text);
double       stg_draw_text_width        (PangoLayout         *layout);
double       stg_draw_text_height       (PangoLayout         *layout);
/* The middle of the first line, from the layout's top: where a swatch or
 * a tick sits beside the text. */
double       stg_draw_first_line_middle (PangoLayout         *layout);
void         stg_draw_set_color         (cairo_t             *cr,
                                         const StgChartColor *color,
                                         double               alpha);

/* Saves @cr, clips it to @width by @height and paints @style's background
 * (when it has one): how every drawing starts. The caller restores @cr. */
void         stg_draw_begin             (cairo_t             *cr,
                                         const StgChartStyle *style,
                                         double               width,
                                         double               height);

/* "No budget lines yet" and a line of explanation, centred in an empty
 * drawing of @width by @height; @em is the drawing's body text size. */
void         stg_draw_empty_message     (cairo_t             *cr,
                                         PangoContext        *pango,
                                         const StgChartStyle *style,
                                         double               em,
                                         double               width,
                                         double               height,
                                         const char          *title,
                                         const char          *hint);

G_END_DECLS
