/* stg-timeline-page.c: the objectives on a time axis, by lead actor */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-timeline-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "strategos/stg-timeline.h"
#include "stg-budget-chart.h"
#include "stg-timeline-page.h"

/*
 * The drawing, the hit-testing and the zoom and scroll arithmetic are the
 * core's (stg-timeline.c), so that the printed review summary draws the
 * same timeline; the page holds the view (which days, which lanes, which
 * bar is selected) and turns clicks, drags, the wheel and keys into
 * changes of it. The scrollbars' adjustments mirror the view: days
 * across, pixels down.
 */

#define ZOOM_STEP   1.5
#define WHEEL_STEP  48.0   /* pixels a wheel notch scrolls */

struct _StgTimelinePage
{
  GtkBox           parent_instance;

  StgStore        *store;
  StgTimelineData *data;
  StgTimelineView  view;
  GtkWidget       *area;
  GtkAdjustment   *hadjustment;
  GtkAdjustment   *vadjustment;
  GtkWidget       *range_label;
  GtkWidget       *selection_label;
  StgTimelineView  drag_view;   /* the view when a drag began */
  double           pointer_x;
  gboolean         syncing;     /* the adjustments are being set from the view */
};

enum {
  TOAST,
  SHOW_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (StgTimelinePage, stg_timeline_page, GTK_TYPE_BOX)

/* The widget's CSS font and colour, in pixels, like the budget chart's.
 * The family string belongs to the widget's Pango context. */
static void
get_style (StgTimelinePage *self,
           StgChartStyle   *style)
{
  stg_chart_style_from_widget (self->area, style);
}

static double
area_width (StgTimelinePage *self)
{
  return gtk_widget_get_width (self->area);
}

static double
area_height (StgTimelinePage *self)
{
  return gtk_widget_get_height (self->area);
}

/* The view changed: labels, scrollbars, actions, picture */

static char *
month_and_year (double day)
{
  GDate date;
  char text[64] = "";

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) MAX (floor (day), 1));
  /* Translators: a month and year on the timeline's toolbar, see strftime */
  g_date_strftime (text, sizeof text, _("%b %Y"), &date);
  return g_strdup (text);
}

static void
update_labels (StgTimelinePage *self)
{
  g_autofree char *from = month_and_year (self->view.start);
  g_autofree char *to = month_and_year (self->view.end - 1);
  /* Translators: the span of dates the timeline shows, "Jan 2025 – Dec 2035" */
  g_autofree char *range = g_strdup_printf (_("%s – %s"), from, to);
  const StgTimelineBar *bar = stg_timeline_data_find (self->data, self->view.selected, NULL);
  g_autofree char *about = bar != NULL ? stg_timeline_describe_bar (self->data, bar) : NULL;
  g_auto(GStrv) lines = about != NULL ? g_strsplit (about, "\n", -1) : NULL;
  g_autofree char *selection = lines != NULL ? g_strjoinv (" · ", lines) : NULL;

  gtk_label_set_text (GTK_LABEL (self->range_label), stg_timeline_data_get_n_bars (self->data) > 0 ? range : "");
  gtk_label_set_text (GTK_LABEL (self->selection_label),
                      selection != NULL ? selection : _("Click a bar to select an objective, double-click to open it"));
}

static void
sync_adjustments (StgTimelinePage *self)
{
  StgChartStyle style;
  double start, end, span = self->view.end - self->view.start;
  double height = area_height (self);

  get_style (self, &style);
  stg_timeline_data_get_range (self->data, &start, &end);
  self->syncing = TRUE;
  gtk_adjustment_configure (self->hadjustment, self->view.start, start, end, span / 20, span * 0.9, span);
  gtk_adjustment_configure (self->vadjustment, self->view.scroll_y, 0,
                            MAX (stg_timeline_content_height (self->data, &style, area_width (self)), height),
                            WHEEL_STEP, height * 0.9, height);
  self->syncing = FALSE;
}

static void
update_actions (StgTimelinePage *self)
{
  gboolean any = stg_timeline_data_get_n_bars (self->data) > 0;
  double start, end;

  stg_timeline_data_get_range (self->data, &start, &end);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-in",
                                 any && self->view.end - self->view.start > 61.5);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-out",
                                 any && self->view.end - self->view.start < end - start - 0.5);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-fit", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.today", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.open", self->view.selected != 0);
}

/* After every change of the view. */
static void
view_changed (StgTimelinePage *self)
{
  StgChartStyle style;

  if (self->data == NULL)
    return;
  get_style (self, &style);
  stg_timeline_view_clamp (&self->view, self->data, &style, area_width (self), area_height (self));
  sync_adjustments (self);
  update_labels (self);
  update_actions (self);
  gtk_widget_queue_draw (self->area);
}

/* Selection */

void
stg_timeline_page_select (StgTimelinePage *self,
                          gint64           id)
{
  StgChartStyle style;

  g_return_if_fail (STG_IS_TIMELINE_PAGE (self));

  if (self->data == NULL)
    return;
  if (id != 0 && stg_timeline_data_find (self->data, id, NULL) == NULL)
    id = 0;
  self->view.selected = id;
  if (id != 0)
    {
      get_style (self, &style);
      stg_timeline_view_reveal (&self->view, self->data, &style, area_width (self), area_height (self), id);
    }
  view_changed (self);
}

gint64
stg_timeline_page_get_selected (StgTimelinePage *self)
{
  g_return_val_if_fail (STG_IS_TIMELINE_PAGE (self), 0);
  return self->view.selected;
}

static void
open_selected (StgTimelinePage *self)
{
  if (self->view.selected != 0)
    g_signal_emit (self, signals[SHOW_ITEM], 0, STG_TYPE_OBJECTIVE, self->view.selected);
}

/* The bar @delta places away in reading order (lane by lane, by start). */
static gint64
neighbour_in_order (StgTimelinePage *self,
                    int              delta)
{
  guint n = stg_timeline_data_get_n_bars (self->data);
  guint index = 0;

  if (n == 0)
    return 0;
  if (stg_timeline_data_find (self->data, self->view.selected, &index) == NULL)
    return stg_timeline_data_get_bar (self->data, delta > 0 ? 0 : n - 1)->id;
  index = (guint) CLAMP ((int) index + delta, 0, (int) n - 1);
  return stg_timeline_data_get_bar (self->data, index)->id;
}

/* Rows from top to bottom, counted across lanes. */
static guint
visual_row (StgTimelinePage      *self,
            const StgTimelineBar *bar)
{
  guint row = bar->row;

  for (guint l = 0; l < bar->lane; l++)
    row += stg_timeline_data_get_lane_n_rows (self->data, l);
  return row;
}

/* The bar in the next row up or down that starts nearest the selected. */
static gint64
neighbour_above_below (StgTimelinePage *self,
                       int              delta)
{
  const StgTimelineBar *current = stg_timeline_data_find (self->data, self->view.selected, NULL);
  gint64 best = 0;
  double best_distance = G_MAXDOUBLE;
  guint target;

  if (current == NULL)
    return neighbour_in_order (self, delta);
  if (delta < 0 && visual_row (self, current) == 0)
    return current->id;
  target = visual_row (self, current) + delta;
  for (guint i = 0; i < stg_timeline_data_get_n_bars (self->data); i++)
    {
      const StgTimelineBar *bar = stg_timeline_data_get_bar (self->data, i);
      double distance = fabs ((double) bar->start - (double) current->start);

      if (visual_row (self, bar) == target && distance < best_distance)
        {
          best = bar->id;
          best_distance = distance;
        }
    }
  return best != 0 ? best : current->id;
}

/* Actions */

static void
zoom_by (StgTimelinePage *self,
         double           factor,
         double           x)
{
  StgChartStyle style;

  get_style (self, &style);
  stg_timeline_view_zoom (&self->view, self->data, &style, area_width (self), factor, x);
  view_changed (self);
}

/* Where the keys and buttons zoom: at the selected bar while it shows,
 * else (-1) in the middle. */
static double
selection_x (StgTimelinePage *self)
{
  StgChartStyle style;
  double x, y, w, h;

  get_style (self, &style);
  if (self->view.selected == 0 ||
      !stg_timeline_bar_area (self->data, &self->view, &style, area_width (self), area_height (self),
                              self->view.selected, &x, &y, &w, &h))
    return -1;
  x = MAX (x, 0) + (MIN (x + w, area_width (self)) - MAX (x, 0)) / 2;
  return x > 0 && x < area_width (self) ? x : -1;
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StgTimelinePage *self = STG_TIMELINE_PAGE (widget);

  if (g_str_equal (action_name, "timeline.zoom-fit"))
    {
      double scroll_y = self->view.scroll_y;
      gint64 selected = self->view.selected;

      stg_timeline_view_init (&self->view, self->data);
      self->view.scroll_y = scroll_y;
      self->view.selected = selected;
      view_changed (self);
    }
  else
    zoom_by (self, g_str_equal (action_name, "timeline.zoom-in") ? ZOOM_STEP : 1 / ZOOM_STEP,
             selection_x (self));
}

/* Brings today to a fifth of the way across, at the same zoom. */
static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StgTimelinePage *self = STG_TIMELINE_PAGE (widget);
  double span = self->view.end - self->view.start;

  self->view.start = stg_timeline_data_get_today (self->data) - span / 5;
  self->view.end = self->view.start + span;
  view_changed (self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  open_selected (STG_TIMELINE_PAGE (widget));
}

/* Input */

static gboolean
hit (StgTimelinePage *self,
     double           x,
     double           y,
     gint64          *id)
{
  StgChartStyle style;

  *id = 0;
  if (self->data == NULL)
    return FALSE;
  get_style (self, &style);
  return stg_timeline_hit (self->data, &self->view, &style, area_width (self), area_height (self), x, y, id);
}

static void
pressed (GtkGestureClick *gesture,
         int              n_press,
         double           x,
         double           y,
         StgTimelinePage *self)
{
  gint64 id = 0;

  gtk_widget_grab_focus (self->area);
  hit (self, x, y, &id);
  if (id != self->view.selected)
    {
      self->view.selected = id;
      view_changed (self);
    }
  if (n_press == 2 && id != 0)
    open_selected (self);
}

static void
drag_begin (GtkGestureDrag  *gesture,
            double           x,
            double           y,
            StgTimelinePage *self)
{
  self->drag_view = self->view;
}

static void
drag_update (GtkGestureDrag  *gesture,
             double           dx,
             double           dy,
             StgTimelinePage *self)
{
  StgChartStyle style;
  gint64 selected = self->view.selected;

  if (self->data == NULL)
    return;
  if (fabs (dx) < 3 && fabs (dy) < 3 && self->view.start == self->drag_view.start)
    return;
  gtk_widget_set_cursor_from_name (self->area, "grabbing");
  get_style (self, &style);
  self->view = self->drag_view;
  self->view.selected = selected;
  stg_timeline_view_pan (&self->view, self->data, &style, area_width (self), area_height (self), dx, dy);
  view_changed (self);
}

static void
drag_end (GtkGestureDrag  *gesture,
          double           dx,
          double           dy,
          StgTimelinePage *self)
{
  gtk_widget_set_cursor (self->area, NULL);
}

static void
motion (GtkEventControllerMotion *controller,
        double                    x,
        double                    y,
        StgTimelinePage          *self)
{
  self->pointer_x = x;
}

/* Ctrl zooms at the pointer; Shift turns the wheel sideways. */
static gboolean
scrolled (GtkEventControllerScroll *controller,
          double                    dx,
          double                    dy,
          StgTimelinePage          *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double unit = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL ? WHEEL_STEP : 1.0;
  StgChartStyle style;

  if (self->data == NULL)
    return FALSE;
  if (state & GDK_CONTROL_MASK)
    {
      zoom_by (self, pow (ZOOM_STEP, -dy * (unit > 1 ? 1.0 : 0.05)), self->pointer_x);
      return TRUE;
    }
  if (state & GDK_SHIFT_MASK)
    {
      dx = dy;
      dy = 0;
    }
  get_style (self, &style);
  stg_timeline_view_pan (&self->view, self->data, &style, area_width (self), area_height (self),
                         -dx * unit, -dy * unit);
  view_changed (self);
  return TRUE;
}

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             StgTimelinePage       *self)
{
  if (self->data == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      open_selected (self);
      return self->view.selected != 0;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      stg_timeline_page_select (self, neighbour_in_order (self, -1));
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      stg_timeline_page_select (self, neighbour_in_order (self, 1));
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      stg_timeline_page_select (self, neighbour_above_below (self, -1));
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      stg_timeline_page_select (self, neighbour_above_below (self, 1));
      return TRUE;
    case GDK_KEY_Home:
      stg_timeline_page_select (self, neighbour_in_order (self, -G_MAXINT / 2));
      return TRUE;
    case GDK_KEY_End:
      stg_timeline_page_select (self, neighbour_in_order (self, G_MAXINT / 2));
      return TRUE;
    case GDK_KEY_Escape:
      stg_timeline_page_select (self, 0);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
query_tooltip (GtkWidget       *widget,
               int              x,
               int              y,
               gboolean         keyboard,
               GtkTooltip      *tooltip,
               StgTimelinePage *self)
{
  g_autofree char *text = NULL;
  const StgTimelineBar *bar;
  StgChartStyle style;
  double bx, by, bw, bh;
  gint64 id = 0;

  if (self->data == NULL)
    return FALSE;
  if (keyboard)
    id = self->view.selected;
  else
    hit (self, x, y, &id);
  if (id == 0 || (bar = stg_timeline_data_find (self->data, id, NULL)) == NULL)
    return FALSE;
  text = stg_timeline_describe_bar (self->data, bar);
  gtk_tooltip_set_text (tooltip, text);
  get_style (self, &style);
  if (stg_timeline_bar_area (self->data, &self->view, &style, area_width (self), area_height (self), id,
                             &bx, &by, &bw, &bh))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) bx, (int) by, (int) ceil (bw), (int) ceil (bh) });
  return TRUE;
}

static void
adjustment_changed (GtkAdjustment   *adjustment,
                    StgTimelinePage *self)
{
  double value = gtk_adjustment_get_value (adjustment);

  if (self->syncing)
    return;
  if (adjustment == self->hadjustment)
    {
      double span = self->view.end - self->view.start;

      self->view.start = value;
      self->view.end = value + span;
    }
  else
    self->view.scroll_y = value;
  view_changed (self);
}

static void
draw (GtkDrawingArea *area,
      cairo_t        *cr,
      int             width,
      int             height,
      gpointer        user_data)
{
  StgTimelinePage *self = user_data;
  StgChartStyle style;

  if (self->data == NULL)
    return;
  get_style (self, &style);
  stg_timeline_draw (cr, width, height, self->data, &self->view, &style);
  /* The focus ring: where keys go. */
  if (gtk_widget_has_visible_focus (GTK_WIDGET (area)))
    {
      cairo_set_source_rgba (cr, style.foreground.red, style.foreground.green, style.foreground.blue, 0.35);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, 1, 1, width - 2, height - 2);
      cairo_stroke (cr);
    }
}

static void
resized (GtkDrawingArea  *area,
         int              width,
         int              height,
         StgTimelinePage *self)
{
  view_changed (self);
}

/* Building */

void
stg_timeline_page_reload (StgTimelinePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  StgTimelineData *data;
  int old_first = 0, old_last = 0, first = 0, last = 0;

  g_return_if_fail (STG_IS_TIMELINE_PAGE (self));

  if ((data = stg_timeline_data_new (self->store, NULL, &error)) == NULL)
    {
      g_signal_emit (self, signals[TOAST], 0, error->message, FALSE);
      return;
    }
  if (self->data != NULL)
    stg_timeline_data_get_horizon (self->data, &old_first, &old_last);
  stg_timeline_data_get_horizon (data, &first, &last);
  g_clear_pointer (&self->data, stg_timeline_data_free);
  self->data = data;
  /* A new horizon shows the new horizon; an edit keeps the view. */
  if (old_first != first || old_last != last)
    stg_timeline_view_init (&self->view, self->data);
  if (stg_timeline_data_find (self->data, self->view.selected, NULL) == NULL)
    self->view.selected = 0;
  description = stg_timeline_describe (self->data);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  view_changed (self);
}

static GtkWidget *
tool_button (const char *icon,
             const char *action,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static GtkWidget *
build_toolbar (StgTimelinePage *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *zoom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *today = gtk_button_new_with_label (_("Today"));
  GtkWidget *open = gtk_button_new_with_label (_("Open"));

  gtk_widget_add_css_class (zoom, "linked");
  gtk_box_append (GTK_BOX (zoom), tool_button ("zoom-out-symbolic", "timeline.zoom-out", _("Zoom Out")));
  gtk_box_append (GTK_BOX (zoom), tool_button ("zoom-fit-best-symbolic", "timeline.zoom-fit", _("Show the Whole Horizon")));
  gtk_box_append (GTK_BOX (zoom), tool_button ("zoom-in-symbolic", "timeline.zoom-in", _("Zoom In")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (today), "timeline.today");
  gtk_widget_set_tooltip_text (today, _("Scroll to today"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "timeline.open");
  gtk_widget_set_tooltip_text (open, _("Open the selected objective"));
  self->selection_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->selection_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (self->selection_label), 0);
  gtk_widget_set_hexpand (self->selection_label, TRUE);
  gtk_widget_add_css_class (self->selection_label, "dim-label");
  self->range_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->range_label, "dim-label");
  gtk_widget_add_css_class (self->range_label, "numeric");
  gtk_box_append (GTK_BOX (bar), zoom);
  gtk_box_append (GTK_BOX (bar), today);
  gtk_box_append (GTK_BOX (bar), self->selection_label);
  gtk_box_append (GTK_BOX (bar), self->range_label);
  gtk_box_append (GTK_BOX (bar), open);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  return bar;
}

static void
add_controllers (StgTimelinePage *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *pointer = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end), self);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scrolled), self);
  g_signal_connect (pointer, "motion", G_CALLBACK (motion), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (self->area, GTK_EVENT_CONTROLLER (click));
  gtk_widget_add_controller (self->area, GTK_EVENT_CONTROLLER (drag));
  gtk_widget_add_controller (self->area, scroll);
  gtk_widget_add_controller (self->area, pointer);
  gtk_widget_add_controller (self->area, keys);
  /* The focus ring is drawn with the picture. */
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (gtk_widget_queue_draw), self->area);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (gtk_widget_queue_draw), self->area);
  gtk_widget_add_controller (self->area, focus);
}

static GtkWidget *
build_canvas (StgTimelinePage *self)
{
  GtkWidget *grid = gtk_grid_new ();

  self->area = gtk_drawing_area_new ();
  gtk_widget_set_hexpand (self->area, TRUE);
  gtk_widget_set_vexpand (self->area, TRUE);
  gtk_widget_set_focusable (self->area, TRUE);
  gtk_widget_set_has_tooltip (self->area, TRUE);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->area), 480);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->area), 300);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Objectives timeline"),
                                  -1);
  g_signal_connect (self->area, "resize", G_CALLBACK (resized), self);
  g_signal_connect (self->area, "query-tooltip", G_CALLBACK (query_tooltip), self);
  add_controllers (self);

  self->hadjustment = g_object_ref_sink (gtk_adjustment_new (0, 0, 1, 1, 1, 1));
  self->vadjustment = g_object_ref_sink (gtk_adjustment_new (0, 0, 1, 1, 1, 1));
  g_signal_connect (self->hadjustment, "value-changed", G_CALLBACK (adjustment_changed), self);
  g_signal_connect (self->vadjustment, "value-changed", G_CALLBACK (adjustment_changed), self);
  gtk_grid_attach (GTK_GRID (grid), self->area, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), gtk_scrollbar_new (GTK_ORIENTATION_VERTICAL, self->vadjustment), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), gtk_scrollbar_new (GTK_ORIENTATION_HORIZONTAL, self->hadjustment), 0, 1, 1, 1);
  return grid;
}

static void
stg_timeline_page_dispose (GObject *object)
{
  StgTimelinePage *self = STG_TIMELINE_PAGE (object);

  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->hadjustment, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (stg_timeline_page_parent_class)->dispose (object);
}

static void
stg_timeline_page_finalize (GObject *object)
{
  StgTimelinePage *self = STG_TIMELINE_PAGE (object);

  g_clear_pointer (&self->data, stg_timeline_data_free);

  G_OBJECT_CLASS (stg_timeline_page_parent_class)->finalize (object);
}

static void
stg_timeline_page_class_init (StgTimelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stg_timeline_page_dispose;
  object_class->finalize = stg_timeline_page_finalize;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  /* Asks to open item @id of record type @type in its editor. */
  signals[SHOW_ITEM] = g_signal_new ("show-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "timeline.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL);
}

static void
stg_timeline_page_init (StgTimelinePage *self)
{
  /* Until the objectives are read. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-in", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-out", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-fit", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.today", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.open", FALSE);
}

GtkWidget *
stg_timeline_page_new (StgStore *store)
{
  StgTimelinePage *self;

  g_return_val_if_fail (STG_IS_STORE (store), NULL);

  self = g_object_new (STG_TYPE_TIMELINE_PAGE, "orientation", GTK_ORIENTATION_VERTICAL, NULL);
  self->store = g_object_ref (store);
  gtk_box_append (GTK_BOX (self), build_toolbar (self));
  gtk_box_append (GTK_BOX (self), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (self), build_canvas (self));
  stg_timeline_page_reload (self);
  return GTK_WIDGET (self);
}
