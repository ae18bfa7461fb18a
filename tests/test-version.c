/* test-version.c: named versions of a draft, comparing them, and the versions and diff verbs */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "strategos/stg-version.h"
#include "stg-test-cli.h"
#include "stg-test-file.h"
#include "stg-test-store.h"

#define run_cli(r, dir, ...) stg_test_run ((r), (dir), "C.UTF-8", __VA_ARGS__, NULL)

/* Helpers */

static gint64
save_ok (StgStore   *store,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = stg_store_save_version (store, name, &error);

  stg_assert_no_error (error);
  assert_true (id > 0);
  return id;
}

static GPtrArray *
compare_ok (StgStore  *store,
            gint64     from,
            gint64     to,
            GArray   **budget)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *changes = stg_store_compare (store, from, to, budget, &error);

  stg_assert_no_error (error);
  assert_non_null (changes);
  return changes;
}

static StgChange *
change_at (GPtrArray *changes,
           guint      i)
{
  assert_true (i < changes->len);
  return g_ptr_array_index (changes, i);
}

static void
assert_change (const StgChange *c,
               StgChangeKind    kind,
               GType            type,
               gint64           id,
               const char      *field)
{
  if (c->kind != kind || c->item_type != type || c->item_id != id || g_strcmp0 (c->field, field) != 0)
    fail_msg ("expected change %d of %s %" G_GINT64_FORMAT " (%s), got %d of %s %" G_GINT64_FORMAT " (%s): %s",
              kind, g_type_name (type), id, field ? field : "no field",
              c->kind, g_type_name (c->item_type), c->item_id, c->field ? c->field : "no field", c->message);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    fail_msg ("expected “%s” in:\n%s", needle, haystack ? haystack : "(null)");
}

static void
dump_changes (GPtrArray *changes)
{
  for (guint i = 0; i < changes->len; i++)
    print_message ("# %s\n", change_at (changes, i)->message);
}

static StgRecord *
get_ok (StgStore *store,
        GType     type,
        gint64    id)
{
  g_autoptr(GError) error = NULL;
  StgRecord *record = stg_store_get (store, type, id, &error);

  stg_assert_no_error (error);
  return record;
}

static void
set_text_ok (StgStore   *store,
             GType       type,
             gint64      id,
             const char *column,
             const char *value)
{
  g_autoptr(StgRecord) record = get_ok (store, type, id);
  g_autoptr(GError) error = NULL;

  stg_record_set_text (record, column, value);
  assert_true (stg_store_update_column (store, record, column, &error));
  stg_assert_no_error (error);
}

static void
set_int_ok (StgStore   *store,
            GType       type,
            gint64      id,
            const char *column,
            gint64      value)
{
  g_autoptr(StgRecord) record = get_ok (store, type, id);
  g_autoptr(GError) error = NULL;

  stg_record_set_int (record, column, value);
  assert_true (stg_store_update_column (store, record, column, &error));
  stg_assert_no_error (error);
}

static void
delete_ok (StgStore *store,
           GType     type,
           gint64    id)
{
  g_autoptr(GError) error = NULL;

  assert_true (stg_store_delete (store, type, id, &error));
  stg_assert_no_error (error);
}

/* The title of @id of @type now, for expected values. */
static char *
title_of (StgStore *store,
          GType     type,
          gint64    id)
{
  g_autoptr(StgRecord) record = get_ok (store, type, id);

  return g_strdup (stg_record_get_title (record));
}

/* The done-when edits on the sample: objective 9 gets a new deadline and
 * lead actor, and threat 3 (which objectives address and which threatens
 * interests) is deleted. */
static void
edit_draft (StgStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) addressed_by = stg_store_linked_reverse (store, STG_LINK_OBJECTIVE_THREAT, 3, &error);
  g_autoptr(GArray) threatens = stg_store_linked (store, STG_LINK_THREAT_INTEREST, 3, &error);

  /* The deletion must cascade to links for the test to mean anything. */
  assert_true (addressed_by->len > 0);
  assert_true (threatens->len > 0);
  set_text_ok (store, STG_TYPE_OBJECTIVE, 9, "deadline", "2031-06-30");
  set_int_ok (store, STG_TYPE_OBJECTIVE, 9, "lead_actor_id", 2);
  delete_ok (store, STG_TYPE_THREAT, 3);
}

/* Saving, listing, finding */

static void
test_save_list_find (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GRegex) iso = g_regex_new ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", 0, 0, NULL);
  gint64 first, second, id = 0;

  versions = stg_store_list_versions (f->store, &error);
  assert_int_equal (versions->len, 0);
  g_clear_pointer (&versions, g_ptr_array_unref);

  first = save_ok (f->store, "  Draft for NSC, 2026-03 ");
  stg_test_add (f->store, STG_TYPE_THREAT, "Cyber attacks");
  second = save_ok (f->store, "Final");
  assert_true (second > first);

  versions = stg_store_list_versions (f->store, &error);
  stg_assert_no_error (error);
  assert_int_equal (versions->len, 2);
  assert_int_equal (((StgVersion *) versions->pdata[0])->id, first);
  assert_string_equal (((StgVersion *) versions->pdata[0])->name, "Draft for NSC, 2026-03");
  assert_string_equal (((StgVersion *) versions->pdata[1])->name, "Final");
  assert_true (g_regex_match (iso, ((StgVersion *) versions->pdata[0])->created, 0, NULL));

  assert_true (stg_store_find_version (f->store, "Draft for NSC, 2026-03", &id, &error));
  assert_int_equal (id, first);
  g_autofree char *by_id = g_strdup_printf ("%" G_GINT64_FORMAT, second);
  assert_true (stg_store_find_version (f->store, by_id, &id, &error));
  assert_int_equal (id, second);
  stg_assert_no_error (error);
  assert_false (stg_store_find_version (f->store, "Draft", &id, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM);
  assert_false (stg_store_find_version (f->store, "99", &id, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM);
}

static void
test_save_refuses_bad_names (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;

  save_ok (f->store, "Draft");
  assert_int_equal (stg_store_save_version (f->store, " \t", &error), 0);
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID);
  assert_int_equal (stg_store_save_version (f->store, "Draft ", &error), 0);
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_DUPLICATE);
  assert_int_equal (stg_store_save_version (f->store, "Brouillon \xff", &error), 0);
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID);
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM version"), 1);
}

/* A name that looks like a number is found as a name first. */
static void
test_find_prefers_names (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  gint64 first = save_ok (f->store, "First");
  gint64 named_one = save_ok (f->store, "1");
  gint64 id = 0;

  assert_int_not_equal (first, named_one);
  assert_true (stg_store_find_version (f->store, "1", &id, &error));
  assert_int_equal (id, named_one);
}

/* A snapshot holds the model, never the versions saved before it. */
static void
test_snapshot_holds_no_versions (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 first = save_ok (f->store, "First");
  gint64 second = save_ok (f->store, "Second");

  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM version WHERE instr(snapshot, 'First') > 0"), 0);
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM version "
                                                 "WHERE json_extract(snapshot, '$.tables.version') IS NOT NULL"), 0);
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM version, json_each(snapshot, '$.tables')"), 2 * 17);
  /* Saving a version is not a change of the strategy. */
  changes = compare_ok (f->store, first, second, NULL);
  assert_int_equal (changes->len, 0);
}

/* Undo */

static void
test_undo_save (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autofree char *label = NULL;
  gint64 id = save_ok (f->store, "Draft for NSC");

  label = stg_store_get_undo_label (f->store);
  assert_string_equal (label, "Save version “Draft for NSC”");
  assert_true (stg_store_undo (f->store, &error));
  stg_assert_no_error (error);
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM version"), 0);
  assert_false (stg_store_find_version (f->store, "Draft for NSC", &id, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM);

  assert_true (stg_store_redo (f->store, &error));
  stg_assert_no_error (error);
  versions = stg_store_list_versions (f->store, &error);
  assert_int_equal (versions->len, 1);
  assert_int_equal (((StgVersion *) versions->pdata[0])->id, id);
  assert_string_equal (((StgVersion *) versions->pdata[0])->name, "Draft for NSC");
  g_ptr_array_unref (compare_ok (f->store, id, 0, NULL));
}

/* Comparing */

/* The done-when of the issue: exactly those three changes. */
static void
test_deadline_lead_and_deleted_threat (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *threat = title_of (f->store, STG_TYPE_THREAT, 3);
  g_autofree char *old_lead = title_of (f->store, STG_TYPE_ACTOR, 4);
  g_autofree char *new_lead = title_of (f->store, STG_TYPE_ACTOR, 2);
  g_autofree char *objective = title_of (f->store, STG_TYPE_OBJECTIVE, 9);
  gint64 draft = save_ok (f->store, "Draft for NSC");
  StgChange *c;

  edit_draft (f->store);
  changes = compare_ok (f->store, draft, 0, NULL);
  dump_changes (changes);
  assert_int_equal (changes->len, 3);

  /* In the model's order: threats before objectives. */
  c = change_at (changes, 0);
  assert_change (c, STG_CHANGE_REMOVED, STG_TYPE_THREAT, 3, NULL);
  assert_string_equal (c->item_title, threat);
  assert_contains (c->message, threat);

  c = change_at (changes, 1);
  assert_change (c, STG_CHANGE_CHANGED, STG_TYPE_OBJECTIVE, 9, "Lead actor");
  assert_string_equal (c->item_title, objective);
  assert_string_equal (c->before, old_lead);
  assert_string_equal (c->after, new_lead);

  c = change_at (changes, 2);
  assert_change (c, STG_CHANGE_CHANGED, STG_TYPE_OBJECTIVE, 9, "Deadline");
  /* The C locale reads dates as ISO 8601. */
  assert_string_equal (c->before, "2030-12-31");
  assert_string_equal (c->after, "2031-06-30");
  assert_contains (c->message, "Deadline 2030-12-31 → 2031-06-30");
}

/* Read backwards, the threat comes back with the links the analyst will
 * have to restore: those are reported. */
static void
test_compare_backwards (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 draft = save_ok (f->store, "Draft for NSC");
  gint64 edited;
  guint links = 0;

  edit_draft (f->store);
  edited = save_ok (f->store, "Edited");
  changes = compare_ok (f->store, edited, draft, NULL);
  assert_change (change_at (changes, 0), STG_CHANGE_ADDED, STG_TYPE_THREAT, 3, NULL);
  for (guint i = 0; i < changes->len; i++)
    if (g_strcmp0 (change_at (changes, i)->field, "Threatens vital interests") == 0 ||
        g_strcmp0 (change_at (changes, i)->field, "Addresses threats") == 0)
      links++;
  /* Every link threat 3 had in the draft. */
  assert_int_equal (links, stg_test_query_int (f->path, "SELECT count(*) FROM version, json_each(snapshot, "
                                                        "'$.tables.threat_interest.rows') WHERE name = 'Draft for NSC' "
                                                        "AND json_extract(value, '$[0]') = 3") +
                           stg_test_query_int (f->path, "SELECT count(*) FROM version, json_each(snapshot, "
                                                        "'$.tables.objective_threat.rows') WHERE name = 'Draft for NSC' "
                                                        "AND json_extract(value, '$[1]') = 3"));
  assert_true (links > 0);
  assert_int_equal (changes->len, 3 + links);
}

static void
test_renames (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 actor = stg_test_add (f->store, STG_TYPE_ACTOR, "FPS Interior");
  gint64 objective = stg_test_add (f->store, STG_TYPE_OBJECTIVE, "Crisis centre");
  gint64 draft;
  StgChange *c;

  set_int_ok (f->store, STG_TYPE_OBJECTIVE, objective, "lead_actor_id", actor);
  draft = save_ok (f->store, "Draft");
  set_text_ok (f->store, STG_TYPE_ACTOR, actor, "name", "FPS Home Affairs");
  set_text_ok (f->store, STG_TYPE_OBJECTIVE, objective, "title", "National crisis centre");

  changes = compare_ok (f->store, draft, 0, NULL);
  dump_changes (changes);
  /* The objective it leads is not changed by the actor's new name. */
  assert_int_equal (changes->len, 2);
  c = change_at (changes, 0);
  assert_change (c, STG_CHANGE_CHANGED, STG_TYPE_ACTOR, actor, "Name");
  assert_string_equal (c->before, "FPS Interior");
  assert_string_equal (c->after, "FPS Home Affairs");
  assert_string_equal (c->item_title, "FPS Home Affairs");
  c = change_at (changes, 1);
  assert_change (c, STG_CHANGE_CHANGED, STG_TYPE_OBJECTIVE, objective, "Title");
  assert_string_equal (c->message, "Objective “National crisis centre”: Title “Crisis centre” → “National crisis centre”");
}

static void
test_links_added_and_removed (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 objective = stg_test_add (f->store, STG_TYPE_OBJECTIVE, "Cyber exercise");
  gint64 cyber = stg_test_add (f->store, STG_TYPE_THREAT, "Cyber attacks");
  gint64 crime = stg_test_add (f->store, STG_TYPE_THREAT, "Ransomware");
  gint64 draft;
  StgChange *c;

  assert_true (stg_store_link (f->store, STG_LINK_OBJECTIVE_THREAT, objective, cyber, &error));
  draft = save_ok (f->store, "Draft");
  assert_true (stg_store_unlink (f->store, STG_LINK_OBJECTIVE_THREAT, objective, cyber, &error));
  assert_true (stg_store_link (f->store, STG_LINK_OBJECTIVE_THREAT, objective, crime, &error));
  stg_assert_no_error (error);

  changes = compare_ok (f->store, draft, 0, NULL);
  dump_changes (changes);
  assert_int_equal (changes->len, 2);
  c = change_at (changes, 0);
  assert_change (c, STG_CHANGE_CHANGED, STG_TYPE_OBJECTIVE, objective, "Addresses threats");
  assert_string_equal (c->before, "Cyber attacks");
  assert_null (c->after);
  assert_string_equal (c->message, "Objective “Cyber exercise” no longer addresses threat “Cyber attacks”");
  c = change_at (changes, 1);
  assert_change (c, STG_CHANGE_CHANGED, STG_TYPE_OBJECTIVE, objective, "Addresses threats");
  assert_null (c->before);
  assert_string_equal (c->after, "Ransomware");
}

/* Deleting an objective deletes its budget lines, indicators and links and
 * empties its children's "Part of": one removal, said once. */
static void
test_removal_is_said_once (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 draft = save_ok (f->store, "Draft");

  assert_true (stg_test_query_int (f->path, "SELECT count(*) FROM objective WHERE parent_id = 1") > 0);
  assert_true (stg_test_query_int (f->path, "SELECT count(*) FROM budget_line WHERE objective_id = 1") +
               stg_test_query_int (f->path, "SELECT count(*) FROM indicator WHERE objective_id = 1") +
               stg_test_query_int (f->path, "SELECT count(*) FROM objective_interest WHERE objective_id = 1") > 0);
  delete_ok (f->store, STG_TYPE_OBJECTIVE, 1);
  changes = compare_ok (f->store, draft, 0, NULL);
  dump_changes (changes);
  assert_int_equal (changes->len, 1);
  assert_change (change_at (changes, 0), STG_CHANGE_REMOVED, STG_TYPE_OBJECTIVE, 1, NULL);
}

static StgRecord *
new_budget_line (gint64 objective,
                 gint64 actor,
                 gint64 year,
                 gint64 planned)
{
  StgRecord *line = stg_record_new (STG_TYPE_BUDGET_LINE);

  stg_record_set_int (line, "objective_id", objective);
  stg_record_set_int (line, "actor_id", actor);
  stg_record_set_int (line, "year", year);
  stg_record_set_int (line, "planned", planned);
  return line;
}

static const StgBudgetChange *
budget_year (GArray *budget,
             int     year)
{
  for (guint i = 0; i < budget->len; i++)
    if (g_array_index (budget, StgBudgetChange, i).year == year)
      return &g_array_index (budget, StgBudgetChange, i);
  fail_msg ("no budget for %d", year);
  return NULL;
}

static gint64
planned_in (const char *path,
            int         year)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce(sum(planned), 0) FROM budget_line WHERE year = %d", year);
  return stg_test_query_int (path, sql);
}

/* A line changed, one added in a new year and one deleted: each said, and
 * the totals by year before and after. */
static void
test_budget_changes (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GArray) budget = NULL;
  g_autoptr(StgRecord) added = new_budget_line (9, 4, 2031, 123456);
  gint64 changed = stg_test_query_int (f->path, "SELECT min(id) FROM budget_line WHERE year = 2026");
  gint64 removed = stg_test_query_int (f->path, "SELECT max(id) FROM budget_line WHERE year = 2027");
  gint64 planned = stg_test_query_int (f->path, "SELECT planned FROM budget_line WHERE id = (SELECT min(id) FROM budget_line WHERE year = 2026)");
  gint64 before_2026 = planned_in (f->path, 2026), before_2027 = planned_in (f->path, 2027);
  gint64 draft = save_ok (f->store, "Draft");

  assert_int_equal (planned_in (f->path, 2031), 0);
  set_int_ok (f->store, STG_TYPE_BUDGET_LINE, changed, "planned", planned + 100000);
  assert_true (stg_store_insert (f->store, added, &error));
  stg_assert_no_error (error);
  delete_ok (f->store, STG_TYPE_BUDGET_LINE, removed);

  changes = compare_ok (f->store, draft, 0, &budget);
  dump_changes (changes);
  assert_int_equal (changes->len, 3);
  assert_change (change_at (changes, 0), STG_CHANGE_CHANGED, STG_TYPE_BUDGET_LINE, changed, "Planned");
  assert_change (change_at (changes, 1), STG_CHANGE_REMOVED, STG_TYPE_BUDGET_LINE, removed, NULL);
  assert_change (change_at (changes, 2), STG_CHANGE_ADDED, STG_TYPE_BUDGET_LINE, stg_record_get_id (added), NULL);
  g_autofree char *amount = g_strdup_printf ("EUR %" G_GINT64_FORMAT ".%02d", (planned + 100000) / 100, (int) ((planned + 100000) % 100));
  assert_string_equal (change_at (changes, 0)->after, amount);
  assert_contains (change_at (changes, 2)->item_title, "2031");

  assert_int_equal (budget_year (budget, 2026)->planned_before, before_2026);
  assert_int_equal (budget_year (budget, 2026)->planned_after, before_2026 + 100000);
  assert_int_equal (budget_year (budget, 2027)->planned_before, before_2027);
  assert_int_equal (budget_year (budget, 2027)->planned_after, planned_in (f->path, 2027));
  assert_true (budget_year (budget, 2027)->planned_after < before_2027);
  assert_int_equal (budget_year (budget, 2031)->planned_before, 0);
  assert_int_equal (budget_year (budget, 2031)->planned_after, 123456);
  assert_int_equal (budget_year (budget, 2025)->actual_before, budget_year (budget, 2025)->actual_after);
  assert_int_equal (budget_year (budget, 2025)->actual_after,
                    stg_test_query_int (f->path, "SELECT sum(actual) FROM budget_line WHERE year = 2025"));
}

/* Values read as the analyst writes them: dates and amounts in the locale. */
static void
test_values_in_locale (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 line = stg_test_query_int (f->path, "SELECT min(id) FROM budget_line WHERE planned = 400000000");
  gint64 draft = save_ok (f->store, "Draft");

  stg_test_require_locale ("fr_BE.UTF-8");
  assert_true (line > 0);
  set_text_ok (f->store, STG_TYPE_OBJECTIVE, 9, "deadline", "2031-06-30");
  set_int_ok (f->store, STG_TYPE_BUDGET_LINE, line, "planned", 400100050);
  changes = compare_ok (f->store, draft, 0, NULL);
  dump_changes (changes);
  assert_int_equal (changes->len, 2);
  assert_string_equal (change_at (changes, 0)->before, "31/12/2030");
  assert_string_equal (change_at (changes, 0)->after, "30/06/2031");
  assert_contains (change_at (changes, 1)->before, "4.000.000,00");
  assert_contains (change_at (changes, 1)->after, "4.001.000,50");
}

static void
test_compare_unknown_version (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) budget = NULL;

  assert_null (stg_store_compare (f->store, 42, 0, &budget, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM);
  assert_null (budget);
}

/* A snapshot that is not this build's is refused, not misread. */
static void
test_damaged_snapshot (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "old.strategos", NULL);
  gint64 id = save_ok (f->store, "Draft");

  g_clear_object (&f->store);
  stg_test_run_sql (f->path, "UPDATE version SET snapshot = json_remove(snapshot, '$.tables.threat')");
  f->store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  assert_null (stg_store_compare (f->store, id, 0, NULL, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_CORRUPT);
  assert_false (stg_store_export_version (f->store, id, out, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_CORRUPT);
  assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  g_clear_object (&f->store);
  stg_test_run_sql (f->path, "UPDATE version SET snapshot = '{not json'");
  f->store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  assert_null (stg_store_compare (f->store, id, 0, NULL, &error));
  assert_non_null (error);
  /* The store is still usable afterwards. */
  g_clear_error (&error);
  save_ok (f->store, "Another");
}

/* Files */

static gint64
count_in (const char *path,
          const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  return stg_test_query_int (path, sql);
}

static guint
n_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  /* Not counting the description of the open file's editing lock. */
  while ((name = g_dir_read_name (d)) != NULL)
    if (!(name[0] == '.' && g_str_has_suffix (name, ".strategos.lock")))
      n++;
  return n;
}

static void
test_export_opens_read_only_with_old_values (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "draft.strategos", NULL);
  g_autoptr(StgStore) old = NULL;
  g_autoptr(StgRecord) objective = NULL;
  static const char *const tables[] = { "strategy", "actor", "threat", "objective", "indicator", "budget_line",
                                        "budget_ceiling", "gdp_projection", "threat_interest", "objective_threat",
                                        "objective_supporting_actor" };
  gint64 counts[G_N_ELEMENTS (tables)];
  gint64 draft;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    counts[i] = count_in (f->path, tables[i]);
  draft = save_ok (f->store, "Draft for NSC");
  edit_draft (f->store);
  assert_true (stg_store_export_version (f->store, draft, out, &error));
  stg_assert_no_error (error);
  assert_int_equal (n_entries (f->dir), 2);

  old = stg_store_open (out, STG_STORE_OPEN_READ_ONLY, &error);
  stg_assert_no_error (error);
  objective = get_ok (old, STG_TYPE_OBJECTIVE, 9);
  assert_string_equal (stg_record_get_text (objective, "deadline"), "2030-12-31");
  assert_int_equal (stg_record_get_int (objective, "lead_actor_id"), 4);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    assert_int_equal (count_in (out, tables[i]), counts[i]);
  assert_int_equal (count_in (out, "version"), 0);
  assert_int_equal (stg_test_query_int (out, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  assert_int_equal (stg_test_query_int (out, "SELECT sum(planned) FROM budget_line"),
                    stg_test_query_int (f->path, "SELECT sum(planned) FROM budget_line"));
}

static void
test_export_refuses_existing_and_unknown (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "draft.strategos", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 draft = save_ok (f->store, "Draft");

  assert_true (g_file_set_contents (out, "mine", -1, NULL));
  before = stg_test_checksum (out);
  assert_false (stg_store_export_version (f->store, draft, out, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_EXISTS);
  after = stg_test_checksum (out);
  assert_string_equal (before, after);
  g_remove (out);
  assert_false (stg_store_export_version (f->store, draft + 1, out, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM);
  assert_int_equal (n_entries (f->dir), 1);
}

/* A file of schema 2 (before versions) opens, upgraded in place. */
static void
test_upgrades_schema_2 (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;

  stg_test_add (f->store, STG_TYPE_INTEREST, "Prosperity");
  g_clear_object (&f->store);
  stg_test_run_sql (f->path, "DROP TABLE version; DROP INDEX objective_title; DROP INDEX objective_deadline; "
                               "PRAGMA user_version = 2;");
  assert_null (stg_store_open (f->path, STG_STORE_OPEN_READ_ONLY, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_TOO_OLD);
  f->store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  stg_assert_no_error (error);
  assert_int_equal (stg_test_query_int (f->path, "PRAGMA user_version"), STG_SCHEMA_VERSION);
  save_ok (f->store, "First version");
  assert_int_equal (stg_test_query_int (f->path, "SELECT count(*) FROM version"), 1);
}

static void
test_read_only_compares_but_does_not_save (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 draft = save_ok (f->store, "Draft");

  stg_test_add (f->store, STG_TYPE_THREAT, "Cyber attacks");
  g_clear_object (&f->store);
  before = stg_test_checksum (f->path);
  f->store = stg_store_open (f->path, STG_STORE_OPEN_READ_ONLY, &error);
  stg_assert_no_error (error);
  changes = compare_ok (f->store, draft, 0, NULL);
  assert_int_equal (changes->len, 1);
  assert_change (change_at (changes, 0), STG_CHANGE_ADDED, STG_TYPE_THREAT, 1, NULL);
  assert_int_equal (stg_store_save_version (f->store, "Later", &error), 0);
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_READ_ONLY);
  g_clear_object (&f->store);
  after = stg_test_checksum (f->path);
  assert_string_equal (before, after);
}

/* The verbs */

static int
count_lines (const char *text)
{
  int n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static void
test_cli_versions (void **state)
{
  StgFixture *f = *state;
  g_auto(CliRun) empty = { 0 };
  g_auto(CliRun) saved = { 0 };
  g_auto(CliRun) again = { 0 };
  g_auto(CliRun) blank = { 0 };
  g_auto(CliRun) list = { 0 };
  g_auto(CliRun) usage = { 0 };

  g_clear_object (&f->store);
  run_cli (&empty, f->dir, "versions", f->path);
  assert_exit (&empty, 0);
  assert_string_equal (empty.out, "");
  run_cli (&saved, f->dir, "versions", f->path, "--save=Draft for NSC, 2026-03");
  assert_exit (&saved, 0);
  assert_contains (saved.out, "Saved version 1 “Draft for NSC, 2026-03”");
  run_cli (&again, f->dir, "versions", f->path, "--save", "Draft for NSC, 2026-03");
  assert_exit (&again, 1);
  assert_contains (again.err, "already a version named");
  run_cli (&blank, f->dir, "versions", f->path, "--save= ");
  assert_exit (&blank, 1);
  run_cli (&list, f->dir, "versions", f->path);
  assert_exit (&list, 0);
  assert_int_equal (count_lines (list.out), 1);
  assert_true (g_regex_match_simple ("^   1  \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  Draft for NSC, 2026-03\n$", list.out, 0, 0));
  run_cli (&usage, f->dir, "versions");
  assert_exit (&usage, 1);
}

static void
test_cli_diff (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "missing.strategos", NULL);
  g_auto(CliRun) same = { 0 };
  g_auto(CliRun) changed = { 0 };
  g_auto(CliRun) between = { 0 };
  g_auto(CliRun) unknown = { 0 };
  g_auto(CliRun) no_file = { 0 };
  g_auto(CliRun) usage = { 0 };
  g_auto(GStrv) lines = NULL;

  save_ok (f->store, "Draft for NSC");
  g_clear_object (&f->store);
  run_cli (&same, f->dir, "diff", f->path, "Draft for NSC");
  assert_exit (&same, 0);
  assert_contains (same.out, "No changes.");
  assert_contains (same.out, "Budget by year:");

  f->store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  edit_draft (f->store);
  save_ok (f->store, "Edited");
  g_clear_object (&f->store);
  run_cli (&changed, f->dir, "diff", f->path, "Draft for NSC");
  assert_exit (&changed, 3);
  lines = g_strsplit (changed.out, "\n", -1);
  assert_contains (lines[0], "Changes from version “Draft for NSC”");
  assert_contains (lines[1], "Removed threat “State-sponsored cyber attacks on essential services”");
  assert_contains (lines[2], ": Lead actor Ministry of Defence → Chancellery of the Prime Minister");
  assert_contains (lines[3], ": Deadline 2030-12-31 → 2031-06-30");
  assert_string_equal (lines[4], "");
  assert_string_equal (lines[5], "3 changes");
  assert_contains (changed.out, "2030: planned EUR ");

  run_cli (&between, f->dir, "diff", f->path, "1", "Edited");
  assert_exit (&between, 3);
  assert_contains (between.out, "to version “Edited”");
  assert_contains (between.out, "3 changes");

  run_cli (&unknown, f->dir, "diff", f->path, "Final");
  assert_exit (&unknown, 1);
  assert_contains (unknown.err, "no version “Final”");
  run_cli (&no_file, f->dir, "diff", missing, "Draft for NSC");
  assert_exit (&no_file, 2);
  run_cli (&usage, f->dir, "diff", f->path);
  assert_exit (&usage, 1);
}

#define sample_test(t) cmocka_unit_test_setup_teardown (t, stg_fixture_setup_sample, stg_fixture_teardown)
static int
teardown_locale (void **state)
{
  stg_test_restore_c_locale (state);
  return stg_fixture_teardown (state);
}

#define locale_test(t) cmocka_unit_test_setup_teardown (t, stg_fixture_setup_sample, teardown_locale)
#define empty_test(t) cmocka_unit_test_setup_teardown (t, stg_fixture_setup, stg_fixture_teardown)

int
main (void)
{
  const struct CMUnitTest tests[] = {
    empty_test (test_save_list_find),
    empty_test (test_save_refuses_bad_names),
    empty_test (test_find_prefers_names),
    empty_test (test_snapshot_holds_no_versions),
    empty_test (test_undo_save),
    sample_test (test_deadline_lead_and_deleted_threat),
    sample_test (test_compare_backwards),
    empty_test (test_renames),
    empty_test (test_links_added_and_removed),
    sample_test (test_removal_is_said_once),
    sample_test (test_budget_changes),
    locale_test (test_values_in_locale),
    empty_test (test_compare_unknown_version),
    empty_test (test_damaged_snapshot),
    sample_test (test_export_opens_read_only_with_old_values),
    empty_test (test_export_refuses_existing_and_unknown),
    empty_test (test_upgrades_schema_2),
    empty_test (test_read_only_compares_but_does_not_save),
    empty_test (test_cli_versions),
    sample_test (test_cli_diff),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
