/* stg-cli-check.c: the check verb, the gap analysis on the command line */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-cli"

#include "config.h"

#include "stg-cli-check.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "strategos/stg-analysis.h"
#include "strategos/stg-csv.h"
#include "strategos/stg-date.h"
#include "strategos/stg-store.h"
#include "stg-cli.h"

typedef enum {
  FORMAT_TEXT,
  FORMAT_CSV,
  FORMAT_JSON,
} Format;

typedef struct {
  char *format;
  char *today;
  int   max_priorities;
} CheckArgs;

static void
check_args_clear (CheckArgs *a)
{
  g_free (a->format);
  g_free (a->today);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CheckArgs, check_args_clear)

/* Prints why the command line is wrong; FALSE, for the callers' return. */
static gboolean
bad_usage (const char *verb,
           const char *message)
{
  g_printerr ("strategos %s: %s\n", verb, message);
  return FALSE;
}

static const char *
item_type_key (const StgFinding *finding)
{
  return stg_record_type_get_schema (finding->item_type)->table;
}

/* text: one line per finding, like a compiler's, then the counts */

static void
append_line (GString          *out,
             const StgFinding *f)
{
  switch (f->severity)
    {
    /* Translators: a finding of the gap analysis on the command line, after
     * the fashion of a compiler's "error: ..." */
    case STG_SEVERITY_ERROR:
      g_string_append_printf (out, _("error: %s\n"), f->message);
      break;
    case STG_SEVERITY_WARNING:
      g_string_append_printf (out, _("warning: %s\n"), f->message);
      break;
    case STG_SEVERITY_INFO:
    default:
      g_string_append_printf (out, _("note: %s\n"), f->message);
      break;
    }
}

static void
append_summary (GString    *out,
                const guint counts[3])
{
  guint n = counts[STG_SEVERITY_ERROR] + counts[STG_SEVERITY_WARNING] + counts[STG_SEVERITY_INFO];
  g_autofree char *errors = NULL;
  g_autofree char *warnings = NULL;
  g_autofree char *notes = NULL;

  if (n == 0)
    {
      g_string_append_printf (out, "%s\n", _("No gaps found: the strategy holds together."));
      return;
    }
  errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", counts[STG_SEVERITY_ERROR]),
                            counts[STG_SEVERITY_ERROR]);
  warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", counts[STG_SEVERITY_WARNING]),
                              counts[STG_SEVERITY_WARNING]);
  notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", counts[STG_SEVERITY_INFO]),
                           counts[STG_SEVERITY_INFO]);
  /* Translators: "7 findings: 3 errors, 3 warnings, 1 note" */
  g_string_append_c (out, '\n');
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u finding: %s, %s, %s\n",
                                            "%u findings: %s, %s, %s\n", n),
                          n, errors, warnings, notes);
}

static void
append_text (GString   *out,
             GPtrArray *findings)
{
  guint counts[3] = { 0 };

  for (guint i = 0; i < findings->len; i++)
    {
      const StgFinding *f = g_ptr_array_index (findings, i);

      append_line (out, f);
      counts[f->severity]++;
    }
  append_summary (out, counts);
}

/* csv: stable, untranslated columns but the message */

static void
append_csv (GString   *out,
            GPtrArray *findings)
{
  g_string_append (out, "severity,kind,item_type,item_id,message\r\n");
  for (guint i = 0; i < findings->len; i++)
    {
      const StgFinding *f = g_ptr_array_index (findings, i);

      g_string_append_printf (out, "%s,%s,%s,%" G_GINT64_FORMAT ",", stg_severity_key (f->severity),
                              stg_gap_kind_key (f->kind), item_type_key (f), f->item_id);
      stg_csv_append_text (out, f->message, ',');
      g_string_append (out, "\r\n");
    }
}

/* json: an array of objects, one per finding */

static void
append_json_string (GString    *out,
                    const char *text)
{
  /* Text from outside the program may not be valid UTF-8; JSON must be. */
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (const char *p = valid; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
append_json (GString   *out,
             GPtrArray *findings)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < findings->len; i++)
    {
      const StgFinding *f = g_ptr_array_index (findings, i);

      g_string_append_printf (out, "%s\n  {\"severity\": \"%s\", \"kind\": \"%s\", \"item_type\": \"%s\", "
                              "\"item_id\": %" G_GINT64_FORMAT ", \"message\": ",
                              i > 0 ? "," : "", stg_severity_key (f->severity),
                              stg_gap_kind_key (f->kind), item_type_key (f), f->item_id);
      append_json_string (out, f->message);
      g_string_append_c (out, '}');
    }
  g_string_append (out, findings->len > 0 ? "\n]\n" : "]\n");
}

/* The verb */

static gboolean
has_errors (GPtrArray *findings)
{
  /* Errors sort first. */
  return findings->len > 0 &&
         ((StgFinding *) g_ptr_array_index (findings, 0))->severity == STG_SEVERITY_ERROR;
}

static gboolean
write_out (const GString *out)
{
  if (fwrite (out->str, 1, out->len, stdout) == out->len && fflush (stdout) == 0)
    return TRUE;
  g_printerr (_("strategos check: could not write the findings\n"));
  return FALSE;
}

static gboolean
resolve_args (const CheckArgs *a,
              const char      *verb,
              Format          *format)
{
  GDate date;

  if (a->format == NULL || g_str_equal (a->format, "text"))
    *format = FORMAT_TEXT;
  else if (g_str_equal (a->format, "csv"))
    *format = FORMAT_CSV;
  else if (g_str_equal (a->format, "json"))
    *format = FORMAT_JSON;
  else
    return bad_usage (verb, _("--format must be text, csv or json"));
  if (a->today != NULL && !stg_date_parse_iso (a->today, &date, NULL))
    return bad_usage (verb, _("--today must be a date written YYYY-MM-DD"));
  /* -1 means not given; 0 would silently mean the default. */
  if (a->max_priorities != -1 && a->max_priorities < 1)
    return bad_usage (verb, _("--max-priorities must be a whole number of at least 1"));
  return TRUE;
}

static int
print_findings (StgStore        *store,
                const CheckArgs *a,
                Format           format)
{
  StgAnalysisOptions options = { a->today, a->max_priorities > 0 ? (guint) a->max_priorities : 0 };
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if ((findings = stg_analysis_run (store, &options, &error)) == NULL)
    {
      g_autofree char *name = g_filename_display_name (stg_store_get_path (store));

      g_printerr ("strategos: %s: %s\n", name, error->message);
      return STG_EXIT_BAD_FILE;
    }
  if (format == FORMAT_CSV)
    append_csv (out, findings);
  else if (format == FORMAT_JSON)
    append_json (out, findings);
  else
    append_text (out, findings);
  if (!write_out (out))
    return STG_EXIT_BAD_FILE;
  return has_errors (findings) ? STG_EXIT_FINDINGS : STG_EXIT_OK;
}

int
stg_cli_check (int    argc,
               char **argv)
{
  g_auto(CheckArgs) a = { NULL, NULL, -1 };
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &a.format, N_("Output: text (the default), csv or json"), N_("FORMAT") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &a.today, N_("Check as of this date rather than today"), N_("YYYY-MM-DD") },
    { "max-priorities", 0, 0, G_OPTION_ARG_INT, &a.max_priorities,
      N_("Most priority-1 objectives a short strategy should hold (default: 12)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — list the gaps in a strategy"));
  g_autoptr(StgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  Format format;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context, _("Exit status: 0 no finding is an error, 1 wrong usage, "
                                               "2 a file that cannot be read, 3 at least one error."));
  if (!stg_cli_parse (context, &argc, &argv))
    return STG_EXIT_USAGE;
  if (argc != 2)
    {
      bad_usage (argv[0], _("expected exactly one FILE (see “strategos check --help”)"));
      return STG_EXIT_USAGE;
    }
  if (!resolve_args (&a, argv[0], &format))
    return STG_EXIT_USAGE;
  /* Read-only: checking a file never changes it. */
  if ((store = stg_store_open (argv[1], STG_STORE_OPEN_READ_ONLY, &error)) == NULL)
    {
      g_printerr ("strategos: %s\n", error->message);
      return STG_EXIT_BAD_FILE;
    }
  return print_findings (store, &a, format);
}
