/* stg-heatmap-page.c: the threats by likelihood and impact, and what answers each */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-heatmap-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "strategos/stg-heatmap.h"
#include "stg-a11y.h"
#include "stg-display.h"
#include "stg-budget-chart.h"
#include "stg-heatmap-page.h"

/*
 * The map is the core's drawing (stg_heatmap_draw), the one the printed
 * review summary shows; the page lends it the theme's font and colour,
 * turns clicks, drags and keys into selections and moves, and lists
 * beside it, for the keyboard and for screen readers, what the picture
 * shows. A move is one stg_store_update of both scores: one undo step.
 */

/* How far the pointer goes before a press becomes a drag. */
#define DRAG_THRESHOLD 4.0

struct _StgHeatmapPage
{
  GtkBox          parent_instance;

  StgStore       *store;
  StgHeatmapData *data;
  gint64          selected;

  GtkWidget      *stack;
  GtkWidget      *area;
  GtkWidget      *side;
  GtkWidget      *threat_group;
  GtkWidget      *title_row;
  GtkWidget      *likelihood_row;
  GtkWidget      *impact_row;
  GtkWidget      *risk_row;
  GtkWidget      *objectives_group;
  GPtrArray      *objective_rows;
  GtkWidget      *all_group;
  GtkWidget      *all_threats;
  GPtrArray      *threat_rows;

  /* A press on a marker, and whether it has become a drag. */
  gint64          pressed;
  double          press_x;
  double          press_y;
  gboolean        dragging;
};

enum {
  TOAST,
  SHOW_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (StgHeatmapPage, stg_heatmap_page, GTK_TYPE_BOX)

static void
toast (StgHeatmapPage *self,
       const char     *message,
       gboolean        offer_undo)
{
  g_signal_emit (self, signals[TOAST], 0, message, offer_undo);
}

/* Drawing */

static void
draw_map (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  StgHeatmapPage *self = user_data;
  StgChartStyle style;

  if (self->data == NULL)
    return;
  stg_chart_style_from_widget (GTK_WIDGET (area), &style);
  stg_heatmap_draw (cr, width, height, self->data, &style);
}

static gboolean
hit (StgHeatmapPage *self,
     double          x,
     double          y,
     gint64         *threat_id,
     int            *likelihood,
     int            *impact)
{
  *threat_id = 0;
  if (self->data == NULL)
    return FALSE;
  return stg_heatmap_hit (self->data, gtk_widget_get_width (self->area), gtk_widget_get_height (self->area),
                          x, y, threat_id, likelihood, impact);
}

/* The side panel */

static void
set_value (GtkWidget  *row,
           const char *text)
{
  gtk_label_set_label (GTK_LABEL (g_object_get_data (G_OBJECT (row), "value")), text);
}

static GtkWidget *
value_row (const char *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value = gtk_label_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (value, "numeric");
  gtk_label_set_selectable (GTK_LABEL (value), FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  g_object_set_data (G_OBJECT (row), "value", value);
  return row;
}

static void
clear_rows (GtkWidget *group,
            GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
objective_activated (AdwActionRow   *row,
                     StgHeatmapPage *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "id");

  g_signal_emit (self, signals[SHOW_ITEM], 0, STG_TYPE_OBJECTIVE, id);
}

static GtkWidget *
objective_row (StgHeatmapPage *self,
               gint64          id)
{
  g_autoptr(StgRecord) objective = stg_store_get (self->store, STG_TYPE_OBJECTIVE, id, NULL);
  const StgRecordSchema *schema;
  GtkWidget *row;
  g_autofree char *status = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *subtitle = NULL;

  if (objective == NULL)
    return NULL;
  schema = stg_record_get_schema (objective);
  status = stg_display_value (objective, stg_record_schema_find (schema, "status"), NULL);
  deadline = stg_display_value (objective, stg_record_schema_find (schema, "deadline"), NULL);
  /* Translators: an objective's status and deadline: "On track · due 31/12/2027" */
  subtitle = deadline[0] != '\0' ? g_strdup_printf (_("%s · due %s"), status, deadline) : g_strdup (status);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), stg_record_get_title (objective));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_widget_set_tooltip_text (row, _("Open this objective"));
  g_object_set_data_full (G_OBJECT (row), "id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (objective_activated), self);
  return row;
}

/* What stands in the list of objectives when there are none. */
static GtkWidget *
gap_row (void)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Not addressed by any objective"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Link an objective to this threat in the objective’s editor"));
  gtk_widget_add_css_class (icon, "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Gap"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static char *
objectives_description (const StgHeatmapThreat *t)
{
  g_autofree char *count = NULL;
  g_autofree char *dropped = NULL;

  if (t->objectives->len == 0 && t->n_dropped == 0)
    return NULL;
  if (t->objectives->len == 0)
    count = g_strdup ("");
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u objective addresses this threat.",
                                          "%u objectives address this threat.", t->objectives->len),
                             t->objectives->len);
  if (t->n_dropped == 0)
    return g_steal_pointer (&count);
  dropped = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dropped objective no longer counts.",
                                          "%u dropped objectives no longer count.", t->n_dropped),
                             t->n_dropped);
  return count[0] != '\0' ? g_strdup_printf ("%s %s", count, dropped) : g_steal_pointer (&dropped);
}

static void
show_objectives (StgHeatmapPage         *self,
                 const StgHeatmapThreat *t)
{
  g_autofree char *description = objectives_description (t);

  clear_rows (self->objectives_group, self->objective_rows);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->objectives_group), description);
  if (t->objectives->len == 0)
    {
      GtkWidget *row = gap_row ();

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->objectives_group), row);
      g_ptr_array_add (self->objective_rows, row);
    }
  for (guint i = 0; i < t->objectives->len; i++)
    {
      GtkWidget *row = objective_row (self, g_array_index (t->objectives, gint64, i));

      if (row == NULL)
        continue;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->objectives_group), row);
      g_ptr_array_add (self->objective_rows, row);
    }
}

static const char *
category_label (const char *category)
{
  const StgColumn *column = stg_record_schema_find (stg_record_type_get_schema (STG_TYPE_THREAT), "category");

  return category != NULL ? stg_choice_get_label (column, category) : "";
}

static char *
scale_text (int         level,
            const char *word)
{
  /* Translators: a score and its word: "4 · Likely" */
  return g_strdup_printf (_("%d · %s"), level, word);
}

/* The selected threat's title, scores and objectives, or a hint. */
static void
show_selected (StgHeatmapPage *self)
{
  const StgHeatmapThreat *t = self->data != NULL ? stg_heatmap_data_find (self->data, self->selected) : NULL;
  g_autofree char *title = NULL;
  g_autofree char *likelihood = NULL;
  g_autofree char *impact = NULL;
  g_autofree char *risk = NULL;
  gboolean writable = !stg_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "heatmap.open-threat", t != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "heatmap.nudge", t != NULL && writable);
  gtk_widget_set_visible (self->title_row, t != NULL);
  gtk_widget_set_visible (self->likelihood_row, t != NULL);
  gtk_widget_set_visible (self->impact_row, t != NULL);
  gtk_widget_set_visible (self->risk_row, t != NULL);
  gtk_widget_set_visible (self->objectives_group, t != NULL);
  for (guint i = 0; i < self->threat_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->threat_rows, i);
      gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "id");

      gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "check"), id == self->selected);
    }
  if (t == NULL)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->threat_group),
                                             _("Click a threat on the map, or choose one under All threats. Drag "
                                               "it to another cell, or press the arrow keys on the map, to change "
                                               "its likelihood and impact."));
      return;
    }
  title = g_strdup_printf ("%u. %s", t->number, t->title);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->title_row), category_label (t->category));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->threat_group), NULL);
  likelihood = scale_text (t->likelihood, stg_heatmap_likelihood_label (t->likelihood));
  impact = scale_text (t->impact, stg_heatmap_impact_label (t->impact));
  risk = scale_text (t->likelihood * t->impact, stg_risk_band_label (stg_heatmap_risk_band (t->likelihood, t->impact)));
  set_value (self->likelihood_row, likelihood);
  set_value (self->impact_row, impact);
  set_value (self->risk_row, risk);
  show_objectives (self, t);
}

static void
threat_activated (AdwActionRow   *row,
                  StgHeatmapPage *self)
{
  stg_heatmap_page_select (self, *(gint64 *) g_object_get_data (G_OBJECT (row), "id"));
}

static char *
threat_subtitle (const StgHeatmapThreat *t)
{
  g_autofree char *addressed = NULL;

  if (t->objectives->len == 0)
    addressed = g_strdup (_("no objective"));
  else
    addressed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u objective", "%u objectives", t->objectives->len),
                                 t->objectives->len);
  /* Translators: a threat in the heat map's list: "Likelihood 4 · Impact 4 · 7 objectives" */
  return g_strdup_printf (_("Likelihood %d · Impact %d · %s"), t->likelihood, t->impact, addressed);
}

static GtkWidget *
threat_row (StgHeatmapPage         *self,
            const StgHeatmapThreat *t)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *number = g_strdup_printf ("%u", t->number);
  g_autofree char *subtitle = threat_subtitle (t);
  GtkWidget *label = gtk_label_new (number);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t->title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, t->objectives->len == 0 ? "error" : "dim-label");
  gtk_label_set_width_chars (GTK_LABEL (label), 2);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), label);
  if (t->objectives->len == 0)
    {
      GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (warning, "error");
      gtk_widget_set_tooltip_text (warning, _("No objective addresses this threat"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (warning), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("No objective addresses this threat"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), warning);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Selected"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data_full (G_OBJECT (row), "id", g_memdup2 (&t->id, sizeof t->id), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (threat_activated), self);
  return row;
}

static void
fill_threats (StgHeatmapPage *self)
{
  guint n = stg_heatmap_data_get_n_threats (self->data);
  guint unaddressed = stg_heatmap_data_get_n_unaddressed (self->data);
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < self->threat_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self->all_threats), g_ptr_array_index (self->threat_rows, i));
  g_ptr_array_set_size (self->threat_rows, 0);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = threat_row (self, stg_heatmap_data_get_threat (self->data, i));

      adw_expander_row_add_row (ADW_EXPANDER_ROW (self->all_threats), row);
      g_ptr_array_add (self->threat_rows, row);
    }
  if (unaddressed == 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u threat, by risk", "%u threats, by risk", n), n);
  else
    /* Translators: "15 threats, by risk; 1 not addressed" */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u threat, by risk; %u not addressed",
                                             "%u threats, by risk; %u not addressed", n), n, unaddressed);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->all_threats), subtitle);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), n > 0 ? "map" : "empty");
}

/* Selecting and moving */

void
stg_heatmap_page_select (StgHeatmapPage *self,
                         gint64          threat_id)
{
  g_return_if_fail (STG_IS_HEATMAP_PAGE (self));

  if (self->data != NULL && stg_heatmap_data_find (self->data, threat_id) == NULL)
    threat_id = 0;
  self->selected = threat_id;
  if (self->data != NULL)
    stg_heatmap_data_set_selected (self->data, threat_id);
  show_selected (self);
  gtk_widget_queue_draw (self->area);
}

gint64
stg_heatmap_page_get_selected (StgHeatmapPage *self)
{
  g_return_val_if_fail (STG_IS_HEATMAP_PAGE (self), 0);

  return self->selected;
}

gboolean
stg_heatmap_page_move (StgHeatmapPage *self,
                       gint64          threat_id,
                       int             likelihood,
                       int             impact)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgRecord) threat = NULL;

  g_return_val_if_fail (STG_IS_HEATMAP_PAGE (self), FALSE);
  g_return_val_if_fail (likelihood >= 1 && likelihood <= STG_HEATMAP_LEVELS, FALSE);
  g_return_val_if_fail (impact >= 1 && impact <= STG_HEATMAP_LEVELS, FALSE);

  if (stg_store_is_read_only (self->store))
    {
      toast (self, _("This strategy is open read-only: its threats cannot be moved"), FALSE);
      return FALSE;
    }
  /* The store hands out a record of our own: change it, then write both
   * scores in one update, one undo step ("Edit threat …"). */
  if ((threat = stg_store_get (self->store, STG_TYPE_THREAT, threat_id, &error)) == NULL)
    {
      toast (self, error->message, FALSE);
      return FALSE;
    }
  if (stg_record_get_int (threat, "likelihood") == likelihood && stg_record_get_int (threat, "impact") == impact)
    return TRUE;
  stg_record_set_int (threat, "likelihood", likelihood);
  stg_record_set_int (threat, "impact", impact);
  if (!stg_store_update (self->store, threat, &error))
    {
      toast (self, error->message, FALSE);
      return FALSE;
    }
  stg_heatmap_page_reload (self);
  return TRUE;
}

/* A drop: the move, and a toast that offers to undo it. */
static void
drop (StgHeatmapPage *self,
      gint64          threat_id,
      int             likelihood,
      int             impact)
{
  const StgHeatmapThreat *t = stg_heatmap_data_find (self->data, threat_id);
  g_autofree char *title = t != NULL ? g_strdup (t->title) : NULL;
  g_autofree char *message = NULL;

  if (t == NULL || (t->likelihood == likelihood && t->impact == impact))
    return;
  if (!stg_heatmap_page_move (self, threat_id, likelihood, impact))
    return;
  /* Translators: a toast after a threat was dragged on the heat map */
  message = g_strdup_printf (_("“%s” now likelihood %d, impact %d"), title, likelihood, impact);
  toast (self, message, TRUE);
}

static void
pressed (GtkGestureClick *click,
         int              n_press,
         double           x,
         double           y,
         StgHeatmapPage  *self)
{
  gint64 id;
  int l, i;

  gtk_widget_grab_focus (self->area);
  if (hit (self, x, y, &id, &l, &i) && id != 0)
    stg_heatmap_page_select (self, id);
}

/* A double click opens the threat; on release, since a press soon after
 * a click may start a drag (which cancels the click). */
static void
released (GtkGestureClick *click,
          int              n_press,
          double           x,
          double           y,
          StgHeatmapPage  *self)
{
  gint64 id;
  int l, i;

  if (n_press == 2 && hit (self, x, y, &id, &l, &i) && id != 0)
    g_signal_emit (self, signals[SHOW_ITEM], 0, STG_TYPE_THREAT, id);
}

static void
drag_begin (GtkGestureDrag *drag,
            double          x,
            double          y,
            StgHeatmapPage *self)
{
  int l, i;

  self->dragging = FALSE;
  self->press_x = x;
  self->press_y = y;
  if (!hit (self, x, y, &self->pressed, &l, &i) || stg_store_is_read_only (self->store))
    self->pressed = 0;
}

static void
drag_update (GtkGestureDrag *drag,
             double          dx,
             double          dy,
             StgHeatmapPage *self)
{
  if (self->pressed == 0 || self->data == NULL)
    return;
  if (!self->dragging && hypot (dx, dy) < DRAG_THRESHOLD)
    return;
  self->dragging = TRUE;
  stg_heatmap_data_set_drag (self->data, self->pressed, self->press_x + dx, self->press_y + dy);
  gtk_widget_queue_draw (self->area);
}

static void
drag_end (GtkGestureDrag *drag,
          double          dx,
          double          dy,
          StgHeatmapPage *self)
{
  gint64 id = self->pressed, under;
  int l = 0, i = 0;

  self->pressed = 0;
  if (!self->dragging || self->data == NULL)
    return;
  self->dragging = FALSE;
  stg_heatmap_data_set_drag (self->data, 0, 0, 0);
  gtk_widget_queue_draw (self->area);
  if (hit (self, self->press_x + dx, self->press_y + dy, &under, &l, &i) && l > 0)
    drop (self, id, l, i);
}

static void
drag_cancel (GtkGesture       *gesture,
             GdkEventSequence *sequence,
             StgHeatmapPage   *self)
{
  self->pressed = 0;
  self->dragging = FALSE;
  if (self->data != NULL)
    stg_heatmap_data_set_drag (self->data, 0, 0, 0);
  gtk_widget_queue_draw (self->area);
}

static gboolean
query_tooltip (GtkWidget      *area,
               int             x,
               int             y,
               gboolean        keyboard,
               GtkTooltip     *tooltip,
               StgHeatmapPage *self)
{
  const StgHeatmapThreat *t;
  g_autofree char *text = NULL;
  gint64 id;
  int l, i;

  if (keyboard)
    t = self->data != NULL ? stg_heatmap_data_find (self->data, self->selected) : NULL;
  else
    t = hit (self, x, y, &id, &l, &i) && id != 0 ? stg_heatmap_data_find (self->data, id) : NULL;
  if (t == NULL)
    return FALSE;
  text = stg_heatmap_describe_threat (t);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Actions */

static void
open_threat (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  StgHeatmapPage *self = STG_HEATMAP_PAGE (widget);

  if (self->selected != 0)
    g_signal_emit (self, signals[SHOW_ITEM], 0, STG_TYPE_THREAT, self->selected);
}

/* Moves the selected threat one step across (likelihood) and up (impact);
 * at the edge of the grid, a bell. */
static void
nudge (GtkWidget  *widget,
       const char *action,
       GVariant   *parameter)
{
  StgHeatmapPage *self = STG_HEATMAP_PAGE (widget);
  const StgHeatmapThreat *t = self->data != NULL ? stg_heatmap_data_find (self->data, self->selected) : NULL;
  int dl, di;

  g_variant_get (parameter, "(ii)", &dl, &di);
  if (t == NULL)
    return;
  if (t->likelihood + dl < 1 || t->likelihood + dl > STG_HEATMAP_LEVELS ||
      t->impact + di < 1 || t->impact + di > STG_HEATMAP_LEVELS)
    {
      gtk_widget_error_bell (self->area);
      return;
    }
  stg_heatmap_page_move (self, t->id, t->likelihood + dl, t->impact + di);
}

/* Selects the next threat in the list (by risk) or the previous, from
 * the first when none is selected. */
static void
step_selection (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  StgHeatmapPage *self = STG_HEATMAP_PAGE (widget);
  guint n = self->data != NULL ? stg_heatmap_data_get_n_threats (self->data) : 0;
  int index = -1;

  if (n == 0)
    return;
  for (guint i = 0; i < n && self->selected != 0; i++)
    if (stg_heatmap_data_get_threat (self->data, i)->id == self->selected)
      index = (int) i;
  index = index < 0 ? 0 : CLAMP (index + g_variant_get_int32 (parameter), 0, (int) n - 1);
  stg_heatmap_page_select (self, stg_heatmap_data_get_threat (self->data, index)->id);
}

static void
add_key (GtkShortcutController *keys,
         guint                  keyval,
         const char            *action,
         GVariant              *arguments)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0), gtk_named_action_new (action));

  gtk_shortcut_set_arguments (shortcut, arguments);
  gtk_shortcut_controller_add_shortcut (keys, shortcut);
}

/* Keys that act while the map has the focus: the arrows move the
 * selected threat, Page Up and Page Down choose another, Enter opens it. */
static GtkEventController *
map_keys (void)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkShortcutController *k = GTK_SHORTCUT_CONTROLLER (keys);

  add_key (k, GDK_KEY_Left, "heatmap.nudge", g_variant_new ("(ii)", -1, 0));
  add_key (k, GDK_KEY_Right, "heatmap.nudge", g_variant_new ("(ii)", 1, 0));
  add_key (k, GDK_KEY_Up, "heatmap.nudge", g_variant_new ("(ii)", 0, 1));
  add_key (k, GDK_KEY_Down, "heatmap.nudge", g_variant_new ("(ii)", 0, -1));
  add_key (k, GDK_KEY_KP_Left, "heatmap.nudge", g_variant_new ("(ii)", -1, 0));
  add_key (k, GDK_KEY_KP_Right, "heatmap.nudge", g_variant_new ("(ii)", 1, 0));
  add_key (k, GDK_KEY_KP_Up, "heatmap.nudge", g_variant_new ("(ii)", 0, 1));
  add_key (k, GDK_KEY_KP_Down, "heatmap.nudge", g_variant_new ("(ii)", 0, -1));
  add_key (k, GDK_KEY_Page_Down, "heatmap.step-selection", g_variant_new_int32 (1));
  add_key (k, GDK_KEY_Page_Up, "heatmap.step-selection", g_variant_new_int32 (-1));
  add_key (k, GDK_KEY_Return, "heatmap.open-threat", NULL);
  add_key (k, GDK_KEY_KP_Enter, "heatmap.open-threat", NULL);
  return keys;
}

/* The map taking the focus from the keyboard (not from a click) selects
 * the first threat, so that the arrow keys have one to move. */
static void
focus_entered (StgHeatmapPage *self)
{
  GtkRoot *root = gtk_widget_get_root (self->area);

  if (self->selected == 0 && self->data != NULL && stg_heatmap_data_get_n_threats (self->data) > 0 &&
      GTK_IS_WINDOW (root) && gtk_window_get_focus_visible (GTK_WINDOW (root)))
    stg_heatmap_page_select (self, stg_heatmap_data_get_threat (self->data, 0)->id);
}

/* Loading */

void
stg_heatmap_page_reload (StgHeatmapPage *self)
{
  g_autoptr(GError) error = NULL;
  StgHeatmapData *data;
  g_autofree char *description = NULL;

  g_return_if_fail (STG_IS_HEATMAP_PAGE (self));

  if ((data = stg_heatmap_data_new (self->store, &error)) == NULL)
    {
      toast (self, error->message, FALSE);
      return;
    }
  g_clear_pointer (&self->data, stg_heatmap_data_free);
  self->data = data;
  /* What a screen reader says instead of the picture. */
  description = stg_heatmap_describe (data);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  fill_threats (self);
  stg_heatmap_page_select (self, self->selected);
}

static GtkWidget *
build_map (StgHeatmapPage *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = map_keys ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->area = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->area), 560);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->area), 420);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_map, self, NULL);
  gtk_widget_set_hexpand (self->area, TRUE);
  gtk_widget_set_vexpand (self->area, TRUE);
  gtk_widget_set_focusable (self->area, TRUE);
  gtk_widget_set_has_tooltip (self->area, TRUE);
  gtk_widget_set_margin_top (self->area, 12);
  gtk_widget_set_margin_bottom (self->area, 12);
  gtk_widget_set_margin_start (self->area, 12);
  gtk_widget_set_margin_end (self->area, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Threat heat map"), -1);
  g_signal_connect (self->area, "query-tooltip", G_CALLBACK (query_tooltip), self);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (released), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end), self);
  g_signal_connect (drag, "cancel", G_CALLBACK (drag_cancel), self);
  gtk_widget_add_controller (self->area, GTK_EVENT_CONTROLLER (click));
  gtk_widget_add_controller (self->area, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_entered), self);
  gtk_widget_add_controller (self->area, keys);
  gtk_widget_add_controller (self->area, focus);
  return self->area;
}

static GtkWidget *
build_side (StgHeatmapPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *open = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *scrolled;

  self->threat_group = adw_preferences_group_new ();
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "heatmap.open-threat");
  stg_a11y_label_icon_button (open, _("Open this threat"));
  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (open, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->threat_group), open);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->threat_group), _("Selected Threat"));
  self->title_row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->title_row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self->title_row), 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->threat_group), self->title_row);
  self->likelihood_row = value_row (_("Likelihood"));
  self->impact_row = value_row (_("Impact"));
  self->risk_row = value_row (_("Risk"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->threat_group), self->likelihood_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->threat_group), self->impact_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->threat_group), self->risk_row);
  self->objectives_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->objectives_group), _("Addressed By"));
  /* Every threat as the map numbers it, to choose one without the
   * mouse: folded, since the map shows them. */
  self->all_group = adw_preferences_group_new ();
  self->all_threats = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->all_threats), _("All threats"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->all_group), self->all_threats);
  gtk_box_append (GTK_BOX (box), self->threat_group);
  gtk_box_append (GTK_BOX (box), self->objectives_group);
  gtk_box_append (GTK_BOX (box), self->all_group);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, 360, -1);
  self->side = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  /* The map takes the width the panel does not need; long titles wrap. */
  gtk_widget_set_hexpand (self->side, FALSE);
  gtk_box_append (GTK_BOX (self->side), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (self->side), scrolled);
  return self->side;
}

static GtkWidget *
build_stack (StgHeatmapPage *self)
{
  GtkWidget *map = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), build_map (self));
  gtk_widget_set_hexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (map), scrolled);
  gtk_box_append (GTK_BOX (map), build_side (self));
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "weather-storm-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Threats Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Add threats on the Threats page: the heat map places each by its likelihood "
                                     "and impact, and marks those no objective addresses"));
  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), map, "map");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_widget_set_vexpand (self->stack, TRUE);
  return self->stack;
}

/* A change to dark style repaints the map in the new text colour. */
static void
style_changed (StgHeatmapPage *self)
{
  gtk_widget_queue_draw (self->area);
}

/* The map asks for room in proportion to its text (large text, 200%),
 * and scrolls rather than widen the window past the screen. */
static void
fit_text (StgHeatmapPage *self)
{
  double scale = stg_chart_text_scale (self->area);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->area), (int) (560 * scale));
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->area), (int) (420 * scale));
}

static void
stg_heatmap_page_dispose (GObject *object)
{
  StgHeatmapPage *self = STG_HEATMAP_PAGE (object);

  g_clear_pointer (&self->objective_rows, g_ptr_array_unref);
  g_clear_pointer (&self->threat_rows, g_ptr_array_unref);
  g_clear_pointer (&self->data, stg_heatmap_data_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (stg_heatmap_page_parent_class)->dispose (object);
}

static void
stg_heatmap_page_class_init (StgHeatmapPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = stg_heatmap_page_dispose;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  /* Asks to open item @id of record type @type in its editor. */
  signals[SHOW_ITEM] = g_signal_new ("show-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "heatmap.open-threat", NULL, open_threat);
  gtk_widget_class_install_action (widget_class, "heatmap.nudge", "(ii)", nudge);
  gtk_widget_class_install_action (widget_class, "heatmap.step-selection", "i", step_selection);
}

static void
stg_heatmap_page_init (StgHeatmapPage *self)
{
  self->objective_rows = g_ptr_array_new ();
  self->threat_rows = g_ptr_array_new ();
}

GtkWidget *
stg_heatmap_page_new (StgStore *store)
{
  StgHeatmapPage *self;

  g_return_val_if_fail (STG_IS_STORE (store), NULL);

  self = g_object_new (STG_TYPE_HEATMAP_PAGE, "orientation", GTK_ORIENTATION_VERTICAL, NULL);
  self->store = g_object_ref (store);
  gtk_box_append (GTK_BOX (self), build_stack (self));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed), self, G_CONNECT_SWAPPED);
  fit_text (self);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-xft-dpi",
                           G_CALLBACK (fit_text), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-font-name",
                           G_CALLBACK (fit_text), self, G_CONNECT_SWAPPED);
  stg_heatmap_page_reload (self);
  return GTK_WIDGET (self);
}
