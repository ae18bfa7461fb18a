/* stg-csv.c: budget tables out to spreadsheets as CSV, budget lines back in */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-csv"

#include "config.h"

#include "strategos/stg-csv.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "strategos/stg-date.h"
#include "strategos/stg-money.h"
#include "stg-store-private.h"

/*
 * Writing follows RFC 4180 (CRLF after every row, a field quoted only when
 * it holds the delimiter, a quote, CR or LF, or starts or ends with a
 * space; quotes doubled) in UTF-8, and OWASP's advice against formula
 * injection: a text cell that a spreadsheet would read as a formula gets a
 * leading apostrophe. Numbers are written as plain numbers and never
 * touched by that guard.
 *
 * Reading goes through libcsv, one 64 KiB block at a time, and validates
 * each row as it is read, in a thread of its own, while the caller's
 * thread inserts the rows checked so far: a million lines need neither
 * two passes nor the whole file in memory.
 */

G_DEFINE_QUARK (stg-csv-error-quark, stg_csv_error)

/* Rows are built in one buffer and handed to the stream in blocks: one
 * write per 64 KiB rather than one per field. */
#define BLOCK_SIZE (64 * 1024)

static const char utf8_bom[] = "\xEF\xBB\xBF";

void
stg_csv_problem_free (StgCsvProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->column);
  g_free (problem->message);
  g_free (problem);
}

void
stg_csv_options_for_locale (const char    *locale_name,
                            StgCsvOptions *options)
{
  StgNumberFormat format;

  g_return_if_fail (options != NULL);

  format = locale_name != NULL ? stg_number_format_for_locale (locale_name)
                               : stg_number_format_current ();
  /* A spreadsheet in a locale with a decimal comma splits CSV on ';'. */
  options->delimiter = format.decimal_mark == ',' ? ';' : ',';
  options->decimal_mark = format.decimal_mark == ',' ? ',' : '.';
  options->bom = FALSE;
  options->measures = STG_CSV_BOTH;
}

static gboolean
options_valid (const StgCsvOptions *options)
{
  return options != NULL
         && (options->delimiter == ',' || options->delimiter == ';' || options->delimiter == '\t')
         && (options->decimal_mark == '.' || options->decimal_mark == ',')
         && options->decimal_mark != options->delimiter;
}

/* Writing */

typedef struct {
  GOutputStream *stream;
  GCancellable  *cancellable;
  GString       *buffer;
  char           delimiter;
  char           decimal_mark;
  guint          decimals;
  gboolean       row_started;
} CsvWriter;

static void
writer_init (CsvWriter           *w,
             GOutputStream       *stream,
             const StgCsvOptions *options,
             guint                decimals,
             GCancellable        *cancellable)
{
  w->stream = stream;
  w->cancellable = cancellable;
  w->buffer = g_string_sized_new (BLOCK_SIZE + 4096);
  w->decimal_mark = options->decimal_mark;
  w->delimiter = options->delimiter;
  w->decimals = decimals;
  w->row_started = FALSE;
  if (options->bom)
    g_string_append (w->buffer, utf8_bom);
}

static void
writer_clear (CsvWriter *w)
{
  g_string_free (w->buffer, TRUE);
}

/* Stream errors become STG_CSV_ERROR_IO; a cancellation stays what it is,
 * so that a caller can tell it from a failure. */
static gboolean
writer_flush (CsvWriter  *w,
              GError    **error)
{
  g_autoptr(GError) local = NULL;

  if (w->buffer->len > 0 &&
      !g_output_stream_write_all (w->stream, w->buffer->str, w->buffer->len, NULL, w->cancellable, &local))
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error (error, STG_CSV_ERROR, STG_CSV_ERROR_IO,
                     _("Could not write the CSV table: %s"), local->message);
      return FALSE;
    }
  g_string_truncate (w->buffer, 0);
  return TRUE;
}

static gboolean
writer_end_row (CsvWriter  *w,
                GError    **error)
{
  g_string_append_len (w->buffer, "\r\n", 2);
  w->row_started = FALSE;
  return w->buffer->len < BLOCK_SIZE || writer_flush (w, error);
}

static void
writer_next_field (CsvWriter *w)
{
  if (w->row_started)
    g_string_append_c (w->buffer, w->delimiter);
  w->row_started = TRUE;
}

static gboolean
is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
}

/* OWASP: a cell a spreadsheet would take for a formula gets a leading
 * apostrophe. One that already starts with apostrophes before such a
 * character gets one more, so that import can always take exactly one
 * away (see unguard()). */
static gboolean
needs_guard (const char *text)
{
  while (*text == '\'')
    text++;
  return is_formula_start (*text);
}

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

/* Readers trim unquoted spaces at either end (libcsv does), so those are
 * quoted too. */
static gboolean
needs_quotes (const char *text,
              gsize       len,
              char        delimiter)
{
  if (len == 0)
    return FALSE;
  if (is_blank (text[0]) || is_blank (text[len - 1]))
    return TRUE;
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];
      if (c == delimiter || c == '"' || c == '\r' || c == '\n')
        return TRUE;
    }
  return FALSE;
}

static void
append_quoted (GString    *out,
               const char *text,
               gsize       len)
{
  gsize at = out->len;
  gsize room = 2 * len + 2;   /* every character a quote, and the pair */

  g_string_set_size (out, at + room);
  g_string_truncate (out, at + csv_write2 (out->str + at, room, text, len, '"'));
}

void
stg_csv_append_text (GString    *out,
                     const char *text,
                     char        delimiter)
{
  g_autofree char *guarded = NULL;
  gsize len;

  if (needs_guard (text))
    text = guarded = g_strconcat ("'", text, NULL);
  len = strlen (text);
  if (needs_quotes (text, len, delimiter))
    append_quoted (out, text, len);
  else
    g_string_append_len (out, text, (gssize) len);
}

static void
writer_text (CsvWriter  *w,
             const char *text)
{
  writer_next_field (w);
  if (text != NULL)
    stg_csv_append_text (w->buffer, text, w->delimiter);
}

/* Negating G_MININT64 is undefined as a gint64 but exact as a guint64. */
static guint64
magnitude_of (gint64 value)
{
  return value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
}

/* Writes @magnitude's digits right to left ending at @end, at least
 * @min_digits of them; returns the first. */
static char *
digits_before (char    *end,
               guint64  magnitude,
               guint    min_digits)
{
  char *p = end;

  do
    {
      *--p = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude > 0 || (guint) (end - p) < min_digits);
  return p;
}

/* Integers and amounts are formatted in place rather than through
 * printf or stg_money_format(): a million-line export writes six million
 * numbers, and those calls' parsing and allocations took a third of its
 * time. The text is the same as stg_money_format()'s without a group
 * mark. */
static void
writer_int (CsvWriter *w,
            gint64     value)
{
  char buffer[24];
  char *end = buffer + sizeof buffer;
  char *p = digits_before (end, magnitude_of (value), 1);

  if (value < 0)
    *--p = '-';
  writer_next_field (w);
  g_string_append_len (w->buffer, p, end - p);
}

static void
writer_amount (CsvWriter *w,
               gint64     amount)
{
  char buffer[48];   /* 19 digits, 18 decimals at most, mark and sign */
  char *end = buffer + sizeof buffer;
  guint64 magnitude = magnitude_of (amount);
  char *p = end;

  if (w->decimals > 0)
    {
      for (guint i = 0; i < w->decimals; i++)
        {
          *--p = (char) ('0' + magnitude % 10);
          magnitude /= 10;
        }
      *--p = w->decimal_mark;
    }
  p = digits_before (p, magnitude, 1);
  if (amount < 0)
    *--p = '-';
  writer_next_field (w);
  g_string_append_len (w->buffer, p, end - p);
}

static void
writer_empty (CsvWriter *w)
{
  writer_next_field (w);
}

static gboolean
store_decimals (StgStore  *store,
                guint     *decimals,
                GError   **error)
{
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (store, error);

  if (strategy == NULL)
    return FALSE;
  *decimals = stg_currency_decimals (stg_record_get_text (STG_RECORD (strategy), "currency"));
  return TRUE;
}

/* The lines table */

static const char *const line_columns[] = {
  "id", "objective_id", "objective", "actor_id", "actor", "year",
  "category", "funding_source", "planned", "actual",
};

/* One query, read as it is written: budget_line is walked in rowid order
 * and each row finds its objective and actor by primary key. */
static const char lines_sql[] =
  "SELECT b.id, b.objective_id, o.title, b.actor_id, a.name, b.year,"
  " b.category, b.funding_source, b.planned, b.actual"
  " FROM budget_line AS b"
  " JOIN objective AS o ON o.id = b.objective_id"
  " JOIN actor AS a ON a.id = b.actor_id"
  " ORDER BY b.id";

static gboolean
write_names (CsvWriter          *w,
             const char * const *names,
             guint               n_names,
             GError            **error)
{
  for (guint i = 0; i < n_names; i++)
    writer_text (w, names[i]);
  return writer_end_row (w, error);
}

static void
write_line_row (CsvWriter    *w,
                sqlite3_stmt *stmt)
{
  writer_int (w, sqlite3_column_int64 (stmt, 0));
  writer_int (w, sqlite3_column_int64 (stmt, 1));
  writer_text (w, (const char *) sqlite3_column_text (stmt, 2));
  writer_int (w, sqlite3_column_int64 (stmt, 3));
  writer_text (w, (const char *) sqlite3_column_text (stmt, 4));
  writer_int (w, sqlite3_column_int64 (stmt, 5));
  writer_text (w, (const char *) sqlite3_column_text (stmt, 6));
  writer_text (w, (const char *) sqlite3_column_text (stmt, 7));
  writer_amount (w, sqlite3_column_int64 (stmt, 8));
  if (sqlite3_column_type (stmt, 9) == SQLITE_NULL)
    writer_empty (w);
  else
    writer_amount (w, sqlite3_column_int64 (stmt, 9));
}

static gboolean
write_line_rows (CsvWriter  *w,
                 StgStore   *store,
                 GError    **error)
{
  StgDb *db = stg_store_get_db (store);
  sqlite3_stmt *stmt = stg_db_prepare (db, lines_sql, error);
  gboolean ok = TRUE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      write_line_row (w, stmt);
      ok = writer_end_row (w, error);
    }
  if (ok && rc != SQLITE_DONE)
    ok = stg_db_fail (db, sqlite3_reset (stmt), error);
  /* Reset at once: a statement left stepping would hold a read lock. */
  sqlite3_reset (stmt);
  return ok;
}

gboolean
stg_csv_write_lines (StgStore             *store,
                     GOutputStream        *stream,
                     const StgCsvOptions  *options,
                     GCancellable         *cancellable,
                     GError              **error)
{
  CsvWriter w;
  guint decimals;
  gboolean ok;

  g_return_val_if_fail (STG_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (options_valid (options), FALSE);

  if (!store_decimals (store, &decimals, error))
    return FALSE;
  writer_init (&w, stream, options, decimals, cancellable);
  ok = write_names (&w, line_columns, G_N_ELEMENTS (line_columns), error)
       && write_line_rows (&w, store, error)
       && writer_flush (&w, error);
  writer_clear (&w);
  return ok;
}

/* Pivot tables */

static const char *
row_heading (StgBudgetDimension dimension)
{
  switch (dimension)
    {
    case STG_BUDGET_BY_ACTOR:
      return _("Actor");
    case STG_BUDGET_BY_OBJECTIVE:
      return _("Objective");
    case STG_BUDGET_BY_CAPABILITY:
      /* Translators: a CSV column heading: the kind of capability */
      return _("Capability");
    case STG_BUDGET_BY_SOURCE:
      return _("Funding source");
    default:
      g_assert_not_reached ();
    }
}

/* The headings of one year's (or, @year 0, the total's) measures. */
static void
write_measure_headings (CsvWriter      *w,
                        StgCsvMeasures  measures,
                        int             year)
{
  g_autofree char *planned = NULL;
  g_autofree char *actual = NULL;
  g_autofree char *variance = NULL;

  if (year != 0)
    {
      /* Translators: a CSV column heading; %d is a year: "2027 planned" */
      planned = g_strdup_printf (_("%d planned"), year);
      /* Translators: a CSV column heading; %d is a year: "2027 actual" */
      actual = g_strdup_printf (_("%d actual"), year);
      /* Translators: a CSV column heading; %d is a year: "2027 variance",
       * the actual amount less the planned one */
      variance = g_strdup_printf (_("%d variance"), year);
    }
  else
    {
      planned = g_strdup (_("Total planned"));
      actual = g_strdup (_("Total actual"));
      variance = g_strdup (_("Total variance"));
    }
  if (measures & STG_CSV_PLANNED)
    writer_text (w, planned);
  if (measures & STG_CSV_ACTUAL)
    writer_text (w, actual);
  if (measures == STG_CSV_BOTH)
    writer_text (w, variance);
}

static gboolean
write_table_heading (CsvWriter       *w,
                     StgBudgetTable  *table,
                     StgCsvMeasures   measures,
                     GError         **error)
{
  writer_text (w, row_heading (stg_budget_table_get_dimension (table)));
  for (guint c = 0; c < stg_budget_table_get_n_years (table); c++)
    write_measure_headings (w, measures, stg_budget_table_get_year (table, c));
  write_measure_headings (w, measures, 0);
  return writer_end_row (w, error);
}

/* An actual nobody reported is left empty rather than written as 0. */
static void
write_cell (CsvWriter           *w,
            const StgBudgetCell *cell,
            StgCsvMeasures       measures)
{
  gint64 variance;

  if (measures & STG_CSV_PLANNED)
    writer_amount (w, cell->planned);
  if (measures & STG_CSV_ACTUAL)
    {
      if (cell->n_actual > 0)
        writer_amount (w, cell->actual);
      else
        writer_empty (w);
    }
  if (measures == STG_CSV_BOTH)
    {
      if (stg_budget_variance (cell, &variance))
        writer_amount (w, variance);
      else
        writer_empty (w);
    }
}

static gboolean
write_table_row (CsvWriter       *w,
                 StgBudgetTable  *table,
                 guint            row,
                 StgCsvMeasures   measures,
                 GError         **error)
{
  writer_text (w, stg_budget_table_get_row_label (table, row));
  for (guint c = 0; c < stg_budget_table_get_n_years (table); c++)
    write_cell (w, stg_budget_table_get_cell (table, row, c), measures);
  write_cell (w, stg_budget_table_get_row_total (table, row), measures);
  return writer_end_row (w, error);
}

static gboolean
write_table_total (CsvWriter       *w,
                   StgBudgetTable  *table,
                   StgCsvMeasures   measures,
                   GError         **error)
{
  /* Translators: the label of a CSV budget table's last row */
  writer_text (w, _("Total"));
  for (guint c = 0; c < stg_budget_table_get_n_years (table); c++)
    write_cell (w, stg_budget_table_get_year_total (table, c), measures);
  write_cell (w, stg_budget_table_get_total (table), measures);
  return writer_end_row (w, error);
}

gboolean
stg_csv_write_table (StgBudgetTable       *table,
                     GOutputStream        *stream,
                     const StgCsvOptions  *options,
                     GCancellable         *cancellable,
                     GError              **error)
{
  StgCsvMeasures measures;
  CsvWriter w;
  gboolean ok;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (options_valid (options), FALSE);
  g_return_val_if_fail ((options->measures & STG_CSV_BOTH) != 0, FALSE);

  measures = options->measures & STG_CSV_BOTH;
  writer_init (&w, stream, options, stg_currency_decimals (stg_budget_table_get_currency (table)), cancellable);
  ok = write_table_heading (&w, table, measures, error);
  for (guint r = 0; ok && r < stg_budget_table_get_n_rows (table); r++)
    ok = write_table_row (&w, table, r, measures, error);
  ok = ok && write_table_total (&w, table, measures, error) && writer_flush (&w, error);
  writer_clear (&w);
  return ok;
}

/* Export to a file */

gboolean
stg_csv_write (StgStore             *store,
                StgCsvTable           which,
                GOutputStream        *stream,
                const StgCsvOptions  *options,
                GCancellable         *cancellable,
                GError              **error)
{
  static const StgBudgetDimension dimensions[] = {
    [STG_CSV_TABLE_BY_ACTOR] = STG_BUDGET_BY_ACTOR,
    [STG_CSV_TABLE_BY_OBJECTIVE] = STG_BUDGET_BY_OBJECTIVE,
    [STG_CSV_TABLE_BY_CAPABILITY] = STG_BUDGET_BY_CAPABILITY,
    [STG_CSV_TABLE_BY_SOURCE] = STG_BUDGET_BY_SOURCE,
  };
  g_autoptr(StgBudgetTable) table = NULL;

  if (which == STG_CSV_TABLE_LINES)
    return stg_csv_write_lines (store, stream, options, cancellable, error);
  table = stg_budget_table_new (store, dimensions[which], error);
  return table != NULL && stg_csv_write_table (table, stream, options, cancellable, error);
}

static gboolean
io_failed (GError     **error,
           const char  *path,
           int          saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, STG_CSV_ERROR, STG_CSV_ERROR_IO,
               _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

/* Like g_file_set_contents(): the data reaches the disk before the rename
 * only when it replaces a file, so that a crash leaves the old one rather
 * than an empty new one; a new file is not worth the wait. */
static gboolean
sync_if_replacing (int          fd,
                   const char  *path,
                   GError     **error)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS) && fsync (fd) != 0)
    return io_failed (error, path, errno);
  return TRUE;
}

/* Renaming the export over the strategy would lose the strategy. */
static gboolean
is_store_file (StgStore   *store,
               const char *path)
{
  GStatBuf target, strategy;

  return g_stat (path, &target) == 0 && g_stat (stg_store_get_path (store), &strategy) == 0
         && target.st_dev == strategy.st_dev && target.st_ino == strategy.st_ino;
}

/* Writes the table to @fd, a temporary file beside @path. */
static gboolean
write_file (StgStore             *store,
            StgCsvTable           which,
            const char           *path,
            int                   fd,
            const StgCsvOptions  *options,
            GCancellable         *cancellable,
            GError              **error)
{
  g_autoptr(GOutputStream) stream = g_unix_output_stream_new (fd, FALSE);
  g_autoptr(GError) local = NULL;

  if (!stg_csv_write (store, which, stream, options, cancellable, &local))
    {
      g_autofree char *name = g_filename_display_name (path);

      if (!g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_prefix_error (&local, "%s: ", name);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return sync_if_replacing (fd, path, error);
}

gboolean
stg_csv_export (StgStore             *store,
                StgCsvTable           which,
                const char           *path,
                const StgCsvOptions  *options,
                GCancellable         *cancellable,
                GError              **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  gboolean ok;
  int fd;

  g_return_val_if_fail (STG_IS_STORE (store), FALSE);
  g_return_val_if_fail (which <= STG_CSV_TABLE_BY_SOURCE, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (options_valid (options), FALSE);

  if (is_store_file (store, path))
    {
      g_autofree char *name = g_filename_display_name (path);
      g_set_error (error, STG_CSV_ERROR, STG_CSV_ERROR_IO,
                   _("“%s” is the strategy file itself; give the CSV file another name"), name);
      return FALSE;
    }
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_path = g_strdup_printf ("%s/.%s-XXXXXX", dir, base);
  /* 0666 and the umask, as any new file, not mkstemp's private 0600. */
  if ((fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666)) < 0)
    return io_failed (error, path, errno);
  ok = write_file (store, which, path, fd, options, cancellable, error);
  if (close (fd) != 0 && ok)
    ok = io_failed (error, path, errno);
  if (ok && g_rename (tmp_path, path) != 0)
    ok = io_failed (error, path, errno);
  if (!ok)
    g_unlink (tmp_path);
  return ok;
}

/* Import */

/* The columns the importer knows; any other is ignored, and so is "id":
 * imported lines always get new ids. */
enum {
  COL_OBJECTIVE_ID,
  COL_OBJECTIVE,
  COL_ACTOR_ID,
  COL_ACTOR,
  COL_YEAR,
  COL_CATEGORY,
  COL_FUNDING_SOURCE,
  COL_PLANNED,
  COL_ACTUAL,
  N_KNOWN_COLUMNS
};

static const char *const known_columns[N_KNOWN_COLUMNS] = {
  "objective_id", "objective", "actor_id", "actor", "year",
  "category", "funding_source", "planned", "actual",
};

static const char *const categories[] = {
  "personnel", "investment", "operations", "other",
};

/* libcsv keeps its states private; FIELD_BEGUN is 2 in libcsv.c. With
 * the parser's "quoted" flag it means a quoted field still open. */
#define LIBCSV_FIELD_BEGUN 2

/* Objectives or actors, to match a row's references. */
typedef struct {
  GHashTable *by_id;     /* gint64 * -> title */
  GHashTable *by_title;  /* title -> gint64 * (0: several share it) */
  GArray     *ids;
} Names;

typedef struct {
  gint64      objective_id;
  gint64      actor_id;
  gint64      year;
  const char *category;
  const char *funding_source;
  gint64      planned;
  gint64      actual;     /* STG_NO_AMOUNT when empty */
} Row;

/*
 * Reading and writing overlap: a thread of its own reads and checks the
 * rows, which reach the caller's thread, the one with the connection, in
 * chunks through a queue; used chunks go back through another, so that
 * the reader is never more than N_CHUNKS ahead and memory stays flat.
 * On two cores the checking (0.9 s of CPU for 1M rows) then hides behind
 * SQLite's writing (1.3 s, and 1 s to build the indexes).
 *
 * Nothing is written unless every row is good: the reader stops queuing
 * rows at the first problem and goes on checking, to report them all;
 * the writer then rolls everything back.
 */
#define CHUNK_ROWS 1024
#define N_CHUNKS 4

typedef struct {
  Row      rows[CHUNK_ROWS];
  gsize    text_at[CHUNK_ROWS];  /* where each funding source is in text */
  GString *text;                 /* the funding sources, NUL-separated */
  guint    n_rows;
} Chunk;

/* Rows go to SQLite BATCH_ROWS at a time, in one INSERT of that many
 * VALUES: a statement has a fixed cost of some microseconds (opening its
 * cursors on the table, its indexes, the referenced tables and the undo
 * log), which a row at a time paid a million times: 1M rows took 16 s one
 * by one, 8 s by 64, 7 s by 256; by 1024 saves a little more. 1024 rows
 * are 7168 values, below SQLite's limit (32766 by default since 3.32). */
#define BATCH_ROWS 1024
#define N_INSERTED 7   /* values per row */
G_STATIC_ASSERT (CHUNK_ROWS % BATCH_ROWS == 0);

typedef struct {
  /* The writer: the caller's thread, which alone uses the connection. */
  StgStore     *store;
  StgDb        *db;
  sqlite3_stmt *insert_one;
  sqlite3_stmt *insert_many;
  gboolean      in_transaction;
  gint64        bulk_mark;     /* budget_line rowids above it are this import's */
  gint64        n_before;      /* budget lines before the import */
  GStrv         index_sql;     /* the indexes dropped, to make again */
  gboolean      checks_ignored;  /* CHECK constraints checked at the end */
  guint         n_imported;
  GError       *write_error;   /* stops the import: SQL */

  /* Between the two. */
  Chunk        *chunks;        /* N_CHUNKS */
  GAsyncQueue  *full;          /* Chunk, then &end_of_rows */
  GAsyncQueue  *empty;         /* Chunk */
  gint          refusing;      /* atomic: nothing will be kept (a row refused,
                                  the file unreadable) */
  gint          stop;          /* atomic: the writer failed */

  /* The reader: its own thread once the first block is read. */
  GInputStream *in;
  const char   *path;
  char         *block;
  gsize         block_len;
  GCancellable *cancellable;
  Chunk        *chunk;         /* being filled, or NULL */
  guint         decimals;
  gboolean      comma_decimals;   /* ',' may be the decimal mark */
  char          delimiter;
  gboolean      validate_text;    /* a block read so far was not plain ASCII */
  gboolean      may_break;        /* a cell ending in this block may hold a line break */

  /* The row being read: its fields, reused from row to row. */
  GPtrArray    *fields;           /* GString */
  guint         n_fields;
  guint         row_line;         /* physical line the row starts on */
  guint         row_breaks;       /* line breaks inside its quoted fields */
  int           last_end;         /* what ended the previous row */

  gboolean      have_header;
  GPtrArray    *header;           /* the column names as written */
  int           column[N_KNOWN_COLUMNS];  /* their index, or -1 */

  Names         objectives;
  Names         actors;

  GPtrArray    *problems;         /* StgCsvProblem */
  guint         n_refused;
  GError       *fatal;            /* stops the import: I/O, header */
} Import;

/* What the reader queues last. */
static Chunk end_of_rows;

static void
names_init (Names *names)
{
  names->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  names->by_title = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
}

static void
names_clear (Names *names)
{
  /* by_title's keys are by_id's values: drop it first. */
  g_clear_pointer (&names->by_title, g_hash_table_unref);
  g_clear_pointer (&names->by_id, g_hash_table_unref);
  g_clear_pointer (&names->ids, g_array_unref);
}

static gboolean
names_load (Names     *names,
            StgStore  *store,
            GType      type,
            GError   **error)
{
  g_auto(GStrv) titles = NULL;

  if (!stg_store_titles (store, type, &names->ids, &titles, error))
    return FALSE;
  for (guint i = 0; titles[i] != NULL; i++)
    {
      gint64 *id = &g_array_index (names->ids, gint64, i);
      gint64 *found = g_hash_table_lookup (names->by_title, titles[i]);

      g_hash_table_insert (names->by_id, id, g_strdup (titles[i]));
      if (found != NULL)
        *found = 0;
      else
        g_hash_table_insert (names->by_title, g_hash_table_lookup (names->by_id, id),
                             g_memdup2 (id, sizeof *id));
    }
  return TRUE;
}

static void
free_field (gpointer field)
{
  g_string_free (field, TRUE);
}

static void
import_init (Import   *im,
             StgStore *store)
{
  memset (im, 0, sizeof *im);
  im->store = store;
  im->db = stg_store_get_db (store);
  im->fields = g_ptr_array_new_with_free_func (free_field);
  im->header = g_ptr_array_new_with_free_func (g_free);
  im->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) stg_csv_problem_free);
  im->row_line = 1;
  im->chunks = g_new0 (Chunk, N_CHUNKS);
  im->full = g_async_queue_new ();
  im->empty = g_async_queue_new ();
  for (guint i = 0; i < N_CHUNKS; i++)
    {
      im->chunks[i].text = g_string_sized_new (CHUNK_ROWS * 32);
      g_async_queue_push (im->empty, &im->chunks[i]);
    }
  for (guint i = 0; i < N_KNOWN_COLUMNS; i++)
    im->column[i] = -1;
  names_init (&im->objectives);
  names_init (&im->actors);
}

/* Back to SQLite checking every row, after the import's own check. */
static gboolean
restore_checks (Import  *im,
                GError **error)
{
  im->checks_ignored = FALSE;
  return stg_db_exec (im->db, "PRAGMA ignore_check_constraints = OFF", error);
}

static void
import_clear (Import *im)
{
  if (im->in_transaction)
    stg_store_rollback (im->store);
  if (im->checks_ignored)
    restore_checks (im, NULL);
  g_ptr_array_unref (im->fields);
  g_ptr_array_unref (im->header);
  g_async_queue_unref (im->full);
  g_async_queue_unref (im->empty);
  for (guint i = 0; i < N_CHUNKS; i++)
    g_string_free (im->chunks[i].text, TRUE);
  g_free (im->chunks);
  g_strfreev (im->index_sql);
  g_clear_object (&im->in);
  g_free (im->block);
  g_clear_pointer (&im->problems, g_ptr_array_unref);
  names_clear (&im->objectives);
  names_clear (&im->actors);
  g_clear_error (&im->fatal);
  g_clear_error (&im->write_error);
}

/* The first problem ends the writing: nothing will be kept, so the rows
 * after it are only checked, and the writer stops. */
static void
add_problem (Import     *im,
             int         column,
             char       *message)
{
  StgCsvProblem *problem = g_new0 (StgCsvProblem, 1);

  problem->line = im->row_line;
  if (column >= 0 && (guint) column < im->header->len)
    problem->column = g_strdup (g_ptr_array_index (im->header, column));
  problem->message = message;
  g_ptr_array_add (im->problems, problem);
  g_atomic_int_set (&im->refusing, TRUE);
}

static const char *
field_text (Import *im,
            int     column)
{
  GString *field;

  if (column < 0)
    return "";
  field = g_ptr_array_index (im->fields, column);
  return field->str;
}

/* Spreadsheets pad cells; an unquoted cell's spaces are already gone, a
 * quoted one's are not meaningful in an id, a year or an amount either.
 * Strips the row's own copy in place: no allocation per cell. */
static char *
field_stripped (Import *im,
                int     column)
{
  static char absent[1];   /* a column the file does not have: "" */
  GString *field;

  if (column < 0)
    return absent;
  field = g_ptr_array_index (im->fields, column);
  if (field->len > 0 && (g_ascii_isspace (field->str[0]) || g_ascii_isspace (field->str[field->len - 1])))
    {
      g_strstrip (field->str);
      field->len = strlen (field->str);
    }
  return field->str;
}

/* Takes away the apostrophe that export's formula guard added. */
static const char *
unguard (const char *text)
{
  return text[0] == '\'' && needs_guard (text + 1) ? text + 1 : text;
}

static guint
count_breaks (const char *data,
              gsize       len)
{
  guint n = 0;

  for (gsize i = 0; i < len; i++)
    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == len || data[i + 1] != '\n')))
      n++;
  return n;
}

static void
on_field (void   *data,
          size_t  len,
          void   *user_data)
{
  Import *im = user_data;
  GString *field;

  if (im->n_fields == im->fields->len)
    g_ptr_array_add (im->fields, g_string_sized_new (64));
  field = g_ptr_array_index (im->fields, im->n_fields);
  im->n_fields++;
  g_string_set_size (field, len);
  if (len > 0)
    memcpy (field->str, data, len);
  if (im->may_break && (memchr (data, '\n', len) != NULL || memchr (data, '\r', len) != NULL))
    im->row_breaks += count_breaks (data, len);
}

/* Reading the header */

static int
known_column (const char *name)
{
  for (guint i = 0; i < N_KNOWN_COLUMNS; i++)
    if (g_ascii_strcasecmp (name, known_columns[i]) == 0)
      return (int) i;
  return -1;
}

static void
header_fail (Import     *im,
             const char *missing,
             const char *or_missing)
{
  StgCsvProblem *problem = g_new0 (StgCsvProblem, 1);

  problem->line = 1;
  problem->column = g_strdup (missing);
  if (or_missing != NULL)
    problem->message = g_strdup_printf (_("The first line names neither a column “%s” nor “%s”"),
                                        missing, or_missing);
  else
    problem->message = g_strdup_printf (_("The first line names no column “%s”"), missing);
  g_ptr_array_add (im->problems, problem);
}

/* Names every required column the header lacks. */
static gboolean
header_complete (Import *im)
{
  static const struct {
    int column;
    int or_column;   /* -1: none */
  } required[] = {
    { COL_OBJECTIVE_ID, COL_OBJECTIVE },
    { COL_ACTOR_ID, COL_ACTOR },
    { COL_YEAR, -1 },
    { COL_PLANNED, -1 },
  };
  gboolean ok = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      int alternative = required[i].or_column;

      if (im->column[required[i].column] >= 0 || (alternative >= 0 && im->column[alternative] >= 0))
        continue;
      header_fail (im, known_columns[required[i].column], alternative >= 0 ? known_columns[alternative] : NULL);
      ok = FALSE;
    }
  return ok;
}

static void
read_header (Import *im)
{
  for (guint i = 0; i < im->n_fields; i++)
    {
      /* Valid UTF-8 whatever the file holds: problems quote these names. */
      char *name = g_utf8_make_valid (field_stripped (im, (int) i), -1);
      int known = known_column (name);

      g_ptr_array_add (im->header, name);
      if (known >= 0 && im->column[known] >= 0)
        {
          g_set_error (&im->fatal, STG_CSV_ERROR, STG_CSV_ERROR_FORMAT,
                       _("The first line names the column “%s” twice"), name);
          return;
        }
      if (known >= 0)
        im->column[known] = (int) i;
    }
  im->have_header = TRUE;
  if (!header_complete (im))
    g_set_error_literal (&im->fatal, STG_CSV_ERROR, STG_CSV_ERROR_FORMAT,
                         _("The first line must name the columns objective_id (or objective), "
                           "actor_id (or actor), year and planned"));
}

/* Checking a row */

typedef enum { KIND_OBJECTIVE, KIND_ACTOR } Kind;

static gint64
match_by_id (Import     *im,
             Names      *names,
             Kind        kind,
             int         id_column,
             int         title_column)
{
  const char *text = field_stripped (im, id_column);
  const char *title = unguard (field_text (im, title_column));
  const char *found;
  gint64 id;

  if (!g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &id, NULL))
    {
      add_problem (im, id_column, g_strdup_printf (_("“%s” is not an id (a whole number)"), text));
      return 0;
    }
  if ((found = g_hash_table_lookup (names->by_id, &id)) == NULL)
    {
      add_problem (im, id_column, g_strdup_printf (kind == KIND_ACTOR ? _("There is no actor with id %s")
                                                                      : _("There is no objective with id %s"), text));
      return 0;
    }
  /* Both given and different: rather than guess which the analyst meant,
   * ask (an id from another strategy file would point elsewhere). */
  if (*title != '\0' && strcmp (title, found) != 0 && strcmp (field_text (im, title_column), found) != 0)
    {
      add_problem (im, title_column, g_strdup_printf (kind == KIND_ACTOR ? _("Actor %s is “%s”, not “%s”: correct the id or the name")
                                                                         : _("Objective %s is “%s”, not “%s”: correct the id or the title"),
                                                      text, found, title));
      return 0;
    }
  return id;
}

static gint64
match_by_title (Import     *im,
                Names      *names,
                Kind        kind,
                int         title_column)
{
  const char *raw = field_text (im, title_column);
  gint64 *id = g_hash_table_lookup (names->by_title, raw);

  if (id == NULL)
    id = g_hash_table_lookup (names->by_title, unguard (raw));
  if (id == NULL)
    add_problem (im, title_column, g_strdup_printf (kind == KIND_ACTOR ? _("There is no actor named “%s”")
                                                                       : _("There is no objective titled “%s”"), raw));
  else if (*id == 0)
    add_problem (im, title_column, g_strdup_printf (kind == KIND_ACTOR ? _("Several actors are named “%s”: give the actor_id")
                                                                       : _("Several objectives are titled “%s”: give the objective_id"), raw));
  return id != NULL ? *id : 0;
}

/* By id when the id column has one, else by exact title or name. */
static gint64
match_reference (Import *im,
                 Kind    kind)
{
  Names *names = kind == KIND_ACTOR ? &im->actors : &im->objectives;
  int id_column = im->column[kind == KIND_ACTOR ? COL_ACTOR_ID : COL_OBJECTIVE_ID];
  int title_column = im->column[kind == KIND_ACTOR ? COL_ACTOR : COL_OBJECTIVE];
  const char *id_text = field_stripped (im, id_column);

  if (*id_text != '\0')
    return match_by_id (im, names, kind, id_column, title_column);
  if (*field_text (im, title_column) != '\0')
    return match_by_title (im, names, kind, title_column);
  add_problem (im, title_column >= 0 ? title_column : id_column,
               g_strdup (kind == KIND_ACTOR ? _("The actor is missing: give actor_id or actor")
                                            : _("The objective is missing: give objective_id or objective")));
  return 0;
}

static gboolean
check_year (Import *im,
            Row    *row)
{
  int column = im->column[COL_YEAR];
  const char *text = field_stripped (im, column);

  if (g_ascii_string_to_signed (text, 10, STG_YEAR_MIN, STG_YEAR_MAX, &row->year, NULL))
    return TRUE;
  if (*text == '\0')
    add_problem (im, column, g_strdup (_("The year is missing")));
  else
    add_problem (im, column, g_strdup_printf (_("“%s” is not a year between %d and %d"),
                                              text, STG_YEAR_MIN, STG_YEAR_MAX));
  return FALSE;
}

static gboolean
check_category (Import *im,
                Row    *row)
{
  int column = im->column[COL_CATEGORY];
  const char *text = field_stripped (im, column);

  /* The schema's default, as for a line added in the window. */
  if (*text == '\0')
    {
      row->category = "operations";
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    if (strcmp (text, categories[i]) == 0)
      {
        row->category = categories[i];
        return TRUE;
      }
  add_problem (im, column, g_strdup_printf (_("“%s” is not a category: write personnel, investment, operations or other"), text));
  return FALSE;
}

static char *
amount_message (const GError *error,
                const char   *text,
                guint         decimals)
{
  switch (error != NULL ? error->code : STG_MONEY_ERROR_SYNTAX)
    {
    case STG_MONEY_ERROR_OVERFLOW:
      return g_strdup_printf (_("“%s” is too large an amount"), text);
    case STG_MONEY_ERROR_PRECISION:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "“%s” has more decimals than the currency’s %u",
                                           "“%s” has more decimals than the currency’s %u", decimals),
                              text, decimals);
    default:
      return g_strdup_printf (_("“%s” is not an amount: write digits with at most one decimal mark, "
                                "without thousands separators"), text);
    }
}

/* Amounts: no thousands separators; the one '.' (or, when the delimiter
 * is not ',', the one ',') is the decimal mark. "1.234" is then 1.234 and
 * refused for having more decimals than the currency allows, never read
 * as 1234: a value that could mean two things is refused, not guessed. */
static gboolean
parse_amount (Import  *im,
              char    *text,
              gint64  *amount,
              GError **error)
{
  static const StgNumberFormat plain = { '.', 0 };
  char *comma = im->comma_decimals ? strchr (text, ',') : NULL;
  gboolean ok;

  if (comma != NULL && (strchr (text, '.') != NULL || strchr (comma + 1, ',') != NULL))
    return FALSE;
  /* The cell's own copy, put back as it was for the messages. */
  if (comma != NULL)
    *comma = '.';
  ok = stg_money_parse (text, im->decimals, &plain, amount, error);
  if (comma != NULL)
    *comma = ',';
  return ok;
}

/* FALSE with a problem; TRUE with *@amount, or STG_NO_AMOUNT when the
 * cell is empty and @optional. */
static gboolean
check_amount (Import   *im,
              int       column,
              gboolean  optional,
              gint64   *amount)
{
  char *text = field_stripped (im, column);
  g_autoptr(GError) error = NULL;

  *amount = STG_NO_AMOUNT;
  if (*text == '\0')
    {
      if (!optional)
        add_problem (im, column, g_strdup (_("The planned amount is missing")));
      return optional;
    }
  if (!parse_amount (im, text, amount, &error))
    {
      add_problem (im, column, amount_message (error, text, im->decimals));
      *amount = STG_NO_AMOUNT;
      return FALSE;
    }
  if (*amount < 0)
    {
      add_problem (im, column, g_strdup_printf (_("“%s” is negative: a budget amount cannot be"), text));
      return FALSE;
    }
  return TRUE;
}

/* Text that is not UTF-8 (a file saved as Latin-1, say) is named once
 * per cell, and the row not checked further: its other complaints would
 * only be echoes of the wrong encoding. */
static gboolean
check_encoding (Import *im)
{
  gboolean ok = TRUE;

  if (!im->validate_text)
    return TRUE;
  for (guint i = 0; i < N_KNOWN_COLUMNS; i++)
    {
      GString *field;

      if (im->column[i] < 0)
        continue;
      field = g_ptr_array_index (im->fields, im->column[i]);
      if (!g_utf8_validate (field->str, (gssize) field->len, NULL))
        {
          add_problem (im, im->column[i], g_strdup (_("The text is not UTF-8: save the file as “CSV UTF-8”")));
          ok = FALSE;
        }
    }
  return ok;
}

/* Checks every cell of the row, so that one row shows all its problems. */
static gboolean
check_row (Import *im,
           Row    *row)
{
  gboolean ok = TRUE;

  row->objective_id = match_reference (im, KIND_OBJECTIVE);
  row->actor_id = match_reference (im, KIND_ACTOR);
  ok = row->objective_id != 0 && row->actor_id != 0;
  ok = check_year (im, row) && ok;
  ok = check_category (im, row) && ok;
  ok = check_amount (im, im->column[COL_PLANNED], FALSE, &row->planned) && ok;
  ok = check_amount (im, im->column[COL_ACTUAL], TRUE, &row->actual) && ok;
  row->funding_source = unguard (field_text (im, im->column[COL_FUNDING_SOURCE]));
  return ok;
}

/* Queuing a row (the reader) */

/* The text has stopped moving: point the rows at it. */
static void
send_chunk (Import *im)
{
  Chunk *chunk = im->chunk;

  for (guint i = 0; i < chunk->n_rows; i++)
    chunk->rows[i].funding_source = chunk->text->str + chunk->text_at[i];
  g_async_queue_push (im->full, chunk);
  im->chunk = NULL;
}

/* The row's text lives in the cells, which the next row overwrites: the
 * chunk keeps its own copy. */
static void
queue_row (Import    *im,
           const Row *row)
{
  Chunk *chunk = im->chunk;

  if (chunk == NULL)
    {
      chunk = im->chunk = g_async_queue_pop (im->empty);
      chunk->n_rows = 0;
      g_string_truncate (chunk->text, 0);
    }
  chunk->rows[chunk->n_rows] = *row;
  chunk->text_at[chunk->n_rows] = chunk->text->len;
  g_string_append_len (chunk->text, row->funding_source, (gssize) strlen (row->funding_source) + 1);
  if (++chunk->n_rows == CHUNK_ROWS)
    send_chunk (im);
}

/* A spreadsheet saves rows it once formatted as rows of empty cells. */
static gboolean
row_is_empty (Import *im)
{
  for (guint i = 0; i < im->n_fields; i++)
    if (((GString *) g_ptr_array_index (im->fields, i))->len > 0)
      return FALSE;
  return TRUE;
}

/* A row that runs over several lines and has the wrong count most often
 * holds a stray quote: say where it ends, to help find it. */
static char *
count_message (Import *im)
{
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "The row has %u cell where the first line names %u columns",
                                                         "The row has %u cells where the first line names %u columns",
                                                         im->n_fields),
                                            im->n_fields, im->header->len);

  if (im->row_breaks == 0)
    return g_steal_pointer (&count);
  /* Translators: %s is "The row has 21 cells where the first line names 10 columns", %u a line number */
  return g_strdup_printf (_("%s; it runs on to line %u: is a quote unbalanced?"),
                          count, im->row_line + im->row_breaks);
}

static void
import_row (Import *im)
{
  guint n_problems = im->problems->len;
  Row row = { 0 };

  if (row_is_empty (im))
    return;
  if (im->n_fields != im->header->len)
    add_problem (im, -1, count_message (im));
  else if (check_encoding (im))
    check_row (im, &row);
  if (im->problems->len > n_problems)
    im->n_refused++;
  else if (im->problems->len == 0)
    queue_row (im, &row);
}

/* libcsv ends a row at every CR and at every LF (CSV_REPALL_NL reports
 * empty ones too, so blank lines are counted): the LF of a CRLF arrives
 * as an empty row right after a row that a CR ended, and is the same
 * line. Breaks inside quoted fields were counted by on_field(). */
static void
on_row_end (int   c,
            void *user_data)
{
  Import *im = user_data;

  if (c == '\n' && im->n_fields == 0 && im->last_end == '\r')
    {
      im->last_end = '\n';
      return;
    }
  im->last_end = c;
  if (im->n_fields > 0 && im->fatal == NULL)
    {
      if (!im->have_header)
        read_header (im);
      else
        import_row (im);
    }
  im->row_line += 1 + im->row_breaks;
  im->row_breaks = 0;
  im->n_fields = 0;
}

/* Reading the file */

static gboolean
read_failed (GError     **error,
             const char  *path,
             const GError *cause)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, STG_CSV_ERROR, STG_CSV_ERROR_IO,
               _("Could not read “%s”: %s"), name, cause->message);
  return FALSE;
}

/* Strips a UTF-8 byte order mark; refuses UTF-16 (a spreadsheet's
 * "Unicode text"), whose every other byte is 0. */
static gboolean
check_start (const char  *path,
             const char  *data,
             gsize        len,
             gsize       *skip,
             GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);

  *skip = len >= 3 && memcmp (data, utf8_bom, 3) == 0 ? 3 : 0;
  if (len >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                   ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      g_set_error (error, STG_CSV_ERROR, STG_CSV_ERROR_FORMAT,
                   _("“%s” is UTF-16 text; save it as “CSV UTF-8”"), name);
      return FALSE;
    }
  if (len == *skip)
    {
      g_set_error (error, STG_CSV_ERROR, STG_CSV_ERROR_FORMAT,
                   _("“%s” is empty; the first line must name the columns"), name);
      return FALSE;
    }
  return TRUE;
}

/* The delimiter is whichever of ',' ';' and tab the first line, outside
 * quotes, holds most often; ',' when it holds none. */
static char
detect_delimiter (const char *data,
                  gsize       len)
{
  const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (gsize i = 0; i < len && (quoted || (data[i] != '\n' && data[i] != '\r')); i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      for (guint k = 0; !quoted && k < G_N_ELEMENTS (candidates); k++)
        counts[k] += data[i] == candidates[k];
    }
  for (guint k = 1; k < G_N_ELEMENTS (candidates); k++)
    if (counts[k] > counts[best])
      best = k;
  return candidates[best];
}

/* Plain ASCII text without NULs is valid UTF-8 as it is. */
static gboolean
is_plain_ascii (const char *data,
                gsize       len)
{
  guint64 high = 0;
  gsize i = 0;

  for (; i + sizeof high <= len; i += sizeof high)
    {
      guint64 word;

      memcpy (&word, data + i, sizeof word);
      high |= word;
    }
  for (; i < len; i++)
    high |= (guchar) data[i];
  return (high & G_GUINT64_CONSTANT (0x8080808080808080)) == 0 && memchr (data, '\0', len) == NULL;
}

static gboolean
parse_block (Import            *im,
             struct csv_parser *parser,
             const char        *data,
             gsize              len)
{
  /* Cells end in the block they are reported from: they hold no byte of
   * a block not yet read. Most files are plain ASCII throughout and are
   * then not validated cell by cell. */
  if (!im->validate_text && !is_plain_ascii (data, len))
    im->validate_text = TRUE;
  /* Only a quoted cell holds a line break: one begun in an earlier block
   * (open, or closed by the block's last byte), or one quoted in this one. */
  im->may_break = parser->quoted || memchr (data, '"', len) != NULL;
  if (csv_parse (parser, data, len, on_field, on_row_end, im) != len)
    {
      g_set_error (&im->fatal, STG_CSV_ERROR, STG_CSV_ERROR_IO,
                   _("Could not read the CSV table: %s"), csv_strerror (csv_error (parser)));
      return FALSE;
    }
  return im->fatal == NULL;
}

/* An open quote at the end swallowed the rest of the file into one cell:
 * name the row where it started. */
static void
finish_parse (Import            *im,
              struct csv_parser *parser)
{
  if (im->fatal == NULL && parser->pstate == LIBCSV_FIELD_BEGUN && parser->quoted)
    {
      int column = (int) im->n_fields;

      if (!im->have_header)
        g_set_error_literal (&im->fatal, STG_CSV_ERROR, STG_CSV_ERROR_FORMAT,
                             _("The first line opens a quote that is never closed"));
      else
        {
          add_problem (im, column, g_strdup (_("A quote opens here and is never closed: add the closing \"")));
          im->n_refused++;
        }
      csv_fini (parser, NULL, NULL, NULL);
      return;
    }
  csv_fini (parser, on_field, on_row_end, im);
}

static gboolean
read_blocks (Import *im)
{
  struct csv_parser parser;
  gsize len = im->block_len;
  gsize skip = len >= 3 && memcmp (im->block, utf8_bom, 3) == 0 ? 3 : 0;
  gboolean ok;

  im->delimiter = detect_delimiter (im->block + skip, len - skip);
  im->comma_decimals = im->delimiter != ',';
  csv_init (&parser, CSV_REPALL_NL);
  csv_set_delim (&parser, (unsigned char) im->delimiter);
  ok = parse_block (im, &parser, im->block + skip, len - skip);
  while (ok && len > 0 && !g_atomic_int_get (&im->stop))
    {
      g_autoptr(GError) local = NULL;

      if (!g_input_stream_read_all (im->in, im->block, BLOCK_SIZE, &len, im->cancellable, &local))
        {
          if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (&im->fatal, g_steal_pointer (&local));
          else
            read_failed (&im->fatal, im->path, local);
          ok = FALSE;
        }
      else
        ok = parse_block (im, &parser, im->block, len);
    }
  /* Stopped by the writer, the rest is not read: no last row to finish. */
  if (g_atomic_int_get (&im->stop))
    {
      csv_free (&parser);
      return FALSE;
    }
  if (im->fatal == NULL)
    finish_parse (im, &parser);
  csv_free (&parser);
  if (im->fatal == NULL && !im->have_header)
    g_set_error_literal (&im->fatal, STG_CSV_ERROR, STG_CSV_ERROR_FORMAT,
                         _("The file holds only blank lines; the first line must name the columns"));
  return im->fatal == NULL;
}

/* The reader's thread. */
static gpointer
read_rows (gpointer data)
{
  Import *im = data;

  if (!read_blocks (im))
    g_atomic_int_set (&im->refusing, TRUE);
  else if (im->chunk != NULL && im->problems->len == 0)
    send_chunk (im);
  g_async_queue_push (im->full, &end_of_rows);
  return NULL;
}

static gboolean
prepare_inserts (Import  *im,
                 GError **error)
{
  static const char one_row[] = "INSERT INTO budget_line (objective_id, actor_id, year,"
                                " category, funding_source, planned, actual)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?)";
  g_autoptr(GString) many_rows = g_string_new (one_row);

  for (guint i = 1; i < BATCH_ROWS; i++)
    g_string_append (many_rows, ", (?, ?, ?, ?, ?, ?, ?)");
  im->insert_one = stg_db_prepare (im->db, one_row, error);
  if (im->insert_one == NULL)
    return FALSE;
  im->insert_many = stg_db_prepare (im->db, many_rows->str, error);
  return im->insert_many != NULL;
}

static gboolean
begin_import (Import      *im,
              const char  *path,
              GError     **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *label = NULL;

  /* Translators: an undo step; %s is a file name */
  label = g_strdup_printf (_("Import budget lines from “%s”"), name);
  if (!stg_store_begin (im->store, label, error))
    return FALSE;
  im->in_transaction = TRUE;
  /* A million rows are one undo step of one range, not a million entries. */
  if (!stg_store_begin_bulk (im->store, STG_TYPE_BUDGET_LINE, &im->bulk_mark, error))
    return FALSE;
  im->n_before = stg_store_count (im->store, STG_TYPE_BUDGET_LINE, error);
  if (im->n_before < 0)
    return FALSE;
  /* Every row is checked before it is queued, and all of them again
   * set-wise at the end (stg_store_check_lines()), rather than by SQLite
   * row by row. The pragma expires the statements compiled with checks. */
  im->checks_ignored = TRUE;
  /* Inside the transaction, so that what is matched is what is written. */
  return stg_db_exec (im->db, "PRAGMA ignore_check_constraints = ON", error)
         && store_decimals (im->store, &im->decimals, error)
         && names_load (&im->objectives, im->store, STG_TYPE_OBJECTIVE, error)
         && names_load (&im->actors, im->store, STG_TYPE_ACTOR, error)
         && prepare_inserts (im, error);
}

/* Reads the first block, before anything is written: a file that cannot
 * be read or is no CSV text fails here. */
static gboolean
open_file (Import        *im,
           const char    *path,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) local = NULL;
  gsize skip;

  im->path = path;
  im->cancellable = cancellable;
  /* A FIFO would block the import for ever and a device (/dev/zero)
   * would feed it for ever. */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) && g_file_test (path, G_FILE_TEST_EXISTS) &&
      !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error_literal (&local, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("it is not a regular file"));
      return read_failed (error, path, local);
    }
  im->block = g_malloc (BLOCK_SIZE);
  if ((im->in = G_INPUT_STREAM (g_file_read (file, cancellable, &local))) == NULL ||
      !g_input_stream_read_all (im->in, im->block, BLOCK_SIZE, &im->block_len, cancellable, &local))
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local));
      else
        read_failed (error, path, local);
      return FALSE;
    }
  return check_start (path, im->block, im->block_len, &skip, error);
}

/* Writing the rows (the caller's thread) */

static void
bind_row (sqlite3_stmt *stmt,
          int           base,
          const Row    *row)
{
  sqlite3_bind_int64 (stmt, base + 1, row->objective_id);
  sqlite3_bind_int64 (stmt, base + 2, row->actor_id);
  sqlite3_bind_int64 (stmt, base + 3, row->year);
  sqlite3_bind_text (stmt, base + 4, row->category, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, base + 5, row->funding_source, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, base + 6, row->planned);
  if (row->actual == STG_NO_AMOUNT)
    sqlite3_bind_null (stmt, base + 7);
  else
    sqlite3_bind_int64 (stmt, base + 7, row->actual);
}

static void
run_insert (Import       *im,
            sqlite3_stmt *stmt,
            guint         n_rows)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    stg_db_fail (im->db, sqlite3_reset (stmt), &im->write_error);
  else
    im->n_imported += n_rows;
  sqlite3_reset (stmt);
}

/* BATCH_ROWS at a time, what is left one by one. */
static void
insert_chunk (Import      *im,
              const Chunk *chunk)
{
  guint i = 0;

  for (; i + BATCH_ROWS <= chunk->n_rows && im->write_error == NULL; i += BATCH_ROWS)
    {
      for (guint k = 0; k < BATCH_ROWS; k++)
        bind_row (im->insert_many, (int) (k * N_INSERTED), &chunk->rows[i + k]);
      run_insert (im, im->insert_many, BATCH_ROWS);
    }
  for (; i < chunk->n_rows && im->write_error == NULL; i++)
    {
      bind_row (im->insert_one, 0, &chunk->rows[i]);
      run_insert (im, im->insert_one, 1);
    }
}

/* Once the import is large enough to be worth it, the indexes go, to be
 * built sorted at the end (STG_DB_SORTED_INDEX_ROWS): a sorted build of
 * 1M rows takes a fraction of keeping three indexes up row by row. */
static void
drop_indexes_if_large (Import *im)
{
  if (im->index_sql != NULL || im->n_imported < stg_db_get_sorted_index_rows () ||
      (gint64) im->n_imported < im->n_before)
    return;
  stg_store_drop_indexes (im->store, STG_TYPE_BUDGET_LINE, &im->index_sql, &im->write_error);
}

/* Until the reader's last chunk; once a row is refused or a write
 * failed, chunks are only handed back, so that the reader goes on. */
static void
write_rows (Import *im)
{
  Chunk *chunk;

  while ((chunk = g_async_queue_pop (im->full)) != &end_of_rows)
    {
      if (im->write_error == NULL && !g_atomic_int_get (&im->refusing))
        {
          insert_chunk (im, chunk);
          if (im->write_error == NULL)
            drop_indexes_if_large (im);
          if (im->write_error != NULL)
            g_atomic_int_set (&im->stop, TRUE);
        }
      g_async_queue_push (im->empty, chunk);
    }
}

static gboolean
import_file (Import        *im,
             const char    *path,
             GCancellable  *cancellable,
             GError       **error)
{
  GThread *reader;

  if (!open_file (im, path, cancellable, error) || !begin_import (im, path, error))
    return FALSE;
  if ((reader = g_thread_try_new ("stg-csv-reader", read_rows, im, error)) == NULL)
    return FALSE;
  write_rows (im);
  g_thread_join (reader);
  return TRUE;
}

static gboolean
refuse (Import  *im,
        GError **error)
{
  g_set_error (error, STG_CSV_ERROR, STG_CSV_ERROR_REFUSED,
               g_dngettext (GETTEXT_PACKAGE,
                            "%u row refused; nothing was imported",
                            "%u rows refused; nothing was imported", im->n_refused),
               im->n_refused);
  return FALSE;
}

/* Fails if the writer or the reader failed, refuses the file if a row
 * was refused, else builds the indexes dropped and commits. */
static gboolean
finish_import (Import  *im,
               GError **error)
{
  /* The reader stopped early: its problems, if any, are not all. */
  if (im->write_error != NULL)
    {
      g_ptr_array_set_size (im->problems, 0);
      g_propagate_error (error, g_steal_pointer (&im->write_error));
      return FALSE;
    }
  if (im->fatal != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&im->fatal));
      return FALSE;
    }
  if (im->problems->len > 0)
    return refuse (im, error);
  if (!stg_store_check_lines (im->store, im->bulk_mark, error) || !restore_checks (im, error))
    return FALSE;
  if (im->index_sql != NULL &&
      !stg_store_create_indexes (im->store, (const char *const *) im->index_sql, error))
    return FALSE;
  if (!stg_store_end_bulk (im->store, STG_TYPE_BUDGET_LINE, im->bulk_mark, error))
    return FALSE;
  im->in_transaction = FALSE;
  return stg_store_commit (im->store, error);
}

gboolean
stg_csv_import_lines (StgStore      *store,
                      const char    *path,
                      GPtrArray    **problems,
                      guint         *n_imported,
                      GCancellable  *cancellable,
                      GError       **error)
{
  Import im;
  gboolean ok;

  g_return_val_if_fail (STG_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (problems != NULL)
    *problems = NULL;
  if (n_imported != NULL)
    *n_imported = 0;
  import_init (&im, store);
  ok = import_file (&im, path, cancellable, error) && finish_import (&im, error);
  if (ok && n_imported != NULL)
    *n_imported = im.n_imported;
  if (problems != NULL && im.problems->len > 0)
    *problems = g_steal_pointer (&im.problems);
  import_clear (&im);
  return ok;
}
