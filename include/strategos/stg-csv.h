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

/*
 * Every table is RFC 4180: CRLF after each row, a cell quoted only when it
 * holds the delimiter, a quote, CR or LF or starts or ends with a space or
 * tab, quotes doubled, UTF-8 (with a byte order mark if asked). A text
 * cell that a spreadsheet would take for a formula (it starts with = + -
 * @ tab CR or LF, possibly after apostrophes) gets one more leading
 * apostrophe (OWASP); numbers are never altered. Failures to write are
 * STG_CSV_ERROR_IO; a cancellation is G_IO_ERROR_CANCELLED.
 */

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
/* A pivot table for people: translated headers ("Actor", "2027 planned",
 * "2027 actual", "2027 variance", ..., "Total planned"...), one row per
 * row of @table (its label first), per year the measures asked for (and,
 * with both, the variance), a total column and a "Total" row. An actual
 * that no line behind the cell reports, and so its variance, is empty. */
gboolean stg_csv_write_table        (StgBudgetTable  *table,
                                     GOutputStream   *stream,
                                     const StgCsvOptions *options,
                                     GCancellable    *cancellable,
                                     GError         **error);

/* Appends @text to @out as one CSV text field: guarded against formula
 * injection (a leading ' before = + - @ tab CR LF) and quoted when it
 * needs to be, for other writers of CSV (check --format csv). */
void     stg_csv_append_text        (GString         *out,
                                     const char      *text,
                                     char             delimiter);

/* What export-csv --table names. */
typedef enum {
  STG_CSV_TABLE_LINES,
  STG_CSV_TABLE_BY_ACTOR,
  STG_CSV_TABLE_BY_OBJECTIVE,
  STG_CSV_TABLE_BY_CAPABILITY,
  STG_CSV_TABLE_BY_SOURCE,
} StgCsvTable;

/* Writes table @which of @store to @stream (the lines, or a budget table
 * computed for the purpose). */
gboolean stg_csv_write              (StgStore        *store,
                                     StgCsvTable      which,
                                     GOutputStream   *stream,
                                     const StgCsvOptions *options,
                                     GCancellable    *cancellable,
                                     GError         **error);

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
 * spreadsheet's re-save of it) to @store: all in one transaction and one
 * undo step ("Import budget lines from “FILE”"), or none.
 *
 * What it reads: the delimiter (',' ';' or tab) that the first line holds
 * most often; with or without a UTF-8 BOM; CRLF, LF or CR line ends;
 * quoted or not (spaces around an unquoted cell are ignored). The first
 * line names the columns, in any order and any case: objective_id or
 * objective, actor_id or actor, year and planned are required; category
 * (default "operations"), funding_source and actual (empty: not reported)
 * are optional; "id" and unknown columns are ignored, and new lines get
 * new ids. Rows whose cells are all empty are skipped.
 *
 * Objectives and actors are matched by id when the id cell is not empty
 * (a title or name beside it must then be the same, else the row is
 * refused rather than guessed), else by exact title or name (refused when
 * several share it). The apostrophe the formula guard adds is taken away.
 *
 * Amounts have no thousands separators; the one '.' is the decimal mark,
 * and, when the delimiter is not ',', so is the one ','. "1.234" is thus
 * 1.234, refused for having more decimals than the currency, never 1234;
 * a cell with both marks is refused. Negative amounts are refused.
 *
 * Every row is checked and every problem collected, each with its
 * physical line (1 is the header; line breaks inside quoted cells count).
 * On any refused row it imports nothing, leaves the file as it was, sets
 * *@problems (StgCsvProblem) and fails with STG_CSV_ERROR_REFUSED ("12
 * rows refused; nothing was imported"). A first line without a required
 * column fails with STG_CSV_ERROR_FORMAT and a problem on line 1 per
 * missing column; an empty file, UTF-16 text or a duplicated column with
 * STG_CSV_ERROR_FORMAT alone; an unreadable file with STG_CSV_ERROR_IO.
 * *@problems is NULL when there is no problem to report. *@n_imported
 * gets the count on success, 0 otherwise. */
gboolean stg_csv_import_lines       (StgStore        *store,
                                     const char      *path,
                                     GPtrArray      **problems,
                                     guint           *n_imported,
                                     GCancellable    *cancellable,
                                     GError         **error);

G_END_DECLS
