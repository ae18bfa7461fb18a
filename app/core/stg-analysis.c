/* stg-analysis.c: what is missing from a strategy, and what contradicts it */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-analysis"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "strategos/stg-analysis.h"
#include "strategos/stg-date.h"
#include "strategos/stg-money.h"
#include "stg-store-private.h"

/*
 * One query per rule, each a single pass: NOT EXISTS on the link tables'
 * indexes, GROUP BY for sums, never a query per row, so that a strategy of
 * 100,000 objectives is checked in about a second. Every query gives the
 * item's id and the finding's weight first, then what its message needs.
 * Sums go through SQLite's sum(), which fails on overflow rather than
 * wrap. The queries use only the schema's own names; the one outside
 * value, today, is bound.
 */

#define DEFAULT_MAX_PRIORITIES 12
/* From a 3 x 4 threat up, leaving it unanswered is an error. */
#define THREAT_ERROR_WEIGHT 12

/* An objective that still asks something of someone. */
#define OPEN "o.status NOT IN ('done', 'dropped')"
/* Linked to an objective that is still part of the strategy. */
#define LINKED(table, column, id)                                           \
  "EXISTS (SELECT 1 FROM " table " l JOIN objective o ON o.id = l.objective_id " \
  "WHERE l." column " = " id " AND o.status <> 'dropped')"
#define DAYS(later, earlier) "CAST(julianday(" later ") - julianday(" earlier ") AS INTEGER)"
#define YEAR_OF(date) "CAST(substr(" date ", 1, 4) AS INTEGER)"

typedef struct {
  StgDb      *db;
  GPtrArray  *findings;
  const char *today;
  guint       max_priorities;
  const char *currency;
} Analysis;

typedef char *(*MessageFunc) (const Analysis *a, sqlite3_stmt *row);

/* Reading a row */

static const char *
text_at (sqlite3_stmt *row,
         int           column)
{
  const char *text = (const char *) sqlite3_column_text (row, column);

  return text != NULL ? text : "";
}

static int
int_at (sqlite3_stmt *row,
        int           column)
{
  return sqlite3_column_int (row, column);
}

/* An ISO date of the file as the analyst's locale writes it. */
static char *
date_at (sqlite3_stmt *row,
         int           column)
{
  GDate date;

  if (!stg_date_parse_iso (text_at (row, column), &date, NULL))
    return g_strdup (text_at (row, column));
  return stg_date_format_locale (&date);
}

static char *
money_at (const Analysis *a,
          sqlite3_stmt   *row,
          int             column)
{
  return stg_money_format_currency (sqlite3_column_int64 (row, column), a->currency);
}

/* Messages: each names the item and says what to do */

static char *
threat_message (const Analysis *a,
                sqlite3_stmt   *row)
{
  return g_strdup_printf (_("Threat “%s” (likelihood %d × impact %d) is addressed by no objective: "
                            "link one to it"),
                          text_at (row, 2), int_at (row, 3), int_at (row, 4));
}

static char *
interest_message (const Analysis *a,
                  sqlite3_stmt   *row)
{
  return g_strdup_printf (_("Vital interest “%s” is served by no objective: link one to it"),
                          text_at (row, 2));
}

static char *
no_lead_message (const Analysis *a,
                 sqlite3_stmt   *row)
{
  return g_strdup_printf (_("Objective “%s” has no lead actor: give it one"), text_at (row, 2));
}

static char *
no_deadline_message (const Analysis *a,
                     sqlite3_stmt   *row)
{
  return g_strdup_printf (_("Objective “%s” has no deadline: give it one"), text_at (row, 2));
}

static char *
no_budget_message (const Analysis *a,
                   sqlite3_stmt   *row)
{
  return g_strdup_printf (_("Objective “%s” has no budget line: plan what it will cost"),
                          text_at (row, 2));
}

static char *
horizon_message (const Analysis *a,
                 sqlite3_stmt   *row)
{
  g_autofree char *due = date_at (row, 3);

  /* Translators: the last two numbers are the horizon's first and last
   * years, "2025–2035" */
  return g_strdup_printf (_("Objective “%s” is due %s, outside the strategy’s horizon %d–%d: "
                            "move the deadline into it or widen the horizon"),
                          text_at (row, 2), due, int_at (row, 4), int_at (row, 5));
}

static char *
legislature_message (const Analysis *a,
                     sqlite3_stmt   *row)
{
  g_autofree char *due = date_at (row, 3);
  g_autofree char *end = date_at (row, 4);

  return g_strdup_printf (_("Five-year objective “%s” is due %s, after the legislature ends on %s: "
                            "bring the deadline forward or make it a ten-year objective"),
                          text_at (row, 2), due, end);
}

static char *
parent_message (const Analysis *a,
                sqlite3_stmt   *row)
{
  g_autofree char *due = date_at (row, 3);
  g_autofree char *parent_due = date_at (row, 5);

  return g_strdup_printf (_("Objective “%s” is due %s, after “%s” that it is part of (due %s): "
                            "bring its deadline forward or move its parent’s"),
                          text_at (row, 2), due, text_at (row, 4), parent_due);
}

static char *
capability_message (const Analysis *a,
                    sqlite3_stmt   *row)
{
  return g_strdup_printf (_("Capability “%s” is used by no objective: link it to one that needs it "
                            "or remove it"),
                          text_at (row, 2));
}

static char *
budget_only_message (const Analysis *a,
                     sqlite3_stmt   *row)
{
  g_autofree char *planned = money_at (a, row, 1);
  int n = int_at (row, 3);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "“%s” holds %d budget line (%s) but leads and supports no objective: "
                                       "make it a supporting actor of the objective it funds",
                                       "“%s” holds %d budget lines (%s) but leads and supports no objective: "
                                       "make it a supporting actor of the objectives it funds", n),
                          text_at (row, 2), n, planned);
}

static char *
ceiling_message (const Analysis *a,
                 sqlite3_stmt   *row)
{
  g_autofree char *over = money_at (a, row, 1);
  g_autofree char *planned = money_at (a, row, 4);
  g_autofree char *ceiling = money_at (a, row, 5);

  /* Translators: “FPS Interior” plans EUR 75,000,000.00 in 2026, above its
   * ceiling of EUR 70,000,000.00: cut EUR 5,000,000.00 or raise the ceiling */
  return g_strdup_printf (_("“%s” plans %s in %d, above its ceiling of %s: cut %s or raise the ceiling"),
                          text_at (row, 2), planned, int_at (row, 3), ceiling, over);
}

static char *
overdue_message (const Analysis *a,
                 sqlite3_stmt   *row)
{
  g_autofree char *due = date_at (row, 3);

  return g_strdup_printf (_("Objective “%s” is marked on track but was due %s: "
                            "update its status or its deadline"),
                          text_at (row, 2), due);
}

static char *
priorities_message (const Analysis *a,
                    sqlite3_stmt   *row)
{
  int n = int_at (row, 1);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The strategy has %d priority-1 objective; a short strategy holds at most %u: "
                                       "keep priority 1 for the essential",
                                       "The strategy has %d priority-1 objectives; a short strategy holds at most %u: "
                                       "keep priority 1 for the essential", n),
                          n, a->max_priorities);
}

/* The rules, in the order of StgGapKind */

typedef struct {
  const char  *key;
  const char  *label;
  StgSeverity  severity;   /* a threat's depends on its weight too */
  GType      (*item_type) (void);
  const char  *sql;
  MessageFunc  message;
} Rule;

static const Rule rules[] = {
  [STG_GAP_THREAT_UNADDRESSED] = {
    "threat-unaddressed", N_("Unaddressed threat"), STG_SEVERITY_WARNING, stg_threat_get_type,
    "SELECT t.id, t.likelihood * t.impact, t.title, t.likelihood, t.impact FROM threat t "
    "WHERE NOT " LINKED ("objective_threat", "threat_id", "t.id"),
    threat_message },
  [STG_GAP_INTEREST_UNSERVED] = {
    "interest-unserved", N_("Unserved vital interest"), STG_SEVERITY_ERROR, stg_interest_get_type,
    /* Rank 1 is the most vital: it comes first. */
    "SELECT i.id, -i.rank, i.title FROM interest i "
    "WHERE NOT " LINKED ("objective_interest", "interest_id", "i.id"),
    interest_message },
  [STG_GAP_NO_LEAD] = {
    "no-lead", N_("No lead actor"), STG_SEVERITY_ERROR, stg_objective_get_type,
    "SELECT o.id, 6 - o.priority, o.title FROM objective o "
    "WHERE o.lead_actor_id IS NULL AND " OPEN,
    no_lead_message },
  [STG_GAP_NO_DEADLINE] = {
    "no-deadline", N_("No deadline"), STG_SEVERITY_ERROR, stg_objective_get_type,
    "SELECT o.id, 6 - o.priority, o.title FROM objective o "
    "WHERE o.deadline IS NULL AND " OPEN,
    no_deadline_message },
  [STG_GAP_NO_BUDGET] = {
    "no-budget", N_("No budget"), STG_SEVERITY_WARNING, stg_objective_get_type,
    "SELECT o.id, 6 - o.priority, o.title FROM objective o "
    "WHERE " OPEN " AND NOT EXISTS (SELECT 1 FROM budget_line b WHERE b.objective_id = o.id)",
    no_budget_message },
  [STG_GAP_OUTSIDE_HORIZON] = {
    "outside-horizon", N_("Deadline outside the horizon"), STG_SEVERITY_WARNING, stg_objective_get_type,
    "SELECT o.id, max(" YEAR_OF ("o.deadline") " - s.horizon_end, s.horizon_start - " YEAR_OF ("o.deadline") "), "
    "o.title, o.deadline, s.horizon_start, s.horizon_end FROM objective o, strategy s "
    "WHERE (" YEAR_OF ("o.deadline") " > s.horizon_end OR " YEAR_OF ("o.deadline") " < s.horizon_start) AND " OPEN,
    horizon_message },
  [STG_GAP_AFTER_LEGISLATURE] = {
    "after-legislature", N_("Due after the legislature"), STG_SEVERITY_WARNING, stg_objective_get_type,
    /* No legislature end: the comparison is NULL and nothing is found. */
    "SELECT o.id, " DAYS ("o.deadline", "s.legislature_end") ", o.title, o.deadline, s.legislature_end "
    "FROM objective o, strategy s "
    "WHERE o.term = 'five_year' AND o.deadline > s.legislature_end AND " OPEN,
    legislature_message },
  [STG_GAP_CHILD_AFTER_PARENT] = {
    "child-after-parent", N_("Due after its parent"), STG_SEVERITY_WARNING, stg_objective_get_type,
    "SELECT o.id, " DAYS ("o.deadline", "p.deadline") ", o.title, o.deadline, p.title, p.deadline "
    "FROM objective o JOIN objective p ON p.id = o.parent_id "
    "WHERE o.deadline > p.deadline AND p.status <> 'dropped' AND " OPEN,
    parent_message },
  [STG_GAP_CAPABILITY_UNUSED] = {
    "capability-unused", N_("Unused capability"), STG_SEVERITY_INFO, stg_capability_get_type,
    "SELECT c.id, 0, c.title FROM capability c "
    "WHERE NOT " LINKED ("objective_capability", "capability_id", "c.id"),
    capability_message },
  [STG_GAP_ACTOR_BUDGET_ONLY] = {
    "actor-budget-only", N_("Budget without a role"), STG_SEVERITY_WARNING, stg_actor_get_type,
    "SELECT a.id, b.planned, a.name, b.n FROM actor a "
    "JOIN (SELECT actor_id, sum(planned) AS planned, count(*) AS n FROM budget_line GROUP BY actor_id) b "
    "  ON b.actor_id = a.id "
    "WHERE NOT EXISTS (SELECT 1 FROM objective o WHERE o.lead_actor_id = a.id AND o.status <> 'dropped') "
    "AND NOT " LINKED ("objective_supporting_actor", "actor_id", "a.id"),
    budget_only_message },
  [STG_GAP_OVER_CEILING] = {
    "over-ceiling", N_("Over the ceiling"), STG_SEVERITY_ERROR, stg_actor_get_type,
    "SELECT a.id, b.planned - c.amount, a.name, c.year, b.planned, c.amount FROM budget_ceiling c "
    "JOIN actor a ON a.id = c.actor_id "
    "JOIN (SELECT actor_id, year, sum(planned) AS planned FROM budget_line GROUP BY actor_id, year) b "
    "  ON b.actor_id = c.actor_id AND b.year = c.year "
    "WHERE b.planned > c.amount ORDER BY a.id, c.year",
    ceiling_message },
  [STG_GAP_ON_TRACK_OVERDUE] = {
    "on-track-overdue", N_("Overdue but on track"), STG_SEVERITY_WARNING, stg_objective_get_type,
    "SELECT o.id, " DAYS (":today", "o.deadline") ", o.title, o.deadline FROM objective o "
    "WHERE o.status = 'on_track' AND o.deadline < :today",
    overdue_message },
  [STG_GAP_TOO_MANY_PRIORITIES] = {
    "too-many-priorities", N_("Too many priorities"), STG_SEVERITY_INFO, stg_strategy_get_type,
    /* The strategy's id is 1 by the schema's strategy_single constraint. */
    "SELECT 1, count(*) FROM objective WHERE priority = 1 AND status <> 'dropped' "
    "HAVING count(*) > :max",
    priorities_message },
};

G_STATIC_ASSERT (G_N_ELEMENTS (rules) == STG_N_GAP_KINDS);

/* Running the rules */

static StgSeverity
severity_of (StgGapKind kind,
             gint64     weight)
{
  if (kind == STG_GAP_THREAT_UNADDRESSED && weight >= THREAT_ERROR_WEIGHT)
    return STG_SEVERITY_ERROR;
  return rules[kind].severity;
}

static void
add_finding (Analysis     *a,
             StgGapKind    kind,
             sqlite3_stmt *row)
{
  StgFinding *finding = g_new0 (StgFinding, 1);

  finding->kind = kind;
  finding->item_type = rules[kind].item_type ();
  finding->item_id = sqlite3_column_int64 (row, 0);
  finding->weight = sqlite3_column_int64 (row, 1);
  finding->severity = severity_of (kind, finding->weight);
  finding->message = rules[kind].message (a, row);
  g_ptr_array_add (a->findings, finding);
}

static void
bind_options (const Analysis *a,
              sqlite3_stmt   *stmt)
{
  int today = sqlite3_bind_parameter_index (stmt, ":today");
  int max = sqlite3_bind_parameter_index (stmt, ":max");

  if (today > 0)
    sqlite3_bind_text (stmt, today, a->today, -1, SQLITE_TRANSIENT);
  if (max > 0)
    sqlite3_bind_int64 (stmt, max, a->max_priorities);
}

static gboolean
run_rule (Analysis    *a,
          StgGapKind   kind,
          GError     **error)
{
  sqlite3_stmt *stmt = stg_db_prepare (a->db, rules[kind].sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_options (a, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_finding (a, kind, stmt);
  if (rc != SQLITE_DONE)
    return stg_db_fail (a->db, sqlite3_reset (stmt), error);
  sqlite3_reset (stmt);
  return TRUE;
}

static int
compare_findings (gconstpointer pa,
                  gconstpointer pb)
{
  const StgFinding *a = *(StgFinding * const *) pa;
  const StgFinding *b = *(StgFinding * const *) pb;

  if (a->severity != b->severity)
    return a->severity > b->severity ? -1 : 1;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  if (a->weight != b->weight)
    return a->weight > b->weight ? -1 : 1;
  if (a->item_id != b->item_id)
    return a->item_id < b->item_id ? -1 : 1;
  return 0;
}

/* @today checked, or the current local date. */
static char *
resolve_today (const char  *today,
               GError     **error)
{
  g_autoptr(GDateTime) now = NULL;
  GDate date;

  if (today != NULL)
    return stg_date_parse_iso (today, &date, error) ? g_strdup (today) : NULL;
  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

GPtrArray *
stg_analysis_run (StgStore                 *store,
                  const StgAnalysisOptions *options,
                  GError                  **error)
{
  g_autoptr(StgStrategy) strategy = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *today = NULL;
  Analysis a;

  g_return_val_if_fail (STG_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((today = resolve_today (options != NULL ? options->today : NULL, error)) == NULL ||
      (strategy = stg_store_get_strategy (store, error)) == NULL)
    return NULL;
  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) stg_finding_free);
  a = (Analysis) {
    .db = stg_store_get_db (store),
    .findings = findings,
    .today = today,
    .max_priorities = options != NULL && options->max_priorities > 0 ? options->max_priorities
                                                                      : DEFAULT_MAX_PRIORITIES,
    .currency = stg_record_get_text (STG_RECORD (strategy), "currency"),
  };
  for (guint kind = 0; kind < STG_N_GAP_KINDS; kind++)
    if (!run_rule (&a, kind, error))
      {
        g_prefix_error (error, _("Could not check the strategy for gaps: "));
        return NULL;
      }
  /* Stable: findings equal in all four keys (one actor's years over the
   * ceiling) keep their query's order. */
  g_ptr_array_sort (findings, compare_findings);
  return g_steal_pointer (&findings);
}

void
stg_finding_free (StgFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->message);
  g_free (finding);
}

/* Names */

const char *
stg_gap_kind_key (StgGapKind kind)
{
  g_return_val_if_fail (kind < STG_N_GAP_KINDS, NULL);
  return rules[kind].key;
}

const char *
stg_gap_kind_label (StgGapKind kind)
{
  g_return_val_if_fail (kind < STG_N_GAP_KINDS, NULL);
  return _(rules[kind].label);
}

static const struct {
  const char *key;
  const char *label;
} severities[] = {
  [STG_SEVERITY_INFO] = { "info", N_("Note") },
  [STG_SEVERITY_WARNING] = { "warning", N_("Warning") },
  [STG_SEVERITY_ERROR] = { "error", N_("Error") },
};

const char *
stg_severity_key (StgSeverity severity)
{
  g_return_val_if_fail (severity < G_N_ELEMENTS (severities), NULL);
  return severities[severity].key;
}

const char *
stg_severity_label (StgSeverity severity)
{
  g_return_val_if_fail (severity < G_N_ELEMENTS (severities), NULL);
  return _(severities[severity].label);
}
