/* stg-report.h: review summaries of a strategy, laid out on pages for paper and PDF */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "stg-store.h"

G_BEGIN_DECLS

/**
 * StgReportError:
 * @STG_REPORT_ERROR_NO_SUCH_ACTOR: the actor asked for is not in the strategy
 * @STG_REPORT_ERROR_INVALID: an option that is not understood (a section
 *   name, a paper size)
 * @STG_REPORT_ERROR_WRITE: the PDF could not be written
 */
typedef enum {
  STG_REPORT_ERROR_NO_SUCH_ACTOR,
  STG_REPORT_ERROR_INVALID,
  STG_REPORT_ERROR_WRITE,
} StgReportError;

#define STG_REPORT_ERROR (stg_report_error_quark ())
GQuark stg_report_error_quark (void);

/* The sections of a review summary, printed in this order. */
typedef enum {
  STG_REPORT_COVER        = 1 << 0,
  STG_REPORT_CONTENTS     = 1 << 1,
  STG_REPORT_INTERESTS    = 1 << 2,
  STG_REPORT_THREATS      = 1 << 3,
  STG_REPORT_ROLES        = 1 << 4,
  STG_REPORT_OBJECTIVES   = 1 << 5,
  STG_REPORT_CAPABILITIES = 1 << 6,
  STG_REPORT_BUDGET       = 1 << 7,
  STG_REPORT_GAPS         = 1 << 8,
  /* What changed since a version; printed only when one is given. */
  STG_REPORT_CHANGES      = 1 << 9,
  STG_REPORT_ALL          = (1 << 10) - 1,
} StgReportSections;

typedef enum {
  STG_PAPER_A4,
  STG_PAPER_LETTER,
} StgPaper;

/**
 * StgReportOptions:
 * @sections: the sections to print; 0 for all
 * @actor: print one actor's part (its name or abbreviation, any case):
 *   the objectives it leads, its budget and the gaps concerning them;
 *   NULL for the whole strategy
 * @since: a version (name or id, as stg_store_find_version() takes it):
 *   adds "Changes since" and marks the objectives added or changed since
 *   then; NULL for none
 * @today: ISO date of the summary (deadlines passed, the cover's date);
 *   NULL for the local calendar's today
 */
typedef struct {
  StgReportSections  sections;
  const char        *actor;
  const char        *since;
  const char        *today;
} StgReportOptions;

typedef struct _StgReport StgReport;

/* Reads what the summary shows from @store (on the thread that uses it).
 * Fails with STG_REPORT_ERROR_NO_SUCH_ACTOR, STG_STORE_ERROR_NO_SUCH_ITEM
 * for an unknown version, STG_DATE_ERROR for a bad @today, or the store's
 * error. The report holds no reference to @store afterwards. */
StgReport  *stg_report_new              (StgStore                *store,
                                         const StgReportOptions  *options,
                                         GError                 **error);
void        stg_report_free             (StgReport               *report);
/* The strategy's title and a subject line, for a PDF's metadata or a
 * print job's name. */
const char *stg_report_get_title        (StgReport               *report);
const char *stg_report_get_subject      (StgReport               *report);

/* "cover,objectives,budget" (names as in StgReportSections, lower case,
 * "all" for all) into a mask; FALSE with STG_REPORT_ERROR_INVALID naming
 * the word it does not know. */
gboolean    stg_report_parse_sections   (const char              *text,
                                         StgReportSections       *sections,
                                         GError                 **error);
/* "a4" or "letter", any case. */
gboolean    stg_paper_parse             (const char              *text,
                                         StgPaper                *paper,
                                         GError                 **error);
/* The paper's size in points (1/72 inch), portrait. */
void        stg_paper_get_size          (StgPaper                 paper,
                                         double                  *width,
                                         double                  *height);

/* Lays the summary out on pages of @width x @height points (portrait or
 * landscape, any size from A6 up): begin, then steps until a step returns
 * TRUE. A step places about @budget rows or paragraphs, so that a window
 * printing a long strategy stays responsive. Laying out again (another
 * paper) starts over. */
void        stg_report_layout_begin     (StgReport               *report,
                                         double                   width,
                                         double                   height);
gboolean    stg_report_layout_step      (StgReport               *report,
                                         guint                    budget);
/* Both at once; returns the number of pages. */
guint       stg_report_paginate         (StgReport               *report,
                                         double                   width,
                                         double                   height);
/* After layout: how many pages, and page @page (from 0) drawn on @cr,
 * whose user space is the page in points with its origin at the top left
 * corner of the paper. */
guint       stg_report_get_n_pages      (StgReport               *report);
void        stg_report_draw_page        (StgReport               *report,
                                         cairo_t                 *cr,
                                         guint                    page);

/* Lays out and writes the summary as a PDF at @path (whole or not at all:
 * written beside it, then renamed into place), with the title and subject
 * in its metadata and the sections as bookmarks. */
gboolean    stg_report_write_pdf        (StgReport               *report,
                                         const char              *path,
                                         StgPaper                 paper,
                                         GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StgReport, stg_report_free)

G_END_DECLS
