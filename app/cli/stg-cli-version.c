/* stg-cli-version.c: the versions and diff verbs, named versions on the command line */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-cli"

#include "config.h"

#include "stg-cli-version.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "strategos/stg-money.h"
#include "strategos/stg-store.h"
#include "strategos/stg-version.h"
#include "stg-cli.h"

static int
usage_error (const char *verb,
             const char *message)
{
  g_printerr ("strategos %s: %s\n", verb, message);
  return STG_EXIT_USAGE;
}

static int
file_error (const GError *error)
{
  g_printerr ("strategos: %s\n", error->message);
  return STG_EXIT_BAD_FILE;
}

/* An error of the file at @path once it is open: where, then what. */
static int
store_error (StgStore     *store,
             const GError *error)
{
  g_autofree char *name = g_filename_display_name (stg_store_get_path (store));

  g_printerr ("strategos: %s: %s\n", name, error->message);
  return STG_EXIT_BAD_FILE;
}

/* versions */

static int
list_versions (const char *path)
{
  g_autoptr(StgStore) store = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;

  /* Read-only: listing never changes the file. */
  if ((store = stg_store_open (path, STG_STORE_OPEN_READ_ONLY, &error)) == NULL)
    return file_error (error);
  if ((versions = stg_store_list_versions (store, &error)) == NULL)
    return store_error (store, error);
  if (versions->len == 0)
    /* On stderr: the standard output stays a plain list, empty here. */
    g_printerr ("%s\n", _("No version saved yet; save one with “strategos versions FILE --save=NAME”."));
  for (guint i = 0; i < versions->len; i++)
    {
      StgVersion *v = g_ptr_array_index (versions, i);

      printf ("%4" G_GINT64_FORMAT "  %s  %s\n", v->id, v->created, v->name);
    }
  return fflush (stdout) == 0 ? STG_EXIT_OK : STG_EXIT_BAD_FILE;
}

static int
save_version (const char *verb,
              const char *path,
              const char *name)
{
  g_autoptr(StgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  gint64 id;

  if (!g_utf8_validate (name, -1, NULL))
    return usage_error (verb, _("the name of a version must be valid UTF-8 text"));
  if ((store = stg_store_open (path, STG_STORE_OPEN_DEFAULT, &error)) == NULL)
    return file_error (error);
  if ((id = stg_store_save_version (store, name, &error)) == 0)
    {
      /* A blank or taken name is the command line's fault, not the file's. */
      if (g_error_matches (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID) ||
          g_error_matches (error, STG_STORE_ERROR, STG_STORE_ERROR_DUPLICATE))
        return usage_error (verb, error->message);
      return store_error (store, error);
    }
  stored = g_strstrip (g_strdup (name));
  printf (_("Saved version %lld “%s”\n"), (long long) id, stored);
  return STG_EXIT_OK;
}

int
stg_cli_versions (int    argc,
                  char **argv)
{
  g_autofree char *save = NULL;
  const GOptionEntry entries[] = {
    /* Raw bytes, checked later: GOption would refuse a non-ASCII name
     * under LC_ALL=C. */
    { "save", 0, 0, G_OPTION_ARG_FILENAME, &save, N_("Save the strategy as it is now as a version named NAME"), N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — list the versions saved in a strategy, or save one"));

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context, _("Each line gives a version’s id, when it was saved (UTC) and its name.\n"
                                                "Exit status: 0 success, 1 wrong usage or a name that is blank or taken, "
                                                "2 a file that cannot be read or written."));
  if (!stg_cli_parse (context, &argc, &argv))
    return STG_EXIT_USAGE;
  if (argc != 2)
    return usage_error (argv[0], _("expected exactly one FILE (see “strategos versions --help”)"));
  if (save != NULL)
    return save_version (argv[0], argv[1], save);
  return list_versions (argv[1]);
}

/* diff */

/* “Draft for NSC” (saved 2026-03-02T14:05:00Z) */
static char *
version_label (GPtrArray *versions,
               gint64     id)
{
  for (guint i = 0; i < versions->len; i++)
    {
      StgVersion *v = g_ptr_array_index (versions, i);

      if (v->id == id)
        /* Translators: a version in `strategos diff`: its name and when it was saved */
        return g_strdup_printf (_("“%s” (saved %s)"), v->name, v->created);
    }
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

static gboolean
print_heading (StgStore  *store,
               gint64     from,
               gint64     to,
               GError   **error)
{
  g_autoptr(GPtrArray) versions = stg_store_list_versions (store, error);
  g_autofree char *from_label = NULL;
  g_autofree char *to_label = NULL;

  if (versions == NULL)
    return FALSE;
  from_label = version_label (versions, from);
  if (to == 0)
    /* Translators: the heading of `strategos diff FILE A`; %s is a version */
    printf (_("Changes from version %s to now:\n"), from_label);
  else
    {
      to_label = version_label (versions, to);
      /* Translators: the heading of `strategos diff FILE A B` */
      printf (_("Changes from version %s to version %s:\n"), from_label, to_label);
    }
  return TRUE;
}

static void
print_changes (GPtrArray *changes)
{
  for (guint i = 0; i < changes->len; i++)
    printf ("%s\n", ((StgChange *) g_ptr_array_index (changes, i))->message);
  if (changes->len == 0)
    printf ("%s\n", _("No changes."));
  else
    printf (g_dngettext (GETTEXT_PACKAGE, "\n%u change\n", "\n%u changes\n", changes->len), changes->len);
}

static void
print_budget_year (const StgBudgetChange *b,
                   const char            *currency)
{
  g_autofree char *pb = stg_money_format_currency (b->planned_before, currency);
  g_autofree char *pa = stg_money_format_currency (b->planned_after, currency);
  g_autofree char *ab = stg_money_format_currency (b->actual_before, currency);
  g_autofree char *aa = stg_money_format_currency (b->actual_after, currency);

  if (b->planned_before == b->planned_after && b->actual_before == b->actual_after)
    /* Translators: one year of the budget in `strategos diff`, unchanged */
    printf (_("  %d: planned %s, actual %s (unchanged)\n"), b->year, pa, aa);
  else
    /* Translators: one year of the budget in `strategos diff`, before → after */
    printf (_("  %d: planned %s → %s, actual %s → %s\n"), b->year, pb, pa, ab, aa);
}

static void
print_budget (StgStore *store,
              GArray   *budget)
{
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (store, NULL);
  const char *currency = strategy != NULL ? stg_record_get_text (STG_RECORD (strategy), "currency") : "EUR";

  if (budget->len == 0)
    return;
  printf ("\n%s\n", _("Budget by year:"));
  for (guint i = 0; i < budget->len; i++)
    print_budget_year (&g_array_index (budget, StgBudgetChange, i), currency);
}

/* Finds version @name_or_id, or says why there is none and returns the
 * exit status. */
static int
find_version (StgStore   *store,
              const char *verb,
              const char *name_or_id,
              gint64     *id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (stg_store_find_version (store, name_or_id, id, &error))
    return STG_EXIT_OK;
  if (!g_error_matches (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM))
    return store_error (store, error);
  name = g_filename_display_name (stg_store_get_path (store));
  g_printerr (_("strategos %s: there is no version “%s” in %s; “strategos versions %s” lists them\n"),
              verb, name_or_id, name, name);
  return STG_EXIT_USAGE;
}

static int
print_diff (StgStore *store,
            gint64    from,
            gint64    to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) budget = NULL;
  g_autoptr(GPtrArray) changes = stg_store_compare (store, from, to, &budget, &error);

  if (changes == NULL || !print_heading (store, from, to, &error))
    return store_error (store, error);
  print_changes (changes);
  print_budget (store, budget);
  if (fflush (stdout) != 0)
    return STG_EXIT_BAD_FILE;
  return changes->len > 0 ? STG_EXIT_FINDINGS : STG_EXIT_OK;
}

int
stg_cli_diff (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE VERSION [VERSION] — what changed between two versions, or since one"));
  g_autoptr(StgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 from = 0, to = 0;
  int status;

  g_option_context_set_description (context, _("A VERSION is a name or an id, as “strategos versions FILE” lists them; "
                                                "without a second VERSION the first is compared with the strategy as it is now.\n"
                                                "Exit status: 0 nothing changed, 1 wrong usage or no such version, "
                                                "2 a file that cannot be read, 3 something changed."));
  if (!stg_cli_parse (context, &argc, &argv))
    return STG_EXIT_USAGE;
  if (argc != 3 && argc != 4)
    return usage_error (argv[0], _("expected a FILE and one or two versions (see “strategos diff --help”)"));
  /* Read-only: comparing never changes the file. */
  if ((store = stg_store_open (argv[1], STG_STORE_OPEN_READ_ONLY, &error)) == NULL)
    return file_error (error);
  if ((status = find_version (store, argv[0], argv[2], &from)) != STG_EXIT_OK ||
      (argc == 4 && (status = find_version (store, argv[0], argv[3], &to)) != STG_EXIT_OK))
    return status;
  return print_diff (store, from, to);
}
