/* stg-application.h: the Strategos desktop application */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STG_TYPE_APPLICATION (stg_application_get_type ())
G_DECLARE_FINAL_TYPE (StgApplication, stg_application, STG, APPLICATION, AdwApplication)

StgApplication *stg_application_new (void);

G_END_DECLS
