/* stg-bench-gen.c: a large synthetic strategy, the same for the same seed */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Usage: stg-bench-gen [--objectives N] [--lines M] [--seed S] OUT.strategos
 *
 * Writes the implementation plan of an imaginary national strategy: actors
 * (ministries with their agencies), vital interests, threats, roles,
 * capabilities, N objectives in a hierarchy of goals and actions with lead
 * and supporting actors, links to interests, threats, roles and
 * capabilities, indicators, and M budget lines spread over the ten years of
 * the horizon, with ceilings per actor and year. The same seed gives the
 * same file, byte for byte in its content (GRand is a Mersenne twister).
 *
 * The file is created empty by the core (stg_store_create), so it is a
 * genuine strategy file of the current schema; the rows are then written
 * with plain SQL in one transaction, as an import of a real plan would.
 * Objective titles carry their number ("… (objective 1234)") so that a
 * search for one finds a known handful.
 */

#include "config.h"

#include <stdlib.h>
#include <sqlite3.h>

#include "strategos/strategos.h"

#define FIRST_YEAR 2026
#define N_YEARS 10

typedef struct {
  sqlite3 *db;
  GRand   *rand;
  gint64   n_actors, n_interests, n_threats, n_roles, n_capabilities;
  gint64   n_objectives, n_lines;
} Gen;

static const char *verbs[] = {
  "Strengthen", "Build", "Modernise", "Secure", "Protect", "Expand", "Coordinate", "Harden",
  "Train", "Deploy", "Reform", "Integrate", "Fund", "Monitor", "Exercise", "Deter",
};
static const char *things[] = {
  "cyber resilience", "port security", "border surveillance", "crisis communication",
  "energy supply", "intelligence sharing", "counter-terrorism capacity", "critical infrastructure",
  "space situational awareness", "strategic stockpiles", "diplomatic network", "maritime awareness",
  "public health preparedness", "supply chain screening", "election integrity", "defence procurement",
  "hybrid threat detection", "civil protection", "financial sanctions enforcement", "undersea cables",
};
static const char *whos[] = {
  "of the federal state", "of the regions", "with EU partners", "with NATO allies",
  "in the Sahel", "in the North Sea", "for local authorities", "for operators of essential services",
  "in the capital region", "across ministries",
};
static const char *ministries[] = {
  "Defence", "Foreign Affairs", "Interior", "Justice", "Finance", "Economy", "Energy", "Health",
  "Mobility", "Digital Affairs", "Development Cooperation", "Climate", "Agriculture", "Education",
};
static const char *kinds[] = { "council", "ministry", "agency", "region", "partner" };
static const char *threat_categories[] = { "state_actor", "non_state_actor", "hybrid", "cyber", "transversal", "other" };
static const char *origins[] = { "internal", "external", "both" };
static const char *horizons[] = { "short", "medium", "long" };
static const char *trends[] = { "rising", "stable", "declining" };
static const char *capability_kinds[] = { "diplomatic", "military", "intelligence", "civil", "economic", "development", "cyber", "other" };
static const char *statuses[] = { "not_started", "on_track", "on_track", "on_track", "at_risk", "late", "done", "dropped" };
static const char *categories[] = { "personnel", "investment", "operations", "other" };
static const char *sources[] = { "Federal budget", "Recovery and Resilience Facility", "European Defence Fund", "" };

#define PICK(array) (array)[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (array))]

static gint64
upto (Gen   *gen,
      gint64 n)
{
  return 1 + (gint64) (g_rand_double (gen->rand) * (double) n) % n;
}

static void
die (Gen        *gen,
     const char *what)
{
  g_printerr ("stg-bench-gen: %s: %s\n", what, sqlite3_errmsg (gen->db));
  exit (1);
}

static sqlite3_stmt *
prepare (Gen        *gen,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (gen->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    die (gen, sql);
  return stmt;
}

static void
step (Gen          *gen,
      sqlite3_stmt *stmt)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    die (gen, sqlite3_sql (stmt));
  sqlite3_reset (stmt);
}

static void
bind_text (sqlite3_stmt *stmt,
           int           i,
           const char   *text)
{
  sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
}

static char *
iso_date (int year,
          int month,
          int day)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static void
gen_actors (Gen *gen)
{
  sqlite3_stmt *stmt = prepare (gen, "INSERT INTO actor (id, name, abbreviation, kind, parent_id, description) "
                                     "VALUES (?, ?, ?, ?, ?, '')");

  for (gint64 id = 1; id <= gen->n_actors; id++)
    {
      g_autofree char *name = NULL;
      g_autofree char *abbreviation = NULL;
      const char *ministry = ministries[(id - 1) % G_N_ELEMENTS (ministries)];

      if (id <= (gint64) G_N_ELEMENTS (ministries))
        {
          name = g_strdup_printf ("Ministry of %s", ministry);
          abbreviation = g_strdup_printf ("M%c%" G_GINT64_FORMAT, ministry[0], id);
          sqlite3_bind_null (stmt, 5);
          bind_text (stmt, 4, id == 1 ? "council" : "ministry");
        }
      else
        {
          name = g_strdup_printf ("%s agency %" G_GINT64_FORMAT, ministry, id);
          abbreviation = g_strdup_printf ("A%" G_GINT64_FORMAT, id);
          sqlite3_bind_int64 (stmt, 5, 1 + (id - 1) % G_N_ELEMENTS (ministries));
          bind_text (stmt, 4, kinds[2 + id % 3]);
        }
      sqlite3_bind_int64 (stmt, 1, id);
      bind_text (stmt, 2, name);
      bind_text (stmt, 3, abbreviation);
      step (gen, stmt);
    }
  sqlite3_finalize (stmt);
}

static void
gen_interests_threats_roles (Gen *gen)
{
  sqlite3_stmt *interest = prepare (gen, "INSERT INTO interest (id, title, description, rank) VALUES (?, ?, ?, ?)");
  sqlite3_stmt *threat = prepare (gen, "INSERT INTO threat (id, title, description, category, origin, likelihood, "
                                       "impact, horizon, trend, black_swan) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?)");
  sqlite3_stmt *role = prepare (gen, "INSERT INTO role (id, title, description, posture) VALUES (?, ?, '', '')");
  sqlite3_stmt *link = prepare (gen, "INSERT OR IGNORE INTO threat_interest (threat_id, interest_id) VALUES (?, ?)");

  for (gint64 id = 1; id <= gen->n_interests; id++)
    {
      g_autofree char *title = g_strdup_printf ("Vital interest %" G_GINT64_FORMAT ": %s", id, PICK (things));
      sqlite3_bind_int64 (interest, 1, id);
      bind_text (interest, 2, title);
      bind_text (interest, 3, "Why it matters to the nation, in two sentences.");
      sqlite3_bind_int64 (interest, 4, id);
      step (gen, interest);
    }
  for (gint64 id = 1; id <= gen->n_threats; id++)
    {
      g_autofree char *title = g_strdup_printf ("Threat %" G_GINT64_FORMAT " to %s", id, PICK (things));
      sqlite3_bind_int64 (threat, 1, id);
      bind_text (threat, 2, title);
      bind_text (threat, 3, PICK (threat_categories));
      bind_text (threat, 4, PICK (origins));
      sqlite3_bind_int (threat, 5, g_rand_int_range (gen->rand, 1, 6));
      sqlite3_bind_int (threat, 6, g_rand_int_range (gen->rand, 1, 6));
      bind_text (threat, 7, PICK (horizons));
      bind_text (threat, 8, PICK (trends));
      sqlite3_bind_int (threat, 9, g_rand_int_range (gen->rand, 0, 50) == 0);
      step (gen, threat);
      for (int k = 0; k < 2; k++)
        {
          sqlite3_bind_int64 (link, 1, id);
          sqlite3_bind_int64 (link, 2, upto (gen, gen->n_interests));
          step (gen, link);
        }
    }
  for (gint64 id = 1; id <= gen->n_roles; id++)
    {
      g_autofree char *title = g_strdup_printf ("Role %" G_GINT64_FORMAT ": %s %s", id, PICK (verbs), PICK (whos));
      sqlite3_bind_int64 (role, 1, id);
      bind_text (role, 2, title);
      step (gen, role);
    }
  sqlite3_finalize (interest);
  sqlite3_finalize (threat);
  sqlite3_finalize (role);
  sqlite3_finalize (link);
}

static void
gen_capabilities (Gen *gen)
{
  sqlite3_stmt *stmt = prepare (gen, "INSERT INTO capability (id, title, description, kind, owner_actor_id) "
                                     "VALUES (?, ?, '', ?, ?)");

  for (gint64 id = 1; id <= gen->n_capabilities; id++)
    {
      g_autofree char *title = g_strdup_printf ("Capability %" G_GINT64_FORMAT ": %s %s", id, PICK (things), PICK (whos));
      sqlite3_bind_int64 (stmt, 1, id);
      bind_text (stmt, 2, title);
      bind_text (stmt, 3, PICK (capability_kinds));
      sqlite3_bind_int64 (stmt, 4, upto (gen, gen->n_actors));
      step (gen, stmt);
    }
  sqlite3_finalize (stmt);
}

static void
link_some (Gen          *gen,
           sqlite3_stmt *stmt,
           gint64        from,
           gint64        n_to,
           int           most)
{
  int n = g_rand_int_range (gen->rand, 0, most + 1);

  for (int k = 0; k < n; k++)
    {
      sqlite3_bind_int64 (stmt, 1, from);
      sqlite3_bind_int64 (stmt, 2, upto (gen, n_to));
      step (gen, stmt);
    }
}

/* One objective in ten is a goal; the others are actions under a goal. */
static void
gen_objectives (Gen *gen)
{
  sqlite3_stmt *stmt = prepare (gen, "INSERT INTO objective (id, title, description, term, parent_id, lead_actor_id, "
                                     "start_date, deadline, status, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  sqlite3_stmt *interest = prepare (gen, "INSERT OR IGNORE INTO objective_interest VALUES (?, ?)");
  sqlite3_stmt *threat = prepare (gen, "INSERT OR IGNORE INTO objective_threat VALUES (?, ?)");
  sqlite3_stmt *role = prepare (gen, "INSERT OR IGNORE INTO objective_role VALUES (?, ?)");
  sqlite3_stmt *capability = prepare (gen, "INSERT OR IGNORE INTO objective_capability VALUES (?, ?)");
  sqlite3_stmt *support = prepare (gen, "INSERT OR IGNORE INTO objective_supporting_actor VALUES (?, ?)");
  sqlite3_stmt *indicator = prepare (gen, "INSERT INTO indicator (objective_id, name, baseline, target, unit) "
                                          "VALUES (?, ?, ?, ?, ?)");

  for (gint64 id = 1; id <= gen->n_objectives; id++)
    {
      g_autofree char *title = g_strdup_printf ("%s %s %s (objective %" G_GINT64_FORMAT ")",
                                                PICK (verbs), PICK (things), PICK (whos), id);
      int start_year = FIRST_YEAR + g_rand_int_range (gen->rand, 0, 5);
      int length = g_rand_int_range (gen->rand, 1, 10);
      g_autofree char *start = iso_date (start_year, g_rand_int_range (gen->rand, 1, 13), 1);
      g_autofree char *deadline = iso_date (MIN (start_year + length, FIRST_YEAR + N_YEARS - 1),
                                            g_rand_int_range (gen->rand, 1, 13), g_rand_int_range (gen->rand, 1, 29));

      sqlite3_bind_int64 (stmt, 1, id);
      bind_text (stmt, 2, title);
      bind_text (stmt, 3, "What will be done, by whom and how progress is measured.");
      bind_text (stmt, 4, length > 5 ? "ten_year" : "five_year");
      if (id % 10 == 1)
        sqlite3_bind_null (stmt, 5);
      else
        sqlite3_bind_int64 (stmt, 5, id - (id - 1) % 10);
      if (g_rand_int_range (gen->rand, 0, 50) == 0)
        sqlite3_bind_null (stmt, 6);  /* a draft lacks a lead now and then */
      else
        sqlite3_bind_int64 (stmt, 6, upto (gen, gen->n_actors));
      bind_text (stmt, 7, start);
      if (g_rand_int_range (gen->rand, 0, 40) == 0)
        sqlite3_bind_null (stmt, 8);
      else
        bind_text (stmt, 8, deadline);
      bind_text (stmt, 9, PICK (statuses));
      sqlite3_bind_int (stmt, 10, g_rand_int_range (gen->rand, 1, 6));
      step (gen, stmt);

      link_some (gen, interest, id, gen->n_interests, 2);
      link_some (gen, threat, id, gen->n_threats, 3);
      link_some (gen, role, id, gen->n_roles, 1);
      link_some (gen, capability, id, gen->n_capabilities, 2);
      link_some (gen, support, id, gen->n_actors, 3);
      if (id % 2 == 0)
        {
          sqlite3_bind_int64 (indicator, 1, id);
          bind_text (indicator, 2, "Share of the plan delivered");
          sqlite3_bind_double (indicator, 3, g_rand_int_range (gen->rand, 0, 50));
          sqlite3_bind_double (indicator, 4, g_rand_int_range (gen->rand, 50, 101));
          bind_text (indicator, 5, "%");
          step (gen, indicator);
        }
    }
  sqlite3_finalize (stmt);
  sqlite3_finalize (interest);
  sqlite3_finalize (threat);
  sqlite3_finalize (role);
  sqlite3_finalize (capability);
  sqlite3_finalize (support);
  sqlite3_finalize (indicator);
}

/* Budget lines run over the objectives in order, about the same number
 * each, over the ten years; amounts between 1,000 and 500,000. */
static void
gen_budget (Gen *gen)
{
  sqlite3_stmt *stmt = prepare (gen, "INSERT INTO budget_line (id, objective_id, actor_id, year, category, "
                                     "funding_source, planned, actual) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  sqlite3_stmt *ceiling = prepare (gen, "INSERT INTO budget_ceiling (actor_id, year, amount) VALUES (?, ?, ?)");

  for (gint64 id = 1; id <= gen->n_lines; id++)
    {
      gint64 objective = 1 + (id - 1) * gen->n_objectives / gen->n_lines;
      int year = FIRST_YEAR + (int) ((id - 1) % N_YEARS);
      gint64 planned = (gint64) g_rand_int_range (gen->rand, 1000, 500000) * 100;

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, objective);
      sqlite3_bind_int64 (stmt, 3, upto (gen, gen->n_actors));
      sqlite3_bind_int (stmt, 4, year);
      bind_text (stmt, 5, PICK (categories));
      bind_text (stmt, 6, PICK (sources));
      sqlite3_bind_int64 (stmt, 7, planned);
      if (year <= FIRST_YEAR + 1)
        sqlite3_bind_int64 (stmt, 8, planned / 100 * g_rand_int_range (gen->rand, 70, 111));
      else
        sqlite3_bind_null (stmt, 8);
      step (gen, stmt);
    }
  for (gint64 actor = 1; actor <= gen->n_actors; actor++)
    for (int year = FIRST_YEAR; year < FIRST_YEAR + N_YEARS; year++)
      {
        sqlite3_bind_int64 (ceiling, 1, actor);
        sqlite3_bind_int (ceiling, 2, year);
        /* About what the lines plan, so that some years run over. */
        sqlite3_bind_int64 (ceiling, 3, MAX (gen->n_lines / gen->n_actors / N_YEARS, 1) * 25000000);
        step (gen, ceiling);
      }
  sqlite3_finalize (stmt);
  sqlite3_finalize (ceiling);
}

static void
exec (Gen        *gen,
      const char *sql)
{
  if (sqlite3_exec (gen->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    die (gen, sql);
}

int
main (int    argc,
      char **argv)
{
  gint64 objectives = 10000, lines = 100000, seed = 1;
  GOptionEntry entries[] = {
    { "objectives", 'n', 0, G_OPTION_ARG_INT64, &objectives, "Number of objectives (10000)", "N" },
    { "lines", 'l', 0, G_OPTION_ARG_INT64, &lines, "Number of budget lines (100000)", "M" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, "Seed of the generator (1)", "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("OUT.strategos");
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = NULL;
  Gen gen = { 0 };

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, "Writes a synthetic strategy of the given size, the same for the same seed.");
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || objectives < 1 || lines < 0)
    {
      g_printerr ("stg-bench-gen: %s\n", error != NULL ? error->message : "usage: stg-bench-gen [OPTION…] OUT.strategos");
      return 2;
    }
  store = stg_store_create (argv[1], "National Security Strategy (synthetic)", STG_STORE_CREATE_EMPTY, &error);
  if (store == NULL)
    {
      g_printerr ("stg-bench-gen: %s\n", error->message);
      return 1;
    }
  g_clear_object (&store);

  gen.rand = g_rand_new_with_seed ((guint32) seed);
  gen.n_objectives = objectives;
  gen.n_lines = lines;
  gen.n_actors = MAX (40, objectives / 250);
  gen.n_interests = 12;
  gen.n_threats = MAX (30, objectives / 500);
  gen.n_roles = 8;
  gen.n_capabilities = MAX (30, objectives / 50);
  if (sqlite3_open_v2 (argv[1], &gen.db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    die (&gen, argv[1]);
  exec (&gen, "PRAGMA foreign_keys = ON; PRAGMA synchronous = OFF; BEGIN;"
              "UPDATE strategy SET horizon_start = 2026, horizon_end = 2035, legislature_end = '2029-06-30', "
              "country = 'Syntheria';");
  gen_actors (&gen);
  gen_interests_threats_roles (&gen);
  gen_capabilities (&gen);
  gen_objectives (&gen);
  gen_budget (&gen);
  exec (&gen, "COMMIT;");
  if (sqlite3_close (gen.db) != SQLITE_OK)
    die (&gen, argv[1]);
  g_rand_free (gen.rand);
  g_print ("%s: %" G_GINT64_FORMAT " objectives, %" G_GINT64_FORMAT " budget lines, %" G_GINT64_FORMAT " actors\n",
           argv[1], objectives, lines, gen.n_actors);
  return 0;
}
