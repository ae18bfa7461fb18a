/* stg-screenshot.c: renders a page of the workbench on a strategy to PNG */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Usage: stg-screenshot STRATEGY OUT.png PAGE [ITEM-ID]
 * Used by build-aux/screenshots under Xvfb. The window draws itself into a
 * texture (GtkWidgetPaintable), so no screen grabber is needed.
 */

#include "config.h"

#include <locale.h>
#include <adwaita.h>

#include "gui/stg-record-page.h"
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

  setlocale (LC_ALL, "");
  if (argc < 4)
    {
      g_printerr ("usage: %s STRATEGY OUT.png PAGE [ITEM-ID]\n", argv[0]);
      return 1;
    }
  adw_init ();
  stg_gui_register_resource ();
  store = stg_store_open (argv[1], STG_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  window = GTK_WIDGET (g_object_new (STG_TYPE_WINDOW, "store", store, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  stg_window_show_page (STG_WINDOW (window), argv[3]);
  if (argc > 4)
    stg_record_page_select (STG_RECORD_PAGE (stg_window_get_page (STG_WINDOW (window), argv[3])),
                            g_ascii_strtoll (argv[4], NULL, 10));
  settle (1500);
  if (!save (window, argv[2]))
    {
      g_printerr ("could not write %s\n", argv[2]);
      return 1;
    }
  return 0;
}
