/* stg-window.h: a workbench window, showing one strategy file */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "strategos/strategos.h"

G_BEGIN_DECLS

#define STG_TYPE_WINDOW (stg_window_get_type ())
G_DECLARE_FINAL_TYPE (StgWindow, stg_window, STG, WINDOW, AdwApplicationWindow)

StgWindow *stg_window_new       (AdwApplication *application,
                                 StgStore       *store);
StgStore  *stg_window_get_store (StgWindow      *self);
/* Shows the page named after its part: "overview", "interest", "threat",
 * "role", "objective", "capability", "actor", "budget". */
void       stg_window_show_page (StgWindow      *self,
                                 const char     *name);
/* The page, built on first asking: pages are made when first needed. */
GtkWidget *stg_window_get_page  (StgWindow      *self,
                                 const char     *name);
/* The count the sidebar shows beside the part @name ("" for none). The
 * gap count is worked out in a thread and follows an edit shortly. */
const char *stg_window_get_count (StgWindow     *self,
                                  const char    *name);
/* Adds the budget lines of the CSV file at @path, all or none: a toast
 * with Undo, or a dialog listing every refused row. */
void       stg_window_import_csv (StgWindow     *self,
                                  const char    *path);
/* Tells the analyst something in a toast, optionally offering Undo. */
void       stg_window_toast     (StgWindow      *self,
                                 const char     *message,
                                 gboolean        offer_undo);

G_END_DECLS
