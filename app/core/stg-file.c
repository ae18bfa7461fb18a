/* stg-file.c: opening and creating strategy files, safely */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "stg-store-private.h"

/*
 * A strategy file is checked by reading its 100-byte SQLite header before
 * SQLite is let near it, so that an empty, foreign, truncated or newer file
 * is refused without a byte written (SQLite would happily turn an empty file
 * into a database). Only then is it opened, with SQLite's defences against
 * a hostile file switched on, and checked for damage.
 *
 * Journal mode: the default rollback journal (DELETE) with synchronous=FULL.
 * Between edits the .strategos file alone holds everything, so an analyst
 * may copy or mail it at any moment; WAL would keep committed edits in a
 * -wal file beside it until a checkpoint, and a copy of the main file alone
 * would silently lack them.
 */

#define HEADER_SIZE 100

static const char sqlite_magic[16] = "SQLite format 3";

static guint32
be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static gboolean
fail (GError    **error,
      int         code,
      const char *path,
      const char *why)
{
  /* Translators: "Could not open “FILE”: WHY" */
  g_set_error (error, STG_STORE_ERROR, code, _("Could not open “%s”: %s"), path, why);
  return FALSE;
}

static gboolean
check_kind (const char  *path,
            GStatBuf    *st,
            GError     **error)
{
  if (g_stat (path, st) != 0)
    {
      int saved = errno;
      if (saved == ENOENT)
        return fail (error, STG_STORE_ERROR_NOT_FOUND, path, _("there is no such file"));
      return fail (error, saved == EACCES ? STG_STORE_ERROR_READ_ONLY : STG_STORE_ERROR_IO,
                   path, g_strerror (saved));
    }
  if (S_ISDIR (st->st_mode))
    return fail (error, STG_STORE_ERROR_NOT_REGULAR, path, _("it is a folder, not a file"));
  if (!S_ISREG (st->st_mode))
    return fail (error, STG_STORE_ERROR_NOT_REGULAR, path, _("it is not a regular file"));
  if (st->st_size == 0)
    return fail (error, STG_STORE_ERROR_FOREIGN, path, _("the file is empty, not a Strategos file"));
  return TRUE;
}

static gboolean
read_header (const char *path,
             guint8     *header,
             gssize     *n_read,
             GError    **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);

  if (fd < 0)
    {
      int saved = errno;
      return fail (error, saved == EACCES ? STG_STORE_ERROR_READ_ONLY : STG_STORE_ERROR_IO,
                   path, g_strerror (saved));
    }
  *n_read = read (fd, header, HEADER_SIZE);
  close (fd);
  if (*n_read < 0)
    return fail (error, STG_STORE_ERROR_IO, path, g_strerror (errno));
  return TRUE;
}

static gboolean
check_header (const char     *path,
              const GStatBuf *st,
              gboolean        read_only,
              GError        **error)
{
  guint8 header[HEADER_SIZE] = { 0 };
  gssize n = 0;
  guint32 page_size, pages, version, app_id;
  g_autofree char *why = NULL;

  if (!read_header (path, header, &n, error))
    return FALSE;
  if (n < HEADER_SIZE || memcmp (header, sqlite_magic, sizeof sqlite_magic) != 0)
    return fail (error, STG_STORE_ERROR_FOREIGN, path, _("it is not a Strategos file"));

  app_id = be32 (header + 68);
  version = be32 (header + 60);
  if (app_id != STG_APPLICATION_ID)
    return fail (error, STG_STORE_ERROR_FOREIGN, path,
                 _("it is a database of another program, not a Strategos file"));
  if (version > STG_SCHEMA_VERSION)
    {
      why = g_strdup_printf (_("it was written by a newer version of Strategos (file format %u; this version reads up to %d). Update Strategos to open it"),
                             version, STG_SCHEMA_VERSION);
      return fail (error, STG_STORE_ERROR_TOO_NEW, path, why);
    }
  if (version < STG_SCHEMA_VERSION && read_only)
    return fail (error, STG_STORE_ERROR_TOO_OLD, path,
                 _("it was written by an older version of Strategos; open it in Strategos once to upgrade it"));

  /* The page count in the header is only meaningful when the "version
   * valid for" number matches the change counter. */
  page_size = (header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  pages = be32 (header + 28);
  if (be32 (header + 92) == be32 (header + 24) && pages > 0 &&
      (guint64) st->st_size < (guint64) page_size * pages)
    {
      why = g_strdup_printf (_("the file is truncated: it holds %llu of its %llu bytes"),
                             (unsigned long long) st->st_size, (unsigned long long) page_size * pages);
      return fail (error, STG_STORE_ERROR_CORRUPT, path, why);
    }
  return TRUE;
}

static gboolean
configure (StgDb       *db,
           gboolean     read_only,
           GError     **error)
{
  sqlite3 *handle = stg_db_handle (db);

  /* Treat the file as hostile: no writing to the schema through ordinary
   * SQL, no functions with side effects in anything the file itself holds. */
  sqlite3_db_config (handle, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, NULL);
  sqlite3_busy_timeout (handle, 5000);
  if (!stg_db_exec (db, "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;", error))
    return FALSE;
  if (read_only)
    return TRUE;
  /* Only ever run on a file already checked: on a WAL file this rewrites
   * the header. */
  return stg_db_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;", error);
}

/* The set of column names of each table this build's schema has. */
static GHashTable *
expected_tables (void)
{
  GHashTable *tables = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_hash_table_unref);
  guint n_types;
  const GType *types = stg_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      const StgRecordSchema *schema = stg_record_type_get_schema (types[t]);
      GHashTable *columns = g_hash_table_new (g_str_hash, g_str_equal);

      g_hash_table_add (columns, (gpointer) "id");
      for (guint i = 0; i < schema->n_columns; i++)
        g_hash_table_add (columns, (gpointer) schema->columns[i].name);
      g_hash_table_insert (tables, (gpointer) schema->table, columns);
    }
  for (StgLink l = 0; l < STG_N_LINKS; l++)
    {
      const StgLinkSchema *link = stg_link_get_schema (l);
      GHashTable *columns = g_hash_table_new (g_str_hash, g_str_equal);

      g_hash_table_add (columns, (gpointer) link->from_column);
      g_hash_table_add (columns, (gpointer) link->to_column);
      g_hash_table_insert (tables, (gpointer) link->table, columns);
    }
  /* The saved versions of the draft (stg-version.c): not a record type. */
  {
    static const char *const version_columns[] = { "id", "name", "created", "snapshot" };
    GHashTable *columns = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < G_N_ELEMENTS (version_columns); i++)
      g_hash_table_add (columns, (gpointer) version_columns[i]);
    g_hash_table_insert (tables, (gpointer) "version", columns);
  }
  return tables;
}

/* TRUE when the columns of @table in the file are exactly @columns. */
static gboolean
columns_match (StgDb      *db,
               const char *table,
               GHashTable *columns,
               GError    **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, "SELECT name FROM pragma_table_info(?)", error);
  guint n = 0;
  gboolean match = TRUE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      n++;
      if (!g_hash_table_contains (columns, sqlite3_column_text (stmt, 0)))
        match = FALSE;
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE && match && n == g_hash_table_size (columns);
}

/* A file of the current schema holds exactly this build's tables and
 * columns. Anything else was made or changed by another program; refusing
 * it also keeps names from the file out of the SQL the undo log builds. */
static gboolean
check_schema (StgDb       *db,
              const char  *path,
              GError     **error)
{
  g_autoptr(GHashTable) tables = expected_tables ();
  sqlite3_stmt *stmt = stg_db_prepare (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%'", NULL);
  guint n = 0;
  gboolean match = stmt != NULL;
  int rc = SQLITE_DONE;

  while (match && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GHashTable *columns = g_hash_table_lookup (tables, sqlite3_column_text (stmt, 0));
      n++;
      match = columns != NULL;
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  match = match && rc == SQLITE_DONE && n == g_hash_table_size (tables);
  if (match)
    {
      GHashTableIter iter;
      gpointer table, columns;

      g_hash_table_iter_init (&iter, tables);
      while (match && g_hash_table_iter_next (&iter, &table, &columns))
        match = columns_match (db, table, columns, NULL);
    }
  if (!match)
    return fail (error, STG_STORE_ERROR_TAMPERED, path,
                 _("its tables are not those of a Strategos file; it was changed by another program and is not opened, for safety"));
  return TRUE;
}

/* Whether the file is sound: every page (PRAGMA quick_check, which reads
 * the whole file: a second for a million budget lines), unless
 * @skip_pages, and its structure. */
static gboolean
check_sound (StgDb       *db,
             const char  *path,
             gboolean     skip_pages,
             GError     **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GError) local_error = NULL;
  gint64 n = 0;
  gboolean ok;
  int rc;

  if (!skip_pages)
    {
      stmt = stg_db_prepare (db, "PRAGMA quick_check", &local_error);
      if (stmt == NULL)
        return fail (error, STG_STORE_ERROR_CORRUPT, path, _("the file is damaged"));
      rc = sqlite3_step (stmt);
      ok = rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      sqlite3_reset (stmt);
      if (!ok)
        return fail (error, STG_STORE_ERROR_CORRUPT, path, _("the file is damaged"));
    }

  /* Strategos files hold no triggers or views; one that does was altered
   * by something else and could run code on every edit. */
  stmt = stg_db_prepare (db, "SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')", &local_error);
  if (stmt == NULL || !stg_db_query_int (db, stmt, &n, &local_error))
    return fail (error, STG_STORE_ERROR_CORRUPT, path, _("the file is damaged"));
  if (n > 0)
    return fail (error, STG_STORE_ERROR_TAMPERED, path,
                 _("its structure was altered outside Strategos (it holds triggers or views); it is not opened, for safety"));
  return TRUE;
}

static StgDb *
connect (const char  *path,
         gboolean     read_only,
         GError     **error)
{
  sqlite3 *handle = NULL;
  int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_EXRESCODE;
  int rc = sqlite3_open_v2 (path, &handle, flags, NULL);
  g_autoptr(GError) local_error = NULL;

  if (rc != SQLITE_OK)
    {
      stg_db_set_error (handle, rc, &local_error);
      sqlite3_close_v2 (handle);
      fail (error, local_error->code, path, local_error->message);
      return NULL;
    }
  return stg_db_new (handle);
}

static gint64
schema_version (StgDb *db)
{
  sqlite3_stmt *stmt = stg_db_prepare (db, "PRAGMA user_version", NULL);
  gint64 version = -1;

  if (stmt == NULL || !stg_db_query_int (db, stmt, &version, NULL))
    return -1;
  return version;
}

/* Editing lock
 *
 * Two Strategos processes editing one file would each undo the other's
 * edits with their own history. While a file is open for editing, its
 * process holds an flock() on it. flock() and the fcntl() locks SQLite
 * uses are independent on Linux, so this neither disturbs nor is
 * disturbed by SQLite's own locking; a process that dies drops it. */

/* "process 1234 of alice", read from /proc/locks, or NULL. */
static char *
lock_holder (const GStatBuf *st)
{
  g_autofree char *locks = NULL;
  g_autofree char *needle = g_strdup_printf (" %02x:%02x:%llu ", major (st->st_dev), minor (st->st_dev),
                                             (unsigned long long) st->st_ino);
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/locks", &locks, NULL, NULL))
    return NULL;
  lines = g_strsplit (locks, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;
      g_autofree char *status_path = NULL;
      g_autofree char *status = NULL;
      const char *uid_line;
      struct passwd *pw;

      if (strstr (lines[i], "FLOCK") == NULL || strstr (lines[i], needle) == NULL)
        continue;
      f = g_strsplit_set (lines[i], " ", -1);
      for (guint j = 0; f[j] != NULL; j++)
        if (g_ascii_isdigit (f[j][0]) && strchr (f[j], ':') == NULL && j > 3)
          {
            status_path = g_strdup_printf ("/proc/%s/status", f[j]);
            if (g_file_get_contents (status_path, &status, NULL, NULL) &&
                (uid_line = strstr (status, "\nUid:")) != NULL &&
                (pw = getpwuid ((uid_t) g_ascii_strtoull (uid_line + 5, NULL, 10))) != NULL)
              /* Translators: who has a file open: "process 1234 of alice" */
              return g_strdup_printf (_("process %s of %s"), f[j], pw->pw_name);
            return g_strdup_printf (_("process %s"), f[j]);
          }
    }
  return NULL;
}

static int
lock_for_editing (const char  *path,
                  GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  g_autofree char *holder = NULL;
  g_autofree char *why = NULL;
  GStatBuf st;

  if (fd < 0)
    {
      fail (error, STG_STORE_ERROR_IO, path, g_strerror (errno));
      return -1;
    }
  if (flock (fd, LOCK_EX | LOCK_NB) == 0)
    return fd;
  if (errno != EWOULDBLOCK)
    /* A file system without flock(): do without the lock. */
    return fd;
  if (fstat (fd, &st) == 0)
    holder = lock_holder (&st);
  close (fd);
  if (holder != NULL)
    why = g_strdup_printf (_("it is open for editing in another Strategos window (%s); it can be opened read-only"), holder);
  else
    why = g_strdup (_("it is open for editing in another Strategos window; it can be opened read-only"));
  fail (error, STG_STORE_ERROR_LOCKED, path, why);
  return -1;
}

/* Every check runs on a read-only connection, so that a file refused is a
 * file untouched; only a file that passes is opened for writing. */
static StgDb *
open_checked (const char  *path,
              gboolean     check_later,
              GError     **error)
{
  g_autoptr(StgDb) db = NULL;
  g_autoptr(GError) local_error = NULL;

  if ((db = connect (path, TRUE, error)) == NULL)
    return NULL;
  if (!configure (db, TRUE, &local_error))
    {
      fail (error, local_error->code, path, local_error->message);
      return NULL;
    }
  /* The pages may be checked later only if nothing is written before:
   * a file to migrate is checked first. */
  if (!check_sound (db, path, check_later && schema_version (db) == STG_SCHEMA_VERSION, error) ||
      (schema_version (db) == STG_SCHEMA_VERSION && !check_schema (db, path, error)))
    return NULL;
  return g_steal_pointer (&db);
}

StgDb *
stg_file_open (const char  *path,
               gboolean     read_only,
               gboolean     check_later,
               GError     **error)
{
  g_autoptr(StgDb) db = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;
  guint n_migrations;
  const StgMigration *migrations = stg_migrations_get (&n_migrations);
  int lock_fd;

  if (!check_kind (path, &st, error) || !check_header (path, &st, read_only, error))
    return NULL;
  if ((db = open_checked (path, check_later, error)) == NULL || read_only)
    return g_steal_pointer (&db);
  g_clear_pointer (&db, stg_db_free);
  if ((lock_fd = lock_for_editing (path, error)) < 0)
    return NULL;
  if ((db = connect (path, FALSE, error)) == NULL)
    {
      close (lock_fd);
      return NULL;
    }
  stg_db_set_lock (db, lock_fd);
  if (!configure (db, FALSE, &local_error) ||
      !stg_migrations_run (db, migrations, n_migrations, &local_error))
    {
      fail (error, local_error->code, path, local_error->message);
      return NULL;
    }
  if (!check_schema (db, path, error))
    return NULL;
  return g_steal_pointer (&db);
}

gboolean
stg_file_check_pages (StgDb       *db,
                      const char  *path,
                      GError     **error)
{
  return check_sound (db, path, FALSE, error);
}

/* A further read-only connection to a file that this process opened, and
 * so checked, already: for a thread that reads while the window edits. */
StgDb *
stg_file_open_reader (const char  *path,
                      GError     **error)
{
  g_autoptr(StgDb) db = NULL;
  g_autoptr(GError) local_error = NULL;

  if ((db = connect (path, TRUE, error)) == NULL)
    return NULL;
  /* Its sorts (the gap analysis groups a million budget lines) spill to a
   * temporary file beyond SQLite's cache rather than take 50 MB of memory
   * beside the window's: this connection holds no undo log to keep fast. */
  if (!configure (db, TRUE, &local_error) || !stg_db_exec (db, "PRAGMA temp_store = FILE", &local_error))
    {
      fail (error, local_error->code, path, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&db);
}

/* Creating */

static StgDb *
create_db (const char  *tmp_path,
           GError     **error)
{
  g_autoptr(StgDb) db = NULL;
  sqlite3 *handle = NULL;
  int rc = sqlite3_open_v2 (tmp_path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  guint n_migrations;
  const StgMigration *migrations = stg_migrations_get (&n_migrations);

  if (rc != SQLITE_OK)
    {
      stg_db_set_error (handle, rc, error);
      sqlite3_close_v2 (handle);
      return NULL;
    }
  db = stg_db_new (handle);
  if (!configure (db, FALSE, error) ||
      !stg_migrations_run (db, migrations, n_migrations, error) ||
      !stg_undo_install (db, error))
    return NULL;
  return g_steal_pointer (&db);
}

static gboolean
fill (StgStore            *store,
      const char          *title,
      StgStoreCreateFlags  flags,
      GError             **error)
{
  g_autoptr(GBytes) sample = NULL;
  g_autoptr(StgStrategy) strategy = NULL;
  GDateTime *now;
  int year;

  if (flags & STG_STORE_CREATE_SAMPLE)
    {
      sample = stg_sample_sql ();
      return stg_store_load_sql (store, g_bytes_get_data (sample, NULL), error);
    }
  now = g_date_time_new_now_local ();
  year = g_date_time_get_year (now);
  g_date_time_unref (now);
  strategy = STG_STRATEGY (stg_record_new (STG_TYPE_STRATEGY));
  stg_record_set_id (STG_RECORD (strategy), 1);
  stg_record_set_text (STG_RECORD (strategy), "title", title != NULL && *title ? title : _("Untitled strategy"));
  stg_record_set_text (STG_RECORD (strategy), "classification", "UNCLASSIFIED");
  stg_record_set_text (STG_RECORD (strategy), "currency", "EUR");
  stg_record_set_int (STG_RECORD (strategy), "horizon_start", year);
  stg_record_set_int (STG_RECORD (strategy), "horizon_end", year + 10);
  stg_record_set_int (STG_RECORD (strategy), "review_cycle", 5);
  return stg_store_insert (store, STG_RECORD (strategy), error);
}

/* Moves @tmp_path to @path unless @path exists: link() fails with EEXIST
 * rather than replacing, which rename() would do. */
static gboolean
publish (const char  *tmp_path,
         const char  *path,
         GError     **error)
{
  if (link (tmp_path, path) == 0)
    {
      g_unlink (tmp_path);
      return TRUE;
    }
  if (errno == EEXIST)
    {
      g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_EXISTS,
                   _("Could not create “%s”: a file of that name already exists"), path);
      return FALSE;
    }
  /* File systems without hard links. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_EXISTS,
                   _("Could not create “%s”: a file of that name already exists"), path);
      return FALSE;
    }
  if (g_rename (tmp_path, path) != 0)
    {
      int saved = errno;
      g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_IO,
                   _("Could not create “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static char *
make_temp (const char  *path,
           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  char *tmp_path = g_build_filename (dir, name, NULL);
  int fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0666);

  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, STG_STORE_ERROR, saved == EACCES || saved == EROFS ? STG_STORE_ERROR_READ_ONLY : STG_STORE_ERROR_IO,
                   _("Could not create “%s”: %s"), path, g_strerror (saved));
      g_free (tmp_path);
      return NULL;
    }
  close (fd);
  return tmp_path;
}

StgStore *
stg_store_create (const char           *path,
                  const char           *title,
                  StgStoreCreateFlags   flags,
                  GError              **error)
{
  g_autofree char *tmp_path = NULL;
  g_autoptr(StgStore) store = NULL;
  g_autoptr(GError) local_error = NULL;
  StgDb *db;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_EXISTS,
                   _("Could not create “%s”: a file of that name already exists"), path);
      return NULL;
    }
  if ((tmp_path = make_temp (path, error)) == NULL)
    return NULL;
  if ((db = create_db (tmp_path, &local_error)) != NULL)
    {
      /* Closed before it is moved, so that no journal is left behind. */
      store = stg_store_new_for_db (db, tmp_path, FALSE);
      fill (store, title, flags, &local_error);
      g_clear_object (&store);
    }
  if (local_error != NULL || !publish (tmp_path, path, &local_error))
    {
      g_unlink (tmp_path);
      if (local_error->domain == STG_STORE_ERROR && local_error->code == STG_STORE_ERROR_EXISTS)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, STG_STORE_ERROR, local_error->code,
                     _("Could not create “%s”: %s"), path, local_error->message);
      return NULL;
    }
  return stg_store_open (path, STG_STORE_OPEN_DEFAULT, error);
}
