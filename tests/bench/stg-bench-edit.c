/* stg-bench-edit.c: how long one edit takes to be committed to the file */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Usage: stg-bench-edit STRATEGY [N] [SQL-OUT]
 *
 * Makes N (1000) edits through the core, as the editor does: each changes
 * one objective's status with stg_store_update_column, which is one
 * transaction and one undo step, committed to the file (rollback journal,
 * synchronous=FULL) before it returns. Prints every latency, in
 * milliseconds, one a line as "edit-ms X". With SQL-OUT, also writes the
 * same N single-row UPDATEs, each in its own transaction, as SQL for the
 * sqlite3 command-line tool, so that the two can be compared edit for
 * edit (build-aux/bench does).
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "strategos/strategos.h"

static const char *statuses[] = { "on_track", "at_risk", "late", "not_started" };

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  FILE *sql = NULL;
  gint64 n_objectives;
  int n;

  if (argc < 2)
    {
      g_printerr ("usage: %s STRATEGY [N] [SQL-OUT]\n", argv[0]);
      return 2;
    }
  n = argc > 2 ? atoi (argv[2]) : 1000;
  if ((store = stg_store_open (argv[1], STG_STORE_OPEN_DEFAULT, &error)) == NULL ||
      (n_objectives = stg_store_count (store, STG_TYPE_OBJECTIVE, &error)) < 1)
    {
      g_printerr ("stg-bench-edit: %s\n", error != NULL ? error->message : "no objectives");
      return 1;
    }
  if (argc > 3 && (sql = fopen (argv[3], "w")) == NULL)
    {
      g_printerr ("stg-bench-edit: cannot write %s\n", argv[3]);
      return 1;
    }
  for (int i = 0; i < n; i++)
    {
      gint64 id = g_rand_int_range (rand, 1, (gint32) MIN (n_objectives, G_MAXINT32 - 1) + 1);
      const char *status = statuses[i % G_N_ELEMENTS (statuses)];
      g_autoptr(StgRecord) record = stg_store_get (store, STG_TYPE_OBJECTIVE, id, &error);
      gint64 start;

      if (record == NULL)
        {
          g_printerr ("stg-bench-edit: %s\n", error->message);
          return 1;
        }
      stg_record_set_text (record, "status", status);
      start = g_get_monotonic_time ();
      if (!stg_store_update_column (store, record, "status", &error))
        {
          g_printerr ("stg-bench-edit: %s\n", error->message);
          return 1;
        }
      printf ("edit-ms %.3f\n", (g_get_monotonic_time () - start) / 1000.0);
      if (sql != NULL)
        fprintf (sql, "UPDATE objective SET status = '%s' WHERE id = %" G_GINT64_FORMAT ";\n", status, id);
    }
  if (sql != NULL)
    fclose (sql);
  return 0;
}
