/* stg-cli-check.h: the check verb */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* argv[0] is the verb's name, as for every verb of stg-cli.c. Prints the
 * gap analysis of a strategy file as text, CSV or JSON; exits 3 when any
 * finding is an error. */
int stg_cli_check (int    argc,
                   char **argv);

G_END_DECLS
