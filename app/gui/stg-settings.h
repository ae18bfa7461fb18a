/* stg-settings.h: the application's settings (GSettings), when installed */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "strategos/strategos.h"

G_BEGIN_DECLS

/* The settings, or NULL when the schema is neither installed nor in
 * GSETTINGS_SCHEMA_DIR: then every default below applies and nothing is
 * kept. Transfer none; the object lives as long as the process. */
GSettings  *stg_settings_get                 (void);

/* The CSV export options to offer first: the preferences, with "auto"
 * (and no settings) following the current locale. */
void        stg_settings_get_csv_defaults    (StgCsvOptions *options);

/* The paper review summaries are printed on, as a GtkPaperSize name:
 * GTK_PAPER_NAME_A4 (the default) or GTK_PAPER_NAME_LETTER. */
const char *stg_settings_get_paper_name      (void);
/* Keeps the paper chosen in the print dialog as the preference, when it
 * is one the preference offers (A4 or Letter); others are left alone. */
void        stg_settings_set_paper_name      (const char *name);

/* How many recent strategy files Open Recent lists. */
guint       stg_settings_get_recent_limit    (void);

/* Restores a window's size and maximized state, and keeps them when it
 * closes. */
void        stg_settings_track_window        (GtkWindow *window);

G_END_DECLS
