/* stg-window.c: a workbench window, showing one strategy file */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "stg-window.h"

struct _StgWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkLabel             *classification_label;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  AdwPreferencesGroup  *contents_group;
  GtkLabel             *planned_label;
  GtkLabel             *actual_label;

  /* owned */
  StgStore             *store;
  GPtrArray            *count_labels;
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (StgWindow, stg_window, ADW_TYPE_APPLICATION_WINDOW)

static const struct {
  GType     (*type) (void);
  const char *label;
} counted[] = {
  { stg_interest_get_type, N_("Vital interests") },
  { stg_threat_get_type, N_("Threats and challenges") },
  { stg_role_get_type, N_("Roles") },
  { stg_objective_get_type, N_("Objectives") },
  { stg_capability_get_type, N_("Capabilities") },
  { stg_actor_get_type, N_("Actors") },
  { stg_budget_line_get_type, N_("Budget lines") },
};

static void
show_error (StgWindow    *self,
            const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
refresh_budget (StgWindow  *self,
                const char *currency)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *planned_text = NULL;
  g_autofree char *actual_text = NULL;
  gint64 planned = 0, actual = 0;

  if (!stg_store_budget_totals (self->store, &planned, &actual, &error))
    {
      show_error (self, error);
      return;
    }
  planned_text = stg_money_format_currency (planned, currency);
  actual_text = stg_money_format_currency (actual, currency);
  gtk_label_set_label (self->planned_label, planned_text);
  gtk_label_set_label (self->actual_label, actual_text);
}

static void
refresh_counts (StgWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    {
      GtkLabel *label = g_ptr_array_index (self->count_labels, i);
      g_autoptr(GError) error = NULL;
      gint64 n = stg_store_count (self->store, counted[i].type (), &error);
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, n);

      if (n < 0)
        {
          show_error (self, error);
          return;
        }
      gtk_label_set_label (label, text);
    }
}

static void
refresh (StgWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (self->store, &error);
  StgRecord *s = STG_RECORD (strategy);
  g_autofree char *subtitle = NULL;

  if (strategy == NULL)
    {
      show_error (self, error);
      return;
    }
  adw_window_title_set_title (self->window_title, stg_record_get_text (s, "title"));
  adw_window_title_set_subtitle (self->window_title, stg_record_get_text (s, "classification"));
  gtk_window_set_title (GTK_WINDOW (self), stg_record_get_text (s, "title"));
  gtk_label_set_label (self->title_label, stg_record_get_text (s, "title"));
  gtk_label_set_label (self->classification_label, stg_record_get_text (s, "classification"));
  /* Translators: country, then the strategy's horizon: "Belgium · 2025–2035" */
  subtitle = g_strdup_printf (_("%s · %lld–%lld"),
                              stg_record_get_text (s, "country"),
                              (long long) stg_record_get_int (s, "horizon_start"),
                              (long long) stg_record_get_int (s, "horizon_end"));
  gtk_label_set_label (self->subtitle_label, subtitle);
  refresh_counts (self);
  refresh_budget (self, stg_record_get_text (s, "currency"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", stg_store_can_undo (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", stg_store_can_redo (self->store));
}

static void
on_store_changed (StgWindow *self)
{
  refresh (self);
}

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
      show_error (self, error);
      return;
    }
  /* Translators: a toast after undo/redo, %s is what was undone */
  message = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), label);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
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
build_count_rows (StgWindow *self)
{
  self->count_labels = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (NULL);

      gtk_widget_add_css_class (label, "numeric");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(counted[i].label));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (self->contents_group, row);
      g_ptr_array_add (self->count_labels, label);
    }
}

static void
stg_window_set_store (StgWindow *self,
                      StgStore  *store)
{
  g_assert (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
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

  g_clear_object (&self->store);
  g_clear_pointer (&self->count_labels, g_ptr_array_unref);

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
  gtk_widget_class_bind_template_child (widget_class, StgWindow, classification_label);
  gtk_widget_class_bind_template_child (widget_class, StgWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, StgWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, StgWindow, contents_group);
  gtk_widget_class_bind_template_child (widget_class, StgWindow, planned_label);
  gtk_widget_class_bind_template_child (widget_class, StgWindow, actual_label);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}

static void
stg_window_init (StgWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_count_rows (self);
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
