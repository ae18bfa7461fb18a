/* stg-csv.h: budget tables out to spreadsheets, budget lines back in */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "stg-budget.h"
#include "stg-store.h"

G_BEGIN_DECLS

/**
 * StgCsvError:
 * @STG_CSV_ERROR_REFUSED: an import refused one or more rows (see the
 *   problems list); nothing was imported
 * @STG_CSV_ERROR_FORMAT: the file is not a CSV table this importer reads
 *   (no header, missing column, not UTF-8...)
 * @STG_CSV_ERROR_IO: reading or writing failed
 */
typedef enum {
  STG_CSV_ERROR_REFUSED,
  STG_CSV_ERROR_FORMAT,
  STG_CSV_ERROR_IO,
} StgCsvError;

#define STG_CSV_ERROR (stg_csv_error_quark ())
GQuark stg_csv_error_quark (void);

typedef enum {
  STG_CSV_PLANNED = 1 << 0,
  STG_CSV_ACTUAL = 1 << 1,
  STG_CSV_BOTH = STG_CSV_PLANNED | STG_CSV_ACTUAL,
} StgCsvMeasures;

typedef struct {
  char            delimiter;     /* ',', ';' or '\t' */
  char            decimal_mark;  /* '.' or ',' (never the delimiter) */
  gboolean        bom;           /* start with a UTF-8 byte order mark */
  StgCsvMeasures  measures;      /* pivot tables: which amounts */
} StgCsvOptions;

/* The defaults of a locale: nl_BE, fr_BE, de_BE (and other locales whose
 * decimal mark is ','): ';' and ','; en and C: ',' and '.'. No BOM, both
 * measures. @locale_name NULL means the current LC_NUMERIC locale. */
void     stg_csv_options_for_locale (const char      *locale_name,
                                     StgCsvOptions   *options);

/* The machine table, one row per budget line, with these stable,
 * untranslated columns:
 *   id,objective_id,objective,actor_id,actor,year,category,
 *   funding_source,planned,actual
 * amounts as plain numbers in the currency's units ("1234567.89" with
 * the options' decimal mark, no grouping; an unreported actual is empty).
 * Written to @stream as it is read, in constant memory. */
gboolean stg_csv_write_lines        (StgStore        *store,
                                     GOutputStream   *stream,
                                     const StgCsvOptions *options,
                                     GCancellable    *cancellable,
                                     GError         **error);
/* A pivot table for people: translated headers, one row per row of
 * @table (its label first), per year the measures asked for (and, with
 * both, the variance), a total column and a total row. */
gboolean stg_csv_write_table        (StgBudgetTable  *table,
                                     GOutputStream   *stream,
                                     const StgCsvOptions *options,
                                     GCancellable    *cancellable,
                                     GError         **error);

/* What export-csv --table names. */
typedef enum {
  STG_CSV_TABLE_LINES,
  STG_CSV_TABLE_BY_ACTOR,
  STG_CSV_TABLE_BY_OBJECTIVE,
  STG_CSV_TABLE_BY_CAPABILITY,
  STG_CSV_TABLE_BY_SOURCE,
} StgCsvTable;

/* Writes table @which of @store to @path whole or not at all (a temporary
 * file beside it, renamed into place). */
gboolean stg_csv_export             (StgStore        *store,
                                     StgCsvTable      which,
                                     const char      *path,
                                     const StgCsvOptions *options,
                                     GCancellable    *cancellable,
                                     GError         **error);

/* One refused row of an import. */
typedef struct {
  guint  line;      /* 1 is the header */
  char  *column;    /* the column's name, or NULL for the whole row */
  char  *message;   /* why, for a person */
} StgCsvProblem;

void     stg_csv_problem_free       (StgCsvProblem   *problem);

/* Adds the budget lines of a lines table (as written above, or a
 * spreadsheet's re-save of it: ',' ';' or tab, with or without BOM, CRLF
 * or LF, quoted or not, '.' or ',' decimals) to @store: all in one
 * transaction and one undo step, or none. Objectives and actors are
 * matched by id, else by exact title/name. On any refused row it imports
 * nothing, fills @problems (StgCsvProblem, every refused row) and fails
 * with STG_CSV_ERROR_REFUSED. *@n_imported gets the count on success. */
gboolean stg_csv_import_lines       (StgStore        *store,
                                     const char      *path,
                                     GPtrArray      **problems,
                                     guint           *n_imported,
                                     GCancellable    *cancellable,
                                     GError         **error);

G_END_DECLS
