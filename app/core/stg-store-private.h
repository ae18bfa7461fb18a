/* stg-store-private.h: what the store's source files share */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "strategos/stg-store.h"
#include "stg-db-private.h"

G_BEGIN_DECLS

/* stg-file.c: checks a file and opens its connection, configured */
StgDb    *stg_file_open          (const char  *path,
                                  gboolean     read_only,
                                  gboolean     check_later,
                                  GError     **error);
/* stg-file.c: the check of every page that check_later left out */
gboolean  stg_file_check_pages   (StgDb       *db,
                                  const char  *path,
                                  GError     **error);
/* stg-file.c: one more read-only connection, unchecked: the file is open
 * and was checked by this process already */
StgDb    *stg_file_open_reader   (const char  *path,
                                  GError     **error);
/* ".NAME.lock" beside @path: who has it open for editing. */
char     *stg_file_lock_info_path (const char *path);

/* stg-store.c */
StgStore *stg_store_new_for_db   (StgDb       *db,
                                  const char  *path,
                                  gboolean     read_only);
gboolean  stg_store_load_sql     (StgStore    *self,
                                  const char  *sql,
                                  GError     **error);
/* The connection, for the store's sibling modules (stg-query.c). */
StgDb    *stg_store_get_db       (StgStore    *self);
/* Inside a transaction: rows of @type inserted until end_bulk are undone
 * and redone as one set rather than logged one by one (imports). */
gboolean  stg_store_begin_bulk   (StgStore    *self,
                                  GType        type,
                                  gint64      *mark,
                                  GError     **error);
gboolean  stg_store_end_bulk     (StgStore    *self,
                                  GType        type,
                                  gint64       mark,
                                  GError     **error);
/* Inside a transaction: drops the indexes of @type's table, but its
 * UNIQUE ones, and gives the SQL that makes them again, for
 * stg_store_create_indexes() once a bulk insert is done (see
 * stg_db_drop_indexes()). */
gboolean  stg_store_drop_indexes   (StgStore          *self,
                                    GType              type,
                                    GStrv             *sql,
                                    GError           **error);
gboolean  stg_store_create_indexes (StgStore          *self,
                                    const char *const *sql,
                                    GError           **error);
/* Fails if a budget line with a rowid above @after breaks a CHECK
 * constraint of the schema: for lines inserted with
 * PRAGMA ignore_check_constraints on. */
gboolean  stg_store_check_lines    (StgStore          *self,
                                    gint64             after,
                                    GError           **error);
/* The record's kind and title: objective “Cyber exercise”. */
char     *stg_store_describe     (StgRecord   *record);

G_END_DECLS
