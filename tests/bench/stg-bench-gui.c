/* stg-bench-gui.c: how fast the window works on a large strategy */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Usage: stg-bench-gui STRATEGY [REPEATS]      (under Xvfb; build-aux/bench)
 *
 * Drives the real window through its pages and prints one figure a line,
 * "NAME VALUE", in milliseconds unless the name says otherwise. Every
 * timing runs from the call that asks for the change to the end of the
 * first frame painted after it (GdkFrameClock::after-paint), which is what
 * the analyst waits for; each NAME-ms comes with NAME-cpu-ms, the main
 * thread's processor time over the same span (see cpu_now ()):
 *   open-ms                 opening the file and building the window, to its first frame
 *   objectives-show-ms      switching to the Objectives page the first time
 *   sort-ms                 sorting the objectives by a column (REPEATS times each:
 *                           title, lead actor, deadline, alternately up and down)
 *   sort-sql-ms             the same sorts' query alone, through the core
 *   sort-call-cpu-ms        the processor time of the sort call alone, before the frame
 *   filter-ms               a search for "objective 9999", and a filter by lead actor
 *   unfilter-ms             clearing them again
 *   select-ms               selecting an objective: the editor shows it, budget totals and all
 *   scroll-frame-ms         each frame while scrolling the list (before-paint to after-paint;
 *                           scroll-frame-cpu-ms likewise)
 *   budget-show-ms          switching to the Budget page the first time
 *   lines-show-ms           switching to the Budget lines page the first time
 *   edit-refresh-ms         an edit made in the window, to the window brought up to date
 *   rss-peak-kb, rss-kb     peak and current resident memory after all of that
 *   rss-STEP-kb             resident memory after opening, the objectives, budget and lines pages
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <adwaita.h>

#include "gui/stg-record-page.h"
#include "gui/stg-window.h"
#include "stg-resources.h"

static gint64 painted_at;
static gint64 paint_started, paint_started_cpu;
static GArray *frame_times, *frame_cpu_times;

static gint64 cpu_now (void);

static void
before_paint (GdkFrameClock *clock)
{
  paint_started = g_get_monotonic_time ();
  paint_started_cpu = cpu_now ();
}

static void
after_paint (GdkFrameClock *clock)
{
  painted_at = g_get_monotonic_time ();
  if (frame_times != NULL && paint_started != 0)
    {
      double ms = (painted_at - paint_started) / 1000.0;
      double cpu_ms = (cpu_now () - paint_started_cpu) / 1000.0;
      g_array_append_val (frame_times, ms);
      g_array_append_val (frame_cpu_times, cpu_ms);
    }
}

/* Runs the main loop until a frame has been painted after @since. The
 * window is asked to redraw, so that a change that happens to leave the
 * pixels alone still ends in a frame. */
static double
frame_after (GtkWidget *window,
             gint64     since)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  gtk_widget_queue_draw (window);
  while (painted_at <= since && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  return (painted_at - since) / 1000.0;
}

static void
report (const char *name,
        double      value)
{
  printf ("%s %.3f\n", name, value);
  fflush (stdout);
}

/* The main thread's processor time, in µs: unlike the wall clock, it
 * does not count the time the thread waited for a processor that other
 * programs held, so it shows what the step costs on an idle machine. */
static gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gint64 step_wall, step_cpu;

static void
step_start (void)
{
  step_wall = g_get_monotonic_time ();
  step_cpu = cpu_now ();
}

/* Reports NAME-ms, from step_start () to the end of the next frame, and
 * NAME-cpu-ms, the main thread's processor time over the same span. */
static void
step_report (GtkWidget  *window,
             const char *name)
{
  g_autofree char *wall = g_strdup_printf ("%s-ms", name);
  g_autofree char *cpu = g_strdup_printf ("%s-cpu-ms", name);
  double ms = frame_after (window, step_wall);

  report (wall, ms);
  report (cpu, (cpu_now () - step_cpu) / 1000.0);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
show_page (GtkWidget  *window,
           const char *name,
           const char *figure)
{
  step_start ();
  stg_window_show_page (STG_WINDOW (window), name);
  if (figure != NULL)
    step_report (window, figure);
  else
    frame_after (window, step_wall);
}

static void
sorts (GtkWidget     *window,
       StgStore      *store,
       StgRecordPage *page,
       int            repeats)
{
  static const char *columns[] = { "title", "lead_actor_id", "deadline" };

  for (int r = 0; r < repeats; r++)
    for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
      {
        StgQuery query = { .sort_column = columns[c], .descending = r % 2 != 0 };
        g_autoptr(GArray) ids = NULL;
        gint64 start;

        step_start ();
        stg_record_page_sort_by (page, columns[c], r % 2 == 0);
        /* The call alone: the query, and the list and view told of it. */
        report ("sort-call-cpu-ms", (cpu_now () - step_cpu) / 1000.0);
        step_report (window, "sort");
        /* The share of it that is SQL: the same query alone. */
        start = g_get_monotonic_time ();
        ids = stg_store_query (store, STG_TYPE_OBJECTIVE, &query, NULL);
        report ("sort-sql-ms", (g_get_monotonic_time () - start) / 1000.0);
      }
}

static void
filters (GtkWidget     *window,
         StgRecordPage *page,
         int            repeats)
{
  for (int r = 0; r < repeats; r++)
    {
      step_start ();
      stg_record_page_set_search (page, "objective 9999");
      step_report (window, "filter");
      step_start ();
      stg_record_page_set_search (page, "");
      step_report (window, "unfilter");
      step_start ();
      stg_record_page_filter_by (page, "lead_actor_id", 7);
      step_report (window, "filter");
      step_start ();
      stg_record_page_filter_by (page, "lead_actor_id", 0);
      step_report (window, "unfilter");
    }
}

/* Scrolls the list as a hand on a touchpad would (a quarter page a frame)
 * and then by dragging the scroll bar (jumps across the whole list). */
static void
scroll (GtkWidget     *window,
        StgRecordPage *page)
{
  GtkWidget *view = find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);

  frame_times = g_array_new (FALSE, FALSE, sizeof (double));
  frame_cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  for (int i = 0; i < 120; i++)
    {
      gtk_adjustment_set_value (adjustment, i * page_size / 4);
      frame_after (window, g_get_monotonic_time ());
    }
  for (int i = 0; i < 60; i++)
    {
      gtk_adjustment_set_value (adjustment, (upper - page_size) * ((i * 37) % 60) / 59.0);
      frame_after (window, g_get_monotonic_time ());
    }
  for (guint i = 0; i < frame_times->len; i++)
    {
      report ("scroll-frame-ms", g_array_index (frame_times, double, i));
      report ("scroll-frame-cpu-ms", g_array_index (frame_cpu_times, double, i));
    }
  g_clear_pointer (&frame_times, g_array_unref);
  g_clear_pointer (&frame_cpu_times, g_array_unref);
  gtk_adjustment_set_value (adjustment, 0);
}

static void
edit (GtkWidget *window,
      StgStore  *store)
{
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(StgRecord) record = stg_store_get (store, STG_TYPE_OBJECTIVE, 42, NULL);

      stg_record_set_text (record, "status", i % 2 == 0 ? "late" : "on_track");
      step_start ();
      stg_store_update_column (store, record, "status", NULL);
      /* The window refreshes from an idle; wait for it, then the frame. */
      while (g_main_context_iteration (NULL, FALSE))
        ;
      step_report (window, "edit-refresh");
    }
}

static gint64
rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtoll (line + 6, NULL, 10);
}

static void
memory (void)
{
  g_autofree char *status = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return;
  lines = g_strsplit (status, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "VmHWM:"))
        report ("rss-peak-kb", g_ascii_strtod (lines[i] + 6, NULL));
      else if (g_str_has_prefix (lines[i], "VmRSS:"))
        report ("rss-kb", g_ascii_strtod (lines[i] + 6, NULL));
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = NULL;
  g_autoptr(GtkCssProvider) css = NULL;
  StgRecordPage *objectives;
  GtkWidget *window;
  GdkFrameClock *clock;
  int repeats = argc > 2 ? atoi (argv[2]) : 5;

  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      g_printerr ("usage: %s STRATEGY [REPEATS]\n", argv[0]);
      return 2;
    }
  adw_init ();
  stg_gui_register_resource ();
  /* AdwApplication would load the style sheet; this program has none. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/strategos/Strategos/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  step_start ();
  if ((store = stg_store_open (argv[1], STG_STORE_OPEN_DEFAULT, &error)) == NULL)
    {
      g_printerr ("stg-bench-gui: %s\n", error->message);
      return 1;
    }
  window = GTK_WIDGET (g_object_new (STG_TYPE_WINDOW, "store", store, NULL));
  gtk_window_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), NULL);
  step_report (window, "open");
  report ("rss-open-kb", rss_kb ());

  show_page (window, "objective", "objectives-show");
  objectives = STG_RECORD_PAGE (stg_window_get_page (STG_WINDOW (window), "objective"));
  sorts (window, store, objectives, repeats);
  filters (window, objectives, repeats);
  stg_record_page_sort_by (objectives, "title", TRUE);
  frame_after (window, g_get_monotonic_time ());
  for (int r = 0; r < repeats; r++)
    {
      step_start ();
      stg_record_page_select (objectives, 1000 + 7919 * r % 90000);
      step_report (window, "select");
    }
  scroll (window, objectives);
  report ("rss-objectives-kb", rss_kb ());
  show_page (window, "budget", "budget-show");
  report ("rss-budget-kb", rss_kb ());
  show_page (window, "lines", "lines-show");
  report ("rss-lines-kb", rss_kb ());
  show_page (window, "objective", NULL);
  edit (window, store);
  memory ();
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
