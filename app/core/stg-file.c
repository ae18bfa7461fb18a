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

  /* A file another program switched to write-ahead logging: SQLite would
   * leave -wal and -shm files beside it even to read it. */
  if (read_only && (header[18] == 2 || header[19] == 2))
    return fail (error, STG_STORE_ERROR_TOO_OLD, path,
                 _("another program switched it to write-ahead logging, which Strategos does not use; open it in Strategos once to switch it back"));

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

/* Every table, index and other object of the main schema, with the SQL
 * that made it, as one text: two files hold the same schema when these
 * are equal. */
static char *
schema_text (sqlite3 *handle)
{
  g_autoptr(GString) text = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (handle, "SELECT type, name, tbl_name, sql FROM main.sqlite_schema "
                          "ORDER BY type, name", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (int i = 0; i < 4; i++)
      {
        const char *value = (const char *) sqlite3_column_text (stmt, i);

        /* Length-prefixed, so that no name can pass for a separator. */
        if (value == NULL)
          g_string_append (text, "-;");
        else
          g_string_append_printf (text, "%d:%s;", sqlite3_column_bytes (stmt, i), value);
      }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* The schema this build's migrations make at @version, built once in
 * memory. */
static const char *
reference_schema (gint64 version)
{
  static char *schemas[STG_SCHEMA_VERSION + 1];
  G_LOCK_DEFINE_STATIC (schemas);
  const char *result;

  g_assert (version >= 1 && version <= STG_SCHEMA_VERSION);
  G_LOCK (schemas);
  if (schemas[version] == NULL)
    {
      sqlite3 *handle = NULL;
      g_autoptr(StgDb) db = NULL;
      guint n_migrations;
      const StgMigration *migrations = stg_migrations_get (&n_migrations);

      if (sqlite3_open_v2 (":memory:", &handle, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
        g_error ("Could not open an in-memory database: %s", sqlite3_errmsg (handle));
      db = stg_db_new (handle);
      if (!stg_migrations_run (db, migrations, (guint) version, NULL) ||
          (schemas[version] = schema_text (handle)) == NULL)
        g_error ("This build's migrations fail in memory");
    }
  result = schemas[version];
  G_UNLOCK (schemas);
  return result;
}

/* A file holds exactly the tables, columns, constraints and indexes (and
 * no triggers or views) that this build's migrations make at its schema
 * version, down to the SQL that made them. Anything else was made or
 * changed by another program: a dropped CHECK or foreign key would let bad
 * values in, a trigger or view could run code on every edit, and refusing
 * it also keeps names from the file out of the SQL the undo log builds. */
static gboolean
check_schema (StgDb       *db,
              const char  *path,
              gint64       version,
              GError     **error)
{
  g_autofree char *text = schema_text (stg_db_handle (db));

  if (text == NULL)
    return fail (error, STG_STORE_ERROR_CORRUPT, path, _("the file is damaged"));
  if (version < 1 || version > STG_SCHEMA_VERSION || !g_str_equal (text, reference_schema (version)))
    return fail (error, STG_STORE_ERROR_TAMPERED, path,
                 _("its tables are not those of a Strategos file; it was changed by another program and is not opened, for safety"));
  return TRUE;
}

/* 0 for NULL, numbers and sound text; 1 for text that is not UTF-8 (or
 * holds a NUL); 2 for text longer than STG_TEXT_MAX_BYTES. */
static void
text_problem (sqlite3_context  *context,
              int               argc,
              sqlite3_value   **argv)
{
  int type = sqlite3_value_type (argv[0]);
  const char *text;
  int n;

  if (type != SQLITE_TEXT && type != SQLITE_BLOB)
    {
      sqlite3_result_int (context, 0);
      return;
    }
  n = sqlite3_value_bytes (argv[0]);
  if (n > STG_TEXT_MAX_BYTES)
    {
      sqlite3_result_int (context, 2);
      return;
    }
  text = (const char *) sqlite3_value_text (argv[0]);
  sqlite3_result_int (context, text != NULL && g_utf8_validate_len (text, n, NULL) ? 0 : 1);
}

typedef struct {
  const char *name;
  const char *label;  /* translated */
} TextColumn;

/* Runs @sql (binding @id to ?1 when @bind); the first column of its first
 * row goes to @value. Returns 1 with a row, 0 without, -1 on an error. */
static int
query_int (sqlite3    *handle,
           const char *sql,
           gboolean    bind,
           gint64      id,
           gint64     *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  *value = 0;
  if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    return -1;
  if (bind)
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Fails if a text in @columns of @table is not UTF-8 or too long, naming
 * the field and the item (@singular and its id). One pass over the table
 * finds such a row; only then is each of its fields looked at. */
static gboolean
check_table_text (sqlite3          *handle,
                  const char       *path,
                  const char       *table,
                  const char       *singular,
                  const TextColumn *columns,
                  guint             n_columns,
                  GError          **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id FROM ");
  g_autofree char *why = NULL;
  g_autofree char *id_text = NULL;
  gint64 id = 0, problem = 0;
  int found;
  guint i;

  /* A file of an older schema may not have the table yet. */
  {
    g_autofree char *exists = g_strdup_printf ("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '%s'", table);

    found = query_int (handle, exists, FALSE, 0, &id);
    if (found < 0)
      return fail (error, STG_STORE_ERROR_CORRUPT, path, _("the file is damaged"));
    if (found == 0)
      return TRUE;
  }
  /* Names from this build's own schema, which the file matches. */
  g_string_append_printf (sql, "%s WHERE 0", table);
  for (i = 0; i < n_columns; i++)
    g_string_append_printf (sql, " OR stg_text_problem(%s)", columns[i].name);
  g_string_append (sql, " LIMIT 1");
  found = query_int (handle, sql->str, FALSE, 0, &id);
  if (found < 0)
    return fail (error, STG_STORE_ERROR_CORRUPT, path, _("the file is damaged"));
  if (found == 0)
    return TRUE;
  for (i = 0; i < n_columns && problem == 0; i++)
    {
      g_autofree char *one = g_strdup_printf ("SELECT stg_text_problem(%s) FROM %s WHERE id = ?1",
                                              columns[i].name, table);
      if (query_int (handle, one, TRUE, id, &problem) < 0)
        return fail (error, STG_STORE_ERROR_CORRUPT, path, _("the file is damaged"));
    }
  if (problem == 0)
    return TRUE;
  i--;
  /* Translators: "the field “Title” of vital interest 3 is not UTF-8 text" */
  /* The number goes in as text: a G_GINT64_FORMAT macro inside _() would
   * cut the message short for gettext. */
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  why = g_strdup_printf (problem == 1 ? _("the field “%s” of %s %s is not UTF-8 text; the file was changed by another program and is not opened, for safety")
                                      : _("the field “%s” of %s %s is longer than a strategy allows; the file was changed by another program and is not opened, for safety"),
                         columns[i].label, singular, id_text);
  return fail (error, STG_STORE_ERROR_TAMPERED, path, why);
}

/* Every text of the file is UTF-8 and of a sane length: the rest of the
 * program (and GTK) may then take any text it reads as sound. */
static gboolean
check_text (StgDb       *db,
            const char  *path,
            GError     **error)
{
  sqlite3 *handle = stg_db_handle (db);
  guint n_types;
  const GType *types = stg_record_types (&n_types);
  /* The saved versions' names and dates (their snapshots are JSON, which
   * SQLite parses and refuses itself). */
  const TextColumn version_columns[] = { { "name", _("Name") }, { "created", _("Created") } };

  sqlite3_create_function_v2 (handle, "stg_text_problem", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                              NULL, text_problem, NULL, NULL, NULL);
  for (guint t = 0; t < n_types; t++)
    {
      const StgRecordSchema *schema = stg_record_type_get_schema (types[t]);
      g_autofree TextColumn *columns = g_new0 (TextColumn, schema->n_columns);
      guint n = 0;

      for (guint i = 0; i < schema->n_columns; i++)
        {
          const StgColumn *c = &schema->columns[i];

          if (c->type == STG_COLUMN_TEXT || c->type == STG_COLUMN_CHOICE || c->type == STG_COLUMN_DATE)
            columns[n++] = (TextColumn) { c->name, _(c->label) };
        }
      if (n > 0 && !check_table_text (handle, path, schema->table, _(schema->singular), columns, n, error))
        return FALSE;
    }
  return check_table_text (handle, path, "version", _("version"), version_columns,
                           G_N_ELEMENTS (version_columns), error);
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
      rc = stmt != NULL ? sqlite3_step (stmt) : SQLITE_ERROR;
      ok = rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      if (stmt != NULL)
        sqlite3_reset (stmt);
      if (!ok && sqlite3_extended_errcode (stg_db_handle (db)) == SQLITE_READONLY_ROLLBACK)
        return fail (error, STG_STORE_ERROR_BUSY, path,
                     _("a program stopped while saving it; open it for editing once (in Strategos) to put back its last saved state"));
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

/* Who holds the lock, beside the file
 *
 * flock() knows only a process, and only on this machine. While a file is
 * open for editing, a small key file beside it (".NAME.lock", as office
 * suites do) says who has it: user, host, process and since when. The
 * flock() stays the lock itself: a description whose file is not flock()ed
 * was left by a holder that crashed, and the next editor replaces it. A
 * folder that cannot be written gets no description, and the message falls
 * back to what /proc/locks tells. */

#define LOCK_GROUP "Lock"

char *
stg_file_lock_info_path (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.lock", base);

  return g_build_filename (dir, name, NULL);
}

/* Best effort: the lock works without it. */
static char *
write_lock_info (const char *path)
{
  g_autofree char *info_path = stg_file_lock_info_path (path);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *since = g_date_time_format_iso8601 (now);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  if (g_file_test (info_path, G_FILE_TEST_EXISTS))
    g_debug ("Replacing the stale lock description %s (its holder has gone)", info_path);
  g_key_file_set_string (key_file, LOCK_GROUP, "User", g_get_user_name ());
  g_key_file_set_string (key_file, LOCK_GROUP, "Host", g_get_host_name ());
  g_key_file_set_int64 (key_file, LOCK_GROUP, "Pid", getpid ());
  g_key_file_set_string (key_file, LOCK_GROUP, "Since", since);
  data = g_key_file_to_data (key_file, &length, NULL);
  if (!g_file_set_contents_full (info_path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
    {
      g_debug ("No lock description for %s: %s", path, error->message);
      return NULL;
    }
  return g_steal_pointer (&info_path);
}

static char *
lock_info_field (GKeyFile   *key_file,
                 const char *key)
{
  g_autofree char *value = g_key_file_get_string (key_file, LOCK_GROUP, key, NULL);

  /* Whatever wrote it, it is shown to a person: short, valid text. */
  if (value == NULL || *value == '\0' || strlen (value) > 256 || !g_utf8_validate (value, -1, NULL))
    return NULL;
  return g_steal_pointer (&value);
}

/* "alice on ws-12 since 2026-11-22 10:30 (process 1234)", or NULL. */
static char *
read_lock_info (const char *path)
{
  g_autofree char *info_path = stg_file_lock_info_path (path);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *user = NULL, *host = NULL, *since = NULL, *when = NULL, *pid_text = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  GStatBuf st;
  gint64 pid;

  if (g_stat (info_path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size > 4096 ||
      !g_key_file_load_from_file (key_file, info_path, G_KEY_FILE_NONE, NULL))
    return NULL;
  user = lock_info_field (key_file, "User");
  host = lock_info_field (key_file, "Host");
  since = lock_info_field (key_file, "Since");
  pid = g_key_file_get_int64 (key_file, LOCK_GROUP, "Pid", NULL);
  if (user == NULL || host == NULL || since == NULL || pid <= 0 ||
      (utc = g_date_time_new_from_iso8601 (since, NULL)) == NULL)
    return NULL;
  local = g_date_time_to_local (utc);
  when = g_date_time_format (local, "%Y-%m-%d %H:%M");
  pid_text = g_strdup_printf ("%" G_GINT64_FORMAT, pid);
  /* Translators: who has a file open for editing: "alice on ws-12 since
   * 2026-11-22 10:30 (process 1234)" */
  return g_strdup_printf (_("%s on %s since %s (process %s)"), user, host, when, pid_text);
}

static int
lock_for_editing (const char  *path,
                  char       **info_path,
                  GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  g_autofree char *holder = NULL;
  g_autofree char *why = NULL;
  GStatBuf st;

  *info_path = NULL;
  if (fd < 0)
    {
      fail (error, STG_STORE_ERROR_IO, path, g_strerror (errno));
      return -1;
    }
  if (flock (fd, LOCK_EX | LOCK_NB) == 0)
    {
      *info_path = write_lock_info (path);
      return fd;
    }
  if (errno != EWOULDBLOCK)
    /* A file system without flock(): do without the lock. */
    return fd;
  holder = read_lock_info (path);
  if (holder == NULL && fstat (fd, &st) == 0)
    holder = lock_holder (&st);
  close (fd);
  if (holder != NULL)
    why = g_strdup_printf (_("it is open for editing by %s; it can be opened read-only"), holder);
  else
    why = g_strdup (_("it is open for editing in another Strategos window; it can be opened read-only"));
  fail (error, STG_STORE_ERROR_LOCKED, path, why);
  return -1;
}

/* Every check runs on a read-only connection, so that a file refused is a
 * file untouched; only a file that passes is opened for writing. */
static StgDb *
open_checked (const char  *path,
              gboolean    *check_later,
              GError     **error)
{
  g_autoptr(StgDb) db = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 version;

  if ((db = connect (path, TRUE, error)) == NULL)
    return NULL;
  if (!configure (db, TRUE, &local_error))
    {
      fail (error, local_error->code, path, local_error->message);
      return NULL;
    }
  version = schema_version (db);
  /* The pages and the texts may be checked later (stg_file_check_pages)
   * only if nothing is written before: a file to migrate is checked
   * whole first, so that a file refused is a file untouched. */
  *check_later = *check_later && version == STG_SCHEMA_VERSION;
  if (!check_sound (db, path, *check_later, error) || !check_schema (db, path, version, error) ||
      (!*check_later && !check_text (db, path, error)))
    return NULL;
  return g_steal_pointer (&db);
}

static void
unlock (int         lock_fd,
        const char *lock_info)
{
  if (lock_info != NULL)
    g_unlink (lock_info);
  close (lock_fd);
}

/* A journal beside the file, left by a process that stopped (a crash, a
 * power cut) while it saved: SQLite's record of how to put back the last
 * saved state. */
static gboolean
has_journal (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  GStatBuf st;

  return g_stat (journal, &st) == 0 && st.st_size > 0;
}

/* Lets SQLite roll the file back to its last saved state, which only a
 * connection that may write can do (a read-only one would see the file
 * half-saved and refuse it as damaged). Runs with the editing lock held,
 * so the journal is not that of an edit under way in another Strategos. */
static gboolean
roll_back_interrupted_save (const char  *path,
                            GError     **error)
{
  g_autoptr(StgDb) db = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 n;

  if ((db = connect (path, FALSE, error)) == NULL)
    return FALSE;
  sqlite3_db_config (stg_db_handle (db), SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (stg_db_handle (db), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_busy_timeout (stg_db_handle (db), 5000);
  stmt = stg_db_prepare (db, "SELECT count(*) FROM sqlite_schema", &local_error);
  if (stmt == NULL || !stg_db_query_int (db, stmt, &n, &local_error))
    return fail (error, local_error->code, path, local_error->message);
  return TRUE;
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
  g_autofree char *lock_info = NULL;
  int lock_fd = -1;

  if (!check_kind (path, &st, error) || !check_header (path, &st, read_only, error))
    return NULL;
  if (!read_only && has_journal (path))
    {
      if ((lock_fd = lock_for_editing (path, &lock_info, error)) < 0)
        return NULL;
      if (!roll_back_interrupted_save (path, error) ||
          !check_kind (path, &st, error) || !check_header (path, &st, read_only, error))
        {
          unlock (lock_fd, lock_info);
          return NULL;
        }
    }
  if ((db = open_checked (path, &check_later, error)) == NULL || read_only)
    {
      if (lock_fd >= 0)
        unlock (lock_fd, lock_info);
      return g_steal_pointer (&db);
    }
  g_clear_pointer (&db, stg_db_free);
  if (lock_fd < 0 && (lock_fd = lock_for_editing (path, &lock_info, error)) < 0)
    return NULL;
  if ((db = connect (path, FALSE, error)) == NULL)
    {
      unlock (lock_fd, lock_info);
      return NULL;
    }
  stg_db_set_lock (db, lock_fd, lock_info);
  if (!configure (db, FALSE, &local_error) ||
      !stg_migrations_run (db, migrations, n_migrations, &local_error))
    {
      fail (error, local_error->code, path, local_error->message);
      return NULL;
    }
  /* The migrations made the schema; the texts were checked before them. */
  if (!check_schema (db, path, STG_SCHEMA_VERSION, error))
    return NULL;
  return g_steal_pointer (&db);
}

gboolean
stg_file_check_pages (StgDb       *db,
                      const char  *path,
                      GError     **error)
{
  /* The texts too: both read every row, so both wait for the thread. */
  return check_sound (db, path, FALSE, error) && check_text (db, path, error);
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
