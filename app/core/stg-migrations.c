/* stg-migrations.c: bringing a strategy file to this build's schema */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-migrations"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "strategos/stg-store.h"
#include "stg-core-resources.h"
#include "stg-db-private.h"

#define RESOURCE_PREFIX "/io/github/strategos/Strategos/core/"

/* Numbered files in migrations/, one per schema version. A new version
 * adds a file and a line here and bumps STG_SCHEMA_VERSION. */
static const char *const migration_files[] = {
  "migrations/0001-initial.sql",
  "migrations/0002-budget-ceilings.sql",
  "migrations/0003-versions.sql",
  "migrations/0004-large-plan-indexes.sql",
};
G_STATIC_ASSERT (G_N_ELEMENTS (migration_files) == STG_SCHEMA_VERSION);

static void
register_resources (void)
{
  static gsize registered;

  /* The core is a static library: its resources are registered by hand,
   * since a constructor in an unreferenced object would be dropped. */
  if (g_once_init_enter (&registered))
    {
      stg_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

static GBytes *
load (const char *name)
{
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX, name, NULL);
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  register_resources ();
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("Missing built-in resource %s: %s", path, error->message);
  return bytes;
}

const StgMigration *
stg_migrations_get (guint *n_migrations)
{
  static StgMigration migrations[G_N_ELEMENTS (migration_files)];

  /* Read once and kept for the life of the program. */
  if (migrations[0].sql == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (migration_files); i++)
      {
        g_autoptr(GBytes) bytes = load (migration_files[i]);
        gsize size = 0;
        const char *data = g_bytes_get_data (bytes, &size);

        migrations[i].version = (int) i + 1;
        migrations[i].sql = g_strndup (data, size);
      }
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

/* The sample in the first of the user's languages it is written in
 * (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG), else in English: an analyst
 * in Brussels or Eupen meets the strategy in the language the window
 * speaks. A translation (belgium-LANG.sql) only rewrites the free text
 * of the English sample, run after it in the same script: every item,
 * link, date and amount is the same in all of them. */
GBytes *
stg_sample_sql (void)
{
  g_autoptr(GBytes) english = load ("sample/belgium.sql");

  register_resources ();
  for (const char *const *names = g_get_language_names (); *names != NULL; names++)
    {
      g_autofree char *path = NULL;

      if (g_str_equal (*names, "en") || g_str_equal (*names, "C") || g_str_equal (*names, "POSIX"))
        break;
      path = g_strdup_printf (RESOURCE_PREFIX "sample/belgium-%s.sql", *names);
      if (g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
        {
          g_autoptr(GBytes) text = load (path + strlen (RESOURCE_PREFIX));
          gsize n_english, n_text;
          const char *a = g_bytes_get_data (english, &n_english);
          const char *b = g_bytes_get_data (text, &n_text);
          char *both = g_malloc (n_english + 1 + n_text + 1);

          /* One NUL-terminated script: the loader reads it as a string. */
          memcpy (both, a, n_english);
          both[n_english] = '\n';
          memcpy (both + n_english + 1, b, n_text);
          both[n_english + 1 + n_text] = '\0';
          return g_bytes_new_take (both, n_english + 1 + n_text + 1);
        }
    }
  return g_steal_pointer (&english);
}

static gboolean
read_user_version (StgDb   *db,
                   gint64  *version,
                   GError **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, "PRAGMA user_version", error);

  return stmt != NULL && stg_db_query_int (db, stmt, version, error);
}

static gboolean
stamp (StgDb   *db,
       int      version,
       GError **error)
{
  /* PRAGMAs take no bound parameters; the numbers are our own constants. */
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                          STG_APPLICATION_ID, version);
  return stg_db_exec (db, sql, error);
}

static gboolean
apply (StgDb               *db,
       const StgMigration  *migrations,
       guint                n_migrations,
       gint64               from,
       GError             **error)
{
  for (guint i = 0; i < n_migrations; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (migrations[i].version <= from)
        continue;
      if (!stg_db_exec (db, migrations[i].sql, &local_error) ||
          !stamp (db, migrations[i].version, &local_error))
        {
          g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_FAILED,
                       _("Upgrading the file to schema version %d failed: %s"),
                       migrations[i].version, local_error->message);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
stg_migrations_run (StgDb               *db,
                    const StgMigration  *migrations,
                    guint                n_migrations,
                    GError             **error)
{
  gint64 from = 0;

  if (!stg_db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!read_user_version (db, &from, error) ||
      !apply (db, migrations, n_migrations, from, error) ||
      !stg_db_exec (db, "COMMIT", error))
    {
      sqlite3_exec (stg_db_handle (db), "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}
