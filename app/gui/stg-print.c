/* stg-print.c: printing review summaries through GTK's print dialog */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-print"

#include "config.h"

#include "stg-print.h"
#include "stg-settings.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * The core lays the summary out and draws it; this file only hands it
 * GtkPrintOperation's context. The layout runs in the paginate handler a
 * few hundred rows at a time, so that the dialog's progress and the rest
 * of the window stay alive while 300 pages are laid out; printing and the
 * preview draw the same pages from the same layout.
 */

#define ROWS_PER_STEP 400

typedef struct {
  GtkWindow  *parent;
  StgStore   *store;
  StgReport  *report;
  GError     *error;
  void      (*done) (GtkWindow *parent, const char *message);
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->parent);
  g_clear_object (&job->store);
  g_clear_pointer (&job->report, stg_report_free);
  g_clear_error (&job->error);
  g_free (job);
}

/* Remembering settings */

static char *
config_path (const char *name)
{
  return g_build_filename (g_get_user_config_dir (), "strategos", name, NULL);
}

static void
save_to_config (GObject    *object,
                const char *name)
{
  g_autofree char *path = config_path (name);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_warning ("Could not create %s to remember the print settings", dir);
      return;
    }
  /* Both write through g_key_file_save_to_file: a temporary file renamed
   * into place. */
  if ((GTK_IS_PRINT_SETTINGS (object) && !gtk_print_settings_to_file (GTK_PRINT_SETTINGS (object), path, &error)) ||
      (GTK_IS_PAGE_SETUP (object) && !gtk_page_setup_to_file (GTK_PAGE_SETUP (object), path, &error)))
    g_message ("Could not remember the print settings in %s: %s", path, error->message);
}

GtkPageSetup *
stg_print_load_page_setup (void)
{
  g_autofree char *path = config_path ("page-setup.ini");
  GtkPageSetup *setup = gtk_page_setup_new_from_file (path, NULL);
  const char *preferred = stg_settings_get_paper_name ();
  g_autoptr(GtkPaperSize) paper = NULL;

  /* The paper is the one in Preferences (A4 unless the analyst chose
   * Letter); the print dialog keeps its choice there too (remember ()).
   * The saved page setup adds the orientation, or a paper size that
   * Preferences does not offer. */
  if (setup != NULL)
    {
      const char *saved = gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup));

      if (g_strcmp0 (saved, GTK_PAPER_NAME_A4) != 0 && g_strcmp0 (saved, GTK_PAPER_NAME_LETTER) != 0)
        return setup;
      if (g_strcmp0 (saved, preferred) == 0)
        return setup;
    }
  else
    setup = gtk_page_setup_new ();
  paper = gtk_paper_size_new (preferred);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  return setup;
}

static GtkPrintSettings *
load_print_settings (void)
{
  g_autofree char *path = config_path ("print-settings.ini");
  GtkPrintSettings *settings = gtk_print_settings_new_from_file (path, NULL);

  return settings != NULL ? settings : gtk_print_settings_new ();
}

void
stg_print_get_page_size (GtkPageSetup *setup,
                         double       *width,
                         double       *height)
{
  g_return_if_fail (GTK_IS_PAGE_SETUP (setup));

  /* The whole sheet, turned as the orientation says: the summary sets
   * its own margins, as in the PDF. */
  *width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  *height = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
}

StgReport *
stg_print_build_report (StgStore  *store,
                        GError   **error)
{
  return stg_report_new (store, NULL, error);
}

/* The print operation */

static void
begin_print (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             PrintJob          *job)
{
  if ((job->report = stg_print_build_report (job->store, &job->error)) == NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  stg_report_layout_begin (job->report, gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

static gboolean
paginate (GtkPrintOperation *operation,
          GtkPrintContext   *context,
          PrintJob          *job)
{
  if (job->report == NULL)
    return TRUE;
  if (!stg_report_layout_step (job->report, ROWS_PER_STEP))
    return FALSE;
  gtk_print_operation_set_n_pages (operation, stg_report_get_n_pages (job->report));
  return TRUE;
}

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page_nr,
           PrintJob          *job)
{
  if (job->report != NULL && (guint) page_nr < stg_report_get_n_pages (job->report))
    stg_report_draw_page (job->report, gtk_print_context_get_cairo_context (context), page_nr);
}

/* The settings, and the paper and orientation chosen in the dialog's
 * Page Setup tab as the page setup for next time. */
static void
remember (GtkPrintSettings *settings)
{
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;

  if (settings == NULL)
    return;
  save_to_config (G_OBJECT (settings), "print-settings.ini");
  if ((paper = gtk_print_settings_get_paper_size (settings)) == NULL)
    return;
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, gtk_print_settings_get_orientation (settings));
  save_to_config (G_OBJECT (setup), "page-setup.ini");
  stg_settings_set_paper_name (gtk_paper_size_get_name (paper));
}

static void
print_done (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            PrintJob                *job)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    remember (gtk_print_operation_get_print_settings (operation));
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  if (job->error != NULL || error != NULL)
    {
      /* Translators: %s says why, e.g. the file could not be read */
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), job->error != NULL ? job->error->message : error->message);
      if (job->done != NULL)
        job->done (job->parent, message);
      else
        g_warning ("%s", message);
    }
}

GtkPrintOperation *
stg_print_operation_new (GtkWindow *parent,
                         StgStore  *store,
                         void     (*done) (GtkWindow *parent, const char *message))
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPrintSettings) settings = load_print_settings ();
  g_autoptr(GtkPageSetup) setup = stg_print_load_page_setup ();
  g_autofree char *base = g_path_get_basename (stg_store_get_path (store));
  g_autofree char *stem = g_strndup (base, strcspn (base, "."));
  /* Translators: the file name offered when printing to a file; %s is the strategy file's name */
  g_autofree char *output = g_strdup_printf (_("%s review summary"), stem);
  PrintJob *job = g_new0 (PrintJob, 1);

  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->store = g_object_ref (store);
  job->done = done;
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, output);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_show_progress (operation, TRUE);
  gtk_print_operation_set_job_name (operation, stem);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print), job);
  g_signal_connect (operation, "paginate", G_CALLBACK (paginate), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), job);
  g_signal_connect (operation, "done", G_CALLBACK (print_done), job);
  g_object_set_data_full (G_OBJECT (operation), "stg-print-job", job, (GDestroyNotify) print_job_free);
  return operation;
}

void
stg_print_run (GtkWindow *parent,
               StgStore  *store,
               void     (*done) (GtkWindow *parent, const char *message))
{
  GtkPrintOperation *operation = stg_print_operation_new (parent, store, done);
  g_autoptr(GError) error = NULL;

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR && done != NULL && error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);
      done (parent, message);
    }
  /* GTK holds the operation while the dialog and the job run. */
  g_object_unref (operation);
}

/* Page setup */

static void
page_setup_done (GtkPageSetup *setup,
                 gpointer      data)
{
  if (setup == NULL)
    return;
  save_to_config (G_OBJECT (setup), "page-setup.ini");
  stg_settings_set_paper_name (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)));
}

void
stg_print_page_setup (GtkWindow *parent)
{
  g_autoptr(GtkPageSetup) setup = stg_print_load_page_setup ();
  g_autoptr(GtkPrintSettings) settings = load_print_settings ();

  gtk_print_run_page_setup_dialog_async (parent, setup, settings, page_setup_done, NULL);
}
