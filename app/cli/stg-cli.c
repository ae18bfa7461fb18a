/* stg-cli.c: the headless verbs of the strategos command */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "strategos/strategos.h"
#include "stg-cli.h"
#include "stg-cli-check.h"
#include "stg-cli-csv.h"
#include "stg-cli-print.h"
#include "stg-cli-version.h"

typedef int (*VerbFunc) (int argc, char **argv);

static int verb_new  (int argc, char **argv);
static int verb_info (int argc, char **argv);

static const struct {
  const char *name;
  VerbFunc    run;
} verbs[] = {
  { "new", verb_new },
  { "info", verb_info },
  { "check", stg_cli_check },
  { "export-csv", stg_cli_export_csv },
  { "import-csv", stg_cli_import_csv },
  { "versions", stg_cli_versions },
  { "diff", stg_cli_diff },
  { "print", stg_cli_print },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage:"));
  fprintf (out, "  strategos [FILE]\n      %s\n", _("Open FILE (or the sample strategy) in the workbench window"));
  fprintf (out, "  strategos new FILE [--sample] [--title=TITLE]\n      %s\n", _("Create a strategy file, empty or holding the illustrative sample"));
  fprintf (out, "  strategos info FILE\n      %s\n", _("Show a strategy’s title, classification, counts and budget totals"));
  fprintf (out, "  strategos check FILE [--format=text|csv|json] [--today=YYYY-MM-DD] [--max-priorities=N]\n      %s\n", _("List the gaps in a strategy: unaddressed threats, objectives without lead, deadline or budget, budgets over their ceiling…"));
  fprintf (out, "  strategos export-csv FILE --table=TABLE [--out=OUT.csv] [--delimiter=,|;|tab] [--decimal=.|,] [--bom] [--planned|--actual|--both]\n      %s\n", _("Write budget lines (TABLE lines) or a budget table (by-actor, by-objective, by-capability, by-source) as CSV"));
  fprintf (out, "  strategos import-csv FILE IN.csv\n      %s\n", _("Add the budget lines of a CSV lines table to a strategy, all or none"));
  fprintf (out, "  strategos versions FILE [--save=NAME]\n      %s\n", _("List the versions saved in a strategy file, or save the strategy as it is now as a named version"));
  fprintf (out, "  strategos diff FILE VERSION [VERSION]\n      %s\n", _("List what changed from one version to another, or to now: items added, removed and changed, links, budget by year"));
  fprintf (out, "  strategos print FILE --out=SUMMARY.pdf [--paper=a4|letter] [--sections=LIST] [--actor=NAME] [--since=VERSION]\n      %s\n", _("Print a review summary for the National Security Council as PDF, or one actor’s part of it"));
  fprintf (out, "  strategos --help\n      %s\n", _("Show this help"));
  fprintf (out, "  strategos --version\n      %s\n", _("Show the version"));
  fprintf (out, "\n%s\n", _("Run “strategos VERB --help” for the options of a verb."));
  fprintf (out, "%s\n", _("Exit status: 0 success, 1 wrong usage, 2 a file that cannot be read or is not a valid strategy, 3 an import that refused rows (nothing was imported), a check that found errors, or a diff that found changes."));
}

gboolean
stg_cli_wants (int    argc,
               char **argv)
{
  if (argc < 2)
    return FALSE;
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "--version"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (argv[1], verbs[i].name))
      return TRUE;
  /* An unknown option is a usage error, not a file for the window. */
  return argv[1][0] == '-';
}

int
stg_cli_run (int    argc,
             char **argv)
{
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage (stdout);
      return STG_EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("strategos %s\n", PACKAGE_VERSION);
      return STG_EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (argv[1], verbs[i].name))
      return verbs[i].run (argc - 1, argv + 1);

  g_printerr (_("strategos: unknown option “%s”\n"), argv[1]);
  print_usage (stderr);
  return STG_EXIT_USAGE;
}

gboolean
stg_cli_parse (GOptionContext  *context,
               int             *argc,
               char          ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("strategos %s: %s\n", (*argv)[0], error->message);
      return FALSE;
    }
  return TRUE;
}

static int
one_file_expected (char **argv)
{
  g_printerr (_("strategos %s: expected exactly one FILE (see “strategos %s --help”)\n"), argv[0], argv[0]);
  return STG_EXIT_USAGE;
}

static int
file_error (const GError *error)
{
  g_printerr ("strategos: %s\n", error->message);
  return STG_EXIT_BAD_FILE;
}

static int
verb_new (int    argc,
          char **argv)
{
  gboolean sample = FALSE;
  g_autofree char *title = NULL;
  const GOptionEntry entries[] = {
    { "sample", 0, 0, G_OPTION_ARG_NONE, &sample, N_("Fill the file with the illustrative Belgian sample strategy"), NULL },
    /* Taken as raw bytes and checked below: GOption would convert it from
     * the locale's charset and refuse any non-ASCII title under LC_ALL=C. */
    { "title", 0, 0, G_OPTION_ARG_FILENAME, &title, N_("Title of the new strategy"), N_("TITLE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — create a strategy file"));
  g_autoptr(StgStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!stg_cli_parse (context, &argc, &argv))
    return STG_EXIT_USAGE;
  if (argc != 2)
    return one_file_expected (argv);
  if (title != NULL && !g_utf8_validate (title, -1, NULL))
    {
      g_printerr (_("strategos new: the title is not valid UTF-8 text\n"));
      return STG_EXIT_USAGE;
    }
  store = stg_store_create (argv[1], title, sample ? STG_STORE_CREATE_SAMPLE : STG_STORE_CREATE_EMPTY, &error);
  if (store == NULL)
    return file_error (error);
  return STG_EXIT_OK;
}

static void
print_field (const char *label,
             const char *value)
{
  /* Pad by characters, not bytes, so translated labels line up. */
  glong width = g_utf8_strlen (label, -1);
  g_autofree char *pad = g_strnfill (width < 22 ? 22 - width : 1, ' ');

  printf ("%s:%s%s\n", label, pad, value);
}

static void
print_count (const char *label,
             gint64      n)
{
  g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, n);
  print_field (label, value);
}

static const struct {
  GType     (*type) (void);
  const char *label;
} counted[] = {
  { stg_interest_get_type, N_("Vital interests") },
  { stg_threat_get_type, N_("Threats") },
  { stg_role_get_type, N_("Roles") },
  { stg_objective_get_type, N_("Objectives") },
  { stg_indicator_get_type, N_("Indicators") },
  { stg_capability_get_type, N_("Capabilities") },
  { stg_actor_get_type, N_("Actors") },
  { stg_budget_line_get_type, N_("Budget lines") },
  { stg_gdp_projection_get_type, N_("GDP projections") },
};

static gboolean
print_info (StgStore  *store,
            GError   **error)
{
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (store, error);
  StgRecord *s = STG_RECORD (strategy);
  g_autofree char *horizon = NULL;
  g_autofree char *planned_text = NULL;
  g_autofree char *actual_text = NULL;
  gint64 planned, actual;

  if (strategy == NULL || !stg_store_budget_totals (store, 0, &planned, &actual, error))
    return FALSE;
  horizon = g_strdup_printf ("%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT,
                             stg_record_get_int (s, "horizon_start"), stg_record_get_int (s, "horizon_end"));
  printf ("%s\n\n", stg_record_get_text (s, "title"));
  print_field (_("Classification"), stg_record_get_text (s, "classification"));
  print_field (_("Country"), stg_record_get_text (s, "country"));
  print_field (_("Horizon"), horizon);
  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    {
      gint64 n = stg_store_count (store, counted[i].type (), error);
      if (n < 0)
        return FALSE;
      print_count (_(counted[i].label), n);
    }
  planned_text = stg_money_format_currency (planned, stg_record_get_text (s, "currency"));
  actual_text = stg_money_format_currency (actual, stg_record_get_text (s, "currency"));
  print_field (_("Planned budget"), planned_text);
  print_field (_("Actual budget"), actual_text);
  return TRUE;
}

static int
verb_info (int    argc,
           char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — show what a strategy file holds"));
  g_autoptr(StgStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!stg_cli_parse (context, &argc, &argv))
    return STG_EXIT_USAGE;
  if (argc != 2)
    return one_file_expected (argv);
  /* Read-only: looking at a file never changes it. */
  store = stg_store_open (argv[1], STG_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return file_error (error);
  if (!print_info (store, &error))
    {
      g_prefix_error (&error, "%s: ", argv[1]);
      return file_error (error);
    }
  return STG_EXIT_OK;
}
