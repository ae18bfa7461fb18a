/* stg-date.h: calendar dates, ISO 8601 in the file, the locale's form on screen */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * StgDateError:
 * @STG_DATE_ERROR_SYNTAX: the text is not a date in the expected form
 * @STG_DATE_ERROR_INVALID: a well-formed but impossible date (2025-02-30)
 * @STG_DATE_ERROR_RANGE: a year outside 1900..2200
 */
typedef enum {
  STG_DATE_ERROR_SYNTAX,
  STG_DATE_ERROR_INVALID,
  STG_DATE_ERROR_RANGE,
} StgDateError;

#define STG_DATE_ERROR (stg_date_error_quark ())
GQuark stg_date_error_quark (void);

#define STG_YEAR_MIN 1900
#define STG_YEAR_MAX 2200

/* Strict "YYYY-MM-DD" (exactly four, two and two digits). */
gboolean  stg_date_parse_iso     (const char  *text,
                                  GDate       *date,
                                  GError     **error);
char     *stg_date_format_iso    (const GDate *date);
/* TRUE when @text is NULL/empty or a valid ISO date. */
gboolean  stg_date_validate_iso  (const char  *text,
                                  GError     **error);

/* The current LC_TIME locale's numeric date form (nl_langinfo (D_FMT)),
 * always with two-digit days and months and four-digit years. With glibc:
 * "30/06/2027" for fr_BE, en_GB and fr_FR, "30-06-2027" for nl_BE,
 * "2027-06-30" for de_BE, "30.06.2027" for de_DE, "06/30/2027" for en_US.
 * C and POSIX (no locale chosen), and any form that is not numeric, give
 * ISO 8601 rather than C's American "%m/%d/%y". */
char     *stg_date_format_locale (const GDate *date);
/* Parses the locale's form (day, month and year in the locale's order,
 * one or two digits for day and month, separated by '/', '.', '-' or ' ',
 * two-digit years taken as 20YY) and, always, ISO 8601. Leading and
 * trailing white space is ignored; @date is untouched on error. */
gboolean  stg_date_parse_locale  (const char  *text,
                                  GDate       *date,
                                  GError     **error);

G_END_DECLS
