/* stg-cli-print.h: the print verb, review summaries as PDF */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* argv[0] is the verb's name, as for every verb of stg-cli.c. Writes the
 * review summary of a strategy as a PDF. */
int stg_cli_print (int    argc,
                   char **argv);

G_END_DECLS
