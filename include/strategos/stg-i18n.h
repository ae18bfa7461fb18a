/* stg-i18n.h: the program's language and locale, set once at start */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void stg_i18n_init (void);

G_END_DECLS
