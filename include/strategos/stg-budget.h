/* stg-budget.h: what the strategy costs, year by year, in exact amounts */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "stg-store.h"

G_BEGIN_DECLS

/**
 * StgBudgetDimension:
 * @STG_BUDGET_BY_ACTOR: rows are the actors holding the budget lines
 * @STG_BUDGET_BY_OBJECTIVE: rows are objectives
 * @STG_BUDGET_BY_CAPABILITY: rows are capability kinds; a line counts
 *   under every kind its objective uses (so rows may add up to more than
 *   the total, which counts each line once), and under "No capability"
 *   when its objective uses none
 * @STG_BUDGET_BY_SOURCE: rows are funding sources ("" shown as
 *   "Unspecified")
 *
 * The rows of a budget table; its columns are always years.
 */
typedef enum {
  STG_BUDGET_BY_ACTOR,
  STG_BUDGET_BY_OBJECTIVE,
  STG_BUDGET_BY_CAPABILITY,
  STG_BUDGET_BY_SOURCE,
} StgBudgetDimension;

/* One cell: sums in minor units, exact. */
typedef struct {
  gint64 planned;
  gint64 actual;      /* sum of the actuals reported */
  gint64 n_lines;     /* budget lines behind the cell */
  gint64 n_actual;    /* of which with an actual reported */
  gint64 ceiling;     /* by actor: the envelope, or STG_NO_AMOUNT */
} StgBudgetCell;

typedef struct _StgBudgetTable StgBudgetTable;

/* Computes the table in SQL. Fails (rather than wraps) if a sum overflows. */
StgBudgetTable *stg_budget_table_new        (StgStore           *store,
                                             StgBudgetDimension  dimension,
                                             GError            **error);
void            stg_budget_table_free       (StgBudgetTable     *table);
StgBudgetDimension stg_budget_table_get_dimension (StgBudgetTable *table);
const char     *stg_budget_table_get_currency (StgBudgetTable   *table);

guint           stg_budget_table_get_n_rows (StgBudgetTable     *table);
guint           stg_budget_table_get_n_years (StgBudgetTable    *table);
int             stg_budget_table_get_year   (StgBudgetTable     *table,
                                             guint               column);
/* The row's label as a person reads it (translated for kinds). */
const char     *stg_budget_table_get_row_label (StgBudgetTable  *table,
                                                guint            row);
/* What identifies the row: the actor's or objective's id (key NULL), or
 * the capability kind's or funding source's text (id 0). */
gint64          stg_budget_table_get_row_id  (StgBudgetTable    *table,
                                              guint              row);
const char     *stg_budget_table_get_row_key (StgBudgetTable    *table,
                                              guint              row);

const StgBudgetCell *stg_budget_table_get_cell      (StgBudgetTable *table,
                                                     guint           row,
                                                     guint           column);
const StgBudgetCell *stg_budget_table_get_row_total (StgBudgetTable *table,
                                                     guint           row);
const StgBudgetCell *stg_budget_table_get_year_total (StgBudgetTable *table,
                                                      guint           column);
const StgBudgetCell *stg_budget_table_get_total     (StgBudgetTable *table);

/* The GDP projection of the year of @column, or FALSE if there is none. */
gboolean        stg_budget_table_get_gdp    (StgBudgetTable     *table,
                                             guint               column,
                                             gint64             *gdp);

/* actual - planned, exact; FALSE when no actual is reported in @cell. */
gboolean        stg_budget_variance         (const StgBudgetCell *cell,
                                             gint64              *variance);
/* (actual - planned) / planned in hundredths of a percent, rounded half
 * away from zero (-250 is -2.50 %); FALSE without an actual or when
 * nothing was planned. */
gboolean        stg_budget_variance_percent (const StgBudgetCell *cell,
                                             gint64              *hundredths);
/* @amount as a share of @gdp in hundredths of a percent (130 is 1.30 %),
 * rounded half up; exact for any gint64 amounts. */
gint64          stg_budget_share_of_gdp     (gint64               amount,
                                             gint64               gdp);
/* "1.30 %", "-2.50 %" in the current locale's decimal mark. */
char           *stg_budget_format_percent   (gint64               hundredths);
/* TRUE when @cell has a ceiling and plans more than it. */
gboolean        stg_budget_cell_over_ceiling (const StgBudgetCell *cell);

/* The budget lines behind a cell (@column G_MAXUINT: every year; @row
 * G_MAXUINT: every row), as ids, for "what is behind this number". */
GArray         *stg_budget_table_get_lines  (StgBudgetTable     *table,
                                             guint               row,
                                             guint               column,
                                             GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StgBudgetTable, stg_budget_table_free)

G_END_DECLS
