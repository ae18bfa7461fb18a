/* stg-export-dialog.c: exporting budget tables as CSV, with a preview */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "stg-export-dialog.h"
#include "stg-settings.h"

#define PREVIEW_BYTES 4096
#define PREVIEW_LINES 12

struct _StgExportDialog
{
  AdwWindow     parent_instance;

  StgStore     *store;
  GtkWidget    *table;
  GtkWidget    *delimiter;
  GtkWidget    *decimal;
  GtkWidget    *bom;
  GtkWidget    *measures;
  GtkWidget    *preview;
  GtkWidget    *export_button;
  GtkWidget    *progress;
  GCancellable *cancellable;
};

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (StgExportDialog, stg_export_dialog, ADW_TYPE_WINDOW)

static const char delimiters[] = { ',', ';', '\t' };
static const char decimals[] = { '.', ',' };
static const StgCsvMeasures measures[] = { STG_CSV_BOTH, STG_CSV_PLANNED, STG_CSV_ACTUAL };

static void
read_options (StgExportDialog *self,
              StgCsvOptions   *options)
{
  options->delimiter = delimiters[adw_combo_row_get_selected (ADW_COMBO_ROW (self->delimiter))];
  options->decimal_mark = decimals[adw_combo_row_get_selected (ADW_COMBO_ROW (self->decimal))];
  options->bom = gtk_switch_get_active (GTK_SWITCH (self->bom));
  options->measures = measures[adw_combo_row_get_selected (ADW_COMBO_ROW (self->measures))];
}

static StgCsvTable
chosen_table (StgExportDialog *self)
{
  return (StgCsvTable) adw_combo_row_get_selected (ADW_COMBO_ROW (self->table));
}

/* A stream that keeps the first PREVIEW_BYTES and then says it is full,
 * which stops the writer: a preview of a million lines reads a few. */
#define STG_TYPE_PREVIEW_STREAM (stg_preview_stream_get_type ())
G_DECLARE_FINAL_TYPE (StgPreviewStream, stg_preview_stream, STG, PREVIEW_STREAM, GOutputStream)

struct _StgPreviewStream
{
  GOutputStream  parent_instance;
  GString       *text;
};

G_DEFINE_FINAL_TYPE (StgPreviewStream, stg_preview_stream, G_TYPE_OUTPUT_STREAM)

static gssize
stg_preview_stream_write (GOutputStream  *stream,
                          const void     *buffer,
                          gsize           count,
                          GCancellable   *cancellable,
                          GError        **error)
{
  StgPreviewStream *self = STG_PREVIEW_STREAM (stream);
  gsize room = PREVIEW_BYTES - MIN (self->text->len, PREVIEW_BYTES);

  if (room == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "enough for a preview");
      return -1;
    }
  count = MIN (count, room);
  g_string_append_len (self->text, buffer, (gssize) count);
  return (gssize) count;
}

static void
stg_preview_stream_finalize (GObject *object)
{
  g_string_free (STG_PREVIEW_STREAM (object)->text, TRUE);
  G_OBJECT_CLASS (stg_preview_stream_parent_class)->finalize (object);
}

static void
stg_preview_stream_class_init (StgPreviewStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = stg_preview_stream_finalize;
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = stg_preview_stream_write;
}

static void
stg_preview_stream_init (StgPreviewStream *self)
{
  self->text = g_string_new (NULL);
}

static GOutputStream *
preview_stream (void)
{
  return g_object_new (STG_TYPE_PREVIEW_STREAM, NULL);
}

static char *
first_lines (const char *data,
             gsize       size)
{
  GString *s = g_string_new_len (data, (gssize) size);
  const char *p = s->str;

  for (int n = 0; n < PREVIEW_LINES && p != NULL; n++)
    if ((p = strchr (p, '\n')) != NULL)
      p++;
  if (p != NULL)
    g_string_truncate (s, p - s->str);
  /* Show a tab as such and the BOM as nothing; CRLF as line ends. */
  if (g_str_has_prefix (s->str, "\xEF\xBB\xBF"))
    g_string_erase (s, 0, 3);
  return g_string_free (s, FALSE);
}

char *
stg_export_dialog_get_preview (StgExportDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->preview));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_preview (StgExportDialog *self)
{
  g_autoptr(GOutputStream) stream = preview_stream ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  StgCsvOptions options;
  gboolean pivot = chosen_table (self) != STG_CSV_TABLE_LINES;

  gtk_widget_set_sensitive (self->measures, pivot);
  read_options (self, &options);
  /* The preview's stream refuses more than a screenful, which ends a
   * big export early. */
  if (!stg_csv_write (self->store, chosen_table (self), stream, &options, NULL, &error) &&
      STG_PREVIEW_STREAM (stream)->text->len < PREVIEW_BYTES)
    {
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->preview)), error->message, -1);
      return;
    }
  text = first_lines (STG_PREVIEW_STREAM (stream)->text->str, STG_PREVIEW_STREAM (stream)->text->len);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->preview)), text, -1);
}

/* Exporting, in a thread with a connection of its own */

typedef struct {
  char          *strategy;
  char          *path;
  StgCsvTable    table;
  StgCsvOptions  options;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->strategy);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = stg_store_open (job->strategy, STG_STORE_OPEN_READ_ONLY, &error);

  if (store == NULL ||
      !stg_csv_export (store, job->table, job->path, &job->options, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static gboolean
pulse (gpointer data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (data));
  return G_SOURCE_CONTINUE;
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  StgExportDialog *self = STG_EXPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  guint pulser = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (self), "pulser"));

  g_source_remove (pulser);
  gtk_widget_set_visible (self->progress, FALSE);
  gtk_widget_set_sensitive (self->export_button, TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_signal_emit (self, signals[DONE], 0,
                   g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ? _("The export was cancelled") : error->message);
  else
    g_signal_emit (self, signals[DONE], 0, NULL);
}

void
stg_export_dialog_export_to (StgExportDialog *self,
                             const char      *path)
{
  ExportJob *job = g_new0 (ExportJob, 1);
  g_autoptr(GTask) task = NULL;

  job->strategy = g_strdup (stg_store_get_path (self->store));
  job->path = g_strdup (path);
  job->table = chosen_table (self);
  read_options (self, &job->options);
  g_set_object (&self->cancellable, g_cancellable_new ());
  g_object_unref (self->cancellable);
  task = g_task_new (self, self->cancellable, export_done, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  gtk_widget_set_visible (self->progress, TRUE);
  gtk_widget_set_sensitive (self->export_button, FALSE);
  g_object_set_data (G_OBJECT (self), "pulser", GUINT_TO_POINTER (g_timeout_add (100, pulse, self->progress)));
  g_task_run_in_thread (task, export_thread);
}

static void
chooser_response (GtkNativeDialog *chooser,
                  int              response,
                  StgExportDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      path = g_file_get_path (file);
      stg_export_dialog_export_to (self, path);
    }
  g_object_unref (chooser);
}

static void
export_clicked (StgExportDialog *self)
{
  static const char *names[] = {
    N_("budget-lines.csv"), N_("budget-by-actor.csv"), N_("budget-by-objective.csv"),
    N_("budget-by-capability.csv"), N_("budget-by-source.csv"),
  };
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Export as CSV"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Export"), _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _(names[chosen_table (self)]));
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
done_default (StgExportDialog *self,
              const char      *message)
{
  if (message == NULL)
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Building */

static GtkWidget *
combo (const char *title,
       const char *const *items)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);

  for (guint i = 0; items[i] != NULL; i++)
    gtk_string_list_append (strings, _(items[i]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (strings));
  return row;
}

static GtkWidget *
build_options (StgExportDialog *self)
{
  static const char *tables[] = {
    N_("Budget lines (for machines and re-import)"), N_("By actor"), N_("By objective"),
    N_("By capability kind"), N_("By funding source"), NULL,
  };
  static const char *delimiter_names[] = { N_("Comma"), N_("Semicolon"), N_("Tab"), NULL };
  static const char *decimal_names[] = { N_("Point (1234.56)"), N_("Comma (1234,56)"), NULL };
  static const char *measure_names[] = { N_("Planned and actual"), N_("Planned"), N_("Actual"), NULL };
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *bom_row = adw_action_row_new ();

  self->table = combo (_("Table"), tables);
  self->delimiter = combo (_("Separator"), delimiter_names);
  self->decimal = combo (_("Decimal mark"), decimal_names);
  self->measures = combo (_("Amounts"), measure_names);
  self->bom = gtk_switch_new ();
  gtk_widget_set_valign (self->bom, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (bom_row), _("Byte order mark"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (bom_row), _("Helps some spreadsheets recognise UTF-8"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (bom_row), self->bom);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (bom_row), self->bom);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->table);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->measures);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->delimiter);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->decimal);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), bom_row);
  return group;
}

static GtkWidget *
build_preview (StgExportDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Preview"));
  self->preview = gtk_text_view_new ();
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->preview), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (self->preview), TRUE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->preview), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->preview), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Preview of the first rows"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->preview);
  gtk_widget_set_size_request (scrolled, -1, 220);
  gtk_widget_add_css_class (scrolled, "card");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), scrolled);
  return group;
}

static void
stg_export_dialog_dispose (GObject *object)
{
  StgExportDialog *self = STG_EXPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (stg_export_dialog_parent_class)->dispose (object);
}

static void
stg_export_dialog_class_init (StgExportDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = stg_export_dialog_dispose;

  /**
   * StgExportDialog::done:
   * @message: why the export failed, or %NULL when the file is written
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
stg_export_dialog_init (StgExportDialog *self)
{
}

GtkWidget *
stg_export_dialog_new (GtkWindow   *parent,
                       StgStore    *store,
                       StgCsvTable  table)
{
  StgExportDialog *self = g_object_new (STG_TYPE_EXPORT_DIALOG, "transient-for", parent, "modal", TRUE,
                                        "default-width", 640, "default-height", 720,
                                        "title", _("Export as CSV"), NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  StgCsvOptions defaults;

  self->store = g_object_ref (store);
  self->export_button = gtk_button_new_with_mnemonic (_("_Export…"));
  gtk_widget_add_css_class (self->export_button, "suggested-action");
  g_signal_connect_swapped (self->export_button, "clicked", G_CALLBACK (export_clicked), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->export_button);
  self->progress = gtk_progress_bar_new ();
  gtk_widget_set_visible (self->progress, FALSE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), self->progress);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (build_options (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (build_preview (self)));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);

  /* The preferences decide the defaults, or the user's locale (nl_BE:
   * ';' and ','). */
  stg_settings_get_csv_defaults (&defaults);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->table), table);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->delimiter),
                              defaults.delimiter == ';' ? 1 : defaults.delimiter == '\t' ? 2 : 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->decimal), defaults.decimal_mark == ',' ? 1 : 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->measures),
                              defaults.measures == STG_CSV_PLANNED ? 1 : defaults.measures == STG_CSV_ACTUAL ? 2 : 0);
  gtk_switch_set_active (GTK_SWITCH (self->bom), defaults.bom);
  g_signal_connect_swapped (self->table, "notify::selected", G_CALLBACK (update_preview), self);
  g_signal_connect_swapped (self->delimiter, "notify::selected", G_CALLBACK (update_preview), self);
  g_signal_connect_swapped (self->decimal, "notify::selected", G_CALLBACK (update_preview), self);
  g_signal_connect_swapped (self->measures, "notify::selected", G_CALLBACK (update_preview), self);
  g_signal_connect_swapped (self->bom, "notify::active", G_CALLBACK (update_preview), self);
  g_signal_connect (self, "done", G_CALLBACK (done_default), NULL);
  update_preview (self);
  return GTK_WIDGET (self);
}
