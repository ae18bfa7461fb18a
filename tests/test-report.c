/* test-report.c: review summaries laid out on pages */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <cairo.h>
#include <string.h>

#include "strategos/stg-report.h"
#include "stg-report-private.h"
#include "stg-test-store.h"

#define A4_WIDTH 595.276
#define A4_HEIGHT 841.89

static StgReport *
report_new (StgStore               *store,
            const StgReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  StgReport *report = stg_report_new (store, options, &error);

  stg_assert_no_error (error);
  assert_non_null (report);
  return report;
}

static double
part_height (StgReportBlock     *b,
             const StgPlacement *p)
{
  double h = 0;

  switch (b->kind)
    {
    case STG_BLOCK_TABLE:
      h = p->no_head ? 0 : b->table->caption_height + b->table->header_height;
      if (p->part_end > 0)
        return h + p->part_end - p->part_start + 5.6;   /* the cell padding */
      for (guint i = p->first; i < p->last; i++)
        h += g_array_index (b->table->rows, StgReportRow, i).height;
      return h;
    case STG_BLOCK_PARAGRAPH:
      return g_array_index (b->lines, StgLineBox, p->last - 1).top + g_array_index (b->lines, StgLineBox, p->last - 1).height -
             g_array_index (b->lines, StgLineBox, p->first).top;
    default:
      return b->height;
    }
}

/* Every row of every table and every line of every paragraph is placed
 * exactly once, in order, each other block once, and nothing runs past
 * the foot of its page's text area. */
static void
assert_complete (StgReport *r)
{
  g_autofree guint *next = g_new0 (guint, r->blocks->len);
  g_autofree guint *placed = g_new0 (guint, r->blocks->len);
  g_autofree double *part = g_new0 (double, r->blocks->len);
  double bottom = r->page_height - MIN (66.0, r->page_height * 0.08);

  for (guint page = 0; page < r->pages->len; page++)
    {
      StgReportPage *pg = &g_array_index (r->pages, StgReportPage, page);

      for (guint i = pg->first; i < pg->first + pg->n; i++)
        {
          StgPlacement *p = &g_array_index (r->placements, StgPlacement, i);
          StgReportBlock *b = &g_array_index (r->blocks, StgReportBlock, p->block);

          if (b->kind == STG_BLOCK_TABLE && p->part_end > 0)
            {
              /* A row split over pages: its parts follow each other. */
              if (p->first + (p->part_start > 0) != next[p->block] ||
                  (p->part_start > 0 && p->part_start != part[p->block]) ||
                  p->part_end <= p->part_start)
                fail_msg ("row %u of block %u split wrongly (%.1f to %.1f)", p->first, p->block, p->part_start, p->part_end);
              next[p->block] = p->first + 1;
              part[p->block] = p->part_end;
            }
          else if (b->kind == STG_BLOCK_TABLE || b->kind == STG_BLOCK_PARAGRAPH)
            {
              if (p->first != next[p->block] || p->last <= p->first)
                fail_msg ("block %u placed from %u to %u, expected from %u", p->block, p->first, p->last, next[p->block]);
              next[p->block] = p->last;
              part[p->block] = 0;
            }
          placed[p->block]++;
          /* No heading at the foot of a page, away from what it heads. */
          if (i == pg->first + pg->n - 1 && b->kind == STG_BLOCK_HEADING && p->block + 1 < r->blocks->len)
            fail_msg ("heading %u (%s) is the last thing on page %u of %.0f x %.0f; next block kind %d", p->block, b->text, page + 1,
                      r->page_width, r->page_height, g_array_index (r->blocks, StgReportBlock, p->block + 1).kind);
          if (p->y + part_height (b, p) > bottom + 0.01)
            fail_msg ("block %u runs past the foot of page %u (%.1f > %.1f)", p->block, page + 1,
                      p->y + part_height (b, p), bottom);
        }
    }
  for (guint i = 0; i < r->blocks->len; i++)
    {
      StgReportBlock *b = &g_array_index (r->blocks, StgReportBlock, i);

      if (b->kind == STG_BLOCK_TABLE)
        assert_int_equal (next[i], b->table->rows->len);
      else if (b->kind == STG_BLOCK_PARAGRAPH)
        assert_int_equal (next[i], b->lines->len);
      else if (b->kind != STG_BLOCK_PAGE_BREAK)
        assert_int_equal (placed[i], 1);
    }
}

/* Draws every page on a recording surface: nothing may fail. */
static void
draw_all (StgReport *r)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < stg_report_get_n_pages (r); i++)
    {
      stg_report_draw_page (r, cr, i);
      cairo_show_page (cr);
    }
  assert_int_equal (cairo_status (cr), CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Whether some table cell or paragraph of @r holds @text. */
static gboolean
report_has_text (StgReport  *r,
                 const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  for (guint i = 0; i < r->blocks->len; i++)
    {
      StgReportBlock *b = &g_array_index (r->blocks, StgReportBlock, i);

      if (b->text != NULL && strstr (b->text, escaped) != NULL)
        return TRUE;
      for (guint row = 0; b->table != NULL && row < b->table->rows->len; row++)
        for (guint c = 0; c < b->table->n_columns; c++)
          if (strstr (g_array_index (b->table->rows, StgReportRow, row).cells[c], escaped) != NULL)
            return TRUE;
    }
  return FALSE;
}

/* Whether a table cell holds both @text and @mark. */
static gboolean
cell_has (StgReport  *r,
          const char *text,
          const char *mark)
{
  for (guint i = 0; i < r->blocks->len; i++)
    {
      StgReportBlock *b = &g_array_index (r->blocks, StgReportBlock, i);

      for (guint row = 0; b->table != NULL && row < b->table->rows->len; row++)
        for (guint c = 0; c < b->table->n_columns; c++)
          {
            const char *cell = g_array_index (b->table->rows, StgReportRow, row).cells[c];
            if (strstr (cell, text) != NULL && strstr (cell, mark) != NULL)
              return TRUE;
          }
    }
  return FALSE;
}

static GStrv
section_titles (StgReport *r)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv titles;

  for (guint i = 1; i < r->sections->len; i++)
    g_strv_builder_add (builder, ((StgReportSection *) g_ptr_array_index (r->sections, i))->title);
  titles = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return titles;
}

static void
test_sample_pages (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgReport) r = report_new (f->store, &(StgReportOptions) { .today = "2026-11-22" });
  g_auto(GStrv) titles = section_titles (r);
  const char *const expected[] = { "Contents", "Vital interests", "Threat picture", "Roles", "Objectives",
                                   "Capabilities", "Budget", "Gaps", NULL };
  guint a4, letter;

  assert_true (g_strv_equal ((const char *const *) titles, expected));
  a4 = stg_report_paginate (r, A4_WIDTH, A4_HEIGHT);
  assert_true (a4 >= 8 && a4 <= 20);
  assert_int_equal (stg_report_get_n_pages (r), a4);
  assert_complete (r);
  draw_all (r);
  /* Each section after the contents starts no earlier than the one before. */
  for (guint i = 2; i < r->sections->len; i++)
    assert_true (((StgReportSection *) g_ptr_array_index (r->sections, i))->page >=
                 ((StgReportSection *) g_ptr_array_index (r->sections, i - 1))->page);
  /* Every objective of the sample is in a table. */
  assert_true (report_has_text (r, "Strategic foresight capacity at the NSC secretariat"));
  assert_true (report_has_text (r, "Loss of access to space-based services"));
  /* Letter is shorter and wider: laid out again, still complete. */
  letter = stg_report_paginate (r, 612, 792);
  assert_true (letter >= a4 - 2 && letter <= a4 + 2);
  assert_complete (r);
  /* A small landscape page: more pages, nothing lost. */
  assert_true (stg_report_paginate (r, 420, 298) > a4);
  assert_complete (r);
  draw_all (r);
}

static void
test_long_text_and_many_rows (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgReport) r = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *sql = NULL;
  guint rows = 0;

  while (description->len < 5000)
    g_string_append (description, "The council reviews each objective every year against its indicators, and asks "
                                  "the lead actor to explain any delay. ");
  /* Text that looks like markup stays text. */
  sql = g_strdup_printf ("UPDATE strategy SET description = '%s', country = 'Belgium & <b>Co', classification = 'R&D <SECRET>';"
                         "INSERT INTO actor (id, name, abbreviation, kind) VALUES (1, 'Ministry of R&D <i>', 'R&D', 'ministry');"
                         "WITH RECURSIVE i(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM i WHERE k < 300)"
                         " INSERT INTO objective (title, lead_actor_id, deadline, status)"
                         " SELECT printf('Objective number %%03d', k), 1, '2030-06-30', 'on_track' FROM i;"
                         /* A title too long for one page: its row is split. */
                         "INSERT INTO objective (title, lead_actor_id) VALUES ('%s', 1);",
                         description->str, description->str);
  change (f, sql);
  r = report_new (f->store, NULL);
  assert_true (stg_report_paginate (r, A4_WIDTH, A4_HEIGHT) >= 8);
  assert_complete (r);
  draw_all (r);
  for (guint i = 0; i < r->blocks->len; i++)
    {
      StgReportBlock *b = &g_array_index (r->blocks, StgReportBlock, i);
      if (b->kind == STG_BLOCK_TABLE && b->table->n_columns == 7)
        rows += b->table->rows->len;
    }
  assert_int_equal (rows, 301);
  assert_true (report_has_text (r, "Ministry of R&D <i>"));
  /* The long title's row went over more than one page, in parts. */
  {
    guint parts = 0;
    for (guint i = 0; i < r->placements->len; i++)
      parts += g_array_index (r->placements, StgPlacement, i).part_end > 0;
    assert_true (parts >= 2);
  }
  for (guint i = 1; i <= 300; i++)
    {
      g_autofree char *title = g_strdup_printf ("Objective number %03u", i);
      assert_true (report_has_text (r, title));
    }
}

static void
test_empty_strategy (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgReport) r = report_new (f->store, NULL);
  guint n = stg_report_paginate (r, A4_WIDTH, A4_HEIGHT);

  assert_true (n >= 2 && n <= 6);
  assert_complete (r);
  draw_all (r);
  assert_true (report_has_text (r, "No objectives are recorded yet."));
  assert_true (report_has_text (r, "No budget lines are recorded yet."));
}

static void
test_actor_part (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgReport) r = report_new (f->store, &(StgReportOptions) { .actor = "ccb" });
  g_auto(GStrv) titles = section_titles (r);
  gint64 led = stg_test_query_int (f->path, "SELECT count(*) FROM objective WHERE lead_actor_id = 11");
  gint64 rows = 0;

  assert_true (g_strv_contains ((const char *const *) titles, "Objectives"));
  assert_false (g_strv_contains ((const char *const *) titles, "Threat picture"));
  for (guint i = 0; i < r->blocks->len; i++)
    {
      StgReportBlock *b = &g_array_index (r->blocks, StgReportBlock, i);
      if (b->kind == STG_BLOCK_TABLE && b->table->n_columns == 7)
        rows += b->table->rows->len;
    }
  assert_true (led > 0);
  assert_int_equal (rows, led);
  assert_false (report_has_text (r, "Rebuild diplomatic capacity"));
  stg_report_paginate (r, A4_WIDTH, A4_HEIGHT);
  assert_complete (r);
  draw_all (r);
}

static void
test_bad_options (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  StgReportSections sections = 0;
  StgPaper paper = STG_PAPER_A4;

  assert_null (stg_report_new (f->store, &(StgReportOptions) { .actor = "Ministry of Magic" }, &error));
  stg_assert_error (error, STG_REPORT_ERROR, STG_REPORT_ERROR_NO_SUCH_ACTOR);
  assert_null (stg_report_new (f->store, &(StgReportOptions) { .since = "no such version" }, &error));
  stg_assert_error (error, STG_STORE_ERROR, STG_STORE_ERROR_NO_SUCH_ITEM);
  assert_null (stg_report_new (f->store, &(StgReportOptions) { .today = "2026-02-30" }, &error));
  stg_assert_error (error, STG_DATE_ERROR, STG_DATE_ERROR_INVALID);
  assert_false (stg_report_parse_sections ("cover,appendix", &sections, &error));
  stg_assert_error (error, STG_REPORT_ERROR, STG_REPORT_ERROR_INVALID);
  assert_true (stg_report_parse_sections ("Objectives, budget", &sections, &error));
  assert_int_equal (sections, STG_REPORT_OBJECTIVES | STG_REPORT_BUDGET);
  assert_false (stg_paper_parse ("a5", &paper, &error));
  stg_assert_error (error, STG_REPORT_ERROR, STG_REPORT_ERROR_INVALID);
  assert_true (stg_paper_parse ("Letter", &paper, &error));
  assert_int_equal (paper, STG_PAPER_LETTER);
}

static void
test_sections_chosen (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgReport) r = report_new (f->store, &(StgReportOptions) { .sections = STG_REPORT_BUDGET | STG_REPORT_GAPS });
  g_auto(GStrv) titles = section_titles (r);
  const char *const expected[] = { "Budget", "Gaps", NULL };

  assert_true (g_strv_equal ((const char *const *) titles, expected));
  stg_report_paginate (r, A4_WIDTH, A4_HEIGHT);
  assert_complete (r);
}

static void
test_changes_since (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgReport) r = NULL;
  g_autoptr(StgRecord) o = NULL;
  g_auto(GStrv) titles = NULL;

  assert_true (stg_store_save_version (f->store, "Draft for NSC", &error) > 0);
  stg_assert_no_error (error);
  o = stg_store_get (f->store, STG_TYPE_OBJECTIVE, 14, &error);
  stg_assert_no_error (error);
  stg_record_set_text (o, "status", "late");
  assert_true (stg_store_update_column (f->store, o, "status", &error));
  r = report_new (f->store, &(StgReportOptions) { .since = "Draft for NSC" });
  titles = section_titles (r);
  assert_true (g_strv_contains ((const char *const *) titles, "Changes since version “Draft for NSC”"));
  assert_true (cell_has (r, "Rebuild diplomatic capacity", "(changed)"));
  stg_report_paginate (r, A4_WIDTH, A4_HEIGHT);
  assert_complete (r);
  draw_all (r);
}

static void
test_write_pdf (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgReport) r = report_new (f->store, NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "summary.pdf", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "no-such-folder", "summary.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;
  gsize length = 0;
  guint n_files = 0;

  assert_true (stg_report_write_pdf (r, pdf, STG_PAPER_A4, &error));
  stg_assert_no_error (error);
  assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  assert_true (length > 1000 && memcmp (contents, "%PDF-", 5) == 0);
  assert_false (stg_report_write_pdf (r, bad, STG_PAPER_A4, &error));
  stg_assert_error (error, STG_REPORT_ERROR, STG_REPORT_ERROR_WRITE);
  /* Nothing left behind: the strategy and the one PDF (and the editing
   * lock's description beside the open strategy, a dot file). */
  dir = g_dir_open (f->dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    if (name[0] != '.')
      n_files++;
  assert_int_equal (n_files, 2);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_sample_pages, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_long_text_and_many_rows, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_empty_strategy, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_actor_part, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_bad_options, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_sections_chosen, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_changes_since, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_write_pdf, stg_fixture_setup_sample, stg_fixture_teardown),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
