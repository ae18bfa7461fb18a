/* stg-field-rows.c: editor rows for the columns of one record */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-field-rows"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "stg-field-rows.h"

typedef struct {
  StgFieldRows    *rows;
  guint            index;
  const StgColumn *column;
  GtkWidget       *row;
  GtkWidget       *input;    /* the widget whose signal edits */
  GtkWidget       *popover;  /* dates: the calendar's */
  gulong           handler;
  GArray          *ref_ids;  /* references: the id behind each position */
  char            *shown;    /* entries: the text last shown */
} Field;

struct _StgFieldRows
{
  StgStore          *store;
  StgRecord         *record;
  GPtrArray         *fields;
  StgFieldErrorFunc  on_error;
  gpointer           user_data;
  char              *currency;
};

static void
field_free (Field *f)
{
  g_clear_pointer (&f->ref_ids, g_array_unref);
  g_free (f->shown);
  g_free (f);
}

void
stg_field_rows_free (StgFieldRows *rows)
{
  if (rows == NULL)
    return;
  g_ptr_array_unref (rows->fields);
  g_free (rows->currency);
  g_object_unref (rows->record);
  g_object_unref (rows->store);
  g_free (rows);
}

StgRecord *
stg_field_rows_get_record (StgFieldRows *rows)
{
  return rows->record;
}

static void
mark (Field        *f,
      const GError *error)
{
  if (error == NULL)
    {
      gtk_widget_remove_css_class (f->row, "error");
      gtk_widget_set_tooltip_text (f->row, NULL);
      return;
    }
  gtk_widget_add_css_class (f->row, "error");
  gtk_widget_set_tooltip_text (f->row, error->message);
  if (f->rows->on_error != NULL)
    f->rows->on_error (error, f->rows->user_data);
}

/* Writes @value to the field's column: one undo step, or nothing and the
 * row marked with why. */
static void
commit (Field        *f,
        const GValue *value)
{
  g_autoptr(StgRecord) copy = stg_record_copy (f->rows->record);
  g_autoptr(GError) error = NULL;

  /* Setting what is already there is no edit and no undo step. */
  if (stg_record_values_equal (value, stg_record_get_value (copy, f->index)))
    {
      mark (f, NULL);
      return;
    }
  stg_record_set_value (copy, f->index, value);
  if (!stg_store_update_column (f->rows->store, copy, f->column->name, &error))
    {
      mark (f, error);
      return;
    }
  mark (f, NULL);
  g_set_object (&f->rows->record, copy);
}

static void
commit_string (Field      *f,
               const char *text)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, text);
  commit (f, &v);
}

static void
commit_int (Field  *f,
            gint64  n)
{
  g_auto(GValue) v = G_VALUE_INIT;

  if (f->column->type == STG_COLUMN_BOOL)
    {
      g_value_init (&v, G_TYPE_BOOLEAN);
      g_value_set_boolean (&v, n != 0);
    }
  else
    {
      g_value_init (&v, G_TYPE_INT64);
      g_value_set_int64 (&v, n);
    }
  commit (f, &v);
}

static void
commit_real (Field  *f,
             double  x)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, x);
  commit (f, &v);
}

static void
fail_input (Field        *f,
            GError       *error)
{
  mark (f, error);
  g_error_free (error);
}

/* Typed text */

static gboolean
parse_real (const char  *text,
            double      *value,
            GError     **error)
{
  StgNumberFormat format = stg_number_format_current ();
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char mark[8] = { 0 };
  char *end = NULL;

  if (*copy == '\0')
    {
      *value = NAN;
      return TRUE;
    }
  /* Accept the locale's decimal mark as well as '.' */
  g_unichar_to_utf8 (format.decimal_mark, mark);
  if (format.decimal_mark != '.' && strlen (mark) == 1)
    g_strdelimit (copy, mark, '.');
  *value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (*value))
    {
      g_set_error (error, STG_STORE_ERROR, STG_STORE_ERROR_INVALID, _("“%s” is not a number"), text);
      return FALSE;
    }
  return TRUE;
}

static void
entry_applied (AdwEntryRow *entry,
               Field       *f)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  GError *error = NULL;

  switch (f->column->type)
    {
    case STG_COLUMN_DATE:
      {
        GDate date;
        g_autofree char *iso = NULL;
        if (*trimmed == '\0')
          commit_string (f, NULL);
        else if (!stg_date_parse_locale (trimmed, &date, &error))
          fail_input (f, error);
        else
          commit_string (f, (iso = stg_date_format_iso (&date)));
        break;
      }
    case STG_COLUMN_MONEY:
      {
        gint64 amount = STG_NO_AMOUNT;
        StgNumberFormat format = stg_number_format_current ();
        if (*trimmed != '\0' &&
            !stg_money_parse (trimmed, stg_currency_decimals (f->rows->currency), &format, &amount, &error))
          fail_input (f, error);
        else
          commit_int (f, amount);
        break;
      }
    case STG_COLUMN_REAL:
      {
        double x;
        if (!parse_real (text, &x, &error))
          fail_input (f, error);
        else
          commit_real (f, x);
        break;
      }
    case STG_COLUMN_TEXT:
    default:
      commit_string (f, text);
      break;
    }
}

static void
day_selected (GtkCalendar *calendar,
              Field       *f)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (dt, "%Y-%m-%d");

  gtk_popover_popdown (GTK_POPOVER (f->popover));
  commit_string (f, iso);
}

static GtkWidget *
calendar_button (Field *f)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  f->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (f->popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), f->popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a date"));
  g_object_set_data (G_OBJECT (f->row), "calendar", calendar);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (day_selected), f);
  return button;
}

static gboolean entry_changed (Field *f);

static void
entry_left (GtkEventControllerFocus *controller,
            Field                   *f)
{
  /* Leaving for the calendar is not leaving the field. */
  if (f->popover != NULL && gtk_widget_get_visible (f->popover))
    return;
  if (gtk_widget_has_css_class (f->row, "error") || entry_changed (f))
    entry_applied (ADW_ENTRY_ROW (f->row), f);
}

static void
build_entry (Field    *f,
             StgNames *names)
{
  GtkEventController *focus;

  f->row = adw_entry_row_new ();
  f->input = f->row;
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (f->row), TRUE);
  if (f->column->type == STG_COLUMN_DATE)
    adw_entry_row_add_suffix (ADW_ENTRY_ROW (f->row), calendar_button (f));
  f->handler = g_signal_connect (f->row, "apply", G_CALLBACK (entry_applied), f);
  /* Typing and moving on keeps what was typed: nothing is lost for want
   * of pressing Enter. */
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (entry_left), f);
  gtk_widget_add_controller (f->row, focus);
}

/* Multi-line text, written when the field loses focus */

static void
text_view_left (GtkEventControllerFocus *controller,
                Field                   *f)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->input));
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  commit_string (f, text);
}

static void
build_text_view (Field *f)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (_(f->column->label));
  GtkEventController *focus = gtk_event_controller_focus_new ();

  f->row = adw_preferences_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->row), _(f->column->label));
  gtk_widget_set_focusable (f->row, FALSE);
  f->input = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (f->input), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (f->input), FALSE);
  gtk_widget_set_size_request (f->input, -1, 72);
  gtk_widget_add_css_class (f->input, "inline");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), f->input);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (f->row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->input), GTK_ACCESSIBLE_PROPERTY_LABEL, _(f->column->label), -1);
  g_signal_connect (focus, "leave", G_CALLBACK (text_view_left), f);
  gtk_widget_add_controller (f->input, focus);
}

/* Choices and references */

static void
combo_selected (AdwComboRow *combo,
                GParamSpec  *pspec,
                Field       *f)
{
  guint i = adw_combo_row_get_selected (combo);

  if (i == GTK_INVALID_LIST_POSITION)
    return;
  if (f->column->type == STG_COLUMN_CHOICE)
    commit_string (f, f->column->choices[i].key);
  else
    commit_int (f, g_array_index (f->ref_ids, gint64, i));
}

static GtkStringList *
reference_model (Field    *f,
                 StgNames *names)
{
  const gint64 *ids;
  const char *const *titles;
  guint n = stg_names_get (names, f->column->ref_type (), &ids, &titles);
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  gint64 none = 0;
  gint64 self_id = stg_record_get_id (f->rows->record);
  gboolean same_type = f->column->ref_type () == G_OBJECT_TYPE (f->rows->record);

  g_array_set_size (f->ref_ids, 0);
  if (!(f->column->flags & STG_COLUMN_REQUIRED))
    {
      g_ptr_array_add (shown, (gpointer) _("None"));
      g_array_append_val (f->ref_ids, none);
    }
  for (guint i = 0; i < n; i++)
    {
      /* An item cannot be part of itself. */
      if (same_type && ids[i] == self_id)
        continue;
      g_ptr_array_add (shown, (gpointer) titles[i]);
      g_array_append_val (f->ref_ids, ids[i]);
    }
  g_ptr_array_add (shown, NULL);
  /* Built in one go: appending one by one signals each item. */
  return gtk_string_list_new ((const char *const *) shown->pdata);
}

static void
build_combo (Field    *f,
             StgNames *names)
{
  g_autoptr(GtkStringList) strings = NULL;

  f->row = adw_combo_row_new ();
  f->input = f->row;
  if (f->column->type == STG_COLUMN_CHOICE)
    {
      strings = gtk_string_list_new (NULL);
      for (const StgChoice *c = f->column->choices; c->key != NULL; c++)
        gtk_string_list_append (strings, _(c->label));
    }
  else
    {
      f->ref_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      strings = reference_model (f, names);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (f->row), G_LIST_MODEL (strings));
  f->handler = g_signal_connect (f->row, "notify::selected", G_CALLBACK (combo_selected), f);
}

/* Numbers and switches */

static void
spin_changed (GtkSpinButton *spin,
              Field         *f)
{
  commit_int (f, (gint64) gtk_spin_button_get_value (spin));
}

static void
switch_changed (GtkSwitch  *sw,
                GParamSpec *pspec,
                Field      *f)
{
  commit_int (f, gtk_switch_get_active (sw));
}

static void
build_action_row (Field *f)
{
  f->row = adw_action_row_new ();
  if (f->column->type == STG_COLUMN_BOOL)
    {
      f->input = gtk_switch_new ();
      f->handler = g_signal_connect (f->input, "notify::active", G_CALLBACK (switch_changed), f);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (f->row), f->input);
    }
  else
    {
      f->input = gtk_spin_button_new_with_range ((double) f->column->min, (double) f->column->max, 1);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (f->input), TRUE);
      f->handler = g_signal_connect (f->input, "value-changed", G_CALLBACK (spin_changed), f);
    }
  gtk_widget_set_valign (f->input, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->input), GTK_ACCESSIBLE_PROPERTY_LABEL, _(f->column->label), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (f->row), f->input);
}

/* Showing values */

static guint
choice_position (const StgColumn *column,
                 const char      *key)
{
  for (guint i = 0; column->choices[i].key != NULL; i++)
    if (g_strcmp0 (column->choices[i].key, key) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static guint
reference_position (Field  *f,
                    gint64  id)
{
  for (guint i = 0; i < f->ref_ids->len; i++)
    if (g_array_index (f->ref_ids, gint64, i) == id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
set_entry_text (Field      *f,
                const char *text)
{
  g_free (f->shown);
  f->shown = g_strdup (text);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (f->row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (f->row), text);
}

/* Whether the analyst typed something not yet written. */
static gboolean
entry_changed (Field *f)
{
  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (f->row)), f->shown) != 0;
}

static gboolean
same_strings (GListModel *a,
              GListModel *b)
{
  guint n = a != NULL ? g_list_model_get_n_items (a) : 0;

  if (n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (a), i),
                   gtk_string_list_get_string (GTK_STRING_LIST (b), i)) != 0)
      return FALSE;
  return TRUE;
}

static void
show_value (Field     *f,
            StgRecord *record,
            StgNames  *names)
{
  const char *key;
  g_autofree char *text = NULL;

  switch (f->column->type)
    {
    case STG_COLUMN_CHOICE:
      key = stg_record_get_text (record, f->column->name);
      adw_combo_row_set_selected (ADW_COMBO_ROW (f->row), choice_position (f->column, key));
      break;
    case STG_COLUMN_REFERENCE:
      {
        g_autoptr(GtkStringList) strings = reference_model (f, names);
        GListModel *shown = adw_combo_row_get_model (ADW_COMBO_ROW (f->row));

        /* Replacing the model of the row whose change is being written
         * would free its selection under its feet: only when it differs. */
        if (!same_strings (shown, G_LIST_MODEL (strings)))
          adw_combo_row_set_model (ADW_COMBO_ROW (f->row), G_LIST_MODEL (strings));
        adw_combo_row_set_selected (ADW_COMBO_ROW (f->row),
                                    reference_position (f, stg_record_get_int (record, f->column->name)));
        break;
      }
    case STG_COLUMN_INT:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (f->input), (double) stg_record_get_int (record, f->column->name));
      break;
    case STG_COLUMN_BOOL:
      gtk_switch_set_active (GTK_SWITCH (f->input), stg_record_get_int (record, f->column->name) != 0);
      break;
    case STG_COLUMN_TEXT:
      if (f->column->flags & STG_COLUMN_MULTILINE)
        {
          GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->input));
          if (!gtk_widget_has_focus (f->input))
            gtk_text_buffer_set_text (buffer, stg_record_get_text (record, f->column->name), -1);
          break;
        }
      G_GNUC_FALLTHROUGH;
    default:
      /* Money in the locale's form without the currency code, so that
       * what is shown can be typed back. */
      if (f->column->type == STG_COLUMN_MONEY)
        {
          StgNumberFormat format = stg_number_format_current ();
          gint64 n = stg_record_get_int (record, f->column->name);
          text = n == STG_NO_AMOUNT ? g_strdup ("")
                 : stg_money_format (n, stg_currency_decimals (stg_names_currency (names)), &format);
        }
      else
        text = stg_display_value (record, f->column, names);
      set_entry_text (f, text);
      break;
    }
}

void
stg_field_rows_sync (StgFieldRows *rows,
                     StgRecord    *record,
                     StgNames     *names)
{
  g_set_object (&rows->record, record);
  g_free (rows->currency);
  rows->currency = g_strdup (stg_names_currency (names));
  for (guint i = 0; i < rows->fields->len; i++)
    {
      Field *f = g_ptr_array_index (rows->fields, i);
      if (f->handler != 0)
        g_signal_handler_block (f->input, f->handler);
      show_value (f, record, names);
      if (f->handler != 0)
        g_signal_handler_unblock (f->input, f->handler);
    }
}

StgFieldRows *
stg_field_rows_new (StgStore          *store,
                    StgRecord         *record,
                    StgNames          *names,
                    const char        *skip_column,
                    StgFieldErrorFunc  on_error,
                    gpointer           user_data)
{
  StgFieldRows *rows = g_new0 (StgFieldRows, 1);
  const StgRecordSchema *schema = stg_record_get_schema (record);

  rows->store = g_object_ref (store);
  rows->record = g_object_ref (record);
  rows->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) field_free);
  rows->on_error = on_error;
  rows->user_data = user_data;
  for (guint i = 0; i < schema->n_columns; i++)
    {
      Field *f;

      if (g_strcmp0 (schema->columns[i].name, skip_column) == 0)
        continue;
      f = g_new0 (Field, 1);
      f->rows = rows;
      f->index = i;
      f->column = &schema->columns[i];
      if (f->column->type == STG_COLUMN_CHOICE || f->column->type == STG_COLUMN_REFERENCE)
        build_combo (f, names);
      else if (f->column->type == STG_COLUMN_INT || f->column->type == STG_COLUMN_BOOL)
        build_action_row (f);
      else if (f->column->flags & STG_COLUMN_MULTILINE)
        build_text_view (f);
      else
        build_entry (f, names);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->row), _(f->column->label));
      gtk_widget_set_name (f->row, f->column->name);
      g_ptr_array_add (rows->fields, f);
    }
  stg_field_rows_sync (rows, record, names);
  return rows;
}

void
stg_field_rows_add_to (StgFieldRows        *rows,
                       AdwPreferencesGroup *group,
                       AdwExpanderRow      *expander)
{
  for (guint i = 0; i < rows->fields->len; i++)
    {
      Field *f = g_ptr_array_index (rows->fields, i);
      if (expander != NULL)
        adw_expander_row_add_row (expander, f->row);
      else
        adw_preferences_group_add (group, f->row);
    }
}
