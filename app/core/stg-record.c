/* stg-record.c: the base class of every row of a strategy file */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-record"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "strategos/stg-date.h"
#include "strategos/stg-error.h"
#include "strategos/stg-money.h"
#include "strategos/stg-record.h"
#include "stg-record-private.h"

/*
 * A record keeps one GValue per column of its schema. Properties are
 * installed from the schema rather than written out by hand for each of
 * the ten tables: the same table drives the properties the GUI binds, the
 * SQL the store prepares and the checks made before anything is written, so
 * the three cannot drift apart.
 */

typedef struct
{
  gint64  id;
  GValue *values;
} StgRecordPrivate;

enum {
  PROP_0,
  PROP_ID,
  N_BASE_PROPS
};

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (StgRecord, stg_record, G_TYPE_OBJECT)

static GParamSpec *base_properties[N_BASE_PROPS];

static void stg_record_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec);
static void stg_record_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec);

static GType
column_gtype (const StgColumn *column)
{
  switch (column->type)
    {
    case STG_COLUMN_TEXT:
    case STG_COLUMN_CHOICE:
    case STG_COLUMN_DATE:
      return G_TYPE_STRING;
    case STG_COLUMN_BOOL:
      return G_TYPE_BOOLEAN;
    case STG_COLUMN_REAL:
      return G_TYPE_DOUBLE;
    case STG_COLUMN_INT:
    case STG_COLUMN_MONEY:
    case STG_COLUMN_REFERENCE:
    default:
      return G_TYPE_INT64;
    }
}

static GParamSpec *
column_pspec (const StgColumn *column)
{
  g_autofree char *name = g_strdelimit (g_strdup (column->name), "_", '-');
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_NICK | G_PARAM_STATIC_BLURB;

  /* The name is built at run time, so it cannot be G_PARAM_STATIC_NAME. */
  switch (column->type)
    {
    case STG_COLUMN_TEXT:
      return g_param_spec_string (name, column->label, NULL, "", flags);
    case STG_COLUMN_CHOICE:
      return g_param_spec_string (name, column->label, NULL, column->choices[0].key, flags);
    case STG_COLUMN_DATE:
      return g_param_spec_string (name, column->label, NULL, NULL, flags);
    case STG_COLUMN_BOOL:
      return g_param_spec_boolean (name, column->label, NULL, FALSE, flags);
    case STG_COLUMN_REAL:
      /* NAN (none) is outside every range, so it cannot be the pspec's
       * default; stg_record_constructed() starts real columns at NAN. */
      return g_param_spec_double (name, column->label, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
    case STG_COLUMN_MONEY:
      return g_param_spec_int64 (name, column->label, NULL, G_MININT64, G_MAXINT64,
                                 (column->flags & STG_COLUMN_REQUIRED) ? 0 : STG_NO_AMOUNT, flags);
    case STG_COLUMN_INT:
      return g_param_spec_int64 (name, column->label, NULL, G_MININT64, G_MAXINT64,
                                 CLAMP (0, column->min, column->max), flags);
    case STG_COLUMN_REFERENCE:
    default:
      return g_param_spec_int64 (name, column->label, NULL, 0, G_MAXINT64, 0, flags);
    }
}

void
stg_record_class_set_schema (StgRecordClass        *klass,
                             const StgRecordSchema *schema)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  /* GObject does not let subclasses inherit these two. */
  object_class->get_property = stg_record_get_property;
  object_class->set_property = stg_record_set_property;
  klass->schema = schema;
  for (guint i = 0; i < schema->n_columns; i++)
    g_object_class_install_property (object_class, N_BASE_PROPS + i,
                                     column_pspec (&schema->columns[i]));
}

const StgRecordSchema *
stg_record_type_get_schema (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  g_return_val_if_fail (g_type_is_a (type, STG_TYPE_RECORD), NULL);
  return STG_RECORD_CLASS (klass)->schema;
}

static int
schema_index (const StgRecordSchema *schema,
              const char            *column)
{
  for (guint i = 0; i < schema->n_columns; i++)
    if (g_str_equal (schema->columns[i].name, column))
      return (int) i;
  return -1;
}

const StgColumn *
stg_record_schema_find (const StgRecordSchema *schema,
                        const char            *column)
{
  int i = schema_index (schema, column);

  return i < 0 ? NULL : &schema->columns[i];
}

const char *
stg_choice_get_label (const StgColumn *column,
                      const char      *key)
{
  g_return_val_if_fail (column->type == STG_COLUMN_CHOICE, NULL);

  for (const StgChoice *c = column->choices; c->key != NULL; c++)
    if (g_strcmp0 (c->key, key) == 0)
      return _(c->label);
  return key;
}

static void
stg_record_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  StgRecord *self = STG_RECORD (object);
  StgRecordPrivate *priv = stg_record_get_instance_private (self);

  if (prop_id == PROP_ID)
    g_value_set_int64 (value, priv->id);
  else
    g_value_copy (&priv->values[prop_id - N_BASE_PROPS], value);
}

gboolean
stg_record_values_equal (const GValue *a,
                         const GValue *b)
{
  switch (G_VALUE_TYPE (a))
    {
    case G_TYPE_STRING:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    case G_TYPE_BOOLEAN:
      return g_value_get_boolean (a) == g_value_get_boolean (b);
    case G_TYPE_DOUBLE:
      {
        double x = g_value_get_double (a), y = g_value_get_double (b);
        return x == y || (isnan (x) && isnan (y));
      }
    default:
      return g_value_get_int64 (a) == g_value_get_int64 (b);
    }
}

static void
stg_record_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  StgRecord *self = STG_RECORD (object);

  if (prop_id == PROP_ID)
    stg_record_set_id (self, g_value_get_int64 (value));
  else
    stg_record_set_value (self, prop_id - N_BASE_PROPS, value);
}

static void
stg_record_constructed (GObject *object)
{
  StgRecord *self = STG_RECORD (object);
  StgRecordPrivate *priv = stg_record_get_instance_private (self);
  const StgRecordSchema *schema = STG_RECORD_GET_CLASS (self)->schema;

  G_OBJECT_CLASS (stg_record_parent_class)->constructed (object);

  priv->values = g_new0 (GValue, schema->n_columns);
  for (guint i = 0; i < schema->n_columns; i++)
    {
      g_autofree char *name = g_strdelimit (g_strdup (schema->columns[i].name), "_", '-');
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);

      g_value_init (&priv->values[i], column_gtype (&schema->columns[i]));
      g_param_value_set_default (pspec, &priv->values[i]);
      if (schema->columns[i].type == STG_COLUMN_REAL)
        g_value_set_double (&priv->values[i], NAN);
    }
}

static void
stg_record_finalize (GObject *object)
{
  StgRecord *self = STG_RECORD (object);
  StgRecordPrivate *priv = stg_record_get_instance_private (self);
  const StgRecordSchema *schema = STG_RECORD_GET_CLASS (self)->schema;

  for (guint i = 0; priv->values != NULL && i < schema->n_columns; i++)
    g_value_unset (&priv->values[i]);
  g_free (priv->values);

  G_OBJECT_CLASS (stg_record_parent_class)->finalize (object);
}

static void
stg_record_class_init (StgRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = stg_record_constructed;
  object_class->finalize = stg_record_finalize;
  object_class->get_property = stg_record_get_property;
  object_class->set_property = stg_record_set_property;

  base_properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_BASE_PROPS, base_properties);
}

static void
stg_record_init (StgRecord *self)
{
}

StgRecord *
stg_record_new (GType type)
{
  g_return_val_if_fail (g_type_is_a (type, STG_TYPE_RECORD), NULL);

  return g_object_new (type, NULL);
}

StgRecord *
stg_record_copy (StgRecord *self)
{
  const StgRecordSchema *schema = stg_record_get_schema (self);
  StgRecord *copy = stg_record_new (G_OBJECT_TYPE (self));

  stg_record_set_id (copy, stg_record_get_id (self));
  for (guint i = 0; i < schema->n_columns; i++)
    stg_record_set_value (copy, i, stg_record_get_value (self, i));
  return copy;
}

const StgRecordSchema *
stg_record_get_schema (StgRecord *self)
{
  g_return_val_if_fail (STG_IS_RECORD (self), NULL);

  return STG_RECORD_GET_CLASS (self)->schema;
}

gint64
stg_record_get_id (StgRecord *self)
{
  StgRecordPrivate *priv = stg_record_get_instance_private (self);

  g_return_val_if_fail (STG_IS_RECORD (self), 0);
  return priv->id;
}

void
stg_record_set_id (StgRecord *self,
                   gint64     id)
{
  StgRecordPrivate *priv = stg_record_get_instance_private (self);

  g_return_if_fail (STG_IS_RECORD (self));
  if (priv->id == id)
    return;
  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), base_properties[PROP_ID]);
}

const char *
stg_record_get_title (StgRecord *self)
{
  const char *column = stg_record_get_schema (self)->title_column;

  return column == NULL ? NULL : stg_record_get_text (self, column);
}

const GValue *
stg_record_get_value (StgRecord *self,
                      guint      column_index)
{
  StgRecordPrivate *priv = stg_record_get_instance_private (self);

  g_return_val_if_fail (column_index < stg_record_get_schema (self)->n_columns, NULL);
  return &priv->values[column_index];
}

GValue *
stg_record_peek_value (StgRecord *self,
                       guint      column_index)
{
  StgRecordPrivate *priv = stg_record_get_instance_private (self);

  return &priv->values[column_index];
}

void
stg_record_set_value (StgRecord    *self,
                      guint         column_index,
                      const GValue *value)
{
  StgRecordPrivate *priv = stg_record_get_instance_private (self);
  const StgRecordSchema *schema = stg_record_get_schema (self);
  g_autofree char *name = NULL;

  g_return_if_fail (column_index < schema->n_columns);
  g_return_if_fail (G_VALUE_TYPE (value) == G_VALUE_TYPE (&priv->values[column_index]));

  if (stg_record_values_equal (&priv->values[column_index], value))
    return;
  g_value_copy (value, &priv->values[column_index]);
  name = g_strdelimit (g_strdup (schema->columns[column_index].name), "_", '-');
  g_object_notify (G_OBJECT (self), name);
}

static int
checked_index (StgRecord  *self,
               const char *column,
               GType       gtype)
{
  StgRecordPrivate *priv = stg_record_get_instance_private (self);
  int i = schema_index (stg_record_get_schema (self), column);

  if (i < 0)
    g_critical ("%s has no column “%s”", G_OBJECT_TYPE_NAME (self), column);
  else if (G_VALUE_TYPE (&priv->values[i]) != gtype)
    {
      g_critical ("Column “%s” of %s is not a %s", column, G_OBJECT_TYPE_NAME (self), g_type_name (gtype));
      return -1;
    }
  return i;
}

const char *
stg_record_get_text (StgRecord  *self,
                     const char *column)
{
  StgRecordPrivate *priv = stg_record_get_instance_private (self);
  int i = checked_index (self, column, G_TYPE_STRING);

  return i < 0 ? NULL : g_value_get_string (&priv->values[i]);
}

void
stg_record_set_text (StgRecord  *self,
                     const char *column,
                     const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  int i = checked_index (self, column, G_TYPE_STRING);

  if (i < 0)
    return;
  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  stg_record_set_value (self, i, &v);
}

static GType
int_column_gtype (StgRecord  *self,
                  const char *column)
{
  const StgColumn *c = stg_record_schema_find (stg_record_get_schema (self), column);

  return c != NULL && c->type == STG_COLUMN_BOOL ? G_TYPE_BOOLEAN : G_TYPE_INT64;
}

gint64
stg_record_get_int (StgRecord  *self,
                    const char *column)
{
  StgRecordPrivate *priv = stg_record_get_instance_private (self);
  GType gtype = int_column_gtype (self, column);
  int i = checked_index (self, column, gtype);

  if (i < 0)
    return 0;
  if (gtype == G_TYPE_BOOLEAN)
    return g_value_get_boolean (&priv->values[i]);
  return g_value_get_int64 (&priv->values[i]);
}

void
stg_record_set_int (StgRecord  *self,
                    const char *column,
                    gint64      value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  GType gtype = int_column_gtype (self, column);
  int i = checked_index (self, column, gtype);

  if (i < 0)
    return;
  g_value_init (&v, gtype);
  if (gtype == G_TYPE_BOOLEAN)
    g_value_set_boolean (&v, value != 0);
  else
    g_value_set_int64 (&v, value);
  stg_record_set_value (self, i, &v);
}

double
stg_record_get_real (StgRecord  *self,
                     const char *column)
{
  StgRecordPrivate *priv = stg_record_get_instance_private (self);
  int i = checked_index (self, column, G_TYPE_DOUBLE);

  return i < 0 ? NAN : g_value_get_double (&priv->values[i]);
}

void
stg_record_set_real (StgRecord  *self,
                     const char *column,
                     double      value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  int i = checked_index (self, column, G_TYPE_DOUBLE);

  if (i < 0)
    return;
  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, value);
  stg_record_set_value (self, i, &v);
}

static gboolean
invalid (GError    **error,
         StgRecord  *self,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

/* Prefixes the message with the item it concerns: "Objective “X”: ..." */
static gboolean
invalid (GError    **error,
         StgRecord  *self,
         const char *format,
         ...)
{
  const StgRecordSchema *schema = stg_record_get_schema (self);
  const char *title = stg_record_get_title (self);
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (title != NULL && g_utf8_validate (title, -1, NULL) && *title != '\0')
    /* Translators: an item and what is wrong with it, e.g.
     * "Objective “Cyber exercise”: Likelihood must be between 1 and 5" */
    what = g_strdup_printf (_("%s “%s”: %s"), _(schema->singular), title, message);
  else
    what = g_strdup_printf (_("%s: %s"), _(schema->singular), message);
  what[0] = g_ascii_toupper (what[0]);
  g_set_error_literal (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID, what);
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
validate_text (StgRecord       *self,
               const StgColumn *c,
               const char      *text,
               GError         **error)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    return invalid (error, self, _("%s is not valid UTF-8 text"), _(c->label));
  if (text != NULL && strlen (text) > STG_TEXT_MAX_BYTES)
    return invalid (error, self, _("%s is longer than %d MB"), _(c->label), STG_TEXT_MAX_BYTES / (1024 * 1024));
  if ((c->flags & STG_COLUMN_REQUIRED) && is_blank (text))
    return invalid (error, self, _("%s must not be empty"), _(c->label));
  return TRUE;
}

static gboolean
validate_choice (StgRecord       *self,
                 const StgColumn *c,
                 const char      *key,
                 GError         **error)
{
  for (const StgChoice *choice = c->choices; choice->key != NULL; choice++)
    if (g_strcmp0 (choice->key, key) == 0)
      return TRUE;
  return invalid (error, self, _("%s cannot be “%s”"), _(c->label),
                  key != NULL && g_utf8_validate (key, -1, NULL) ? key : "?");
}

static gboolean
validate_date (StgRecord       *self,
               const StgColumn *c,
               const char      *text,
               GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  if (text == NULL)
    return (c->flags & STG_COLUMN_REQUIRED)
           ? invalid (error, self, _("%s must be set"), _(c->label))
           : TRUE;
  if (!stg_date_validate_iso (text, &local_error))
    return invalid (error, self, "%s: %s", _(c->label), local_error->message);
  return TRUE;
}

static gboolean
validate_int (StgRecord       *self,
              const StgColumn *c,
              gint64           value,
              GError         **error)
{
  if (value < c->min || value > c->max)
    return invalid (error, self, _("%s must be between %lld and %lld (not %lld)"),
                    _(c->label), (long long) c->min, (long long) c->max, (long long) value);
  return TRUE;
}

static gboolean
validate_money (StgRecord       *self,
                const StgColumn *c,
                gint64           value,
                GError         **error)
{
  if (value == STG_NO_AMOUNT)
    return (c->flags & STG_COLUMN_REQUIRED)
           ? invalid (error, self, _("%s must be set"), _(c->label))
           : TRUE;
  if (value < 0)
    return invalid (error, self, _("%s cannot be negative"), _(c->label));
  return TRUE;
}

gboolean
stg_record_validate_column (StgRecord *self,
                            guint      column_index,
                            GError   **error)
{
  const StgColumn *c = &stg_record_get_schema (self)->columns[column_index];
  const GValue *v = stg_record_get_value (self, column_index);

  switch (c->type)
    {
    case STG_COLUMN_TEXT:
      return validate_text (self, c, g_value_get_string (v), error);
    case STG_COLUMN_CHOICE:
      return validate_choice (self, c, g_value_get_string (v), error);
    case STG_COLUMN_DATE:
      return validate_date (self, c, g_value_get_string (v), error);
    case STG_COLUMN_INT:
      return validate_int (self, c, g_value_get_int64 (v), error);
    case STG_COLUMN_MONEY:
      return validate_money (self, c, g_value_get_int64 (v), error);
    case STG_COLUMN_REFERENCE:
      if ((c->flags & STG_COLUMN_REQUIRED) && g_value_get_int64 (v) == 0)
        return invalid (error, self, _("%s must be chosen"), _(c->label));
      return TRUE;
    case STG_COLUMN_REAL:
      if (isinf (g_value_get_double (v)))
        return invalid (error, self, _("%s must be a finite number"), _(c->label));
      return TRUE;
    case STG_COLUMN_BOOL:
    default:
      return TRUE;
    }
}

gboolean
stg_record_validate (StgRecord *self,
                     GError   **error)
{
  const StgRecordSchema *schema = stg_record_get_schema (self);

  for (guint i = 0; i < schema->n_columns; i++)
    if (!stg_record_validate_column (self, i, error))
      return FALSE;
  return TRUE;
}
