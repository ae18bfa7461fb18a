/* stg-record.h: one row of a strategy file, as a GObject with properties */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "stg-types.h"

G_BEGIN_DECLS

/**
 * StgColumnType:
 * @STG_COLUMN_TEXT: a string property, never %NULL
 * @STG_COLUMN_CHOICE: a string property holding one of the column's keys
 * @STG_COLUMN_DATE: a string property, ISO 8601 "YYYY-MM-DD" or %NULL
 * @STG_COLUMN_INT: a gint64 property within [min, max]
 * @STG_COLUMN_BOOL: a boolean property
 * @STG_COLUMN_REAL: a double property; NAN stands for "none"
 * @STG_COLUMN_MONEY: a gint64 of minor units, >= 0; STG_NO_AMOUNT for none
 * @STG_COLUMN_REFERENCE: a gint64 id of a record of @ref_type; 0 for none
 *
 * How a column is held in its record and checked before it is written.
 */
typedef enum {
  STG_COLUMN_TEXT,
  STG_COLUMN_CHOICE,
  STG_COLUMN_DATE,
  STG_COLUMN_INT,
  STG_COLUMN_BOOL,
  STG_COLUMN_REAL,
  STG_COLUMN_MONEY,
  STG_COLUMN_REFERENCE,
} StgColumnType;

typedef enum {
  STG_COLUMN_REQUIRED = 1 << 0, /* text not blank, reference not 0, amount present */
  STG_COLUMN_MULTILINE = 1 << 1, /* a description: the editor offers several lines */
  STG_COLUMN_RESTRICT = 1 << 2, /* a reference that blocks deleting its target */
} StgColumnFlags;

/* A key as stored in the file and its label (marked with N_()). */
typedef struct {
  const char *key;
  const char *label;
} StgChoice;

typedef struct {
  const char      *name;      /* SQL column; the property has '-' for '_' */
  const char      *label;     /* N_() label for editors and messages */
  StgColumnType    type;
  StgColumnFlags   flags;
  gint64           min;       /* STG_COLUMN_INT only */
  gint64           max;
  const StgChoice *choices;   /* STG_COLUMN_CHOICE: terminated by { NULL } */
  GType          (*ref_type) (void);  /* STG_COLUMN_REFERENCE */
  /* STG_COLUMN_RESTRICT: why deleting the target is refused, singular and
   * plural, with %s the target and %d the count, marked with N_() */
  const char      *restrict_one;
  const char      *restrict_many;
} StgColumn;

typedef struct {
  const char      *table;
  const char      *singular;      /* N_("objective") */
  const char      *plural;        /* N_("objectives") */
  const char      *title_column;
  const StgColumn *columns;       /* every column except "id" */
  guint            n_columns;
} StgRecordSchema;

/* The longest text a field may hold, in bytes: a whole chapter fits, and
 * a file holding more (built to stall the window) is refused. */
#define STG_TEXT_MAX_BYTES (1024 * 1024)

#define STG_TYPE_RECORD (stg_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (StgRecord, stg_record, STG, RECORD, GObject)

struct _StgRecordClass
{
  GObjectClass parent_class;

  const StgRecordSchema *schema;
};

/* Installs one property per column of @schema (subclasses' class_init). */
void                   stg_record_class_set_schema (StgRecordClass        *klass,
                                                    const StgRecordSchema *schema);
const StgRecordSchema *stg_record_type_get_schema  (GType                  type);
const StgColumn       *stg_record_schema_find      (const StgRecordSchema *schema,
                                                    const char            *column);
const char            *stg_choice_get_label        (const StgColumn       *column,
                                                    const char            *key);

StgRecord             *stg_record_new          (GType        type);
StgRecord             *stg_record_copy         (StgRecord   *self);
const StgRecordSchema *stg_record_get_schema   (StgRecord   *self);
gint64                 stg_record_get_id       (StgRecord   *self);
void                   stg_record_set_id       (StgRecord   *self,
                                                gint64       id);
/* The value of the schema's title column ("name" for actors). */
const char            *stg_record_get_title    (StgRecord   *self);

/* Column accessors by SQL column name. Text, choice and date columns are
 * strings; int, bool, money and reference columns are gint64; real columns
 * are doubles. Asking for a column of the wrong type is a programming error. */
const char            *stg_record_get_text     (StgRecord   *self,
                                                const char  *column);
void                   stg_record_set_text     (StgRecord   *self,
                                                const char  *column,
                                                const char  *value);
gint64                 stg_record_get_int      (StgRecord   *self,
                                                const char  *column);
void                   stg_record_set_int      (StgRecord   *self,
                                                const char  *column,
                                                gint64       value);
double                 stg_record_get_real     (StgRecord   *self,
                                                const char  *column);
void                   stg_record_set_real     (StgRecord   *self,
                                                const char  *column,
                                                double       value);
/* The GValue of @column (for generic code such as the store). */
const GValue          *stg_record_get_value    (StgRecord   *self,
                                                guint        column_index);
void                   stg_record_set_value    (StgRecord   *self,
                                                guint        column_index,
                                                const GValue *value);

/* Whether two values of a column are the same (NAN equals NAN: both are
 * "none"). */
gboolean               stg_record_values_equal (const GValue *a,
                                                const GValue *b);

/* Checks every column against the model (required text, ranges, choices,
 * calendar dates, UTF-8) and says which field is wrong and why. References
 * are checked by the store, which can see whether they exist. */
gboolean               stg_record_validate     (StgRecord   *self,
                                                GError     **error);
gboolean               stg_record_validate_column (StgRecord *self,
                                                   guint      column_index,
                                                   GError   **error);

/* The record types, one per table. */
#define STG_TYPE_STRATEGY (stg_strategy_get_type ())
G_DECLARE_FINAL_TYPE (StgStrategy, stg_strategy, STG, STRATEGY, StgRecord)
#define STG_TYPE_GDP_PROJECTION (stg_gdp_projection_get_type ())
G_DECLARE_FINAL_TYPE (StgGdpProjection, stg_gdp_projection, STG, GDP_PROJECTION, StgRecord)
#define STG_TYPE_ACTOR (stg_actor_get_type ())
G_DECLARE_FINAL_TYPE (StgActor, stg_actor, STG, ACTOR, StgRecord)
#define STG_TYPE_INTEREST (stg_interest_get_type ())
G_DECLARE_FINAL_TYPE (StgInterest, stg_interest, STG, INTEREST, StgRecord)
#define STG_TYPE_THREAT (stg_threat_get_type ())
G_DECLARE_FINAL_TYPE (StgThreat, stg_threat, STG, THREAT, StgRecord)
#define STG_TYPE_ROLE (stg_role_get_type ())
G_DECLARE_FINAL_TYPE (StgRole, stg_role, STG, ROLE, StgRecord)
#define STG_TYPE_OBJECTIVE (stg_objective_get_type ())
G_DECLARE_FINAL_TYPE (StgObjective, stg_objective, STG, OBJECTIVE, StgRecord)
#define STG_TYPE_INDICATOR (stg_indicator_get_type ())
G_DECLARE_FINAL_TYPE (StgIndicator, stg_indicator, STG, INDICATOR, StgRecord)
#define STG_TYPE_CAPABILITY (stg_capability_get_type ())
G_DECLARE_FINAL_TYPE (StgCapability, stg_capability, STG, CAPABILITY, StgRecord)
#define STG_TYPE_BUDGET_LINE (stg_budget_line_get_type ())
G_DECLARE_FINAL_TYPE (StgBudgetLine, stg_budget_line, STG, BUDGET_LINE, StgRecord)
#define STG_TYPE_BUDGET_CEILING (stg_budget_ceiling_get_type ())
G_DECLARE_FINAL_TYPE (StgBudgetCeiling, stg_budget_ceiling, STG, BUDGET_CEILING, StgRecord)

/* Every record type, in the order a strategy is read and counted. */
const GType *stg_record_types (guint *n_types);

G_END_DECLS
