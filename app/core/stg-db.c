/* stg-db.c: prepared-statement cache and error mapping over SQLite */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-db"

#include "config.h"

#include <errno.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "strategos/stg-error.h"
#include "stg-db-private.h"

G_DEFINE_QUARK (stg-store-error-quark, stg_store_error)

struct _StgDb
{
  sqlite3    *handle;
  GHashTable *statements; /* SQL text -> sqlite3_stmt */
  int         lock_fd;    /* flock()ed while open for editing, or -1 */
  char       *lock_info;  /* who holds the lock, beside the file, or NULL */
};

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

StgDb *
stg_db_new (sqlite3 *handle)
{
  StgDb *db = g_new0 (StgDb, 1);

  db->handle = handle;
  db->lock_fd = -1;
  db->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          finalize_statement);
  return db;
}

void
stg_db_free (StgDb *db)
{
  if (db == NULL)
    return;
  g_hash_table_destroy (db->statements);
  sqlite3_close_v2 (db->handle);
  /* Removed while the lock is still held, so that it never removes the
   * description of a lock that another process has taken since. */
  if (db->lock_info != NULL)
    g_unlink (db->lock_info);
  if (db->lock_fd >= 0)
    close (db->lock_fd);
  g_free (db->lock_info);
  g_free (db);
}

void
stg_db_set_lock (StgDb      *db,
                 int         fd,
                 const char *info_path)
{
  db->lock_fd = fd;
  g_free (db->lock_info);
  db->lock_info = g_strdup (info_path);
}

gboolean
stg_db_check_file (StgDb       *db,
                   const char  *path,
                   GError     **error)
{
  struct stat held, named;

  /* Only a file open for editing holds a descriptor to compare. */
  if (db->lock_fd < 0 || fstat (db->lock_fd, &held) != 0)
    return TRUE;
  if (g_stat (path, &named) == 0 && named.st_dev == held.st_dev && named.st_ino == held.st_ino)
    return TRUE;
  /* Edits would go to a file no longer under that name, and be lost. */
  g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_IO,
               _("“%s” was deleted, moved or replaced by another program while it was open; nothing was changed. "
                 "Save a copy to keep the strategy as it is here"), path);
  return FALSE;
}

sqlite3 *
stg_db_handle (StgDb *db)
{
  return db->handle;
}

sqlite3_stmt *
stg_db_prepare (StgDb       *db,
                const char  *sql,
                GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (db->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (db->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      stg_db_fail (db, rc, error);
      return NULL;
    }
  g_hash_table_insert (db->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
stg_db_exec (StgDb       *db,
             const char  *sql,
             GError     **error)
{
  int rc = sqlite3_exec (db->handle, sql, NULL, NULL, NULL);

  return rc == SQLITE_OK || stg_db_fail (db, rc, error);
}

gboolean
stg_db_run (StgDb         *db,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    {
      stg_db_fail (db, sqlite3_reset (stmt), error);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
stg_db_query_int (StgDb         *db,
                  sqlite3_stmt  *stmt,
                  gint64        *value,
                  GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    {
      *value = 0;
      sqlite3_reset (stmt);
      return TRUE;
    }
  stg_db_fail (db, sqlite3_reset (stmt), error);
  return FALSE;
}

gboolean
stg_db_fail (StgDb   *db,
             int      rc,
             GError **error)
{
  stg_db_set_error (db->handle, rc, error);
  return FALSE;
}

/* Messages for the CHECK constraints of the schema, should a value reach
 * SQLite without passing stg_record_validate() (a bug, or a future
 * writer). Keyed by the constraint names in migrations/. */
static const struct {
  const char *name;
  const char *message;
} check_messages[] = {
  { "horizon_order", N_("The horizon must end in or after the year it starts") },
  { "currency_code", N_("The currency must be a three-letter ISO 4217 code such as EUR") },
  { "gdp_positive", N_("A GDP projection must be more than zero") },
  { "objective_not_own_parent", N_("An objective cannot be part of itself") },
  { "budget_planned_positive", N_("A planned amount cannot be negative") },
  { "budget_actual_positive", N_("An actual amount cannot be negative") },
  { "threat_likelihood_range", N_("Likelihood must be between 1 and 5") },
  { "threat_impact_range", N_("Impact must be between 1 and 5") },
};

static void
set_constraint_error (int          extended,
                      const char  *message,
                      GError     **error)
{
  const char *failed = strstr (message, "constraint failed: ");
  const char *name = failed != NULL ? failed + strlen ("constraint failed: ") : "";

  if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY)
    {
      g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_DUPLICATE,
                           _("That item or link already exists"));
      return;
    }
  if (extended == SQLITE_CONSTRAINT_FOREIGNKEY)
    {
      g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_IN_USE,
                           _("The change would leave a reference to an item that does not exist"));
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (check_messages); i++)
    if (g_str_equal (name, check_messages[i].name))
      {
        g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID,
                             _(check_messages[i].message));
        return;
      }
  g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID,
               _("The file refused a value that the strategy model does not allow (%s)"), name);
}

/* What the system said, when SQLite only says "disk I/O error". */
/* SQLite's system error number is errno at the time it asks, often long
 * after the write that failed: when it says nothing useful, look at the
 * disk and the limits. */
static int
guess_errno (sqlite3 *handle)
{
  int system_errno = handle != NULL ? sqlite3_system_errno (handle) : 0;
  const char *path = handle != NULL ? sqlite3_db_filename (handle, "main") : NULL;
  g_autofree char *dir = NULL;
  struct statvfs vfs;
  struct rlimit limit;

  if (system_errno == ENOSPC || system_errno == EDQUOT || system_errno == EFBIG ||
      system_errno == EROFS || system_errno == EACCES || system_errno == EPERM)
    return system_errno;
  if (path == NULL || *path == '\0')
    return system_errno;
  dir = g_path_get_dirname (path);
  if (statvfs (dir, &vfs) == 0)
    {
      if (vfs.f_flag & ST_RDONLY)
        return EROFS;
      /* Less than a few pages left. */
      if ((guint64) vfs.f_bavail * vfs.f_frsize < 64 * 1024)
        return ENOSPC;
    }
  if (getrlimit (RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
    return EFBIG;
  return system_errno;
}

static void
set_io_error (sqlite3     *handle,
              const char  *message,
              GError     **error)
{
  int system_errno = guess_errno (handle);

  switch (system_errno)
    {
    case ENOSPC:
    case EDQUOT:
      g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_IO,
                           _("The disk is full; nothing was changed. Free some space and try again"));
      break;
    case EFBIG:
      g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_IO,
                           _("The file would grow past the largest size allowed here; nothing was changed"));
      break;
    case EROFS:
    case EACCES:
    case EPERM:
      g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_READ_ONLY,
                           _("The file or its folder cannot be written; nothing was changed"));
      break;
    default:
      g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_IO,
                   _("Reading or writing the file failed (%s); nothing was changed"),
                   system_errno != 0 ? g_strerror (system_errno) : message);
      break;
    }
}

void
stg_db_set_error (sqlite3  *handle,
                  int       rc,
                  GError  **error)
{
  int extended = handle != NULL ? sqlite3_extended_errcode (handle) : rc;
  const char *message = handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      set_constraint_error (extended, message, error);
      break;
    case SQLITE_FULL:
      g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_IO,
                           _("The disk is full; nothing was changed. Free some space and try again"));
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_READ_ONLY,
                           _("The file or its folder cannot be written; nothing was changed"));
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_BUSY,
                           _("Another program is using the file; try again in a moment"));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_CORRUPT,
                           _("The file is damaged"));
      break;
    case SQLITE_IOERR:
      set_io_error (handle, message, error);
      break;
    default:
      g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_FAILED,
                   _("The strategy file reported an error: %s"), message);
      break;
    }
}

/* Bulk changes */

static guint sorted_index_rows = STG_DB_SORTED_INDEX_ROWS;

guint
stg_db_get_sorted_index_rows (void)
{
  return sorted_index_rows;
}

void
stg_db_set_sorted_index_rows (guint n_rows)
{
  sorted_index_rows = n_rows > 0 ? n_rows : STG_DB_SORTED_INDEX_ROWS;
}

/* Secondary indexes are kept up row by row, each insert or delete a
 * descent into each of them; built once from the finished table they are
 * sorted in one pass, several times faster for a large bulk change. A
 * UNIQUE index is left alone: it checks the rows as they come. */
gboolean
stg_db_drop_indexes (StgDb       *db,
                     const char  *table,
                     GStrv       *sql,
                     GError     **error)
{
  g_autoptr(GStrvBuilder) creates = g_strv_builder_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (!sqlite3_get_autocommit (db->handle), FALSE);

  stmt = stg_db_prepare (db, "SELECT name, sql FROM main.sqlite_schema WHERE type = 'index' "
                         "AND tbl_name = ?1 AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_strv_builder_add (creates, (const char *) sqlite3_column_text (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    return stg_db_fail (db, sqlite3_reset (stmt), error);
  sqlite3_reset (stmt);
  for (guint i = 0; i < names->len; i++)
    {
      char *drop = sqlite3_mprintf ("DROP INDEX main.\"%w\"", (char *) g_ptr_array_index (names, i));
      gboolean ok = stg_db_exec (db, drop, error);

      sqlite3_free (drop);
      if (!ok)
        return FALSE;
    }
  *sql = g_strv_builder_end (creates);
  return TRUE;
}

/* Each is one statement as SQLite stored it: prepared alone, so that
 * nothing after it could run. (SQLite sorts the keys in memory, since the
 * connection keeps its temporary data there: PRAGMA threads would not
 * help, as it only sorts runs spilled to temporary files.) */
gboolean
stg_db_create_indexes (StgDb              *db,
                       const char *const  *sql,
                       GError            **error)
{
  int rc = SQLITE_OK;

  g_return_val_if_fail (!sqlite3_get_autocommit (db->handle), FALSE);

  for (guint i = 0; sql[i] != NULL && rc == SQLITE_OK; i++)
    {
      sqlite3_stmt *stmt = NULL;

      rc = sqlite3_prepare_v2 (db->handle, sql[i], -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          rc = sqlite3_step (stmt);
          rc = rc == SQLITE_DONE ? SQLITE_OK : sqlite3_reset (stmt);
        }
      sqlite3_finalize (stmt);
    }
  return rc == SQLITE_OK || stg_db_fail (db, rc, error);
}
