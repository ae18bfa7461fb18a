/* stg-budget-page.c: the budget as tables by year and as a chart */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-budget-page"

#include "config.h"

#include <glib/gi18n.h>

#include "stg-a11y.h"
#include "stg-budget-chart.h"
#include "stg-budget-page.h"
#include "stg-display.h"

/* A row of the pivot: an index into the table, or one of these. */
#define ROW_TOTAL G_MAXUINT
#define ROW_GDP (G_MAXUINT - 1)
#define COLUMN_TOTAL G_MAXUINT
#define COLUMN_LABEL (G_MAXUINT - 1)
#define MAX_LINES_LISTED 200

typedef enum {
  SHOW_PLANNED,
  SHOW_ACTUAL,
  SHOW_BOTH,
} Measure;

struct _StgBudgetPage
{
  GtkBox          parent_instance;

  StgStore       *store;
  StgBudgetTable *table;
  StgNames       *names;
  GtkWidget      *dimension;
  GtkWidget      *measure;
  GtkWidget      *pivot;
  GListStore     *rows;
  GtkWidget      *lines_group;
  GtkWidget      *lines_title;
  GPtrArray      *line_rows;
  GtkWidget      *chart;
  GtkWidget      *caption;
};

enum {
  TOAST,
  SHOW_LINE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (StgBudgetPage, stg_budget_page, GTK_TYPE_BOX)

/* Rows of the pivot's model: GtkColumnView wants GObjects. */
#define STG_TYPE_PIVOT_ROW (stg_pivot_row_get_type ())
G_DECLARE_FINAL_TYPE (StgPivotRow, stg_pivot_row, STG, PIVOT_ROW, GObject)

struct _StgPivotRow
{
  GObject parent_instance;
  guint   row;
};

G_DEFINE_FINAL_TYPE (StgPivotRow, stg_pivot_row, G_TYPE_OBJECT)

static void stg_pivot_row_class_init (StgPivotRowClass *klass) { }
static void stg_pivot_row_init (StgPivotRow *self) { }

static StgPivotRow *
pivot_row_new (guint row)
{
  StgPivotRow *r = g_object_new (STG_TYPE_PIVOT_ROW, NULL);

  r->row = row;
  return r;
}

static void
toast (StgBudgetPage *self,
       const char    *message)
{
  g_signal_emit (self, signals[TOAST], 0, message, FALSE);
}

/* Cells */

static const StgBudgetCell *
cell_for (StgBudgetPage *self,
          guint          row,
          guint          column)
{
  if (row == ROW_TOTAL)
    return column == COLUMN_TOTAL ? stg_budget_table_get_total (self->table)
                                  : stg_budget_table_get_year_total (self->table, column);
  return column == COLUMN_TOTAL ? stg_budget_table_get_row_total (self->table, row)
                                : stg_budget_table_get_cell (self->table, row, column);
}

/* Whole units: the toolbar says which currency. */
static char *
amount (StgBudgetPage *self,
        gint64         value)
{
  StgNumberFormat format = stg_number_format_current ();

  return stg_money_format_whole (value, stg_currency_decimals (stg_budget_table_get_currency (self->table)), &format);
}

static char *
gdp_text (StgBudgetPage *self,
          guint          column)
{
  gint64 gdp;

  if (column == COLUMN_TOTAL)
    return g_strdup ("");
  if (!stg_budget_table_get_gdp (self->table, column, &gdp))
    /* Translators: shown instead of a share of GDP */
    return g_strdup_printf (_("No GDP projection for %d"), stg_budget_table_get_year (self->table, column));
  return stg_budget_format_percent (stg_budget_share_of_gdp (stg_budget_table_get_year_total (self->table, column)->planned, gdp));
}

static char *
actual_text (StgBudgetPage       *self,
             const StgBudgetCell *cell,
             gboolean             with_variance)
{
  g_autofree char *actual = NULL;
  g_autofree char *percent = NULL;
  gint64 hundredths;

  if (cell->n_actual == 0)
    return g_strdup (_("not reported"));
  actual = amount (self, cell->actual);
  if (!with_variance || !stg_budget_variance_percent (cell, &hundredths))
    return g_steal_pointer (&actual);
  percent = stg_budget_format_percent (hundredths);
  /* Translators: an actual amount and its variance from plan */
  return g_strdup_printf (_("%s (%s%s)"), actual, hundredths > 0 ? "+" : "", percent);
}

static char *
cell_text (StgBudgetPage       *self,
           const StgBudgetCell *cell)
{
  Measure measure = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->measure));
  g_autofree char *planned = NULL;
  g_autofree char *actual = NULL;

  if (cell->n_lines == 0)
    return g_strdup ("—");
  if (measure == SHOW_PLANNED)
    return amount (self, cell->planned);
  if (measure == SHOW_ACTUAL)
    return actual_text (self, cell, FALSE);
  planned = amount (self, cell->planned);
  actual = actual_text (self, cell, TRUE);
  return g_strdup_printf ("%s\n%s", planned, actual);
}

static void
style_cell (GtkWidget           *label,
            const StgBudgetCell *cell,
            gboolean             total)
{
  gint64 variance = 0;
  g_autofree char *tip = NULL;

  gtk_widget_remove_css_class (label, "budget-over");
  gtk_widget_remove_css_class (label, "budget-under");
  gtk_widget_remove_css_class (label, "budget-total");
  gtk_widget_set_tooltip_text (label, NULL);
  if (total)
    gtk_widget_add_css_class (label, "budget-total");
  if (cell != NULL && stg_budget_cell_over_ceiling (cell))
    {
      gtk_widget_add_css_class (label, "budget-over");
      gtk_widget_set_tooltip_text (label, _("Planned above this actor’s ceiling for the year"));
    }
  else if (cell != NULL && stg_budget_variance (cell, &variance) && variance < 0)
    {
      gtk_widget_add_css_class (label, "budget-under");
      gtk_widget_set_tooltip_text (label, _("Less spent than planned (negative variance)"));
    }
}

static void
cell_clicked (GtkGestureClick *click,
              int              n_press,
              double           x,
              double           y,
              GtkWidget       *label)
{
  StgBudgetPage *self = STG_BUDGET_PAGE (gtk_widget_get_ancestor (label, STG_TYPE_BUDGET_PAGE));
  guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "row"));
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "column"));

  if (self != NULL && row != ROW_GDP)
    stg_budget_page_show_lines (self, row == ROW_TOTAL ? G_MAXUINT : row,
                                column == COLUMN_LABEL ? G_MAXUINT : column);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            StgBudgetPage            *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);
  GtkGesture *click;

  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_LABEL ? 0 : 1);
  gtk_label_set_justify (GTK_LABEL (label), column == COLUMN_LABEL ? GTK_JUSTIFY_LEFT : GTK_JUSTIFY_RIGHT);
  if (column == COLUMN_LABEL)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  g_object_set_data (G_OBJECT (label), "column", GUINT_TO_POINTER (column));
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (cell_clicked), label);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (click));
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           StgBudgetPage            *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  StgPivotRow *r = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;
  const StgBudgetCell *cell = NULL;

  g_object_set_data (G_OBJECT (label), "row", GUINT_TO_POINTER (r->row));
  if (column == COLUMN_LABEL)
    text = g_strdup (r->row == ROW_TOTAL ? _("Total")
                     : r->row == ROW_GDP ? _("Share of GDP")
                     : stg_budget_table_get_row_label (self->table, r->row));
  else if (r->row == ROW_GDP)
    text = gdp_text (self, column);
  else
    {
      cell = cell_for (self, r->row, column);
      text = cell_text (self, cell);
    }
  gtk_label_set_label (GTK_LABEL (label), text);
  style_cell (label, cell, r->row >= ROW_GDP || column == COLUMN_TOTAL);
}

/* Wide enough for the column's widest figure, so that no amount is cut
 * ("6.725.960.000 (+0,24 %)"); wider with larger text (200%). */
static int
column_width (StgBudgetPage *self,
              guint          column)
{
  double scale = stg_chart_text_scale (self->pivot);
  int width = (int) ((column == COLUMN_LABEL ? 240 : 168) * scale);
  guint n_rows = stg_budget_table_get_n_rows (self->table);

  if (column == COLUMN_LABEL)
    return width;
  for (guint row = 0; row <= n_rows; row++)
    {
      g_autofree char *text = cell_text (self, cell_for (self, row == n_rows ? ROW_TOTAL : row, column));
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (self->pivot, text);
      int text_width;

      pango_layout_get_pixel_size (layout, &text_width, NULL);
      /* The label's margins and the cell's padding, and a little air. */
      width = MAX (width, text_width + 40);
    }
  return width;
}

static void
add_column (StgBudgetPage *self,
            const char    *title,
            guint          column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col = gtk_column_view_column_new (title, factory);

  g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_column_set_fixed_width (col, column_width (self, column));
  gtk_column_view_append_column (GTK_COLUMN_VIEW (self->pivot), col);
  g_object_unref (col);
}

static void
rebuild_columns (StgBudgetPage *self)
{
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (self->pivot));
  static const char *row_titles[] = { N_("Actor"), N_("Objective"), N_("Capability kind"), N_("Funding source") };

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (GTK_COLUMN_VIEW (self->pivot), col);
    }
  add_column (self, _(row_titles[stg_budget_table_get_dimension (self->table)]), COLUMN_LABEL);
  for (guint c = 0; c < stg_budget_table_get_n_years (self->table); c++)
    {
      g_autofree char *year = g_strdup_printf ("%d", stg_budget_table_get_year (self->table, c));
      add_column (self, year, c);
    }
  add_column (self, _("Total"), COLUMN_TOTAL);
}

static void
fill_rows (StgBudgetPage *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint r = 0; r < stg_budget_table_get_n_rows (self->table); r++)
    g_ptr_array_add (rows, pivot_row_new (r));
  g_ptr_array_add (rows, pivot_row_new (ROW_TOTAL));
  if (stg_budget_table_get_dimension (self->table) == STG_BUDGET_BY_ACTOR)
    g_ptr_array_add (rows, pivot_row_new (ROW_GDP));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);
}

/* The lines behind a figure */

static void
clear_lines (StgBudgetPage *self)
{
  for (guint i = 0; i < self->line_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->lines_group), g_ptr_array_index (self->line_rows, i));
  g_ptr_array_set_size (self->line_rows, 0);
}

static void
line_activated (AdwActionRow  *row,
                StgBudgetPage *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "id");

  g_signal_emit (self, signals[SHOW_LINE], 0, id);
}

static GtkWidget *
line_row (StgBudgetPage *self,
          StgRecord     *line)
{
  const StgRecordSchema *schema = stg_record_get_schema (line);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *objective = stg_display_value (line, stg_record_schema_find (schema, "objective_id"), self->names);
  g_autofree char *actor = stg_display_value (line, stg_record_schema_find (schema, "actor_id"), self->names);
  g_autofree char *planned = stg_display_value (line, stg_record_schema_find (schema, "planned"), self->names);
  g_autofree char *title = g_strdup_printf ("%lld · %s", (long long) stg_record_get_int (line, "year"), objective);
  /* Translators: a budget line: actor · planned amount */
  g_autofree char *subtitle = g_strdup_printf (_("%s · planned %s"), actor, planned);
  gint64 id = stg_record_get_id (line);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (line_activated), self);
  return row;
}

void
stg_budget_page_show_lines (StgBudgetPage *self,
                            guint          row,
                            guint          column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = stg_budget_table_get_lines (self->table, row, column, &error);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  const char *what = row == G_MAXUINT ? _("All rows") : stg_budget_table_get_row_label (self->table, row);

  clear_lines (self);
  if (ids == NULL)
    {
      toast (self, error->message);
      return;
    }
  if (column == G_MAXUINT)
    title = g_strdup_printf (_("%s, every year"), what);
  else
    title = g_strdup_printf ("%s, %d", what, stg_budget_table_get_year (self->table, column));
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u budget line", "%u budget lines", ids->len), ids->len);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->lines_group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->lines_group), description);
  for (guint i = 0; i < ids->len && i < MAX_LINES_LISTED; i++)
    {
      g_autoptr(StgRecord) line = stg_store_get (self->store, STG_TYPE_BUDGET_LINE, g_array_index (ids, gint64, i), NULL);
      GtkWidget *r;

      if (line == NULL)
        continue;
      r = line_row (self, line);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->lines_group), r);
      g_ptr_array_add (self->line_rows, r);
    }
}

/* Loading */

void
stg_budget_page_reload (StgBudgetPage *self)
{
  g_autoptr(GError) error = NULL;
  StgBudgetTable *table = stg_budget_table_new (self->store,
                                                gtk_drop_down_get_selected (GTK_DROP_DOWN (self->dimension)),
                                                &error);

  if (table == NULL)
    {
      toast (self, error->message);
      return;
    }
  /* No row may be bound to the old table while the new one comes in. */
  g_list_store_remove_all (self->rows);
  g_clear_pointer (&self->table, stg_budget_table_free);
  self->table = table;
  g_clear_pointer (&self->names, stg_names_free);
  self->names = stg_names_new (self->store);
  rebuild_columns (self);
  fill_rows (self);
  /* The chart always stacks actors, whatever the table shows. */
  {
    StgBudgetTable *by_actor = stg_budget_table_new (self->store, STG_BUDGET_BY_ACTOR, &error);
    if (by_actor == NULL)
      toast (self, error->message);
    else
      stg_budget_chart_set_table (STG_BUDGET_CHART (self->chart), by_actor);
  }
  {
    /* Translators: above the budget table, %s is a currency code */
    g_autofree char *caption = g_strdup_printf (_("Amounts in %s; actual amounts with their variance from plan"),
                                                stg_budget_table_get_currency (self->table));
    gtk_label_set_label (GTK_LABEL (self->caption), caption);
    gtk_widget_set_tooltip_text (self->caption, caption);
  }
  clear_lines (self);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->lines_group), _("Budget Lines"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->lines_group),
                                         _("Click a figure to list the budget lines behind it"));
}

void
stg_budget_page_set_dimension (StgBudgetPage      *self,
                               StgBudgetDimension  dimension)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dimension), dimension);
}

StgBudgetTable *
stg_budget_page_get_table (StgBudgetPage *self)
{
  return self->table;
}

static void
measure_changed (StgBudgetPage *self)
{
  /* The same table, read another way: rebind the cells, and fit the
   * columns to what they now show. */
  if (self->table != NULL)
    {
      GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (self->pivot));
      guint n = g_list_model_get_n_items (columns);

      for (guint i = 1; i < n; i++)
        {
          g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, i);

          gtk_column_view_column_set_fixed_width (col, column_width (self, i + 1 == n ? COLUMN_TOTAL : i - 1));
        }
      fill_rows (self);
    }
}

static GtkWidget *
build_toolbar (StgBudgetPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *dimensions[] = { N_("By actor"), N_("By objective"), N_("By capability kind"), N_("By funding source"), NULL };
  const char *measures[] = { N_("Planned"), N_("Actual"), N_("Planned and actual"), NULL };
  g_autoptr(GtkStringList) dims = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) meas = gtk_string_list_new (NULL);

  for (guint i = 0; dimensions[i] != NULL; i++)
    gtk_string_list_append (dims, _(dimensions[i]));
  for (guint i = 0; measures[i] != NULL; i++)
    gtk_string_list_append (meas, _(measures[i]));
  self->dimension = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (dims)), NULL);
  self->measure = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (meas)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->measure), SHOW_BOTH);
  gtk_widget_set_tooltip_text (self->dimension, _("Rows of the table"));
  gtk_widget_set_tooltip_text (self->measure, _("Amounts shown"));
  stg_a11y_set_label (self->dimension, _("Rows of the table"));
  stg_a11y_set_label (self->measure, _("Amounts shown"));
  g_signal_connect_swapped (self->dimension, "notify::selected", G_CALLBACK (stg_budget_page_reload), self);
  g_signal_connect_swapped (self->measure, "notify::selected", G_CALLBACK (measure_changed), self);
  gtk_box_append (GTK_BOX (box), self->dimension);
  gtk_box_append (GTK_BOX (box), self->measure);
  self->caption = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->caption, "dim-label");
  gtk_widget_set_hexpand (self->caption, TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->caption), 1);
  /* Shortened rather than widen the window (large text); the tooltip
   * and screen readers have it whole. */
  gtk_label_set_ellipsize (GTK_LABEL (self->caption), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), self->caption);
  return box;
}

static GtkWidget *
build_lines_panel (StgBudgetPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->lines_group = adw_preferences_group_new ();
  gtk_box_append (GTK_BOX (box), self->lines_group);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, 260, -1);
  return scrolled;
}

static GtkWidget *
build_pivot (StgBudgetPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkNoSelection *selection;

  self->rows = g_list_store_new (STG_TYPE_PIVOT_ROW);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  self->pivot = gtk_column_view_new (GTK_SELECTION_MODEL (selection));
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (self->pivot), TRUE);
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (self->pivot), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pivot), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Budget by year"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->pivot);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_set_size_request (scrolled, -1, 160);
  gtk_widget_add_css_class (scrolled, "card");
  return scrolled;
}

static void
stg_budget_page_dispose (GObject *object)
{
  StgBudgetPage *self = STG_BUDGET_PAGE (object);

  g_clear_pointer (&self->table, stg_budget_table_free);
  g_clear_pointer (&self->names, stg_names_free);
  g_clear_pointer (&self->line_rows, g_ptr_array_unref);
  g_clear_object (&self->rows);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (stg_budget_page_parent_class)->dispose (object);
}

static void
stg_budget_page_class_init (StgBudgetPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = stg_budget_page_dispose;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  /* Asks to open budget line @id in the list of budget lines. */
  signals[SHOW_LINE] = g_signal_new ("show-line", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
stg_budget_page_init (StgBudgetPage *self)
{
  self->line_rows = g_ptr_array_new ();
}

GtkWidget *
stg_budget_page_new (StgStore *store)
{
  StgBudgetPage *self = g_object_new (STG_TYPE_BUDGET_PAGE, "orientation", GTK_ORIENTATION_VERTICAL, NULL);
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *main_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *split;
  GtkWidget *chart_scrolled = gtk_scrolled_window_new ();

  self->store = g_object_ref (store);
  gtk_box_append (GTK_BOX (main_box), build_toolbar (self));
  /* Table above, chart below; the analyst moves the split. */
  split = gtk_paned_new (GTK_ORIENTATION_VERTICAL);
  self->chart = stg_budget_chart_new ();
  gtk_paned_set_start_child (GTK_PANED (split), build_pivot (self));
  /* The chart grows with large text; it scrolls rather than widen the
   * window past the screen. */
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (chart_scrolled), self->chart);
  gtk_paned_set_end_child (GTK_PANED (split), chart_scrolled);
  gtk_paned_set_shrink_end_child (GTK_PANED (split), FALSE);
  gtk_paned_set_shrink_start_child (GTK_PANED (split), FALSE);
  gtk_paned_set_position (GTK_PANED (split), 330);
  gtk_widget_set_vexpand (split, TRUE);
  gtk_box_append (GTK_BOX (main_box), split);
  gtk_widget_set_margin_start (main_box, 12);
  gtk_widget_set_margin_end (main_box, 12);
  gtk_widget_set_margin_top (main_box, 12);
  gtk_widget_set_margin_bottom (main_box, 12);
  gtk_paned_set_start_child (GTK_PANED (paned), main_box);
  gtk_paned_set_end_child (GTK_PANED (paned), build_lines_panel (self));
  gtk_paned_set_resize_end_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_widget_set_vexpand (paned, TRUE);
  gtk_box_append (GTK_BOX (self), paned);
  stg_budget_page_reload (self);
  return GTK_WIDGET (self);
}
