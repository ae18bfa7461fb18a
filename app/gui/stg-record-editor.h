/* stg-record-editor.h: the editor of one item, beside its list */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "stg-display.h"

G_BEGIN_DECLS

#define STG_TYPE_RECORD_EDITOR (stg_record_editor_get_type ())
G_DECLARE_FINAL_TYPE (StgRecordEditor, stg_record_editor, STG, RECORD_EDITOR, GtkBox)

GtkWidget *stg_record_editor_new  (StgStore        *store);
/* Shows @record (re-read after an edit: the same item is refreshed in
 * place, another one rebuilds the editor). */
void       stg_record_editor_show (StgRecordEditor *self,
                                   StgRecord       *record,
                                   StgNames        *names);
/* Puts the keyboard focus in the field of @column, for typing at once. */
void       stg_record_editor_focus_field (StgRecordEditor *self,
                                          const char      *column);
StgRecord *stg_record_editor_get_record (StgRecordEditor *self);

G_END_DECLS
