/* fuzz-money.c: parsing amounts, whatever the text */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "strategos/stg-money.h"
#include "stg-fuzz.h"

/* The first byte picks the number of decimals and the number format; the
 * rest is the text. An amount that parses formats back to text that
 * parses to the same amount. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const StgNumberFormat formats[] = {
    { '.', 0 }, { '.', ',' }, { ',', '.' }, { ',', ' ' }, { ',', 0x202F }, { '.', '\'' }, { ',', 0x2019 },
  };
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const StgNumberFormat *format;
  guint decimals;
  gint64 amount = 0;

  if (size < 1)
    return 0;
  decimals = data[0] % 19;
  format = &formats[(data[0] >> 5) % G_N_ELEMENTS (formats)];
  text = g_strndup ((const char *) data + 1, size - 1);
  if (stg_money_parse (text, decimals, format, &amount, &error))
    {
      g_autofree char *formatted = stg_money_format (amount, decimals, format);
      g_autofree char *whole = stg_money_format_whole (amount, decimals, format);
      gint64 again = 0;

      STG_FUZZ_ASSERT (error == NULL);
      STG_FUZZ_ASSERT (g_utf8_validate (formatted, -1, NULL) && g_utf8_validate (whole, -1, NULL));
      STG_FUZZ_ASSERT (stg_money_parse (formatted, decimals, format, &again, NULL));
      STG_FUZZ_ASSERT (again == amount);
    }
  else
    {
      STG_FUZZ_ASSERT (error != NULL && error->domain == STG_MONEY_ERROR);
      STG_FUZZ_ASSERT (g_utf8_validate (error->message, -1, NULL));
    }
  return 0;
}
