/* test-preferences.c: the preferences, kept in GSettings and used */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "gui/stg-export-dialog.h"
#include "gui/stg-preferences-window.h"
#include "gui/stg-settings.h"
#include "gui/stg-window.h"
#include "stg-resources.h"
#include "stg-test-store.h"

static void
settle (void)
{
  for (int i = 0; i < 5; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* Every key back to its default, before each test. */
static int
reset_settings (void **state)
{
  GSettings *settings = stg_settings_get ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  assert_non_null (settings);
  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
  setlocale (LC_NUMERIC, "C.UTF-8");
  return 0;
}

static int
setup (void **state)
{
  reset_settings (state);
  return stg_fixture_setup_sample (state);
}

static void
test_csv_defaults_follow_the_preferences (void **state)
{
  GSettings *settings = stg_settings_get ();
  StgCsvOptions o;

  stg_settings_get_csv_defaults (&o);
  assert_int_equal (o.delimiter, ',');
  assert_int_equal (o.decimal_mark, '.');
  assert_false (o.bom);
  assert_int_equal (o.measures, STG_CSV_BOTH);

  g_settings_set_string (settings, "csv-delimiter", "tab");
  g_settings_set_string (settings, "csv-decimal-mark", "comma");
  g_settings_set_boolean (settings, "csv-bom", TRUE);
  g_settings_set_string (settings, "csv-amounts", "planned");
  stg_settings_get_csv_defaults (&o);
  assert_int_equal (o.delimiter, '\t');
  assert_int_equal (o.decimal_mark, ',');
  assert_true (o.bom);
  assert_int_equal (o.measures, STG_CSV_PLANNED);

  /* A comma cannot be both: the separator gives way to a chosen
   * decimal comma, the locale's decimal mark to a chosen comma. */
  g_settings_set_string (settings, "csv-delimiter", "comma");
  stg_settings_get_csv_defaults (&o);
  assert_int_equal (o.delimiter, ';');
  assert_int_equal (o.decimal_mark, ',');
  if (setlocale (LC_NUMERIC, "nl_BE.UTF-8") != NULL)
    {
      g_settings_set_string (settings, "csv-decimal-mark", "auto");
      stg_settings_get_csv_defaults (&o);
      assert_int_equal (o.delimiter, ',');
      assert_int_equal (o.decimal_mark, '.');
      g_settings_set_string (settings, "csv-delimiter", "auto");
      stg_settings_get_csv_defaults (&o);
      assert_int_equal (o.delimiter, ';');
      assert_int_equal (o.decimal_mark, ',');
    }
}

static void
test_export_dialog_offers_the_preferences (void **state)
{
  StgFixture *f = *state;
  GSettings *settings = stg_settings_get ();
  GtkWidget *dialog;
  g_autofree char *preview = NULL;

  g_settings_set_string (settings, "csv-delimiter", "tab");
  dialog = stg_export_dialog_new (NULL, f->store, STG_CSV_TABLE_BY_ACTOR);
  preview = stg_export_dialog_get_preview (STG_EXPORT_DIALOG (dialog));
  assert_non_null (strchr (preview, '\t'));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_clear_pointer (&preview, g_free);

  g_settings_set_string (settings, "csv-delimiter", "semicolon");
  dialog = stg_export_dialog_new (NULL, f->store, STG_CSV_TABLE_BY_ACTOR);
  preview = stg_export_dialog_get_preview (STG_EXPORT_DIALOG (dialog));
  assert_null (strchr (preview, '\t'));
  assert_non_null (strchr (preview, ';'));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static GObject *
child (GtkWidget  *window,
       const char *name)
{
  return gtk_widget_get_template_child (window, STG_TYPE_PREFERENCES_WINDOW, name);
}

static void
test_preferences_window_edits_the_settings (void **state)
{
  GSettings *settings = stg_settings_get ();
  GtkWidget *window = stg_preferences_window_new (NULL, settings);
  g_autofree char *delimiter = NULL;
  g_autofree char *amounts = NULL;

  gtk_window_present (GTK_WINDOW (window));
  settle ();
  assert_int_equal (adw_combo_row_get_selected (ADW_COMBO_ROW (child (window, "csv_delimiter"))), 0);
  assert_int_equal (adw_combo_row_get_selected (ADW_COMBO_ROW (child (window, "paper_size"))), 0);

  adw_combo_row_set_selected (ADW_COMBO_ROW (child (window, "csv_delimiter")), 3);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (window, "csv_amounts")), 2);
  gtk_switch_set_active (GTK_SWITCH (child (window, "csv_bom")), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (window, "recent_limit")), 4);
  settle ();
  delimiter = g_settings_get_string (settings, "csv-delimiter");
  amounts = g_settings_get_string (settings, "csv-amounts");
  assert_string_equal (delimiter, "tab");
  assert_string_equal (amounts, "actual");
  assert_true (g_settings_get_boolean (settings, "csv-bom"));
  assert_int_equal (g_settings_get_uint (settings, "recent-limit"), 4);
  assert_int_equal (stg_settings_get_recent_limit (), 4);

  /* And the other way: a change elsewhere shows. */
  assert_string_equal (stg_settings_get_paper_name (), GTK_PAPER_NAME_A4);
  g_settings_set_string (settings, "paper-size", "letter");
  settle ();
  assert_int_equal (adw_combo_row_get_selected (ADW_COMBO_ROW (child (window, "paper_size"))), 1);
  assert_string_equal (stg_settings_get_paper_name (), GTK_PAPER_NAME_LETTER);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_size_is_kept (void **state)
{
  StgFixture *f = *state;
  GSettings *settings = stg_settings_get ();
  GtkWindow *window;
  int width, height;

  /* Both sizes above the window's smallest. */
  g_settings_set_int (settings, "window-width", 1220);
  g_settings_set_int (settings, "window-height", 700);
  window = GTK_WINDOW (g_object_new (STG_TYPE_WINDOW, "store", f->store, NULL));
  gtk_window_get_default_size (window, &width, &height);
  assert_int_equal (width, 1220);
  assert_int_equal (height, 700);

  gtk_window_present (window);
  settle ();
  gtk_window_set_default_size (window, 1260, 760);
  settle ();
  gtk_window_close (window);
  settle ();
  assert_int_equal (g_settings_get_int (settings, "window-width"), 1260);
  assert_int_equal (g_settings_get_int (settings, "window-height"), 760);
  assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_csv_defaults_follow_the_preferences, reset_settings),
    cmocka_unit_test_setup_teardown (test_export_dialog_offers_the_preferences, setup, stg_fixture_teardown),
    cmocka_unit_test_setup (test_preferences_window_edits_the_settings, reset_settings),
    cmocka_unit_test_setup_teardown (test_window_size_is_kept, setup, stg_fixture_teardown),
  };

  stg_test_init ();
  adw_init ();
  stg_gui_register_resource ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
