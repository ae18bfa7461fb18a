/* stg-budget-chart.h: the budget chart as a widget */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "strategos/stg-budget.h"
#include "strategos/stg-chart.h"

G_BEGIN_DECLS

#define STG_TYPE_BUDGET_CHART (stg_budget_chart_get_type ())
G_DECLARE_FINAL_TYPE (StgBudgetChart, stg_budget_chart, STG, BUDGET_CHART, GtkWidget)

GtkWidget      *stg_budget_chart_new       (void);
/* Shows @table (a table by actor, objective or funding source) and takes
 * it: the chart frees it when given another or when it goes. NULL shows
 * nothing. */
void            stg_budget_chart_set_table (StgBudgetChart *self,
                                            StgBudgetTable *table);
/* The table shown, owned by the chart, or NULL. */
StgBudgetTable *stg_budget_chart_get_table (StgBudgetChart *self);

/* @style from @widget's CSS font (in pixels, a little smaller than body
 * text) and colour, on a transparent background: how the charts, the heat
 * map and the timeline take the theme. The font family belongs to the
 * widget's Pango context. */
void            stg_chart_style_from_widget (GtkWidget     *widget,
                                             StgChartStyle *style);

/* How much larger @widget's text is than GNOME's default (11 pt at 96
 * dpi): 2.0 with the desktop's text at 200%, never below 1.0. Drawings
 * ask for room in proportion, so that their labels still fit. */
double          stg_chart_text_scale        (GtkWidget     *widget);

G_END_DECLS
