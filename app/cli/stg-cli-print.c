/* stg-cli-print.c: the print verb, review summaries as PDF */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-cli"

#include "config.h"

#include "stg-cli-print.h"

#include <glib/gi18n.h>

#include "strategos/stg-date.h"
#include "strategos/stg-report.h"
#include "strategos/stg-store.h"
#include "stg-cli.h"

typedef struct {
  char *out;
  char *paper;
  char *sections;
  char *actor;
  char *since;
  char *today;
} PrintArgs;

static void
print_args_clear (PrintArgs *a)
{
  g_free (a->out);
  g_free (a->paper);
  g_free (a->sections);
  g_free (a->actor);
  g_free (a->since);
  g_free (a->today);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PrintArgs, print_args_clear)

static int
usage_error (const char *verb,
             const char *message)
{
  g_printerr ("strategos %s: %s\n", verb, message);
  return STG_EXIT_USAGE;
}

/* Checks what can be checked before the file is opened. */
static int
check_args (const char         *verb,
            PrintArgs          *a,
            StgPaper           *paper,
            StgReportOptions   *options)
{
  g_autoptr(GError) error = NULL;

  if (a->out == NULL)
    return usage_error (verb, _("say where to write the PDF with --out=SUMMARY.pdf"));
  if (a->paper != NULL && !stg_paper_parse (a->paper, paper, &error))
    return usage_error (verb, error->message);
  if (a->sections != NULL && !stg_report_parse_sections (a->sections, &options->sections, &error))
    return usage_error (verb, error->message);
  if ((a->actor != NULL && !g_utf8_validate (a->actor, -1, NULL)) ||
      (a->since != NULL && !g_utf8_validate (a->since, -1, NULL)))
    return usage_error (verb, _("an actor or version must be named in valid UTF-8 text"));
  if (a->today != NULL && !stg_date_parse_iso (a->today, &(GDate) { 0 }, &error))
    return usage_error (verb, error->message);
  options->actor = a->actor;
  options->since = a->since;
  options->today = a->today;
  return STG_EXIT_OK;
}

int
stg_cli_print (int    argc,
               char **argv)
{
  g_auto(PrintArgs) a = { 0 };
  const GOptionEntry entries[] = {
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &a.out, N_("Write the PDF to OUT"), N_("OUT.pdf") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &a.paper, N_("Paper size: a4 (the default) or letter"), N_("a4|letter") },
    { "sections", 0, 0, G_OPTION_ARG_STRING, &a.sections,
      N_("The sections to print, separated by commas: cover, contents, interests, threats, roles, objectives, "
         "capabilities, budget, gaps, changes (default: all)"), N_("LIST") },
    /* Raw bytes, checked later: GOption would refuse non-ASCII under LC_ALL=C. */
    { "actor", 0, 0, G_OPTION_ARG_FILENAME, &a.actor, N_("Print one actor’s part: the objectives it leads and its budget"), N_("NAME") },
    { "since", 0, 0, G_OPTION_ARG_FILENAME, &a.since, N_("Add what changed since VERSION, and mark the objectives added or changed"), N_("VERSION") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &a.today, N_("Date the summary as of this day (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE --out=SUMMARY.pdf — print a review summary as PDF"));
  StgReportOptions options = { 0 };
  StgPaper paper = STG_PAPER_A4;
  g_autoptr(StgStore) store = NULL;
  g_autoptr(StgReport) report = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context, _("Writes the review summary (cover, contents, vital interests, threat picture, "
                                                "roles, objectives by lead actor, capabilities, budget, gaps) as a PDF, "
                                                "whole or not at all.\n"
                                                "Exit status: 0 success, 1 wrong usage, an unknown actor or version, "
                                                "2 a file that cannot be read or a PDF that cannot be written."));
  if (!stg_cli_parse (context, &argc, &argv))
    return STG_EXIT_USAGE;
  if (argc != 2)
    return usage_error (argv[0], _("expected exactly one FILE (see “strategos print --help”)"));
  if ((status = check_args (argv[0], &a, &paper, &options)) != STG_EXIT_OK)
    return status;
  /* Read-only: printing never changes the file. */
  if ((store = stg_store_open (argv[1], STG_STORE_OPEN_READ_ONLY, &error)) == NULL)
    {
      g_printerr ("strategos: %s\n", error->message);
      return STG_EXIT_BAD_FILE;
    }
  if ((report = stg_report_new (store, &options, &error)) == NULL)
    {
      g_autofree char *name = g_filename_display_name (argv[1]);

      g_printerr ("strategos %s: %s: %s\n", argv[0], name, error->message);
      return g_error_matches (error, STG_REPORT_ERROR, STG_REPORT_ERROR_NO_SUCH_ACTOR) ||
             g_error_matches (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM)
             ? STG_EXIT_USAGE : STG_EXIT_BAD_FILE;
    }
  if (!stg_report_write_pdf (report, a.out, paper, &error))
    {
      g_printerr ("strategos %s: %s\n", argv[0], error->message);
      return STG_EXIT_BAD_FILE;
    }
  return STG_EXIT_OK;
}
