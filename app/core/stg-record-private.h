/* stg-record-private.h: what the store may do to a record that others may not */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "strategos/stg-record.h"

G_BEGIN_DECLS

/* The GValue of column @column_index to fill in place, without notifying:
 * for the store, filling a record it has just made from a row (a list of
 * 100,000 objectives would otherwise pay for a million notifications no
 * one listens to). */
GValue *stg_record_peek_value (StgRecord *self,
                               guint      column_index);

G_END_DECLS
