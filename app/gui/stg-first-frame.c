/* stg-first-frame.c: reports when a window has drawn its first frame */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-first-frame"

#include "config.h"

#include <stdio.h>

#include "stg-first-frame.h"

static void
after_paint (GdkFrameClock *clock,
             GtkWindow     *window)
{
  GtkApplication *application = gtk_window_get_application (window);

  g_signal_handlers_disconnect_by_func (clock, after_paint, window);
  printf ("first-frame %" G_GINT64_FORMAT "\n", g_get_real_time ());
  fflush (stdout);
  if (application != NULL)
    g_application_quit (G_APPLICATION (application));
}

static void
realized (GtkWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  g_signal_handlers_disconnect_by_func (window, realized, NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), window);
}

void
stg_first_frame_watch (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_getenv ("STG_FIRST_FRAME") == NULL)
    return;
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realized (window);
  else
    g_signal_connect (window, "realize", G_CALLBACK (realized), NULL);
}
