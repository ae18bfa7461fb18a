/* stg-overview-page.c: the strategy itself, its figures and its GDP path */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "stg-a11y.h"
#include "stg-display.h"
#include "stg-field-rows.h"
#include "stg-overview-page.h"

struct _StgOverviewPage
{
  GtkBox        parent_instance;

  StgStore     *store;
  StgNames     *names;
  StgFieldRows *strategy_rows;
  GtkWidget    *classification;
  GtkWidget    *title;
  GtkWidget    *subtitle;
  GtkWidget    *figures;
  GtkWidget    *gdp_group;
  GPtrArray    *figure_labels;
  GPtrArray    *gdp_rows;       /* widgets added to gdp_group */
  GPtrArray    *gdp_fields;     /* StgFieldRows */
  guint         budget_source;
};

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (StgOverviewPage, stg_overview_page, GTK_TYPE_BOX)

enum {
  FIG_OBJECTIVES,
  FIG_ON_TRACK,
  FIG_AT_RISK,
  FIG_LATE,
  FIG_DUE,
  FIG_OVERDUE,
  FIG_PLANNED,
  FIG_ACTUAL,
  N_FIGURES
};

static const char *figure_titles[N_FIGURES] = {
  N_("Objectives"), N_("On track"), N_("At risk"), N_("Late"),
  N_("Due this year"), N_("Past their deadline"), N_("Planned budget"), N_("Actual budget"),
};

static void
toast (StgOverviewPage *self,
       const char      *message,
       gboolean         offer_undo)
{
  g_signal_emit (self, signals[TOAST], 0, message, offer_undo);
}

static void
field_error (const GError *error,
             gpointer      user_data)
{
  toast (user_data, error->message, FALSE);
}

static void
set_figure (StgOverviewPage *self,
            guint            which,
            const char      *text)
{
  gtk_label_set_label (g_ptr_array_index (self->figure_labels, which), text);
}

static void
set_count (StgOverviewPage *self,
           guint            which,
           gint64           n)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, n);
  set_figure (self, which, text);
}

static gboolean
refresh_budget_figures (gpointer data)
{
  StgOverviewPage *self = data;
  g_autoptr(GError) error = NULL;
  gint64 planned = 0, actual = 0;
  g_autofree char *planned_text = NULL;
  g_autofree char *actual_text = NULL;

  self->budget_source = 0;
  if (!stg_store_budget_totals (self->store, 0, &planned, &actual, &error))
    {
      toast (self, error->message, FALSE);
      return G_SOURCE_REMOVE;
    }
  planned_text = stg_money_format_currency (planned, stg_names_currency (self->names));
  actual_text = stg_money_format_currency (actual, stg_names_currency (self->names));
  set_figure (self, FIG_PLANNED, planned_text);
  set_figure (self, FIG_ACTUAL, actual_text);
  return G_SOURCE_REMOVE;
}

static void
refresh_figures (StgOverviewPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  StgObjectiveSummary sum = { 0 };

  if (!stg_store_objective_summary (self->store, today, &sum, &error))
    {
      toast (self, error->message, FALSE);
      return;
    }
  set_count (self, FIG_OBJECTIVES, sum.total);
  set_count (self, FIG_ON_TRACK, sum.on_track);
  set_count (self, FIG_AT_RISK, sum.at_risk);
  set_count (self, FIG_LATE, sum.late);
  set_count (self, FIG_DUE, sum.due_this_year);
  set_count (self, FIG_OVERDUE, sum.overdue);
  /* The budget's totals read every budget line (a tenth of a second for a
   * million): a moment later, so that the window's first frame does not
   * wait for them; until then the figures show what they showed. */
  if (self->budget_source == 0)
    self->budget_source = g_timeout_add_full (G_PRIORITY_LOW, 30, refresh_budget_figures, self, NULL);
}

static void
delete_gdp (GtkButton       *button,
            StgOverviewPage *self)
{
  StgRecord *record = g_object_get_data (G_OBJECT (button), "record");
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  if (!stg_store_delete (self->store, STG_TYPE_GDP_PROJECTION, stg_record_get_id (record), &error))
    {
      toast (self, error->message, FALSE);
      return;
    }
  label = stg_store_get_undo_label (self->store);
  toast (self, label, TRUE);
}

static void
add_gdp (GtkButton       *button,
         StgOverviewPage *self)
{
  g_autoptr(GListModel) years = stg_store_list (self->store, STG_TYPE_GDP_PROJECTION, NULL);
  guint n = years != NULL ? g_list_model_get_n_items (years) : 0;
  g_autoptr(StgRecord) record = stg_record_new (STG_TYPE_GDP_PROJECTION);
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (self->store, NULL);
  gint64 year = strategy != NULL ? stg_record_get_int (STG_RECORD (strategy), "horizon_start") : 2025;
  gint64 amount = 1;

  /* The year after the last one, at the last one's amount. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StgRecord) r = g_list_model_get_item (years, i);
      if (stg_record_get_int (r, "year") >= year)
        {
          year = stg_record_get_int (r, "year") + 1;
          amount = stg_record_get_int (r, "amount");
        }
    }
  stg_record_set_int (record, "year", year);
  stg_record_set_int (record, "amount", amount);
  if (!stg_store_insert (self->store, record, &error))
    toast (self, error->message, FALSE);
}

static void
clear_gdp (StgOverviewPage *self)
{
  for (guint i = 0; i < self->gdp_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->gdp_group), g_ptr_array_index (self->gdp_rows, i));
  g_ptr_array_set_size (self->gdp_rows, 0);
  g_ptr_array_set_size (self->gdp_fields, 0);
}

static void
refresh_gdp (StgOverviewPage *self)
{
  g_autoptr(GListModel) years = stg_store_list (self->store, STG_TYPE_GDP_PROJECTION, NULL);

  clear_gdp (self);
  for (guint i = 0; years != NULL && i < g_list_model_get_n_items (years); i++)
    {
      g_autoptr(StgRecord) r = g_list_model_get_item (years, i);
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
      StgFieldRows *rows = stg_field_rows_new (self->store, r, self->names, NULL, field_error, self);
      g_autofree char *year = g_strdup_printf ("%lld", (long long) stg_record_get_int (r, "year"));
      g_autofree char *amount = stg_money_format_currency (stg_record_get_int (r, "amount"), stg_names_currency (self->names));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), year);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), amount);
      stg_field_rows_add_to (rows, NULL, ADW_EXPANDER_ROW (expander));
      gtk_widget_add_css_class (delete, "flat");
      gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
      stg_a11y_label_icon_button (delete, _("Delete this year’s projection"));
      g_object_set_data_full (G_OBJECT (delete), "record", g_object_ref (r), g_object_unref);
      g_signal_connect (delete, "clicked", G_CALLBACK (delete_gdp), self);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), delete);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->gdp_group), expander);
      g_ptr_array_add (self->gdp_rows, expander);
      g_ptr_array_add (self->gdp_fields, rows);
    }
}

void
stg_overview_page_reload (StgOverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (self->store, &error);
  StgRecord *s = STG_RECORD (strategy);
  g_autofree char *subtitle = NULL;

  if (strategy == NULL)
    {
      toast (self, error->message, FALSE);
      return;
    }
  g_clear_pointer (&self->names, stg_names_free);
  self->names = stg_names_new (self->store);
  gtk_label_set_label (GTK_LABEL (self->classification), stg_record_get_text (s, "classification"));
  gtk_label_set_label (GTK_LABEL (self->title), stg_record_get_text (s, "title"));
  /* Translators: country, then the strategy's horizon: "Belgium · 2025–2035" */
  subtitle = g_strdup_printf (_("%s · %lld–%lld"), stg_record_get_text (s, "country"),
                              (long long) stg_record_get_int (s, "horizon_start"),
                              (long long) stg_record_get_int (s, "horizon_end"));
  gtk_label_set_label (GTK_LABEL (self->subtitle), subtitle);
  stg_field_rows_sync (self->strategy_rows, s, self->names);
  refresh_figures (self);
  refresh_gdp (self);
}

static GtkWidget *
label_with_class (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
build_figures (StgOverviewPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("At a Glance"));
  for (guint i = 0; i < N_FIGURES; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *value = gtk_label_new (NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(figure_titles[i]));
      gtk_widget_add_css_class (value, "numeric");
      gtk_label_set_selectable (GTK_LABEL (value), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (self->figure_labels, value);
    }
  return group;
}

static GtkWidget *
build_heading (StgOverviewPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->classification = label_with_class ("classification");
  self->title = label_with_class ("title-1");
  self->subtitle = label_with_class ("dim-label");
  gtk_box_append (GTK_BOX (box), self->classification);
  gtk_box_append (GTK_BOX (box), self->title);
  gtk_box_append (GTK_BOX (box), self->subtitle);
  return box;
}

static void
stg_overview_page_dispose (GObject *object)
{
  StgOverviewPage *self = STG_OVERVIEW_PAGE (object);

  g_clear_handle_id (&self->budget_source, g_source_remove);
  g_clear_pointer (&self->strategy_rows, stg_field_rows_free);
  g_clear_pointer (&self->gdp_fields, g_ptr_array_unref);
  g_clear_pointer (&self->gdp_rows, g_ptr_array_unref);
  g_clear_pointer (&self->figure_labels, g_ptr_array_unref);
  g_clear_pointer (&self->names, stg_names_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (stg_overview_page_parent_class)->dispose (object);
}

static void
stg_overview_page_class_init (StgOverviewPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = stg_overview_page_dispose;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
stg_overview_page_init (StgOverviewPage *self)
{
  self->figure_labels = g_ptr_array_new ();
  self->gdp_rows = g_ptr_array_new ();
  self->gdp_fields = g_ptr_array_new_with_free_func ((GDestroyNotify) stg_field_rows_free);
}

GtkWidget *
stg_overview_page_new (StgStore *store)
{
  StgOverviewPage *self = g_object_new (STG_TYPE_OVERVIEW_PAGE, "orientation", GTK_ORIENTATION_VERTICAL, NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *details = adw_preferences_group_new ();
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (store, NULL);

  self->store = g_object_ref (store);
  self->names = stg_names_new (store);
  gtk_box_append (GTK_BOX (box), build_heading (self));
  gtk_box_append (GTK_BOX (box), build_figures (self));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (details), _("Strategy"));
  self->strategy_rows = stg_field_rows_new (store, STG_RECORD (strategy), self->names, NULL, field_error, self);
  stg_field_rows_add_to (self->strategy_rows, ADW_PREFERENCES_GROUP (details), NULL);
  gtk_box_append (GTK_BOX (box), details);

  self->gdp_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->gdp_group), _("GDP Projections"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->gdp_group),
                                         _("The yardstick for the budget as a share of GDP"));
  gtk_widget_add_css_class (add, "flat");
  stg_a11y_label_icon_button (add, _("Add a year"));
  g_signal_connect (add, "clicked", G_CALLBACK (add_gdp), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->gdp_group), add);
  gtk_box_append (GTK_BOX (box), self->gdp_group);

  gtk_widget_set_margin_top (box, 36);
  gtk_widget_set_margin_bottom (box, 36);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (self), scrolled);
  stg_overview_page_reload (self);
  return GTK_WIDGET (self);
}
