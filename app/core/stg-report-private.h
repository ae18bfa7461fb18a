/* stg-report-private.h: a review summary as a flow of blocks, shared by its builder and its layout */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "strategos/stg-budget.h"
#include "strategos/stg-heatmap.h"
#include "strategos/stg-report.h"

G_BEGIN_DECLS

/*
 * stg-report.c reads the strategy into a flow of blocks (headings,
 * paragraphs, tables, figures); stg-report-layout.c measures them at the
 * page's width, places them on pages and draws a page on demand. Text is
 * Pango markup, escaped when it comes from the file.
 */

typedef enum {
  STG_BLOCK_HEADING,     /* level 1 starts a section (contents, bookmarks) */
  STG_BLOCK_PARAGRAPH,
  STG_BLOCK_TABLE,
  STG_BLOCK_FIGURE,
  STG_BLOCK_CONTENTS,
  STG_BLOCK_COVER,       /* the cover's title block */
  STG_BLOCK_PAGE_BREAK,
} StgBlockKind;

typedef enum {
  STG_TEXT_BODY,
  STG_TEXT_SMALL,
  STG_TEXT_NOTE,         /* small, grey: explanations under a table */
  STG_TEXT_H1,
  STG_TEXT_H2,
  STG_TEXT_H3,
  STG_TEXT_CALLOUT,      /* boxed: the cover's status */
  STG_TEXT_CAPTION,      /* a table's caption */
  STG_N_TEXT_STYLES
} StgTextStyle;

typedef enum {
  STG_FIGURE_HEATMAP,
  STG_FIGURE_BUDGET_CHART,
} StgFigureKind;

typedef enum {
  STG_ALIGN_LEFT,
  STG_ALIGN_RIGHT,
} StgCellAlign;

typedef enum {
  STG_ROW_PLAIN = 0,
  STG_ROW_TOTAL = 1 << 0,    /* bold, ruled above */
} StgRowFlags;

typedef struct {
  char        **cells;      /* n_columns markup strings */
  StgRowFlags   flags;
  double        height;     /* measured */
} StgReportRow;

typedef struct {
  char          *caption;   /* markup; NULL for none */
  guint          n_columns;
  char         **headers;
  double        *shares;    /* asked-for shares of the width, adding up to 1 */
  double        *widths;    /* laid-out shares: numbers fitted on one line */
  StgCellAlign  *align;
  GArray        *rows;      /* StgReportRow */
  double         header_height;
  double         caption_height;
} StgReportTable;

typedef struct {
  StgBlockKind     kind;
  StgTextStyle     style;
  char            *text;      /* markup: heading, paragraph */
  guint            section;   /* index into the report's sections */
  StgReportTable  *table;
  StgFigureKind    figure;
  double           aspect;    /* a figure's height over its width */
  gboolean         keep_with_next;  /* a paragraph introducing a figure */
  /* measured */
  double           height;
  GArray          *lines;     /* paragraph: StgLineBox per line */
} StgReportBlock;

typedef struct {
  double top;         /* from the paragraph's top */
  double height;
  double baseline;
} StgLineBox;

typedef struct {
  char  *title;       /* plain text */
  guint  page;        /* where its heading landed, from 0 */
} StgReportSection;

/* One block, or the part of it, on a page. */
typedef struct {
  guint  block;
  guint  first;       /* table rows or paragraph lines [first, last) */
  guint  last;
  double y;
  /* A table row taller than a page is split at its lines: this placement
   * shows row @first alone, from @part_start to @part_end of its text
   * (both 0 when the rows are whole). */
  double part_start;
  double part_end;
  /* Goes on right under the same table's placement above it: no caption
   * and header again. */
  gboolean no_head;
} StgPlacement;

typedef struct {
  guint first;        /* into placements */
  guint n;
  guint section;
} StgReportPage;

typedef struct {
  char             *cover_title;
  char             *cover_subtitle;
  char             *cover_meta;      /* markup, several lines */
  char             *cover_status;    /* markup */
} StgReportCover;

struct _StgReport
{
  char            *title;
  char            *subject;
  char            *classification;
  char            *footer_left;      /* version or date */
  GArray          *blocks;           /* StgReportBlock */
  GPtrArray       *sections;         /* StgReportSection */
  StgReportCover   cover;
  StgHeatmapData  *heatmap;
  StgBudgetTable  *budget;           /* by actor, for the chart */

  /* layout */
  PangoContext    *pango;
  PangoLayout     *layouts[STG_N_TEXT_STYLES];
  GHashTable      *cell_sizes;       /* "width|text" -> measured size */
  double           page_width;
  double           page_height;
  GArray          *placements;       /* StgPlacement */
  GArray          *pages;            /* StgReportPage */
  guint            next_block;
  guint            next_item;        /* row or line within it */
  double           next_part;        /* where a split row goes on */
  double           y;
  guint            section;
  gboolean         laid_out;
};

void            stg_report_block_clear (StgReportBlock *block);
void            stg_report_layout_clear (StgReport     *report);
/* The family the summary is set in (metric-compatible with Arial; Debian's
 * fonts-liberation2, which build-aux/setup-deps installs), then fallbacks. */
#define STG_REPORT_FONT "Liberation Sans,DejaVu Sans,Sans"

G_END_DECLS
