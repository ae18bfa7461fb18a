/* stg-db-private.h: the SQLite connection shared by the store's modules */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/*
 * The one gateway to the sqlite3 handle (epiphany's EphySQLiteConnection in
 * miniature): statements are prepared once, cached by their text and always
 * given their values by binding. Every SQL text handed to it is built from
 * the program's own schema, never from what a user typed.
 */
typedef struct _StgDb StgDb;

StgDb        *stg_db_new         (sqlite3     *handle);
void          stg_db_free        (StgDb       *db);
sqlite3      *stg_db_handle      (StgDb       *db);
/* Fails when @path no longer names the file this db has open for
 * editing (deleted, moved or replaced by another program). */
gboolean      stg_db_check_file  (StgDb       *db,
                                  const char  *path,
                                  GError     **error);
/* Keeps @fd (an flock()ed descriptor of the file) until the db is freed;
 * then removes @info_path (the lock's description, or NULL) before the
 * lock is let go. */
void          stg_db_set_lock    (StgDb       *db,
                                  int          fd,
                                  const char  *info_path);

/* A cached statement, reset and with its bindings cleared. */
sqlite3_stmt *stg_db_prepare     (StgDb       *db,
                                  const char  *sql,
                                  GError     **error);
/* Runs fixed SQL (may hold several statements). */
gboolean      stg_db_exec        (StgDb       *db,
                                  const char  *sql,
                                  GError     **error);
/* Steps @stmt to completion and resets it. */
gboolean      stg_db_run         (StgDb        *db,
                                  sqlite3_stmt *stmt,
                                  GError      **error);
/* Steps a statement expected to give one row holding one integer. */
gboolean      stg_db_query_int   (StgDb        *db,
                                  sqlite3_stmt *stmt,
                                  gint64       *value,
                                  GError      **error);
/* Turns an SQLite result code and the connection's message into a
 * StgStoreError a person understands. */
gboolean      stg_db_fail        (StgDb       *db,
                                  int          rc,
                                  GError     **error);
void          stg_db_set_error   (sqlite3     *handle,
                                  int          rc,
                                  GError     **error);

/* Bulk changes: from STG_DB_SORTED_INDEX_ROWS rows on, when a bulk insert
 * or delete moves at least as many rows as the table keeps, the table's
 * indexes but its UNIQUE ones are dropped and built again sorted at the
 * end, in the same transaction (the file is never seen without them).
 * The tests lower the threshold; 0 restores it. */
#define STG_DB_SORTED_INDEX_ROWS 10000
guint         stg_db_get_sorted_index_rows (void);
void          stg_db_set_sorted_index_rows (guint n_rows);
/* Inside a transaction: drops them and gives the SQL that makes them again. */
gboolean      stg_db_drop_indexes   (StgDb              *db,
                                     const char         *table,
                                     GStrv              *sql,
                                     GError            **error);
gboolean      stg_db_create_indexes (StgDb              *db,
                                     const char *const  *sql,
                                     GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StgDb, stg_db_free)

/* stg-migrations.c */
typedef struct {
  int         version;
  const char *sql;
} StgMigration;

/* Runs every migration newer than the file's user_version in one
 * transaction, then stamps application_id and user_version. */
gboolean stg_migrations_run       (StgDb               *db,
                                   const StgMigration  *migrations,
                                   guint                n_migrations,
                                   GError             **error);
/* The migrations of this build, from the core's resources. */
const StgMigration *stg_migrations_get (guint *n_migrations);
/* The sample strategy's SQL, from the core's resources. */
GBytes  *stg_sample_sql           (void);

/* stg-undo.c: an undo log filled by TEMP triggers */
gboolean stg_undo_install         (StgDb       *db,
                                   GError     **error);
gboolean stg_undo_open_step       (StgDb       *db,
                                   const char  *stack,
                                   const char  *label,
                                   GError     **error);
/* Drops the step if it recorded nothing; sets *@recorded. A recorded step
 * on the undo stack clears the redo stack when @clear_redo. */
gboolean stg_undo_close_step      (StgDb       *db,
                                   gboolean     clear_redo,
                                   gboolean    *recorded,
                                   GError     **error);
/* Reverts the newest step of @from ("undo" or "redo"), recording the
 * reverse into a new step of the other stack. */
gboolean stg_undo_replay          (StgDb       *db,
                                   const char  *from,
                                   GError     **error);
char    *stg_undo_peek_label      (StgDb       *db,
                                   const char  *stack);
/* Between these two, rows inserted into @tbl in the current step are not
 * logged one by one but as one range, undone and redone set-wise: for
 * imports of many rows. Nothing else may change in between. */
gboolean stg_undo_begin_bulk      (StgDb       *db,
                                   const char  *tbl,
                                   gint64      *mark,
                                   GError     **error);
gboolean stg_undo_end_bulk        (StgDb       *db,
                                   const char  *tbl,
                                   gint64       mark,
                                   GError     **error);

G_END_DECLS
