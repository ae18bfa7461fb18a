/* stg-record-page.c: a list of one kind of item, with its editor beside it */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-record-page"

#include "config.h"

#include <glib/gi18n.h>

#include "stg-a11y.h"
#include "stg-budget-chart.h"
#include "stg-record-editor.h"
#include "stg-record-page.h"

/* What each kind of item shows in its list and can be filtered by. */
typedef struct {
  GType     (*type) (void);
  const char *columns[7];
  const char *filters[4];     /* choice or reference columns */
  gboolean    deadline_filter;
  const char *new_title;      /* N_() */
  const char *empty_title;    /* N_() */
  const char *empty_description;
} PageSpec;

static const PageSpec specs[] = {
  { stg_interest_get_type, { "rank", "title" }, { NULL }, FALSE,
    N_("New vital interest"), N_("No Vital Interests Yet"), N_("Add the first with Ctrl+N") },
  { stg_threat_get_type, { "title", "category", "likelihood", "impact", "trend" }, { "category" }, FALSE,
    N_("New threat"), N_("No Threats Yet"), N_("Add the first with Ctrl+N") },
  { stg_role_get_type, { "title", "posture" }, { NULL }, FALSE,
    N_("New role"), N_("No Roles Yet"), N_("Add the first with Ctrl+N") },
  { stg_objective_get_type, { "title", "lead_actor_id", "deadline", "status", "priority" },
    { "lead_actor_id", "status", "term" }, TRUE,
    N_("New objective"), N_("No Objectives Yet"), N_("Add the first with Ctrl+N") },
  { stg_capability_get_type, { "title", "kind", "owner_actor_id" }, { "kind" }, FALSE,
    N_("New capability"), N_("No Capabilities Yet"), N_("Add the first with Ctrl+N") },
  { stg_actor_get_type, { "name", "abbreviation", "kind", "parent_id" }, { "kind" }, FALSE,
    N_("New actor"), N_("No Actors Yet"), N_("Add the first with Ctrl+N") },
  { stg_budget_line_get_type, { "year", "objective_id", "actor_id", "planned", "actual" },
    { "actor_id", "category" }, FALSE,
    NULL, N_("No Budget Lines Yet"), N_("Add budget lines from an objective’s editor") },
};

typedef struct {
  const StgColumn *column;
  GtkDropDown     *dropdown;
  GArray          *values;   /* reference ids, or NULL for choices */
} Filter;

struct _StgRecordPage
{
  GtkBox              parent_instance;

  StgStore           *store;
  const PageSpec     *spec;
  const StgRecordSchema *schema;
  StgNames           *names;

  StgRecordList      *items;
  GtkSingleSelection *selection;
  const char         *sort_column;    /* from the schema; NULL: none */
  gboolean            descending;
  GObject            *probe_a;        /* see header_sorter_changed () */
  GObject            *probe_b;
  GtkWidget          *column_view;
  GtkWidget          *search;
  GtkWidget          *deadline_entry;
  GtkWidget          *list_stack;
  GtkWidget          *editor_stack;
  GtkWidget          *editor;
  GPtrArray          *filters;
  gint64              selected_id;
};

enum {
  TOAST,
  SELECTED,
  SHOW_RELATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (StgRecordPage, stg_record_page, GTK_TYPE_BOX)

static void
filter_free (Filter *f)
{
  g_clear_pointer (&f->values, g_array_unref);
  g_free (f);
}

static void
toast (StgRecordPage *self,
       const char    *message,
       gboolean       offer_undo)
{
  g_signal_emit (self, signals[TOAST], 0, message, offer_undo);
}

/* Cells */

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            const StgColumn          *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column->type == STG_COLUMN_MONEY ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column->type == STG_COLUMN_MONEY || column->type == STG_COLUMN_INT)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           const StgColumn          *column)
{
  StgRecordPage *self = g_object_get_data (G_OBJECT (factory), "page");
  StgRecord *record = gtk_list_item_get_item (item);
  g_autofree char *text = stg_display_value (record, column, self->names);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

/* Sorting happens in SQL (stg_store_query): a GtkSortListModel over
 * 100,000 objectives freezes GTK 4.8 for seconds. The column headers still
 * show and toggle the sort, through a sorter per column that sorts nothing
 * but says which column the view's sorter consults first. GTK 4.8 has no
 * gtk_column_view_sorter_get_primary_sort_column() to ask directly. */
#define STG_TYPE_HEADER_SORTER (stg_header_sorter_get_type ())
G_DECLARE_FINAL_TYPE (StgHeaderSorter, stg_header_sorter, STG, HEADER_SORTER, GtkSorter)

struct _StgHeaderSorter
{
  GtkSorter      parent_instance;
  const char    *column;
  StgRecordPage *page;
};

G_DEFINE_FINAL_TYPE (StgHeaderSorter, stg_header_sorter, GTK_TYPE_SORTER)

static GtkOrdering
stg_header_sorter_compare (GtkSorter *sorter,
                           gpointer   a,
                           gpointer   b)
{
  StgHeaderSorter *self = STG_HEADER_SORTER (sorter);

  if (self->page->sort_column == NULL)
    self->page->sort_column = self->column;
  return GTK_ORDERING_SMALLER;
}

static GtkSorterOrder
stg_header_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_PARTIAL;
}

static void
stg_header_sorter_class_init (StgHeaderSorterClass *klass)
{
  GTK_SORTER_CLASS (klass)->compare = stg_header_sorter_compare;
  GTK_SORTER_CLASS (klass)->get_order = stg_header_sorter_get_order;
}

static void
stg_header_sorter_init (StgHeaderSorter *self)
{
}

static GtkSorter *
column_sorter (StgRecordPage   *self,
               const StgColumn *column)
{
  StgHeaderSorter *sorter = g_object_new (STG_TYPE_HEADER_SORTER, NULL);

  sorter->column = column->name;
  sorter->page = self;
  return GTK_SORTER (sorter);
}

static void requery (StgRecordPage *self);
static void show_selected (StgRecordPage *self);
static void selection_changed (StgRecordPage *self);

static void
header_sorter_changed (GtkSorter     *view_sorter,
                       int            change,
                       StgRecordPage *self)
{
  GtkOrdering order;

  self->sort_column = NULL;
  order = gtk_sorter_compare (view_sorter, self->probe_a, self->probe_b);
  self->descending = order == GTK_ORDERING_LARGER;
  requery (self);
}

static int
column_width (const StgColumn *column)
{
  switch (column->type)
    {
    case STG_COLUMN_REFERENCE:
      return 140;
    case STG_COLUMN_MONEY:
      return 130;
    case STG_COLUMN_DATE:
    case STG_COLUMN_CHOICE:
      return 95;
    case STG_COLUMN_INT:
    case STG_COLUMN_BOOL:
      return 72;
    default:
      return 130;
    }
}

static void
add_column (StgRecordPage   *self,
            const StgColumn *column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col = gtk_column_view_column_new (_(column->label), factory);
  g_autoptr(GtkSorter) sorter = NULL;

  g_object_set_data (G_OBJECT (factory), "page", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), (gpointer) column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), (gpointer) column);
  sorter = column_sorter (self, column);
  gtk_column_view_column_set_sorter (col, sorter);
  gtk_column_view_column_set_resizable (col, TRUE);
  /* The title (a budget line's objective) takes what the others leave;
   * they get what they need. */
  /* Widths grow with larger text (200%); the list then scrolls sideways
   * rather than cut every title short. */
  if (g_str_equal (column->name, self->schema->title_column ? self->schema->title_column : "objective_id"))
    {
      gtk_column_view_column_set_expand (col, TRUE);
      gtk_column_view_column_set_fixed_width (col, (int) (160 * stg_chart_text_scale (self->column_view)));
    }
  else
    gtk_column_view_column_set_fixed_width (col, (int) (column_width (column) *
                                                        stg_chart_text_scale (self->column_view)));
  gtk_column_view_append_column (GTK_COLUMN_VIEW (self->column_view), col);
  g_object_unref (col);
}

/* Filtering */

/* The analyst's search, filters and sort as a query for the store. */
static void
build_query (StgRecordPage *self,
             StgQuery      *query,
             char         **before)
{
  const char *text;
  GDate date;

  query->sort_column = self->sort_column;
  query->descending = self->descending;
  query->search = gtk_editable_get_text (GTK_EDITABLE (self->search));
  for (guint i = 0; i < self->filters->len; i++)
    {
      Filter *f = g_ptr_array_index (self->filters, i);
      guint pos = gtk_drop_down_get_selected (f->dropdown);
      StgQueryFilter *qf = &query->filters[query->n_filters];

      if (pos == 0 || pos == GTK_INVALID_LIST_POSITION)
        continue;
      qf->column = f->column->name;
      if (f->column->type == STG_COLUMN_CHOICE)
        qf->key = f->column->choices[pos - 1].key;
      else
        qf->id = g_array_index (f->values, gint64, pos - 1);
      query->n_filters++;
    }
  *before = NULL;
  if (self->deadline_entry != NULL)
    {
      text = gtk_editable_get_text (GTK_EDITABLE (self->deadline_entry));
      if (*text != '\0' && stg_date_parse_locale (text, &date, NULL))
        {
          *before = stg_date_format_iso (&date);
          query->before_column = "deadline";
          query->before = *before;
        }
    }
}

static void
requery (StgRecordPage *self)
{
  StgQuery query = { 0 };
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  GArray *ids;
  gint64 keep = self->selected_id;
  guint pos;

  build_query (self, &query, &before);
  if ((ids = stg_store_query (self->store, self->spec->type (), &query, &error)) == NULL)
    {
      toast (self, error->message, FALSE);
      return;
    }
  g_signal_handlers_block_by_func (self->selection, selection_changed, self);
  stg_record_list_set_ids (self->items, ids);
  pos = keep != 0 ? stg_record_list_find (self->items, keep) : G_MAXUINT;
  gtk_single_selection_set_selected (self->selection, pos == G_MAXUINT ? GTK_INVALID_LIST_POSITION : pos);
  g_signal_handlers_unblock_by_func (self->selection, selection_changed, self);
  if (pos != G_MAXUINT)
    gtk_widget_activate_action (self->column_view, "list.scroll-to-item", "u", pos);
  show_selected (self);
}

static void
refilter (StgRecordPage *self)
{
  requery (self);
}

/* The first entry of a filter, which lets everything through. Whole
 * phrases, not "Any %s" around a lowered label: German capitalises its
 * nouns, and French and Dutch agree the word "any" with the noun. */
static const char *
filter_any_label (const StgColumn *column)
{
  static const struct { const char *column; const char *label; } labels[] = {
    { "actor_id",      N_("Any actor") },
    { "category",      N_("Any category") },
    { "kind",          N_("Any kind") },
    { "lead_actor_id", N_("Any lead actor") },
    { "status",        N_("Any status") },
    { "term",          N_("Any term") },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].column, column->name))
      return _(labels[i].label);
  g_assert_not_reached ();
}

static GtkStringList *
filter_strings (StgRecordPage *self,
                Filter        *f)
{
  GtkStringList *strings = gtk_string_list_new (NULL);

  gtk_string_list_append (strings, filter_any_label (f->column));
  if (f->column->type == STG_COLUMN_CHOICE)
    {
      for (const StgChoice *c = f->column->choices; c->key != NULL; c++)
        gtk_string_list_append (strings, _(c->label));
      return strings;
    }
  g_array_set_size (f->values, 0);
  if (self->names != NULL)
    {
      const gint64 *ids;
      const char *const *titles;
      guint n = stg_names_get (self->names, f->column->ref_type (), &ids, &titles);

      for (guint i = 0; i < n; i++)
        {
          gtk_string_list_append (strings, titles[i]);
          g_array_append_val (f->values, ids[i]);
        }
    }
  return strings;
}

static GtkWidget *
build_filters (StgRecordPage *self)
{
  GtkWidget *box = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 4);
  for (guint i = 0; self->spec->filters[i] != NULL; i++)
    {
      Filter *f = g_new0 (Filter, 1);
      g_autoptr(GtkStringList) strings = NULL;

      f->column = stg_record_schema_find (self->schema, self->spec->filters[i]);
      if (f->column->type == STG_COLUMN_REFERENCE)
        f->values = g_array_new (FALSE, FALSE, sizeof (gint64));
      strings = filter_strings (self, f);
      f->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (strings)), NULL));
      gtk_widget_set_tooltip_text (GTK_WIDGET (f->dropdown), _(f->column->label));
      stg_a11y_set_label (GTK_WIDGET (f->dropdown), _(f->column->label));
      g_signal_connect_swapped (f->dropdown, "notify::selected", G_CALLBACK (refilter), self);
      gtk_flow_box_append (GTK_FLOW_BOX (box), GTK_WIDGET (f->dropdown));
      g_ptr_array_add (self->filters, f);
    }
  if (self->spec->deadline_filter)
    {
      self->deadline_entry = gtk_entry_new ();
      gtk_entry_set_placeholder_text (GTK_ENTRY (self->deadline_entry), _("Due before…"));
      gtk_widget_set_tooltip_text (self->deadline_entry, _("Show only objectives due before this date"));
      stg_a11y_set_label (self->deadline_entry, _("Due before"));
      g_signal_connect_swapped (self->deadline_entry, "changed", G_CALLBACK (refilter), self);
      gtk_flow_box_append (GTK_FLOW_BOX (box), self->deadline_entry);
    }
  return box;
}

static void
refresh_filter_choices (StgRecordPage *self)
{
  for (guint i = 0; i < self->filters->len; i++)
    {
      Filter *f = g_ptr_array_index (self->filters, i);
      guint pos = gtk_drop_down_get_selected (f->dropdown);
      gint64 id = pos > 0 && f->values != NULL && pos - 1 < f->values->len
                  ? g_array_index (f->values, gint64, pos - 1) : 0;
      g_autoptr(GtkStringList) strings = NULL;

      if (f->column->type != STG_COLUMN_REFERENCE)
        continue;
      strings = filter_strings (self, f);
      g_signal_handlers_block_by_func (f->dropdown, refilter, self);
      gtk_drop_down_set_model (f->dropdown, G_LIST_MODEL (strings));
      gtk_drop_down_set_selected (f->dropdown, 0);
      for (guint j = 0; id != 0 && j < f->values->len; j++)
        if (g_array_index (f->values, gint64, j) == id)
          gtk_drop_down_set_selected (f->dropdown, j + 1);
      g_signal_handlers_unblock_by_func (f->dropdown, refilter, self);
    }
}

/* Selection and editor */

static void
show_selected (StgRecordPage *self)
{
  StgRecord *record = gtk_single_selection_get_selected_item (self->selection);

  self->selected_id = record != NULL ? stg_record_get_id (record) : 0;
  if (record == NULL)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->editor_stack), "empty");
      stg_record_editor_show (STG_RECORD_EDITOR (self->editor), NULL, self->names);
      return;
    }
  stg_record_editor_show (STG_RECORD_EDITOR (self->editor), record, self->names);
  gtk_stack_set_visible_child_name (GTK_STACK (self->editor_stack), "editor");
}

static void
selection_changed (StgRecordPage *self)
{
  show_selected (self);
  g_signal_emit (self, signals[SELECTED], 0);
}

void
stg_record_page_select (StgRecordPage *self,
                        gint64         id)
{
  guint pos = stg_record_list_find (self->items, id);

  if (pos == G_MAXUINT)
    return;
  gtk_single_selection_set_selected (self->selection, pos);
  /* GTK 4.8 has no gtk_column_view_scroll_to(); its list action does it. */
  gtk_widget_activate_action (self->column_view, "list.scroll-to-item", "u", pos);
  show_selected (self);
  g_signal_emit (self, signals[SELECTED], 0);
}

StgRecord *
stg_record_page_get_selected (StgRecordPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

void
stg_record_page_reload (StgRecordPage *self)
{
  gint64 total;

  g_clear_pointer (&self->names, stg_names_free);
  self->names = stg_names_new (self->store);
  refresh_filter_choices (self);
  requery (self);
  total = stg_store_count (self->store, self->spec->type (), NULL);
  gtk_stack_set_visible_child_name (GTK_STACK (self->list_stack), total == 0 ? "empty" : "list");
}

/* Adding, deleting, duplicating */

gboolean
stg_record_page_can_add (StgRecordPage *self)
{
  return self->spec->new_title != NULL;
}

void
stg_record_page_add (StgRecordPage *self)
{
  g_autoptr(StgRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  if (!stg_record_page_can_add (self))
    return;
  record = stg_record_new (self->spec->type ());
  stg_record_set_text (record, self->schema->title_column, _(self->spec->new_title));
  if (G_OBJECT_TYPE (record) == STG_TYPE_INTEREST)
    stg_record_set_int (record, "rank", stg_store_count (self->store, STG_TYPE_INTEREST, NULL) + 1);
  /* A new item matches no filter the analyst set, so clear them. */
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  for (guint i = 0; i < self->filters->len; i++)
    gtk_drop_down_set_selected (((Filter *) g_ptr_array_index (self->filters, i))->dropdown, 0);
  if (self->deadline_entry != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->deadline_entry), "");
  if (!stg_store_insert (self->store, record, &error))
    {
      toast (self, error->message, FALSE);
      return;
    }
  /* The window refreshes later; the new item is wanted selected now. */
  stg_record_page_reload (self);
  stg_record_page_select (self, stg_record_get_id (record));
  /* Ready to type its title: Ctrl+N, type, Tab on to the next field. */
  stg_record_editor_focus_field (STG_RECORD_EDITOR (self->editor), self->schema->title_column);
}

/* What holds an actor back, and where to go to free it. */
static gint64
count_where (StgRecordPage *self,
             GType          type,
             const char    *column,
             gint64         id)
{
  StgQuery query = { .n_filters = 1 };
  g_autoptr(GArray) ids = NULL;

  query.filters[0] = (StgQueryFilter) { column, NULL, id };
  ids = stg_store_query (self->store, type, &query, NULL);
  return ids != NULL ? ids->len : 0;
}

static void
in_use_response (AdwMessageDialog *dialog,
                 const char       *response,
                 StgRecordPage    *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "id"));

  if (g_str_equal (response, "objectives"))
    g_signal_emit (self, signals[SHOW_RELATED], 0, "objective", "lead_actor_id", id);
  else if (g_str_equal (response, "budget"))
    g_signal_emit (self, signals[SHOW_RELATED], 0, "budget", "actor_id", id);
}

/* Says why @record cannot go and offers to show what depends on it. */
static void
explain_in_use (StgRecordPage *self,
                StgRecord     *record,
                const GError  *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              _("Cannot Delete"), error->message);
  gint64 id = stg_record_get_id (record);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (G_OBJECT_TYPE (record) == STG_TYPE_ACTOR)
    {
      if (count_where (self, STG_TYPE_OBJECTIVE, "lead_actor_id", id) > 0)
        adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "objectives", _("Show Its _Objectives"));
      if (count_where (self, STG_TYPE_BUDGET_LINE, "actor_id", id) > 0)
        adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "budget", _("Show Its _Budget Lines"));
    }
  g_object_set_data (G_OBJECT (dialog), "id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (in_use_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
stg_record_page_filter_by (StgRecordPage *self,
                           const char    *column,
                           gint64         id)
{
  for (guint i = 0; i < self->filters->len; i++)
    {
      Filter *f = g_ptr_array_index (self->filters, i);
      if (!g_str_equal (f->column->name, column) || f->values == NULL)
        continue;
      if (id == 0)
        gtk_drop_down_set_selected (f->dropdown, 0);
      for (guint j = 0; j < f->values->len; j++)
        if (g_array_index (f->values, gint64, j) == id)
          gtk_drop_down_set_selected (f->dropdown, j + 1);
    }
}

void
stg_record_page_delete (StgRecordPage *self)
{
  StgRecord *record = stg_record_page_get_selected (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  if (record == NULL)
    return;
  if (!stg_store_delete (self->store, G_OBJECT_TYPE (record), stg_record_get_id (record), &error))
    {
      if (g_error_matches (error, STG_STORE_ERROR, STG_STORE_ERROR_IN_USE))
        explain_in_use (self, record, error);
      else
        toast (self, error->message, FALSE);
      return;
    }
  label = stg_store_get_undo_label (self->store);
  toast (self, label, TRUE);
}

void
stg_record_page_duplicate (StgRecordPage *self)
{
  StgRecord *record = stg_record_page_get_selected (self);
  g_autoptr(StgRecord) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (record == NULL || !stg_record_page_can_add (self))
    return;
  copy = stg_store_duplicate (self->store, record, &error);
  if (copy == NULL)
    {
      toast (self, error->message, FALSE);
      return;
    }
  stg_record_page_reload (self);
  stg_record_page_select (self, stg_record_get_id (copy));
}

void
stg_record_page_sort_by (StgRecordPage *self,
                         const char    *column,
                         gboolean       ascending)
{
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (self->column_view));

  for (guint i = 0; self->spec->columns[i] != NULL; i++)
    if (g_str_equal (self->spec->columns[i], column))
      {
        g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, i);
        gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (self->column_view), col,
                                        ascending ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
      }
}

void
stg_record_page_set_search (StgRecordPage *self,
                            const char    *text)
{
  /* Filter now; the entry's own signal comes after its typing delay. */
  gtk_editable_set_text (GTK_EDITABLE (self->search), text);
  refilter (self);
}

guint
stg_record_page_get_n_shown (StgRecordPage *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

void
stg_record_page_focus_search (StgRecordPage *self)
{
  gtk_widget_grab_focus (self->search);
}

GType
stg_record_page_get_record_type (StgRecordPage *self)
{
  return self->spec->type ();
}

/* Building */

static void
editor_toast (StgRecordPage *self,
              const char    *message,
              gboolean       offer_undo)
{
  toast (self, message, offer_undo);
}

static GtkWidget *
build_list (StgRecordPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();
  GtkSorter *sorter;

  self->items = stg_record_list_new (self->store, self->spec->type ());
  self->column_view = gtk_column_view_new (NULL);
  gtk_widget_add_css_class (self->column_view, "data-table");
  for (guint i = 0; self->spec->columns[i] != NULL; i++)
    add_column (self, stg_record_schema_find (self->schema, self->spec->columns[i]));
  sorter = gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->column_view));
  g_signal_connect (sorter, "changed", G_CALLBACK (header_sorter_changed), self);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (GTK_COLUMN_VIEW (self->column_view), GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed), self);

  self->search = gtk_search_entry_new ();
  g_object_set (self->search, "placeholder-text", _("Search"), NULL);
  stg_a11y_set_label (self->search, _("Search the list"));
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (refilter), self);
  gtk_box_append (GTK_BOX (box), self->search);
  if (self->spec->filters[0] != NULL || self->spec->deadline_filter)
    gtk_box_append (GTK_BOX (box), build_filters (self));

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->column_view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _(self->spec->empty_title));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), _(self->spec->empty_description));
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "view-list-symbolic");
  self->list_stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->list_stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (self->list_stack), empty, "empty");
  gtk_box_append (GTK_BOX (box), self->list_stack);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  return box;
}

static GtkWidget *
build_editor (StgRecordPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *empty = adw_status_page_new ();

  self->editor = stg_record_editor_new (self->store);
  g_signal_connect_swapped (self->editor, "toast", G_CALLBACK (editor_toast), self);
  gtk_widget_set_margin_top (self->editor, 24);
  gtk_widget_set_margin_bottom (self->editor, 24);
  gtk_widget_set_margin_start (self->editor, 12);
  gtk_widget_set_margin_end (self->editor, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->editor);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nothing Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), _("Select an item in the list to edit it"));
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-edit-symbolic");
  self->editor_stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->editor_stack), scrolled, "editor");
  gtk_stack_add_named (GTK_STACK (self->editor_stack), empty, "empty");
  gtk_stack_set_visible_child_name (GTK_STACK (self->editor_stack), "empty");
  gtk_widget_set_hexpand (self->editor_stack, TRUE);
  return self->editor_stack;
}

static void
stg_record_page_dispose (GObject *object)
{
  StgRecordPage *self = STG_RECORD_PAGE (object);

  g_clear_object (&self->store);
  g_clear_object (&self->items);
  g_clear_object (&self->selection);
  g_clear_object (&self->probe_a);
  g_clear_object (&self->probe_b);
  g_clear_pointer (&self->filters, g_ptr_array_unref);
  g_clear_pointer (&self->names, stg_names_free);

  G_OBJECT_CLASS (stg_record_page_parent_class)->dispose (object);
}

static void
stg_record_page_class_init (StgRecordPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = stg_record_page_dispose;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  /* Another item (or none) is now shown in the editor. */
  signals[SELECTED] = g_signal_new ("selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Asks to show page @name filtered to @column = @id. */
  signals[SHOW_RELATED] = g_signal_new ("show-related", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 3,
                                        G_TYPE_STRING, G_TYPE_STRING, G_TYPE_INT64);
}

static void
stg_record_page_init (StgRecordPage *self)
{
  self->filters = g_ptr_array_new_with_free_func ((GDestroyNotify) filter_free);
  self->probe_a = g_object_new (G_TYPE_OBJECT, NULL);
  self->probe_b = g_object_new (G_TYPE_OBJECT, NULL);
}

GtkWidget *
stg_record_page_new (StgStore *store,
                     GType     type)
{
  StgRecordPage *self = g_object_new (STG_TYPE_RECORD_PAGE, "orientation", GTK_ORIENTATION_HORIZONTAL, NULL);
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);

  self->store = g_object_ref (store);
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    if (specs[i].type () == type)
      self->spec = &specs[i];
  g_return_val_if_fail (self->spec != NULL, NULL);
  self->schema = stg_record_type_get_schema (type);
  self->names = stg_names_new (store);
  gtk_paned_set_start_child (GTK_PANED (paned), build_list (self));
  gtk_paned_set_end_child (GTK_PANED (paned), build_editor (self));
  gtk_paned_set_resize_start_child (GTK_PANED (paned), TRUE);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_position (GTK_PANED (paned), 640);
  gtk_widget_set_hexpand (paned, TRUE);
  gtk_box_append (GTK_BOX (self), paned);
  return GTK_WIDGET (self);
}
