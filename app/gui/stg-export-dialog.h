/* stg-export-dialog.h: exporting budget tables as CSV, with a preview */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "strategos/strategos.h"

G_BEGIN_DECLS

#define STG_TYPE_EXPORT_DIALOG (stg_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StgExportDialog, stg_export_dialog, STG, EXPORT_DIALOG, AdwWindow)

/* A dialog over @parent to export a table of @store; @table is the one
 * offered first. */
GtkWidget *stg_export_dialog_new (GtkWindow   *parent,
                                  StgStore    *store,
                                  StgCsvTable  table);
/* The text the preview shows (for tests). */
char      *stg_export_dialog_get_preview (StgExportDialog *self);
/* Exports to @path in the background; "done" is emitted with an error
 * message or NULL. */
void       stg_export_dialog_export_to (StgExportDialog *self,
                                        const char      *path);

G_END_DECLS
