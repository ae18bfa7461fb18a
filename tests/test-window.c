/* test-window.c: the window shows a strategy and undoes through its actions */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "gui/stg-application.h"
#include "gui/stg-window.h"
#include "stg-resources.h"
#include "stg-test-store.h"

static void
wait_for_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_window_shows_the_strategy (void **state)
{
  StgFixture *f = *state;
  GtkWindow *window = GTK_WINDOW (g_object_new (STG_TYPE_WINDOW, "store", f->store, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (f->store, &error);

  gtk_window_present (window);
  wait_for_idle ();
  assert_string_equal (gtk_window_get_title (window), stg_record_get_title (STG_RECORD (strategy)));
  assert_true (g_str_has_prefix (gtk_window_get_title (window), "Belgian National Security Strategy"));
  gtk_window_destroy (window);
}

static void
test_window_follows_edits_and_undoes (void **state)
{
  StgFixture *f = *state;
  GtkWindow *window = GTK_WINDOW (g_object_new (STG_TYPE_WINDOW, "store", f->store, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStrategy) strategy = stg_store_get_strategy (f->store, &error);

  gtk_window_present (window);
  wait_for_idle ();
  assert_false (stg_store_can_undo (f->store));

  stg_record_set_text (STG_RECORD (strategy), "title", "Renamed strategy");
  assert_true (stg_store_update (f->store, STG_RECORD (strategy), &error));
  wait_for_idle ();
  assert_string_equal (gtk_window_get_title (window), "Renamed strategy");

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wait_for_idle ();
  assert_false (stg_store_can_undo (f->store));
  assert_true (g_str_has_prefix (gtk_window_get_title (window), "Belgian National Security Strategy"));

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  wait_for_idle ();
  assert_string_equal (gtk_window_get_title (window), "Renamed strategy");
  gtk_window_destroy (window);
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }
  return NULL;
}

/* A file another window has open for editing: the application says who
 * holds it and since when, and opens it read-only on request. */
static void
test_open_a_file_held_elsewhere (void **state)
{
  StgFixture *f = *state;
  g_autoptr(StgApplication) app = stg_application_new ();
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(StgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog, *window;
  const char *body;

  /* f->store holds the editing lock, as another window would. */
  g_set_prgname ("strategos");
  g_set_application_name ("Strategos");
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  stg_assert_no_error (error);
  g_application_open (G_APPLICATION (app), &file, 1, "");
  wait_for_idle ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  assert_non_null (dialog);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  if (strstr (body, g_get_user_name ()) == NULL || strstr (body, g_get_host_name ()) == NULL ||
      strstr (body, " since ") == NULL)
    fail_msg ("the dialog does not say who holds the file, where and since when: %s", body);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "read-only");
  wait_for_idle ();
  window = find_toplevel (STG_TYPE_WINDOW);
  assert_non_null (window);
  g_object_get (window, "store", &store, NULL);
  assert_true (stg_store_is_read_only (store));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_idle ();
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_window_shows_the_strategy, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_window_follows_edits_and_undoes, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_open_a_file_held_elsewhere, stg_fixture_setup, stg_fixture_teardown),
  };

  stg_test_init ();
  adw_init ();
  stg_gui_register_resource ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
