/* stg-gaps-page.c: what the strategy lacks, to fix one by one */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-gaps-page"

#include "config.h"

#include <glib/gi18n.h>

#include "stg-a11y.h"
#include "stg-gaps-page.h"

/* A plan of 100,000 objectives can have tens of thousands of findings;
 * a list of that many rows helps no one, and builds slowly. */
#define MAX_ROWS 300

struct _StgGapsPage
{
  GtkBox      parent_instance;

  StgStore   *store;
  GPtrArray  *findings;    /* StgFinding */
  GtkWidget  *filter;
  GtkWidget  *stack;
  GtkWidget  *groups_box;
  GtkWidget  *groups[3];   /* by severity */
  GPtrArray  *rows;
  guint       n_serious;
  guint       n_shown;
};

enum {
  TOAST,
  SHOW_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (StgGapsPage, stg_gaps_page, GTK_TYPE_BOX)

static const char *severity_icons[] = {
  [STG_SEVERITY_INFO] = "dialog-information-symbolic",
  [STG_SEVERITY_WARNING] = "dialog-warning-symbolic",
  [STG_SEVERITY_ERROR] = "dialog-error-symbolic",
};

static const char *severity_titles[] = {
  [STG_SEVERITY_INFO] = N_("Notes"),
  [STG_SEVERITY_WARNING] = N_("Warnings"),
  [STG_SEVERITY_ERROR] = N_("Errors"),
};

static void
finding_activated (AdwActionRow *row,
                   StgGapsPage  *self)
{
  StgFinding *finding = g_object_get_data (G_OBJECT (row), "finding");

  g_signal_emit (self, signals[SHOW_ITEM], 0, finding->item_type, finding->item_id);
}

static GtkWidget *
finding_row (StgGapsPage *self,
             StgFinding  *finding)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_icons[finding->severity]);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->message);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), stg_gap_kind_label (finding->kind));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_widget_add_css_class (icon, finding->severity == STG_SEVERITY_ERROR ? "error"
                                  : finding->severity == STG_SEVERITY_WARNING ? "warning" : "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  stg_severity_label (finding->severity), -1);
  if (finding->item_id != 0)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_signal_connect (row, "activated", G_CALLBACK (finding_activated), self);
    }
  g_object_set_data (G_OBJECT (row), "finding", finding);
  return row;
}

static void
clear_rows (StgGapsPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

/* Filter position 0 is every kind; then one per StgGapKind. */
static void
show_findings (StgGapsPage *self)
{
  guint kind = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->filter));
  guint per_severity[3] = { 0 };

  clear_rows (self);
  self->n_shown = 0;
  for (guint i = 0; self->findings != NULL && i < self->findings->len; i++)
    {
      StgFinding *finding = g_ptr_array_index (self->findings, i);
      GtkWidget *row;

      if (kind != 0 && finding->kind != kind - 1)
        continue;
      self->n_shown++;
      if (self->rows->len >= MAX_ROWS)
        continue;
      row = finding_row (self, finding);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->groups[finding->severity]), row);
      g_ptr_array_add (self->rows, row);
      per_severity[finding->severity]++;
    }
  if (self->n_shown > self->rows->len)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more finding is not listed: fix these first, or choose one kind above",
                                                            "%u more findings are not listed: fix these first, or choose one kind above",
                                                            self->n_shown - self->rows->len),
                                               self->n_shown - self->rows->len);
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->groups[STG_SEVERITY_INFO]), row);
      g_ptr_array_add (self->rows, row);
      per_severity[STG_SEVERITY_INFO]++;
    }
  for (guint s = 0; s < 3; s++)
    gtk_widget_set_visible (self->groups[s], per_severity[s] > 0);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), self->n_shown > 0 ? "list" : "empty");
}

void
stg_gaps_page_reload (StgGapsPage *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = stg_analysis_run (self->store, NULL, &error);

  if (findings == NULL)
    {
      g_signal_emit (self, signals[TOAST], 0, error->message, FALSE);
      return;
    }
  clear_rows (self);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = findings;
  self->n_serious = 0;
  for (guint i = 0; i < findings->len; i++)
    if (((StgFinding *) g_ptr_array_index (findings, i))->severity != STG_SEVERITY_INFO)
      self->n_serious++;
  show_findings (self);
}

guint
stg_gaps_page_get_n_serious (StgGapsPage *self)
{
  return self->n_serious;
}

guint
stg_gaps_page_get_n_shown (StgGapsPage *self)
{
  return self->n_shown;
}

static GtkWidget *
build_filter (StgGapsPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_string_list_append (kinds, _("All findings"));
  for (guint k = 0; k < STG_N_GAP_KINDS; k++)
    gtk_string_list_append (kinds, stg_gap_kind_label (k));
  self->filter = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (kinds)), NULL);
  gtk_widget_set_halign (self->filter, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (self->filter, _("Show one kind of finding"));
  stg_a11y_set_label (self->filter, _("Show one kind of finding"));
  g_signal_connect_swapped (self->filter, "notify::selected", G_CALLBACK (show_findings), self);
  return self->filter;
}

static GtkWidget *
build_list (StgGapsPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *empty = adw_status_page_new ();

  self->groups_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_box_append (GTK_BOX (self->groups_box), build_filter (self));
  for (int s = STG_SEVERITY_ERROR; s >= STG_SEVERITY_INFO; s--)
    {
      self->groups[s] = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->groups[s]), _(severity_titles[s]));
      gtk_box_append (GTK_BOX (self->groups_box), self->groups[s]);
    }
  gtk_widget_set_margin_top (self->groups_box, 24);
  gtk_widget_set_margin_bottom (self->groups_box, 24);
  gtk_widget_set_margin_start (self->groups_box, 12);
  gtk_widget_set_margin_end (self->groups_box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->groups_box);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Gaps Found"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Every threat is answered and every objective owned, dated and funded"));
  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_widget_set_vexpand (self->stack, TRUE);
  return self->stack;
}

static void
stg_gaps_page_dispose (GObject *object)
{
  StgGapsPage *self = STG_GAPS_PAGE (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (stg_gaps_page_parent_class)->dispose (object);
}

static void
stg_gaps_page_class_init (StgGapsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = stg_gaps_page_dispose;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  /* Asks to open item @id of record type @type in its editor. */
  signals[SHOW_ITEM] = g_signal_new ("show-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_INT64);
}

static void
stg_gaps_page_init (StgGapsPage *self)
{
  self->rows = g_ptr_array_new ();
}

GtkWidget *
stg_gaps_page_new (StgStore *store)
{
  StgGapsPage *self = g_object_new (STG_TYPE_GAPS_PAGE, "orientation", GTK_ORIENTATION_VERTICAL, NULL);

  self->store = g_object_ref (store);
  gtk_box_append (GTK_BOX (self), build_list (self));
  stg_gaps_page_reload (self);
  return GTK_WIDGET (self);
}
