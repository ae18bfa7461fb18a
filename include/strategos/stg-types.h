/* stg-types.h: forward declarations of the core's types */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _StgStore          StgStore;
typedef struct _StgRecord         StgRecord;
typedef struct _StgStrategy       StgStrategy;
typedef struct _StgGdpProjection  StgGdpProjection;
typedef struct _StgActor          StgActor;
typedef struct _StgInterest       StgInterest;
typedef struct _StgThreat         StgThreat;
typedef struct _StgRole           StgRole;
typedef struct _StgObjective      StgObjective;
typedef struct _StgIndicator      StgIndicator;
typedef struct _StgCapability     StgCapability;
typedef struct _StgBudgetLine     StgBudgetLine;
typedef struct _StgBudgetCeiling  StgBudgetCeiling;

G_END_DECLS
