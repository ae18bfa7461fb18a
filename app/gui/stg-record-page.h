/* stg-record-page.h: a list of one kind of item, with its editor beside it */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "stg-display.h"

G_BEGIN_DECLS

#define STG_TYPE_RECORD_PAGE (stg_record_page_get_type ())
G_DECLARE_FINAL_TYPE (StgRecordPage, stg_record_page, STG, RECORD_PAGE, GtkBox)

GtkWidget *stg_record_page_new            (StgStore      *store,
                                           GType          type);
GType      stg_record_page_get_record_type (StgRecordPage *self);
/* Re-reads the list after the strategy changed, keeping the selection. */
void       stg_record_page_reload         (StgRecordPage *self);
gboolean   stg_record_page_can_add        (StgRecordPage *self);
void       stg_record_page_add            (StgRecordPage *self);
void       stg_record_page_delete         (StgRecordPage *self);
void       stg_record_page_duplicate      (StgRecordPage *self);
/* Selects the item @id (after adding it, or to jump to it). */
void       stg_record_page_select         (StgRecordPage *self,
                                           gint64         id);
StgRecord *stg_record_page_get_selected   (StgRecordPage *self);
void       stg_record_page_focus_search   (StgRecordPage *self);
/* Sorts as a click on @column's header does. */
void       stg_record_page_sort_by        (StgRecordPage *self,
                                           const char    *column,
                                           gboolean       ascending);
/* Filters as typing @text in the search entry does. */
void       stg_record_page_set_search     (StgRecordPage *self,
                                           const char    *text);
/* Sets the filter of reference @column to @id (lead actor, say); 0 shows
 * them all again. */
void       stg_record_page_filter_by      (StgRecordPage *self,
                                           const char    *column,
                                           gint64         id);
/* How many items the list shows after its filters. */
guint      stg_record_page_get_n_shown    (StgRecordPage *self);

G_END_DECLS
