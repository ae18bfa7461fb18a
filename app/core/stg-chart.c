/* stg-chart.c: the budget chart, drawn with Cairo and Pango for screen and paper */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "strategos/stg-chart.h"
#include "strategos/stg-money.h"
#include "stg-draw-private.h"

/*
 * Amounts stay integers (minor units, whole units for the axis ticks) up
 * to the moment they become a position on the page; only positions are
 * doubles. Every size is a multiple of the font size, so the same code
 * lays out a 700-pixel widget and a chart a few inches wide on A4.
 */

#define MAX_NAMED_ROWS 7

/* Okabe and Ito's palette, told apart with any colour vision; the grey
 * is kept for what is grouped. */
static const StgChartColor palette[MAX_NAMED_ROWS] = {
  { 0.000, 0.447, 0.698, 1.0 },  /* blue */
  { 0.902, 0.624, 0.000, 1.0 },  /* orange */
  { 0.000, 0.620, 0.451, 1.0 },  /* bluish green */
  { 0.835, 0.369, 0.000, 1.0 },  /* vermillion */
  { 0.337, 0.706, 0.914, 1.0 },  /* sky blue */
  { 0.800, 0.475, 0.655, 1.0 },  /* reddish purple */
  { 0.941, 0.894, 0.259, 1.0 },  /* yellow */
};
static const StgChartColor other_color = { 0.62, 0.62, 0.62, 1.0 };

typedef struct {
  const char    *label;
  StgChartColor  color;
  gint64        *planned;      /* per year, minor units */
} Series;

typedef struct {
  PangoLayout *layout;
  const Series *series;       /* NULL for the share-of-GDP line */
  double       x;
  double       y;
  double       height;
} LegendItem;

typedef struct {
  cairo_t             *cr;
  const StgChartStyle *style;
  StgBudgetTable      *table;
  PangoContext        *pango;
  double               width;
  double               height;
  double               em;
  double               hairline;
  guint                n_years;
  Series               series[MAX_NAMED_ROWS + 1];
  guint                n_series;
  gint64               minor;         /* minor units in a whole unit */
  gint64               max_units;     /* the tallest bar, whole units, rounded up */
  gint64              *share;         /* per year, hundredths of a percent; -1 without GDP */
  gboolean             has_line;
  gint64               step;          /* whole units between ticks */
  guint                n_ticks;
  double               axis_top;      /* whole units at the top of the plot */
  gint64               share_step;    /* hundredths of a percent between ticks */
  GArray              *legend;        /* LegendItem */
  double               legend_height;
  double               legend_y;
  PangoLayout         *note;
  double               x0;            /* the plot area */
  double               x1;
  double               y0;
  double               y1;
} Chart;

void
stg_chart_style_init_default (StgChartStyle *style)
{
  g_return_if_fail (style != NULL);

  style->font_family = "Sans";
  style->font_size = 9.0;
  style->foreground = (StgChartColor) { 0.0, 0.0, 0.0, 1.0 };
  style->background = (StgChartColor) { 1.0, 1.0, 1.0, 1.0 };
  style->show_legend = TRUE;
}

/* Figures */

gint64
stg_chart_nice_step (gint64 max,
                     guint  n_ticks)
{
  static const gint64 mantissas[] = { 1, 2, 5 };
  gint64 target;

  if (max <= 0)
    return 1;
  n_ticks = MAX (n_ticks, 1);
  target = max / n_ticks + (max % n_ticks != 0);
  for (gint64 power = 1; ; power *= 10)
    {
      for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
        if (mantissas[i] * power >= target)
          return mantissas[i] * power;
      if (power > G_MAXINT64 / 10 / 5)
        return 5 * power;
    }
}

static guint
decimals_needed (gint64  units,
                 gint64  size,
                 gint64 *divisor)
{
  guint decimals = 0;

  *divisor = size;
  while (*divisor > 1 && units % *divisor != 0)
    {
      *divisor /= 10;
      decimals++;
    }
  return decimals;
}

char *
stg_chart_format_compact (gint64      units,
                          const char *currency)
{
  static const gint64 sizes[] = { G_GINT64_CONSTANT (1000000000000), 1000000000, 1000000, 1 };
  StgNumberFormat format = stg_number_format_current ();
  g_autofree char *number = NULL;
  gint64 divisor = 1;
  guint decimals;
  guint i = 0;

  g_return_val_if_fail (currency != NULL, NULL);

  if (units == 0)
    return g_strdup ("0");
  while (sizes[i] > 1 && units < sizes[i] && units > -sizes[i])
    i++;
  decimals = decimals_needed (units, sizes[i], &divisor);
  number = stg_money_format (units / divisor, decimals, &format);
  switch (i)
    {
    /* Translators: a compact amount on a chart's axis, "EUR 2 tn" (a
     * trillion, 10^12); put the code where your language puts it */
    case 0: return g_strdup_printf (_("%1$s %2$s tn"), currency, number);
    /* Translators: a compact amount on a chart's axis, "EUR 1.5 bn" (a
     * billion, 10^9) */
    case 1: return g_strdup_printf (_("%1$s %2$s bn"), currency, number);
    /* Translators: a compact amount on a chart's axis, "EUR 500 M" (million) */
    case 2: return g_strdup_printf (_("%1$s %2$s M"), currency, number);
    /* Translators: an amount and its currency, "EUR 250,000" */
    default: return g_strdup_printf (_("%1$s %2$s"), currency, number);
    }
}

/* Text and colour */

static PangoLayout *
make_text (Chart      *c,
           const char *text,
           double      scale)
{
  return stg_draw_layout (c->pango, c->style, c->em * scale, text);
}

static void
show_text (Chart       *c,
           PangoLayout *layout,
           double       x,
           double       y)
{
  cairo_move_to (c->cr, x, y);
  pango_cairo_show_layout (c->cr, layout);
}

/* What separates bars' segments and rings the dots: the background, or
 * when it is transparent, whatever contrasts with the text. */
static StgChartColor
halo_color (const StgChartStyle *style)
{
  const StgChartColor *fg = &style->foreground;

  if (style->background.alpha >= 0.5)
    return (StgChartColor) { style->background.red, style->background.green, style->background.blue, 1.0 };
  if (0.2126 * fg->red + 0.7152 * fg->green + 0.0722 * fg->blue > 0.5)
    return (StgChartColor) { 0.14, 0.14, 0.14, 1.0 };
  return (StgChartColor) { 1.0, 1.0, 1.0, 1.0 };
}

/* What is drawn */

static const char *
other_label (StgBudgetTable *table)
{
  switch (stg_budget_table_get_dimension (table))
    {
    case STG_BUDGET_BY_OBJECTIVE:
      return _("Other objectives");
    case STG_BUDGET_BY_SOURCE:
      return _("Other funding sources");
    case STG_BUDGET_BY_ACTOR:
    case STG_BUDGET_BY_CAPABILITY:
    default:
      return _("Other actors");
    }
}

static const char *
left_title (StgBudgetTable *table)
{
  switch (stg_budget_table_get_dimension (table))
    {
    case STG_BUDGET_BY_OBJECTIVE:
      return _("Planned budget by objective");
    case STG_BUDGET_BY_SOURCE:
      return _("Planned budget by funding source");
    case STG_BUDGET_BY_ACTOR:
    case STG_BUDGET_BY_CAPABILITY:
    default:
      return _("Planned budget by actor");
    }
}

typedef struct {
  guint  row;
  gint64 total;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a;
  const Ranked *y = b;

  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  return x->row < y->row ? -1 : x->row > y->row;
}

/* The largest rows by total planned, largest first, and the rest as one
 * last series; rows that plan nothing are left out. */
static void
collect_series (Chart *c)
{
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  guint n_named;

  for (guint row = 0; row < stg_budget_table_get_n_rows (c->table); row++)
    {
      Ranked r = { row, stg_budget_table_get_row_total (c->table, row)->planned };

      if (r.total > 0)
        g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);
  n_named = MIN (ranked->len, MAX_NAMED_ROWS);
  for (guint i = 0; i < ranked->len; i++)
    {
      Series *series = &c->series[MIN (i, n_named)];
      guint row = g_array_index (ranked, Ranked, i).row;

      if (series->planned == NULL)
        {
          series->planned = g_new0 (gint64, c->n_years);
          series->label = i < n_named ? stg_budget_table_get_row_label (c->table, row) : other_label (c->table);
          series->color = i < n_named ? palette[i] : other_color;
          c->n_series++;
        }
      /* Each year's cells add up to its total, which fits in a gint64. */
      for (guint y = 0; y < c->n_years; y++)
        series->planned[y] += MAX (stg_budget_table_get_cell (c->table, row, y)->planned, 0);
    }
}

static void
collect_years (Chart *c)
{
  guint decimals = stg_currency_decimals (stg_budget_table_get_currency (c->table));

  c->minor = 1;
  for (guint i = 0; i < decimals; i++)
    c->minor *= 10;
  c->share = g_new (gint64, c->n_years);
  for (guint y = 0; y < c->n_years; y++)
    {
      gint64 planned = MAX (stg_budget_table_get_year_total (c->table, y)->planned, 0);
      gint64 gdp = 0;

      c->max_units = MAX (c->max_units, planned / c->minor + (planned % c->minor != 0));
      c->share[y] = -1;
      if (stg_budget_table_get_gdp (c->table, y, &gdp) && gdp > 0)
        {
          c->share[y] = stg_budget_share_of_gdp (planned, gdp);
          c->has_line = TRUE;
        }
    }
}

/* "No GDP projection for 2031", "... for 2026, 2031–2033". */
static char *
missing_gdp_note (Chart *c)
{
  g_autoptr(GString) years = g_string_new (NULL);
  guint n_missing = 0;

  for (guint y = 0; y < c->n_years; y++)
    {
      guint last = y;

      if (c->share[y] >= 0)
        continue;
      while (last + 1 < c->n_years && c->share[last + 1] < 0 &&
             stg_budget_table_get_year (c->table, last + 1) == stg_budget_table_get_year (c->table, last) + 1)
        last++;
      if (years->len > 0)
        g_string_append (years, ", ");
      g_string_append_printf (years, "%d", stg_budget_table_get_year (c->table, y));
      if (last > y)
        g_string_append_printf (years, "\u2013%d", stg_budget_table_get_year (c->table, last));
      n_missing += last - y + 1;
      y = last;
    }
  if (n_missing == 0)
    return NULL;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "No GDP projection for %s",
                                       "No GDP projections for %s", n_missing),
                          years->str);
}

/* Layout */

static void
layout_legend (Chart  *c,
               double  available)
{
  double swatch = c->em * 0.8, line_swatch = c->em * 1.6, gap = c->em * 0.4;
  double x = 0, y = 0, row_height = 0;
  guint n_items = c->n_series + (c->has_line ? 1 : 0);

  for (guint i = 0; i < n_items; i++)
    {
      LegendItem item = { 0 };
      gboolean is_line = i == c->n_series;
      double sw = is_line ? line_swatch : swatch;
      double w;

      item.series = is_line ? NULL : &c->series[i];
      item.layout = make_text (c, is_line ? _("Total planned as a share of GDP (right axis)") : c->series[i].label, 0.85);
      /* Long ministry names take two lines at most, then an ellipsis. */
      pango_layout_set_width (item.layout, (int) (MAX (available / 2 - sw - gap, c->em * 6) * PANGO_SCALE));
      pango_layout_set_wrap (item.layout, PANGO_WRAP_WORD);
      pango_layout_set_height (item.layout, -2);
      pango_layout_set_ellipsize (item.layout, PANGO_ELLIPSIZE_END);
      w = sw + gap + stg_draw_text_width (item.layout);
      if (x > 0 && x + w > available)
        {
          x = 0;
          y += row_height + c->em * 0.35;
          row_height = 0;
        }
      item.x = x;
      item.y = y;
      item.height = stg_draw_text_height (item.layout);
      x += w + c->em * 1.4;
      row_height = MAX (row_height, item.height);
      g_array_append_val (c->legend, item);
    }
  c->legend_height = n_items > 0 ? y + row_height : 0;
}

/* The ticks that fit the tallest bar, and @headroom above it for its
 * total, most tightly: @target ticks or one more. */
static void
choose_ticks (Chart  *c,
              double  headroom)
{
  double plot = c->y1 - c->y0;
  guint target = (guint) CLAMP (plot / (c->em * 2.5), 2, 6);
  double bound = plot > headroom ? (double) c->max_units * plot / (plot - headroom) : (double) c->max_units;
  gint64 need = bound >= (double) G_MAXINT64 ? G_MAXINT64 : MAX ((gint64) ceil (bound), c->max_units);
  double best = 0;
  gint64 max_share = 0;

  for (guint n = target; n <= target + 1; n++)
    {
      gint64 step = stg_chart_nice_step (need, n);
      gint64 n_ticks = MAX (1, need / step + (need % step != 0));

      if (step > G_MAXINT64 / n_ticks)
        n_ticks = G_MAXINT64 / step;
      if (best == 0 || (double) n_ticks * step < best)
        {
          best = (double) n_ticks * step;
          c->step = step;
          c->n_ticks = (guint) n_ticks;
        }
    }
  c->axis_top = MAX (best, (double) c->max_units);
  for (guint y = 0; y < c->n_years; y++)
    max_share = MAX (max_share, c->share[y]);
  c->share_step = stg_chart_nice_step (max_share, c->n_ticks);
}

static double
value_y (Chart  *c,
         double  units)
{
  return c->y1 - units / c->axis_top * (c->y1 - c->y0);
}

static double
share_y (Chart  *c,
         gint64  hundredths)
{
  double top = value_y (c, (double) c->n_ticks * (double) c->step);

  return c->y1 - (double) hundredths / ((double) c->share_step * c->n_ticks) * (c->y1 - top);
}

/* Horizontal hairlines fall on pixel centres on screen. */
static double
snap (double y)
{
  return floor (y) + 0.5;
}

static char *
tick_label (Chart    *c,
            guint     k,
            gboolean  share)
{
  if (share)
    return stg_budget_format_percent ((gint64) k * c->share_step);
  return stg_chart_format_compact ((gint64) k * c->step, stg_budget_table_get_currency (c->table));
}

static double
widest_tick (Chart    *c,
             gboolean  share)
{
  double widest = 0;

  for (guint k = 0; k <= c->n_ticks; k++)
    {
      g_autofree char *text = tick_label (c, k, share);
      g_autoptr(PangoLayout) layout = make_text (c, text, 0.85);

      widest = MAX (widest, stg_draw_text_width (layout));
    }
  return widest;
}

/* Drawing */

static void
draw_axes (Chart *c)
{
  for (guint k = 0; k <= c->n_ticks; k++)
    {
      double y = value_y (c, (double) k * (double) c->step);
      g_autofree char *text = tick_label (c, k, FALSE);
      g_autoptr(PangoLayout) layout = make_text (c, text, 0.85);

      stg_draw_set_color (c->cr, &c->style->foreground, 0.75);
      show_text (c, layout, c->x0 - c->em * 0.5 - stg_draw_text_width (layout), y - stg_draw_text_height (layout) / 2);
      if (c->has_line)
        {
          g_autofree char *share = tick_label (c, k, TRUE);
          g_autoptr(PangoLayout) right = make_text (c, share, 0.85);

          show_text (c, right, c->x1 + c->em * 0.5, share_y (c, (gint64) k * c->share_step) - stg_draw_text_height (right) / 2);
        }
      if (k == 0)
        continue;
      stg_draw_set_color (c->cr, &c->style->foreground, 0.15);
      cairo_set_line_width (c->cr, c->hairline);
      cairo_move_to (c->cr, c->x0, snap (y));
      cairo_line_to (c->cr, c->x1, snap (y));
      cairo_stroke (c->cr);
    }
}

static double
slot_width (Chart *c)
{
  return (c->x1 - c->x0) / c->n_years;
}

static double
bar_width (Chart *c)
{
  return MIN (slot_width (c) * 0.6, c->em * 5.5);
}

static void
draw_bar (Chart              *c,
          guint               year,
          const StgChartColor *halo)
{
  double middle = c->x0 + slot_width (c) * (year + 0.5);
  double w = bar_width (c);
  double previous_height = 0;
  gint64 below = 0;

  for (guint s = 0; s < c->n_series; s++)
    {
      gint64 planned = c->series[s].planned[year];
      double bottom = value_y (c, (double) below / c->minor);
      double top = value_y (c, (double) (below + planned) / c->minor);

      if (planned == 0)
        continue;
      stg_draw_set_color (c->cr, &c->series[s].color, 1.0);
      cairo_rectangle (c->cr, middle - w / 2, top, w, bottom - top);
      cairo_fill (c->cr);
      /* A thin gap between segments, where both are tall enough to keep
       * their colour visible. */
      if (previous_height > 3 * c->hairline && bottom - top > 3 * c->hairline)
        {
          stg_draw_set_color (c->cr, halo, 1.0);
          cairo_set_line_width (c->cr, c->hairline);
          cairo_move_to (c->cr, middle - w / 2, bottom);
          cairo_line_to (c->cr, middle + w / 2, bottom);
          cairo_stroke (c->cr);
        }
      previous_height = bottom - top;
      below += planned;
    }
}

/* @units from a million up rounded to three significant digits ("EUR
 * 7.09 bn"), in integers; smaller amounts as they are. */
static gint64
round_significant (gint64 units)
{
  gint64 power = 1;
  gint64 q;

  if (units < 1000000)
    return units;
  while (units / power >= 1000)
    power *= 10;
  q = units / power + (units % power >= power - power / 2);
  return q > G_MAXINT64 / power ? units : q * power;
}

static char *
total_label (Chart *c,
             guint  year)
{
  gint64 planned = MAX (stg_budget_table_get_year_total (c->table, year)->planned, 0);
  gint64 units = planned / c->minor + (planned % c->minor >= c->minor - c->minor / 2);

  return stg_chart_format_compact (round_significant (units), stg_budget_table_get_currency (c->table));
}

/* Each year's total above its bar, rounded, when every one fits. */
static void
draw_totals (Chart *c)
{
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint y = 0; y < c->n_years; y++)
    {
      g_autofree char *text = total_label (c, y);
      PangoLayout *layout = make_text (c, text, 0.8);

      if (stg_draw_text_width (layout) > slot_width (c) - c->em * 0.6)
        {
          g_object_unref (layout);
          return;
        }
      g_ptr_array_add (layouts, layout);
    }
  stg_draw_set_color (c->cr, &c->style->foreground, 0.85);
  for (guint y = 0; y < c->n_years; y++)
    {
      PangoLayout *layout = g_ptr_array_index (layouts, y);
      double top = value_y (c, (double) MAX (stg_budget_table_get_year_total (c->table, y)->planned, 0) / c->minor);

      show_text (c, layout, c->x0 + slot_width (c) * (y + 0.5) - stg_draw_text_width (layout) / 2,
                 top - c->em * 0.2 - stg_draw_text_height (layout));
    }
}

static void
draw_years (Chart *c)
{
  double slot = slot_width (c);
  double widest = 0;
  guint every;

  for (guint y = 0; y < c->n_years; y++)
    {
      g_autofree char *text = g_strdup_printf ("%d", stg_budget_table_get_year (c->table, y));
      g_autoptr(PangoLayout) layout = make_text (c, text, 0.9);

      widest = MAX (widest, stg_draw_text_width (layout));
    }
  /* Label every year, or every second, fifth... when they would touch. */
  every = (guint) ceil ((widest + c->em * 0.6) / slot);
  if (every > 2)
    every = every <= 5 ? 5 : (every + 9) / 10 * 10;
  for (guint y = 0; y < c->n_years; y += MAX (every, 1))
    {
      g_autofree char *text = g_strdup_printf ("%d", stg_budget_table_get_year (c->table, y));
      g_autoptr(PangoLayout) layout = make_text (c, text, 0.9);

      stg_draw_set_color (c->cr, &c->style->foreground, 0.9);
      show_text (c, layout, c->x0 + slot * (y + 0.5) - stg_draw_text_width (layout) / 2, c->y1 + c->em * 0.35);
    }
}

static void
draw_baseline (Chart *c)
{
  stg_draw_set_color (c->cr, &c->style->foreground, 0.6);
  cairo_set_line_width (c->cr, c->hairline);
  cairo_move_to (c->cr, c->x0, snap (c->y1));
  cairo_line_to (c->cr, c->x1, snap (c->y1));
  cairo_stroke (c->cr);
}

static void
draw_dot (Chart               *c,
          double               x,
          double               y,
          const StgChartColor *halo)
{
  stg_draw_set_color (c->cr, halo, 1.0);
  cairo_arc (c->cr, x, y, c->em * 0.3 + c->hairline * 1.5, 0, 2 * G_PI);
  cairo_fill (c->cr);
  stg_draw_set_color (c->cr, &c->style->foreground, 1.0);
  cairo_arc (c->cr, x, y, c->em * 0.3, 0, 2 * G_PI);
  cairo_fill (c->cr);
}

static void
trace_line (Chart *c)
{
  gboolean joined = FALSE;

  cairo_new_path (c->cr);
  for (guint y = 0; y < c->n_years; y++)
    {
      double x = c->x0 + slot_width (c) * (y + 0.5);

      /* A year without GDP breaks the line rather than bridging it. */
      if (c->share[y] < 0)
        joined = FALSE;
      else if (joined)
        cairo_line_to (c->cr, x, share_y (c, c->share[y]));
      else
        {
          cairo_move_to (c->cr, x, share_y (c, c->share[y]));
          joined = TRUE;
        }
    }
}

static void
draw_share_line (Chart               *c,
                 const StgChartColor *halo)
{
  double width = c->em * 0.15;

  cairo_set_line_join (c->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (c->cr, CAIRO_LINE_CAP_ROUND);
  trace_line (c);
  stg_draw_set_color (c->cr, halo, 1.0);
  cairo_set_line_width (c->cr, width + c->hairline * 3);
  cairo_stroke (c->cr);
  trace_line (c);
  stg_draw_set_color (c->cr, &c->style->foreground, 1.0);
  cairo_set_line_width (c->cr, width);
  cairo_stroke (c->cr);
  for (guint y = 0; y < c->n_years; y++)
    if (c->share[y] >= 0)
      draw_dot (c, c->x0 + slot_width (c) * (y + 0.5), share_y (c, c->share[y]), halo);
}

static void
draw_legend_item (Chart               *c,
                  const LegendItem    *item,
                  double               x,
                  double               y,
                  const StgChartColor *halo)
{
  double middle = y + item->y + stg_draw_first_line_middle (item->layout);
  double swatch = c->em * 0.8;
  double text_x = x + item->x + (item->series != NULL ? swatch : c->em * 1.6) + c->em * 0.4;

  if (item->series != NULL)
    {
      stg_draw_set_color (c->cr, &item->series->color, 1.0);
      cairo_rectangle (c->cr, x + item->x, middle - swatch / 2, swatch, swatch);
      cairo_fill (c->cr);
    }
  else
    {
      stg_draw_set_color (c->cr, &c->style->foreground, 1.0);
      cairo_set_line_width (c->cr, c->em * 0.15);
      cairo_move_to (c->cr, x + item->x, middle);
      cairo_line_to (c->cr, x + item->x + c->em * 1.6, middle);
      cairo_stroke (c->cr);
      draw_dot (c, x + item->x + c->em * 0.8, middle, halo);
    }
  stg_draw_set_color (c->cr, &c->style->foreground, 0.9);
  show_text (c, item->layout, text_x, y + item->y);
}

static void
draw_empty (Chart *c)
{
  stg_draw_empty_message (c->cr, c->pango, c->style, c->em, c->width, c->height,
                          _("No budget lines yet"),
                          _("The chart shows the planned budget year by year once objectives have budget lines."));
}

/* Everything above the plot and below it, then the plot in between. */
static void
lay_out (Chart       *c,
         PangoLayout *left,
         PangoLayout *right)
{
  double margin = c->em;
  g_autoptr(PangoLayout) year = make_text (c, "2030", 0.9);
  double bottom = c->height - margin;
  g_autofree char *note = missing_gdp_note (c);

  if (note != NULL)
    {
      c->note = make_text (c, note, 0.85);
      pango_layout_set_width (c->note, (int) ((c->width - 2 * margin) * PANGO_SCALE));
      bottom -= stg_draw_text_height (c->note) + c->em * 0.5;
    }
  if (c->style->show_legend)
    {
      layout_legend (c, c->width - 2 * margin);
      bottom -= c->legend_height + c->em * 1.1;
    }
  c->y0 = margin + MAX (stg_draw_text_height (left), right != NULL ? stg_draw_text_height (right) : 0) + c->em;
  c->y1 = bottom - stg_draw_text_height (year) - c->em * 0.35;
  c->legend_y = bottom + c->em * 1.1;
  choose_ticks (c, stg_draw_text_height (year) + c->em * 0.3);
  c->x0 = margin + widest_tick (c, FALSE) + c->em * 0.5;
  c->x1 = c->width - margin - (c->has_line ? widest_tick (c, TRUE) + c->em * 0.5 : 0);
}

static void
draw_chart (Chart *c)
{
  g_autoptr(PangoLayout) left = make_text (c, left_title (c->table), 0.85);
  g_autoptr(PangoLayout) right = c->has_line ? make_text (c, _("Share of GDP"), 0.85) : NULL;
  StgChartColor halo = halo_color (c->style);

  lay_out (c, left, right);
  if (c->y1 - c->y0 < c->em || c->x1 - c->x0 < c->em)
    return;
  stg_draw_set_color (c->cr, &c->style->foreground, 0.75);
  show_text (c, left, c->em, c->em);
  if (right != NULL)
    show_text (c, right, c->width - c->em - stg_draw_text_width (right), c->em);
  draw_axes (c);
  for (guint y = 0; y < c->n_years; y++)
    draw_bar (c, y, &halo);
  draw_baseline (c);
  draw_totals (c);
  if (c->has_line)
    draw_share_line (c, &halo);
  draw_years (c);
  for (guint i = 0; i < c->legend->len; i++)
    draw_legend_item (c, &g_array_index (c->legend, LegendItem, i), c->em, c->legend_y, &halo);
  if (c->note != NULL)
    {
      stg_draw_set_color (c->cr, &c->style->foreground, 0.7);
      show_text (c, c->note, c->em, c->height - c->em - stg_draw_text_height (c->note));
    }
}

static void
chart_clear (Chart *c)
{
  for (guint s = 0; s < c->n_series; s++)
    g_free (c->series[s].planned);
  for (guint i = 0; c->legend != NULL && i < c->legend->len; i++)
    g_object_unref (g_array_index (c->legend, LegendItem, i).layout);
  g_clear_pointer (&c->legend, g_array_unref);
  g_clear_object (&c->note);
  g_clear_object (&c->pango);
  g_free (c->share);
}

void
stg_chart_draw_budget (cairo_t             *cr,
                       double               width,
                       double               height,
                       StgBudgetTable      *table,
                       const StgChartStyle *style)
{
  Chart c = { 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (table != NULL);
  g_return_if_fail (style != NULL && style->font_size > 0);
  g_return_if_fail (stg_budget_table_get_dimension (table) != STG_BUDGET_BY_CAPABILITY);

  if (width <= 0 || height <= 0)
    return;
  stg_draw_begin (cr, style, width, height);
  c.cr = cr;
  c.style = style;
  c.table = table;
  c.pango = pango_cairo_create_context (cr);
  c.width = width;
  c.height = height;
  c.em = style->font_size;
  c.hairline = CLAMP (c.em / 14, 0.5, 1.0);
  c.n_years = stg_budget_table_get_n_years (table);
  c.legend = g_array_new (FALSE, FALSE, sizeof (LegendItem));
  collect_years (&c);
  collect_series (&c);
  if (c.n_years == 0)
    draw_empty (&c);
  else
    draw_chart (&c);
  chart_clear (&c);
  cairo_restore (cr);
}

/* In words */

char *
stg_chart_describe_budget (StgBudgetTable *table)
{
  Chart c = { 0 };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *total = NULL;
  g_autofree char *note = NULL;
  guint first = G_MAXUINT, last = 0;

  g_return_val_if_fail (table != NULL, NULL);

  c.table = table;
  c.n_years = stg_budget_table_get_n_years (table);
  if (c.n_years == 0)
    return g_strdup (_("No budget lines yet"));
  collect_years (&c);
  total = stg_money_format_currency (stg_budget_table_get_total (table)->planned,
                                     stg_budget_table_get_currency (table));
  if (c.n_years == 1)
    /* Translators: "Planned budget by actor, 2027: EUR 8,005,200,000.00 in all." */
    g_string_append_printf (text, _("%s, %d: %s in all."), left_title (table),
                            stg_budget_table_get_year (table, 0), total);
  else
    /* Translators: "Planned budget by actor, 2025 to 2030: EUR 49,307,350,000.00 in all." */
    g_string_append_printf (text, _("%s, %d to %d: %s in all."), left_title (table),
                            stg_budget_table_get_year (table, 0),
                            stg_budget_table_get_year (table, c.n_years - 1), total);
  for (guint y = 0; y < c.n_years; y++)
    if (c.share[y] >= 0)
      {
        first = MIN (first, y);
        last = y;
      }
  if (first != G_MAXUINT && first == last)
    {
      g_autofree char *share = stg_budget_format_percent (c.share[first]);

      g_string_append_c (text, ' ');
      /* Translators: "Share of GDP: 1.24 % in 2027." */
      g_string_append_printf (text, _("Share of GDP: %s in %d."), share, stg_budget_table_get_year (table, first));
    }
  else if (first != G_MAXUINT)
    {
      g_autofree char *from = stg_budget_format_percent (c.share[first]);
      g_autofree char *to = stg_budget_format_percent (c.share[last]);

      g_string_append_c (text, ' ');
      /* Translators: "Share of GDP: 1.17 % in 2025, 1.34 % in 2030." */
      g_string_append_printf (text, _("Share of GDP: %s in %d, %s in %d."), from,
                              stg_budget_table_get_year (table, first), to,
                              stg_budget_table_get_year (table, last));
    }
  if ((note = missing_gdp_note (&c)) != NULL)
    g_string_append_printf (text, " %s.", note);
  g_free (c.share);
  return g_string_free (g_steal_pointer (&text), FALSE);
}
