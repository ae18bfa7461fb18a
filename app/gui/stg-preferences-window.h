/* stg-preferences-window.h: the Preferences window */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STG_TYPE_PREFERENCES_WINDOW (stg_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (StgPreferencesWindow, stg_preferences_window, STG, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* The preferences over @parent, edited in @settings (the application's,
 * see stg_settings_get()): every change is kept at once. */
GtkWidget *stg_preferences_window_new (GtkWindow *parent,
                                       GSettings *settings);

G_END_DECLS
