/* test-workbench.c: an analyst's edits through the real widgets */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "gui/stg-budget-page.h"
#include "gui/stg-export-dialog.h"
#include "gui/stg-gaps-page.h"
#include "gui/stg-matrix-page.h"
#include "gui/stg-versions-dialog.h"
#include "gui/stg-record-page.h"
#include "gui/stg-window.h"
#include "stg-resources.h"
#include "stg-test-gui.h"
#include "stg-test-store.h"

static void
settle (void)
{
  for (int i = 0; i < 5; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static GtkWidget *
field (StgWindow  *window,
       const char *page,
       const char *name)
{
  GtkWidget *w = stg_test_find (stg_window_get_page (window, page), name);

  if (w == NULL)
    fail_msg ("no field “%s” on page %s", name, page);
  return w;
}

static void
type_into (GtkWidget  *entry_row,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry_row), text);
  g_signal_emit_by_name (entry_row, "apply");
  settle ();
}

static void
action (StgWindow  *window,
        const char *name)
{
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), name, NULL));
  settle ();
}

static StgWindow *
open_window (StgFixture *f)
{
  StgWindow *window = STG_WINDOW (g_object_new (STG_TYPE_WINDOW, "store", f->store, NULL));

  gtk_window_present (GTK_WINDOW (window));
  settle ();
  return window;
}

static gint64
selected_id (StgWindow  *window,
             const char *page)
{
  StgRecord *r = stg_record_page_get_selected (STG_RECORD_PAGE (stg_window_get_page (window, page)));

  assert_non_null (r);
  return stg_record_get_id (r);
}

static StgRecord *
get (StgFixture *f,
     GType       type,
     gint64      id)
{
  g_autoptr(GError) error = NULL;
  StgRecord *r = stg_store_get (f->store, type, id, &error);

  stg_assert_no_error (error);
  return r;
}

static void
test_build_an_objective (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = open_window (f);
  g_autoptr(StgRecord) objective = NULL;
  g_autoptr(StgRecord) line = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GArray) threats = NULL;
  gint64 actor, threat, id;
  GtkWidget *w;

  /* An actor and a threat, typed in their editors. */
  stg_window_show_page (window, "actor");
  action (window, "win.add-item");
  actor = selected_id (window, "actor");
  type_into (field (window, "actor", "name"), "Ministry of Defence");
  objective = get (f, STG_TYPE_ACTOR, actor);
  assert_string_equal (stg_record_get_title (objective), "Ministry of Defence");
  g_clear_object (&objective);

  stg_window_show_page (window, "threat");
  action (window, "win.add-item");
  threat = selected_id (window, "threat");
  type_into (field (window, "threat", "title"), "Armed conflict on Europe’s periphery");

  /* The objective: lead actor from the dropdown, deadline typed. */
  stg_window_show_page (window, "objective");
  action (window, "win.add-item");
  id = selected_id (window, "objective");
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (window, "objective", "lead_actor_id")), 1);
  settle ();
  type_into (field (window, "objective", "deadline"), "2027-06-30");
  objective = get (f, STG_TYPE_OBJECTIVE, id);
  assert_int_equal (stg_record_get_int (objective, "lead_actor_id"), actor);
  assert_string_equal (stg_record_get_text (objective, "deadline"), "2027-06-30");
  g_clear_object (&objective);

  /* Typing a title and moving on, without Enter, keeps it. */
  w = field (window, "objective", "title");
  gtk_widget_grab_focus (w);
  settle ();
  gtk_editable_set_text (GTK_EDITABLE (w), "Strengthen the reserve forces");
  gtk_widget_grab_focus (field (window, "objective", "priority"));
  settle ();
  objective = get (f, STG_TYPE_OBJECTIVE, id);
  assert_string_equal (stg_record_get_title (objective), "Strengthen the reserve forces");
  g_clear_object (&objective);

  /* An impossible date is marked on the field and not written. */
  w = field (window, "objective", "deadline");
  type_into (w, "2027-02-30");
  assert_true (gtk_widget_has_css_class (field (window, "objective", "deadline"), "error"));
  objective = get (f, STG_TYPE_OBJECTIVE, id);
  assert_string_equal (stg_record_get_text (objective, "deadline"), "2027-06-30");
  g_clear_object (&objective);

  /* A budget line, paid by the lead actor, with a planned amount. */
  g_signal_emit_by_name (stg_test_find (field (window, "objective", "budget_line"), "add"), "clicked");
  settle ();
  lines = stg_store_list_where (f->store, STG_TYPE_BUDGET_LINE, "objective_id", id, NULL);
  assert_int_equal (g_list_model_get_n_items (lines), 1);
  line = g_list_model_get_item (lines, 0);
  assert_int_equal (stg_record_get_int (line, "actor_id"), actor);
  /* A budget line's fields are made when it is opened. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (stg_test_find_type (field (window, "objective", "budget_line"),
                                                              ADW_TYPE_EXPANDER_ROW)), TRUE);
  settle ();
  type_into (stg_test_find (field (window, "objective", "budget_line"), "planned"), "1234567.89");
  g_clear_object (&line);
  line = get (f, STG_TYPE_BUDGET_LINE, stg_record_get_id (g_list_model_get_item (lines, 0)));
  assert_true (stg_record_get_int (line, "planned") == G_GINT64_CONSTANT (123456789));

  /* The threat it addresses, ticked in the links. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (field (window, "objective", "objective_threat")), TRUE);
  settle ();
  w = stg_test_find_type (field (window, "objective", "objective_threat"), GTK_TYPE_CHECK_BUTTON);
  assert_non_null (w);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (w), TRUE);
  settle ();
  threats = stg_store_linked (f->store, STG_LINK_OBJECTIVE_THREAT, id, NULL);
  assert_int_equal (threats->len, 1);
  assert_true (g_array_index (threats, gint64, 0) == threat);
  g_clear_pointer (&threats, g_array_unref);

  /* Undo takes the link back, redo restores it. */
  action (window, "win.undo");
  threats = stg_store_linked (f->store, STG_LINK_OBJECTIVE_THREAT, id, NULL);
  assert_int_equal (threats->len, 0);
  g_clear_pointer (&threats, g_array_unref);
  action (window, "win.redo");
  threats = stg_store_linked (f->store, STG_LINK_OBJECTIVE_THREAT, id, NULL);
  assert_int_equal (threats->len, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_delete_and_undo (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = open_window (f);
  gint64 objectives = stg_store_count (f->store, STG_TYPE_OBJECTIVE, NULL);
  gint64 lines = stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL);

  stg_window_show_page (window, "objective");
  stg_record_page_select (STG_RECORD_PAGE (stg_window_get_page (window, "objective")), 9);
  settle ();
  action (window, "win.delete-item");
  assert_int_equal (stg_store_count (f->store, STG_TYPE_OBJECTIVE, NULL), objectives - 1);
  assert_true (stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL) < lines);
  action (window, "win.undo");
  assert_int_equal (stg_store_count (f->store, STG_TYPE_OBJECTIVE, NULL), objectives);
  assert_int_equal (stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL), lines);

  /* An actor that leads objectives is not deleted. */
  stg_window_show_page (window, "actor");
  stg_record_page_select (STG_RECORD_PAGE (stg_window_get_page (window, "actor")), 3);
  settle ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-item", NULL);
  settle ();
  assert_non_null (stg_store_get (f->store, STG_TYPE_ACTOR, 3, NULL));
  /* The dialog explains, and offers to show the objectives it leads. */
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      {
        assert_true (adw_message_dialog_has_response (l->data, "objectives"));
        adw_message_dialog_response (l->data, "objectives");
        gtk_window_destroy (l->data);
      }
  settle ();
  {
    StgQuery q = { .n_filters = 1 };
    g_autoptr(GArray) led = NULL;
    q.filters[0] = (StgQueryFilter) { "lead_actor_id", NULL, 3 };
    led = stg_store_query (f->store, STG_TYPE_OBJECTIVE, &q, NULL);
    assert_true (led->len > 0);
    assert_int_equal (stg_record_page_get_n_shown (STG_RECORD_PAGE (stg_window_get_page (window, "objective"))), led->len);
  }

  /* Duplicate makes one more, one undo step removes it. */
  stg_window_show_page (window, "objective");
  stg_record_page_filter_by (STG_RECORD_PAGE (stg_window_get_page (window, "objective")), "lead_actor_id", 0);
  stg_record_page_select (STG_RECORD_PAGE (stg_window_get_page (window, "objective")), 9);
  settle ();
  action (window, "win.duplicate-item");
  assert_int_equal (stg_store_count (f->store, STG_TYPE_OBJECTIVE, NULL), objectives + 1);
  action (window, "win.undo");
  assert_int_equal (stg_store_count (f->store, STG_TYPE_OBJECTIVE, NULL), objectives);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_edit_the_strategy (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = open_window (f);
  g_autoptr(StgStrategy) strategy = NULL;

  type_into (field (window, "overview", "classification"), "NATO RESTRICTED");
  strategy = stg_store_get_strategy (f->store, NULL);
  assert_string_equal (stg_record_get_text (STG_RECORD (strategy), "classification"), "NATO RESTRICTED");
  assert_string_equal (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (stg_test_find_type (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE))),
                       "NATO RESTRICTED");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_type (GtkWidget *root,
              GType      type,
              GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect_type (child, type, found);
    }
}

static void
test_budget_lines_behind_a_figure (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = open_window (f);
  StgBudgetPage *page = STG_BUDGET_PAGE (stg_window_get_page (window, "budget"));
  StgBudgetTable *t;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint defence = G_MAXUINT, y2030 = G_MAXUINT;
  StgRecord *selected;

  stg_window_show_page (window, "budget");
  settle ();
  t = stg_budget_page_get_table (page);
  for (guint r = 0; r < stg_budget_table_get_n_rows (t); r++)
    if (g_str_equal (stg_budget_table_get_row_label (t, r), "Ministry of Defence"))
      defence = r;
  for (guint c = 0; c < stg_budget_table_get_n_years (t); c++)
    if (stg_budget_table_get_year (t, c) == 2030)
      y2030 = c;
  assert_true (defence != G_MAXUINT && y2030 != G_MAXUINT);
  stg_budget_page_show_lines (page, defence, y2030);
  settle ();
  collect_type (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, rows);
  assert_int_equal (rows->len, 5);

  /* Opening one shows it among the budget lines. */
  g_signal_emit_by_name (g_ptr_array_index (rows, 0), "activated");
  settle ();
  selected = stg_record_page_get_selected (STG_RECORD_PAGE (stg_window_get_page (window, "lines")));
  assert_non_null (selected);
  assert_int_equal (stg_record_get_int (selected, "actor_id"), 4);
  assert_int_equal (stg_record_get_int (selected, "year"), 2030);

  /* Another dimension, the same total. */
  stg_budget_page_set_dimension (page, STG_BUDGET_BY_SOURCE);
  settle ();
  assert_true (stg_budget_table_get_total (stg_budget_page_get_table (page))->planned ==
               G_GINT64_CONSTANT (4930735000000));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
export_finished (StgExportDialog *dialog,
                 const char      *message,
                 gboolean        *done)
{
  if (message != NULL)
    fail_msg ("export failed: %s", message);
  *done = TRUE;
}

static void
test_export_and_import (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = open_window (f);
  g_autofree char *out = g_build_filename (f->dir, "lines.csv", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "bad.csv", NULL);
  g_autofree char *preview = NULL;
  g_autofree char *contents = NULL;
  GtkWidget *dialog;
  gboolean done = FALSE;
  gint64 lines = stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL);

  /* The preview shows the header and the first rows, not the whole file. */
  dialog = stg_export_dialog_new (GTK_WINDOW (window), f->store, STG_CSV_TABLE_LINES);
  gtk_window_present (GTK_WINDOW (dialog));
  settle ();
  preview = stg_export_dialog_get_preview (STG_EXPORT_DIALOG (dialog));
  assert_true (g_str_has_prefix (preview, "id,objective_id,objective,actor_id,actor,year"));
  assert_true (strlen (preview) < 4096);
  g_signal_connect (dialog, "done", G_CALLBACK (export_finished), &done);
  stg_export_dialog_export_to (STG_EXPORT_DIALOG (dialog), out);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  settle ();
  assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  assert_true (g_str_has_prefix (contents, "id,objective_id"));

  /* Importing the lines again doubles them, in one undo step. */
  stg_window_import_csv (window, out);
  settle ();
  assert_int_equal (stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL), lines * 2);
  action (window, "win.undo");
  assert_int_equal (stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL), lines);

  /* A bad row refuses the whole file and says which line. */
  assert_true (g_file_set_contents (bad, "objective_id,actor_id,year,planned\r\n9,4,2027,100\r\n9,4,1066,100\r\n", -1, NULL));
  stg_window_import_csv (window, bad);
  settle ();
  assert_int_equal (stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL), lines);
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      {
        GtkWidget *view = stg_test_find_type (GTK_WIDGET (l->data), GTK_TYPE_TEXT_VIEW);
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
        GtkTextIter start, end;
        g_autofree char *text = NULL;

        gtk_text_buffer_get_bounds (buffer, &start, &end);
        text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
        assert_non_null (strstr (text, "line 3"));
        gtk_window_destroy (l->data);
      }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether a label under @root reads @text. */
static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_type (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

/* The overview's budget totals come a moment after its first frame, and
 * follow an edit of the budget. */
static void
test_overview_budget_totals (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = open_window (f);
  GtkWidget *overview = stg_window_get_page (window, "overview");
  gint64 planned = 0, actual = 0, deadline;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgRecord) line = NULL;

  assert_true (stg_store_budget_totals (f->store, 0, &planned, &actual, &error));
  text = stg_money_format_currency (planned, "EUR");
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (!shows_label (overview, text) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  assert_true (shows_label (overview, text));

  line = stg_store_get (f->store, STG_TYPE_BUDGET_LINE, 1, &error);
  stg_assert_no_error (error);
  stg_record_set_int (line, "planned", stg_record_get_int (line, "planned") + 100);
  assert_true (stg_store_update_column (f->store, line, "planned", &error));
  g_free (text);
  text = stg_money_format_currency (planned + 100, "EUR");
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (!shows_label (overview, text) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  assert_true (shows_label (overview, text));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Opening a strategy builds only the page it shows; the others, with their
 * queries over the whole plan, when first shown or asked for. */
static void
test_pages_built_when_shown (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = open_window (f);
  g_autoptr(GPtrArray) stacks = g_ptr_array_new ();
  GtkStack *pages = NULL;

  collect_type (GTK_WIDGET (window), GTK_TYPE_STACK, stacks);
  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "overview") != NULL)
      pages = g_ptr_array_index (stacks, i);
  assert_non_null (pages);
  assert_null (gtk_stack_get_child_by_name (pages, "budget"));
  assert_null (gtk_stack_get_child_by_name (pages, "gaps"));
  assert_null (gtk_stack_get_child_by_name (pages, "objective"));
  stg_window_show_page (window, "budget");
  settle ();
  assert_non_null (gtk_stack_get_child_by_name (pages, "budget"));
  assert_true (gtk_stack_get_visible_child (pages) == stg_window_get_page (window, "budget"));
  assert_null (gtk_stack_get_child_by_name (pages, "gaps"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A strategy opened to be checked later shows at once; the window checks
 * it in a thread, and then takes edits. */
static void
test_checks_pages_in_a_thread (void **state)
{
  StgFixture *f = *state;
  g_autoptr(GError) error = NULL;
  StgWindow *window;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_clear_object (&f->store);
  f->store = stg_store_open (f->path, STG_STORE_OPEN_CHECK_LATER, &error);
  stg_assert_no_error (error);
  assert_false (stg_store_is_checked (f->store));
  window = open_window (f);
  while (!stg_store_is_checked (f->store) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  assert_true (stg_store_is_checked (f->store));
  assert_true (stg_store_delete (f->store, STG_TYPE_OBJECTIVE, 1, &error));
  stg_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Waits, for ten seconds at most, until the sidebar shows @n beside @part. */
static gboolean
wait_for_count (StgWindow  *window,
                const char *part,
                guint       n)
{
  g_autofree char *want = g_strdup_printf ("%u", n);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      if (g_str_equal (stg_window_get_count (window, part), want))
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return FALSE;
}

/* The sample's deliberate gaps are listed and counted in the sidebar; one
 * opens its item; fixing it takes it off the list and the count. */
static void
test_gaps (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = open_window (f);
  StgGapsPage *page = STG_GAPS_PAGE (stg_window_get_page (window, "gaps"));
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  StgRecord *selected;
  g_autoptr(StgRecord) objective = NULL;
  g_autoptr(GError) error = NULL;

  g_autoptr(GPtrArray) findings = stg_analysis_run (f->store, NULL, &error);
  guint serious = 0;

  /* Today's date decides some findings, so compare with the core's. */
  for (guint i = 0; i < findings->len; i++)
    serious += ((StgFinding *) g_ptr_array_index (findings, i))->severity != STG_SEVERITY_INFO;
  assert_true (wait_for_count (window, "gaps", serious));
  stg_window_show_page (window, "gaps");
  settle ();
  assert_true (findings->len >= 7);
  assert_int_equal (stg_gaps_page_get_n_shown (page), findings->len);
  assert_int_equal (stg_gaps_page_get_n_serious (page), serious);
  collect_type (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, rows);
  /* The first is an error: objective 33 has no lead actor. */
  g_signal_emit_by_name (g_ptr_array_index (rows, 0), "activated");
  settle ();
  selected = stg_record_page_get_selected (STG_RECORD_PAGE (stg_window_get_page (window, "objective")));
  assert_non_null (selected);
  assert_int_equal (stg_record_get_id (selected), 33);

  objective = stg_store_get (f->store, STG_TYPE_OBJECTIVE, 33, &error);
  stg_record_set_int (objective, "lead_actor_id", 1);
  assert_true (stg_store_update_column (f->store, objective, "lead_actor_id", &error));
  settle ();
  /* The sidebar's count follows from a thread; the page, when shown. */
  assert_true (wait_for_count (window, "gaps", serious - 1));
  stg_window_show_page (window, "gaps");
  settle ();
  assert_int_equal (stg_gaps_page_get_n_serious (page), serious - 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The threat no objective addresses is an empty column; ticking a cell
 * links them (one undo step) and the column is no longer empty. */
static void
test_matrix (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = open_window (f);
  StgMatrixPage *page = STG_MATRIX_PAGE (stg_window_get_page (window, "matrix"));
  g_autoptr(GArray) threats = NULL;

  stg_window_show_page (window, "matrix");
  stg_matrix_page_set_link (page, STG_LINK_OBJECTIVE_THREAT);
  settle ();
  assert_int_equal (stg_matrix_page_get_n_empty_columns (page), 1);
  stg_matrix_page_toggle (page, 9, 15);
  settle ();
  threats = stg_store_linked_reverse (f->store, STG_LINK_OBJECTIVE_THREAT, 15, NULL);
  assert_int_equal (threats->len, 1);
  assert_int_equal (stg_matrix_page_get_n_empty_columns (page), 0);
  action (window, "win.undo");
  assert_int_equal (stg_matrix_page_get_n_empty_columns (page), 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Save a version, change a deadline and a lead actor, delete a threat:
 * the comparison lists exactly those three changes. */
static void
test_versions (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = open_window (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(StgRecord) objective = stg_store_get (f->store, STG_TYPE_OBJECTIVE, 9, &error);
  gint64 version = stg_store_save_version (f->store, "Draft for NSC, 2026-03", &error);
  GtkWidget *dialog;

  assert_true (version > 0);
  stg_record_set_text (objective, "deadline", "2031-06-30");
  stg_record_set_int (objective, "lead_actor_id", 3);
  assert_true (stg_store_update (f->store, objective, &error));
  assert_true (stg_store_delete (f->store, STG_TYPE_THREAT, 3, &error));
  stg_assert_no_error (error);
  settle ();
  dialog = stg_versions_dialog_new (GTK_WINDOW (window), f->store);
  gtk_window_present (GTK_WINDOW (dialog));
  stg_versions_dialog_compare (STG_VERSIONS_DIALOG (dialog), version, 0);
  settle ();
  assert_int_equal (stg_versions_dialog_get_n_changes (STG_VERSIONS_DIALOG (dialog)), 3);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_build_an_objective, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_delete_and_undo, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_edit_the_strategy, stg_fixture_setup, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_budget_lines_behind_a_figure, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_export_and_import, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_gaps, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_checks_pages_in_a_thread, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_pages_built_when_shown, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_overview_budget_totals, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_matrix, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_versions, stg_fixture_setup_sample, stg_fixture_teardown),
  };

  stg_test_init ();
  adw_init ();
  stg_gui_register_resource ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
