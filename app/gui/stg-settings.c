/* stg-settings.c: the application's settings (GSettings), when installed */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-settings"

#include "config.h"

#include "stg-settings.h"

/* Looked up rather than created blindly: g_settings_new() aborts when the
 * schema is missing, and an uninstalled build or a test may lack it. */
GSettings *
stg_settings_get (void)
{
  static GSettings *settings;
  static gsize looked_up;

  if (g_once_init_enter (&looked_up))
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
      if (schema != NULL)
        settings = g_settings_new_full (schema, NULL, NULL);
      else
        g_debug ("No settings schema %s: preferences are not kept", APPLICATION_ID);
      g_once_init_leave (&looked_up, 1);
    }
  return settings;
}

void
stg_settings_get_csv_defaults (StgCsvOptions *options)
{
  GSettings *settings = stg_settings_get ();
  g_autofree char *delimiter = NULL;
  g_autofree char *decimal = NULL;
  g_autofree char *amounts = NULL;

  stg_csv_options_for_locale (NULL, options);
  if (settings == NULL)
    return;
  delimiter = g_settings_get_string (settings, "csv-delimiter");
  decimal = g_settings_get_string (settings, "csv-decimal-mark");
  amounts = g_settings_get_string (settings, "csv-amounts");
  if (g_str_equal (delimiter, "comma"))
    options->delimiter = ',';
  else if (g_str_equal (delimiter, "semicolon"))
    options->delimiter = ';';
  else if (g_str_equal (delimiter, "tab"))
    options->delimiter = '\t';
  if (g_str_equal (decimal, "point"))
    options->decimal_mark = '.';
  else if (g_str_equal (decimal, "comma"))
    options->decimal_mark = ',';
  /* A comma cannot be both: what was left to the locale gives way, and
   * a chosen decimal comma moves the separator to a semicolon. */
  if (options->delimiter == ',' && options->decimal_mark == ',')
    {
      if (g_str_equal (decimal, "auto"))
        options->decimal_mark = '.';
      else
        options->delimiter = ';';
    }
  options->bom = g_settings_get_boolean (settings, "csv-bom");
  options->measures = g_str_equal (amounts, "planned") ? STG_CSV_PLANNED
                      : g_str_equal (amounts, "actual") ? STG_CSV_ACTUAL : STG_CSV_BOTH;
}

const char *
stg_settings_get_paper_name (void)
{
  GSettings *settings = stg_settings_get ();
  g_autofree char *paper = settings != NULL ? g_settings_get_string (settings, "paper-size") : NULL;

  return g_strcmp0 (paper, "letter") == 0 ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4;
}

void
stg_settings_set_paper_name (const char *name)
{
  GSettings *settings = stg_settings_get ();

  if (settings == NULL)
    return;
  if (g_strcmp0 (name, GTK_PAPER_NAME_A4) == 0)
    g_settings_set_string (settings, "paper-size", "a4");
  else if (g_strcmp0 (name, GTK_PAPER_NAME_LETTER) == 0)
    g_settings_set_string (settings, "paper-size", "letter");
}

guint
stg_settings_get_recent_limit (void)
{
  GSettings *settings = stg_settings_get ();

  return settings != NULL ? g_settings_get_uint (settings, "recent-limit") : 10;
}

static gboolean
window_closing (GtkWindow *window,
                GSettings *settings)
{
  int width, height;

  /* The size before maximizing, so that unmaximizing restores it. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (settings);
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      /* Within the schema's ranges: a value outside is refused loudly. */
      g_settings_set_int (settings, "window-width", CLAMP (width, 360, 32767));
      g_settings_set_int (settings, "window-height", CLAMP (height, 294, 32767));
    }
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (settings);
  return FALSE;
}

void
stg_settings_track_window (GtkWindow *window)
{
  GSettings *settings = stg_settings_get ();

  g_return_if_fail (GTK_IS_WINDOW (window));

  if (settings == NULL)
    return;
  gtk_window_set_default_size (window, g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (window);
  g_signal_connect (window, "close-request", G_CALLBACK (window_closing), settings);
}
