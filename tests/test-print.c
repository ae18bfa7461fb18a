/* test-print.c: strategos print, end to end, checked with poppler's pdftotext and pdfinfo */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "stg-test-cli.h"
#include "stg-test-file.h"

#define run_cli(r, dir, ...) stg_test_run ((r), (dir), "C.UTF-8", __VA_ARGS__, NULL)

typedef struct {
  char *dir;
  char *strategy;
  char *pdf;
} Fixture;

static int
setup (void **state)
{
  Fixture *f = g_new0 (Fixture, 1);
  g_auto(CliRun) r = { 0 };

  f->dir = stg_test_make_dir ();
  f->strategy = g_build_filename (f->dir, "sample.strategos", NULL);
  f->pdf = g_build_filename (f->dir, "summary.pdf", NULL);
  run_cli (&r, NULL, "new", f->strategy, "--sample");
  assert_exit (&r, 0);
  *state = f;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *f = *state;

  stg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->strategy);
  g_free (f->pdf);
  g_free (f);
  return 0;
}

/* Poppler's tools, or a skip: the PDF is checked with them or not at all. */
static void
require_poppler (void)
{
  const char *tools[] = { "pdftotext", "pdfinfo" };

  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      g_autofree char *path = g_find_program_in_path (tools[i]);
      if (path == NULL)
        skip ();
    }
}

/* The standard output of a program, which must succeed. */
static char *
output_of (const char *first,
           ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  const char *arg;
  va_list ap;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) first);
  va_start (ap, first);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error))
    fail_msg ("could not run %s: %s", first, error->message);
  if (!g_spawn_check_wait_status (status, NULL))
    fail_msg ("%s failed: %s", first, err);
  return out;
}

/* The text of pages @first to @last (0: to the end), white space and
 * hyphens dropped, since pdftotext joins a word broken at its hyphen. */
static char *
pdf_text (const char *pdf,
          guint       first,
          guint       last)
{
  g_autofree char *f = g_strdup_printf ("%u", first);
  g_autofree char *l = g_strdup_printf ("%u", last);
  g_autofree char *text = last > 0 ? output_of ("pdftotext", "-f", f, "-l", l, pdf, "-", NULL)
                                   : output_of ("pdftotext", "-f", f, pdf, "-", NULL);
  GString *flat = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-')
      g_string_append_c (flat, *p);
  return g_string_free (flat, FALSE);
}

/* The text of the text area of every A4 page, without the marking, the
 * running head and the foot, flattened as above. */
static char *
pdf_body_text (const char *pdf)
{
  g_autofree char *text = output_of ("pdftotext", "-x", "0", "-y", "62", "-W", "596", "-H", "714", pdf, "-", NULL);
  GString *flat = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-' && *p != '\f')
      g_string_append_c (flat, *p);
  return g_string_free (flat, FALSE);
}

static char *
flat (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-')
      g_string_append_c (s, *p);
  return g_string_free (s, FALSE);
}

static guint
pdf_pages (const char *pdf)
{
  g_autofree char *info = output_of ("pdfinfo", pdf, NULL);
  const char *pages = strstr (info, "\nPages:");

  assert_non_null (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The titles of the objectives of @path, read with SQLite. */
static GStrv
objective_titles (const char *path,
                  const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT title FROM objective %s ORDER BY id", where);
  GStrvBuilder *builder = g_strv_builder_new ();
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GStrv titles;

  assert_int_equal (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  assert_int_equal (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  titles = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return titles;
}

static void
assert_titles_in (const char *text,
                  GStrv       titles)
{
  for (guint i = 0; titles[i] != NULL; i++)
    {
      g_autofree char *t = flat (titles[i]);
      if (strstr (text, t) == NULL)
        fail_msg ("objective “%s” is not in the PDF's text", titles[i]);
    }
}

/* The marking at top and bottom and "Page N of M" on every page. */
static void
assert_every_page_marked (const char *pdf,
                          const char *marking,
                          const char *title,
                          guint       n)
{
  for (guint page = 1; page <= n; page++)
    {
      g_autofree char *text = pdf_text (pdf, page, page);
      g_autofree char *number = g_strdup_printf ("Page%uof%u", page, n);

      if (count (text, marking) < 2)
        fail_msg ("page %u does not carry the marking %s at top and bottom:\n%s", page, marking, text);
      if (strstr (text, number) == NULL)
        fail_msg ("page %u does not say “Page %u of %u”:\n%s", page, page, n, text);
      if (strstr (text, title) == NULL)
        fail_msg ("page %u does not carry the strategy's title", page);
    }
}

static void
test_sample (void **state)
{
  Fixture *f = *state;
  g_auto(CliRun) r = { 0 };
  g_auto(GStrv) titles = objective_titles (f->strategy, "");
  g_autofree char *info = NULL;
  g_autofree char *body = NULL;
  const char *sections[] = { "Vitalinterests", "Threatpicture", "Roles", "Objectives", "Capabilities", "Budget", "Gaps" };
  const char *at;
  guint n;

  require_poppler ();
  run_cli (&r, NULL, "print", f->strategy, "--out", f->pdf);
  assert_exit (&r, 0);
  info = output_of ("pdfinfo", f->pdf, NULL);
  if (strstr (info, "(A4)") == NULL || strstr (info, "Belgian National Security Strategy") == NULL ||
      strstr (info, "Review summary") == NULL)
    fail_msg ("not an A4 PDF titled as the strategy:\n%s", info);
  n = pdf_pages (f->pdf);
  assert_true (n >= 8 && n <= 20);
  assert_every_page_marked (f->pdf, "RESTRICTED", "BelgianNationalSecurityStrategy", n);
  /* Past the cover and the contents, the sections in order. */
  body = pdf_text (f->pdf, 3, 0);
  at = body;
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      const char *next = strstr (at, sections[i]);
      if (next == NULL)
        fail_msg ("section %s missing or out of order", sections[i]);
      at = next;
    }
  assert_titles_in (body, titles);
  assert_non_null (strstr (body, "Lossofaccesstospacebasedservices"));
}

static void
test_letter (void **state)
{
  Fixture *f = *state;
  g_auto(CliRun) r = { 0 };
  g_autofree char *info = NULL;

  require_poppler ();
  run_cli (&r, NULL, "print", f->strategy, "--out", f->pdf, "--paper", "letter", "--sections", "cover,objectives");
  assert_exit (&r, 0);
  info = output_of ("pdfinfo", f->pdf, NULL);
  if (strstr (info, "612 x 792 pts (letter)") == NULL)
    fail_msg ("not a Letter PDF:\n%s", info);
  assert_every_page_marked (f->pdf, "RESTRICTED", "BelgianNationalSecurityStrategy", pdf_pages (f->pdf));
}

static void
test_actor (void **state)
{
  Fixture *f = *state;
  g_auto(CliRun) r = { 0 };
  g_auto(GStrv) led = objective_titles (f->strategy, "WHERE lead_actor_id = 11");
  g_auto(GStrv) others = objective_titles (f->strategy, "WHERE lead_actor_id IS NOT 11");
  g_autofree char *text = NULL;

  require_poppler ();
  run_cli (&r, NULL, "print", f->strategy, "--out", f->pdf, "--actor", "CCB");
  assert_exit (&r, 0);
  text = pdf_text (f->pdf, 1, 0);
  assert_titles_in (text, led);
  for (guint i = 0; others[i] != NULL; i++)
    {
      g_autofree char *t = flat (others[i]);
      if (strstr (text, t) != NULL)
        fail_msg ("“%s”, led by another actor, is in CCB's part", others[i]);
    }
  assert_non_null (strstr (text, "CentreforCybersecurityBelgium"));
  assert_null (strstr (text, "Threatpicture"));
}

static void
test_long_and_many (void **state)
{
  Fixture *f = *state;
  g_auto(CliRun) r = { 0 };
  g_autofree char *path = g_build_filename (f->dir, "big.strategos", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *sql = NULL;
  g_auto(GStrv) titles = NULL;
  g_autofree char *body = NULL;
  g_autofree char *flat_description = NULL;

  require_poppler ();
  for (guint i = 0; description->len < 5000; i++)
    g_string_append_printf (description, "Sentence %u of the purpose of the strategy, which the council reads in full. ", i);
  run_cli (&r, NULL, "new", path, "--title", "Long strategy");
  assert_exit (&r, 0);
  sql = g_strdup_printf ("UPDATE strategy SET description = '%s', classification = 'SECRET';"
                         "INSERT INTO actor (id, name, abbreviation, kind) VALUES (1, 'Ministry of Defence', 'Defence', 'ministry');"
                         "WITH RECURSIVE i(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM i WHERE k < 300)"
                         " INSERT INTO objective (title, lead_actor_id, deadline, status)"
                         " SELECT printf('Row %%03d of the table of objectives', k), 1, '2030-06-30', 'on_track' FROM i;"
                         /* A title too long for one page: its row is split. */
                         "INSERT INTO objective (title, lead_actor_id) VALUES ('Long title. %s', 1);",
                         description->str, description->str);
  stg_test_run_sql (path, sql);
  run_cli (&r, NULL, "print", path, "--out", f->pdf);
  assert_exit (&r, 0);
  text = pdf_text (f->pdf, 1, 0);
  /* The whole description, in one piece once the page furniture is left out. */
  body = pdf_body_text (f->pdf);
  flat_description = flat (description->str);
  if (strstr (body, flat_description) == NULL)
    fail_msg ("the description is not whole in the PDF's text:\n%s", body);
  titles = objective_titles (path, "WHERE title NOT LIKE 'Long title%'");
  assert_int_equal (g_strv_length (titles), 300);
  assert_titles_in (text, titles);
  /* (test-report checks that the long title's row is split without loss;
   * here its parts lie among the other columns' text.) */
  assert_non_null (strstr (text, "Longtitle.Sentence0ofthepurpose"));
  assert_every_page_marked (f->pdf, "SECRET", "Longstrategy", pdf_pages (f->pdf));
}

static void
test_empty (void **state)
{
  Fixture *f = *state;
  g_auto(CliRun) r = { 0 };
  g_autofree char *path = g_build_filename (f->dir, "empty.strategos", NULL);
  g_autofree char *text = NULL;
  guint n;

  require_poppler ();
  run_cli (&r, NULL, "new", path, "--title", "Empty strategy");
  assert_exit (&r, 0);
  run_cli (&r, NULL, "print", path, "--out", f->pdf);
  assert_exit (&r, 0);
  n = pdf_pages (f->pdf);
  assert_true (n >= 2 && n <= 6);
  text = pdf_text (f->pdf, 1, 0);
  assert_non_null (strstr (text, "Noobjectivesarerecordedyet."));
  assert_non_null (strstr (text, "0objectives"));
  assert_every_page_marked (f->pdf, "UNCLASSIFIED", "Emptystrategy", n);
}

static void
test_bad_usage (void **state)
{
  Fixture *f = *state;
  g_auto(CliRun) r = { 0 };

  run_cli (&r, NULL, "print", f->strategy);   /* no --out */
  assert_exit (&r, 1);
  run_cli (&r, NULL, "print", f->strategy, "--out", f->pdf, "--paper", "a3");
  assert_exit (&r, 1);
  assert_non_null (strstr (r.err, "a3"));
  run_cli (&r, NULL, "print", f->strategy, "--out", f->pdf, "--sections", "cover,annexes");
  assert_exit (&r, 1);
  assert_non_null (strstr (r.err, "annexes"));
  run_cli (&r, NULL, "print", f->strategy, "--out", f->pdf, "--actor", "Ministry of Magic");
  assert_exit (&r, 1);
  assert_non_null (strstr (r.err, "Ministry of Magic"));
  run_cli (&r, NULL, "print", f->strategy, "--out", f->pdf, "--since", "Never saved");
  assert_exit (&r, 1);
  run_cli (&r, NULL, "print", "--out", f->pdf);
  assert_exit (&r, 1);
  assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
}

static void
test_bad_file (void **state)
{
  Fixture *f = *state;
  g_auto(CliRun) r = { 0 };
  g_autofree char *junk = g_build_filename (f->dir, "junk.strategos", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "summary.pdf", NULL);
  g_autoptr(GDir) dir = NULL;
  guint n_files = 0;

  assert_true (g_file_set_contents (junk, "not a strategy", -1, NULL));
  run_cli (&r, NULL, "print", junk, "--out", f->pdf);
  assert_exit (&r, 2);
  assert_non_null (strstr (r.err, "junk.strategos"));
  assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
  run_cli (&r, NULL, "print", f->strategy, "--out", missing);
  assert_exit (&r, 2);
  assert_non_null (strstr (r.err, "summary.pdf"));
  /* Nothing left behind: the sample and the junk only. */
  dir = g_dir_open (f->dir, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  assert_int_equal (n_files, 2);
}

static void
test_since (void **state)
{
  Fixture *f = *state;
  g_auto(CliRun) r = { 0 };
  g_autofree char *text = NULL;
  const char *changes;

  require_poppler ();
  run_cli (&r, NULL, "versions", f->strategy, "--save", "Draft for NSC");
  assert_exit (&r, 0);
  stg_test_run_sql (f->strategy, "UPDATE objective SET status = 'late' WHERE id = 14;");
  run_cli (&r, NULL, "print", f->strategy, "--out", f->pdf, "--since", "Draft for NSC");
  assert_exit (&r, 0);
  text = pdf_text (f->pdf, 1, 0);
  changes = strstr (text, "Changessinceversion“DraftforNSC”");
  assert_non_null (changes);
  assert_non_null (strstr (text, "Rebuilddiplomaticcapacity(changed)"));
  assert_non_null (strstr (changes, "Rebuilddiplomaticcapacity"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_sample, setup, teardown),
    cmocka_unit_test_setup_teardown (test_letter, setup, teardown),
    cmocka_unit_test_setup_teardown (test_actor, setup, teardown),
    cmocka_unit_test_setup_teardown (test_long_and_many, setup, teardown),
    cmocka_unit_test_setup_teardown (test_empty, setup, teardown),
    cmocka_unit_test_setup_teardown (test_bad_usage, setup, teardown),
    cmocka_unit_test_setup_teardown (test_bad_file, setup, teardown),
    cmocka_unit_test_setup_teardown (test_since, setup, teardown),
  };

  stg_test_init ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
