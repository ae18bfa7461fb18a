/* stg-test-draw.h: looking at what the cairo renderers drew */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "stg-test-store.h"

/* The RGB of a pixel of an ARGB32 image surface. */
static inline guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guchar *row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);

  return ((const guint32 *) row)[x] & 0xffffff;
}

/* Within antialiasing distance of each other. */
static inline gboolean
near (guint32 a,
      guint32 b)
{
  for (int shift = 0; shift < 24; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 12)
      return FALSE;
  return TRUE;
}

/* Pixels of @color (or, with @color G_MAXUINT32, not white) in the box
 * from (@x0, @y0) to (@x1, @y1), clipped to the surface. */
static inline guint
count_in (cairo_surface_t *surface,
          guint32          color,
          int              x0,
          int              y0,
          int              x1,
          int              y1)
{
  guint n = 0;

  x0 = MAX (x0, 0);
  y0 = MAX (y0, 0);
  x1 = MIN (x1, cairo_image_surface_get_width (surface));
  y1 = MIN (y1, cairo_image_surface_get_height (surface));
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (color == G_MAXUINT32 ? pixel (surface, x, y) != 0xffffff : near (pixel (surface, x, y), color))
        n++;
  return n;
}

/* The same in rows @top to @bottom, the whole width. */
static inline guint
count (cairo_surface_t *surface,
       guint32          color,
       int              top,
       int              bottom)
{
  return count_in (surface, color, 0, top, cairo_image_surface_get_width (surface), bottom);
}

/* Where a reviewer can look at it: the fixture's folder, and
 * STG_TEST_CHART_DIR when set. */
static inline void
save (StgFixture      *f,
      cairo_surface_t *surface,
      const char      *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  const char *keep = g_getenv ("STG_TEST_CHART_DIR");

  assert_int_equal (cairo_surface_write_to_png (surface, path), CAIRO_STATUS_SUCCESS);
  assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (keep != NULL)
    {
      g_autofree char *kept = g_build_filename (keep, name, NULL);

      assert_int_equal (cairo_surface_write_to_png (surface, kept), CAIRO_STATUS_SUCCESS);
    }
}
