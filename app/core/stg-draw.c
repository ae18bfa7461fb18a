/* stg-draw.c: what the cairo renderers (chart, heat map, timeline) share */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-draw"

#include "config.h"

#include "stg-draw-private.h"

PangoLayout *
stg_draw_layout (PangoContext        *pango,
                 const StgChartStyle *style,
                 double               size,
                 const char          *text)
{
  PangoLayout *layout = pango_layout_new (pango);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, style->font_family != NULL ? style->font_family : "Sans");
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

double
stg_draw_text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

double
stg_draw_text_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

double
stg_draw_first_line_middle (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle logical;

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_iter_free (iter);
  return (logical.y + logical.height / 2.0) / PANGO_SCALE;
}

void
stg_draw_set_color (cairo_t             *cr,
                    const StgChartColor *color,
                    double               alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

void
stg_draw_empty_message (cairo_t             *cr,
                        PangoContext        *pango,
                        const StgChartStyle *style,
                        double               em,
                        double               width,
                        double               height,
                        const char          *title,
                        const char          *hint)
{
  g_autoptr(PangoLayout) t = stg_draw_layout (pango, style, em * 1.2, title);
  g_autoptr(PangoLayout) h = stg_draw_layout (pango, style, em * 0.9, hint);
  double total, top;

  pango_layout_set_width (h, (int) (MAX (MIN (width - 4 * em, em * 32), em * 6) * PANGO_SCALE));
  pango_layout_set_alignment (h, PANGO_ALIGN_CENTER);
  total = stg_draw_text_height (t) + em * 0.4 + stg_draw_text_height (h);
  top = (height - total) / 2;
  stg_draw_set_color (cr, &style->foreground, 0.85);
  cairo_move_to (cr, (width - stg_draw_text_width (t)) / 2, top);
  pango_cairo_show_layout (cr, t);
  stg_draw_set_color (cr, &style->foreground, 0.65);
  cairo_move_to (cr, (width - stg_draw_text_width (h)) / 2, top + stg_draw_text_height (t) + em * 0.4);
  pango_cairo_show_layout (cr, h);
}

void
stg_draw_begin (cairo_t             *cr,
                const StgChartStyle *style,
                double               width,
                double               height)
{
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (style->background.alpha > 0)
    {
      stg_draw_set_color (cr, &style->background, 1.0);
      cairo_paint (cr);
    }
}
