/* stg-money.h: exact amounts in integer minor units */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * StgMoneyError:
 * @STG_MONEY_ERROR_OVERFLOW: the result does not fit in a 64-bit amount
 * @STG_MONEY_ERROR_SYNTAX: the text is not an amount
 * @STG_MONEY_ERROR_PRECISION: more decimals than the currency has
 * @STG_MONEY_ERROR_NEGATIVE: a negative amount where none is allowed
 * @STG_MONEY_ERROR_ENCODING: the text is not valid UTF-8
 */
typedef enum {
  STG_MONEY_ERROR_OVERFLOW,
  STG_MONEY_ERROR_SYNTAX,
  STG_MONEY_ERROR_PRECISION,
  STG_MONEY_ERROR_NEGATIVE,
  STG_MONEY_ERROR_ENCODING,
} StgMoneyError;

#define STG_MONEY_ERROR (stg_money_error_quark ())
GQuark stg_money_error_quark (void);

/* Sentinel for "no amount" (an actual not yet reported). */
#define STG_NO_AMOUNT G_MININT64

/**
 * StgNumberFormat:
 * @decimal_mark: the character between units and decimals
 * @group_mark: the character between groups of three digits, or 0 for none
 *
 * How a locale writes numbers. Both marks are Unicode characters so that
 * locales grouping with a (narrow) no-break space work.
 */
typedef struct {
  gunichar decimal_mark;
  gunichar group_mark;
} StgNumberFormat;

/* "1234567.89": the file's, the machine CSV's and the command line's form. */
const StgNumberFormat *stg_number_format_c          (void);
/* The form of a named locale ("nl_BE.UTF-8", "en_GB", "fr_BE@euro"...):
 * nl_BE, fr_BE, de_BE and de_DE give ',' and '.', en_* give '.' and ',',
 * fr_FR gives ',' and U+202F. Unknown names fall back to localeconv() when
 * the name is the current LC_NUMERIC locale, else to the C form. */
StgNumberFormat        stg_number_format_for_locale (const char *locale_name);
/* The form of the current LC_NUMERIC locale. */
StgNumberFormat        stg_number_format_current    (void);

/* Number of decimals of an ISO 4217 currency (EUR 2, JPY 0, KWD 3...);
 * 2 for codes it does not know. */
guint     stg_currency_decimals (const char *currency_code);

gboolean  stg_money_add         (gint64       a,
                                 gint64       b,
                                 gint64      *result,
                                 GError     **error);
gboolean  stg_money_subtract    (gint64       a,
                                 gint64       b,
                                 gint64      *result,
                                 GError     **error);
gboolean  stg_money_multiply    (gint64       amount,
                                 gint64       factor,
                                 gint64      *result,
                                 GError     **error);

/* Exact text of @amount minor units with @decimals (at most 18) decimals
 * in @format, grouped when @format has a group mark: "-1.234.567,89".
 * G_MININT64 is formatted like any other value. Never uses floating point. */
char     *stg_money_format      (gint64                 amount,
                                 guint                  decimals,
                                 const StgNumberFormat *format);

/* @amount rounded to whole units of the currency (half away from zero),
 * grouped in @format: "1.234.568" for 123456789 cents. For tables whose
 * heading says the currency and the precision. */
char     *stg_money_format_whole    (gint64                 amount,
                                     guint                  decimals,
                                     const StgNumberFormat *format);

/* "EUR 1.234.567,89": @amount in @currency (its own number of decimals) in
 * the current locale's form, for people to read. */
char     *stg_money_format_currency (gint64       amount,
                                     const char  *currency);

/* Parses what stg_money_format() writes, and the same without group marks.
 * Leading and trailing white space is ignored; a leading '-' (or U+2212) is
 * accepted; group marks must sit between groups of exactly three digits
 * (so "1.5" is refused where '.' groups); when @format groups with a space,
 * any space character groups; fewer decimals than @decimals are padded
 * ("12,5" is 1250, "12," 1200, ",5" 50), more are refused with
 * STG_MONEY_ERROR_PRECISION; invalid UTF-8 gives STG_MONEY_ERROR_ENCODING;
 * anything else (letters, '+', two decimal marks, an empty string) gives
 * STG_MONEY_ERROR_SYNTAX, and an amount beyond gint64 gives
 * STG_MONEY_ERROR_OVERFLOW. @decimals is at most 18. @result is untouched
 * on error. The error message names the offending text (without its
 * surrounding white space) and, where it helps, the character position,
 * counted from 1 in that text. */
gboolean  stg_money_parse       (const char            *text,
                                 guint                  decimals,
                                 const StgNumberFormat *format,
                                 gint64                *result,
                                 GError               **error);

G_END_DECLS
