/* stg-field-rows.h: editor rows for the columns of one record */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "stg-display.h"

G_BEGIN_DECLS

/*
 * A set of libadwaita rows, one per column of a record, each with the
 * widget its column type wants. Editing a row writes that one column
 * through stg_store_update_column() (one undo step); a value the model
 * refuses is not written and the row is marked with the reason.
 * stg_field_rows_sync() shows a record's new values without rebuilding
 * the rows, so focus and typing survive the refresh after every edit.
 */
typedef struct _StgFieldRows StgFieldRows;

typedef void (*StgFieldErrorFunc) (const GError *error,
                                   gpointer      user_data);

/* @skip_column: a column not to show (the objective of a budget line
 * shown inside that objective), or NULL. */
StgFieldRows *stg_field_rows_new    (StgStore          *store,
                                     StgRecord         *record,
                                     StgNames          *names,
                                     const char        *skip_column,
                                     StgFieldErrorFunc  on_error,
                                     gpointer           user_data);
void          stg_field_rows_free   (StgFieldRows      *rows);
/* Adds the rows to @group (or, with @expander, inside it). */
void          stg_field_rows_add_to (StgFieldRows      *rows,
                                     AdwPreferencesGroup *group,
                                     AdwExpanderRow    *expander);
/* Shows @record's values; @record must be the same item, re-read. */
void          stg_field_rows_sync   (StgFieldRows      *rows,
                                     StgRecord         *record,
                                     StgNames          *names);
StgRecord    *stg_field_rows_get_record (StgFieldRows  *rows);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StgFieldRows, stg_field_rows_free)

G_END_DECLS
