/* stg-timeline-page.h: the objectives on a time axis, by lead actor */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "strategos/strategos.h"

G_BEGIN_DECLS

#define STG_TYPE_TIMELINE_PAGE (stg_timeline_page_get_type ())
G_DECLARE_FINAL_TYPE (StgTimelinePage, stg_timeline_page, STG, TIMELINE_PAGE, GtkBox)

GtkWidget *stg_timeline_page_new          (StgStore        *store);
/* Reads the objectives again, keeping the zoom, the scroll and the
 * selection where they still make sense. */
void       stg_timeline_page_reload       (StgTimelinePage *self);
/* The objective selected, or 0; selecting scrolls it into sight. */
gint64     stg_timeline_page_get_selected (StgTimelinePage *self);
void       stg_timeline_page_select       (StgTimelinePage *self,
                                           gint64           id);

G_END_DECLS
