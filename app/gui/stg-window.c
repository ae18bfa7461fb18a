/* stg-window.c: a workbench window, showing one strategy file */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "stg-budget-page.h"
#include "stg-export-dialog.h"
#include "stg-gaps-page.h"
#include "stg-heatmap-page.h"
#include "stg-matrix-page.h"
#include "stg-timeline-page.h"
#include "stg-versions-dialog.h"
#include "stg-overview-page.h"
#include "stg-print.h"
#include "stg-record-page.h"
#include "stg-settings.h"
#include "stg-window.h"

struct _StgWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkListBox           *sidebar;
  GtkStack             *stack;
  GtkWidget            *header_bar;
  GtkWidget            *add_button;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GMenu                *recent_menu;

  /* owned */
  StgStore             *store;
  GPtrArray            *count_labels;
  GHashTable           *dirty;      /* page names to reload when shown */
  guint                 refresh_source;
  /* The gap count of the sidebar is worked out in a thread, on a
   * read-only connection of its own (see count_gaps). */
  StgStore             *gap_reader;     /* NULL while a count runs */
  gboolean              counting_gaps;
  gboolean              count_gaps_again;
  guint                 count_gaps_source;
  guint                 check_source;
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (StgWindow, stg_window, ADW_TYPE_APPLICATION_WINDOW)

static const struct {
  const char *name;
  const char *title;
  const char *icon;
  GType     (*type) (void);
} parts[] = {
  { "overview", N_("Overview"), "view-grid-symbolic", NULL },
  { "interest", N_("Vital interests"), "starred-symbolic", stg_interest_get_type },
  { "threat", N_("Threats"), "weather-storm-symbolic", stg_threat_get_type },
  { "role", N_("Roles"), "system-users-symbolic", stg_role_get_type },
  { "objective", N_("Objectives"), "emblem-default-symbolic", stg_objective_get_type },
  { "capability", N_("Capabilities"), "applications-engineering-symbolic", stg_capability_get_type },
  { "actor", N_("Actors"), "avatar-default-symbolic", stg_actor_get_type },
  { "budget", N_("Budget"), "x-office-spreadsheet-symbolic", NULL },
  { "lines", N_("Budget lines"), "accessories-calculator-symbolic", stg_budget_line_get_type },
  { "gaps", N_("Gaps"), "dialog-warning-symbolic", NULL },
  { "matrix", N_("Traceability"), "view-app-grid-symbolic", NULL },
  { "heatmap", N_("Heat map"), "emblem-important-symbolic", NULL },
  { "timeline", N_("Timeline"), "x-office-calendar-symbolic", NULL },
};

void
stg_window_toast (StgWindow  *self,
                  const char *message,
                  gboolean    offer_undo)
{
  AdwToast *toast = adw_toast_new (message);

  if (offer_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  else
    adw_toast_set_timeout (toast, 6);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
page_toast (GtkWidget  *page,
            const char *message,
            gboolean    offer_undo,
            StgWindow  *self)
{
  stg_window_toast (self, message, offer_undo);
}

static GtkWidget *ensure_page (StgWindow *self,
                               guint      i);

/* Pages are built when first shown or asked for, so that opening a large
 * strategy reads only what the first page shows. */
GtkWidget *
stg_window_get_page (StgWindow  *self,
                     const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_equal (parts[i].name, name))
      return ensure_page (self, i);
  return NULL;
}

static GtkWidget *
current_page (StgWindow *self)
{
  return gtk_stack_get_visible_child (self->stack);
}

static StgRecordPage *
current_record_page (StgWindow *self)
{
  GtkWidget *page = current_page (self);

  return STG_IS_RECORD_PAGE (page) ? STG_RECORD_PAGE (page) : NULL;
}

static void
reload_page (StgWindow *self,
             GtkWidget *page)
{
  if (page == NULL)
    return;
  if (STG_IS_RECORD_PAGE (page))
    stg_record_page_reload (STG_RECORD_PAGE (page));
  else if (STG_IS_OVERVIEW_PAGE (page))
    stg_overview_page_reload (STG_OVERVIEW_PAGE (page));
  else if (STG_IS_BUDGET_PAGE (page))
    stg_budget_page_reload (STG_BUDGET_PAGE (page));
  else if (STG_IS_GAPS_PAGE (page))
    stg_gaps_page_reload (STG_GAPS_PAGE (page));
  else if (STG_IS_MATRIX_PAGE (page))
    stg_matrix_page_reload (STG_MATRIX_PAGE (page));
  else if (STG_IS_HEATMAP_PAGE (page))
    stg_heatmap_page_reload (STG_HEATMAP_PAGE (page));
  else if (STG_IS_TIMELINE_PAGE (page))
    stg_timeline_page_reload (STG_TIMELINE_PAGE (page));
}

static void
update_actions (StgWindow *self)
{
  StgRecordPage *page = current_record_page (self);
  gboolean writable = !stg_store_is_read_only (self->store) && stg_store_is_checked (self->store);
  gboolean can_add = writable && page != NULL && stg_record_page_can_add (page);
  gboolean has_selection = writable && page != NULL && stg_record_page_get_selected (page) != NULL;
  g_autofree char *undo = stg_store_get_undo_label (self->store);
  g_autofree char *redo = stg_store_get_redo_label (self->store);
  g_autofree char *undo_tip = undo != NULL ? g_strdup_printf (_("Undo: %s"), undo) : g_strdup (_("Nothing to undo"));
  g_autofree char *redo_tip = redo != NULL ? g_strdup_printf (_("Redo: %s"), redo) : g_strdup (_("Nothing to redo"));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-item", can_add);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-item", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.duplicate-item", has_selection && can_add);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-csv", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-version", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", undo != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", redo != NULL);
  gtk_widget_set_tooltip_text (self->undo_button, undo_tip);
  gtk_widget_set_tooltip_text (self->redo_button, redo_tip);
}

static void
refresh_header (StgWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (self->store, &error);
  StgRecord *s = STG_RECORD (strategy);
  g_autofree char *subtitle = NULL;

  if (strategy == NULL)
    {
      stg_window_toast (self, error->message, FALSE);
      return;
    }
  adw_window_title_set_title (self->window_title, stg_record_get_text (s, "title"));
  if (stg_store_is_read_only (self->store))
    /* Translators: the classification marking, and that the file is read-only */
    subtitle = g_strdup_printf (_("%s · Read-only"), stg_record_get_text (s, "classification"));
  else
    subtitle = g_strdup (stg_record_get_text (s, "classification"));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), stg_record_get_text (s, "title"));
}

/* Shows @n beside part @i; nothing for a failed count (negative), or for
 * none when @none_blank (no gaps is nothing to point at). */
static void
set_count (StgWindow *self,
           guint      i,
           gint64     n,
           gboolean   none_blank)
{
  g_autofree char *text = n < 0 || (n == 0 && none_blank) ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, n);

  gtk_label_set_label (g_ptr_array_index (self->count_labels, i), text);
}

static guint
part_index (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_equal (parts[i].name, name))
      return i;
  g_assert_not_reached ();
}

/* The count of what needs fixing: the analysis takes seconds on a plan
 * of 100,000 objectives, so it runs in a thread on a read-only connection
 * of its own, and the count follows the edit rather than holding it up.
 * One count at a time; a change meanwhile asks for another. */
static void
count_gaps_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  StgStore *reader = data;
  g_autoptr(GPtrArray) findings = NULL;
  GError *error = NULL;
  gint64 n = 0;

  if ((findings = stg_analysis_run (reader, NULL, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  for (guint i = 0; i < findings->len; i++)
    n += ((StgFinding *) g_ptr_array_index (findings, i))->severity != STG_SEVERITY_INFO;
  g_task_return_int (task, n);
}

static void count_gaps (StgWindow *self);

static void
count_gaps_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  StgWindow *self = STG_WINDOW (source);
  g_autoptr(GError) error = NULL;
  gint64 n = g_task_propagate_int (G_TASK (result), &error);

  self->counting_gaps = FALSE;
  if (self->store == NULL)
    return;  /* the window was closed meanwhile */
  g_set_object (&self->gap_reader, g_task_get_task_data (G_TASK (result)));
  if (error == NULL)
    set_count (self, part_index ("gaps"), n, TRUE);
  else
    g_debug ("Could not count the gaps: %s", error->message);
  if (self->count_gaps_again)
    count_gaps (self);
}

static gboolean
start_counting_gaps (gpointer data)
{
  StgWindow *self = data;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;

  self->count_gaps_source = 0;
  if (self->gap_reader == NULL && (self->gap_reader = stg_store_open_reader (self->store, &error)) == NULL)
    {
      g_debug ("Could not count the gaps: %s", error->message);
      return G_SOURCE_REMOVE;
    }
  self->counting_gaps = TRUE;
  task = g_task_new (self, NULL, count_gaps_done, NULL);
  g_task_set_task_data (task, g_steal_pointer (&self->gap_reader), g_object_unref);
  g_task_run_in_thread (task, count_gaps_thread);
  return G_SOURCE_REMOVE;
}

static void
count_gaps (StgWindow *self)
{
  GtkWidget *gaps = gtk_stack_get_child_by_name (self->stack, "gaps");

  /* In view, the gaps page has just been read again: it knows. */
  if (gaps != NULL && gaps == current_page (self))
    {
      set_count (self, part_index ("gaps"), stg_gaps_page_get_n_serious (STG_GAPS_PAGE (gaps)), TRUE);
      return;
    }
  self->count_gaps_again = self->counting_gaps;
  /* Started a moment later: once the window has drawn what changed (on
   * opening, its first frame), and once for a burst of edits. */
  if (!self->counting_gaps && self->count_gaps_source == 0)
    self->count_gaps_source = g_timeout_add_full (G_PRIORITY_LOW, 300, start_counting_gaps, self, NULL);
}

/* A file opened with STG_STORE_OPEN_CHECK_LATER shows at once and is
 * checked here, in a thread, on a connection of its own; edits wait for
 * it. A damaged file is closed again, with a word why. */
static void
check_pages_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  GError *error = NULL;

  if (!stg_store_check_pages (data, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
check_pages_done (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  StgWindow *self = STG_WINDOW (source);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (self->store == NULL)
    return;
  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      stg_store_set_checked (self->store);
      update_actions (self);
      return;
    }
  dialog = adw_message_dialog_new (NULL, _("Could Not Open the Strategy"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), gtk_window_get_application (GTK_WINDOW (self)));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
start_checking_pages (gpointer data)
{
  StgWindow *self = data;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  StgStore *reader;

  self->check_source = 0;
  if ((reader = stg_store_open_reader (self->store, &error)) == NULL)
    {
      stg_window_toast (self, error->message, FALSE);
      return G_SOURCE_REMOVE;
    }
  task = g_task_new (self, NULL, check_pages_done, NULL);
  g_task_set_task_data (task, reader, g_object_unref);
  g_task_run_in_thread (task, check_pages_thread);
  return G_SOURCE_REMOVE;
}

const char *
stg_window_get_count (StgWindow  *self,
                      const char *name)
{
  g_return_val_if_fail (STG_IS_WINDOW (self), NULL);
  return gtk_label_get_label (g_ptr_array_index (self->count_labels, part_index (name)));
}

static void
refresh_counts (StgWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i].type != NULL)
      set_count (self, i, stg_store_count (self->store, parts[i].type (), NULL), FALSE);
  count_gaps (self);
}

static gboolean
refresh_after_change (gpointer data)
{
  StgWindow *self = data;
  GtkWidget *visible = current_page (self);

  self->refresh_source = 0;

  refresh_header (self);
  /* Only the page in view is read again now; the others when shown. */
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_hash_table_add (self->dirty, (gpointer) parts[i].name);
  g_hash_table_remove (self->dirty, gtk_stack_get_visible_child_name (self->stack));
  reload_page (self, visible);
  refresh_counts (self);
  update_actions (self);
  return G_SOURCE_REMOVE;
}

/* The window is brought up to date from the main loop, not inside the
 * signal: the edit may come from a row the refresh would rebuild, whose
 * handler is still running. Several edits in a row refresh once. */
static void
on_store_changed (StgWindow *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_after_change, self, NULL);
}

void
stg_window_show_page (StgWindow  *self,
                      const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_equal (parts[i].name, name))
      gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, (int) i));
}

static void
sidebar_selected (GtkListBox    *box,
                  GtkListBoxRow *row,
                  StgWindow     *self)
{
  const char *name;

  if (row == NULL)
    return;
  name = parts[gtk_list_box_row_get_index (row)].name;
  ensure_page (self, (guint) gtk_list_box_row_get_index (row));
  if (g_hash_table_remove (self->dirty, name))
    reload_page (self, stg_window_get_page (self, name));
  gtk_stack_set_visible_child_name (self->stack, name);
  update_actions (self);
}

/* Tab leaves the sidebar for the page, Shift+Tab for the header bar: a
 * list box would otherwise Tab from row to row, opening every part on
 * the way. The arrow keys move between the parts. */
static gboolean
sidebar_key_pressed (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     StgWindow             *self)
{
  gboolean back = keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) != 0;

  if (keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab && keyval != GDK_KEY_ISO_Left_Tab)
    return FALSE;
  return back ? gtk_widget_child_focus (self->header_bar, GTK_DIR_TAB_BACKWARD)
              : gtk_widget_child_focus (GTK_WIDGET (self->stack), GTK_DIR_TAB_FORWARD);
}

static GtkWidget *
sidebar_row (StgWindow *self,
             guint      i)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (parts[i].icon);
  GtkWidget *label = gtk_label_new (_(parts[i].title));
  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), count);
  g_ptr_array_add (self->count_labels, count);
  return box;
}

static void
show_related (StgRecordPage *from,
              const char    *name,
              const char    *column,
              gint64         id,
              StgWindow     *self)
{
  stg_window_show_page (self, name);
  stg_record_page_filter_by (STG_RECORD_PAGE (stg_window_get_page (self, name)), column, id);
}

static void
show_line (StgBudgetPage *from,
           gint64         id,
           StgWindow     *self)
{
  StgRecordPage *lines = STG_RECORD_PAGE (stg_window_get_page (self, "lines"));

  stg_window_show_page (self, "lines");
  stg_record_page_filter_by (lines, "actor_id", 0);
  stg_record_page_set_search (lines, "");
  stg_record_page_select (lines, id);
}

/* Opens item @id of @type where it is edited: the gaps page's links. */
static void
show_item (GtkWidget *from,
           GType      type,
           gint64     id,
           StgWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i].type != NULL && parts[i].type () == type)
      {
        StgRecordPage *page = STG_RECORD_PAGE (stg_window_get_page (self, parts[i].name));
        stg_window_show_page (self, parts[i].name);
        stg_record_page_set_search (page, "");
        stg_record_page_select (page, id);
        return;
      }
  if (type == STG_TYPE_STRATEGY)
    stg_window_show_page (self, "overview");
}

static GtkWidget *
new_page (StgWindow *self,
          guint      i)
{
  GtkWidget *page;

  if (parts[i].type != NULL)
    page = stg_record_page_new (self->store, parts[i].type ());
  else if (g_str_equal (parts[i].name, "budget"))
    {
      page = stg_budget_page_new (self->store);
      g_signal_connect (page, "show-line", G_CALLBACK (show_line), self);
    }
  else if (g_str_equal (parts[i].name, "gaps"))
    {
      page = stg_gaps_page_new (self->store);
      g_signal_connect (page, "show-item", G_CALLBACK (show_item), self);
    }
  else if (g_str_equal (parts[i].name, "matrix"))
    {
      page = stg_matrix_page_new (self->store);
      g_signal_connect (page, "show-item", G_CALLBACK (show_item), self);
    }
  else if (g_str_equal (parts[i].name, "heatmap"))
    {
      page = stg_heatmap_page_new (self->store);
      g_signal_connect (page, "show-item", G_CALLBACK (show_item), self);
    }
  else if (g_str_equal (parts[i].name, "timeline"))
    {
      page = stg_timeline_page_new (self->store);
      g_signal_connect (page, "show-item", G_CALLBACK (show_item), self);
    }
  else
    page = stg_overview_page_new (self->store);
  return page;
}

static GtkWidget *
ensure_page (StgWindow *self,
             guint      i)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, parts[i].name);

  if (page != NULL)
    return page;
  page = new_page (self, i);
  g_signal_connect (page, "toast", G_CALLBACK (page_toast), self);
  if (STG_IS_RECORD_PAGE (page))
    {
      g_signal_connect_swapped (page, "selected", G_CALLBACK (update_actions), self);
      g_signal_connect (page, "show-related", G_CALLBACK (show_related), self);
    }
  gtk_stack_add_named (self->stack, page, parts[i].name);
  /* A list reads its items when shown; the other pages when made. */
  if (STG_IS_RECORD_PAGE (page))
    g_hash_table_add (self->dirty, (gpointer) parts[i].name);
  else
    g_hash_table_remove (self->dirty, parts[i].name);
  return page;
}

static void
build_sidebar (StgWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    gtk_list_box_append (self->sidebar, sidebar_row (self, i));
}

/* Actions */

static void
replay_action (StgWindow *self,
               gboolean   undo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = undo ? stg_store_get_undo_label (self->store)
                                : stg_store_get_redo_label (self->store);
  g_autofree char *message = NULL;

  if (!(undo ? stg_store_undo (self->store, &error) : stg_store_redo (self->store, &error)))
    {
      stg_window_toast (self, error->message, FALSE);
      return;
    }
  /* Translators: a toast after undo/redo, %s is what was undone */
  message = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), label);
  stg_window_toast (self, message, FALSE);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  replay_action (STG_WINDOW (widget), TRUE);
}

static void
redo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  replay_action (STG_WINDOW (widget), FALSE);
}

static void
item_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StgWindow *self = STG_WINDOW (widget);
  StgRecordPage *page = current_record_page (self);

  if (page == NULL)
    return;
  if (g_str_equal (action_name, "win.add-item"))
    stg_record_page_add (page);
  else if (g_str_equal (action_name, "win.delete-item"))
    stg_record_page_delete (page);
  else if (g_str_equal (action_name, "win.duplicate-item"))
    stg_record_page_duplicate (page);
  else if (g_str_equal (action_name, "win.find"))
    stg_record_page_focus_search (page);
  update_actions (self);
}

static void
show_page_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  stg_window_show_page (STG_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
save_copy_response (GtkNativeDialog *dialog,
                    int              response,
                    StgWindow       *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      path = g_file_get_path (file);
      if (!stg_store_save_copy (self->store, path, &error))
        stg_window_toast (self, error->message, FALSE);
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          message = g_strdup_printf (_("Saved a copy as “%s”"), name);
          stg_window_toast (self, message, FALSE);
        }
    }
  g_object_unref (dialog);
}

static void
save_copy_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  StgWindow *self = STG_WINDOW (widget);
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_("Save a Copy"), GTK_WINDOW (self),
                                                              GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  g_autofree char *base = g_path_get_basename (stg_store_get_path (self->store));
  g_autofree char *stem = g_strndup (base, strcspn (base, "."));
  /* Translators: the file name offered for a copy of "name.strategos" */
  g_autofree char *name = g_strdup_printf (_("%s (copy).strategos"), stem);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (save_copy_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* CSV */

static void
export_done (StgExportDialog *dialog,
             const char      *message,
             StgWindow       *self)
{
  stg_window_toast (self, message != NULL ? message : _("Exported"), FALSE);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StgWindow *self = STG_WINDOW (widget);
  GtkWidget *page = current_page (self);
  StgCsvTable table = STG_CSV_TABLE_LINES;
  GtkWidget *dialog;

  /* From the budget page, the table in view is offered first. */
  if (STG_IS_BUDGET_PAGE (page))
    table = STG_CSV_TABLE_BY_ACTOR + stg_budget_table_get_dimension (stg_budget_page_get_table (STG_BUDGET_PAGE (page)));
  dialog = stg_export_dialog_new (GTK_WINDOW (self), self->store, table);
  g_signal_connect_object (dialog, "done", G_CALLBACK (export_done), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Every refused row, in a dialog the analyst can read and copy. */
static void
show_import_problems (StgWindow    *self,
                      const char   *file_name,
                      GPtrArray    *problems,
                      const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Nothing Was Imported"), error->message);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GString *text = g_string_new (NULL);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      StgCsvProblem *p = g_ptr_array_index (problems, i);
      /* Translators: a refused row: file, line, column, reason */
      g_string_append_printf (text, _("%s, line %u, %s: %s\n"), file_name, p->line,
                              p->column != NULL ? p->column : _("whole row"), p->message);
    }
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text->str, -1);
  g_string_free (text, TRUE);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Refused rows"), -1);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_size_request (scrolled, 520, 240);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
stg_window_import_csv (StgWindow  *self,
                       const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *message = NULL;
  guint n = 0;

  if (!stg_csv_import_lines (self->store, path, &problems, &n, NULL, &error))
    {
      if (problems != NULL && problems->len > 0)
        show_import_problems (self, name, problems, error);
      else
        stg_window_toast (self, error->message, FALSE);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u budget line from “%s”",
                                          "Imported %u budget lines from “%s”", n), n, name);
  stg_window_toast (self, message, TRUE);
}

static void
import_response (GtkNativeDialog *chooser,
                 int              response,
                 StgWindow       *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    stg_window_import_csv (self, path);
  g_object_unref (chooser);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StgWindow *self = STG_WINDOW (widget);
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Import Budget Lines"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                                               _("_Import"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Printing */

static void
print_failed (GtkWindow  *parent,
              const char *message)
{
  if (STG_IS_WINDOW (parent))
    stg_window_toast (STG_WINDOW (parent), message, FALSE);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  stg_print_run (GTK_WINDOW (widget), STG_WINDOW (widget)->store, print_failed);
}

static void
page_setup_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  stg_print_page_setup (GTK_WINDOW (widget));
}

/* Versions */

static void
save_version_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  stg_versions_save_dialog (GTK_WINDOW (widget), STG_WINDOW (widget)->store);
}

static void
versions_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (stg_versions_dialog_new (GTK_WINDOW (widget), STG_WINDOW (widget)->store)));
}

/* Recent files */

static void
fill_recent_menu (StgWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  guint n = 0;
  guint limit = stg_settings_get_recent_limit ();

  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL && n < limit; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GMenuItem) item = NULL;

      if (!g_str_has_suffix (uri, ".strategos") || !gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "app.open-recent", "s", uri);
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* Object */

static void
stg_window_set_store (StgWindow *self,
                      StgStore  *store)
{
  g_assert (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  build_sidebar (self);
  refresh_header (self);
  refresh_counts (self);
  stg_window_show_page (self, "overview");
  update_actions (self);
  /* Once the first frame is drawn. */
  if (!stg_store_is_checked (store))
    self->check_source = g_timeout_add_full (G_PRIORITY_LOW, 50, start_checking_pages, self, NULL);
}

static void
stg_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  StgWindow *self = STG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stg_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  StgWindow *self = STG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      stg_window_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stg_window_dispose (GObject *object)
{
  StgWindow *self = STG_WINDOW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_handle_id (&self->count_gaps_source, g_source_remove);
  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->gap_reader);
  g_clear_pointer (&self->count_labels, g_ptr_array_unref);
  g_clear_pointer (&self->dirty, g_hash_table_unref);

  G_OBJECT_CLASS (stg_window_parent_class)->dispose (object);
}

static void
stg_window_class_init (StgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stg_window_dispose;
  object_class->get_property = stg_window_get_property;
  object_class->set_property = stg_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, STG_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strategos/Strategos/stg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StgWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, StgWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StgWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, StgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, StgWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, StgWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, StgWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, StgWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, StgWindow, recent_menu);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_activated);
  gtk_widget_class_install_action (widget_class, "win.add-item", NULL, item_activated);
  gtk_widget_class_install_action (widget_class, "win.delete-item", NULL, item_activated);
  gtk_widget_class_install_action (widget_class, "win.duplicate-item", NULL, item_activated);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, item_activated);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_activated);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "win.save-version", NULL, save_version_activated);
  gtk_widget_class_install_action (widget_class, "win.versions", NULL, versions_activated);
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "win.page-setup", NULL, page_setup_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.add-item", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "win.delete-item", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.duplicate-item", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-csv", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  /* Alt+1 … Alt+9, then Alt+0 for the tenth part. */
  for (guint i = 0; i < G_N_ELEMENTS (parts) && i < 10; i++)
    gtk_widget_class_add_binding_action (widget_class, i < 9 ? GDK_KEY_1 + i : GDK_KEY_0, GDK_ALT_MASK,
                                         "win.show-page", "s", parts[i].name);
}

static void
stg_window_init (StgWindow *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->count_labels = g_ptr_array_new ();
  self->dirty = g_hash_table_new (g_str_hash, g_str_equal);
  g_signal_connect (self->sidebar, "row-selected", G_CALLBACK (sidebar_selected), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (sidebar_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar), keys);
  fill_recent_menu (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed", G_CALLBACK (fill_recent_menu),
                           self, G_CONNECT_SWAPPED);
  if (stg_settings_get () != NULL)
    g_signal_connect_object (stg_settings_get (), "changed::recent-limit", G_CALLBACK (fill_recent_menu),
                             self, G_CONNECT_SWAPPED);
  stg_settings_track_window (GTK_WINDOW (self));
}

StgWindow *
stg_window_new (AdwApplication *application,
                StgStore       *store)
{
  return g_object_new (STG_TYPE_WINDOW, "application", application, "store", store, NULL);
}

StgStore *
stg_window_get_store (StgWindow *self)
{
  g_return_val_if_fail (STG_IS_WINDOW (self), NULL);
  return self->store;
}
