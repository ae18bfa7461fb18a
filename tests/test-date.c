/* test-date.c: ISO dates in files, the locale's dates on screen, impossible days refused */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "stg-test.h"

#include <locale.h>
#include <string.h>

#include "strategos/stg-date.h"

/* stg_assert_error() names its parameters like the GError fields it reads,
 * so its arguments must be spelled "domain" and "code" for now. */
#define check_error(error, expected_domain, expected_code)                    \
  do {                                                                         \
    GQuark domain = (expected_domain);                                         \
    gint code = (gint) (expected_code);                                        \
    stg_assert_error (error, domain, code);                                    \
  } while (0)

typedef gboolean (*DateParser) (const char *, GDate *, GError **);

static void
check_parse (DateParser  parser,
             const char *text,
             guint       year,
             guint       month,
             guint       day)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_date_clear (&date, 1);
  if (!parser (text, &date, &error))
    fail_msg ("“%s” refused: %s", text, error->message);
  stg_assert_no_error (error);
  assert_true (g_date_valid (&date));
  assert_int_equal (g_date_get_year (&date), year);
  assert_int_equal (g_date_get_month (&date), month);
  assert_int_equal (g_date_get_day (&date), day);
}

/* Also checks that @date is untouched and the message is fit to show. */
static void
check_parse_fails (DateParser    parser,
                   const char   *text,
                   StgDateError  expected_code)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2000);
  if (parser (text, &date, &error))
    fail_msg ("“%s” accepted", text);
  assert_int_equal (g_date_get_julian (&date), 730120);
  assert_non_null (error);
  assert_true (g_utf8_validate (error->message, -1, NULL));
  check_error (error, STG_DATE_ERROR, expected_code);
}

static void
check_message (DateParser  parser,
               const char *text,
               const char *expected)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  assert_false (parser (text, &date, &error));
  assert_non_null (error);
  assert_string_equal (error->message, expected);
}

static void
check_format (char       *(*formatter) (const GDate *),
              guint         year,
              guint         month,
              guint         day,
              const char   *expected)
{
  g_autofree char *text = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  text = formatter (&date);
  assert_string_equal (text, expected);
}

static void
test_iso_valid (void **state)
{
  (void) state;
  check_parse (stg_date_parse_iso, "2027-06-30", 2027, 6, 30);
  check_parse (stg_date_parse_iso, "2024-02-29", 2024, 2, 29);
  check_parse (stg_date_parse_iso, "2000-02-29", 2000, 2, 29);
  check_parse (stg_date_parse_iso, "1900-01-01", 1900, 1, 1);
  check_parse (stg_date_parse_iso, "2200-12-31", 2200, 12, 31);
  check_parse (stg_date_parse_iso, "2025-12-31", 2025, 12, 31);
}

static void
test_iso_invalid (void **state)
{
  const char *impossible[] = { "2025-02-30", "2023-02-29", "1900-02-29",
                               "2100-02-29", "2025-13-01", "2025-00-10",
                               "2025-01-00", "2025-04-31", "2025-01-32",
                               "2025-99-99" };

  (void) state;
  for (gsize i = 0; i < G_N_ELEMENTS (impossible); i++)
    check_parse_fails (stg_date_parse_iso, impossible[i], STG_DATE_ERROR_INVALID);
}

static void
test_iso_range (void **state)
{
  const char *out_of_range[] = { "1899-12-31", "2201-01-01", "0000-01-01",
                                 "9999-12-31", "1899-02-30" };

  (void) state;
  for (gsize i = 0; i < G_N_ELEMENTS (out_of_range); i++)
    check_parse_fails (stg_date_parse_iso, out_of_range[i], STG_DATE_ERROR_RANGE);
}

static void
test_iso_syntax (void **state)
{
  const char *malformed[] = {
    "2025-1-1", "2025-02-28x", "", " 2025-02-28", "2025-02-28 ", "2025/02/28",
    "20250228", "25-02-28", "02-28-2025", "28-02-2025", "+2025-02-28",
    "2025-02-2", "2025-002-28", "12025-02-28", "2025-02-28T00:00",
    "２０２５-02-28", "2025-0a-28", "2025–02–28", "2025-02-28\xff",
    "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6",
  };

  (void) state;
  for (gsize i = 0; i < G_N_ELEMENTS (malformed); i++)
    check_parse_fails (stg_date_parse_iso, malformed[i], STG_DATE_ERROR_SYNTAX);
}

static void
test_iso_messages (void **state)
{
  (void) state;
  check_message (stg_date_parse_iso, "2025-02-30",
                 "“2025-02-30” is not a day of the calendar");
  check_message (stg_date_parse_iso, "2025-1-1",
                 "“2025-1-1” is not a date; type it as 2027-06-30");
  check_message (stg_date_parse_iso, "1899-12-31",
                 "“1899-12-31” is out of range: years go from 1900 to 2200");
  check_message (stg_date_parse_iso, "2025-02-28\xff",
                 "“2025-02-28\uFFFD” is not a date; type it as 2027-06-30");
}

static void
test_iso_format (void **state)
{
  (void) state;
  check_format (stg_date_format_iso, 2027, 6, 30, "2027-06-30");
  check_format (stg_date_format_iso, 1900, 1, 1, "1900-01-01");
  check_format (stg_date_format_iso, 2200, 12, 31, "2200-12-31");
  check_format (stg_date_format_iso, 2024, 2, 29, "2024-02-29");
  /* Outside the range the app keeps, but GDate allows it: still 4 digits. */
  check_format (stg_date_format_iso, 999, 1, 1, "0999-01-01");
}

static void
test_iso_validate (void **state)
{
  g_autoptr(GError) error = NULL;

  (void) state;
  assert_true (stg_date_validate_iso (NULL, &error));
  assert_true (stg_date_validate_iso ("", &error));
  assert_true (stg_date_validate_iso ("2024-02-29", &error));
  stg_assert_no_error (error);
  assert_false (stg_date_validate_iso ("2025-02-30", &error));
  check_error (error, STG_DATE_ERROR, STG_DATE_ERROR_INVALID);
  assert_false (stg_date_validate_iso ("30/06/2027", &error));
  check_error (error, STG_DATE_ERROR, STG_DATE_ERROR_SYNTAX);
  assert_false (stg_date_validate_iso ("2201-01-01", &error));
  check_error (error, STG_DATE_ERROR, STG_DATE_ERROR_RANGE);
}

/* Every day of the range reads back as itself. */
static void
check_round_trip (char     *(*formatter) (const GDate *),
                  DateParser   parser)
{
  GDate date, last, back;

  g_date_clear (&date, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, STG_YEAR_MIN);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, STG_YEAR_MAX);
  for (; g_date_compare (&date, &last) <= 0; g_date_add_days (&date, 1))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = formatter (&date);

      g_date_clear (&back, 1);
      if (!parser (text, &back, &error))
        fail_msg ("“%s” refused: %s", text, error->message);
      assert_int_equal (g_date_get_julian (&back), g_date_get_julian (&date));
    }
}

static void
test_iso_round_trip (void **state)
{
  (void) state;
  check_round_trip (stg_date_format_iso, stg_date_parse_iso);
}

/* C means no locale was chosen: the file's ISO form, not "%m/%d/%y". */
static void
check_c_locale (const char *name)
{
  stg_test_require_locale (name);
  check_format (stg_date_format_locale, 2027, 6, 30, "2027-06-30");
  check_format (stg_date_format_locale, 1900, 1, 1, "1900-01-01");
  check_format (stg_date_format_locale, 999, 1, 1, "0999-01-01");
  check_parse (stg_date_parse_locale, "2027-06-30", 2027, 6, 30);
  check_parse (stg_date_parse_locale, " 2027-06-30 ", 2027, 6, 30);
  check_parse (stg_date_parse_locale, "2027/6/30", 2027, 6, 30);
  check_parse (stg_date_parse_locale, "2027.06.30", 2027, 6, 30);
  check_parse_fails (stg_date_parse_locale, "30/06/2027", STG_DATE_ERROR_SYNTAX);
  check_parse_fails (stg_date_parse_locale, "06/30/2027", STG_DATE_ERROR_SYNTAX);
  check_parse_fails (stg_date_parse_locale, "2025-02-30", STG_DATE_ERROR_INVALID);
  check_message (stg_date_parse_locale, "30/06/2027",
                 "“30/06/2027” is not a date; type it as 2027-06-30");
  check_round_trip (stg_date_format_locale, stg_date_parse_locale);
}

static void test_locale_c (void **s) { (void) s; check_c_locale ("C"); }
static void test_locale_c_utf8 (void **s) { (void) s; check_c_locale ("C.UTF-8"); }

/* What every locale of day-month-year order accepts and refuses. */
static void
check_day_month_year (void)
{
  DateParser parse = stg_date_parse_locale;

  check_parse (parse, "30/06/2027", 2027, 6, 30);
  check_parse (parse, "30.06.2027", 2027, 6, 30);
  check_parse (parse, "30-06-2027", 2027, 6, 30);
  check_parse (parse, "30 06 2027", 2027, 6, 30);
  check_parse (parse, "30.6.2027", 2027, 6, 30);
  check_parse (parse, "30/06/27", 2027, 6, 30);
  check_parse (parse, "1/2/2025", 2025, 2, 1);
  check_parse (parse, "01/02/25", 2025, 2, 1);
  check_parse (parse, "29/02/00", 2000, 2, 29);
  check_parse (parse, "31/12/99", 2099, 12, 31);
  check_parse (parse, "  30/06/2027\n", 2027, 6, 30);
  check_parse (parse, "2027-06-30", 2027, 6, 30);
  check_parse_fails (parse, "31/02/2025", STG_DATE_ERROR_INVALID);
  check_parse_fails (parse, "29/02/2023", STG_DATE_ERROR_INVALID);
  check_parse_fails (parse, "06/30/2027", STG_DATE_ERROR_INVALID);
  check_parse_fails (parse, "2025-02-30", STG_DATE_ERROR_INVALID);
  check_parse_fails (parse, "30/06/1899", STG_DATE_ERROR_RANGE);
  check_parse_fails (parse, "01/01/2201", STG_DATE_ERROR_RANGE);
  check_parse_fails (parse, "30/06", STG_DATE_ERROR_SYNTAX);
  check_parse_fails (parse, "30/06/202", STG_DATE_ERROR_SYNTAX);
  check_parse_fails (parse, "30/006/2027", STG_DATE_ERROR_SYNTAX);
  check_parse_fails (parse, "30062027", STG_DATE_ERROR_SYNTAX);
  check_parse_fails (parse, "30/06/2027x", STG_DATE_ERROR_SYNTAX);
  check_parse_fails (parse, "30/06/2027/1", STG_DATE_ERROR_SYNTAX);
  check_parse_fails (parse, "30_06_2027", STG_DATE_ERROR_SYNTAX);
  check_parse_fails (parse, "2025-1-1", STG_DATE_ERROR_SYNTAX);
  check_parse_fails (parse, "", STG_DATE_ERROR_SYNTAX);
  check_parse_fails (parse, "30/06/2027\xff", STG_DATE_ERROR_SYNTAX);
  check_parse_fails (parse, "-30/06/2027", STG_DATE_ERROR_SYNTAX);
}

static void
check_locale (const char *name,
              const char *expected)
{
  stg_test_require_locale (name);
  check_format (stg_date_format_locale, 2027, 6, 30, expected);
  check_round_trip (stg_date_format_locale, stg_date_parse_locale);
}

static void
test_locale_nl_be (void **state)
{
  (void) state;
  check_locale ("nl_BE.UTF-8", "30-06-2027");
  check_format (stg_date_format_locale, 2025, 2, 1, "01-02-2025");
  check_day_month_year ();
  check_message (stg_date_parse_locale, "30/06",
                 "“30/06” is not a date; type it as 30-06-2027");
  check_message (stg_date_parse_locale, "31/02/2025",
                 "“31/02/2025” is not a day of the calendar");
}

static void
test_locale_fr_be (void **state)
{
  (void) state;
  check_locale ("fr_BE.UTF-8", "30/06/2027");
  check_day_month_year ();
}

static void
test_locale_de_be (void **state)
{
  (void) state;
  /* glibc gives de_BE "%Y-%m-%d", unlike de_DE. */
  check_locale ("de_BE.UTF-8", "2027-06-30");
  check_parse (stg_date_parse_locale, "2027.6.30", 2027, 6, 30);
  check_parse_fails (stg_date_parse_locale, "30.06.2027", STG_DATE_ERROR_SYNTAX);
}

static void
test_locale_de_de (void **state)
{
  (void) state;
  check_locale ("de_DE.UTF-8", "30.06.2027");
  check_day_month_year ();
  check_message (stg_date_parse_locale, "30.06.",
                 "“30.06.” is not a date; type it as 30.06.2027");
}

static void
test_locale_en_gb (void **state)
{
  (void) state;
  /* D_FMT has "%y": on screen the year always has four digits. */
  check_locale ("en_GB.UTF-8", "30/06/2027");
  check_day_month_year ();
}

static void
test_locale_fr_fr (void **state)
{
  (void) state;
  check_locale ("fr_FR.UTF-8", "30/06/2027");
  check_day_month_year ();
}

static void
test_locale_en_us (void **state)
{
  DateParser parse = stg_date_parse_locale;

  (void) state;
  check_locale ("en_US.UTF-8", "06/30/2027");
  check_format (stg_date_format_locale, 2025, 2, 1, "02/01/2025");
  check_parse (parse, "6/30/2027", 2027, 6, 30);
  check_parse (parse, "06-30-27", 2027, 6, 30);
  check_parse (parse, "2/1/2025", 2025, 2, 1);
  check_parse (parse, "2027-06-30", 2027, 6, 30);
  check_parse_fails (parse, "30/06/2027", STG_DATE_ERROR_INVALID);
  check_message (parse, "June 30",
                 "“June 30” is not a date; type it as 06/30/2027");
}

int
main (void)
{
  stg_test_init ();
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_iso_valid),
    cmocka_unit_test (test_iso_invalid),
    cmocka_unit_test (test_iso_range),
    cmocka_unit_test (test_iso_syntax),
    cmocka_unit_test (test_iso_messages),
    cmocka_unit_test (test_iso_format),
    cmocka_unit_test (test_iso_validate),
    cmocka_unit_test (test_iso_round_trip),
    cmocka_unit_test_teardown (test_locale_c, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_locale_c_utf8, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_locale_nl_be, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_locale_fr_be, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_locale_de_be, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_locale_de_de, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_locale_en_gb, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_locale_fr_fr, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_locale_en_us, stg_test_restore_c_locale),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
