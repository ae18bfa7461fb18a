/* stg-test-gui.h: finding widgets in a window, for the GUI tests */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

/* The first widget named @name under @root, depth first. */
static inline GtkWidget *
stg_test_find (GtkWidget  *root,
               const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;
      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = stg_test_find (child, name)) != NULL)
        return found;
    }
  return NULL;
}

/* The first widget of @type under @root, depth first. */
static inline GtkWidget *
stg_test_find_type (GtkWidget *root,
                    GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = stg_test_find_type (child, type)) != NULL)
        return found;
    }
  return NULL;
}
