/* fuzz-date.c: parsing dates, whatever the text */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "strategos/stg-date.h"
#include "stg-fuzz.h"

static void
check (gboolean    ok,
       GDate      *date,
       GError     *error)
{
  if (ok)
    {
      g_autofree char *iso = stg_date_format_iso (date);
      g_autofree char *shown = stg_date_format_locale (date);
      GDate again;

      STG_FUZZ_ASSERT (error == NULL && g_date_valid (date));
      STG_FUZZ_ASSERT (g_date_get_year (date) >= STG_YEAR_MIN && g_date_get_year (date) <= STG_YEAR_MAX);
      g_date_clear (&again, 1);
      STG_FUZZ_ASSERT (stg_date_parse_iso (iso, &again, NULL));
      STG_FUZZ_ASSERT (g_date_compare (&again, date) == 0);
      g_date_clear (&again, 1);
      STG_FUZZ_ASSERT (stg_date_parse_locale (shown, &again, NULL));
      STG_FUZZ_ASSERT (g_date_compare (&again, date) == 0);
    }
  else
    {
      STG_FUZZ_ASSERT (error != NULL && error->domain == STG_DATE_ERROR);
      STG_FUZZ_ASSERT (g_utf8_validate (error->message, -1, NULL));
    }
}

/* A date that parses is in range and formats back to text that parses to
 * the same date, in ISO and in the (C) locale's form. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) iso_error = NULL;
  g_autoptr(GError) locale_error = NULL;
  GDate date;
  gboolean ok;

  g_date_clear (&date, 1);
  ok = stg_date_parse_iso (text, &date, &iso_error);
  check (ok, &date, iso_error);
  g_date_clear (&date, 1);
  ok = stg_date_parse_locale (text, &date, &locale_error);
  check (ok, &date, locale_error);
  STG_FUZZ_ASSERT (stg_date_validate_iso (text, NULL) == (*text == '\0' || iso_error == NULL));
  return 0;
}
