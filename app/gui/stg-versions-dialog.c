/* stg-versions-dialog.c: the named versions of a draft, and what changed since */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-versions-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "stg-a11y.h"
#include "stg-versions-dialog.h"

struct _StgVersionsDialog
{
  AdwWindow   parent_instance;

  StgStore   *store;
  GtkWidget  *stack;
  GtkWidget  *versions_group;
  GtkWidget  *changes_group;
  GtkWidget  *budget_group;
  GPtrArray  *rows;
  guint       n_changes;
};

G_DEFINE_FINAL_TYPE (StgVersionsDialog, stg_versions_dialog, ADW_TYPE_WINDOW)

static void
clear_rows (StgVersionsDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
add_row (StgVersionsDialog *self,
         GtkWidget         *group,
         const char        *title,
         const char        *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (self->rows, row);
}

static void
show_budget (StgVersionsDialog *self,
             GArray            *budget,
             const char        *currency)
{
  for (guint i = 0; budget != NULL && i < budget->len; i++)
    {
      StgBudgetChange *b = &g_array_index (budget, StgBudgetChange, i);
      g_autofree char *year = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *text = NULL;

      if (b->planned_before == b->planned_after && b->actual_before == b->actual_after)
        continue;
      year = g_strdup_printf ("%d", b->year);
      before = stg_money_format_currency (b->planned_before, currency);
      after = stg_money_format_currency (b->planned_after, currency);
      /* Translators: planned budget of a year, before → after */
      text = g_strdup_printf (_("Planned %s → %s"), before, after);
      add_row (self, self->budget_group, year, text);
    }
}

void
stg_versions_dialog_compare (StgVersionsDialog *self,
                             gint64             from,
                             gint64             to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) budget = NULL;
  g_autoptr(GPtrArray) changes = stg_store_compare (self->store, from, to, &budget, &error);
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (self->store, NULL);

  clear_rows (self);
  self->n_changes = 0;
  if (changes == NULL)
    {
      add_row (self, self->changes_group, error->message, NULL);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "changes");
      return;
    }
  self->n_changes = changes->len;
  for (guint i = 0; i < changes->len; i++)
    add_row (self, self->changes_group, ((StgChange *) g_ptr_array_index (changes, i))->message, NULL);
  if (changes->len == 0)
    add_row (self, self->changes_group, _("Nothing changed"), NULL);
  show_budget (self, budget, strategy != NULL ? stg_record_get_text (STG_RECORD (strategy), "currency") : "EUR");
  gtk_widget_set_visible (self->budget_group, budget != NULL && budget->len > 0);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "changes");
}

guint
stg_versions_dialog_get_n_changes (StgVersionsDialog *self)
{
  return self->n_changes;
}

/* The list of versions */

static void
compare_clicked (GtkButton         *button,
                 StgVersionsDialog *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "id");

  stg_versions_dialog_compare (self, id, 0);
}

static void
open_clicked (GtkButton         *button,
              StgVersionsDialog *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "id");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "strategos", "versions", NULL);
  g_autofree char *base = g_path_get_basename (stg_store_get_path (self->store));
  g_autofree char *name = g_strdup_printf ("%lld-%s", (long long) id, base);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  /* A version opens as a file of its own, read-only: the draft itself
   * is never at risk. */
  g_mkdir_with_parents (dir, 0700);
  g_unlink (path);
  if (!stg_store_export_version (self->store, id, path, &error))
    {
      add_row (self, self->changes_group, error->message, NULL);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "changes");
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "app.open-read-only", "s", path);
}

static GtkWidget *
small_button (const char        *label,
              gint64             id,
              GCallback          callback,
              StgVersionsDialog *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
fill_versions (StgVersionsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = stg_store_list_versions (self->store, &error);

  if (versions == NULL || versions->len == 0)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->versions_group),
                                             versions == NULL ? error->message
                                             : _("No version saved yet: save one with “Save Version…” in the menu"));
      return;
    }
  for (guint i = 0; i < versions->len; i++)
    {
      StgVersion *v = g_ptr_array_index (versions, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), v->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), v->created);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), small_button (_("_Compare with Now"), v->id, G_CALLBACK (compare_clicked), self));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), small_button (_("_Open"), v->id, G_CALLBACK (open_clicked), self));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->versions_group), row);
    }
}

static void
back_clicked (StgVersionsDialog *self)
{
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "versions");
}

static GtkWidget *
page (GtkWidget *group_a,
      GtkWidget *group_b)
{
  GtkWidget *p = adw_preferences_page_new ();

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (p), ADW_PREFERENCES_GROUP (group_a));
  if (group_b != NULL)
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (p), ADW_PREFERENCES_GROUP (group_b));
  return p;
}

static void
stg_versions_dialog_dispose (GObject *object)
{
  StgVersionsDialog *self = STG_VERSIONS_DIALOG (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (stg_versions_dialog_parent_class)->dispose (object);
}

static void
stg_versions_dialog_class_init (StgVersionsDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = stg_versions_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
stg_versions_dialog_init (StgVersionsDialog *self)
{
  self->rows = g_ptr_array_new ();
}

GtkWidget *
stg_versions_dialog_new (GtkWindow *parent,
                         StgStore  *store)
{
  StgVersionsDialog *self = g_object_new (STG_TYPE_VERSIONS_DIALOG, "transient-for", parent, "modal", TRUE,
                                          "default-width", 640, "default-height", 640,
                                          "title", _("Versions"), NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");

  self->store = g_object_ref (store);
  stg_a11y_label_icon_button (back, _("Back to the versions"));
  g_signal_connect_swapped (back, "clicked", G_CALLBACK (back_clicked), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), back);
  self->versions_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->versions_group), _("Saved Versions"));
  self->changes_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->changes_group), _("What Changed"));
  self->budget_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->budget_group), _("Budget by Year"));
  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), page (self->versions_group, NULL), "versions");
  gtk_stack_add_named (GTK_STACK (self->stack), page (self->changes_group, self->budget_group), "changes");
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), self->stack);
  adw_window_set_content (ADW_WINDOW (self), box);
  fill_versions (self);
  return GTK_WIDGET (self);
}

/* Saving */

static void
save_response (AdwMessageDialog *dialog,
               const char       *response,
               StgStore         *store)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;
  if (stg_store_save_version (store, gtk_editable_get_text (GTK_EDITABLE (entry)), &error) == 0)
    {
      GtkWidget *failed = adw_message_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                                                  _("Version Not Saved"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (failed), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (failed));
    }
}

void
stg_versions_save_dialog (GtkWindow *parent,
                          StgStore  *store)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Save a Version"),
                                              _("The strategy as it is now is kept in the file under this name, to compare with later or to open as it was."));
  GtkWidget *entry = gtk_entry_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* Translators: the name offered for a new version, with its date */
  g_autofree char *suggestion = g_date_time_format (now, _("Draft of %Y-%m-%d"));

  gtk_editable_set_text (GTK_EDITABLE (entry), suggestion);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  stg_a11y_set_label (entry, _("Name of the version"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  g_object_set_data_full (G_OBJECT (dialog), "store", g_object_ref (store), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (save_response), store);
  gtk_window_present (GTK_WINDOW (dialog));
}
