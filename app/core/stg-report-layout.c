/* stg-report-layout.c: a review summary placed on pages and drawn with Cairo and Pango */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-report"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "strategos/stg-chart.h"
#include "stg-draw-private.h"
#include "stg-report-private.h"

/*
 * Sizes are in points. Blocks are measured when the paginator first
 * reaches them and drawn again from their text when a page is shown, so
 * that a summary of 300 pages keeps only heights, not layouts.
 */

#define CELL_PAD_X 4.0
#define CELL_PAD_Y 2.8
/* Above a figure, the cover or the contents, unless at the head of a page. */
#define WHOLE_SPACE_BEFORE 6.0

typedef struct {
  double size;
  int    weight;
  gboolean italic;
  double space_before;
  double space_after;
  StgChartColor color;
} TextStyle;

#define INK   { 0.10, 0.10, 0.12, 1.0 }
#define NAVY  { 0.11, 0.23, 0.36, 1.0 }
#define MUTED { 0.33, 0.35, 0.38, 1.0 }

static const TextStyle text_styles[STG_N_TEXT_STYLES] = {
  [STG_TEXT_BODY]    = { 10.0, PANGO_WEIGHT_NORMAL, FALSE, 0, 7, INK },
  [STG_TEXT_SMALL]   = { 8.5, PANGO_WEIGHT_NORMAL, FALSE, 4, 12, INK },
  [STG_TEXT_NOTE]    = { 8.5, PANGO_WEIGHT_NORMAL, TRUE, 0, 8, MUTED },
  [STG_TEXT_H1]      = { 18.0, PANGO_WEIGHT_BOLD, FALSE, 10, 12, NAVY },
  [STG_TEXT_H2]      = { 12.5, PANGO_WEIGHT_BOLD, FALSE, 12, 6, NAVY },
  [STG_TEXT_H3]      = { 10.5, PANGO_WEIGHT_BOLD, FALSE, 8, 3, INK },
  [STG_TEXT_CALLOUT] = { 11.0, PANGO_WEIGHT_NORMAL, FALSE, 0, 0, INK },
  [STG_TEXT_CAPTION] = { 9.0, PANGO_WEIGHT_NORMAL, FALSE, 0, 0, NAVY },
};

static const StgChartColor navy = NAVY;
static const StgChartColor ink = INK;
static const StgChartColor muted = MUTED;
static const StgChartColor rule = { 0.80, 0.83, 0.87, 1.0 };
static const StgChartColor header_fill = { 0.89, 0.92, 0.95, 1.0 };
static const StgChartColor zebra_fill = { 0.965, 0.97, 0.978, 1.0 };
static const StgChartColor callout_fill = { 0.93, 0.95, 0.97, 1.0 };

/* Geometry */

static double
margin_x (StgReport *r)
{
  return MIN (56.0, r->page_width * 0.095);
}

static double
content_width (StgReport *r)
{
  return r->page_width - 2 * margin_x (r);
}

static double
body_top (StgReport *r)
{
  return MIN (70.0, r->page_height * 0.085);
}

static double
body_bottom (StgReport *r)
{
  return r->page_height - MIN (66.0, r->page_height * 0.08);
}

static StgReportBlock *
block_at (StgReport *r,
          guint      i)
{
  return &g_array_index (r->blocks, StgReportBlock, i);
}

/* Text */

static PangoLayout *
new_layout (StgReport  *r,
            double      size,
            int         weight,
            gboolean    italic)
{
  PangoLayout *layout = pango_layout_new (r->pango);
  PangoFontDescription *font = pango_font_description_from_string (STG_REPORT_FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* The shared layout of @style holding @markup at @width (-1: unwrapped). */
static PangoLayout *
styled (StgReport    *r,
        StgTextStyle  style,
        const char   *markup,
        double        width,
        StgCellAlign  align)
{
  PangoLayout *layout = r->layouts[style];

  pango_layout_set_width (layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_alignment (layout, align == STG_ALIGN_RIGHT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static void
show (cairo_t             *cr,
      PangoLayout         *layout,
      const StgChartColor *color,
      double               x,
      double               y)
{
  stg_draw_set_color (cr, color, 1.0);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
hline (cairo_t             *cr,
       const StgChartColor *color,
       double               width,
       double               x0,
       double               x1,
       double               y)
{
  stg_draw_set_color (cr, color, 1.0);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

static void
fill_rect (cairo_t             *cr,
           const StgChartColor *color,
           double               x,
           double               y,
           double               w,
           double               h)
{
  stg_draw_set_color (cr, color, 1.0);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
}

/* The cover: measured when @cr is NULL, drawn otherwise; returns its height. */
static double
cover_run (StgReport *r,
           cairo_t   *cr,
           double     y0)
{
  double x = margin_x (r), w = content_width (r), y = y0 + 36;
  g_autoptr(PangoLayout) title = new_layout (r, 25, PANGO_WEIGHT_BOLD, FALSE);
  g_autoptr(PangoLayout) subtitle = new_layout (r, 13, PANGO_WEIGHT_NORMAL, FALSE);
  g_autoptr(PangoLayout) meta = new_layout (r, 10.5, PANGO_WEIGHT_NORMAL, FALSE);
  g_autoptr(PangoLayout) status = new_layout (r, 11, PANGO_WEIGHT_NORMAL, FALSE);
  g_autoptr(PangoLayout) marking = new_layout (r, 15, PANGO_WEIGHT_BOLD, FALSE);
  g_autofree char *marking_markup = g_markup_printf_escaped ("<span letter_spacing='2048'>%s</span>", r->classification);
  PangoTabArray *tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, 120);
  double h, box_w, box_h;

  if (cr != NULL)
    fill_rect (cr, &navy, x, y0, w, 5);
  pango_layout_set_width (title, (int) (w * PANGO_SCALE));
  pango_layout_set_markup (title, r->cover.cover_title, -1);
  if (cr != NULL)
    show (cr, title, &navy, x, y);
  y += stg_draw_text_height (title) + 8;
  pango_layout_set_width (subtitle, (int) (w * PANGO_SCALE));
  pango_layout_set_markup (subtitle, r->cover.cover_subtitle, -1);
  if (cr != NULL)
    show (cr, subtitle, &muted, x, y);
  y += stg_draw_text_height (subtitle) + 30;
  pango_layout_set_width (meta, (int) (w * PANGO_SCALE));
  pango_layout_set_tabs (meta, tabs);
  pango_tab_array_free (tabs);
  pango_layout_set_line_spacing (meta, 1.35);
  pango_layout_set_markup (meta, r->cover.cover_meta, -1);
  if (cr != NULL)
    show (cr, meta, &ink, x, y);
  y += stg_draw_text_height (meta) + 28;
  pango_layout_set_width (status, (int) ((w - 28) * PANGO_SCALE));
  pango_layout_set_line_spacing (status, 1.4);
  pango_layout_set_markup (status, r->cover.cover_status, -1);
  h = stg_draw_text_height (status) + 24;
  if (cr != NULL)
    {
      fill_rect (cr, &callout_fill, x, y, w, h);
      fill_rect (cr, &navy, x, y, 4, h);
      show (cr, status, &ink, x + 18, y + 12);
    }
  y += h + 36;
  pango_layout_set_markup (marking, marking_markup, -1);
  box_w = MIN (w, stg_draw_text_width (marking) + 48);
  pango_layout_set_width (marking, (int) ((box_w - 24) * PANGO_SCALE));
  pango_layout_set_alignment (marking, PANGO_ALIGN_CENTER);
  box_h = stg_draw_text_height (marking) + 20;
  if (cr != NULL)
    {
      stg_draw_set_color (cr, &ink, 1.0);
      cairo_set_line_width (cr, 1.5);
      cairo_rectangle (cr, x + (w - box_w) / 2, y, box_w, box_h);
      cairo_stroke (cr);
      show (cr, marking, &ink, x + (w - box_w) / 2 + 12, y + 10);
    }
  y += box_h + 40;
  return y - y0;
}

/* Measuring */

static void
measure_paragraph (StgReport      *r,
                   StgReportBlock *b)
{
  PangoLayout *layout = styled (r, b->style, b->text, content_width (r), STG_ALIGN_LEFT);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  b->lines = g_array_new (FALSE, FALSE, sizeof (StgLineBox));
  do
    {
      PangoRectangle logical;
      StgLineBox box;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      box.top = (double) logical.y / PANGO_SCALE;
      box.height = (double) logical.height / PANGO_SCALE;
      box.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      g_array_append_val (b->lines, box);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  b->height = stg_draw_text_height (layout);
}

/* The height (or, at @width -1, the width) of a table cell's text. Tables
 * repeat their cells (a status, a term, a date, an actor) thousands of
 * times; shaping each once makes a large summary lay out faster. */
static double
cell_size (StgReport    *r,
           const char   *cell,
           double        width,
           StgCellAlign  align)
{
  g_autofree char *key = g_strdup_printf ("%d|%d|%s", (int) align, (int) (width * PANGO_SCALE), cell);
  double *size = g_hash_table_lookup (r->cell_sizes, key);
  PangoLayout *layout;

  if (size != NULL)
    return *size;
  layout = styled (r, STG_TEXT_SMALL, cell, width, align);
  size = g_new (double, 1);
  *size = width > 0 ? stg_draw_text_height (layout) : stg_draw_text_width (layout);
  g_hash_table_insert (r->cell_sizes, g_steal_pointer (&key), size);
  return *size;
}

static double
measure_cells (StgReport       *r,
               StgReportTable  *t,
               char           **cells)
{
  double width = content_width (r), height = 0;

  for (guint c = 0; c < t->n_columns; c++)
    if (cells[c] != NULL && *cells[c] != '\0')
      height = MAX (height, cell_size (r, cells[c], t->widths[c] * width - 2 * CELL_PAD_X, t->align[c]));
  return height + 2 * CELL_PAD_Y;
}

static char *
continued_caption (StgReportTable *t)
{
  /* Translators: after a table's caption on the pages it continues on */
  return g_strdup_printf ("%s <span weight='normal' style='italic'>%s</span>", t->caption, _("(continued)"));
}

/* Right-aligned columns hold numbers, which must never wrap ("46,027.|0"):
 * each is widened to its widest cell, and the room is taken from the text
 * columns, in proportion to their share, which wrap instead. */
static void
fit_number_columns (StgReport      *r,
                    StgReportTable *t)
{
  double width = content_width (r), needed = 0, text_share = 0, given;
  g_autofree double *growth = g_new0 (double, t->n_columns);

  for (guint c = 0; c < t->n_columns; c++)
    {
      double widest = 0;

      if (t->align[c] != STG_ALIGN_RIGHT)
        {
          text_share += t->shares[c];
          continue;
        }
      for (guint i = 0; i < t->rows->len; i++)
        {
          const char *cell = g_array_index (t->rows, StgReportRow, i).cells[c];

          if (cell != NULL && *cell != '\0')
            widest = MAX (widest, cell_size (r, cell, -1, STG_ALIGN_RIGHT));
        }
      growth[c] = MAX (0, (widest + 2 * CELL_PAD_X + 1) / width - t->shares[c]);
      needed += growth[c];
    }
  /* Text columns give up at most half their room; past that, numbers
   * get a fair part of what there is and wrap as before. */
  given = MIN (needed, text_share / 2);
  for (guint c = 0; c < t->n_columns; c++)
    if (t->align[c] == STG_ALIGN_RIGHT)
      t->widths[c] = t->shares[c] + (needed > 0 ? growth[c] * given / needed : 0);
    else
      t->widths[c] = t->shares[c] - (text_share > 0 ? given * t->shares[c] / text_share : 0);
}

static void
measure_table (StgReport      *r,
               StgReportBlock *b)
{
  StgReportTable *t = b->table;

  fit_number_columns (r, t);

  t->caption_height = 0;
  if (t->caption != NULL)
    {
      g_autofree char *longer = continued_caption (t);
      t->caption_height = stg_draw_text_height (styled (r, STG_TEXT_CAPTION, longer, content_width (r), STG_ALIGN_LEFT)) + 3;
    }
  t->header_height = measure_cells (r, t, t->headers);
  b->height = t->caption_height + t->header_height;
  for (guint i = 0; i < t->rows->len; i++)
    {
      StgReportRow *row = &g_array_index (t->rows, StgReportRow, i);
      row->height = measure_cells (r, t, row->cells);
      b->height += row->height;
    }
}

static guint
n_contents_entries (StgReport *r,
                    guint      section)
{
  return r->sections->len - 1 - section;
}

static void
measure (StgReport      *r,
         StgReportBlock *b)
{
  if (b->height >= 0)
    return;
  switch (b->kind)
    {
    case STG_BLOCK_HEADING:
      b->height = stg_draw_text_height (styled (r, b->style, b->text, content_width (r), STG_ALIGN_LEFT));
      if (b->style == STG_TEXT_H1)
        b->height += 6;
      break;
    case STG_BLOCK_PARAGRAPH:
      measure_paragraph (r, b);
      break;
    case STG_BLOCK_TABLE:
      measure_table (r, b);
      break;
    case STG_BLOCK_FIGURE:
      /* Room left for a heading and a line of introduction above it. */
      b->height = MIN (content_width (r) * b->aspect,
                       MIN ((body_bottom (r) - body_top (r)) * 0.8, body_bottom (r) - body_top (r) - 110));
      break;
    case STG_BLOCK_CONTENTS:
      b->height = n_contents_entries (r, b->section) * text_styles[STG_TEXT_BODY].size * 2.2;
      break;
    case STG_BLOCK_COVER:
      /* On a small page the cover is drawn smaller rather than cut. */
      b->height = MIN (cover_run (r, NULL, 0), body_bottom (r) - body_top (r));
      break;
    case STG_BLOCK_PAGE_BREAK:
      b->height = 0;
      break;
    }
}

/* The least of block @i that must come with the heading before it. */
static double
min_height (StgReport *r,
            guint      i,
            guint      depth)
{
  StgReportBlock *b;

  if (i >= r->blocks->len)
    return 0;
  b = block_at (r, i);
  measure (r, b);
  switch (b->kind)
    {
    case STG_BLOCK_PARAGRAPH:
      {
        StgLineBox *last = &g_array_index (b->lines, StgLineBox, MIN (b->lines->len, 2) - 1);

        if (b->keep_with_next && depth < 3)
          return b->height + text_styles[b->style].space_after + min_height (r, i + 1, depth + 1);
        return last->top + last->height;
      }
    case STG_BLOCK_TABLE:
      return b->table->caption_height + b->table->header_height +
             (b->table->rows->len > 0 ? g_array_index (b->table->rows, StgReportRow, 0).height : 0);
    case STG_BLOCK_HEADING:
      return b->height + text_styles[b->style].space_before + text_styles[b->style].space_after +
             (depth < 3 ? min_height (r, i + 1, depth + 1) : 0);
    case STG_BLOCK_PAGE_BREAK:
      return 0;
    default:
      return WHOLE_SPACE_BEFORE + b->height;
    }
}

/* Paginating */

void
stg_report_layout_clear (StgReport *report)
{
  for (guint i = 0; i < STG_N_TEXT_STYLES; i++)
    g_clear_object (&report->layouts[i]);
  g_clear_object (&report->pango);
  g_clear_pointer (&report->cell_sizes, g_hash_table_unref);
  g_clear_pointer (&report->placements, g_array_unref);
  g_clear_pointer (&report->pages, g_array_unref);
  report->laid_out = FALSE;
}

static StgReportPage *
current_page (StgReport *r)
{
  return &g_array_index (r->pages, StgReportPage, r->pages->len - 1);
}

static gboolean
page_empty (StgReport *r)
{
  return current_page (r)->n == 0;
}

static void
new_page (StgReport *r)
{
  StgReportPage page = { .first = r->placements->len, .n = 0, .section = r->section };

  g_array_append_val (r->pages, page);
  r->y = body_top (r);
}

/* Whether the table being placed goes on right under its own rows. */
static gboolean
continues_here (StgReport *r)
{
  return !page_empty (r) &&
         g_array_index (r->placements, StgPlacement, r->placements->len - 1).block == r->next_block;
}

static void
place (StgReport *r,
       guint      first,
       guint      last)
{
  StgPlacement p = { .block = r->next_block, .first = first, .last = last, .y = r->y, .no_head = continues_here (r) };

  g_array_append_val (r->placements, p);
  current_page (r)->n++;
}

static void
place_part (StgReport *r,
            guint      row,
            double     start,
            double     end)
{
  StgPlacement p = { .block = r->next_block, .first = row, .last = row + 1, .y = r->y,
                     .part_start = start, .part_end = end, .no_head = continues_here (r) };

  g_array_append_val (r->placements, p);
  current_page (r)->n++;
}

void
stg_report_layout_begin (StgReport *report,
                         double     width,
                         double     height)
{
  cairo_font_options_t *options;

  g_return_if_fail (report != NULL);
  g_return_if_fail (width > 0 && height > 0);

  stg_report_layout_clear (report);
  report->page_width = width;
  report->page_height = height;
  /* Unhinted metrics: the same line breaks on paper, in PDF and in the
   * print preview, whatever the cairo context drawn on. */
  report->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  report->cell_sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (report->pango, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (report->pango, FALSE);
  for (guint i = 0; i < STG_N_TEXT_STYLES; i++)
    {
      report->layouts[i] = new_layout (report, text_styles[i].size, text_styles[i].weight, text_styles[i].italic);
      if (i == STG_TEXT_BODY)
        pango_layout_set_line_spacing (report->layouts[i], 1.2);
    }
  for (guint i = 0; i < report->blocks->len; i++)
    {
      StgReportBlock *b = block_at (report, i);
      b->height = -1;
      g_clear_pointer (&b->lines, g_array_unref);
    }
  report->placements = g_array_new (FALSE, FALSE, sizeof (StgPlacement));
  report->pages = g_array_new (FALSE, FALSE, sizeof (StgReportPage));
  report->next_block = 0;
  report->next_item = 0;
  report->next_part = 0;
  report->section = 0;
  new_page (report);
}

static void
next_block (StgReport *r,
            double     space_after)
{
  r->next_block++;
  r->next_item = 0;
  r->next_part = 0;
  r->y += space_after;
}

static guint
step_heading (StgReport      *r,
              StgReportBlock *b)
{
  const TextStyle *ts = &text_styles[b->style];
  double body = body_bottom (r) - body_top (r);
  double before = page_empty (r) ? 0 : ts->space_before;

  /* A section starts on a new page unless most of this one is free. */
  if (!page_empty (r) && b->style == STG_TEXT_H1 && body_bottom (r) - r->y < body * 0.4)
    {
      new_page (r);
      return 0;
    }
  /* Never a heading alone at the foot of a page. */
  if (!page_empty (r) && r->y + before + b->height + ts->space_after + min_height (r, r->next_block + 1, 0) > body_bottom (r))
    {
      new_page (r);
      return 0;
    }
  if (b->style == STG_TEXT_H1)
    {
      StgReportSection *s = g_ptr_array_index (r->sections, b->section);

      r->section = b->section;
      s->page = r->pages->len - 1;
      if (page_empty (r))
        current_page (r)->section = b->section;
    }
  r->y += before;
  place (r, 0, 0);
  next_block (r, b->height + ts->space_after);
  return 1;
}

static guint
step_paragraph (StgReport      *r,
                StgReportBlock *b)
{
  guint n = b->lines->len, first = r->next_item, last = first;
  double top = g_array_index (b->lines, StgLineBox, first).top, bottom = top;

  if (b->keep_with_next && first == 0 && !page_empty (r) &&
      r->y + min_height (r, r->next_block, 0) > body_bottom (r))
    {
      new_page (r);
      return 0;
    }

  while (last < n)
    {
      StgLineBox *box = &g_array_index (b->lines, StgLineBox, last);
      if (r->y + box->top + box->height - top > body_bottom (r))
        break;
      bottom = box->top + box->height;
      last++;
    }
  /* No single line left behind at the foot or carried over to the head
   * of a page, when the page has room to avoid it. */
  if (!page_empty (r) && (last == first || (last - first < 2 && n - first >= 2)))
    {
      new_page (r);
      return 0;
    }
  if (last == first)
    last = first + 1;     /* a line taller than a page: overflow rather than loop */
  if (last < n && n - last == 1 && last - first >= 3)
    {
      last--;
      bottom = g_array_index (b->lines, StgLineBox, last - 1).top + g_array_index (b->lines, StgLineBox, last - 1).height;
    }
  place (r, first, last);
  if (last == n)
    next_block (r, bottom - top + text_styles[b->style].space_after);
  else
    {
      r->next_item = last;
      new_page (r);
    }
  return last - first;
}

/* The lowest line bottom of @cells' text between @start and @limit where
 * no cell has a line across: where a row taller than a page is cut. */
static double
row_cut (StgReport       *r,
         StgReportTable  *t,
         char           **cells,
         double           start,
         double           limit)
{
  double cut = start, width = content_width (r);
  gboolean moved = TRUE;

  for (guint c = 0; c < t->n_columns; c++)
    if (cells[c] != NULL && *cells[c] != '\0')
      {
        PangoLayoutIter *iter = pango_layout_get_iter (styled (r, STG_TEXT_SMALL, cells[c], t->widths[c] * width - 2 * CELL_PAD_X, t->align[c]));
        do
          {
            PangoRectangle line;
            pango_layout_iter_get_line_extents (iter, NULL, &line);
            if ((line.y + line.height) / (double) PANGO_SCALE <= limit)
              cut = MAX (cut, (line.y + line.height) / (double) PANGO_SCALE);
          }
        while (pango_layout_iter_next_line (iter));
        pango_layout_iter_free (iter);
      }
  /* No line of another cell may straddle the cut: move it up above one. */
  while (moved)
    {
      moved = FALSE;
      for (guint c = 0; c < t->n_columns; c++)
        if (cells[c] != NULL && *cells[c] != '\0')
          {
            PangoLayoutIter *iter = pango_layout_get_iter (styled (r, STG_TEXT_SMALL, cells[c], t->widths[c] * width - 2 * CELL_PAD_X, t->align[c]));
            do
              {
                PangoRectangle line;
                double top, bottom;

                pango_layout_iter_get_line_extents (iter, NULL, &line);
                top = line.y / (double) PANGO_SCALE;
                bottom = (line.y + line.height) / (double) PANGO_SCALE;
                if (top < cut - 0.5 && bottom > cut + 0.5 && top > start + 0.5)
                  {
                    cut = top;
                    moved = TRUE;
                  }
              }
            while (pango_layout_iter_next_line (iter));
            pango_layout_iter_free (iter);
          }
    }
  /* Always some progress, even past a single line taller than a page. */
  return cut > start + 0.5 ? cut : limit;
}

/* Places the next part of a row too tall for any page. */
static guint
step_tall_row (StgReport      *r,
               StgReportTable *t,
               StgReportRow   *row,
               double          head)
{
  double text = row->height - 2 * CELL_PAD_Y;
  double room = body_bottom (r) - r->y - head - 2 * CELL_PAD_Y;
  double end;

  /* Not a sliver at the foot of a page. */
  if (!page_empty (r) && room < (body_bottom (r) - body_top (r)) / 4)
    {
      new_page (r);
      return 0;
    }
  end = r->next_part + room >= text ? text : row_cut (r, t, row->cells, r->next_part, r->next_part + room);
  place_part (r, r->next_item, r->next_part, end);
  r->y += head + end - r->next_part + 2 * CELL_PAD_Y;
  if (end >= text)
    {
      r->next_item++;
      r->next_part = 0;
    }
  else
    {
      r->next_part = end;
      new_page (r);
    }
  return 1;
}

static guint
step_table (StgReport      *r,
            StgReportBlock *b)
{
  StgReportTable *t = b->table;
  guint n = t->rows->len, first = r->next_item, last = first;
  double head = continues_here (r) ? 0 : t->caption_height + t->header_height, h = head;
  double most = body_bottom (r) - body_top (r) - t->caption_height - t->header_height;

  if (first < n && (r->next_part > 0 || g_array_index (t->rows, StgReportRow, first).height > most))
    {
      guint placed = step_tall_row (r, t, &g_array_index (t->rows, StgReportRow, first), head);

      if (r->next_item == n)
        next_block (r, text_styles[STG_TEXT_SMALL].space_after);
      return placed;
    }
  while (last < n && g_array_index (t->rows, StgReportRow, last).height <= most &&
         r->y + h + g_array_index (t->rows, StgReportRow, last).height <= body_bottom (r))
    h += g_array_index (t->rows, StgReportRow, last++).height;
  if (last == first && n > 0)
    {
      if (!page_empty (r))
        {
          new_page (r);
          return 0;
        }
      h += g_array_index (t->rows, StgReportRow, last++).height;   /* not reached: split above */
    }
  place (r, first, last);
  if (last == n)
    next_block (r, h + text_styles[STG_TEXT_SMALL].space_after);
  else if (g_array_index (t->rows, StgReportRow, last).height > most)
    {
      /* A row too tall for any page goes on right under these. */
      r->next_item = last;
      r->y += h;
    }
  else
    {
      r->next_item = last;
      new_page (r);
    }
  return last - first + 1;
}

static guint
step_whole (StgReport      *r,
            StgReportBlock *b)
{
  double before = page_empty (r) ? 0 : WHOLE_SPACE_BEFORE;

  if (!page_empty (r) && r->y + before + b->height > body_bottom (r))
    {
      new_page (r);
      return 0;
    }
  r->y += before;
  place (r, 0, 0);
  next_block (r, b->height + 12);
  return 1;
}

gboolean
stg_report_layout_step (StgReport *report,
                        guint      budget)
{
  StgReport *r = report;
  guint done = 0;

  g_return_val_if_fail (report != NULL && report->pages != NULL, TRUE);

  while (r->next_block < r->blocks->len && done < MAX (budget, 1))
    {
      StgReportBlock *b = block_at (r, r->next_block);

      measure (r, b);
      switch (b->kind)
        {
        case STG_BLOCK_HEADING:
          done += step_heading (r, b);
          break;
        case STG_BLOCK_PARAGRAPH:
          done += step_paragraph (r, b);
          break;
        case STG_BLOCK_TABLE:
          done += step_table (r, b);
          break;
        case STG_BLOCK_PAGE_BREAK:
          if (!page_empty (r))
            new_page (r);
          next_block (r, 0);
          done++;
          break;
        default:
          done += step_whole (r, b);
          break;
        }
    }
  if (r->next_block < r->blocks->len)
    return FALSE;
  if (r->pages->len > 1 && page_empty (r))
    g_array_set_size (r->pages, r->pages->len - 1);
  r->laid_out = TRUE;
  return TRUE;
}

guint
stg_report_paginate (StgReport *report,
                     double     width,
                     double     height)
{
  g_return_val_if_fail (report != NULL, 0);

  stg_report_layout_begin (report, width, height);
  while (!stg_report_layout_step (report, 1000))
    ;
  return report->pages->len;
}

guint
stg_report_get_n_pages (StgReport *report)
{
  g_return_val_if_fail (report != NULL, 0);
  return report->laid_out ? report->pages->len : 0;
}

/* Drawing */

static void
draw_frame (StgReport *r,
            cairo_t   *cr,
            guint      page_nr)
{
  double x = margin_x (r), w = content_width (r), top = body_top (r), bottom = body_bottom (r);
  g_autoptr(PangoLayout) marking = new_layout (r, 9, PANGO_WEIGHT_BOLD, FALSE);
  g_autoptr(PangoLayout) head = new_layout (r, 7.5, PANGO_WEIGHT_NORMAL, FALSE);
  g_autoptr(PangoLayout) foot = new_layout (r, 7.5, PANGO_WEIGHT_NORMAL, FALSE);
  g_autofree char *marking_markup = g_markup_printf_escaped ("<span letter_spacing='1024'>%s</span>", r->classification);
  /* Translators: the foot of every page of a printed summary */
  g_autofree char *page_text = g_strdup_printf (_("Page %u of %u"), page_nr + 1, r->pages->len);
  StgReportPage *page = &g_array_index (r->pages, StgReportPage, page_nr);
  StgReportSection *section = g_ptr_array_index (r->sections, page->section);
  double mh;

  pango_layout_set_markup (marking, marking_markup, -1);
  pango_layout_set_width (marking, (int) (w * PANGO_SCALE));
  pango_layout_set_alignment (marking, PANGO_ALIGN_CENTER);
  mh = stg_draw_text_height (marking);
  show (cr, marking, &ink, x, MAX (8, top * 0.25));
  show (cr, marking, &ink, x, r->page_height - MAX (8, top * 0.25) - mh);

  /* The running head: the strategy's title, and the section. */
  pango_layout_set_text (head, r->title, -1);
  pango_layout_set_width (head, (int) (w * 0.62 * PANGO_SCALE));
  pango_layout_set_ellipsize (head, PANGO_ELLIPSIZE_END);
  show (cr, head, &muted, x, top - 10 - stg_draw_text_height (head) - 4);
  if (section->title != NULL && page_nr > 0)
    {
      pango_layout_set_text (head, section->title, -1);
      pango_layout_set_width (head, (int) (w * 0.36 * PANGO_SCALE));
      pango_layout_set_alignment (head, PANGO_ALIGN_RIGHT);
      show (cr, head, &muted, x + w * 0.64, top - 10 - stg_draw_text_height (head) - 4);
    }
  hline (cr, &navy, 0.6, x, x + w, top - 10);

  hline (cr, &navy, 0.6, x, x + w, bottom + 12);
  pango_layout_set_text (foot, r->footer_left, -1);
  pango_layout_set_width (foot, (int) (w * 0.7 * PANGO_SCALE));
  pango_layout_set_ellipsize (foot, PANGO_ELLIPSIZE_END);
  show (cr, foot, &muted, x, bottom + 16);
  pango_layout_set_text (foot, page_text, -1);
  pango_layout_set_width (foot, (int) (w * 0.3 * PANGO_SCALE));
  pango_layout_set_alignment (foot, PANGO_ALIGN_RIGHT);
  show (cr, foot, &ink, x + w * 0.7, bottom + 16);
}

static void
draw_paragraph (StgReport          *r,
                cairo_t            *cr,
                StgReportBlock     *b,
                const StgPlacement *p)
{
  PangoLayout *layout = styled (r, b->style, b->text, content_width (r), STG_ALIGN_LEFT);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double top = g_array_index (b->lines, StgLineBox, p->first).top;
  guint i = 0;

  stg_draw_set_color (cr, &text_styles[b->style].color, 1.0);
  do
    {
      if (i >= p->first && i < p->last)
        {
          PangoRectangle logical;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, margin_x (r) + (double) logical.x / PANGO_SCALE,
                         p->y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      i++;
    }
  while (i < p->last && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* The lines of @layout from @start to @end of its text, at (@x, @y). */
static void
show_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       y,
            double       start,
            double       end)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  stg_draw_set_color (cr, &ink, 1.0);
  do
    {
      PangoRectangle line;
      double top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &line);
      top = line.y / (double) PANGO_SCALE;
      bottom = (line.y + line.height) / (double) PANGO_SCALE;
      if (top >= start - 0.5 && (bottom <= end + 0.5 || top < start + 0.5))
        {
          cairo_move_to (cr, x + line.x / (double) PANGO_SCALE,
                         y + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE - start);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* A row's cells at @y; with @end > 0, only the part of their text from
 * @start to @end. */
static void
draw_cells (StgReport       *r,
            cairo_t         *cr,
            StgReportTable  *t,
            char           **cells,
            double           y,
            double           start,
            double           end)
{
  double x = margin_x (r), width = content_width (r);

  for (guint c = 0; c < t->n_columns; c++)
    {
      double cw = t->widths[c] * width;

      if (cells[c] != NULL && *cells[c] != '\0')
        {
          PangoLayout *layout = styled (r, STG_TEXT_SMALL, cells[c], cw - 2 * CELL_PAD_X, t->align[c]);

          if (end > 0)
            show_lines (cr, layout, x + CELL_PAD_X, y + CELL_PAD_Y, start, end);
          else
            show (cr, layout, &ink, x + CELL_PAD_X, y + CELL_PAD_Y);
        }
      x += cw;
    }
}

static void
draw_table (StgReport          *r,
            cairo_t            *cr,
            StgReportBlock     *b,
            const StgPlacement *p)
{
  StgReportTable *t = b->table;
  double x = margin_x (r), w = content_width (r), y = p->y;

  if (!p->no_head)
    {
      if (t->caption != NULL)
        {
          g_autofree char *longer = p->first > 0 || p->part_start > 0 ? continued_caption (t) : NULL;
          show (cr, styled (r, STG_TEXT_CAPTION, longer != NULL ? longer : t->caption, w, STG_ALIGN_LEFT), &navy, x, y);
          y += t->caption_height;
        }
      fill_rect (cr, &header_fill, x, y, w, t->header_height);
      draw_cells (r, cr, t, t->headers, y, 0, 0);
      y += t->header_height;
      hline (cr, &navy, 0.8, x, x + w, y);
    }
  for (guint i = p->first; i < p->last; i++)
    {
      StgReportRow *row = &g_array_index (t->rows, StgReportRow, i);
      double height = p->part_end > 0 ? p->part_end - p->part_start + 2 * CELL_PAD_Y : row->height;

      if (i % 2 == 1 && !(row->flags & STG_ROW_TOTAL))
        fill_rect (cr, &zebra_fill, x, y, w, height);
      if (row->flags & STG_ROW_TOTAL)
        hline (cr, &navy, 0.6, x, x + w, y);
      draw_cells (r, cr, t, row->cells, y, p->part_start, p->part_end);
      y += height;
      hline (cr, &rule, 0.4, x, x + w, y);
    }
}

static void
draw_contents (StgReport          *r,
               cairo_t            *cr,
               StgReportBlock     *b,
               const StgPlacement *p)
{
  double x = margin_x (r), w = content_width (r), line = text_styles[STG_TEXT_BODY].size * 2.2;
  g_autoptr(PangoLayout) entry = new_layout (r, 11, PANGO_WEIGHT_NORMAL, FALSE);
  g_autoptr(PangoLayout) number = new_layout (r, 11, PANGO_WEIGHT_NORMAL, FALSE);
  double y = p->y;

  pango_layout_set_width (entry, (int) (w * 0.8 * PANGO_SCALE));
  pango_layout_set_ellipsize (entry, PANGO_ELLIPSIZE_END);
  for (guint s = b->section + 1; s < r->sections->len; s++, y += line)
    {
      StgReportSection *section = g_ptr_array_index (r->sections, s);
      g_autofree char *page = g_strdup_printf ("%u", section->page + 1);
      g_autofree char *link = g_strdup_printf ("page=%u pos=[%g %g]", section->page + 1, x, body_top (r));
      double middle, tw, nw;

      pango_layout_set_text (entry, section->title, -1);
      pango_layout_set_text (number, page, -1);
      tw = stg_draw_text_width (entry);
      nw = stg_draw_text_width (number);
      middle = stg_draw_first_line_middle (entry);
      cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
      show (cr, entry, &ink, x, y);
      show (cr, number, &ink, x + w - nw, y);
      cairo_tag_end (cr, CAIRO_TAG_LINK);
      /* A dotted leader from the title to its page. */
      stg_draw_set_color (cr, &muted, 1.0);
      cairo_set_line_width (cr, 0.8);
      cairo_set_dash (cr, (double[]) { 0.8, 3.2 }, 2, 0);
      cairo_move_to (cr, x + tw + 6, y + middle + 3);
      cairo_line_to (cr, x + w - nw - 6, y + middle + 3);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

static void
draw_figure (StgReport          *r,
             cairo_t            *cr,
             StgReportBlock     *b,
             const StgPlacement *p)
{
  StgChartStyle style;

  stg_chart_style_init_default (&style);
  style.font_family = STG_REPORT_FONT;
  style.font_size = 8.5;
  style.background.alpha = 0;
  cairo_save (cr);
  cairo_translate (cr, margin_x (r), p->y);
  if (b->figure == STG_FIGURE_HEATMAP)
    stg_heatmap_draw (cr, content_width (r), b->height, r->heatmap, &style);
  else
    stg_chart_draw_budget (cr, content_width (r), b->height, r->budget, &style);
  cairo_restore (cr);
}

static void
draw_cover (StgReport          *r,
            cairo_t            *cr,
            StgReportBlock     *b,
            const StgPlacement *p)
{
  double natural = cover_run (r, NULL, 0), scale = b->height / natural;

  cairo_save (cr);
  if (scale < 1)
    {
      /* Shrunk about the middle of the text area's top edge. */
      cairo_translate (cr, r->page_width / 2, p->y);
      cairo_scale (cr, scale, scale);
      cairo_translate (cr, -r->page_width / 2, -p->y);
    }
  cover_run (r, cr, p->y);
  cairo_restore (cr);
}

static void
draw_placement (StgReport          *r,
                cairo_t            *cr,
                const StgPlacement *p)
{
  StgReportBlock *b = block_at (r, p->block);

  switch (b->kind)
    {
    case STG_BLOCK_HEADING:
      show (cr, styled (r, b->style, b->text, content_width (r), STG_ALIGN_LEFT), &text_styles[b->style].color,
            margin_x (r), p->y);
      if (b->style == STG_TEXT_H1)
        hline (cr, &navy, 1.2, margin_x (r), margin_x (r) + content_width (r), p->y + b->height - 2);
      break;
    case STG_BLOCK_PARAGRAPH:
      draw_paragraph (r, cr, b, p);
      break;
    case STG_BLOCK_TABLE:
      draw_table (r, cr, b, p);
      break;
    case STG_BLOCK_FIGURE:
      draw_figure (r, cr, b, p);
      break;
    case STG_BLOCK_CONTENTS:
      draw_contents (r, cr, b, p);
      break;
    case STG_BLOCK_COVER:
      draw_cover (r, cr, b, p);
      break;
    case STG_BLOCK_PAGE_BREAK:
      break;
    }
}

void
stg_report_draw_page (StgReport *report,
                      cairo_t   *cr,
                      guint      page_nr)
{
  StgReportPage *page;

  g_return_if_fail (report != NULL && cr != NULL);
  g_return_if_fail (report->laid_out && page_nr < report->pages->len);

  page = &g_array_index (report->pages, StgReportPage, page_nr);
  cairo_save (cr);
  draw_frame (report, cr, page_nr);
  for (guint i = 0; i < page->n; i++)
    draw_placement (report, cr, &g_array_index (report->placements, StgPlacement, page->first + i));
  cairo_restore (cr);
}

/* PDF */

typedef struct {
  FILE     *file;
  gboolean  failed;
} Sink;

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  if (fwrite (data, 1, length, sink->file) != length)
    {
      sink->failed = TRUE;
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
add_outline (StgReport        *r,
             cairo_surface_t  *surface)
{
  for (guint s = 1; s < r->sections->len; s++)
    {
      StgReportSection *section = g_ptr_array_index (r->sections, s);
      g_autofree char *link = g_strdup_printf ("page=%u pos=[%g %g]", section->page + 1, margin_x (r), body_top (r));

      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, section->title, link, 0);
    }
}

static gboolean
render_pdf (StgReport  *r,
            Sink       *sink,
            double      width,
            double      height,
            GError    **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (sink_write, sink, width, height);
  g_autofree char *creator = g_strdup_printf ("Strategos %s", PACKAGE_VERSION);
  cairo_status_t status;
  cairo_t *cr;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, r->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, r->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cr = cairo_create (surface);
  for (guint i = 0; i < r->pages->len; i++)
    {
      stg_report_draw_page (r, cr, i);
      cairo_show_page (cr);
    }
  add_outline (r, surface);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS || sink->failed)
    {
      g_set_error (error, STG_REPORT_ERROR, STG_REPORT_ERROR_WRITE, "%s",
                   sink->failed ? g_strerror (errno) : cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
stg_report_write_pdf (StgReport   *report,
                      const char  *path,
                      StgPaper     paper,
                      GError     **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local = NULL;
  Sink sink = { 0 };
  double width, height;
  int fd, saved;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  name = g_filename_display_name (path);
  stg_paper_get_size (paper, &width, &height);
  stg_report_paginate (report, width, height);
  tmp = g_strdup_printf ("%s.XXXXXX", path);
  if ((fd = g_mkstemp_full (tmp, O_WRONLY, 0644)) < 0 || (sink.file = fdopen (fd, "wb")) == NULL)
    {
      saved = errno;
      if (fd >= 0)
        {
          close (fd);
          g_unlink (tmp);
        }
      g_set_error (error, STG_REPORT_ERROR, STG_REPORT_ERROR_WRITE, _("Could not write “%s”: %s"), name, g_strerror (saved));
      return FALSE;
    }
  if (!render_pdf (report, &sink, width, height, &local) ||
      fflush (sink.file) != 0 || fsync (fileno (sink.file)) != 0)
    {
      saved = errno;
      fclose (sink.file);
      g_unlink (tmp);
      g_set_error (error, STG_REPORT_ERROR, STG_REPORT_ERROR_WRITE, _("Could not write “%s”: %s"), name,
                   local != NULL ? local->message : g_strerror (saved));
      return FALSE;
    }
  if (fclose (sink.file) != 0 || g_rename (tmp, path) != 0)
    {
      saved = errno;
      g_unlink (tmp);
      g_set_error (error, STG_REPORT_ERROR, STG_REPORT_ERROR_WRITE, _("Could not write “%s”: %s"), name, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
