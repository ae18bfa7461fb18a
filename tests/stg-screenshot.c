/* stg-screenshot.c: renders a page of the workbench on a strategy to PNG */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Usage: stg-screenshot STRATEGY OUT.png PAGE [ITEM-ID]
 * PAGE "preferences" renders the Preferences window over the overview.
 * STG_SCREENSHOT_TEXT_SCALE=2 renders text at 200% (as the desktop's
 * large-text setting does); ADW_DEBUG_HIGH_CONTRAST=1 the high-contrast
 * style; STG_SCREENSHOT_TAB=N presses Tab N times first, to show where
 * the keyboard focus is. Used by build-aux/screenshots under Xvfb. The window draws itself into a
 * texture (GtkWidgetPaintable), so no screen grabber is needed.
 */

#include "config.h"

#include <stdlib.h>
#include <adwaita.h>

#include "strategos/stg-i18n.h"
#include "gui/stg-preferences-window.h"
#include "gui/stg-record-page.h"
#include "gui/stg-settings.h"
#include "gui/stg-window.h"
#include "stg-resources.h"

static gboolean
wait_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, wait_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static double
elapsed_ms (gint64 start)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* With STG_MEASURE set: how long the page takes to sort and filter. */
static void
measure (StgRecordPage *page)
{
  gint64 start;

  start = g_get_monotonic_time ();
  stg_record_page_sort_by (page, "title", TRUE);
  g_printerr ("sort by title: %.0f ms\n", elapsed_ms (start));
  start = g_get_monotonic_time ();
  stg_record_page_sort_by (page, "lead_actor_id", FALSE);
  g_printerr ("sort by lead actor: %.0f ms\n", elapsed_ms (start));
  start = g_get_monotonic_time ();
  stg_record_page_sort_by (page, "deadline", TRUE);
  g_printerr ("sort by deadline: %.0f ms\n", elapsed_ms (start));
  start = g_get_monotonic_time ();
  stg_record_page_set_search (page, "objective 9999");
  g_printerr ("filter “objective 9999” (%u shown): %.0f ms\n", stg_record_page_get_n_shown (page), elapsed_ms (start));
  start = g_get_monotonic_time ();
  stg_record_page_set_search (page, "");
  g_printerr ("clear the filter (%u shown): %.0f ms\n", stg_record_page_get_n_shown (page), elapsed_ms (start));
}

static gboolean
save (GtkWidget  *window,
      const char *out)
{
  GdkPaintable *paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_object_unref (paintable);
  return gdk_texture_save_to_png (texture, out);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = NULL;
  GtkWidget *window;

  stg_i18n_init ();
  if (argc < 4)
    {
      g_printerr ("usage: %s STRATEGY OUT.png PAGE [ITEM-ID]\n", argv[0]);
      return 1;
    }
  adw_init ();
  stg_gui_register_resource ();
  if (g_getenv ("STG_SCREENSHOT_TEXT_SCALE") != NULL)
    {
      /* Xft/DPI in 1024ths of a dot per inch; 96 is 100%. */
      double scale = g_ascii_strtod (g_getenv ("STG_SCREENSHOT_TEXT_SCALE"), NULL);
      g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (scale * 96 * 1024), NULL);
    }
  {
    /* AdwApplication loads the style sheet; this program has none. */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
    gtk_css_provider_load_from_resource (css, "/io/github/strategos/Strategos/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  store = stg_store_open (argv[1], STG_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  window = GTK_WIDGET (g_object_new (STG_TYPE_WINDOW, "store", store, NULL));
  /* STG_SCREENSHOT_HEIGHT: a taller window, to look at a whole editor. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1280,
                               g_getenv ("STG_SCREENSHOT_HEIGHT") ? atoi (g_getenv ("STG_SCREENSHOT_HEIGHT")) : 800);
  gtk_window_present (GTK_WINDOW (window));
  {
    /* How long showing the page takes (reading, filtering and sorting
     * its list), for the note on large strategies. */
    gint64 start = g_get_monotonic_time ();
    stg_window_show_page (STG_WINDOW (window), argv[3]);
    while (g_main_context_iteration (NULL, FALSE))
      ;
    g_printerr ("showing %s took %.0f ms\n", argv[3], (g_get_monotonic_time () - start) / 1000.0);
  }
  if (g_str_equal (argv[3], "preferences"))
    {
      if (stg_settings_get () == NULL)
        {
          g_printerr ("no settings schema: set GSETTINGS_SCHEMA_DIR\n");
          return 1;
        }
      window = stg_preferences_window_new (GTK_WINDOW (window), stg_settings_get ());
      gtk_window_present (GTK_WINDOW (window));
    }
  else if (g_getenv ("STG_MEASURE") != NULL && g_strcmp0 (argv[3], "overview") != 0)
    measure (STG_RECORD_PAGE (stg_window_get_page (STG_WINDOW (window), argv[3])));
  if (argc > 4)
    {
      gint64 start = g_get_monotonic_time ();
      stg_record_page_select (STG_RECORD_PAGE (stg_window_get_page (STG_WINDOW (window), argv[3])),
                              g_ascii_strtoll (argv[4], NULL, 10));
      g_printerr ("selecting item %s took %.0f ms\n", argv[4], elapsed_ms (start));
    }
  if (g_getenv ("STG_SCREENSHOT_TAB") != NULL)
    {
      gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
      for (int i = atoi (g_getenv ("STG_SCREENSHOT_TAB")); i > 0; i--)
        g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
    }
  settle (1500);
  if (!save (window, argv[2]))
    {
      g_printerr ("could not write %s\n", argv[2]);
      return 1;
    }
  return 0;
}
