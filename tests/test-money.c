/* test-money.c: amounts are exact, refuse what is not an amount, read back what they write */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "stg-test.h"

#include <locale.h>
#include <string.h>

#include "strategos/stg-money.h"

/* Whatever a test leaves in @result when it should not have been touched. */
#define UNTOUCHED G_GINT64_CONSTANT (4242)

/* stg_assert_error() names its parameters like the GError fields it reads,
 * so its arguments must be spelled "domain" and "code" for now. */
#define check_error(error, expected_domain, expected_code)                    \
  do {                                                                         \
    GQuark domain = (expected_domain);                                         \
    gint code = (gint) (expected_code);                                        \
    stg_assert_error (error, domain, code);                                    \
  } while (0)

static const StgNumberFormat nl_be = { ',', '.' };
static const StgNumberFormat en_us = { '.', ',' };
static const StgNumberFormat fr_fr = { ',', 0x202F };
static const StgNumberFormat no_groups = { ',', 0 };

static void
check_format (gint64                 amount,
              guint                  decimals,
              const StgNumberFormat *format,
              const char            *expected)
{
  g_autofree char *text = stg_money_format (amount, decimals, format);

  assert_string_equal (text, expected);
}

static void
check_parse (const char            *text,
             guint                  decimals,
             const StgNumberFormat *format,
             gint64                 expected)
{
  g_autoptr(GError) error = NULL;
  gint64 result = UNTOUCHED;

  if (!stg_money_parse (text, decimals, format, &result, &error))
    fail_msg ("“%s” refused: %s", text, error->message);
  stg_assert_no_error (error);
  assert_int_equal (result, expected);
}

/* Also checks that @result is untouched and the message is fit to show. */
static void
check_parse_fails (const char            *text,
                   guint                  decimals,
                   const StgNumberFormat *format,
                   StgMoneyError          expected_code)
{
  g_autoptr(GError) error = NULL;
  gint64 result = UNTOUCHED;

  if (stg_money_parse (text, decimals, format, &result, &error))
    fail_msg ("“%s” accepted as %" G_GINT64_FORMAT, text, result);
  assert_int_equal (result, UNTOUCHED);
  assert_non_null (error);
  assert_true (g_utf8_validate (error->message, -1, NULL));
  assert_true (strlen (error->message) > 0);
  check_error (error, STG_MONEY_ERROR, expected_code);
}

static void
check_parse_message (const char            *text,
                     guint                  decimals,
                     const StgNumberFormat *format,
                     const char            *expected)
{
  g_autoptr(GError) error = NULL;
  gint64 result = UNTOUCHED;

  assert_false (stg_money_parse (text, decimals, format, &result, &error));
  assert_non_null (error);
  assert_string_equal (error->message, expected);
}

typedef gboolean (*MoneyOperation) (gint64, gint64, gint64 *, GError **);

static void
check_operation (MoneyOperation operation,
                 gint64         a,
                 gint64         b,
                 gint64         expected)
{
  g_autoptr(GError) error = NULL;
  gint64 result = UNTOUCHED;

  assert_true (operation (a, b, &result, &error));
  stg_assert_no_error (error);
  assert_int_equal (result, expected);
}

static void
check_operation_overflows (MoneyOperation operation,
                           gint64         a,
                           gint64         b)
{
  g_autoptr(GError) error = NULL;
  gint64 result = UNTOUCHED;

  assert_false (operation (a, b, &result, &error));
  assert_int_equal (result, UNTOUCHED);
  assert_non_null (error);
  assert_true (strlen (error->message) > 0);
  check_error (error, STG_MONEY_ERROR, STG_MONEY_ERROR_OVERFLOW);
}

static void
test_add (void **state)
{
  (void) state;
  check_operation (stg_money_add, 199, 1, 200);
  check_operation (stg_money_add, -5, 3, -2);
  check_operation (stg_money_add, G_MAXINT64, 0, G_MAXINT64);
  check_operation (stg_money_add, G_MININT64, G_MAXINT64, -1);
  check_operation (stg_money_add, G_MAXINT64 - 1, 1, G_MAXINT64);
  check_operation (stg_money_add, G_MININT64 + 1, -1, G_MININT64);
  check_operation_overflows (stg_money_add, G_MAXINT64, 1);
  check_operation_overflows (stg_money_add, 1, G_MAXINT64);
  check_operation_overflows (stg_money_add, G_MAXINT64, G_MAXINT64);
  check_operation_overflows (stg_money_add, G_MININT64, -1);
  check_operation_overflows (stg_money_add, G_MININT64, G_MININT64);
}

static void
test_subtract (void **state)
{
  (void) state;
  check_operation (stg_money_subtract, 1000, 1, 999);
  check_operation (stg_money_subtract, 0, 5, -5);
  check_operation (stg_money_subtract, -1, G_MAXINT64, G_MININT64);
  check_operation (stg_money_subtract, 0, G_MAXINT64, -G_MAXINT64);
  check_operation (stg_money_subtract, -1, G_MININT64, G_MAXINT64);
  check_operation_overflows (stg_money_subtract, G_MININT64, 1);
  check_operation_overflows (stg_money_subtract, G_MAXINT64, -1);
  check_operation_overflows (stg_money_subtract, 0, G_MININT64);
  check_operation_overflows (stg_money_subtract, G_MAXINT64, G_MININT64);
}

static void
test_multiply (void **state)
{
  (void) state;
  check_operation (stg_money_multiply, 1999, 3, 5997);
  check_operation (stg_money_multiply, -250, 4, -1000);
  check_operation (stg_money_multiply, G_MININT64, 0, 0);
  check_operation (stg_money_multiply, G_MININT64, 1, G_MININT64);
  check_operation (stg_money_multiply, G_MAXINT64, -1, -G_MAXINT64);
  check_operation (stg_money_multiply, G_MININT64 / 2, 2, G_MININT64);
  check_operation (stg_money_multiply, G_MAXINT64 / 2, 2, G_MAXINT64 - 1);
  check_operation_overflows (stg_money_multiply, G_MAXINT64, 2);
  check_operation_overflows (stg_money_multiply, G_MAXINT64 / 2 + 1, 2);
  check_operation_overflows (stg_money_multiply, G_MININT64 / 2 - 1, 2);
  check_operation_overflows (stg_money_multiply, G_MININT64, -1);
  check_operation_overflows (stg_money_multiply, G_MININT64, 2);
  check_operation_overflows (stg_money_multiply, G_MAXINT64, G_MAXINT64);
  check_operation_overflows (stg_money_multiply, G_GINT64_CONSTANT (4294967296),
                             G_GINT64_CONSTANT (4294967296) * 2);
}

static void
test_currency_decimals (void **state)
{
  (void) state;
  assert_int_equal (stg_currency_decimals ("EUR"), 2);
  assert_int_equal (stg_currency_decimals ("USD"), 2);
  assert_int_equal (stg_currency_decimals ("JPY"), 0);
  assert_int_equal (stg_currency_decimals ("KRW"), 0);
  assert_int_equal (stg_currency_decimals ("KWD"), 3);
  assert_int_equal (stg_currency_decimals ("BHD"), 3);
  assert_int_equal (stg_currency_decimals ("CLF"), 4);
  assert_int_equal (stg_currency_decimals ("XYZ"), 2);
  assert_int_equal (stg_currency_decimals (""), 2);
}

static void
test_format_c (void **state)
{
  const StgNumberFormat *c = stg_number_format_c ();

  (void) state;
  assert_int_equal (c->decimal_mark, '.');
  assert_int_equal (c->group_mark, 0);
  check_format (123456789, 2, c, "1234567.89");
  check_format (0, 2, c, "0.00");
  check_format (1, 2, c, "0.01");
  check_format (-5, 2, c, "-0.05");
  check_format (-100, 2, c, "-1.00");
  check_format (-123456789, 2, c, "-1234567.89");
  check_format (0, 0, c, "0");
  check_format (-7, 0, c, "-7");
  check_format (1234567, 3, c, "1234.567");
  check_format (1, 3, c, "0.001");
  check_format (1, 4, c, "0.0001");
}

static void
test_format_extremes (void **state)
{
  (void) state;
  check_format (G_MAXINT64, 2, stg_number_format_c (), "92233720368547758.07");
  check_format (G_MININT64, 2, stg_number_format_c (), "-92233720368547758.08");
  check_format (G_MININT64, 0, stg_number_format_c (), "-9223372036854775808");
  check_format (G_MAXINT64, 0, &nl_be, "9.223.372.036.854.775.807");
  check_format (G_MININT64, 2, &nl_be, "-92.233.720.368.547.758,08");
  check_format (G_MININT64, 3, &en_us, "-9,223,372,036,854,775.808");
  check_format (G_MININT64, 18, stg_number_format_c (), "-9.223372036854775808");
  check_format (1, 18, stg_number_format_c (), "0.000000000000000001");
}

static void
test_format_grouping (void **state)
{
  (void) state;
  check_format (123456789, 2, &nl_be, "1.234.567,89");
  check_format (123456789, 2, &en_us, "1,234,567.89");
  check_format (123456789, 2, &fr_fr, "1\u202F234\u202F567,89");
  check_format (123456789, 2, &no_groups, "1234567,89");
  check_format (-123456789, 2, &nl_be, "-1.234.567,89");
  check_format (-5, 2, &nl_be, "-0,05");
  check_format (99999, 2, &nl_be, "999,99");
  check_format (100000, 2, &nl_be, "1.000,00");
  check_format (12345678, 2, &nl_be, "123.456,78");
  check_format (1234567, 0, &nl_be, "1.234.567");
  check_format (123456, 0, &nl_be, "123.456");
  check_format (999, 0, &nl_be, "999");
  check_format (1234567, 3, &nl_be, "1.234,567");
  check_format (-1000, 3, &en_us, "-1.000");
}

static void
check_locale_marks (const char *name,
                    gunichar    decimal_mark,
                    gunichar    group_mark)
{
  StgNumberFormat format = stg_number_format_for_locale (name);

  if (format.decimal_mark != decimal_mark || format.group_mark != group_mark)
    fail_msg ("%s gives U+%04X and U+%04X, expected U+%04X and U+%04X", name,
              format.decimal_mark, format.group_mark, decimal_mark, group_mark);
}

static void
test_format_for_locale (void **state)
{
  (void) state;
  check_locale_marks ("nl_BE.UTF-8", ',', '.');
  check_locale_marks ("nl_BE", ',', '.');
  check_locale_marks ("fr_BE@euro", ',', '.');
  check_locale_marks ("fr_BE.UTF-8", ',', '.');
  check_locale_marks ("de_BE.UTF-8", ',', '.');
  check_locale_marks ("de_DE.UTF-8", ',', '.');
  check_locale_marks ("en_GB.UTF-8", '.', ',');
  check_locale_marks ("en_US.UTF-8", '.', ',');
  check_locale_marks ("en_IE", '.', ',');
  check_locale_marks ("fr_FR.UTF-8", ',', 0x202F);
  check_locale_marks ("C", '.', 0);
  check_locale_marks ("C.UTF-8", '.', 0);
  check_locale_marks ("POSIX", '.', 0);
  /* Neither known nor the current locale: the C form. */
  check_locale_marks ("xx_YY.UTF-8", '.', 0);
  check_locale_marks ("eng_XX", '.', 0);
}

static void
check_format_in_locale (const char *name,
                        const char *expected)
{
  StgNumberFormat format = stg_number_format_for_locale (name);

  check_format (123456789, 2, &format, expected);
}

static void
test_format_locale_table (void **state)
{
  (void) state;
  check_format_in_locale ("C", "1234567.89");
  check_format_in_locale ("nl_BE.UTF-8", "1.234.567,89");
  check_format_in_locale ("fr_BE.UTF-8", "1.234.567,89");
  check_format_in_locale ("de_BE.UTF-8", "1.234.567,89");
  check_format_in_locale ("en_GB.UTF-8", "1,234,567.89");
  check_format_in_locale ("en_US.UTF-8", "1,234,567.89");
  check_format_in_locale ("fr_FR.UTF-8", "1\u202F234\u202F567,89");
}

static void
check_current (const char *locale,
               gunichar    decimal_mark,
               gunichar    group_mark)
{
  StgNumberFormat format;

  stg_test_require_locale (locale);
  format = stg_number_format_current ();
  if (format.decimal_mark != decimal_mark || format.group_mark != group_mark)
    fail_msg ("%s gives U+%04X and U+%04X, expected U+%04X and U+%04X", locale,
              format.decimal_mark, format.group_mark, decimal_mark, group_mark);
}

static void test_current_c (void **s) { (void) s; check_current ("C", '.', 0); }
static void test_current_c_utf8 (void **s) { (void) s; check_current ("C.UTF-8", '.', 0); }
static void test_current_nl_be (void **s) { (void) s; check_current ("nl_BE.UTF-8", ',', '.'); }
static void test_current_fr_be (void **s) { (void) s; check_current ("fr_BE.UTF-8", ',', '.'); }
static void test_current_de_be (void **s) { (void) s; check_current ("de_BE.UTF-8", ',', '.'); }
static void test_current_en_gb (void **s) { (void) s; check_current ("en_GB.UTF-8", '.', ','); }
static void test_current_en_us (void **s) { (void) s; check_current ("en_US.UTF-8", '.', ','); }
static void test_current_fr_fr (void **s) { (void) s; check_current ("fr_FR.UTF-8", ',', 0x202F); }
/* Not in the table: read from localeconv(), a multi-byte group mark and
 * an empty one. */
static void test_current_de_ch (void **s) { (void) s; check_current ("de_CH.UTF-8", '.', 0x2019); }
static void test_current_pt_pt (void **s) { (void) s; check_current ("pt_PT.UTF-8", ',', 0); }

static void
test_current_formats (void **state)
{
  StgNumberFormat format;

  (void) state;
  stg_test_require_locale ("nl_BE.UTF-8");
  format = stg_number_format_current ();
  check_format (123456789, 2, &format, "1.234.567,89");
  check_parse ("12,5", 2, &format, 1250);
}

/* Spread over every length of digits and both signs. */
static GArray *
sample_amounts (void)
{
  GArray *amounts = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 fixed[] = { 0, 1, -1, 5, -5, 99, 100, 999, 1000, 99999, 100000,
                     123456789, G_MAXINT64, G_MININT64, G_MAXINT64 - 1,
                     G_MININT64 + 1 };
  GRand *rand = g_rand_new_with_seed (20270630);
  gint64 power = 1;

  g_array_append_vals (amounts, fixed, G_N_ELEMENTS (fixed));
  for (int digits = 1; digits <= 18; digits++, power *= 10)
    for (int i = 0; i < 50; i++)
      {
        guint64 low = (guint64) g_rand_int (rand) << 32 | g_rand_int (rand);
        gint64 value = (gint64) (g_rand_int (rand) % 9 + 1) * power
                       + (gint64) (low % (guint64) power);
        if (i % 2)
          value = -value;
        g_array_append_val (amounts, value);
      }
  g_rand_free (rand);
  return amounts;
}

static char *
without_group_marks (const char            *text,
                     const StgNumberFormat *format)
{
  char mark[8] = { 0 };
  g_auto(GStrv) parts = NULL;

  if (format->group_mark == 0)
    return g_strdup (text);
  g_unichar_to_utf8 (format->group_mark, mark);
  parts = g_strsplit (text, mark, -1);
  return g_strjoinv ("", parts);
}

static void
check_round_trip (gint64                 amount,
                  guint                  decimals,
                  const StgNumberFormat *format)
{
  g_autofree char *text = stg_money_format (amount, decimals, format);
  g_autofree char *bare = without_group_marks (text, format);

  check_parse (text, decimals, format, amount);
  check_parse (bare, decimals, format, amount);
}

static void
test_parse_round_trip (void **state)
{
  const StgNumberFormat *formats[] = { stg_number_format_c (), &nl_be, &en_us,
                                       &fr_fr, &no_groups };
  guint decimals[] = { 0, 2, 3, 4 };
  g_autoptr(GArray) amounts = sample_amounts ();

  (void) state;
  for (guint a = 0; a < amounts->len; a++)
    for (gsize f = 0; f < G_N_ELEMENTS (formats); f++)
      for (gsize d = 0; d < G_N_ELEMENTS (decimals); d++)
        check_round_trip (g_array_index (amounts, gint64, a), decimals[d],
                          formats[f]);
}

static void
test_parse_accepts (void **state)
{
  (void) state;
  check_parse ("12,5", 2, &nl_be, 1250);
  check_parse ("12", 2, &nl_be, 1200);
  check_parse ("12,50", 2, &nl_be, 1250);
  check_parse ("12,", 2, &nl_be, 1200);
  check_parse (",5", 2, &nl_be, 50);
  check_parse ("-0,05", 2, &nl_be, -5);
  check_parse ("-0", 2, &nl_be, 0);
  check_parse ("\u221212,50", 2, &nl_be, -1250);
  check_parse ("  1.234,56\n", 2, &nl_be, 123456);
  check_parse ("\u00A012,00\u00A0", 2, &nl_be, 1200);
  check_parse ("1.500", 2, &nl_be, 150000);
  check_parse ("007", 2, &nl_be, 700);
  check_parse ("00000000000000000000000012,5", 2, &nl_be, 1250);
  check_parse ("1.234.567", 0, &nl_be, 1234567);
  check_parse ("1,234", 3, &nl_be, 1234);
  check_parse ("0,001", 3, &nl_be, 1);
  check_parse ("1,500.00", 2, &en_us, 150000);
  check_parse ("1500", 2, &en_us, 150000);
  check_parse ("1234567.89", 2, stg_number_format_c (), 123456789);
  /* Typists in fr_FR type an ordinary or a no-break space. */
  check_parse ("1\u202F234,56", 2, &fr_fr, 123456);
  check_parse ("1 234,56", 2, &fr_fr, 123456);
  check_parse ("1\u00A0234,56", 2, &fr_fr, 123456);
}

static void
test_parse_extremes (void **state)
{
  const StgNumberFormat *c = stg_number_format_c ();

  (void) state;
  check_parse ("9223372036854775807", 0, c, G_MAXINT64);
  check_parse ("-9223372036854775808", 0, c, G_MININT64);
  check_parse ("92233720368547758.07", 2, c, G_MAXINT64);
  check_parse ("-92233720368547758.08", 2, c, G_MININT64);
  check_parse ("-92.233.720.368.547.758,08", 2, &nl_be, G_MININT64);
  check_parse_fails ("9223372036854775808", 0, c, STG_MONEY_ERROR_OVERFLOW);
  check_parse_fails ("-9223372036854775809", 0, c, STG_MONEY_ERROR_OVERFLOW);
  check_parse_fails ("92233720368547758.08", 2, c, STG_MONEY_ERROR_OVERFLOW);
  check_parse_fails ("-92233720368547758.09", 2, c, STG_MONEY_ERROR_OVERFLOW);
  /* Overflows only once the missing decimal is padded. */
  check_parse_fails ("92233720368547758.1", 2, c, STG_MONEY_ERROR_OVERFLOW);
  check_parse_fails ("92233720368547759", 2, c, STG_MONEY_ERROR_OVERFLOW);
  check_parse_fails ("99999999999999999999999999", 0, c, STG_MONEY_ERROR_OVERFLOW);
  check_parse_fails ("18446744073709551616", 0, c, STG_MONEY_ERROR_OVERFLOW);
  check_parse_fails ("92.233.720.368.547.758,08", 2, &nl_be, STG_MONEY_ERROR_OVERFLOW);
}

static void
test_parse_refuses_syntax (void **state)
{
  const char *nl_be_refused[] = {
    "1.23.4,00", "12a", "", "  ", "\n", "--1", "-", ",", "1,2,3", "1.5", ".5",
    "1.", "1..234", "1234.567", "1.2345", "+12", "1,2.3", "12 34", "1e5",
    "0x10", "12,5-", "- 12", "1\u202F234", "\u0661\u0662", "12€", "€12",
  };

  (void) state;
  for (gsize i = 0; i < G_N_ELEMENTS (nl_be_refused); i++)
    check_parse_fails (nl_be_refused[i], 2, &nl_be, STG_MONEY_ERROR_SYNTAX);
  check_parse_fails ("1,5", 2, &en_us, STG_MONEY_ERROR_SYNTAX);
  check_parse_fails ("1,2,3", 2, &en_us, STG_MONEY_ERROR_SYNTAX);
  check_parse_fails ("1.2.3", 2, &en_us, STG_MONEY_ERROR_SYNTAX);
  check_parse_fails ("1,234.56", 2, stg_number_format_c (), STG_MONEY_ERROR_SYNTAX);
  check_parse_fails ("1.2.3", 2, stg_number_format_c (), STG_MONEY_ERROR_SYNTAX);
  check_parse_fails ("1.234,56", 2, &no_groups, STG_MONEY_ERROR_SYNTAX);
  check_parse_fails ("1 23,45", 2, &fr_fr, STG_MONEY_ERROR_SYNTAX);
}

static void
test_parse_refuses_precision (void **state)
{
  (void) state;
  check_parse_fails ("1,2345", 2, &nl_be, STG_MONEY_ERROR_PRECISION);
  check_parse_fails ("0,001", 2, &nl_be, STG_MONEY_ERROR_PRECISION);
  check_parse_fails ("1,5", 0, &nl_be, STG_MONEY_ERROR_PRECISION);
  check_parse_fails ("1,0001", 3, &nl_be, STG_MONEY_ERROR_PRECISION);
  check_parse_fails ("1.234", 2, stg_number_format_c (), STG_MONEY_ERROR_PRECISION);
}

static void
test_parse_refuses_encoding (void **state)
{
  (void) state;
  check_parse_fails ("\xff" "12", 2, &nl_be, STG_MONEY_ERROR_ENCODING);
  check_parse_fails ("12\xc3", 2, &nl_be, STG_MONEY_ERROR_ENCODING);
  check_parse_fails ("\xe2\x88" "12", 2, &nl_be, STG_MONEY_ERROR_ENCODING);
  check_parse_fails ("1\xc0\xae" "5", 2, &nl_be, STG_MONEY_ERROR_ENCODING);
}

static void
test_parse_messages (void **state)
{
  (void) state;
  check_parse_message ("12a", 2, &nl_be,
                       "“12a” is not an amount: unexpected “a” at position 3");
  check_parse_message ("  12a \t", 2, &nl_be,
                       "“12a” is not an amount: unexpected “a” at position 3");
  check_parse_message ("€12", 2, &nl_be,
                       "“€12” is not an amount: unexpected “€” at position 1");
  check_parse_message ("12\x01", 2, &nl_be,
                       "“12\x01” is not an amount: unexpected “U+0001” at position 3");
  check_parse_message ("1.23.4,00", 2, &nl_be,
                       "“1.23.4,00” is not an amount: the group mark at position 5 "
                       "must separate groups of three digits");
  check_parse_message ("1.5", 2, &nl_be,
                       "“1.5” is not an amount: the group mark at position 2 "
                       "must separate groups of three digits");
  check_parse_message ("1,2345", 2, &nl_be,
                       "“1,2345” has more decimals than the currency allows (2)");
  check_parse_message ("9223372036854775808", 0, &nl_be,
                       "“9223372036854775808” is too large an amount");
  check_parse_message ("-", 2, &nl_be, "“-” is not an amount: it has no digits");
  check_parse_message ("  ", 2, &nl_be, "The amount is empty: type a number");
  check_parse_message ("\xff" "12", 2, &nl_be,
                       "“\uFFFD12” is not an amount: it is not valid UTF-8 text");
}

static void
test_format_whole (void **state)
{
  const StgNumberFormat en = { '.', ',' };
  const struct { gint64 cents; const char *text; } cases[] = {
    { 123456789, "1,234,568" }, { 123456749, "1,234,567" }, { 50, "1" }, { 49, "0" },
    { -50, "-1" }, { -49, "0" }, { 0, "0" }, { G_MAXINT64, "92,233,720,368,547,758" },
    { G_MININT64, "-92,233,720,368,547,758" },
  };

  (void) state;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = stg_money_format_whole (cases[i].cents, 2, &en);
      assert_string_equal (text, cases[i].text);
    }
}

int
main (void)
{
  stg_test_init ();
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_format_whole),
    cmocka_unit_test (test_add),
    cmocka_unit_test (test_subtract),
    cmocka_unit_test (test_multiply),
    cmocka_unit_test (test_currency_decimals),
    cmocka_unit_test (test_format_c),
    cmocka_unit_test (test_format_extremes),
    cmocka_unit_test (test_format_grouping),
    cmocka_unit_test (test_format_for_locale),
    cmocka_unit_test (test_format_locale_table),
    cmocka_unit_test_teardown (test_current_c, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_current_c_utf8, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_current_nl_be, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_current_fr_be, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_current_de_be, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_current_en_gb, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_current_en_us, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_current_fr_fr, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_current_de_ch, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_current_pt_pt, stg_test_restore_c_locale),
    cmocka_unit_test_teardown (test_current_formats, stg_test_restore_c_locale),
    cmocka_unit_test (test_parse_round_trip),
    cmocka_unit_test (test_parse_accepts),
    cmocka_unit_test (test_parse_extremes),
    cmocka_unit_test (test_parse_refuses_syntax),
    cmocka_unit_test (test_parse_refuses_precision),
    cmocka_unit_test (test_parse_refuses_encoding),
    cmocka_unit_test (test_parse_messages),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
