/* test-printing.c: printing from the window goes through the same pages as strategos print */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gui/stg-print.h"
#include "gui/stg-settings.h"
#include "gui/stg-window.h"
#include "stg-resources.h"
#include "stg-test-cli.h"
#include "stg-test-store.h"

static char *config_dir;

static gboolean
has_action (GType       type,
            const char *name)
{
  GtkWidgetClass *klass = g_type_class_ref (type);
  const char *action = NULL;
  const char *property = NULL;
  const GVariantType *parameter = NULL;
  GType owner = 0;
  gboolean found = FALSE;

  /* GTK 4.8 writes every out argument: none may be NULL. */
  for (guint i = 0; !found && gtk_widget_class_query_action (klass, i, &owner, &action, &parameter, &property); i++)
    found = g_str_equal (action, name);
  g_type_class_unref (klass);
  return found;
}

static void
test_window_has_print_actions (void **state)
{
  assert_true (has_action (STG_TYPE_WINDOW, "win.print"));
  assert_true (has_action (STG_TYPE_WINDOW, "win.page-setup"));
  assert_false (has_action (STG_TYPE_WINDOW, "win.no-such-action"));
}

static guint
pdf_pages (const char *pdf)
{
  g_autofree char *out = NULL;
  const char *argv[] = { "pdfinfo", pdf, NULL };
  const char *pages;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, NULL) || !g_spawn_check_wait_status (status, NULL))
    fail_msg ("pdfinfo could not read %s", pdf);
  pages = strstr (out, "\nPages:");
  assert_non_null (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

/* The window's print operation, exported to PDF without its dialog, has
 * the pages strategos print writes; and its settings are remembered. */
static void
test_print_operation_matches_the_command_line (void **state)
{
  StgFixture *f = *state;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *gui_pdf = g_build_filename (f->dir, "gui.pdf", NULL);
  g_autofree char *cli_pdf = g_build_filename (f->dir, "cli.pdf", NULL);
  g_autofree char *settings = g_build_filename (config_dir, "strategos", "print-settings.ini", NULL);
  g_autoptr(GtkPageSetup) setup = stg_print_load_page_setup ();
  g_autoptr(StgReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(CliRun) r = { 0 };
  GtkPrintOperation *operation;
  double width, height;
  guint n;

  /* Nothing remembered yet: A4, as the command line's default. */
  stg_print_get_page_size (setup, &width, &height);
  assert_true (fabs (width - 595.276) < 0.5 && fabs (height - 841.89) < 0.5);
  report = stg_print_build_report (f->store, &error);
  stg_assert_no_error (error);
  n = stg_report_paginate (report, width, height);
  assert_true (n >= 8);

  if (pdfinfo == NULL)
    skip ();
  stg_test_run (&r, NULL, "C.UTF-8", "print", f->path, "--out", cli_pdf, NULL);
  assert_exit (&r, 0);
  assert_int_equal (pdf_pages (cli_pdf), n);

  operation = stg_print_operation_new (NULL, f->store, NULL);
  gtk_print_operation_set_allow_async (operation, FALSE);
  gtk_print_operation_set_show_progress (operation, FALSE);
  gtk_print_operation_set_export_filename (operation, gui_pdf);
  assert_int_equal (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                    GTK_PRINT_OPERATION_RESULT_APPLY);
  stg_assert_no_error (error);
  g_object_unref (operation);
  assert_int_equal (pdf_pages (gui_pdf), n);
  assert_true (g_file_test (settings, G_FILE_TEST_IS_REGULAR));
}

/* A page setup chosen (Letter, landscape) is the one the next print uses. */
static void
test_page_setup_is_remembered (void **state)
{
  g_autofree char *path = g_build_filename (config_dir, "strategos", "page-setup.ini", NULL);
  g_autoptr(GtkPageSetup) chosen = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autoptr(GtkPageSetup) loaded = NULL;
  g_autoptr(GError) error = NULL;
  double width, height;

  gtk_page_setup_set_paper_size_and_default_margins (chosen, letter);
  gtk_page_setup_set_orientation (chosen, GTK_PAGE_ORIENTATION_LANDSCAPE);
  assert_true (gtk_page_setup_to_file (chosen, path, &error));
  /* What the Page Setup dialog does with the paper chosen. */
  stg_settings_set_paper_name (GTK_PAPER_NAME_LETTER);
  loaded = stg_print_load_page_setup ();
  stg_print_get_page_size (loaded, &width, &height);
  assert_true (fabs (width - 792) < 0.5 && fabs (height - 612) < 0.5);
  g_clear_object (&loaded);

  /* A4 chosen in Preferences afterwards wins, keeping the orientation. */
  if (stg_settings_get () != NULL)
    {
      g_settings_set_string (stg_settings_get (), "paper-size", "a4");
      loaded = stg_print_load_page_setup ();
      stg_print_get_page_size (loaded, &width, &height);
      assert_true (fabs (width - 841.9) < 0.5 && fabs (height - 595.3) < 0.5);
    }
  g_remove (path);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_window_has_print_actions),
    cmocka_unit_test_setup_teardown (test_print_operation_matches_the_command_line, stg_fixture_setup_sample, stg_fixture_teardown),
    cmocka_unit_test (test_page_setup_is_remembered),
  };
  int status;

  /* The settings remembered go to a folder of the test's own. */
  config_dir = stg_test_make_dir ();
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  stg_test_init ();
  adw_init ();
  stg_gui_register_resource ();
  status = cmocka_run_group_tests (tests, NULL, NULL);
  {
    g_autofree char *sub = g_build_filename (config_dir, "strategos", NULL);
    stg_test_remove_dir (sub);
    stg_test_remove_dir (config_dir);
  }
  return status;
}
