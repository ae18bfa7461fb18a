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
/* The record's kind and title: objective “Cyber exercise”. */
char     *stg_store_describe     (StgRecord   *record);

G_END_DECLS
