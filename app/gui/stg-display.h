/* stg-display.h: how a record's values read on screen */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "strategos/strategos.h"

G_BEGIN_DECLS

/*
 * Names of the records that references point at, by type and id, read
 * once per change of the strategy so that lists and dropdowns can show
 * "Defence" where the file holds 3.
 */
typedef struct _StgNames StgNames;

StgNames   *stg_names_new         (StgStore    *store);
void        stg_names_free        (StgNames    *names);
/* The title of record @id of @type, or NULL. */
const char *stg_names_lookup      (StgNames    *names,
                                   GType        type,
                                   gint64       id);
/* The ids and titles of the records of @type, by title (for dropdowns
 * and check lists); owned by @names. */
guint       stg_names_get         (StgNames     *names,
                                   GType         type,
                                   const gint64 **ids,
                                   const char  *const **titles);
const char *stg_names_currency    (StgNames    *names);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StgNames, stg_names_free)

/* The text of @column of @record as a person reads it: choices by their
 * label, dates and amounts in the locale's form, references by name. */
char       *stg_display_value     (StgRecord       *record,
                                   const StgColumn *column,
                                   StgNames        *names);

G_END_DECLS
