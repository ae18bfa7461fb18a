/* stg-test-store.h: fresh strategy files for the core's tests */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "strategos/strategos.h"
#include "stg-test-file.h"

typedef struct {
  char     *dir;
  char     *path;
  StgStore *store;
} StgFixture;

/* A new empty strategy in a temporary folder, per test. */
static inline int
stg_fixture_setup (void **state)
{
  StgFixture *f = g_new0 (StgFixture, 1);
  g_autoptr(GError) error = NULL;

  f->dir = stg_test_make_dir ();
  f->path = g_build_filename (f->dir, "test.strategos", NULL);
  f->store = stg_store_create (f->path, "Test strategy", STG_STORE_CREATE_EMPTY, &error);
  stg_assert_no_error (error);
  *state = f;
  return 0;
}

/* The same with the sample strategy loaded. */
static inline int
stg_fixture_setup_sample (void **state)
{
  StgFixture *f = g_new0 (StgFixture, 1);
  g_autoptr(GError) error = NULL;

  f->dir = stg_test_make_dir ();
  f->path = g_build_filename (f->dir, "sample.strategos", NULL);
  f->store = stg_store_create (f->path, NULL, STG_STORE_CREATE_SAMPLE, &error);
  stg_assert_no_error (error);
  *state = f;
  return 0;
}

static inline int
stg_fixture_teardown (void **state)
{
  StgFixture *f = *state;

  g_clear_object (&f->store);
  stg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f);
  return 0;
}

/* Inserts a record of @type with @title (in its title column) and returns
 * its id; the test fails if the insert does. */
static inline gint64
stg_test_add (StgStore   *store,
              GType       type,
              const char *title)
{
  g_autoptr(StgRecord) record = stg_record_new (type);
  g_autoptr(GError) error = NULL;

  stg_record_set_text (record, stg_record_get_schema (record)->title_column, title);
  if (!stg_store_insert (store, record, &error))
    fail_msg ("could not add %s: %s", title, error->message);
  return stg_record_get_id (record);
}

/* Reopens the fixture's file after @sql has changed it from outside. */
static inline void
change (StgFixture *f,
        const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  stg_test_run_sql (f->path, sql);
  f->store = stg_store_open (f->path, STG_STORE_OPEN_DEFAULT, &error);
  stg_assert_no_error (error);
}
