/* stg-bench-bare.c: a bare libadwaita window, to compare first frames with */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Usage: STG_FIRST_FRAME=1 stg-bench-bare
 * What any libadwaita application pays before its first frame: an
 * AdwApplication (registered like Strategos's) with one
 * AdwApplicationWindow of the same size, a header bar and a label. Prints
 * "first-frame <µs since the epoch>" once drawn, then quits: the yardstick
 * for the time Strategos takes to open a file to its first frame.
 */

#include "config.h"

#include <adwaita.h>

#include "gui/stg-first-frame.h"

static void
activate (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("A bare window"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  stg_first_frame_watch (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) application = adw_application_new ("io.github.strategos.BenchBare", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (application, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
