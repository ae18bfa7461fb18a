/* stg-money.c: exact amounts in integer minor units, formatted and parsed per locale */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-money"

#include "config.h"

#include "strategos/stg-money.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

G_DEFINE_QUARK (stg-money-error-quark, stg_money_error)

/* A gint64 has 19 digits: more decimals than this leave no unit digit and
 * would only make format() allocate absurd strings. */
#define MAX_DECIMALS 18

#define MINUS_SIGN 0x2212

static const StgNumberFormat c_format = { '.', 0 };

/* Locales whose marks we know better than (or independently of) the
 * machine's localeconv(): a name without '_' matches every territory. */
static const struct {
  const char      *name;
  StgNumberFormat  format;
} known_formats[] = {
  { "C",     { '.', 0 } },
  { "POSIX", { '.', 0 } },
  { "nl_BE", { ',', '.' } },
  { "fr_BE", { ',', '.' } },
  { "de_BE", { ',', '.' } },
  { "de_DE", { ',', '.' } },
  { "fr_FR", { ',', 0x202F } },
  { "en",    { '.', ',' } },
};

/* Only ISO 4217 currencies whose minor unit is not 2 decimals. */
static const struct {
  const char *code;
  guint       decimals;
} currency_decimals[] = {
  { "BIF", 0 }, { "CLP", 0 }, { "DJF", 0 }, { "GNF", 0 }, { "ISK", 0 },
  { "JPY", 0 }, { "KMF", 0 }, { "KRW", 0 }, { "PYG", 0 }, { "RWF", 0 },
  { "UGX", 0 }, { "UYI", 0 }, { "VND", 0 }, { "VUV", 0 }, { "XAF", 0 },
  { "XOF", 0 }, { "XPF", 0 },
  { "BHD", 3 }, { "IQD", 3 }, { "JOD", 3 }, { "KWD", 3 }, { "LYD", 3 },
  { "OMR", 3 }, { "TND", 3 },
  { "CLF", 4 }, { "UYW", 4 },
};

const StgNumberFormat *
stg_number_format_c (void)
{
  return &c_format;
}

static gboolean
locale_matches (const char *base,
                const char *name)
{
  gsize len = strlen (name);

  if (strcmp (base, name) == 0)
    return TRUE;
  return strchr (name, '_') == NULL
         && strncmp (base, name, len) == 0
         && base[len] == '_';
}

/* localeconv() speaks the locale's charset, which may not be UTF-8. */
static gunichar
mark_from_localeconv (const char *mark,
                      gunichar    fallback)
{
  g_autofree char *utf8 = NULL;

  if (mark == NULL || *mark == '\0')
    return fallback;
  if (g_utf8_validate (mark, -1, NULL))
    return g_utf8_get_char (mark);
  utf8 = g_locale_to_utf8 (mark, -1, NULL, NULL, NULL);
  return utf8 != NULL && *utf8 != '\0' ? g_utf8_get_char (utf8) : fallback;
}

static StgNumberFormat
number_format_from_localeconv (void)
{
  const struct lconv *conv = localeconv ();
  StgNumberFormat format;

  format.decimal_mark = mark_from_localeconv (conv->decimal_point, '.');
  format.group_mark = mark_from_localeconv (conv->thousands_sep, 0);
  /* A locale this odd would make amounts ambiguous: keep the C form. */
  if (format.decimal_mark == format.group_mark
      || g_unichar_isdigit (format.decimal_mark)
      || g_unichar_isdigit (format.group_mark))
    return c_format;
  return format;
}

StgNumberFormat
stg_number_format_for_locale (const char *locale_name)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (locale_name != NULL, c_format);

  base = g_strndup (locale_name, strcspn (locale_name, ".@"));
  for (gsize i = 0; i < G_N_ELEMENTS (known_formats); i++)
    if (locale_matches (base, known_formats[i].name))
      return known_formats[i].format;

  if (g_strcmp0 (locale_name, setlocale (LC_NUMERIC, NULL)) == 0)
    return number_format_from_localeconv ();
  return c_format;
}

StgNumberFormat
stg_number_format_current (void)
{
  g_autofree char *name = g_strdup (setlocale (LC_NUMERIC, NULL));

  return stg_number_format_for_locale (name != NULL ? name : "C");
}

guint
stg_currency_decimals (const char *currency_code)
{
  g_return_val_if_fail (currency_code != NULL, 2);

  for (gsize i = 0; i < G_N_ELEMENTS (currency_decimals); i++)
    if (g_ascii_strcasecmp (currency_code, currency_decimals[i].code) == 0)
      return currency_decimals[i].decimals;
  return 2;
}

static gboolean
overflowed (GError     **error,
            const char  *message)
{
  g_set_error_literal (error, STG_MONEY_ERROR, STG_MONEY_ERROR_OVERFLOW, message);
  return FALSE;
}

gboolean
stg_money_add (gint64   a,
               gint64   b,
               gint64  *result,
               GError **error)
{
  gint64 sum;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (__builtin_add_overflow (a, b, &sum))
    return overflowed (error, _("The sum is too large an amount to be kept exactly"));
  *result = sum;
  return TRUE;
}

gboolean
stg_money_subtract (gint64   a,
                    gint64   b,
                    gint64  *result,
                    GError **error)
{
  gint64 difference;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (__builtin_sub_overflow (a, b, &difference))
    return overflowed (error, _("The difference is too large an amount to be kept exactly"));
  *result = difference;
  return TRUE;
}

gboolean
stg_money_multiply (gint64   amount,
                    gint64   factor,
                    gint64  *result,
                    GError **error)
{
  gint64 product;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (__builtin_mul_overflow (amount, factor, &product))
    return overflowed (error, _("The product is too large an amount to be kept exactly"));
  *result = product;
  return TRUE;
}

/* Negating G_MININT64 is undefined as a gint64 but exact as a guint64. */
static guint64
magnitude_of (gint64 amount)
{
  return amount < 0 ? (guint64) 0 - (guint64) amount : (guint64) amount;
}

/* Writes the digits right-aligned in @buffer, padded with zeros so that
 * there is at least one digit before the decimals; returns the first. */
static char *
write_digits (guint64  magnitude,
              guint    decimals,
              char    *buffer,
              gsize    size)
{
  char *p = buffer + size;
  guint n_digits = 0;

  *--p = '\0';
  while (magnitude > 0 || n_digits <= decimals)
    {
      *--p = (char) ('0' + magnitude % 10);
      magnitude /= 10;
      n_digits++;
    }
  return p;
}

char *
stg_money_format (gint64                 amount,
                  guint                  decimals,
                  const StgNumberFormat *format)
{
  char buffer[MAX_DECIMALS + 24];
  const char *digits;
  gsize n_units;
  GString *text;

  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (decimals <= MAX_DECIMALS, NULL);

  digits = write_digits (magnitude_of (amount), decimals, buffer, sizeof buffer);
  n_units = strlen (digits) - decimals;
  text = g_string_new (amount < 0 ? "-" : NULL);
  for (gsize i = 0; i < n_units; i++)
    {
      if (i > 0 && (n_units - i) % 3 == 0 && format->group_mark != 0)
        g_string_append_unichar (text, format->group_mark);
      g_string_append_c (text, digits[i]);
    }
  if (decimals > 0)
    {
      g_string_append_unichar (text, format->decimal_mark);
      g_string_append (text, digits + n_units);
    }
  return g_string_free (text, FALSE);
}

/* Where the scan of an amount stands; positions count characters from 1
 * in the trimmed text, which is what the error messages quote. */
typedef struct {
  const char            *text;
  const StgNumberFormat *format;
  const char            *p;
  int                    position;
  gboolean               negative;
  guint64                magnitude;
  gboolean               too_large;
  guint                  n_digits;
  guint                  n_decimals;
} AmountScan;

static gunichar
scan_peek (const AmountScan *scan)
{
  return g_utf8_get_char (scan->p);
}

static void
scan_next (AmountScan *scan)
{
  scan->p = g_utf8_next_char (scan->p);
  scan->position++;
}

static void
scan_push_digit (AmountScan *scan,
                 guint       digit)
{
  if (__builtin_mul_overflow (scan->magnitude, 10, &scan->magnitude)
      || __builtin_add_overflow (scan->magnitude, digit, &scan->magnitude))
    scan->too_large = TRUE;
  scan->n_digits++;
}

/* Typists in fr_FR cannot easily type U+202F: when the locale groups with
 * a space, any space groups. */
static gboolean
is_group_mark (const StgNumberFormat *format,
               gunichar               c)
{
  if (format->group_mark == 0)
    return FALSE;
  if (c == format->group_mark)
    return TRUE;
  return g_unichar_isspace (format->group_mark) && g_unichar_isspace (c);
}

static gboolean
scan_fail_unexpected (AmountScan  *scan,
                      GError     **error)
{
  gunichar c = scan_peek (scan);
  char shown[16] = { 0 };

  if (g_unichar_isprint (c))
    g_unichar_to_utf8 (c, shown);
  else
    g_snprintf (shown, sizeof shown, "U+%04X", c);
  g_set_error (error, STG_MONEY_ERROR, STG_MONEY_ERROR_SYNTAX,
               /* Translators: the first %s is what the user typed, the
                * second one character of it */
               _("“%s” is not an amount: unexpected “%s” at position %d"),
               scan->text, shown, scan->position);
  return FALSE;
}

static gboolean
scan_fail_group (AmountScan  *scan,
                 int          position,
                 GError     **error)
{
  g_set_error (error, STG_MONEY_ERROR, STG_MONEY_ERROR_SYNTAX,
               /* Translators: a group mark is the thousands separator */
               _("“%s” is not an amount: the group mark at position %d must "
                 "separate groups of three digits"),
               scan->text, position);
  return FALSE;
}

/* The units, with group marks only between groups of exactly three
 * digits ("1.234.567", never "1.23.4" nor "1234.567"). */
static gboolean
scan_units (AmountScan  *scan,
            GError     **error)
{
  guint group_digits = 0;
  int group_position = 0;

  for (gunichar c = scan_peek (scan); c != 0; c = scan_peek (scan))
    {
      if (g_ascii_isdigit (c))
        {
          scan_push_digit (scan, (guint) (c - '0'));
          group_digits++;
        }
      else if (is_group_mark (scan->format, c))
        {
          if (group_digits == 0 || group_digits > 3
              || (group_position > 0 && group_digits != 3))
            return scan_fail_group (scan, scan->position, error);
          group_position = scan->position;
          group_digits = 0;
        }
      else
        break;
      scan_next (scan);
    }
  if (group_position > 0 && group_digits != 3)
    return scan_fail_group (scan, group_position, error);
  return TRUE;
}

/* Accepts a bare mark on either side ("12," and ",5") as a typist means
 * them; whatever follows the digits is for the caller to refuse. */
static void
scan_decimals (AmountScan *scan)
{
  if (scan_peek (scan) != scan->format->decimal_mark)
    return;
  scan_next (scan);
  for (gunichar c = scan_peek (scan); g_ascii_isdigit (c); c = scan_peek (scan))
    {
      scan_push_digit (scan, (guint) (c - '0'));
      scan->n_decimals++;
      scan_next (scan);
    }
}

static gboolean
scan_amount (AmountScan  *scan,
             GError     **error)
{
  gunichar c = scan_peek (scan);

  if (c == 0)
    {
      g_set_error_literal (error, STG_MONEY_ERROR, STG_MONEY_ERROR_SYNTAX,
                           _("The amount is empty: type a number"));
      return FALSE;
    }
  if (c == '-' || c == MINUS_SIGN)
    {
      scan->negative = TRUE;
      scan_next (scan);
    }
  if (!scan_units (scan, error))
    return FALSE;
  scan_decimals (scan);
  if (*scan->p != '\0')
    return scan_fail_unexpected (scan, error);
  if (scan->n_digits == 0)
    {
      g_set_error (error, STG_MONEY_ERROR, STG_MONEY_ERROR_SYNTAX,
                   _("“%s” is not an amount: it has no digits"), scan->text);
      return FALSE;
    }
  return TRUE;
}

/* Pads the missing decimals and checks the amount fits in a gint64. */
static gboolean
scan_finish (AmountScan  *scan,
             guint        decimals,
             gint64      *result,
             GError     **error)
{
  guint64 limit = (guint64) G_MAXINT64 + (scan->negative ? 1 : 0);

  if (scan->n_decimals > decimals)
    {
      g_set_error (error, STG_MONEY_ERROR, STG_MONEY_ERROR_PRECISION,
                   _("“%s” has more decimals than the currency allows (%u)"),
                   scan->text, decimals);
      return FALSE;
    }
  for (guint i = scan->n_decimals; i < decimals && scan->magnitude > 0; i++)
    if (__builtin_mul_overflow (scan->magnitude, 10, &scan->magnitude))
      scan->too_large = TRUE;
  if (scan->too_large || scan->magnitude > limit)
    {
      g_set_error (error, STG_MONEY_ERROR, STG_MONEY_ERROR_OVERFLOW,
                   _("“%s” is too large an amount"), scan->text);
      return FALSE;
    }
  *result = scan->negative ? (gint64) ((guint64) 0 - scan->magnitude)
                           : (gint64) scan->magnitude;
  return TRUE;
}

/* Unicode white space, not only ASCII: a pasted amount often ends in a
 * no-break space. */
static char *
strip_unicode_space (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return g_strndup (start, (gsize) (end - start));
}

static gboolean
check_encoding (const char  *text,
                GError     **error)
{
  g_autofree char *shown = NULL;

  if (g_utf8_validate (text, -1, NULL))
    return TRUE;
  shown = g_utf8_make_valid (text, -1);
  g_set_error (error, STG_MONEY_ERROR, STG_MONEY_ERROR_ENCODING,
               _("“%s” is not an amount: it is not valid UTF-8 text"), shown);
  return FALSE;
}

gboolean
stg_money_parse (const char            *text,
                 guint                  decimals,
                 const StgNumberFormat *format,
                 gint64                *result,
                 GError               **error)
{
  g_autofree char *trimmed = NULL;
  AmountScan scan = { 0 };

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (decimals <= MAX_DECIMALS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_encoding (text, error))
    return FALSE;
  trimmed = strip_unicode_space (text);
  scan.text = trimmed;
  scan.format = format;
  scan.p = trimmed;
  scan.position = 1;
  return scan_amount (&scan, error)
         && scan_finish (&scan, decimals, result, error);
}

char *
stg_money_format_currency (gint64      amount,
                           const char *currency)
{
  StgNumberFormat format = stg_number_format_current ();
  g_autofree char *number = stg_money_format (amount, stg_currency_decimals (currency), &format);

  /* Translators: an amount and its currency, "EUR 1.234,56"; some
   * languages put the code after the number. */
  return g_strdup_printf (_("%1$s %2$s"), currency, number);
}

char *
stg_money_format_whole (gint64                 amount,
                        guint                  decimals,
                        const StgNumberFormat *format)
{
  gint64 unit = 1;
  gint64 whole;

  g_return_val_if_fail (decimals <= 18, NULL);

  for (guint i = 0; i < decimals; i++)
    unit *= 10;
  /* Round half away from zero without overflowing at either end. */
  whole = amount / unit;
  if (amount % unit >= (unit + 1) / 2 && unit > 1)
    whole++;
  else if (-(amount % unit) >= (unit + 1) / 2 && unit > 1)
    whole--;
  return stg_money_format (whole, 0, format);
}
