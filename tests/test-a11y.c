/* test-a11y.c: every control of the window and its dialogs has a name */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * GTK 4.8 has no public getter for an accessible name, but its test
 * accessibility backend (GTK_A11Y=test) says which properties and
 * relations were set. A control passes when it has:
 *   - an accessible label or a labelled-by relation (an icon-only
 *     button: a label; GTK points its relation at the nameless icon), or
 *   - text of its own (a button or check button with a label), or
 *   - it is a libadwaita row with a title (the row is its name);
 * and an icon-only button also needs a tooltip.
 * Internals of composite widgets (a drop-down's button, a spin button's
 * text, a row's own box) are named by those widgets themselves and are
 * not walked into.
 */

#include "config.h"

#include <adwaita.h>

#include "gui/stg-export-dialog.h"
#include "gui/stg-preferences-window.h"
#include "gui/stg-record-page.h"
#include "gui/stg-settings.h"
#include "gui/stg-versions-dialog.h"
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

static gboolean
has_text (const char *s)
{
  return s != NULL && *s != '\0';
}

static gboolean
icon_only (GtkWidget *w)
{
  if (GTK_IS_MENU_BUTTON (w))
    return !has_text (gtk_menu_button_get_label (GTK_MENU_BUTTON (w)));
  if (GTK_IS_BUTTON (w) && !GTK_IS_CHECK_BUTTON (w))
    return GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (w))) ||
           (has_text (gtk_button_get_icon_name (GTK_BUTTON (w))) && !has_text (gtk_button_get_label (GTK_BUTTON (w))));
  return FALSE;
}

/* GTK labels an icon-only button by its image, which has no name: such
 * a button needs a label of its own. */
static gboolean
labelled (GtkWidget *w)
{
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
         (!icon_only (w) && gtk_test_accessible_has_relation (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
}

/* The text a widget shows as its own name. */
static gboolean
own_text (GtkWidget *w)
{
  if (GTK_IS_MENU_BUTTON (w))
    return has_text (gtk_menu_button_get_label (GTK_MENU_BUTTON (w)));
  if (GTK_IS_CHECK_BUTTON (w))
    return has_text (gtk_check_button_get_label (GTK_CHECK_BUTTON (w)));
  if (GTK_IS_BUTTON (w))
    return !icon_only (w) && (has_text (gtk_button_get_label (GTK_BUTTON (w))) ||
                              GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (w))));
  if (ADW_IS_PREFERENCES_ROW (w))
    return has_text (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)));
  return FALSE;
}

/* The controls the test holds to the rules above. */
static gboolean
is_control (GtkWidget *w)
{
  return GTK_IS_BUTTON (w) || GTK_IS_MENU_BUTTON (w) || GTK_IS_CHECK_BUTTON (w) || GTK_IS_SWITCH (w) ||
         GTK_IS_SPIN_BUTTON (w) || GTK_IS_ENTRY (w) || GTK_IS_SEARCH_ENTRY (w) || GTK_IS_DROP_DOWN (w) ||
         GTK_IS_TEXT_VIEW (w) || GTK_IS_SCALE (w) || ADW_IS_COMBO_ROW (w) || ADW_IS_ENTRY_ROW (w);
}

/* Composites whose insides are theirs to name. */
static gboolean
is_opaque (GtkWidget *w)
{
  return GTK_IS_MENU_BUTTON (w) || GTK_IS_SPIN_BUTTON (w) || GTK_IS_ENTRY (w) || GTK_IS_SEARCH_ENTRY (w) ||
         GTK_IS_DROP_DOWN (w) || ADW_IS_COMBO_ROW (w) || ADW_IS_ENTRY_ROW (w) || GTK_IS_WINDOW_CONTROLS (w) ||
         GTK_IS_BUTTON (w) || GTK_IS_POPOVER (w);
}

static void
describe (GtkWidget *w,
          GString   *out)
{
  g_string_append_printf (out, "%s", G_OBJECT_TYPE_NAME (w));
  for (GtkWidget *p = gtk_widget_get_parent (w); p != NULL; p = gtk_widget_get_parent (p))
    {
      if (ADW_IS_PREFERENCES_ROW (p) && has_text (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (p))))
        {
          g_string_append_printf (out, " in row “%s”", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (p)));
          break;
        }
      if (ADW_IS_PREFERENCES_GROUP (p) && has_text (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (p))))
        {
          g_string_append_printf (out, " in group “%s”", adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (p)));
          break;
        }
      if (has_text (gtk_widget_get_name (p)) && !g_str_has_prefix (gtk_widget_get_name (p), "Gtk") &&
          !g_str_has_prefix (gtk_widget_get_name (p), "Adw") && !g_str_has_prefix (gtk_widget_get_name (p), "Stg"))
        {
          g_string_append_printf (out, " in “%s”", gtk_widget_get_name (p));
          break;
        }
    }
  g_string_append (out, "\n");
}

/* Appends to @problems a line for each control under @root without a
 * name, or an icon-only button without a tooltip; counts the controls. */
static void
audit (GtkWidget *root,
       GString   *problems,
       guint     *n_controls)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      /* What is not on screen (a hidden switch, a closed search bar)
       * cannot be reached either. */
      if (!gtk_widget_get_mapped (w))
        continue;
      if (is_control (w))
        {
          (*n_controls)++;
          if (!labelled (w) && !own_text (w))
            {
              g_string_append (problems, "no accessible name: ");
              describe (w, problems);
            }
          else if (icon_only (w) && !has_text (gtk_widget_get_tooltip_text (w)))
            {
              g_string_append (problems, "icon-only button without tooltip: ");
              describe (w, problems);
            }
        }
      if (!is_opaque (w))
        audit (w, problems, n_controls);
    }
}

/* Audits @root, appending what is wrong to @report under @where. */
static void
check_named (GtkWidget  *root,
             const char *where,
             guint       at_least,
             GString    *report)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n = 0;

  audit (root, problems, &n);
  g_printerr ("# %s: %u controls\n", where, n);
  if (problems->len > 0)
    g_string_append_printf (report, "%s:\n%s", where, problems->str);
  if (n < at_least)
    g_string_append_printf (report, "%s: only %u controls found, expected at least %u\n", where, n, at_least);
}

/* cmocka cuts long messages: the whole list goes to stderr. */
static void
assert_report_empty (GString *report)
{
  if (report->len == 0)
    return;
  g_printerr ("%s", report->str);
  fail_msg ("controls without a name (listed above)");
}

/* Opens every expander under @root, so that rows made on expanding exist. */
static void
expand_all (GtkWidget *root)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      if (ADW_IS_EXPANDER_ROW (w))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (w), TRUE);
      expand_all (w);
    }
}

static const char *pages[] = {
  "overview", "interest", "threat", "role", "objective", "capability", "actor",
  "budget", "lines", "gaps", "matrix", "heatmap", "timeline",
};

static void
test_every_page_names_its_controls (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = STG_WINDOW (g_object_new (STG_TYPE_WINDOW, "store", f->store, NULL));
  g_autoptr(GString) report = g_string_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  settle ();
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page = stg_window_get_page (window, pages[i]);
      g_autofree char *where = g_strdup_printf ("page %s", pages[i]);

      stg_window_show_page (window, pages[i]);
      settle ();
      if (STG_IS_RECORD_PAGE (page))
        {
          /* An item's editor, all of it: objective 9 has budget lines
           * and indicators in the sample. */
          stg_record_page_select (STG_RECORD_PAGE (page), g_str_equal (pages[i], "objective") ? 9 : 1);
          settle ();
        }
      expand_all (page);
      settle ();
      check_named (page, where, 1, report);
    }
  /* The header bar, the sidebar and the page in view. */
  check_named (GTK_WIDGET (window), "window", 10, report);
  gtk_window_destroy (GTK_WINDOW (window));
  assert_report_empty (report);
}

static void
test_dialogs_name_their_controls (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = STG_WINDOW (g_object_new (STG_TYPE_WINDOW, "store", f->store, NULL));
  GtkWidget *dialog;
  g_autoptr(GString) report = g_string_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  settle ();
  dialog = stg_export_dialog_new (GTK_WINDOW (window), f->store, STG_CSV_TABLE_BY_ACTOR);
  gtk_window_present (GTK_WINDOW (dialog));
  settle ();
  check_named (dialog, "Export as CSV", 6, report);
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = stg_preferences_window_new (GTK_WINDOW (window), stg_settings_get ());
  gtk_window_present (GTK_WINDOW (dialog));
  settle ();
  check_named (dialog, "Preferences", 7, report);
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = GTK_WIDGET (stg_versions_dialog_new (GTK_WINDOW (window), f->store));
  gtk_window_present (GTK_WINDOW (dialog));
  settle ();
  check_named (dialog, "Versions and Changes", 1, report);
  gtk_window_destroy (GTK_WINDOW (dialog));

  stg_versions_save_dialog (GTK_WINDOW (window), f->store);
  settle ();
  dialog = NULL;
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  assert_non_null (dialog);
  check_named (dialog, "Save a Version", 3, report);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  assert_report_empty (report);
}

/* The rules catch what they are meant to: an icon-only button with
 * neither name nor tooltip, then with a tooltip only. */
static void
test_the_audit_fails_an_unnamed_button (void **state)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n = 0;

  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Named"));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  settle ();
  audit (box, problems, &n);
  assert_int_equal (n, 2);
  assert_non_null (strstr (problems->str, "no accessible name: GtkButton"));

  g_string_truncate (problems, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, "Add", -1);
  audit (box, problems, &n);
  assert_non_null (strstr (problems->str, "icon-only button without tooltip"));

  g_string_truncate (problems, 0);
  gtk_widget_set_tooltip_text (button, "Add");
  audit (box, problems, &n);
  assert_string_equal (problems->str, "");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The name of @w or of its nearest named ancestor, with its type. */
static char *
focus_name (GtkWidget *w)
{
  for (GtkWidget *p = w; p != NULL; p = gtk_widget_get_parent (p))
    {
      const char *name = gtk_widget_get_name (p);
      if (ADW_IS_PREFERENCES_ROW (p) && has_text (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (p))))
        return g_strdup_printf ("%s/%s “%s”", G_OBJECT_TYPE_NAME (w), has_text (name) ? name : "",
                                adw_preferences_row_get_title (ADW_PREFERENCES_ROW (p)));
      if (has_text (name) && !g_str_has_prefix (name, "Gtk") && !g_str_has_prefix (name, "Adw") &&
          !g_str_has_prefix (name, "Stg"))
        return g_strdup_printf ("%s/%s", G_OBJECT_TYPE_NAME (w), name);
    }
  return g_strdup (G_OBJECT_TYPE_NAME (w));
}

/* Presses Tab, as the keyboard would, until focus leaves @within (or
 * @max times); the widgets focused on the way, in order. */
static GPtrArray *
tab_through (GtkWindow *window,
             GtkWidget *within,
             guint      max)
{
  GPtrArray *seen = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < max; i++)
    {
      GtkWidget *focus;

      g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
      settle ();
      focus = gtk_window_get_focus (window);
      if (focus == NULL || !gtk_widget_is_ancestor (focus, within))
        break;
      g_ptr_array_add (seen, g_object_ref (focus));
    }
  if (g_getenv ("STG_A11Y_VERBOSE") != NULL)
    for (guint i = 0; i < seen->len; i++)
      {
        g_autofree char *name = focus_name (g_ptr_array_index (seen, i));
        g_printerr ("# tab %u: %s\n", i + 1, name);
      }
  return seen;
}

static gboolean
reached (GPtrArray *seen,
         GtkWidget *target)
{
  for (guint i = 0; i < seen->len; i++)
    {
      GtkWidget *w = g_ptr_array_index (seen, i);
      if (w == target || gtk_widget_is_ancestor (w, target))
        return TRUE;
    }
  return FALSE;
}

static void
print_toast (GtkWidget  *page,
             const char *message,
             gboolean    offer_undo)
{
  g_printerr ("# toast: %s\n", message);
}

/* The workflow with the keyboard alone: Ctrl+N adds an objective and puts
 * the cursor in its title; Tab reaches its lead actor, deadline, budget
 * and links; a budget line added with Enter keeps the focus; an interest
 * is linked with Space. */
static void
test_keyboard_reaches_the_objective_editor (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = STG_WINDOW (g_object_new (STG_TYPE_WINDOW, "store", f->store, NULL));
  GtkWidget *page, *budget, *line, *links, *check = NULL;
  g_autoptr(GPtrArray) seen = NULL;
  g_autoptr(GArray) linked = NULL;
  static const char *targets[] = {
    "lead_actor_id", "deadline", "status", "objective_interest", "objective_threat", "budget_line", NULL,
  };

  gtk_window_present (GTK_WINDOW (window));
  settle ();
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "objective"));
  settle ();
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-item", NULL));
  settle ();
  page = stg_window_get_page (window, "objective");
  assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), stg_test_find (page, "title")));

  seen = tab_through (GTK_WINDOW (window), page, 100);
  for (guint i = 0; targets[i] != NULL; i++)
    if (!reached (seen, stg_test_find (page, targets[i])))
      fail_msg ("Tab does not reach “%s” in the objective’s editor", targets[i]);

  /* Enter on "Add a budget line": the focus goes to the new line, whose
   * amounts Tab reaches once it is opened. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (stg_test_find (page, "lead_actor_id")), 1);
  settle ();
  if (g_getenv ("STG_A11Y_VERBOSE") != NULL)
    g_signal_connect (page, "toast", G_CALLBACK (print_toast), NULL);
  budget = stg_test_find (page, "budget_line");
  gtk_widget_grab_focus (stg_test_find (budget, "add"));
  /* What Enter does, without the button's press animation. */
  g_signal_emit_by_name (stg_test_find (budget, "add"), "clicked");
  settle ();
  if (g_getenv ("STG_A11Y_VERBOSE") != NULL)
    {
      g_autofree char *name = focus_name (gtk_window_get_focus (GTK_WINDOW (window)));
      g_printerr ("# after adding a budget line: %s (%lld lines)\n", name,
                  (long long) stg_store_count (f->store, STG_TYPE_BUDGET_LINE, NULL));
    }
  line = gtk_widget_get_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), ADW_TYPE_EXPANDER_ROW);
  assert_non_null (line);
  /* The editor was built again around the new line. */
  assert_true (gtk_widget_is_ancestor (line, stg_test_find (page, "budget_line")));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (line), TRUE);
  settle ();
  g_clear_pointer (&seen, g_ptr_array_unref);
  seen = tab_through (GTK_WINDOW (window), page, 30);
  assert_true (reached (seen, stg_test_find (line, "planned")));
  assert_true (reached (seen, stg_test_find (line, "actor_id")));

  /* Enter on "Serves vital interests" opens it; Tab reaches the check
   * boxes, and Space (the check's activation) links the interest. */
  links = stg_test_find (page, "objective_interest");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (links), TRUE);
  settle ();
  assert_true (gtk_widget_child_focus (links, GTK_DIR_TAB_FORWARD));
  g_clear_pointer (&seen, g_ptr_array_unref);
  seen = tab_through (GTK_WINDOW (window), links, 10);
  for (guint i = 0; i < seen->len && check == NULL; i++)
    if (GTK_IS_CHECK_BUTTON (g_ptr_array_index (seen, i)))
      check = g_ptr_array_index (seen, i);
  assert_non_null (check);
  g_signal_emit_by_name (check, "activate");
  settle ();
  linked = stg_store_linked (f->store, STG_LINK_OBJECTIVE_INTEREST,
                             stg_record_get_id (stg_record_page_get_selected (STG_RECORD_PAGE (page))), NULL);
  assert_int_equal (linked->len, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+E, then Tab through the export options, the preview (a screen
 * reader reads it) and the Export button. */
static void
test_keyboard_reaches_export (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = STG_WINDOW (g_object_new (STG_TYPE_WINDOW, "store", f->store, NULL));
  GtkWindow *dialog = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  gboolean export_button = FALSE, combo = FALSE, preview = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  settle ();
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-csv", NULL));
  settle ();
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (STG_IS_EXPORT_DIALOG (l->data))
      dialog = l->data;
  assert_non_null (dialog);
  for (guint i = 0; i < 20; i++)
    {
      GtkWidget *focus;

      g_signal_emit_by_name (dialog, "move-focus", GTK_DIR_TAB_FORWARD);
      settle ();
      focus = gtk_window_get_focus (dialog);
      assert_non_null (focus);
      if (GTK_IS_BUTTON (focus) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (focus)), "_Export…") == 0)
        export_button = TRUE;
      combo = combo || ADW_IS_COMBO_ROW (focus);
      preview = preview || GTK_IS_TEXT_VIEW (focus);
      if (preview && export_button && combo)
        break;
    }
  assert_true (combo);
  assert_true (preview);
  assert_true (export_button);
  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What a key press does to @widget's own key controller (GTK 4 has no
 * public way to synthesize the event itself). */
static gboolean
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

/* Tab from the sidebar goes to the page in view, without opening every
 * part on the way; Shift+Tab to the header bar. */
static void
test_tab_leaves_the_sidebar (void **state)
{
  StgFixture *f = *state;
  StgWindow *window = STG_WINDOW (g_object_new (STG_TYPE_WINDOW, "store", f->store, NULL));
  GtkWidget *sidebar, *page, *focus;

  gtk_window_present (GTK_WINDOW (window));
  settle ();
  stg_window_show_page (window, "objective");
  settle ();
  page = stg_window_get_page (window, "objective");
  sidebar = gtk_widget_get_ancestor (gtk_widget_get_parent (page), GTK_TYPE_BOX);
  sidebar = stg_test_find_type (sidebar, GTK_TYPE_LIST_BOX);
  assert_non_null (sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (sidebar))));
  settle ();

  assert_true (press_key (sidebar, GDK_KEY_Tab, 0));
  settle ();
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  assert_true (gtk_widget_is_ancestor (focus, page));
  assert_ptr_equal (gtk_stack_get_visible_child (GTK_STACK (gtk_widget_get_parent (page))), page);

  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (sidebar))));
  assert_true (press_key (sidebar, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  settle ();
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  assert_non_null (gtk_widget_get_ancestor (focus, ADW_TYPE_HEADER_BAR));
  assert_ptr_equal (gtk_stack_get_visible_child (GTK_STACK (gtk_widget_get_parent (page))), page);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_the_audit_fails_an_unnamed_button),
    cmocka_unit_test_setup_teardown (test_every_page_names_its_controls, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_dialogs_name_their_controls, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_keyboard_reaches_the_objective_editor, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_tab_leaves_the_sidebar, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_keyboard_reaches_export, stg_fixture_setup_sample, stg_fixture_teardown),
  };

  /* The test backend keeps what was set, for gtk_test_accessible_*(). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  stg_test_init ();
  adw_init ();
  /* Expanders open at once, so that their rows are there to audit. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  stg_gui_register_resource ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
