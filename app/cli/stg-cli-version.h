/* stg-cli-version.h: the versions and diff verbs */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* argv[0] is the verb's name, as for every verb of stg-cli.c. Lists the
 * versions saved in a strategy file, or with --save=NAME saves one. */
int stg_cli_versions (int    argc,
                      char **argv);
/* Prints what changed from version A to version B (or to now), one line
 * per change, then the budget by year; exits 3 when anything changed. */
int stg_cli_diff     (int    argc,
                      char **argv);

G_END_DECLS
