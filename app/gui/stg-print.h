/* stg-print.h: printing review summaries through GTK's print dialog */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "strategos/stg-report.h"
#include "strategos/stg-store.h"

G_BEGIN_DECLS

/* Shows GTK's print dialog (with its preview) for the review summary of
 * @store; the page setup and print settings chosen are remembered for
 * next time. @done (may be NULL) is told of an error in a sentence. */
void          stg_print_run              (GtkWindow     *parent,
                                          StgStore      *store,
                                          void         (*done) (GtkWindow  *parent,
                                                                const char *error_message));
/* The operation stg_print_run() runs, set up but not started: laying
 * out and drawing the summary, remembering the settings once applied.
 * (A test exports it to PDF without a dialog.) */
GtkPrintOperation *stg_print_operation_new (GtkWindow *parent,
                                            StgStore  *store,
                                            void     (*done) (GtkWindow  *parent,
                                                              const char *error_message));
/* Shows GTK's page setup dialog and remembers what is chosen. */
void          stg_print_page_setup       (GtkWindow     *parent);

/* The page setup remembered (A4 portrait when none is), and the size of
 * its paper in points as the summary is laid out on it. */
GtkPageSetup *stg_print_load_page_setup  (void);
void          stg_print_get_page_size    (GtkPageSetup  *setup,
                                          double        *width,
                                          double        *height);
/* The summary the window prints: the whole strategy, dated today. */
StgReport    *stg_print_build_report     (StgStore      *store,
                                          GError       **error);

G_END_DECLS
