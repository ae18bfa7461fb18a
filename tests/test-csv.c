/* test-csv.c: budget tables out as CSV, read back by another reader; budget lines back in */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "strategos/stg-csv.h"
#include "stg-store-private.h"
#include "stg-test-cli.h"
#include "stg-test-file.h"
#include "stg-test-store.h"

/* The sample's references used by hand-written CSV files. */
#define SAMPLE_OBJECTIVE "National resilience review with host-nation focus"
#define SAMPLE_ACTOR "National Crisis Centre"
#define LINES_HEADER "objective_id,objective,actor_id,actor,year,category,funding_source,planned,actual\r\n"
#define GOOD_ROW "1,,12,,2025,operations,Federal budget,10.00,\r\n"

static const char *const line_columns[] = {
  "id", "objective_id", "objective", "actor_id", "actor", "year",
  "category", "funding_source", "planned", "actual",
};

/* Helpers */

static char *
file_in (StgFixture *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static void
export (StgStore            *store,
        StgCsvTable          which,
        const char          *path,
        const StgCsvOptions *options)
{
  g_autoptr(GError) error = NULL;

  if (!stg_csv_export (store, which, path, options, NULL, &error))
    fail_msg ("export to %s failed: %s", path, error->message);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, contents, length, &error))
    fail_msg ("could not write %s: %s", path, error->message);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    fail_msg ("could not read %s: %s", path, error->message);
  return contents;
}

/* What tests/csv-check.py, Python's csv module, read in a file: its facts
 * keyed by everything before the last tab ("total\tplanned" -> "12.50"). */
static const char *
checker_path (void)
{
  const char *path = g_getenv ("STG_CSV_CHECK");

  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    fail_msg ("STG_CSV_CHECK must name tests/csv-check.py (got %s)", path ? path : "nothing");
  return path;
}

static GHashTable *
parse_facts (const char *out)
{
  GHashTable *facts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *tab = strrchr (lines[i], '\t');
      if (tab != NULL)
        g_hash_table_insert (facts, g_strndup (lines[i], (gsize) (tab - lines[i])), g_strdup (tab + 1));
    }
  return facts;
}

static GHashTable *
read_back (const char *path,
           char        delimiter,
           char        decimal_mark,
           gboolean    cells)
{
  const char *delim = delimiter == '\t' ? "tab" : delimiter == ';' ? ";" : ",";
  char mark[2] = { decimal_mark, '\0' };
  const char *argv[] = { "python3", checker_path (), path, delim, mark, cells ? "--cells" : NULL, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error))
    fail_msg ("could not run python3: %s", error->message);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    fail_msg ("csv-check.py refused %s: %s", path, err);
  return parse_facts (out);
}

static const char *
fact (GHashTable *facts,
      const char *kind,
      const char *key)
{
  g_autofree char *name = key != NULL ? g_strdup_printf ("%s\t%s", kind, key) : g_strdup (kind);

  return g_hash_table_lookup (facts, name);
}

/* A sum csv-check.py printed ("49307350000.00", "0"), in cents. */
static gint64
fact_amount (GHashTable *facts,
             const char *kind,
             const char *column)
{
  const char *text = fact (facts, kind, column);
  g_autoptr(GError) error = NULL;
  gint64 amount = 0;

  if (text == NULL)
    fail_msg ("csv-check.py printed no %s of “%s”", kind, column);
  if (!stg_money_parse (text, 2, stg_number_format_c (), &amount, &error))
    fail_msg ("%s of “%s” is not an amount: %s", kind, column, text);
  return amount;
}

static const char *
cell (GHashTable *facts,
      guint       row,
      guint       column)
{
  g_autofree char *key = g_strdup_printf ("%u\t%u", row, column);
  const char *text = fact (facts, "cell", key);

  if (text == NULL)
    fail_msg ("no cell %u, %u", row, column);
  return text;
}

static guint
fact_count (GHashTable *facts,
            const char *kind)
{
  const char *text = fact (facts, kind, NULL);

  if (text == NULL)
    fail_msg ("csv-check.py printed no %s", kind);
  return (guint) g_ascii_strtoull (text, NULL, 10);
}

/* How csv-check.py escapes a cell. */
static char *
escaped (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '\\')
        g_string_append (s, "\\\\");
      else if (*p == '\t')
        g_string_append (s, "\\t");
      else if (*p == '\r')
        g_string_append (s, "\\r");
      else if (*p == '\n')
        g_string_append (s, "\\n");
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

/* OWASP's rule, written out again here rather than shared with the code
 * it checks. */
static char *
guarded (const char *text)
{
  const char *p = text;

  g_autofree char *prefixed = NULL;

  while (*p == '\'')
    p++;
  if (*p != '\0' && strchr ("=+-@\t\r\n", *p) != NULL)
    return escaped (prefixed = g_strconcat ("'", text, NULL));
  return escaped (text);
}

/* Every budget line but its id, in id order, as another program sees it. */
static char *
lines_snapshot (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *s = g_string_new (NULL);

  assert_int_equal (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  assert_int_equal (sqlite3_prepare_v2 (db, "SELECT objective_id, actor_id, year, category, funding_source,"
                                        " planned, quote(actual) FROM budget_line ORDER BY id", -1, &stmt, NULL), SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < 7; c++)
        g_string_append_printf (s, "%s|", (const char *) sqlite3_column_text (stmt, c));
      g_string_append_c (s, '\n');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (s, FALSE);
}

static gint64
count_lines (StgStore *store)
{
  return stg_store_count (store, STG_TYPE_BUDGET_LINE, NULL);
}

/* Options */

static void
test_locale_defaults (void **state)
{
  const struct {
    const char *locale;
    char        delimiter;
    char        decimal_mark;
  } cases[] = {
    { "nl_BE.UTF-8", ';', ',' },
    { "fr_BE.UTF-8", ';', ',' },
    { "de_BE.UTF-8", ';', ',' },
    { "en_GB.UTF-8", ',', '.' },
    { "en_US", ',', '.' },
    { "C", ',', '.' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      StgCsvOptions o = { 0 };

      stg_csv_options_for_locale (cases[i].locale, &o);
      assert_int_equal (o.delimiter, cases[i].delimiter);
      assert_int_equal (o.decimal_mark, cases[i].decimal_mark);
      assert_false (o.bom);
      assert_int_equal (o.measures, STG_CSV_BOTH);
    }
}

/* Back to the locale main() runs the tests in. */
static int
restore_locale (void **state)
{
  setlocale (LC_ALL, "C.UTF-8");
  return 0;
}

/* NULL is the current LC_NUMERIC locale. */
static void
test_current_locale_defaults (void **state)
{
  StgCsvOptions o = { 0 };

  stg_test_require_locale ("fr_BE.UTF-8");
  stg_csv_options_for_locale (NULL, &o);
  assert_int_equal (o.delimiter, ';');
  assert_int_equal (o.decimal_mark, ',');
  setlocale (LC_ALL, "C.UTF-8");
  stg_csv_options_for_locale (NULL, &o);
  assert_int_equal (o.delimiter, ',');
  assert_int_equal (o.decimal_mark, '.');
}

/* Exports read back */

/* The lines table in every delimiter, decimal mark and BOM: Python reads
 * as many rows as there are lines, the stable header, and sums that are
 * the strategy's own totals to the cent. */
static void
test_lines_read_back (void **state)
{
  StgFixture *f = *state;
  const StgCsvOptions combos[] = {
    { ',', '.', FALSE, STG_CSV_BOTH },
    { ';', ',', TRUE, STG_CSV_BOTH },
    { '\t', '.', TRUE, STG_CSV_BOTH },
    { '\t', ',', FALSE, STG_CSV_BOTH },
    { ';', '.', FALSE, STG_CSV_BOTH },
  };
  gint64 planned = 0, actual = 0;

  assert_true (stg_store_budget_totals (f->store, 0, &planned, &actual, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    {
      g_autofree char *name = g_strdup_printf ("lines-%u.csv", i);
      g_autofree char *path = file_in (f, name);
      g_autoptr(GHashTable) facts = NULL;

      export (f->store, STG_CSV_TABLE_LINES, path, &combos[i]);
      facts = read_back (path, combos[i].delimiter, combos[i].decimal_mark, FALSE);
      assert_string_equal (fact (facts, "bom", NULL), combos[i].bom ? "1" : "0");
      assert_string_equal (fact (facts, "crlf", NULL), "1");
      assert_int_equal (fact_count (facts, "rows"), count_lines (f->store));
      for (guint c = 0; c < G_N_ELEMENTS (line_columns); c++)
        {
          g_autofree char *index = g_strdup_printf ("%u", c);
          assert_string_equal (fact (facts, "header", index), line_columns[c]);
        }
      assert_true (fact_amount (facts, "total", "planned") == planned);
      assert_true (fact_amount (facts, "total", "actual") == actual);
    }
}

typedef struct {
  gint64   sum;
  gboolean last_set;
  gint64   last;
} Expected;

/* What one measure's column must hold: the rows' cells and the total row. */
static void
expect_measure (StgBudgetTable *t,
                guint           column,   /* G_MAXUINT: the total column */
                StgCsvMeasures  measure,
                Expected       *e)
{
  memset (e, 0, sizeof *e);
  for (guint r = 0; r <= stg_budget_table_get_n_rows (t); r++)
    {
      gboolean total_row = r == stg_budget_table_get_n_rows (t);
      const StgBudgetCell *c = column == G_MAXUINT
        ? (total_row ? stg_budget_table_get_total (t) : stg_budget_table_get_row_total (t, r))
        : (total_row ? stg_budget_table_get_year_total (t, column) : stg_budget_table_get_cell (t, r, column));
      gint64 v = 0;
      gboolean set = TRUE;

      if (measure == STG_CSV_PLANNED)
        v = c->planned;
      else if (measure == STG_CSV_ACTUAL)
        {
          set = c->n_actual > 0;
          v = set ? c->actual : 0;
        }
      else
        set = stg_budget_variance (c, &v);
      if (!total_row)
        e->sum += set ? v : 0;
      else
        {
          e->last_set = set;
          e->last = v;
        }
    }
}

static void
check_measure (GHashTable     *facts,
               StgBudgetTable *t,
               guint           column,
               StgCsvMeasures  measure,
               const char     *heading)
{
  Expected e;

  expect_measure (t, column, measure, &e);
  if (fact_amount (facts, "body", heading) != e.sum)
    fail_msg ("“%s”: the rows add up to %s, expected %" G_GINT64_FORMAT,
              heading, fact (facts, "body", heading), e.sum);
  if (e.last_set)
    assert_true (fact_amount (facts, "last", heading) == e.last);
  else
    assert_null (fact (facts, "last", heading));
}

static void
check_pivot_columns (GHashTable     *facts,
                     StgBudgetTable *t,
                     StgCsvMeasures  measures)
{
  static const struct {
    StgCsvMeasures measure;
    const char    *word;
  } kinds[] = { { STG_CSV_PLANNED, "planned" }, { STG_CSV_ACTUAL, "actual" }, { STG_CSV_BOTH, "variance" } };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *total = NULL;
      gboolean wanted = kinds[k].measure == STG_CSV_BOTH ? measures == STG_CSV_BOTH
                                                          : (measures & kinds[k].measure) != 0;
      total = g_strdup_printf ("Total %s", kinds[k].word);
      if (!wanted)
        {
          assert_null (fact (facts, "body", total));
          continue;
        }
      for (guint c = 0; c < stg_budget_table_get_n_years (t); c++)
        {
          g_autofree char *heading = g_strdup_printf ("%d %s", stg_budget_table_get_year (t, c), kinds[k].word);
          check_measure (facts, t, c, kinds[k].measure, heading);
        }
      check_measure (facts, t, G_MAXUINT, kinds[k].measure, total);
    }
}

/* Each pivot table with each choice of measures: Python reads a row per
 * row of the table and a total row, and every column's numbers are the
 * core's to the cent (a ';' ',' file, as a Belgian spreadsheet writes). */
static void
test_pivot_tables_read_back (void **state)
{
  StgFixture *f = *state;
  const struct {
    StgCsvTable         which;
    StgBudgetDimension  dimension;
    const char         *heading;
  } tables[] = {
    { STG_CSV_TABLE_BY_ACTOR, STG_BUDGET_BY_ACTOR, "Actor" },
    { STG_CSV_TABLE_BY_OBJECTIVE, STG_BUDGET_BY_OBJECTIVE, "Objective" },
    { STG_CSV_TABLE_BY_CAPABILITY, STG_BUDGET_BY_CAPABILITY, "Capability" },
    { STG_CSV_TABLE_BY_SOURCE, STG_BUDGET_BY_SOURCE, "Funding source" },
  };
  const StgCsvMeasures measures[] = { STG_CSV_PLANNED, STG_CSV_ACTUAL, STG_CSV_BOTH };
  gint64 planned = 0, actual = 0;

  assert_true (stg_store_budget_totals (f->store, 0, &planned, &actual, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    for (guint m = 0; m < G_N_ELEMENTS (measures); m++)
      {
        StgCsvOptions o = { ';', ',', FALSE, measures[m] };
        g_autofree char *name = g_strdup_printf ("table-%u-%u.csv", i, m);
        g_autofree char *path = file_in (f, name);
        g_autoptr(StgBudgetTable) t = stg_budget_table_new (f->store, tables[i].dimension, NULL);
        g_autoptr(GHashTable) facts = NULL;

        assert_non_null (t);
        export (f->store, tables[i].which, path, &o);
        facts = read_back (path, ';', ',', TRUE);
        assert_string_equal (fact (facts, "crlf", NULL), "1");
        assert_int_equal (fact_count (facts, "rows"), stg_budget_table_get_n_rows (t) + 1);
        assert_string_equal (fact (facts, "header", "0"), tables[i].heading);
        assert_string_equal (cell (facts, stg_budget_table_get_n_rows (t) + 1, 0), "Total");
        check_pivot_columns (facts, t, measures[m]);
        /* The total counts every line once, whatever the rows. */
        if (measures[m] & STG_CSV_PLANNED)
          assert_true (fact_amount (facts, "last", "Total planned") == planned);
      }
}

/* Formula injection */

static const char *const hostile[] = {
  "=cmd|' /C calc'!A0",
  "+1",
  "-1",
  "@SUM(A1:A9)",
  "\tTabbed",
  "\r\nCarriage return",
  "'=Quoted already",
  "Plain, with \"quotes\"; and a delimiter",
  " Padded ",
};

static gint64
add_line (StgStore   *store,
          const char *title,
          gint64      actor,
          const char *funding_source)
{
  g_autoptr(StgRecord) line = stg_record_new (STG_TYPE_BUDGET_LINE);
  gint64 objective = stg_test_add (store, STG_TYPE_OBJECTIVE, title);

  stg_record_set_int (line, "objective_id", objective);
  stg_record_set_int (line, "actor_id", actor);
  stg_record_set_int (line, "year", 2027);
  stg_record_set_text (line, "funding_source", funding_source);
  stg_record_set_int (line, "planned", 1250);
  stg_record_set_int (line, "actual", 1000);
  assert_true (stg_store_insert (store, line, NULL));
  return objective;
}

static gint64
add_hostile_line (StgStore   *store,
                  const char *title,
                  gint64      actor)
{
  return add_line (store, title, actor, "=HYPERLINK(\"http://example.com\")");
}

/* Every text cell that a spreadsheet would run as a formula starts with
 * an apostrophe, in the lines table and in a pivot table's row labels;
 * the numbers, a negative variance included, are left as they are. */
static void
test_injection_guard (void **state)
{
  StgFixture *f = *state;
  const char *actor_name = "@SUM(1+1)*cmd|' /C calc'!A0";
  gint64 actor = stg_test_add (f->store, STG_TYPE_ACTOR, actor_name);
  StgCsvOptions o = { ',', '.', FALSE, STG_CSV_BOTH };
  g_autofree char *lines = file_in (f, "lines.csv");
  g_autofree char *pivot = file_in (f, "pivot.csv");
  g_autofree char *raw = NULL;
  g_autoptr(GHashTable) facts = NULL;
  g_autoptr(GHashTable) labels = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    add_hostile_line (f->store, hostile[i], actor);
  export (f->store, STG_CSV_TABLE_LINES, lines, &o);
  facts = read_back (lines, ',', '.', TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *title = guarded (hostile[i]);
      g_autofree char *name = guarded (actor_name);

      assert_string_equal (cell (facts, i + 1, 2), title);
      assert_string_equal (cell (facts, i + 1, 4), name);
      assert_string_equal (cell (facts, i + 1, 7), "'=HYPERLINK(\"http://example.com\")");
      assert_string_equal (cell (facts, i + 1, 8), "12.50");
      assert_string_equal (cell (facts, i + 1, 9), "10.00");
    }
  /* RFC 4180 on the wire: quoted because of the quotes, which are doubled. */
  raw = read_file (lines);
  assert_non_null (strstr (raw, ",\"'=HYPERLINK(\"\"http://example.com\"\")\","));

  export (f->store, STG_CSV_TABLE_BY_OBJECTIVE, pivot, &o);
  g_hash_table_unref (facts);
  facts = read_back (pivot, ',', '.', TRUE);
  labels = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint r = 1; r <= G_N_ELEMENTS (hostile); r++)
    {
      g_hash_table_add (labels, (gpointer) cell (facts, r, 0));
      assert_string_equal (cell (facts, r, 1), "12.50");
      assert_string_equal (cell (facts, r, 3), "-2.50");
    }
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *label = guarded (hostile[i]);
      if (!g_hash_table_contains (labels, label))
        fail_msg ("no row labelled %s in the table by objective", label);
    }
}

/* Round trip */

static void
import_ok (StgStore   *store,
           const char *csv,
           guint       expected)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!stg_csv_import_lines (store, csv, &problems, &n, NULL, &error))
    {
      StgCsvProblem *p = problems != NULL && problems->len > 0 ? g_ptr_array_index (problems, 0) : NULL;
      fail_msg ("import of %s failed: %s (first problem: line %u, %s: %s)", csv, error->message,
                p ? p->line : 0, p && p->column ? p->column : "-", p ? p->message : "-");
    }
  assert_null (problems);
  assert_int_equal (n, expected);
}

/* Export, then import into a copy of the strategy without budget lines:
 * the same lines, column for column, hostile, padded and multi-line text
 * included; the import
 * is one step that undo takes back whole. */
static void
test_round_trip (void **state)
{
  StgFixture *f = *state;
  const StgCsvOptions combos[] = {
    { ',', '.', FALSE, STG_CSV_BOTH },
    { ';', ',', TRUE, STG_CSV_BOTH },
    { '\t', ',', TRUE, STG_CSV_BOTH },
  };
  g_autofree char *original = NULL;

  add_hostile_line (f->store, "=Hostile, \"quoted\"", 12);
  add_hostile_line (f->store, "'-Already guarded", 12);
  add_line (f->store, "Padded funding source", 12, " padded\t");
  add_line (f->store, "Multi-line funding source", 12, "two\r\nlines;\"and quotes\"");
  original = lines_snapshot (f->path);
  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    {
      g_autofree char *name = g_strdup_printf ("lines-%u.csv", i);
      g_autofree char *csv = file_in (f, name);
      g_autofree char *copy_name = g_strdup_printf ("copy-%u.strategos", i);
      g_autofree char *copy = file_in (f, copy_name);
      g_autofree char *label = NULL;
      g_autofree char *imported = NULL;
      g_autofree char *expected_label = g_strdup_printf ("Import budget lines from “%s”", name);
      g_autoptr(StgStore) store = NULL;
      gint64 n = count_lines (f->store);

      export (f->store, STG_CSV_TABLE_LINES, csv, &combos[i]);
      assert_true (stg_store_save_copy (f->store, copy, NULL));
      stg_test_run_sql (copy, "DELETE FROM budget_line");
      store = stg_store_open (copy, STG_STORE_OPEN_DEFAULT, NULL);
      assert_non_null (store);
      import_ok (store, csv, (guint) n);
      imported = lines_snapshot (copy);
      assert_string_equal (imported, original);

      label = stg_store_get_undo_label (store);
      assert_string_equal (label, expected_label);
      assert_true (stg_store_undo (store, NULL));
      assert_int_equal (count_lines (store), 0);
      assert_true (stg_store_redo (store, NULL));
      assert_int_equal (count_lines (store), n);
    }
}

/* A spreadsheet's re-save: BOM, ';' and ',' decimals, LF line ends,
 * titles rather than ids, columns in another order, an extra column,
 * optional ones left out, padded amounts, blank and empty trailing rows. */
static void
test_import_spreadsheet_resave (void **state)
{
  StgFixture *f = *state;
  g_autofree char *csv = file_in (f, "resaved.csv");
  const char *text =
    "\xEF\xBB\xBFnote;year;objective;actor;planned;actual\n"
    "first;2031;" SAMPLE_OBJECTIVE ";\"" SAMPLE_ACTOR "\"; 1234,5 ;\n"
    "\"second; with \"\"quotes\"\"\";2032;\"" SAMPLE_OBJECTIVE "\";" SAMPLE_ACTOR ";1;0,05\n"
    ";;;;;\n"
    "\n";
  gint64 planned = 0, actual = 0;

  write_file (csv, text, -1);
  import_ok (f->store, csv, 2);
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM budget_line WHERE year >= 2031"
                                                 " AND category = 'operations' AND funding_source = ''"
                                                 " AND objective_id = 1 AND actor_id = 12"), 2);
  planned = stg_test_query_int (f->path, "SELECT planned FROM budget_line WHERE year = 2031");
  assert_true (planned == 123450);
  assert_int_equal (stg_test_query_int (f->path, "SELECT actual IS NULL FROM budget_line WHERE year = 2031"), 1);
  actual = stg_test_query_int (f->path, "SELECT actual FROM budget_line WHERE year = 2032");
  assert_true (actual == 5);
  assert_int_equal (stg_test_query_int (f->path, "SELECT planned FROM budget_line WHERE year = 2032"), 100);
}

/* Refusals */

typedef struct {
  const char *what;
  const char *csv;
  int         code;
  guint       line;
  const char *column;    /* NULL: the whole row */
  const char *says;      /* part of the message */
} BadCase;

static const BadCase bad_cases[] = {
  { "unknown objective", LINES_HEADER GOOD_ROW ",No such objective,12,,2025,,,1.00,\r\n",
    STG_CSV_ERROR_REFUSED, 3, "objective", "No such objective" },
  { "unknown objective id", LINES_HEADER GOOD_ROW "99999,,12,,2025,,,1.00,\r\n",
    STG_CSV_ERROR_REFUSED, 3, "objective_id", "99999" },
  { "unknown actor", LINES_HEADER GOOD_ROW GOOD_ROW "1,,,Nobody at all,2025,,,1.00,\r\n",
    STG_CSV_ERROR_REFUSED, 4, "actor", "Nobody at all" },
  { "id and title disagree", LINES_HEADER "1,Another title,12,,2025,,,1.00,\r\n",
    STG_CSV_ERROR_REFUSED, 2, "objective", SAMPLE_OBJECTIVE },
  { "no objective", LINES_HEADER ",,12,,2025,,,1.00,\r\n",
    STG_CSV_ERROR_REFUSED, 2, "objective", "missing" },
  { "bad year", LINES_HEADER GOOD_ROW "1,,12,,20x6,,,1.00,\r\n",
    STG_CSV_ERROR_REFUSED, 3, "year", "20x6" },
  { "year out of range", LINES_HEADER "1,,12,,1850,,,1.00,\r\n",
    STG_CSV_ERROR_REFUSED, 2, "year", "1850" },
  { "overflowing amount", LINES_HEADER GOOD_ROW "1,,12,,2025,,,99999999999999999999,\r\n",
    STG_CSV_ERROR_REFUSED, 3, "planned", "too large" },
  { "negative amount", LINES_HEADER GOOD_ROW "1,,12,,2025,,,1.00,-5.00\r\n",
    STG_CSV_ERROR_REFUSED, 3, "actual", "negative" },
  { "not an amount", LINES_HEADER "1,,12,,2025,,,1 000,\r\n",
    STG_CSV_ERROR_REFUSED, 2, "planned", "1 000" },
  { "more decimals than the currency", LINES_HEADER "1,,12,,2025,,,1.234,\r\n",
    STG_CSV_ERROR_REFUSED, 2, "planned", "decimals" },
  { "thousands separator", "objective_id;actor_id;year;planned\r\n1;12;2025;1.234,50\r\n",
    STG_CSV_ERROR_REFUSED, 2, "planned", "1.234,50" },
  { "missing planned", LINES_HEADER "1,,12,,2025,,,,\r\n",
    STG_CSV_ERROR_REFUSED, 2, "planned", "missing" },
  { "unknown category", LINES_HEADER "1,,12,,2025,travel,,1.00,\r\n",
    STG_CSV_ERROR_REFUSED, 2, "category", "travel" },
  { "wrong column count", LINES_HEADER GOOD_ROW "1,,12,,2025,operations,Fund,10.00\r\n",
    STG_CSV_ERROR_REFUSED, 3, NULL, "8 cells" },
  { "unterminated quote", LINES_HEADER GOOD_ROW "1,,12,,2025,operations,\"Fund,10.00,\r\n" GOOD_ROW,
    STG_CSV_ERROR_REFUSED, 3, "funding_source", "never closed" },
  { "invalid UTF-8", LINES_HEADER GOOD_ROW "1,,12,,2025,operations,Fund \xff\xfe,10.00,\r\n",
    STG_CSV_ERROR_REFUSED, 3, "funding_source", "UTF-8" },
  { "line count after a quoted line break", LINES_HEADER "1,,12,,2025,,\"two\r\nlines\",1.00,\r\n" "1,,12,,20x6,,,1.00,\r\n",
    STG_CSV_ERROR_REFUSED, 4, "year", "20x6" },
  { "line count with LF and a blank line", "objective_id,actor_id,year,planned\n1,12,2025,1\n\n1,12,2025,x\n",
    STG_CSV_ERROR_REFUSED, 4, "planned", "x" },
  { "missing column", "objective_id,actor_id,year,actual\r\n1,12,2025,1.00\r\n",
    STG_CSV_ERROR_FORMAT, 1, "planned", "planned" },
};

static StgCsvProblem *
only_problem (GPtrArray *problems)
{
  if (problems == NULL || problems->len != 1)
    fail_msg ("expected one problem, got %u", problems != NULL ? problems->len : 0);
  return g_ptr_array_index (problems, 0);
}

static void
check_refused (StgFixture    *f,
               const BadCase *bad,
               const char    *csv)
{
  g_autofree char *before = stg_test_checksum (f->path);
  g_autofree char *after = NULL;
  g_autofree char *label = stg_store_get_undo_label (f->store);
  g_autofree char *label_after = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n = count_lines (f->store);
  StgCsvProblem *p;
  guint imported = 7;

  assert_false (stg_csv_import_lines (f->store, csv, &problems, &imported, NULL, &error));
  if (!g_error_matches (error, STG_CSV_ERROR, bad->code))
    fail_msg ("%s: expected error %d, got %s", bad->what, bad->code, error->message);
  assert_int_equal (imported, 0);
  p = only_problem (problems);
  if (p->line != bad->line || g_strcmp0 (p->column, bad->column) != 0 || strstr (p->message, bad->says) == NULL)
    fail_msg ("%s: expected line %u, %s, “%s”; got line %u, %s: %s", bad->what, bad->line,
              bad->column ? bad->column : "(row)", bad->says, p->line, p->column ? p->column : "(row)", p->message);
  after = stg_test_checksum (f->path);
  assert_string_equal (before, after);
  assert_int_equal (count_lines (f->store), n);
  label_after = stg_store_get_undo_label (f->store);
  assert_true (g_strcmp0 (label_after, label) == 0);
}

/* Each kind of bad input is named with its line, column and reason, and
 * leaves the strategy file exactly as it was. */
static void
test_import_refuses_bad_rows (void **state)
{
  StgFixture *f = *state;

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("bad-%u.csv", i);
      g_autofree char *csv = file_in (f, name);

      write_file (csv, bad_cases[i].csv, -1);
      check_refused (f, &bad_cases[i], csv);
    }
}

/* Every refused row is reported, not only the first, with physical line
 * numbers that count the line breaks inside quoted cells. */
static void
test_import_reports_every_row (void **state)
{
  StgFixture *f = *state;
  g_autofree char *csv = file_in (f, "many.csv");
  g_autofree char *before = stg_test_checksum (f->path);
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  const struct { guint line; const char *column; } expected[] = {
    { 3, "year" }, { 3, "planned" }, { 7, "actor_id" }, { 9, NULL },
  };

  write_file (csv,
              LINES_HEADER                                  /* 1 */
              GOOD_ROW                                      /* 2 */
              "1,,12,,1,,,x,\r\n"                           /* 3: year and planned */
              "1,,12,,2025,,\"three\nline\ncell\",1,\r\n"   /* 4 to 6 */
              "1,,77777,,2025,,,1,\r\n"                     /* 7 */
              GOOD_ROW                                      /* 8 */
              "1,,12\r\n",                                  /* 9 */
              -1);
  assert_false (stg_csv_import_lines (f->store, csv, &problems, NULL, NULL, &error));
  assert_non_null (problems);
  assert_int_equal (problems->len, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      StgCsvProblem *p = g_ptr_array_index (problems, i);
      assert_int_equal (p->line, expected[i].line);
      assert_string_equal (p->column ? p->column : "(row)", expected[i].column ? expected[i].column : "(row)");
    }
  assert_string_equal (error->message, "3 rows refused; nothing was imported");
  after = stg_test_checksum (f->path);
  assert_string_equal (before, after);
}

/* Files that are not a lines table at all. */
static void
test_import_refuses_bad_files (void **state)
{
  StgFixture *f = *state;
  const struct {
    const char *contents;
    gssize      length;
    int         code;
  } cases[] = {
    { "", 0, STG_CSV_ERROR_FORMAT },
    { "\xEF\xBB\xBF", 3, STG_CSV_ERROR_FORMAT },
    { "\n\n\r\n", -1, STG_CSV_ERROR_FORMAT },
    { "\xFF\xFEo\0b\0j\0", 8, STG_CSV_ERROR_FORMAT },
    { "objective_id,\"actor_id,year,planned\r\n", -1, STG_CSV_ERROR_FORMAT },
    { "objective_id,actor_id,year,year,planned\r\n", -1, STG_CSV_ERROR_FORMAT },
  };
  g_autofree char *missing = file_in (f, "missing.csv");
  g_autofree char *before = stg_test_checksum (f->path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("file-%u.csv", i);
      g_autofree char *csv = file_in (f, name);

      write_file (csv, cases[i].contents, cases[i].length);
      assert_false (stg_csv_import_lines (f->store, csv, NULL, NULL, NULL, &error));
      stg_assert_error (error, STG_CSV_ERROR, cases[i].code);
    }
  assert_false (stg_csv_import_lines (f->store, missing, NULL, NULL, NULL, &error));
  stg_assert_error (error, STG_CSV_ERROR, STG_CSV_ERROR_IO);
  after = stg_test_checksum (f->path);
  assert_string_equal (before, after);
}

/* A strategy open for reading only is not written to. */
static void
test_import_read_only (void **state)
{
  StgFixture *f = *state;
  g_autofree char *copy = file_in (f, "copy.strategos");
  g_autofree char *csv = file_in (f, "lines.csv");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(StgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  StgCsvOptions o = { ',', '.', FALSE, STG_CSV_BOTH };

  export (f->store, STG_CSV_TABLE_LINES, csv, &o);
  assert_true (stg_store_save_copy (f->store, copy, NULL));
  before = stg_test_checksum (copy);
  store = stg_store_open (copy, STG_STORE_OPEN_READ_ONLY, NULL);
  assert_false (stg_csv_import_lines (store, csv, NULL, NULL, NULL, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_READ_ONLY);
  after = stg_test_checksum (copy);
  assert_string_equal (before, after);
}

/* A file of GOOD_ROWs up to about @size bytes, then one row whose
 * funding source is quoted and holds a line break, then a row with a bad
 * year; *@n_rows gets the number of GOOD_ROWs. */
static GString *
file_with_long_cell (guint        size,
                     const char  *cell,
                     guint       *n_rows)
{
  GString *text = g_string_new (LINES_HEADER);

  for (*n_rows = 0; text->len + strlen (GOOD_ROW) < size; (*n_rows)++)
    g_string_append (text, GOOD_ROW);
  g_string_append_printf (text, "1,,12,,2025,operations,\"%s\",10.00,\r\n" "1,,12,,20x6,,,1.00,\r\n", cell);
  return text;
}

/* Line numbers count a line break in a quoted cell wherever the file's
 * 64 KiB blocks fall: a cell whose closing quote is the first block's last
 * byte, and one that runs over three blocks. */
static void
test_import_line_count_across_blocks (void **state)
{
  StgFixture *f = *state;
  g_autofree char *csv = file_in (f, "long-cell.csv");
  g_autofree char *padding = g_strnfill (70000, 'y');
  g_autofree char *long_cell = g_strconcat ("two\r\nlines", padding, NULL);
  const char *prefix = "1,,12,,2025,operations,\"two\r\nlines";
  GString *texts[2];
  guint n_rows[2];

  /* The closing quote at offset 65535: pad the cell to end there. */
  texts[0] = file_with_long_cell (60000, "", &n_rows[0]);
  {
    gsize row_start = strlen (LINES_HEADER) + n_rows[0] * strlen (GOOD_ROW);
    gsize fill = 65535 - (row_start + strlen (prefix));
    g_autofree char *cell = g_strconcat ("two\r\nlines", padding + 70000 - fill, NULL);

    g_string_free (texts[0], TRUE);
    texts[0] = file_with_long_cell (60000, cell, &n_rows[0]);
    assert_int_equal (texts[0]->str[65535], '"');
    assert_non_null (strchr (texts[0]->str + 65536, '\n'));
    assert_null (strchr (texts[0]->str + 65536, '"'));
  }
  texts[1] = file_with_long_cell (60000, long_cell, &n_rows[1]);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      StgCsvProblem *p;

      write_file (csv, texts[i]->str, (gssize) texts[i]->len);
      assert_false (stg_csv_import_lines (f->store, csv, &problems, NULL, NULL, &error));
      stg_assert_error (error, STG_CSV_ERROR, STG_CSV_ERROR_REFUSED);
      p = only_problem (problems);
      assert_int_equal (p->line, n_rows[i] + 4);
      assert_string_equal (p->column, "year");
      g_string_free (texts[i], TRUE);
    }
}

/* Large imports */

/* @n_rows good lines over three objectives, the six years 2025-2030 and
 * two actors; the rows on the physical lines listed in @bad_lines
 * (ending with 0) have a year that is not one. */
static char *
large_csv (StgFixture  *f,
           const char  *name,
           guint        n_rows,
           const guint *bad_lines)
{
  g_autofree char *path = file_in (f, name);
  g_autoptr(GString) text = g_string_new (LINES_HEADER);

  for (guint i = 0; i < n_rows; i++)
    {
      guint line = i + 2;
      gboolean bad = FALSE;

      for (const guint *b = bad_lines; *b != 0; b++)
        bad = bad || *b == line;
      g_string_append_printf (text, "%u,,%u,,%s,other,Bulk %u,%u.%02u,\r\n",
                              1 + i % 3, i % 2 ? 12 : 1, bad ? "20x6" : (i % 6 == 0 ? "2025" : "2030"),
                              i, i, i % 100);
    }
  write_file (path, text->str, (gssize) text->len);
  return g_steal_pointer (&path);
}

/* The budget_line indexes as the file holds them. */
static char *
index_sql (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *sql;

  assert_int_equal (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  assert_int_equal (sqlite3_prepare_v2 (db, "SELECT group_concat(name || ': ' || sql, '; ') FROM "
                                        "(SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                                        "AND tbl_name = 'budget_line' ORDER BY name)", -1, &stmt, NULL), SQLITE_OK);
  assert_int_equal (sqlite3_step (stmt), SQLITE_ROW);
  sql = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return sql;
}

/* SQLite finds nothing wrong, and each index holds every line: a
 * count through it is the count through the table. */
static void
check_sound (const char *path)
{
  static const char *const checks[] = {
    "SELECT count(*) FROM budget_line INDEXED BY budget_line_year WHERE year BETWEEN 1900 AND 2200",
    "SELECT count(*) FROM budget_line INDEXED BY budget_line_objective WHERE objective_id > 0",
    "SELECT count(*) FROM budget_line INDEXED BY budget_line_actor WHERE actor_id > 0",
  };
  gint64 n = stg_test_query_int (path, "SELECT count(*) FROM budget_line NOT INDEXED");

  assert_int_equal (stg_test_query_int (path, "SELECT count(*) FROM pragma_integrity_check "
                                              "WHERE integrity_check <> 'ok'"), 0);
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    assert_int_equal (stg_test_query_int (path, checks[i]), n);
}

/* The store's connection checks every row again: SQLite itself refuses a
 * line that breaks a CHECK constraint of the schema. */
static void
check_constraints_on (StgStore *store)
{
  sqlite3 *db = stg_db_handle (stg_store_get_db (store));

  assert_int_equal (sqlite3_exec (db, "INSERT INTO budget_line (objective_id, actor_id, year, planned) "
                                      "VALUES (1, 12, 1850, 1)", NULL, NULL, NULL), SQLITE_CONSTRAINT_CHECK);
}

static int
restore_sorted_index_rows (void **state)
{
  stg_db_set_sorted_index_rows (0);
  return stg_fixture_teardown (state);
}

/* An import past the threshold drops the indexes while it inserts and
 * builds them again sorted: the file has the same indexes, each of them
 * complete, and the import is one step that undo and redo take whole.
 * An edit after it is a step of its own: the undo log records again. */
static void
test_import_large (void **state)
{
  StgFixture *f = *state;
  const guint none[] = { 0 };
  g_autofree char *csv = NULL;
  g_autofree char *indexes = index_sql (f->path);
  g_autofree char *after = NULL;
  g_autofree char *label = NULL;
  gint64 before = count_lines (f->store);

  stg_db_set_sorted_index_rows (1000);
  csv = large_csv (f, "large.csv", 5000, none);
  import_ok (f->store, csv, 5000);
  assert_int_equal (count_lines (f->store), before + 5000);
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM budget_line WHERE funding_source LIKE 'Bulk %'"), 5000);
  after = index_sql (f->path);
  assert_string_equal (after, indexes);
  check_sound (f->path);
  check_constraints_on (f->store);

  add_line (f->store, "After the import", 12, "");   /* an objective, then its line */
  assert_true (stg_store_undo (f->store, NULL));
  assert_int_equal (count_lines (f->store), before + 5000);
  assert_true (stg_store_undo (f->store, NULL));
  label = stg_store_get_undo_label (f->store);
  assert_string_equal (label, "Import budget lines from “large.csv”");
  assert_true (stg_store_undo (f->store, NULL));
  assert_int_equal (count_lines (f->store), before);
  check_sound (f->path);
  assert_true (stg_store_redo (f->store, NULL));
  assert_int_equal (count_lines (f->store), before + 5000);
  check_sound (f->path);
}

/* Refused rows late in a large import, after the indexes were dropped
 * and thousands of rows written, and early, before anything was: every
 * one is reported, and the file is left as it was, indexes and all. */
static void
test_import_large_refused (void **state)
{
  StgFixture *f = *state;
  const guint late[] = { 4990, 0 };
  const guint early_and_late[] = { 3, 4001, 4990, 0 };
  const guint *const cases[] = { late, early_and_late };
  g_autofree char *indexes = index_sql (f->path);
  g_autofree char *checksum = stg_test_checksum (f->path);
  gint64 before = count_lines (f->store);

  stg_db_set_sorted_index_rows (1000);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *name = g_strdup_printf ("refused-%u.csv", c);
      g_autofree char *csv = large_csv (f, name, 5000, cases[c]);
      g_autofree char *checksum_after = NULL;
      g_autofree char *indexes_after = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      guint n = 0;

      assert_false (stg_csv_import_lines (f->store, csv, &problems, &n, NULL, &error));
      stg_assert_error (error, STG_CSV_ERROR, STG_CSV_ERROR_REFUSED);
      assert_int_equal (n, 0);
      for (n = 0; cases[c][n] != 0; n++)
        {
          StgCsvProblem *p;

          assert_true (n < problems->len);
          p = g_ptr_array_index (problems, n);
          assert_int_equal (p->line, cases[c][n]);
          assert_string_equal (p->column, "year");
        }
      assert_int_equal (problems->len, n);
      checksum_after = stg_test_checksum (f->path);
      assert_string_equal (checksum_after, checksum);
      indexes_after = index_sql (f->path);
      assert_string_equal (indexes_after, indexes);
      assert_int_equal (count_lines (f->store), before);
    }
  check_sound (f->path);
  check_constraints_on (f->store);
  /* The undo log records again after the rollback. */
  add_line (f->store, "After the refusal", 12, "");
  assert_int_equal (count_lines (f->store), before + 1);
  assert_true (stg_store_undo (f->store, NULL));
  assert_int_equal (count_lines (f->store), before);
}

/* SQLite failing midway (here the file may not grow, as on a full disk)
 * stops the import, with the reader thousands of rows ahead, and leaves
 * the file and its indexes as they were. */
static void
test_import_write_fails (void **state)
{
  StgFixture *f = *state;
  const guint none[] = { 0 };
  g_autofree char *csv = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *checksum_after = NULL;
  g_autofree char *indexes = NULL;
  g_autofree char *indexes_after = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before;
  guint n = 7;
  struct rlimit limit, lowered;
  GStatBuf st;

  /* The write fails when the file may not grow: a file size limit, with
   * the signal it raises ignored (an added index that made a row clash
   * would now be refused as a tampered schema). */
  before = count_lines (f->store);
  checksum = stg_test_checksum (f->path);
  indexes = index_sql (f->path);
  stg_db_set_sorted_index_rows (1000);
  csv = large_csv (f, "write-fails.csv", 20000, none);
  assert_int_equal (g_stat (f->path, &st), 0);
  signal (SIGXFSZ, SIG_IGN);
  assert_int_equal (getrlimit (RLIMIT_FSIZE, &limit), 0);
  lowered = limit;
  lowered.rlim_cur = st.st_size;
  assert_int_equal (setrlimit (RLIMIT_FSIZE, &lowered), 0);
  assert_false (stg_csv_import_lines (f->store, csv, &problems, &n, NULL, &error));
  assert_int_equal (setrlimit (RLIMIT_FSIZE, &limit), 0);
  signal (SIGXFSZ, SIG_DFL);
  assert_non_null (error);
  if (error->domain != STG_STORE_ERROR)
    fail_msg ("expected a store error, got: %s", error->message);
  assert_null (problems);
  assert_int_equal (n, 0);
  checksum_after = stg_test_checksum (f->path);
  assert_string_equal (checksum_after, checksum);
  indexes_after = index_sql (f->path);
  assert_string_equal (indexes_after, indexes);
  assert_int_equal (count_lines (f->store), before);
  check_constraints_on (f->store);
}

/* Whole or nothing */

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* A failed or cancelled export leaves no file, or the old one, and no
 * temporary file behind; a finished one replaces the old file. It never
 * replaces the strategy itself. */
static void
test_export_whole_or_nothing (void **state)
{
  StgFixture *f = *state;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *nowhere = g_build_filename (f->dir, "no-such-folder", "out.csv", NULL);
  g_autofree char *out = file_in (f, "out.csv");
  g_autofree char *contents = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  StgCsvOptions o = { ',', '.', FALSE, STG_CSV_BOTH };
  guint n_entries;

  assert_false (stg_csv_export (f->store, STG_CSV_TABLE_LINES, nowhere, &o, NULL, &error));
  stg_assert_error (error, STG_CSV_ERROR, STG_CSV_ERROR_IO);
  before = stg_test_checksum (f->path);
  assert_false (stg_csv_export (f->store, STG_CSV_TABLE_LINES, f->path, &o, NULL, &error));
  stg_assert_error (error, STG_CSV_ERROR, STG_CSV_ERROR_IO);
  after = stg_test_checksum (f->path);
  assert_string_equal (before, after);

  write_file (out, "old", -1);
  n_entries = count_entries (f->dir);
  g_cancellable_cancel (cancellable);
  assert_false (stg_csv_export (f->store, STG_CSV_TABLE_BY_ACTOR, out, &o, cancellable, &error));
  stg_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  contents = read_file (out);
  assert_string_equal (contents, "old");
  assert_int_equal (count_entries (f->dir), n_entries);

  export (f->store, STG_CSV_TABLE_BY_ACTOR, out, &o);
  g_free (contents);
  contents = read_file (out);
  assert_true (g_str_has_prefix (contents, "Actor,"));
  assert_int_equal (count_entries (f->dir), n_entries);
}

/* The verbs, end to end */

#define run_in_locale(r, locale, ...) stg_test_run ((r), NULL, (locale), __VA_ARGS__, NULL)
#define run_cli(r, ...) stg_test_run ((r), NULL, "C.UTF-8", __VA_ARGS__, NULL)

/* export-csv: stdout and --out agree; wrong options are usage errors. */
static void
test_cli_export (void **state)
{
  StgFixture *f = *state;
  g_autofree char *out = file_in (f, "out.csv");
  g_autofree char *written = NULL;
  const char *const bad_usage[][3] = {
    { "--table=nope", NULL, NULL },
    { "--table=lines", "--delimiter=|", NULL },
    { "--table=lines", "--decimal=;", NULL },
    { "--table=by-actor", "--planned", "--actual" },
    { "--delimiter=;", NULL, NULL },
  };

  {
    g_auto(CliRun) r = { 0 };
    g_auto(CliRun) to_file = { 0 };

    run_cli (&r, "export-csv", f->path, "--table=lines");
    assert_exit (&r, 0);
    run_cli (&to_file, "export-csv", f->path, "--table", "lines", "--out", out);
    assert_exit (&to_file, 0);
    written = read_file (out);
    assert_string_equal (r.out, written);
    assert_true (g_str_has_prefix (r.out, "id,objective_id,objective,"));
  }
  for (guint i = 0; i < G_N_ELEMENTS (bad_usage); i++)
    {
      g_auto(CliRun) r = { 0 };
      run_cli (&r, "export-csv", f->path, bad_usage[i][0], bad_usage[i][1], bad_usage[i][2]);
      assert_exit (&r, 1);
    }
  {
    g_auto(CliRun) r = { 0 };
    g_autofree char *missing = file_in (f, "missing.strategos");
    run_cli (&r, "export-csv", missing, "--table=lines");
    assert_exit (&r, 2);
  }
}

/* A Belgian locale's defaults are ';' and ','; either can be overridden. */
static void
test_cli_export_locale (void **state)
{
  StgFixture *f = *state;
  g_auto(CliRun) belgian = { 0 };
  g_auto(CliRun) overridden = { 0 };

  if (setlocale (LC_ALL, "nl_BE.UTF-8") == NULL)
    skip ();
  setlocale (LC_ALL, "C.UTF-8");
  run_in_locale (&belgian, "nl_BE.UTF-8", "export-csv", f->path, "--table=by-actor", "--planned", NULL);
  assert_exit (&belgian, 0);
  /* Pivot headers are for people: in the user's language. */
  assert_true (g_str_has_prefix (belgian.out, "Actor;2025 gepland;"));
  assert_non_null (strstr (belgian.out, ",00;"));
  /* The lines table is for machines: its column names never change. */
  {
    g_auto(CliRun) lines = { 0 };
    run_in_locale (&lines, "nl_BE.UTF-8", "export-csv", f->path, "--table=lines", NULL);
    assert_exit (&lines, 0);
    assert_true (g_str_has_prefix (lines.out, "id;objective_id;objective;"));
  }
  run_in_locale (&overridden, "nl_BE.UTF-8", "export-csv", f->path, "--table=by-actor", "--delimiter=,", NULL);
  assert_exit (&overridden, 0);
  assert_non_null (strstr (overridden.out, ".00,"));
}

/* import-csv: a count on success; every problem as FILE:LINE: COLUMN:
 * message and status 3 on refusal, the strategy untouched. */
static void
test_cli_import (void **state)
{
  StgFixture *f = *state;
  g_autofree char *copy = file_in (f, "copy.strategos");
  g_autofree char *lines = file_in (f, "lines.csv");
  g_autofree char *bad = file_in (f, "bad.csv");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *line_3 = NULL;
  StgCsvOptions o = { ',', '.', FALSE, STG_CSV_BOTH };
  g_auto(CliRun) ok = { 0 };
  g_auto(CliRun) refused = { 0 };

  export (f->store, STG_CSV_TABLE_LINES, lines, &o);
  assert_true (stg_store_save_copy (f->store, copy, NULL));
  stg_test_run_sql (copy, "DELETE FROM budget_line");
  run_cli (&ok, "import-csv", copy, lines);
  assert_exit (&ok, 0);
  expected = g_strdup_printf ("Imported %" G_GINT64_FORMAT " budget lines\n", count_lines (f->store));
  assert_string_equal (ok.out, expected);

  write_file (bad, LINES_HEADER GOOD_ROW "1,,12,,20x6,,,1.00,\r\n" "1,,12\r\n", -1);
  before = stg_test_checksum (copy);
  run_cli (&refused, "import-csv", copy, bad);
  assert_exit (&refused, 3);
  line_3 = g_strdup_printf ("%s:3: year: ", bad);
  assert_non_null (strstr (refused.err, line_3));
  assert_non_null (strstr (refused.err, ":4: The row has 3 cells"));
  assert_non_null (strstr (refused.err, "2 rows refused; nothing was imported"));
  after = stg_test_checksum (copy);
  assert_string_equal (before, after);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_locale_defaults),
    cmocka_unit_test_teardown (test_current_locale_defaults, restore_locale),
    cmocka_unit_test_setup_teardown (test_lines_read_back, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_pivot_tables_read_back, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_injection_guard, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_round_trip, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_import_spreadsheet_resave, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_import_refuses_bad_rows, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_import_reports_every_row, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_import_refuses_bad_files, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_import_read_only, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_import_line_count_across_blocks, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_import_large, stg_fixture_setup_sample, restore_sorted_index_rows),
    cmocka_unit_test_setup_teardown (test_import_large_refused, stg_fixture_setup_sample, restore_sorted_index_rows),
    cmocka_unit_test_setup_teardown (test_import_write_fails, stg_fixture_setup_sample, restore_sorted_index_rows),
    cmocka_unit_test_setup_teardown (test_export_whole_or_nothing, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_cli_export, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_cli_export_locale, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_cli_import, stg_fixture_setup_sample, stg_fixture_teardown),
  };

  stg_test_init ();
  setlocale (LC_ALL, "C.UTF-8");
  return cmocka_run_group_tests (tests, NULL, NULL);
}
