/* stg-analysis.h: what is missing from a strategy, and what contradicts it */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "stg-store.h"

G_BEGIN_DECLS

typedef enum {
  STG_SEVERITY_INFO,
  STG_SEVERITY_WARNING,
  STG_SEVERITY_ERROR,
} StgSeverity;

/**
 * StgGapKind:
 * @STG_GAP_THREAT_UNADDRESSED: a threat no objective addresses; an error
 *   when likelihood x impact is 12 or more, else a warning
 * @STG_GAP_INTEREST_UNSERVED: a vital interest no objective serves (error)
 * @STG_GAP_NO_LEAD: an objective without a lead actor (error)
 * @STG_GAP_NO_DEADLINE: an objective without a deadline (error)
 * @STG_GAP_NO_BUDGET: an objective without any budget line (warning)
 * @STG_GAP_OUTSIDE_HORIZON: a deadline after the horizon's last year or
 *   before its first (warning)
 * @STG_GAP_AFTER_LEGISLATURE: a five-year objective due after the end of
 *   the legislature (warning; never when the strategy has no legislature
 *   end)
 * @STG_GAP_CHILD_AFTER_PARENT: an objective due after the objective it is
 *   part of (warning; not when that parent is dropped)
 * @STG_GAP_CAPABILITY_UNUSED: a capability no objective uses (info)
 * @STG_GAP_ACTOR_BUDGET_ONLY: an actor holding budget lines but neither
 *   leading nor supporting any objective (warning)
 * @STG_GAP_OVER_CEILING: an actor planning more in a year than its ceiling
 *   (error; one finding per actor and year)
 * @STG_GAP_ON_TRACK_OVERDUE: "on track" but past its deadline: due before
 *   today, not on it (warning)
 * @STG_GAP_TOO_MANY_PRIORITIES: more priority-1 objectives than a short
 *   strategy should hold (info; one finding for the strategy)
 *
 * Done and dropped objectives ask nothing more of anyone: the rules about
 * an objective's own fields (no lead, no deadline, no budget, outside the
 * horizon, after the legislature, after its parent) pass over them, and
 * "on track" excludes them anyway. A dropped objective has also left the
 * strategy: a threat, interest or capability linked only to dropped
 * objectives is reported, an actor only leading or supporting dropped
 * objectives counts as having no role, and a dropped priority-1 objective
 * is not counted. A done objective still addresses, serves and uses what
 * it is linked to, and still counts as a priority. Budget lines count
 * against a ceiling whatever their objective's status, as in the budget
 * tables.
 */
typedef enum {
  STG_GAP_THREAT_UNADDRESSED,
  STG_GAP_INTEREST_UNSERVED,
  STG_GAP_NO_LEAD,
  STG_GAP_NO_DEADLINE,
  STG_GAP_NO_BUDGET,
  STG_GAP_OUTSIDE_HORIZON,
  STG_GAP_AFTER_LEGISLATURE,
  STG_GAP_CHILD_AFTER_PARENT,
  STG_GAP_CAPABILITY_UNUSED,
  STG_GAP_ACTOR_BUDGET_ONLY,
  STG_GAP_OVER_CEILING,
  STG_GAP_ON_TRACK_OVERDUE,
  STG_GAP_TOO_MANY_PRIORITIES,
  STG_N_GAP_KINDS
} StgGapKind;

typedef struct {
  StgGapKind   kind;
  StgSeverity  severity;
  GType        item_type;   /* the record type concerned; STG_TYPE_STRATEGY
                             * for strategy-wide findings */
  gint64       item_id;
  gint64       weight;      /* orders findings of one kind, most serious
                             * first: likelihood x impact; minus the
                             * interest's rank; 6 - priority for a missing
                             * lead, deadline or budget; years outside the
                             * horizon; days past the legislature, the
                             * parent or the deadline; the actor's planned
                             * total; the overrun; the priority-1 count;
                             * 0 for an unused capability */
  char        *message;     /* a sentence for an analyst, translated */
} StgFinding;

typedef struct {
  const char *today;           /* ISO date; NULL: the current local date */
  guint       max_priorities;  /* most priority-1 objectives; 0: 12 */
} StgAnalysisOptions;

/* Every finding (StgFinding, owned by the array), errors first, then by
 * kind in the order of StgGapKind, then by weight (heaviest first), then
 * by item id. @options may be NULL for the defaults. An invalid
 * @options->today fails with STG_DATE_ERROR; a file that cannot be read,
 * or a sum of planned amounts beyond 64 bits, with a StgStoreError. One
 * query per rule: half a second for 100,000 objectives. Runs on the
 * store's connection, so on the thread that uses @store. */
GPtrArray  *stg_analysis_run        (StgStore                 *store,
                                     const StgAnalysisOptions *options,
                                     GError                  **error);
void        stg_finding_free        (StgFinding               *finding);

/* Stable, untranslated names ("threat-unaddressed", "error") for CSV and
 * JSON, and translated ones for people. */
const char *stg_gap_kind_key        (StgGapKind                kind);
const char *stg_gap_kind_label      (StgGapKind                kind);
const char *stg_severity_key        (StgSeverity               severity);
const char *stg_severity_label      (StgSeverity               severity);

G_END_DECLS
