/* stg-overview-page.h: the strategy itself, its figures and its GDP path */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "strategos/strategos.h"

G_BEGIN_DECLS

#define STG_TYPE_OVERVIEW_PAGE (stg_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (StgOverviewPage, stg_overview_page, STG, OVERVIEW_PAGE, GtkBox)

GtkWidget *stg_overview_page_new    (StgStore        *store);
void       stg_overview_page_reload (StgOverviewPage *self);

G_END_DECLS
