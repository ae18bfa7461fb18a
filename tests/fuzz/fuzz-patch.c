/* fuzz-patch.c: opening a sound strategy file with a few bytes changed */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "stg-fuzz-open.h"

static GBytes *sample;

/* The sample strategy, as this build writes it. */
static const guint8 *
sample_bytes (gsize *size)
{
  if (sample == NULL)
    {
      g_autofree char *path = g_build_filename (stg_fuzz_tmp_dir (), "sample.strategos", NULL);
      g_autoptr(StgStore) store = stg_store_create (path, NULL, STG_STORE_CREATE_SAMPLE, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (store == NULL)
        abort ();
      g_clear_object (&store);
      if (!g_file_get_contents (path, &contents, &length, NULL))
        abort ();
      g_remove (path);
      sample = g_bytes_new_take (g_steal_pointer (&contents), length);
    }
  return g_bytes_get_data (sample, size);
}

/* The input is a list of patches of 4 bytes each: a 24-bit offset into
 * the sample file and a byte to XOR there. Most of the file stays sound,
 * so the checks after the header (quick_check, the schema, the text) and
 * SQLite itself get the damage, not the header check. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  gsize length = 0;
  const guint8 *original = sample_bytes (&length);
  g_autofree guint8 *file = g_memdup2 (original, length);

  for (size_t i = 0; i + 4 <= size && i < 4 * 64; i += 4)
    {
      gsize at = ((gsize) data[i] << 16 | (gsize) data[i + 1] << 8 | data[i + 2]) % length;
      file[at] ^= data[i + 3];
    }
  stg_fuzz_open_bytes (file, length);
  return 0;
}
