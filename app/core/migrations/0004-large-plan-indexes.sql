-- Schema version 4: indexes for plans of 100,000 objectives and a million
-- budget lines.
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The budget tables, the ceilings check and the gap analysis sum planned
-- and actual amounts of budget lines by actor, objective or year. Through
-- the single-column indexes of version 1 every line found was then looked
-- up in the table, a random read each: seconds on a large plan. These
-- indexes carry the year and the amounts too (covering indexes), so a sum
-- per actor and year reads one index in order. Each replaces the index on
-- its first column, which still serves the foreign keys.
--
-- The objectives list sorts in SQL (stg-query.c); by title and by deadline
-- it now reads an index in order instead of sorting 100,000 rows. The
-- expressions are those stg-query.c orders by, so that SQLite matches them.

DROP INDEX budget_line_objective;
DROP INDEX budget_line_actor;
DROP INDEX budget_line_year;
CREATE INDEX budget_line_objective ON budget_line (objective_id, year, planned, actual);
CREATE INDEX budget_line_actor ON budget_line (actor_id, year, planned, actual);
CREATE INDEX budget_line_year ON budget_line (year, planned, actual);

CREATE INDEX IF NOT EXISTS objective_title ON objective (title COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS objective_deadline ON objective (deadline IS NULL, deadline);
