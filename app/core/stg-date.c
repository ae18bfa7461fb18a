/* stg-date.c: calendar dates, ISO 8601 in the file, the locale's form on screen */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-date"

#include "config.h"

#include "strategos/stg-date.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <locale.h>
#include <string.h>

G_DEFINE_QUARK (stg-date-error-quark, stg_date_error)

#define ISO_LENGTH 10
#define LITERAL_SIZE 32

/* The date every "type it as" message shows, in the expected form. */
#define EXAMPLE_DAY   30
#define EXAMPLE_MONTH 6
#define EXAMPLE_YEAR  2027

typedef enum {
  FIELD_DAY,
  FIELD_MONTH,
  FIELD_YEAR,
  N_FIELDS
} DateField;

/* A numeric date form: the fields in order and the literal text before,
 * between and after them ("%d.%m.%Y" is "", ".", ".", ""). */
typedef struct {
  DateField order[N_FIELDS];
  guint     n_fields;
  char      literal[N_FIELDS + 1][LITERAL_SIZE];
} DateLayout;

static gboolean layout_add_format (DateLayout *layout,
                                   const char *format,
                                   gboolean    nested);

static gboolean
layout_add_field (DateLayout *layout,
                  DateField   field)
{
  if (layout->n_fields == N_FIELDS)
    return FALSE;
  for (guint i = 0; i < layout->n_fields; i++)
    if (layout->order[i] == field)
      return FALSE;
  layout->order[layout->n_fields++] = field;
  return TRUE;
}

static gboolean
layout_add_literal (DateLayout *layout,
                    char        c)
{
  char *literal = layout->literal[layout->n_fields];
  gsize len = strlen (literal);

  if (len + 1 >= LITERAL_SIZE)
    return FALSE;
  literal[len] = c;
  literal[len + 1] = '\0';
  return TRUE;
}

/* One strftime conversion, without its flags and E/O modifiers; anything
 * but a numeric day, month or year makes the form unusable here. */
static gboolean
layout_add_conversion (DateLayout *layout,
                       char        conversion,
                       gboolean    nested)
{
  switch (conversion)
    {
    case 'd': case 'e':
      return layout_add_field (layout, FIELD_DAY);
    case 'm':
      return layout_add_field (layout, FIELD_MONTH);
    case 'y': case 'Y':
      return layout_add_field (layout, FIELD_YEAR);
    case 'D':
      return !nested && layout_add_format (layout, "%m/%d/%y", TRUE);
    case 'F':
      return !nested && layout_add_format (layout, "%Y-%m-%d", TRUE);
    case '%':
      return layout_add_literal (layout, '%');
    default:
      return FALSE;
    }
}

static gboolean
layout_add_format (DateLayout *layout,
                   const char *format,
                   gboolean    nested)
{
  for (const char *p = format; *p != '\0'; p++)
    {
      if (*p != '%')
        {
          if (!layout_add_literal (layout, *p))
            return FALSE;
          continue;
        }
      p++;
      while (*p != '\0' && strchr ("-_0^#EO", *p) != NULL)
        p++;
      if (*p == '\0' || !layout_add_conversion (layout, *p, nested))
        return FALSE;
    }
  return TRUE;
}

static gboolean
layout_init (DateLayout *layout,
             const char *format)
{
  memset (layout, 0, sizeof *layout);
  if (!layout_add_format (layout, format, FALSE) || layout->n_fields != N_FIELDS)
    return FALSE;
  /* Typed text is trimmed, so edge spaces would only break parsing. */
  g_strstrip (layout->literal[0]);
  g_strstrip (layout->literal[N_FIELDS]);
  return TRUE;
}

static void
layout_init_iso (DateLayout *layout)
{
  if (!layout_init (layout, "%Y-%m-%d"))
    g_assert_not_reached ();
}

/* C and POSIX mean "no locale chosen": their "%m/%d/%y" is an American
 * habit, not the user's, so they get the file's ISO form. */
static gboolean
is_c_locale (const char *name)
{
  return name == NULL
         || strcmp (name, "C") == 0
         || strcmp (name, "POSIX") == 0
         || g_str_has_prefix (name, "C.");
}

static void
layout_init_current (DateLayout *layout)
{
  const char *d_fmt = nl_langinfo (D_FMT);
  g_autofree char *utf8 = NULL;

  /* Legacy locales give D_FMT in their own charset. */
  if (!g_utf8_validate (d_fmt, -1, NULL))
    d_fmt = utf8 = g_locale_to_utf8 (d_fmt, -1, NULL, NULL, NULL);
  if (is_c_locale (setlocale (LC_TIME, NULL))
      || d_fmt == NULL || !layout_init (layout, d_fmt))
    layout_init_iso (layout);
}

static char *
layout_format (const DateLayout *layout,
               guint             day,
               guint             month,
               guint             year)
{
  guint values[N_FIELDS] = { [FIELD_DAY] = day, [FIELD_MONTH] = month, [FIELD_YEAR] = year };
  GString *text = g_string_new (layout->literal[0]);

  for (guint i = 0; i < N_FIELDS; i++)
    {
      DateField field = layout->order[i];
      g_string_append_printf (text, field == FIELD_YEAR ? "%04u" : "%02u",
                              values[field]);
      g_string_append (text, layout->literal[i + 1]);
    }
  return g_string_free (text, FALSE);
}

static gboolean
fail_syntax (const DateLayout  *layout,
             const char        *text,
             GError           **error)
{
  g_autofree char *shown = g_utf8_make_valid (text, -1);
  g_autofree char *example = layout_format (layout, EXAMPLE_DAY, EXAMPLE_MONTH,
                                            EXAMPLE_YEAR);

  g_set_error (error, STG_DATE_ERROR, STG_DATE_ERROR_SYNTAX,
               /* Translators: the first %s is what the user typed, the
                * second an example date in the expected form */
               _("“%s” is not a date; type it as %s"), shown, example);
  return FALSE;
}

/* The checks every form shares once day, month and year are read. */
static gboolean
set_checked (GDate       *date,
             const char  *text,
             guint        day,
             guint        month,
             guint        year,
             GError     **error)
{
  if (year < STG_YEAR_MIN || year > STG_YEAR_MAX)
    {
      g_set_error (error, STG_DATE_ERROR, STG_DATE_ERROR_RANGE,
                   _("“%s” is out of range: years go from %d to %d"),
                   text, STG_YEAR_MIN, STG_YEAR_MAX);
      return FALSE;
    }
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, STG_DATE_ERROR, STG_DATE_ERROR_INVALID,
                   _("“%s” is not a day of the calendar"), text);
      return FALSE;
    }
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

static guint
digits_value (const char *digits,
              gsize       n)
{
  guint value = 0;

  for (gsize i = 0; i < n; i++)
    value = value * 10 + (guint) (digits[i] - '0');
  return value;
}

static gboolean
has_iso_shape (const char *text)
{
  if (strlen (text) != ISO_LENGTH)
    return FALSE;
  for (guint i = 0; i < ISO_LENGTH; i++)
    if (i == 4 || i == 7 ? text[i] != '-' : !g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

gboolean
stg_date_parse_iso (const char  *text,
                    GDate       *date,
                    GError     **error)
{
  DateLayout iso;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!has_iso_shape (text))
    {
      layout_init_iso (&iso);
      return fail_syntax (&iso, text, error);
    }
  return set_checked (date, text, digits_value (text + 8, 2),
                      digits_value (text + 5, 2), digits_value (text, 4), error);
}

char *
stg_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

gboolean
stg_date_validate_iso (const char  *text,
                       GError     **error)
{
  GDate date;

  if (text == NULL || *text == '\0')
    return TRUE;
  return stg_date_parse_iso (text, &date, error);
}

char *
stg_date_format_locale (const GDate *date)
{
  DateLayout layout;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  layout_init_current (&layout);
  return layout_format (&layout, g_date_get_day (date), g_date_get_month (date),
                        g_date_get_year (date));
}

/* Besides the usual marks, the locale's own separators ("年", "月") so
 * that what format_locale() writes always reads back. */
static gboolean
is_separator (const DateLayout *layout,
              gunichar          c)
{
  if (c == 0 || g_unichar_isdigit (c))
    return FALSE;
  return (c < 0x80 && strchr ("/.-", (int) c) != NULL)
         || g_unichar_isspace (c)
         || g_utf8_strchr (layout->literal[1], -1, c) != NULL
         || g_utf8_strchr (layout->literal[2], -1, c) != NULL;
}

static const char *
skip_separators (const DateLayout *layout,
                 const char       *p)
{
  while (is_separator (layout, g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

/* Reads the three numbers in the locale's order; @widths says how many
 * digits each had, so that "27" can become 2027 and "202" be refused. */
static gboolean
read_fields (const DateLayout *layout,
             const char       *text,
             guint             values[N_FIELDS],
             gsize             widths[N_FIELDS])
{
  const char *p = text;

  if (layout->literal[0][0] != '\0' && g_str_has_prefix (p, layout->literal[0]))
    p += strlen (layout->literal[0]);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      const char *start = i == 0 ? p : skip_separators (layout, p);
      gsize n = strspn (start, "0123456789");

      if ((i > 0 && start == p) || n == 0 || n > 4)
        return FALSE;
      values[layout->order[i]] = digits_value (start, n);
      widths[layout->order[i]] = n;
      p = start + n;
    }
  return *p == '\0' || strcmp (p, layout->literal[N_FIELDS]) == 0;
}

gboolean
stg_date_parse_locale (const char  *text,
                       GDate       *date,
                       GError     **error)
{
  g_autofree char *trimmed = NULL;
  DateLayout layout;
  guint values[N_FIELDS];
  gsize widths[N_FIELDS];

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text));
  if (has_iso_shape (trimmed))
    return stg_date_parse_iso (trimmed, date, error);
  layout_init_current (&layout);
  if (!g_utf8_validate (trimmed, -1, NULL)
      || !read_fields (&layout, trimmed, values, widths)
      || widths[FIELD_DAY] > 2 || widths[FIELD_MONTH] > 2
      || (widths[FIELD_YEAR] != 2 && widths[FIELD_YEAR] != 4))
    return fail_syntax (&layout, trimmed, error);
  if (widths[FIELD_YEAR] == 2)
    values[FIELD_YEAR] += 2000;
  return set_checked (date, trimmed, values[FIELD_DAY], values[FIELD_MONTH],
                      values[FIELD_YEAR], error);
}
