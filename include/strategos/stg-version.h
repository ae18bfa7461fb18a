/* stg-version.h: named versions of a draft, kept inside its file, and what changed */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "stg-store.h"

G_BEGIN_DECLS

/* A version saved in the file: the whole strategy as it was. */
typedef struct {
  gint64  id;
  char   *name;      /* "Draft for NSC, 2026-03" */
  char   *created;   /* ISO 8601 date and time, UTC */
} StgVersion;

void        stg_version_free       (StgVersion  *version);

/* Saves the strategy as it is now under @name (trimmed; not blank, unique
 * in the file): one undo step, "Save version “@name”". Returns the new
 * version's id, or 0 with STG_STORE_ERROR_INVALID (blank, not UTF-8),
 * _DUPLICATE (the name is taken) or _READ_ONLY. */
gint64      stg_store_save_version (StgStore    *store,
                                    const char  *name,
                                    GError     **error);
/* The versions, oldest first (StgVersion). */
GPtrArray  *stg_store_list_versions (StgStore   *store,
                                     GError    **error);
/* Finds a version by name or, failing that, by id written as a number
 * (a version named "2" wins over version 2). Leaves @id alone and fails
 * with STG_STORE_ERROR_NO_SUCH_ITEM when there is none. */
gboolean    stg_store_find_version (StgStore    *store,
                                    const char  *name_or_id,
                                    gint64      *id,
                                    GError     **error);
/* Writes version @id as a strategy file of its own at @path (which must
 * not exist: STG_STORE_ERROR_EXISTS), whole or not at all, to open
 * read-only. Its strategy is exactly the version's; it holds no versions. */
gboolean    stg_store_export_version (StgStore   *store,
                                      gint64      id,
                                      const char *path,
                                      GError    **error);

typedef enum {
  STG_CHANGE_ADDED,
  STG_CHANGE_REMOVED,
  STG_CHANGE_CHANGED,
} StgChangeKind;

/* One difference between two states of a strategy. */
typedef struct {
  StgChangeKind  kind;
  GType          item_type;    /* record type; for links the "from" type */
  gint64         item_id;
  char          *item_title;   /* as it was (removed) or is (added, changed) */
  char          *field;        /* changed: the column's label; links: the
                                * link's description ("Addresses threats");
                                * else NULL */
  char          *before;       /* changed: the old value, as a person reads it
                                * ("" for none); a link removed: its target's
                                * title; else NULL */
  char          *after;        /* changed: the new value; a link added: its
                                * target's title; else NULL */
  char          *message;      /* one sentence for an analyst, translated */
} StgChange;

void        stg_change_free        (StgChange   *change);

/* Budget totals by year, before and after, in minor units of the
 * strategy's currency (actuals not reported count as 0). */
typedef struct {
  int    year;
  gint64 planned_before;
  gint64 planned_after;
  gint64 actual_before;
  gint64 actual_after;
} StgBudgetChange;

/* The differences from version @from to version @to (0 for the strategy
 * as it is now, on either side): items added, removed and changed field by
 * field (links included, as STG_CHANGE_CHANGED of the item they start
 * from), in the order of the model (strategy, actors, interests, threats,
 * roles, objectives, ...), each item's changes in the order of its fields
 * and then its links. Budget lines, indicators, ceilings and GDP
 * projections are items of their own, titled by what they refer to and
 * their year ("Cyber exercise, CCB, 2027").
 *
 * A removal is reported once: what it did by cascade (the links of the
 * removed item, the budget lines and indicators of a removed objective, a
 * "Part of" or owner emptied because its target went) is not repeated.
 * Additions are reported as made, links included.
 *
 * @budget (optional) gets StgBudgetChange per year where either side has
 * budget lines, by year. Works on a store open read-only. Fails with
 * STG_STORE_ERROR_NO_SUCH_ITEM for an unknown version and _CORRUPT for a
 * snapshot this build cannot read. */
GPtrArray  *stg_store_compare      (StgStore    *store,
                                    gint64       from,
                                    gint64       to,
                                    GArray     **budget,
                                    GError     **error);

G_END_DECLS
