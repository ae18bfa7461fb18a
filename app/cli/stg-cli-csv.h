/* stg-cli-csv.h: the export-csv and import-csv verbs */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* argv[0] is the verb's name, as for every verb of stg-cli.c. */
int stg_cli_export_csv (int    argc,
                        char **argv);
int stg_cli_import_csv (int    argc,
                        char **argv);

G_END_DECLS
