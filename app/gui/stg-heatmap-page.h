/* stg-heatmap-page.h: the threats by likelihood and impact, and what answers each */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "strategos/strategos.h"

G_BEGIN_DECLS

#define STG_TYPE_HEATMAP_PAGE (stg_heatmap_page_get_type ())
G_DECLARE_FINAL_TYPE (StgHeatmapPage, stg_heatmap_page, STG, HEATMAP_PAGE, GtkBox)

GtkWidget *stg_heatmap_page_new          (StgStore       *store);
/* Reads the threats again, keeping the selected one if it is still there. */
void       stg_heatmap_page_reload       (StgHeatmapPage *self);
/* Selects threat @threat_id (0 for none): ringed on the map, detailed
 * beside it. */
void       stg_heatmap_page_select       (StgHeatmapPage *self,
                                          gint64          threat_id);
gint64     stg_heatmap_page_get_selected (StgHeatmapPage *self);
/* Gives threat @threat_id the scores of cell (@likelihood, @impact), as a
 * drop there does: one undo step. FALSE (and a toast) when the store
 * refuses. */
gboolean   stg_heatmap_page_move         (StgHeatmapPage *self,
                                          gint64          threat_id,
                                          int             likelihood,
                                          int             impact);

G_END_DECLS
