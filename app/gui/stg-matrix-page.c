/* stg-matrix-page.c: which objective answers which interest, threat, actor */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-matrix-page"

#include "config.h"

#include <glib/gi18n.h>

#include "stg-a11y.h"
#include "stg-budget-chart.h"
#include "stg-matrix-page.h"

/*
 * A grid of objectives (rows) against the interests, threats or actors a
 * link joins them to (columns, numbered: titles would not fit a column's
 * width; the legend beside the grid names them). Rows and columns with no
 * link at all are the gaps a short strategy must not have, and are marked.
 */

static const StgLink links[] = {
  STG_LINK_OBJECTIVE_INTEREST, STG_LINK_OBJECTIVE_THREAT, STG_LINK_OBJECTIVE_SUPPORTING_ACTOR,
};
static const char *link_titles[] = {
  N_("Objectives × vital interests"), N_("Objectives × threats"), N_("Objectives × supporting actors"),
};
static const char *column_prefixes[] = {
  /* Translators: short codes of matrix columns: I1 for interest 1 */
  N_("I"), N_("T"), N_("A"),
};

struct _StgMatrixPage
{
  GtkBox         parent_instance;

  StgStore      *store;
  guint          which;        /* index into links[] */
  StgRecordList *objectives;
  GArray        *target_ids;
  GStrv          target_titles;
  GHashTable    *pairs;        /* "from:to" */
  GHashTable    *linked_rows;  /* objective ids with a link, as gint64 * */
  GArray        *column_counts;
  GtkWidget     *selector;
  GtkWidget     *grid;
  GtkWidget     *legend;
  GPtrArray     *legend_rows;
  gboolean       binding;
  guint          n_empty_rows;
  guint          n_empty_columns;
};

enum {
  TOAST,
  SHOW_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (StgMatrixPage, stg_matrix_page, GTK_TYPE_BOX)

static char *
pair_key (gint64 from,
          gint64 to)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, from, to);
}

static gboolean
linked (StgMatrixPage *self,
        gint64         from,
        gint64         to)
{
  g_autofree char *key = pair_key (from, to);

  return g_hash_table_contains (self->pairs, key);
}

void
stg_matrix_page_toggle (StgMatrixPage *self,
                        gint64         objective,
                        gint64         target)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (linked (self, objective, target))
    ok = stg_store_unlink (self->store, links[self->which], objective, target, &error);
  else
    ok = stg_store_link (self->store, links[self->which], objective, target, &error);
  if (!ok)
    g_signal_emit (self, signals[TOAST], 0, error->message, FALSE);
}

/* Cells */

static void
check_toggled (GtkCheckButton *check,
               StgMatrixPage  *self)
{
  StgRecord *objective = g_object_get_data (G_OBJECT (check), "objective");
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "column"));

  if (self->binding || objective == NULL)
    return;
  stg_matrix_page_toggle (self, stg_record_get_id (objective), g_array_index (self->target_ids, gint64, column));
}

static void
setup_check (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             StgMatrixPage            *self)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (check), "column", g_object_get_data (G_OBJECT (factory), "column"));
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled), self);
  gtk_list_item_set_child (item, check);
}

static void
bind_check (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            StgMatrixPage            *self)
{
  GtkWidget *check = gtk_list_item_get_child (item);
  StgRecord *objective = gtk_list_item_get_item (item);
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "column"));
  g_autofree char *label = NULL;

  g_object_set_data (G_OBJECT (check), "objective", objective);
  self->binding = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               linked (self, stg_record_get_id (objective), g_array_index (self->target_ids, gint64, column)));
  self->binding = FALSE;
  /* Translators: the accessible name of a matrix cell: objective, then column */
  label = g_strdup_printf (_("%s — %s"), stg_record_get_title (objective), self->target_titles[column]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
setup_title (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             StgMatrixPage            *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_title (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            StgMatrixPage            *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  StgRecord *objective = gtk_list_item_get_item (item);
  gint64 id = stg_record_get_id (objective);
  gboolean empty = !g_hash_table_contains (self->linked_rows, &id);

  gtk_label_set_label (GTK_LABEL (label), stg_record_get_title (objective));
  gtk_widget_set_tooltip_text (label, empty ? _("Linked to nothing in this matrix") : stg_record_get_title (objective));
  if (empty)
    gtk_widget_add_css_class (label, "matrix-empty");
  else
    gtk_widget_remove_css_class (label, "matrix-empty");
}

static GtkColumnViewColumn *
column (StgMatrixPage *self,
        const char    *title,
        GCallback      setup,
        GCallback      bind,
        guint          index)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col = gtk_column_view_column_new (title, factory);

  g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (index));
  g_signal_connect (factory, "setup", setup, self);
  g_signal_connect (factory, "bind", bind, self);
  return col;
}

static void
rebuild_columns (StgMatrixPage *self)
{
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (self->grid));
  g_autoptr(GtkColumnViewColumn) first = NULL;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (GTK_COLUMN_VIEW (self->grid), col);
    }
  first = column (self, _("Objective"), G_CALLBACK (setup_title), G_CALLBACK (bind_title), 0);
  gtk_column_view_column_set_fixed_width (first, (int) (320 * stg_chart_text_scale (self->grid)));
  gtk_column_view_column_set_resizable (first, TRUE);
  gtk_column_view_append_column (GTK_COLUMN_VIEW (self->grid), first);
  for (guint c = 0; c < self->target_ids->len; c++)
    {
      gboolean empty = g_array_index (self->column_counts, guint, c) == 0;
      /* An unlinked column says so in its heading: "T15 !" */
      g_autofree char *title = g_strdup_printf ("%s%u%s", _(column_prefixes[self->which]), c + 1, empty ? " !" : "");
      g_autoptr(GtkColumnViewColumn) col = column (self, title, G_CALLBACK (setup_check), G_CALLBACK (bind_check), c);

      gtk_column_view_column_set_fixed_width (col, (int) (56 * stg_chart_text_scale (self->grid)));
      gtk_column_view_append_column (GTK_COLUMN_VIEW (self->grid), col);
    }
}

/* Legend */

static void
legend_activated (AdwActionRow  *row,
                  StgMatrixPage *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "id");
  const StgLinkSchema *schema = stg_link_get_schema (links[self->which]);

  g_signal_emit (self, signals[SHOW_ITEM], 0, schema->to_type (), id);
}

static void
rebuild_legend (StgMatrixPage *self)
{
  for (guint i = 0; i < self->legend_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->legend), g_ptr_array_index (self->legend_rows, i));
  g_ptr_array_set_size (self->legend_rows, 0);
  for (guint c = 0; c < self->target_ids->len; c++)
    {
      GtkWidget *row = adw_action_row_new ();
      guint n = g_array_index (self->column_counts, guint, c);
      g_autofree char *title = g_strdup_printf ("%s%u  %s", _(column_prefixes[self->which]), c + 1, self->target_titles[c]);
      g_autofree char *subtitle = n == 0 ? g_strdup (_("No objective: a gap"))
                                  : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u objective", "%u objectives", n), n);
      gint64 id = g_array_index (self->target_ids, gint64, c);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (n == 0)
        gtk_widget_add_css_class (row, "matrix-empty");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "id", g_memdup2 (&id, sizeof id), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (legend_activated), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->legend), row);
      g_ptr_array_add (self->legend_rows, row);
    }
}

/* Loading */

static void
count_links (StgMatrixPage *self,
             GArray        *from,
             GArray        *to)
{
  g_hash_table_remove_all (self->pairs);
  g_hash_table_remove_all (self->linked_rows);
  g_array_set_size (self->column_counts, self->target_ids->len);
  memset (self->column_counts->data, 0, sizeof (guint) * self->target_ids->len);
  for (guint i = 0; i < from->len; i++)
    {
      gint64 a = g_array_index (from, gint64, i), b = g_array_index (to, gint64, i);
      gint64 *row = g_new (gint64, 1);

      *row = a;
      g_hash_table_add (self->pairs, pair_key (a, b));
      g_hash_table_add (self->linked_rows, row);
      for (guint c = 0; c < self->target_ids->len; c++)
        if (g_array_index (self->target_ids, gint64, c) == b)
          g_array_index (self->column_counts, guint, c)++;
    }
  self->n_empty_columns = 0;
  for (guint c = 0; c < self->target_ids->len; c++)
    self->n_empty_columns += g_array_index (self->column_counts, guint, c) == 0;
}

void
stg_matrix_page_reload (StgMatrixPage *self)
{
  const StgLinkSchema *schema = stg_link_get_schema (links[self->which]);
  StgQuery query = { .sort_column = "title" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) from = NULL;
  g_autoptr(GArray) to = NULL;
  GArray *objective_ids;

  g_clear_pointer (&self->target_ids, g_array_unref);
  g_clear_pointer (&self->target_titles, g_strfreev);
  if (!stg_store_titles (self->store, schema->to_type (), &self->target_ids, &self->target_titles, &error) ||
      !stg_store_link_pairs (self->store, links[self->which], &from, &to, &error) ||
      (objective_ids = stg_store_query (self->store, STG_TYPE_OBJECTIVE, &query, &error)) == NULL)
    {
      if (self->target_ids == NULL)
        {
          self->target_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          self->target_titles = g_new0 (char *, 1);
        }
      g_signal_emit (self, signals[TOAST], 0, error->message, FALSE);
      return;
    }
  count_links (self, from, to);
  self->n_empty_rows = 0;
  for (guint i = 0; i < objective_ids->len; i++)
    self->n_empty_rows += !g_hash_table_contains (self->linked_rows, &g_array_index (objective_ids, gint64, i));
  /* Columns first: rows bound to the old columns would look up the new
   * targets by position. */
  stg_record_list_set_ids (self->objectives, g_array_new (FALSE, FALSE, sizeof (gint64)));
  rebuild_columns (self);
  stg_record_list_set_ids (self->objectives, objective_ids);
  rebuild_legend (self);
}

void
stg_matrix_page_set_link (StgMatrixPage *self,
                          StgLink        link)
{
  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    if (links[i] == link)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->selector), i);
}

guint
stg_matrix_page_get_n_empty_rows (StgMatrixPage *self)
{
  return self->n_empty_rows;
}

guint
stg_matrix_page_get_n_empty_columns (StgMatrixPage *self)
{
  return self->n_empty_columns;
}

static void
selector_changed (StgMatrixPage *self)
{
  self->which = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->selector));
  stg_matrix_page_reload (self);
}

static GtkWidget *
build_grid (StgMatrixPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkNoSelection *selection;

  for (guint i = 0; i < G_N_ELEMENTS (link_titles); i++)
    gtk_string_list_append (names, _(link_titles[i]));
  self->selector = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_widget_set_halign (self->selector, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (self->selector, _("What the objectives are set against"));
  stg_a11y_set_label (self->selector, _("What the objectives are set against"));
  g_signal_connect_swapped (self->selector, "notify::selected", G_CALLBACK (selector_changed), self);
  self->objectives = stg_record_list_new (self->store, STG_TYPE_OBJECTIVE);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->objectives)));
  self->grid = gtk_column_view_new (GTK_SELECTION_MODEL (selection));
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (self->grid), TRUE);
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (self->grid), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Traceability matrix"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->grid);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (GTK_BOX (box), self->selector);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_widget_set_hexpand (box, TRUE);
  return box;
}

static GtkWidget *
build_legend (StgMatrixPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->legend = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->legend), _("Columns"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->legend),
                                         _("Rows and columns marked in red are linked to nothing"));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->legend);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, 300, -1);
  /* The legend has the width it asks for; the grid takes the rest. */
  gtk_widget_set_hexpand (scrolled, FALSE);
  return scrolled;
}

static void
stg_matrix_page_dispose (GObject *object)
{
  StgMatrixPage *self = STG_MATRIX_PAGE (object);

  g_clear_object (&self->objectives);
  g_clear_object (&self->store);
  g_clear_pointer (&self->target_ids, g_array_unref);
  g_clear_pointer (&self->target_titles, g_strfreev);
  g_clear_pointer (&self->pairs, g_hash_table_unref);
  g_clear_pointer (&self->linked_rows, g_hash_table_unref);
  g_clear_pointer (&self->column_counts, g_array_unref);
  g_clear_pointer (&self->legend_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (stg_matrix_page_parent_class)->dispose (object);
}

static void
stg_matrix_page_class_init (StgMatrixPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = stg_matrix_page_dispose;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  signals[SHOW_ITEM] = g_signal_new ("show-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_INT64);
}

static void
stg_matrix_page_init (StgMatrixPage *self)
{
  self->pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->linked_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->column_counts = g_array_new (FALSE, TRUE, sizeof (guint));
  self->legend_rows = g_ptr_array_new ();
}

GtkWidget *
stg_matrix_page_new (StgStore *store)
{
  StgMatrixPage *self = g_object_new (STG_TYPE_MATRIX_PAGE, "orientation", GTK_ORIENTATION_HORIZONTAL,
                                      "spacing", 12, NULL);

  self->store = g_object_ref (store);
  gtk_box_append (GTK_BOX (self), build_grid (self));
  gtk_box_append (GTK_BOX (self), build_legend (self));
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 12);
  stg_matrix_page_reload (self);
  return GTK_WIDGET (self);
}
