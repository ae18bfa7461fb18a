/* stg-matrix-page.h: which objective answers which interest, threat, actor */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "strategos/strategos.h"

G_BEGIN_DECLS

#define STG_TYPE_MATRIX_PAGE (stg_matrix_page_get_type ())
G_DECLARE_FINAL_TYPE (StgMatrixPage, stg_matrix_page, STG, MATRIX_PAGE, GtkBox)

GtkWidget *stg_matrix_page_new      (StgStore      *store);
void       stg_matrix_page_reload   (StgMatrixPage *self);
/* Shows objectives against interests, threats or supporting actors. */
void       stg_matrix_page_set_link (StgMatrixPage *self,
                                     StgLink        link);
/* Ticks or unticks the cell of @objective and @target (as a click does). */
void       stg_matrix_page_toggle   (StgMatrixPage *self,
                                     gint64         objective,
                                     gint64         target);
/* How many rows (objectives) and columns have no link at all. */
guint      stg_matrix_page_get_n_empty_rows    (StgMatrixPage *self);
guint      stg_matrix_page_get_n_empty_columns (StgMatrixPage *self);

G_END_DECLS
