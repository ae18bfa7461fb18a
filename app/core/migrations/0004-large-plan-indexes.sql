-- Schema version 4: indexes for plans of 100,000 objectives and a million
-- budget lines.
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The budget by actor (the budget page's first table and its chart) and
-- the gap analysis's ceiling check sum planned and actual amounts of every
-- budget line by actor and year. Through the index on actor_id alone each
-- line found was then looked up in the table, a random read each: seconds
-- on a million lines. This index carries the year and the amounts too (a
-- covering index), so those sums read one index in order; it replaces the
-- one on actor_id, and still serves the foreign key. The indexes on
-- objective and year stay narrow: every index made wider slows a bulk
-- import of budget lines.
--
-- The objectives list sorts in SQL (stg-query.c); by title and by deadline
-- it now reads an index in order instead of sorting 100,000 rows. The
-- expressions are those stg-query.c orders by, so that SQLite matches them.

DROP INDEX budget_line_actor;
CREATE INDEX budget_line_actor ON budget_line (actor_id, year, planned, actual);

CREATE INDEX IF NOT EXISTS objective_title ON objective (title COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS objective_deadline ON objective (deadline IS NULL, deadline);
