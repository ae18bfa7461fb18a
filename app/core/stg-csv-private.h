/* stg-csv-private.h: what the tests may tune in the CSV import */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* From how many imported rows the budget_line indexes are dropped and
 * built again sorted at the end (and only if the import at least doubles
 * the table); 0 restores the default. */
void stg_csv_set_sorted_index_rows (guint n_rows);

G_END_DECLS
