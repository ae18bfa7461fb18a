/* fuzz-open.c: opening a strategy file made of any bytes */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "stg-fuzz-open.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  stg_fuzz_open_bytes (data, size);
  return 0;
}
