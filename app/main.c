/* main.c: the strategos command: the window, or a headless verb */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "strategos"

#include "config.h"

#include <glib/gi18n.h>

#include "strategos/stg-i18n.h"
#include "cli/stg-cli.h"
#include "gui/stg-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(StgApplication) app = NULL;

  stg_i18n_init ();

  /* Headless verbs never touch GTK, so they run without a display. */
  if (stg_cli_wants (argc, argv))
    return stg_cli_run (argc, argv);

  g_set_application_name (_("Strategos"));
  app = stg_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
