/* strategos.h: the public API of the Strategos core library */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stg-analysis.h"
#include "stg-budget.h"
#include "stg-csv.h"
#include "stg-date.h"
#include "stg-error.h"
#include "stg-i18n.h"
#include "stg-money.h"
#include "stg-query.h"
#include "stg-record.h"
#include "stg-store.h"
#include "stg-types.h"
#include "stg-version.h"
