/* stg-versions-dialog.h: the named versions of a draft, and what changed since */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "strategos/strategos.h"

G_BEGIN_DECLS

#define STG_TYPE_VERSIONS_DIALOG (stg_versions_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StgVersionsDialog, stg_versions_dialog, STG, VERSIONS_DIALOG, AdwWindow)

GtkWidget *stg_versions_dialog_new     (GtkWindow         *parent,
                                        StgStore          *store);
/* Shows what changed from version @from to @to (0: now). */
void       stg_versions_dialog_compare (StgVersionsDialog *self,
                                        gint64             from,
                                        gint64             to);
/* The changes shown by the last comparison (for tests). */
guint      stg_versions_dialog_get_n_changes (StgVersionsDialog *self);

/* Asks for a name and saves a version of @store; toasts through @toast. */
void       stg_versions_save_dialog    (GtkWindow         *parent,
                                        StgStore          *store);

G_END_DECLS
