/* stg-a11y.h: names for controls that show no text of their own */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Gives @widget the accessible name @label (a screen reader says it). */
void       stg_a11y_set_label         (GtkWidget  *widget,
                                       const char *label);
/* An icon-only button (or menu button) says @label as its tooltip and as
 * its accessible name: GTK would name it after its nameless icon. */
void       stg_a11y_label_icon_button (GtkWidget  *button,
                                       const char *label);
GtkWidget *stg_icon_button_new        (const char *icon_name,
                                       const char *label);

G_END_DECLS
