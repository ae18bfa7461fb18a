-- Schema version 2: budget ceilings (envelopes) per actor per year.
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- An envelope is what an actor may spend in a year across all its budget
-- lines; the budget tables flag a year planned above it.

CREATE TABLE budget_ceiling (
  id INTEGER PRIMARY KEY,
  actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  year INTEGER NOT NULL
    CONSTRAINT ceiling_year_range CHECK (year BETWEEN 1900 AND 2200),
  amount INTEGER NOT NULL
    CONSTRAINT ceiling_amount_positive CHECK (amount >= 0),
  CONSTRAINT ceiling_once_a_year UNIQUE (actor_id, year)
);
CREATE INDEX budget_ceiling_actor ON budget_ceiling (actor_id);
