/* stg-budget-chart.c: the budget chart as a widget */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-budget-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "strategos/stg-chart.h"
#include "stg-budget-chart.h"

/*
 * The drawing is the core's (stg_chart_draw_budget), so that the printed
 * review summary shows the same chart; the widget only lends it the
 * theme's text colour and font, and leaves the background to the theme.
 */

#define MIN_WIDTH      600
#define MIN_HEIGHT     360
#define NATURAL_WIDTH  720
#define NATURAL_HEIGHT 420

struct _StgBudgetChart
{
  GtkWidget       parent_instance;

  StgBudgetTable *table;   /* owned */
};

G_DEFINE_FINAL_TYPE (StgBudgetChart, stg_budget_chart, GTK_TYPE_WIDGET)

/* The widget's CSS font and colour, in pixels. The family string belongs
 * to the widget's Pango context and lives as long as this frame. */
void
stg_chart_style_from_widget (GtkWidget     *widget,
                             StgChartStyle *style)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  double dpi = pango_cairo_context_get_resolution (context);
  GdkRGBA color;

  stg_chart_style_init_default (style);
  if (!pango_font_description_get_size_is_absolute (font))
    size *= (dpi > 0 ? dpi : 96.0) / 72.0;
  if (pango_font_description_get_family (font) != NULL)
    style->font_family = pango_font_description_get_family (font);
  /* A little smaller than body text, like a caption: the chart's labels
   * are many and short. */
  style->font_size = (size > 0 ? size : 14.0) * 0.9;
  /* GTK 4.8 has no gtk_widget_get_color () yet. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  style->foreground = (StgChartColor) { color.red, color.green, color.blue, color.alpha };
  style->background = (StgChartColor) { 0, 0, 0, 0 };
}

static void
stg_budget_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  StgBudgetChart *self = STG_BUDGET_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  StgChartStyle style;
  cairo_t *cr;

  if (self->table == NULL || width <= 0 || height <= 0)
    return;
  stg_chart_style_from_widget (widget, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  stg_chart_draw_budget (cr, width, height, self->table, &style);
  cairo_destroy (cr);
}

double
stg_chart_text_scale (GtkWidget *widget)
{
  StgChartStyle style;

  stg_chart_style_from_widget (widget, &style);
  /* The style's size is 0.9 of body text: 11 pt at 96 dpi. */
  return MAX (1.0, style.font_size / (0.9 * 11.0 * 96.0 / 72.0));
}

static void
stg_budget_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;
  double scale = stg_chart_text_scale (widget);

  *minimum = (int) ((horizontal ? MIN_WIDTH : MIN_HEIGHT) * scale);
  *natural = (int) ((horizontal ? NATURAL_WIDTH : NATURAL_HEIGHT) * scale);
}

/* A new theme, dark style or font size redraws the chart in it. */
static void
stg_budget_chart_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (stg_budget_chart_parent_class)->css_changed (widget, change);
  /* Larger text asks for more room. */
  gtk_widget_queue_resize (widget);
}

static void
stg_budget_chart_finalize (GObject *object)
{
  StgBudgetChart *self = STG_BUDGET_CHART (object);

  g_clear_pointer (&self->table, stg_budget_table_free);
  G_OBJECT_CLASS (stg_budget_chart_parent_class)->finalize (object);
}

static void
stg_budget_chart_class_init (StgBudgetChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = stg_budget_chart_finalize;
  widget_class->snapshot = stg_budget_chart_snapshot;
  widget_class->measure = stg_budget_chart_measure;
  widget_class->css_changed = stg_budget_chart_css_changed;
  gtk_widget_class_set_css_name (widget_class, "budgetchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
stg_budget_chart_init (StgBudgetChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Budget chart"),
                                  -1);
}

GtkWidget *
stg_budget_chart_new (void)
{
  return g_object_new (STG_TYPE_BUDGET_CHART, NULL);
}

void
stg_budget_chart_set_table (StgBudgetChart *self,
                            StgBudgetTable *table)
{
  g_autofree char *description = NULL;

  g_return_if_fail (STG_IS_BUDGET_CHART (self));
  g_return_if_fail (table == NULL || stg_budget_table_get_dimension (table) != STG_BUDGET_BY_CAPABILITY);

  if (table == self->table)
    return;
  g_clear_pointer (&self->table, stg_budget_table_free);
  self->table = table;
  /* What a screen reader says instead of the picture. */
  description = table != NULL ? stg_chart_describe_budget (table) : g_strdup ("");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

StgBudgetTable *
stg_budget_chart_get_table (StgBudgetChart *self)
{
  g_return_val_if_fail (STG_IS_BUDGET_CHART (self), NULL);

  return self->table;
}
