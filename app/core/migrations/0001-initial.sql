-- Schema version 1: the whole strategy model of DESIGN.md.
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Run by stg-migrations.c inside the single migration transaction.
-- Constraint names are looked up by stg-schema.c to give a person a message
-- in their words when the core's own validation was bypassed.
-- Money is integer minor units of the strategy's currency; dates are ISO 8601
-- text, checked with date(x, '+0 days'): the modifier normalises 2025-02-30 to
-- 2025-03-02, so an impossible date never equals itself and never lands.

CREATE TABLE strategy (
  id INTEGER PRIMARY KEY CONSTRAINT strategy_single CHECK (id = 1),
  title TEXT NOT NULL CONSTRAINT strategy_title_required CHECK (trim(title) <> ''),
  country TEXT NOT NULL DEFAULT '',
  classification TEXT NOT NULL DEFAULT 'UNCLASSIFIED',
  description TEXT NOT NULL DEFAULT '',
  horizon_start INTEGER NOT NULL
    CONSTRAINT horizon_start_range CHECK (horizon_start BETWEEN 1900 AND 2200),
  horizon_end INTEGER NOT NULL
    CONSTRAINT horizon_order CHECK (horizon_end BETWEEN horizon_start AND 2200),
  legislature_end TEXT
    CONSTRAINT legislature_end_date CHECK (legislature_end IS NULL OR date(legislature_end, '+0 days') IS legislature_end),
  review_cycle INTEGER NOT NULL DEFAULT 5
    CONSTRAINT review_cycle_range CHECK (review_cycle BETWEEN 1 AND 20),
  currency TEXT NOT NULL DEFAULT 'EUR'
    CONSTRAINT currency_code CHECK (currency GLOB '[A-Z][A-Z][A-Z]')
);

-- GDP projection per year, in minor units of the strategy's currency.
CREATE TABLE gdp_projection (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL UNIQUE
    CONSTRAINT gdp_year_range CHECK (year BETWEEN 1900 AND 2200),
  amount INTEGER NOT NULL
    CONSTRAINT gdp_positive CHECK (amount > 0)
);

CREATE TABLE actor (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CONSTRAINT actor_name_required CHECK (trim(name) <> ''),
  abbreviation TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'ministry'
    CONSTRAINT actor_kind CHECK (kind IN ('council', 'ministry', 'agency', 'region', 'partner')),
  parent_id INTEGER REFERENCES actor (id) ON DELETE SET NULL,
  description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actor_parent ON actor (parent_id);

CREATE TABLE interest (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CONSTRAINT interest_title_required CHECK (trim(title) <> ''),
  description TEXT NOT NULL DEFAULT '',
  rank INTEGER NOT NULL DEFAULT 1 CONSTRAINT interest_rank_range CHECK (rank BETWEEN 1 AND 1000)
);

CREATE TABLE threat (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CONSTRAINT threat_title_required CHECK (trim(title) <> ''),
  description TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL DEFAULT 'other'
    CONSTRAINT threat_category CHECK (category IN ('state_actor', 'non_state_actor', 'hybrid', 'cyber', 'transversal', 'other')),
  origin TEXT NOT NULL DEFAULT 'external'
    CONSTRAINT threat_origin CHECK (origin IN ('internal', 'external', 'both')),
  likelihood INTEGER NOT NULL DEFAULT 3
    CONSTRAINT threat_likelihood_range CHECK (likelihood BETWEEN 1 AND 5),
  impact INTEGER NOT NULL DEFAULT 3
    CONSTRAINT threat_impact_range CHECK (impact BETWEEN 1 AND 5),
  horizon TEXT NOT NULL DEFAULT 'medium'
    CONSTRAINT threat_horizon CHECK (horizon IN ('short', 'medium', 'long')),
  trend TEXT NOT NULL DEFAULT 'stable'
    CONSTRAINT threat_trend CHECK (trend IN ('rising', 'stable', 'declining')),
  black_swan INTEGER NOT NULL DEFAULT 0
    CONSTRAINT threat_black_swan_flag CHECK (black_swan IN (0, 1))
);

CREATE TABLE role (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CONSTRAINT role_title_required CHECK (trim(title) <> ''),
  description TEXT NOT NULL DEFAULT '',
  posture TEXT NOT NULL DEFAULT ''
);

CREATE TABLE objective (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CONSTRAINT objective_title_required CHECK (trim(title) <> ''),
  description TEXT NOT NULL DEFAULT '',
  term TEXT NOT NULL DEFAULT 'five_year'
    CONSTRAINT objective_term CHECK (term IN ('five_year', 'ten_year')),
  parent_id INTEGER REFERENCES objective (id) ON DELETE SET NULL
    CONSTRAINT objective_not_own_parent CHECK (parent_id IS NOT id),
  -- At most one lead actor by construction; a draft may lack one for a
  -- while, which the gap analysis reports.
  lead_actor_id INTEGER REFERENCES actor (id) ON DELETE RESTRICT,
  start_date TEXT
    CONSTRAINT objective_start_date CHECK (start_date IS NULL OR date(start_date, '+0 days') IS start_date),
  deadline TEXT
    CONSTRAINT objective_deadline_date CHECK (deadline IS NULL OR date(deadline, '+0 days') IS deadline),
  status TEXT NOT NULL DEFAULT 'not_started'
    CONSTRAINT objective_status CHECK (status IN ('not_started', 'on_track', 'at_risk', 'late', 'done', 'dropped')),
  priority INTEGER NOT NULL DEFAULT 3
    CONSTRAINT objective_priority_range CHECK (priority BETWEEN 1 AND 5)
);
CREATE INDEX objective_parent ON objective (parent_id);
CREATE INDEX objective_lead_actor ON objective (lead_actor_id);

CREATE TABLE indicator (
  id INTEGER PRIMARY KEY,
  objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
  name TEXT NOT NULL CONSTRAINT indicator_name_required CHECK (trim(name) <> ''),
  baseline REAL,
  target REAL,
  unit TEXT NOT NULL DEFAULT ''
);
CREATE INDEX indicator_objective ON indicator (objective_id);

CREATE TABLE capability (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CONSTRAINT capability_title_required CHECK (trim(title) <> ''),
  description TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'diplomatic'
    CONSTRAINT capability_kind CHECK (kind IN ('diplomatic', 'military', 'intelligence', 'civil', 'economic', 'development', 'cyber', 'other')),
  owner_actor_id INTEGER REFERENCES actor (id) ON DELETE SET NULL
);
CREATE INDEX capability_owner ON capability (owner_actor_id);

CREATE TABLE budget_line (
  id INTEGER PRIMARY KEY,
  objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
  actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE RESTRICT,
  year INTEGER NOT NULL
    CONSTRAINT budget_year_range CHECK (year BETWEEN 1900 AND 2200),
  category TEXT NOT NULL DEFAULT 'operations'
    CONSTRAINT budget_category CHECK (category IN ('personnel', 'investment', 'operations', 'other')),
  funding_source TEXT NOT NULL DEFAULT '',
  planned INTEGER NOT NULL DEFAULT 0
    CONSTRAINT budget_planned_positive CHECK (planned >= 0),
  actual INTEGER
    CONSTRAINT budget_actual_positive CHECK (actual IS NULL OR actual >= 0)
);
CREATE INDEX budget_line_objective ON budget_line (objective_id);
CREATE INDEX budget_line_actor ON budget_line (actor_id);
CREATE INDEX budget_line_year ON budget_line (year);

-- Links. Ordinary rowid tables so that the undo log can address any row.
CREATE TABLE threat_interest (
  threat_id INTEGER NOT NULL REFERENCES threat (id) ON DELETE CASCADE,
  interest_id INTEGER NOT NULL REFERENCES interest (id) ON DELETE CASCADE,
  PRIMARY KEY (threat_id, interest_id)
);
CREATE INDEX threat_interest_to ON threat_interest (interest_id);

CREATE TABLE objective_interest (
  objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
  interest_id INTEGER NOT NULL REFERENCES interest (id) ON DELETE CASCADE,
  PRIMARY KEY (objective_id, interest_id)
);
CREATE INDEX objective_interest_to ON objective_interest (interest_id);

CREATE TABLE objective_threat (
  objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
  threat_id INTEGER NOT NULL REFERENCES threat (id) ON DELETE CASCADE,
  PRIMARY KEY (objective_id, threat_id)
);
CREATE INDEX objective_threat_to ON objective_threat (threat_id);

CREATE TABLE objective_role (
  objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
  role_id INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
  PRIMARY KEY (objective_id, role_id)
);
CREATE INDEX objective_role_to ON objective_role (role_id);

CREATE TABLE objective_capability (
  objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
  capability_id INTEGER NOT NULL REFERENCES capability (id) ON DELETE CASCADE,
  PRIMARY KEY (objective_id, capability_id)
);
CREATE INDEX objective_capability_to ON objective_capability (capability_id);

CREATE TABLE objective_supporting_actor (
  objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
  actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  PRIMARY KEY (objective_id, actor_id)
);
CREATE INDEX objective_supporting_actor_to ON objective_supporting_actor (actor_id);
