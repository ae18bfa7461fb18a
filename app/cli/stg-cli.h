/* stg-cli.h: the headless verbs of the strategos command */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes of every verb. */
typedef enum {
  STG_EXIT_OK = 0,
  STG_EXIT_USAGE = 1,
  STG_EXIT_BAD_FILE = 2,
  STG_EXIT_REFUSED = 3,   /* an import refused rows; nothing changed */
  STG_EXIT_FINDINGS = 3,  /* check found gaps of severity error */
} StgExitCode;

/* TRUE when @argv asks for a headless verb (or --help / --version) rather
 * than the window. */
gboolean stg_cli_wants (int    argc,
                        char **argv);
int      stg_cli_run   (int    argc,
                        char **argv);
/* Parses a verb's options (argv[0] is the verb); on failure prints why
 * and returns FALSE. */
gboolean stg_cli_parse (GOptionContext  *context,
                        int             *argc,
                        char          ***argv);

G_END_DECLS
