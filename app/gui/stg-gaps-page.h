/* stg-gaps-page.h: what the strategy lacks, to fix one by one */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "strategos/strategos.h"

G_BEGIN_DECLS

#define STG_TYPE_GAPS_PAGE (stg_gaps_page_get_type ())
G_DECLARE_FINAL_TYPE (StgGapsPage, stg_gaps_page, STG, GAPS_PAGE, GtkBox)

GtkWidget *stg_gaps_page_new         (StgStore    *store);
void       stg_gaps_page_reload      (StgGapsPage *self);
/* Errors and warnings found at the last reload (what the sidebar counts). */
guint      stg_gaps_page_get_n_serious (StgGapsPage *self);
/* All findings shown after the filter. */
guint      stg_gaps_page_get_n_shown (StgGapsPage *self);

G_END_DECLS
