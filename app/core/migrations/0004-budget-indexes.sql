-- Schema version 4: budget line indexes that answer the budget's sums alone.
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The budget tables, the ceilings check and the gap analysis sum planned
-- and actual amounts of a million budget lines by actor, objective or year.
-- Through the single-column indexes of version 1 every line found was then
-- looked up in the table, a random read each: seconds on a large plan.
-- These indexes carry the year and the amounts too (covering indexes), so
-- a sum per actor and year reads one index in order. Each replaces the
-- index on its first column, which still serves the foreign keys.

DROP INDEX budget_line_objective;
DROP INDEX budget_line_actor;
DROP INDEX budget_line_year;
CREATE INDEX budget_line_objective ON budget_line (objective_id, year, planned, actual);
CREATE INDEX budget_line_actor ON budget_line (actor_id, year, planned, actual);
CREATE INDEX budget_line_year ON budget_line (year, planned, actual);
