/* stg-a11y.c: names for controls that show no text of their own */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-a11y"

#include "config.h"

#include "stg-a11y.h"

void
stg_a11y_set_label (GtkWidget  *widget,
                    const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (label != NULL && *label != '\0');

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

void
stg_a11y_label_icon_button (GtkWidget  *button,
                            const char *label)
{
  g_return_if_fail (GTK_IS_BUTTON (button) || GTK_IS_MENU_BUTTON (button));

  gtk_widget_set_tooltip_text (button, label);
  stg_a11y_set_label (button, label);
}

GtkWidget *
stg_icon_button_new (const char *icon_name,
                     const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  stg_a11y_label_icon_button (button, label);
  return button;
}
