/* stg-cli-csv.c: the export-csv and import-csv verbs */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-cli"

#include "config.h"

#include "stg-cli-csv.h"

#include <stdio.h>
#include <unistd.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>

#include "strategos/stg-csv.h"
#include "stg-cli.h"

/* Prints why the command line is wrong; FALSE, for the callers' return. */
static gboolean
bad_usage (const char *verb,
           const char *message)
{
  g_printerr ("strategos %s: %s\n", verb, message);
  return FALSE;
}

static int
file_error (const GError *error)
{
  g_printerr ("strategos: %s\n", error->message);
  return STG_EXIT_BAD_FILE;
}

/* export-csv */

static const struct {
  const char  *name;
  StgCsvTable  table;
} tables[] = {
  { "lines", STG_CSV_TABLE_LINES },
  { "by-actor", STG_CSV_TABLE_BY_ACTOR },
  { "by-objective", STG_CSV_TABLE_BY_OBJECTIVE },
  { "by-capability", STG_CSV_TABLE_BY_CAPABILITY },
  { "by-source", STG_CSV_TABLE_BY_SOURCE },
};

typedef struct {
  char     *table;
  char     *out;
  char     *delimiter;
  char     *decimal;
  gboolean  bom;
  gboolean  planned;
  gboolean  actual;
  gboolean  both;
} ExportArgs;

static void
export_args_clear (ExportArgs *a)
{
  g_free (a->table);
  g_free (a->out);
  g_free (a->delimiter);
  g_free (a->decimal);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportArgs, export_args_clear)

static gboolean
table_named (const char  *name,
             StgCsvTable *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (name, tables[i].name))
      {
        *table = tables[i].table;
        return TRUE;
      }
  return FALSE;
}

static gboolean
delimiter_named (const char *name,
                 char       *delimiter)
{
  if (g_str_equal (name, ",") || g_str_equal (name, ";"))
    *delimiter = name[0];
  else if (g_str_equal (name, "tab") || g_str_equal (name, "\t"))
    *delimiter = '\t';
  else
    return FALSE;
  return TRUE;
}

/* The locale's defaults, then what was asked. A delimiter or decimal
 * mark asked alone wins over the other's default when they would clash
 * (--delimiter=, in a Belgian locale writes '.' decimals). */
static gboolean
resolve_format (const ExportArgs  *a,
                StgCsvOptions     *options,
                const char        *verb)
{
  if (a->delimiter != NULL && !delimiter_named (a->delimiter, &options->delimiter))
    return bad_usage (verb, _("--delimiter must be “,”, “;” or “tab”"));
  if (a->decimal != NULL && !g_str_equal (a->decimal, ".") && !g_str_equal (a->decimal, ","))
    return bad_usage (verb, _("--decimal must be “.” or “,”"));
  if (a->decimal != NULL)
    options->decimal_mark = a->decimal[0];
  if (options->delimiter != options->decimal_mark)
    return TRUE;
  if (a->delimiter != NULL && a->decimal != NULL)
    return bad_usage (verb, _("The decimal mark cannot be the delimiter"));
  if (a->delimiter != NULL)
    options->decimal_mark = options->decimal_mark == ',' ? '.' : ',';
  else
    options->delimiter = ';';
  return TRUE;
}

static gboolean
resolve_measures (const ExportArgs *a,
                  StgCsvOptions    *options,
                  const char       *verb)
{
  if (a->planned + a->actual + a->both > 1)
    return bad_usage (verb, _("Give only one of --planned, --actual and --both"));
  if (a->planned)
    options->measures = STG_CSV_PLANNED;
  else if (a->actual)
    options->measures = STG_CSV_ACTUAL;
  else
    options->measures = STG_CSV_BOTH;
  return TRUE;
}

static gboolean
resolve_export (const ExportArgs  *a,
                StgCsvTable       *table,
                StgCsvOptions     *options,
                const char        *verb)
{
  if (a->table == NULL)
    return bad_usage (verb, _("--table is required: lines, by-actor, by-objective, by-capability or by-source"));
  if (!table_named (a->table, table))
    return bad_usage (verb, _("--table must be lines, by-actor, by-objective, by-capability or by-source"));
  stg_csv_options_for_locale (NULL, options);
  options->bom = a->bom;
  return resolve_format (a, options, verb) && resolve_measures (a, options, verb);
}

static gboolean
write_to_stdout (StgStore             *store,
                 StgCsvTable           table,
                 const StgCsvOptions  *options,
                 GError              **error)
{
  static const StgBudgetDimension dimensions[] = {
    [STG_CSV_TABLE_BY_ACTOR] = STG_BUDGET_BY_ACTOR,
    [STG_CSV_TABLE_BY_OBJECTIVE] = STG_BUDGET_BY_OBJECTIVE,
    [STG_CSV_TABLE_BY_CAPABILITY] = STG_BUDGET_BY_CAPABILITY,
    [STG_CSV_TABLE_BY_SOURCE] = STG_BUDGET_BY_SOURCE,
  };
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  g_autoptr(StgBudgetTable) budget = NULL;

  if (table == STG_CSV_TABLE_LINES)
    return stg_csv_write_lines (store, out, options, NULL, error);
  budget = stg_budget_table_new (store, dimensions[table], error);
  return budget != NULL && stg_csv_write_table (budget, out, options, NULL, error);
}

int
stg_cli_export_csv (int    argc,
                    char **argv)
{
  g_auto(ExportArgs) a = { 0 };
  const GOptionEntry entries[] = {
    { "table", 0, 0, G_OPTION_ARG_STRING, &a.table, N_("Which table: lines, by-actor, by-objective, by-capability or by-source"), N_("TABLE") },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &a.out, N_("Write to OUT.csv (whole or not at all) instead of the standard output"), N_("OUT.csv") },
    { "delimiter", 0, 0, G_OPTION_ARG_STRING, &a.delimiter, N_("Field delimiter: “,”, “;” or “tab” (default: the locale’s)"), N_("DELIMITER") },
    { "decimal", 0, 0, G_OPTION_ARG_STRING, &a.decimal, N_("Decimal mark: “.” or “,” (default: the locale’s)"), N_("MARK") },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &a.bom, N_("Start with a UTF-8 byte order mark (for older spreadsheets)"), NULL },
    { "planned", 0, 0, G_OPTION_ARG_NONE, &a.planned, N_("Budget tables: planned amounts only"), NULL },
    { "actual", 0, 0, G_OPTION_ARG_NONE, &a.actual, N_("Budget tables: actual amounts only"), NULL },
    { "both", 0, 0, G_OPTION_ARG_NONE, &a.both, N_("Budget tables: planned, actual and variance (the default)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — write budget lines or a budget table as CSV"));
  g_autoptr(StgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  StgCsvOptions options;
  StgCsvTable table;
  gboolean ok;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!stg_cli_parse (context, &argc, &argv))
    return STG_EXIT_USAGE;
  if (argc != 2)
    {
      bad_usage (argv[0], _("expected exactly one FILE (see “strategos export-csv --help”)"));
      return STG_EXIT_USAGE;
    }
  if (!resolve_export (&a, &table, &options, argv[0]))
    return STG_EXIT_USAGE;
  /* Read-only: exporting never changes the strategy. */
  if ((store = stg_store_open (argv[1], STG_STORE_OPEN_READ_ONLY, &error)) == NULL)
    return file_error (error);
  if (a.out != NULL)
    ok = stg_csv_export (store, table, a.out, &options, NULL, &error);
  else
    ok = write_to_stdout (store, table, &options, &error);
  return ok ? STG_EXIT_OK : file_error (error);
}

/* import-csv */

static void
print_problems (const char *csv_path,
                GPtrArray  *problems)
{
  g_autofree char *name = g_filename_display_name (csv_path);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      StgCsvProblem *p = g_ptr_array_index (problems, i);

      if (p->column != NULL)
        g_printerr ("%s:%u: %s: %s\n", name, p->line, p->column, p->message);
      else
        g_printerr ("%s:%u: %s\n", name, p->line, p->message);
    }
}

int
stg_cli_import_csv (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE IN.csv — add the budget lines of a CSV table, all or none"));
  g_autoptr(StgStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!stg_cli_parse (context, &argc, &argv))
    return STG_EXIT_USAGE;
  if (argc != 3)
    {
      bad_usage (argv[0], _("expected a strategy FILE and a CSV file (see “strategos import-csv --help”)"));
      return STG_EXIT_USAGE;
    }
  if ((store = stg_store_open (argv[1], STG_STORE_OPEN_DEFAULT, &error)) == NULL)
    return file_error (error);
  if (!stg_csv_import_lines (store, argv[2], &problems, &n, NULL, &error))
    {
      g_autofree char *name = g_filename_display_name (argv[2]);

      print_problems (argv[2], problems);
      g_printerr ("strategos: %s: %s\n", name, error->message);
      return g_error_matches (error, STG_CSV_ERROR, STG_CSV_ERROR_REFUSED) ? STG_EXIT_REFUSED : STG_EXIT_BAD_FILE;
    }
  printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u budget line\n", "Imported %u budget lines\n", n), n);
  return STG_EXIT_OK;
}
