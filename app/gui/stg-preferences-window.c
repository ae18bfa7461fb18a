/* stg-preferences-window.c: the Preferences window */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "stg-preferences-window.h"

struct _StgPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template widgets */
  GtkWidget            *csv_delimiter;
  GtkWidget            *csv_decimal_mark;
  GtkWidget            *csv_amounts;
  GtkWidget            *csv_bom;
  GtkWidget            *paper_size;
  GtkWidget            *recent_limit;

  /* owned */
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (StgPreferencesWindow, stg_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The nicks of each enum key, in the order of its combo row's items. */
static const char *delimiter_nicks[] = { "auto", "comma", "semicolon", "tab", NULL };
static const char *decimal_nicks[] = { "auto", "point", "comma", NULL };
static const char *amounts_nicks[] = { "both", "planned", "actual", NULL };
static const char *paper_nicks[] = { "a4", "letter", NULL };

static gboolean
nick_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char *const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
position_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char *const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) nicks))
    return NULL;
  return g_variant_new_string (nicks[position]);
}

static void
bind_choice (StgPreferencesWindow  *self,
             const char            *key,
             GtkWidget             *row,
             const char           **nicks)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_position, position_to_nick, (gpointer) nicks, NULL);
}

/* Forgets the strategy files in the desktop's recent list, and nothing
 * else that other applications put there. */
static void
forget_clicked (StgPreferencesWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  guint n = 0;
  g_autofree char *message = NULL;

  for (GList *l = items; l != NULL; l = l->next)
    {
      const char *uri = gtk_recent_info_get_uri (l->data);
      if (g_str_has_suffix (uri, ".strategos") && gtk_recent_manager_remove_item (manager, uri, NULL))
        n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Forgot %u recent strategy",
                                          "Forgot %u recent strategies", n), n);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

static void
stg_preferences_window_dispose (GObject *object)
{
  StgPreferencesWindow *self = STG_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (stg_preferences_window_parent_class)->dispose (object);
}

static void
stg_preferences_window_class_init (StgPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stg_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strategos/Strategos/stg-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StgPreferencesWindow, csv_delimiter);
  gtk_widget_class_bind_template_child (widget_class, StgPreferencesWindow, csv_decimal_mark);
  gtk_widget_class_bind_template_child (widget_class, StgPreferencesWindow, csv_amounts);
  gtk_widget_class_bind_template_child (widget_class, StgPreferencesWindow, csv_bom);
  gtk_widget_class_bind_template_child (widget_class, StgPreferencesWindow, paper_size);
  gtk_widget_class_bind_template_child (widget_class, StgPreferencesWindow, recent_limit);
  gtk_widget_class_bind_template_callback (widget_class, forget_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
stg_preferences_window_init (StgPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
stg_preferences_window_new (GtkWindow *parent,
                            GSettings *settings)
{
  StgPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (STG_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->settings = g_object_ref (settings);
  bind_choice (self, "csv-delimiter", self->csv_delimiter, delimiter_nicks);
  bind_choice (self, "csv-decimal-mark", self->csv_decimal_mark, decimal_nicks);
  bind_choice (self, "csv-amounts", self->csv_amounts, amounts_nicks);
  bind_choice (self, "paper-size", self->paper_size, paper_nicks);
  g_settings_bind (settings, "csv-bom", self->csv_bom, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "recent-limit", self->recent_limit, "value", G_SETTINGS_BIND_DEFAULT);
  return GTK_WIDGET (self);
}
