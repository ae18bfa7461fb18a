-- Schema version 3: named versions of the draft, kept inside the file.
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A version is the whole strategy as it was when the analyst saved it:
-- every row of every table of the model, as JSON that SQLite itself built
-- (stg-version.c), so that it can be compared with any other version or
-- with the strategy as it is now, and written out as a file of its own.
-- The snapshot names its tables and columns, so that a later migration
-- that changes a table can bring the snapshots along.
--
-- created is ISO 8601 in UTC ("2026-03-02T14:05:00Z").

CREATE TABLE version (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
    CONSTRAINT version_name_unique UNIQUE
    CONSTRAINT version_name_required CHECK (trim(name) <> ''),
  created TEXT NOT NULL,
  -- Not CHECKed with json_valid(): a file's schema may not call JSON
  -- functions (SQLITE_DBCONFIG_TRUSTED_SCHEMA is off), and a snapshot is
  -- parsed, and refused if damaged, whenever it is read.
  snapshot TEXT NOT NULL
);
