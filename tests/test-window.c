/* test-window.c: the window shows a strategy and undoes through its actions */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

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

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_window_shows_the_strategy, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test_setup_teardown (test_window_follows_edits_and_undoes, stg_fixture_setup_sample, stg_fixture_teardown),
  };

  stg_test_init ();
  adw_init ();
  stg_gui_register_resource ();
  return cmocka_run_group_tests (tests, NULL, NULL);
}
