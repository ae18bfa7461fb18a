/* stg-budget-page.h: the budget as tables by year and as a chart */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "strategos/strategos.h"

G_BEGIN_DECLS

#define STG_TYPE_BUDGET_PAGE (stg_budget_page_get_type ())
G_DECLARE_FINAL_TYPE (StgBudgetPage, stg_budget_page, STG, BUDGET_PAGE, GtkBox)

GtkWidget *stg_budget_page_new            (StgStore           *store);
void       stg_budget_page_reload         (StgBudgetPage      *self);
void       stg_budget_page_set_dimension  (StgBudgetPage      *self,
                                           StgBudgetDimension  dimension);
/* Lists the budget lines behind a cell (G_MAXUINT: the totals). */
void       stg_budget_page_show_lines     (StgBudgetPage      *self,
                                           guint               row,
                                           guint               column);
StgBudgetTable *stg_budget_page_get_table (StgBudgetPage      *self);

G_END_DECLS
