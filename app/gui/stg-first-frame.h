/* stg-first-frame.h: reports when a window has drawn its first frame */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* With STG_FIRST_FRAME set in the environment (the benchmarks set it):
 * once @window has painted its first frame, prints
 * "first-frame <wall-clock time in microseconds since the epoch>" on
 * standard output and quits @window's application, so that a script can
 * time a start from the command line to the first drawn frame. Without
 * it, does nothing. */
void stg_first_frame_watch (GtkWindow *window);

G_END_DECLS
