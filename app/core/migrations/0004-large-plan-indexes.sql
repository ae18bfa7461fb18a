-- Schema version 4: indexes for plans of 100,000 objectives.
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The objectives list sorts in SQL (stg-query.c); by title and by deadline
-- it now reads an index in order instead of sorting 100,000 rows. The
-- expressions are those stg-query.c orders by, so that SQLite matches them.
--
-- The budget lines keep their narrow indexes: a covering index on actor,
-- year and amounts made the budget by actor eight times faster on a million
-- lines but a bulk import of budget lines half again slower, and the
-- import has a target of its own (README, Performance).

CREATE INDEX IF NOT EXISTS objective_title ON objective (title COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS objective_deadline ON objective (deadline IS NULL, deadline);
