/* stg-store.h: a strategy file, open for reading and editing */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "stg-error.h"
#include "stg-record.h"
#include "stg-types.h"

G_BEGIN_DECLS

/* The schema version this build writes and the newest it can read. */
#define STG_SCHEMA_VERSION 4
/* PRAGMA application_id of a Strategos file: "STRG" */
#define STG_APPLICATION_ID 0x53545247

typedef enum {
  STG_STORE_OPEN_DEFAULT = 0,
  /* Never writes: no migration, no hot-journal rollback. For `info`. */
  STG_STORE_OPEN_READ_ONLY = 1 << 0,
  /* Leaves out the check of every page (PRAGMA quick_check reads the
   * whole file: a second for a million budget lines) when no migration is
   * due; the store then refuses every edit (STG_STORE_ERROR_BUSY) until
   * stg_store_set_checked(). For the window, which checks in a thread
   * (stg_store_check_pages() on a stg_store_open_reader()) and shows the
   * strategy meanwhile. */
  STG_STORE_OPEN_CHECK_LATER = 1 << 1,
} StgStoreOpenFlags;

typedef enum {
  STG_STORE_CREATE_EMPTY = 0,
  STG_STORE_CREATE_SAMPLE = 1 << 0,
} StgStoreCreateFlags;

/**
 * StgLink:
 * The many-to-many links of the model; "from" is the first named kind.
 */
typedef enum {
  STG_LINK_THREAT_INTEREST,
  STG_LINK_OBJECTIVE_INTEREST,
  STG_LINK_OBJECTIVE_THREAT,
  STG_LINK_OBJECTIVE_ROLE,
  STG_LINK_OBJECTIVE_CAPABILITY,
  STG_LINK_OBJECTIVE_SUPPORTING_ACTOR,
  STG_N_LINKS
} StgLink;

typedef struct {
  const char *table;
  const char *from_column;
  const char *to_column;
  GType     (*from_type) (void);
  GType     (*to_type) (void);
  /* N_() label of the undo step: "Link objective “%s” to threat “%s”" */
  const char *link_label;
  const char *unlink_label;
} StgLinkSchema;

const StgLinkSchema *stg_link_get_schema (StgLink link);

#define STG_TYPE_STORE (stg_store_get_type ())
G_DECLARE_FINAL_TYPE (StgStore, stg_store, STG, STORE, GObject)

/* Opening checks, before SQLite writes a byte, that the file is a regular
 * file holding a Strategos database of a schema this build reads; then that
 * it is sound (quick_check) and unaltered. Anything else fails with a
 * StgStoreError whose message names the file and the problem, and leaves
 * the file as it was. Older schemas are migrated forward in one
 * transaction. */
StgStore   *stg_store_open             (const char          *path,
                                        StgStoreOpenFlags    flags,
                                        GError             **error);
/* Creates @path (which must not exist) whole or not at all: the database is
 * built in a temporary file beside it and moved into place. */
StgStore   *stg_store_create           (const char          *path,
                                        const char          *title,
                                        StgStoreCreateFlags  flags,
                                        GError             **error);
/* A read-only store on @self's file, for another thread to read from
 * while @self edits (each store is used by one thread at a time). It skips
 * the checks of stg_store_open(): @self passed them. */
StgStore   *stg_store_open_reader      (StgStore            *self,
                                        GError             **error);
const char *stg_store_get_path         (StgStore            *self);
/* The check STG_STORE_OPEN_CHECK_LATER left out: fails with
 * STG_STORE_ERROR_CORRUPT if a page of the file is damaged. */
gboolean    stg_store_check_pages      (StgStore            *self,
                                        GError             **error);
/* FALSE from opening with STG_STORE_OPEN_CHECK_LATER until
 * stg_store_set_checked(): edits are refused meanwhile. */
gboolean    stg_store_is_checked       (StgStore            *self);
void        stg_store_set_checked      (StgStore            *self);
gboolean    stg_store_is_read_only     (StgStore            *self);

/* Transactions nest: the outermost begin opens BEGIN IMMEDIATE and one undo
 * step named @label; inner ones are savepoints and their labels ignored. A
 * rollback undoes its own level; commit of the outermost writes the file
 * and emits ::changed. Every call below that edits runs in its own level, so
 * alone it is one undo step and inside a begin/commit it joins the outer. */
gboolean    stg_store_begin            (StgStore    *self,
                                        const char  *label,
                                        GError     **error);
gboolean    stg_store_commit           (StgStore    *self,
                                        GError     **error);
void        stg_store_rollback         (StgStore    *self);

/* Records. insert sets the record's id; update writes every column;
 * update_column writes one (with an undo label naming the field). */
gboolean    stg_store_insert           (StgStore    *self,
                                        StgRecord   *record,
                                        GError     **error);
gboolean    stg_store_update           (StgStore    *self,
                                        StgRecord   *record,
                                        GError     **error);
gboolean    stg_store_update_column    (StgStore    *self,
                                        StgRecord   *record,
                                        const char  *column,
                                        GError     **error);
gboolean    stg_store_delete           (StgStore    *self,
                                        GType        type,
                                        gint64       id,
                                        GError     **error);
StgRecord  *stg_store_get              (StgStore    *self,
                                        GType        type,
                                        gint64       id,
                                        GError     **error);
/* All records of @type ordered by id, as a GListModel of StgRecord. */
GListModel *stg_store_list             (StgStore    *self,
                                        GType        type,
                                        GError     **error);
/* The records of @type whose reference @column holds @id (the budget
 * lines of an objective, say), ordered by id. */
GListModel *stg_store_list_where       (StgStore    *self,
                                        GType        type,
                                        const char  *column,
                                        gint64       id,
                                        GError     **error);
/* The id and title of every record of @type, ordered by title: what a
 * dropdown or a check list needs, without reading whole records. */
gboolean    stg_store_titles           (StgStore    *self,
                                        GType        type,
                                        GArray     **ids,
                                        GStrv       *titles,
                                        GError     **error);
gint64      stg_store_count            (StgStore    *self,
                                        GType        type,
                                        GError     **error);
/* The strategy's own row (there is always exactly one). */
StgStrategy *stg_store_get_strategy    (StgStore    *self,
                                        GError     **error);

/* Links. */
gboolean    stg_store_link             (StgStore    *self,
                                        StgLink      link,
                                        gint64       from_id,
                                        gint64       to_id,
                                        GError     **error);
gboolean    stg_store_unlink           (StgStore    *self,
                                        StgLink      link,
                                        gint64       from_id,
                                        gint64       to_id,
                                        GError     **error);
/* Ids linked to @from_id (or, reversed, the ids linking to @to_id). */
GArray     *stg_store_linked           (StgStore    *self,
                                        StgLink      link,
                                        gint64       from_id,
                                        GError     **error);
GArray     *stg_store_linked_reverse   (StgStore    *self,
                                        StgLink      link,
                                        gint64       to_id,
                                        GError     **error);

/* Every pair of @link: (@from[i], @to[i]) ordered by from then to, for
 * grids that show all links at once. */
gboolean    stg_store_link_pairs       (StgStore    *self,
                                        StgLink      link,
                                        GArray     **from,
                                        GArray     **to,
                                        GError     **error);

/* Sums of planned and actual amounts over every budget line, or over
 * those of one objective when @objective_id is not 0; fails rather than
 * wrap if a sum overflows. */
gboolean    stg_store_budget_totals    (StgStore    *self,
                                        gint64       objective_id,
                                        gint64      *planned,
                                        gint64      *actual,
                                        GError     **error);

/* Headline figures of the objectives, as of @today (ISO "YYYY-MM-DD"). */
typedef struct {
  gint64 total;
  gint64 on_track;
  gint64 at_risk;
  gint64 late;
  gint64 due_this_year;  /* not done or dropped, deadline in @today's year */
  gint64 overdue;        /* not done or dropped, deadline before @today */
} StgObjectiveSummary;

gboolean    stg_store_objective_summary (StgStore            *self,
                                         const char          *today,
                                         StgObjectiveSummary *summary,
                                         GError             **error);

/* Adds a copy of @record (a new id, "(copy)" after its title) and, for an
 * objective, of its links, indicators and budget lines: one undo step.
 * Returns the new record. */
StgRecord  *stg_store_duplicate        (StgStore    *self,
                                        StgRecord   *record,
                                        GError     **error);

/* Writes a consistent copy of the whole strategy to @path, whole or not at
 * all (built beside it, then moved into place; an existing file at @path
 * is replaced only once the copy is complete). */
gboolean    stg_store_save_copy        (StgStore    *self,
                                        const char  *path,
                                        GError     **error);

/* Undo and redo of whole user actions, for as long as the store is open. */
gboolean    stg_store_can_undo         (StgStore    *self);
gboolean    stg_store_can_redo         (StgStore    *self);
char       *stg_store_get_undo_label   (StgStore    *self);
char       *stg_store_get_redo_label   (StgStore    *self);
gboolean    stg_store_undo             (StgStore    *self,
                                        GError     **error);
gboolean    stg_store_redo             (StgStore    *self,
                                        GError     **error);

G_END_DECLS
