/* stg-query.h: sorted, filtered lists of items, computed by SQLite */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "stg-store.h"

G_BEGIN_DECLS

/*
 * A list of 100,000 objectives is sorted and filtered in SQL and shown
 * through a list model that reads an item only when a row needs it, so
 * that neither a sort nor a keystroke in the search entry waits on GTK
 * comparing a hundred thousand GObjects.
 */

#define STG_QUERY_MAX_FILTERS 4

typedef struct {
  const char *column;   /* a choice or reference column */
  const char *key;      /* choice: the key */
  gint64      id;       /* reference: the id */
} StgQueryFilter;

typedef struct {
  const char     *sort_column;  /* NULL: in the order they were added */
  gboolean        descending;
  const char     *search;       /* words in the title; NULL or "" for all */
  StgQueryFilter  filters[STG_QUERY_MAX_FILTERS];
  guint           n_filters;
  const char     *before_column;  /* a date column ... */
  const char     *before;         /* ... earlier than this ISO date */
} StgQuery;

/* The ids of the items of @type that @query selects, in its order.
 * Choices sort in the model's order (status: not started, on track, at
 * risk, late, done, dropped), references by the name of what they point
 * at, dates with the undated last. */
GArray *stg_store_query (StgStore        *self,
                         GType            type,
                         const StgQuery  *query,
                         GError         **error);

#define STG_TYPE_RECORD_LIST (stg_record_list_get_type ())
G_DECLARE_FINAL_TYPE (StgRecordList, stg_record_list, STG, RECORD_LIST, GObject)

/* A GListModel of the records of @type with the given ids, each read from
 * @store when first asked for (and kept in a bounded cache). */
StgRecordList *stg_record_list_new     (StgStore      *store,
                                        GType          type);
/* Shows @ids (taken) instead, emitting items-changed; clears the cache,
 * since the list is set anew after every edit. */
void           stg_record_list_set_ids (StgRecordList *self,
                                        GArray        *ids);
/* The position of @id, or GTK_INVALID_LIST_POSITION's value G_MAXUINT. */
guint          stg_record_list_find    (StgRecordList *self,
                                        gint64         id);

G_END_DECLS
