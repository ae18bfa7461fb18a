/* stg-report.c: what a review summary says, read from a strategy into blocks */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "strategos/stg-analysis.h"
#include "strategos/stg-date.h"
#include "strategos/stg-money.h"
#include "strategos/stg-version.h"
#include "stg-report-private.h"

G_DEFINE_QUARK (stg-report-error-quark, stg_report_error)

/* Colours of the status words, dark enough to read in grey on paper. */
#define RED   "#a50f15"
#define AMBER "#8a5300"
#define GREY  "#5f6368"

typedef struct {
  gint64  id;
  char   *name;
  char   *abbreviation;
} Actor;

/* What the builder reads once and every section uses. */
typedef struct {
  StgReport              *report;
  StgStore               *store;
  const StgReportOptions *options;
  StgReportSections       sections;
  StgRecord              *strategy;
  char                   *today;
  char                   *currency;
  guint                   decimals;
  StgNumberFormat         format;
  GHashTable             *actors;      /* id -> Actor */
  gint64                  actor_id;    /* --actor, or 0 */
  GPtrArray              *objectives;  /* StgRecord, filtered by actor */
  GHashTable             *budgets;     /* objective id -> const StgBudgetCell */
  StgBudgetTable         *by_objective;
  GHashTable             *supporting;  /* objective id -> GString of names */
  GHashTable             *changed;     /* objective id -> "new" / "changed" */
  char                   *since_name;
  GPtrArray              *changes;
  GArray                 *budget_changes;
} Builder;

static void
actor_free (Actor *actor)
{
  g_free (actor->name);
  g_free (actor->abbreviation);
  g_free (actor);
}

/* Blocks */

static StgReportBlock *
add_block (Builder      *b,
           StgBlockKind  kind,
           StgTextStyle  style,
           char         *markup)
{
  StgReportBlock block = { .kind = kind, .style = style, .text = markup };

  block.section = b->report->sections->len - 1;
  g_array_append_val (b->report->blocks, block);
  return &g_array_index (b->report->blocks, StgReportBlock, b->report->blocks->len - 1);
}

static void
add_section (Builder    *b,
             const char *title)
{
  StgReportSection *section = g_new0 (StgReportSection, 1);

  section->title = g_strdup (title);
  g_ptr_array_add (b->report->sections, section);
  add_block (b, STG_BLOCK_HEADING, STG_TEXT_H1, g_markup_escape_text (title, -1));
}

static void
add_heading (Builder      *b,
             StgTextStyle  style,
             const char   *text)
{
  add_block (b, STG_BLOCK_HEADING, style, g_markup_escape_text (text, -1));
}

static void
add_text (Builder      *b,
          StgTextStyle  style,
          const char   *text)
{
  if (text != NULL && *text != '\0')
    add_block (b, STG_BLOCK_PARAGRAPH, style, g_markup_escape_text (text, -1));
}

static StgReportBlock *
add_markup (Builder      *b,
            StgTextStyle  style,
            char         *markup)
{
  return add_block (b, STG_BLOCK_PARAGRAPH, style, markup);
}

static StgReportTable *
add_table (Builder           *b,
           const char        *caption,
           guint              n_columns,
           const char *const *headers,
           const double      *widths,
           const StgCellAlign *align)
{
  StgReportTable *table = g_new0 (StgReportTable, 1);
  double sum = 0;

  table->caption = caption != NULL ? g_markup_printf_escaped ("<b>%s</b>", caption) : NULL;
  table->n_columns = n_columns;
  table->headers = g_new0 (char *, n_columns + 1);
  table->shares = g_new (double, n_columns);
  table->widths = g_new (double, n_columns);
  table->align = g_new (StgCellAlign, n_columns);
  for (guint i = 0; i < n_columns; i++)
    sum += widths[i];
  for (guint i = 0; i < n_columns; i++)
    {
      table->headers[i] = g_markup_printf_escaped ("<b>%s</b>", headers[i]);
      table->shares[i] = table->widths[i] = widths[i] / sum;
      table->align[i] = align != NULL ? align[i] : STG_ALIGN_LEFT;
    }
  table->rows = g_array_new (FALSE, TRUE, sizeof (StgReportRow));
  add_block (b, STG_BLOCK_TABLE, STG_TEXT_SMALL, NULL)->table = table;
  return table;
}

/* Adds a row of @table; takes the markup strings of @cells. */
static void
table_add_row (StgReportTable *table,
               StgRowFlags     flags,
               char          **cells)
{
  StgReportRow row = { .cells = g_new (char *, table->n_columns + 1), .flags = flags };

  for (guint i = 0; i < table->n_columns; i++)
    row.cells[i] = (flags & STG_ROW_TOTAL) && *cells[i] != '\0' ? g_strdup_printf ("<b>%s</b>", cells[i]) : cells[i];
  for (guint i = 0; (flags & STG_ROW_TOTAL) && i < table->n_columns; i++)
    if (*cells[i] != '\0')
      g_free (cells[i]);
  row.cells[table->n_columns] = NULL;
  g_array_append_val (table->rows, row);
}

static void
add_figure (Builder       *b,
            StgFigureKind  kind,
            double         aspect)
{
  StgReportBlock *block = add_block (b, STG_BLOCK_FIGURE, STG_TEXT_BODY, NULL);

  block->figure = kind;
  block->aspect = aspect;
}

static void
table_free (StgReportTable *table)
{
  for (guint i = 0; i < table->rows->len; i++)
    g_strfreev (g_array_index (table->rows, StgReportRow, i).cells);
  g_array_unref (table->rows);
  g_strfreev (table->headers);
  g_free (table->shares);
  g_free (table->widths);
  g_free (table->align);
  g_free (table->caption);
  g_free (table);
}

void
stg_report_block_clear (StgReportBlock *block)
{
  g_clear_pointer (&block->text, g_free);
  g_clear_pointer (&block->table, table_free);
  g_clear_pointer (&block->lines, g_array_unref);
}

/* Words and numbers */

static char *
esc (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

static const char *
choice_label (GType       type,
              const char *column,
              const char *key)
{
  const StgColumn *c = stg_record_schema_find (stg_record_type_get_schema (type), column);
  const char *label = c != NULL && key != NULL ? stg_choice_get_label (c, key) : NULL;

  return label != NULL ? _(label) : (key != NULL ? key : "");
}

/* Millions of the currency with one decimal, exact: "1.234,5". */
static char *
millions (Builder *b,
          gint64   amount)
{
  gint64 unit = 100000, tenths, rest;

  if (amount == STG_NO_AMOUNT)
    return g_strdup ("–");
  for (guint i = 0; i < b->decimals; i++)
    unit *= 10;
  tenths = amount / unit;
  rest = amount % unit;
  if (rest >= unit - rest && rest > 0)
    tenths++;
  else if (rest < 0 && -rest >= unit + rest)
    tenths--;
  return stg_money_format (tenths, 1, &b->format);
}

/* <b>@text</b>, escaped; frees @text. */
static char *
bold (char *text)
{
  char *markup = g_markup_printf_escaped ("<b>%s</b>", text);

  g_free (text);
  return markup;
}

/* "EUR 1.234,5 million" */
static char *
millions_text (Builder *b,
               gint64   amount)
{
  g_autofree char *number = millions (b, amount);

  /* Translators: an amount: the currency code, then the number of millions */
  return g_strdup_printf (_("%s %s million"), b->currency, number);
}

static char *
date_text (const char *iso)
{
  GDate date;

  if (iso == NULL || *iso == '\0' || !stg_date_parse_iso (iso, &date, NULL))
    return g_strdup ("–");
  return stg_date_format_locale (&date);
}

static char *
status_markup (const char *status)
{
  const char *label = choice_label (STG_TYPE_OBJECTIVE, "status", status);

  if (g_strcmp0 (status, "late") == 0)
    return g_markup_printf_escaped ("<span foreground='" RED "' weight='bold'>%s</span>", label);
  if (g_strcmp0 (status, "at_risk") == 0)
    return g_markup_printf_escaped ("<span foreground='" AMBER "' weight='bold'>%s</span>", label);
  if (g_strcmp0 (status, "done") == 0 || g_strcmp0 (status, "dropped") == 0)
    return g_markup_printf_escaped ("<span foreground='" GREY "'>%s</span>", label);
  return esc (label);
}

static const char *
actor_label (Builder *b,
             gint64   id)
{
  Actor *a = g_hash_table_lookup (b->actors, &id);

  if (a == NULL)
    return _("No lead actor");
  return *a->abbreviation != '\0' ? a->abbreviation : a->name;
}

static const char *
actor_name (Builder *b,
            gint64   id)
{
  Actor *a = g_hash_table_lookup (b->actors, &id);

  return a != NULL ? a->name : _("No lead actor");
}

/* Reading */

static GPtrArray *
list_records (StgStore  *store,
              GType      type,
              GError   **error)
{
  g_autoptr(GListModel) model = stg_store_list (store, type, error);
  GPtrArray *records;
  guint n;

  if (model == NULL)
    return NULL;
  n = g_list_model_get_n_items (model);
  records = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (records, g_list_model_get_item (model, i));
  return records;
}

static gboolean
read_actors (Builder  *b,
             GError  **error)
{
  g_autoptr(GPtrArray) actors = list_records (b->store, STG_TYPE_ACTOR, error);

  if (actors == NULL)
    return FALSE;
  b->actors = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) actor_free);
  for (guint i = 0; i < actors->len; i++)
    {
      StgRecord *r = g_ptr_array_index (actors, i);
      Actor *a = g_new0 (Actor, 1);

      a->id = stg_record_get_id (r);
      a->name = g_strdup (stg_record_get_text (r, "name"));
      a->abbreviation = g_strdup (stg_record_get_text (r, "abbreviation"));
      g_hash_table_insert (b->actors, &a->id, a);
      if (b->options->actor != NULL &&
          (g_utf8_collate (a->name, b->options->actor) == 0 ||
           g_ascii_strcasecmp (a->name, b->options->actor) == 0 ||
           g_ascii_strcasecmp (a->abbreviation, b->options->actor) == 0))
        b->actor_id = a->id;
    }
  if (b->options->actor != NULL && b->actor_id == 0)
    {
      g_set_error (error, STG_REPORT_ERROR, STG_REPORT_ERROR_NO_SUCH_ACTOR,
                   _("There is no actor named “%s” in this strategy (give its name or abbreviation)"),
                   b->options->actor);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_objectives (Builder  *b,
                 GError  **error)
{
  g_autoptr(GPtrArray) all = list_records (b->store, STG_TYPE_OBJECTIVE, error);
  g_autoptr(GArray) from = NULL;
  g_autoptr(GArray) to = NULL;

  if (all == NULL)
    return FALSE;
  b->objectives = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < all->len; i++)
    {
      StgRecord *r = g_ptr_array_index (all, i);

      if (b->actor_id == 0 || stg_record_get_int (r, "lead_actor_id") == b->actor_id)
        g_ptr_array_add (b->objectives, g_object_ref (r));
    }
  if ((b->by_objective = stg_budget_table_new (b->store, STG_BUDGET_BY_OBJECTIVE, error)) == NULL)
    return FALSE;
  b->budgets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < stg_budget_table_get_n_rows (b->by_objective); i++)
    g_hash_table_insert (b->budgets, g_memdup2 (&(gint64) { stg_budget_table_get_row_id (b->by_objective, i) }, sizeof (gint64)),
                         (gpointer) stg_budget_table_get_row_total (b->by_objective, i));
  if (!stg_store_link_pairs (b->store, STG_LINK_OBJECTIVE_SUPPORTING_ACTOR, &from, &to, error))
    return FALSE;
  b->supporting = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_free);
  for (guint i = 0; i < from->len; i++)
    {
      gint64 o = g_array_index (from, gint64, i);
      char *names = g_hash_table_lookup (b->supporting, &o);
      const char *name = actor_label (b, g_array_index (to, gint64, i));
      char *joined = names != NULL ? g_strconcat (names, ", ", name, NULL) : g_strdup (name);

      g_hash_table_replace (b->supporting, g_memdup2 (&o, sizeof o), joined);
    }
  return TRUE;
}

static gboolean
read_changes (Builder  *b,
              GError  **error)
{
  g_autoptr(GPtrArray) versions = NULL;
  gint64 from;

  b->changed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  if (b->options->since == NULL)
    return TRUE;
  if (!stg_store_find_version (b->store, b->options->since, &from, error) ||
      (versions = stg_store_list_versions (b->store, error)) == NULL ||
      (b->changes = stg_store_compare (b->store, from, 0, &b->budget_changes, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < versions->len; i++)
    {
      StgVersion *v = g_ptr_array_index (versions, i);
      if (v->id == from)
        b->since_name = g_strdup (v->name);
    }
  for (guint i = 0; i < b->changes->len; i++)
    {
      StgChange *c = g_ptr_array_index (b->changes, i);

      if (c->item_type == STG_TYPE_OBJECTIVE && c->kind != STG_CHANGE_REMOVED &&
          !g_hash_table_contains (b->changed, &c->item_id))
        g_hash_table_insert (b->changed, g_memdup2 (&c->item_id, sizeof (gint64)),
                             c->kind == STG_CHANGE_ADDED ? _("new") : _("changed"));
    }
  return TRUE;
}

/* The cover */

typedef struct {
  guint  total;
  guint  on_track;
  guint  at_risk;
  guint  late;
  gint64 planned;
  gint64 actual;
} Figures;

static gboolean
count_figures (Builder  *b,
               Figures  *f,
               GError  **error)
{
  memset (f, 0, sizeof *f);
  for (guint i = 0; i < b->objectives->len; i++)
    {
      const char *status = stg_record_get_text (g_ptr_array_index (b->objectives, i), "status");

      f->total++;
      f->on_track += g_strcmp0 (status, "on_track") == 0;
      f->at_risk += g_strcmp0 (status, "at_risk") == 0;
      f->late += g_strcmp0 (status, "late") == 0;
    }
  if (b->actor_id == 0)
    return stg_store_budget_totals (b->store, 0, &f->planned, &f->actual, error);
  for (guint i = 0; i < stg_budget_table_get_n_rows (b->report->budget); i++)
    if (stg_budget_table_get_row_id (b->report->budget, i) == b->actor_id)
      {
        const StgBudgetCell *cell = stg_budget_table_get_row_total (b->report->budget, i);
        f->planned = cell->planned;
        f->actual = cell->actual;
      }
  return TRUE;
}

static char *
latest_version (Builder *b)
{
  g_autoptr(GPtrArray) versions = stg_store_list_versions (b->store, NULL);
  StgVersion *v;

  if (versions == NULL || versions->len == 0)
    return NULL;
  v = g_ptr_array_index (versions, versions->len - 1);
  return g_strdup (v->name);
}

/* "<b>Label</b>\tvalue\n", escaped. */
static void
meta_line (GString    *meta,
           const char *label,
           const char *value)
{
  g_autofree char *line = g_markup_printf_escaped ("<b>%s</b>\t%s\n", label, value);

  g_string_append (meta, line);
}

static gboolean
build_cover (Builder      *b,
             StgRecord    *s,
             GError      **error)
{
  StgReport *r = b->report;
  Figures f;
  g_autofree char *planned = NULL;
  g_autofree char *version = latest_version (b);
  g_autofree char *date = date_text (b->today);
  g_autoptr(GString) meta = g_string_new (NULL);
  const char *country = stg_record_get_text (s, "country");
  g_autofree char *horizon = NULL;

  if (!count_figures (b, &f, error))
    return FALSE;
  planned = millions_text (b, f.planned);
  r->cover.cover_title = esc (r->title);
  if (b->actor_id != 0)
    /* Translators: under the title on the cover of one actor's part */
    r->cover.cover_subtitle = g_markup_printf_escaped (_("Review summary: the part of %s"), actor_name (b, b->actor_id));
  else
    r->cover.cover_subtitle = esc (_("Review summary for the National Security Council"));
  horizon = g_strdup_printf ("%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT,
                             stg_record_get_int (s, "horizon_start"), stg_record_get_int (s, "horizon_end"));
  if (*country != '\0')
    meta_line (meta, _("Country"), country);
  meta_line (meta, _("Horizon"), horizon);
  if (version != NULL)
    meta_line (meta, _("Version"), version);
  meta_line (meta, _("Date"), date);
  if (b->since_name != NULL)
    meta_line (meta, _("Changes since"), b->since_name);
  meta_line (meta, _("Classification"), r->classification);
  g_string_truncate (meta, meta->len - 1);
  r->cover.cover_meta = g_string_free (g_steal_pointer (&meta), FALSE);
  {
    /* Each count is its own plural message; the colours and layout are
     * not the translators' concern. */
    g_autofree char *objectives = g_strdup_printf (ngettext ("%u objective", "%u objectives", f.total), f.total);
    /* Translators: objectives whose status is "on track" */
    g_autofree char *on_track = g_strdup_printf (ngettext ("%u on track", "%u on track", f.on_track), f.on_track);
    /* Translators: objectives whose status is "at risk" */
    g_autofree char *at_risk = g_strdup_printf (ngettext ("%u at risk", "%u at risk", f.at_risk), f.at_risk);
    /* Translators: objectives whose status is "late" */
    g_autofree char *late = g_strdup_printf (ngettext ("%u late", "%u late", f.late), f.late);

    r->cover.cover_status = g_markup_printf_escaped (
      "<b>%s</b>   ·   %s   ·   <span foreground='%s'>%s</span>   ·   <span foreground='%s'>%s</span>\n<b>%s</b>   %s",
      objectives, on_track, AMBER, at_risk, RED, late, _("Planned budget"), planned);
  }
  add_block (b, STG_BLOCK_COVER, STG_TEXT_BODY, NULL);
  add_text (b, STG_TEXT_BODY, stg_record_get_text (s, "description"));
  add_block (b, STG_BLOCK_PAGE_BREAK, STG_TEXT_BODY, NULL);
  return TRUE;
}

/* Vital interests */

static GHashTable *
count_links (StgStore  *store,
             StgLink    link,
             gboolean   by_target,
             GError   **error)
{
  g_autoptr(GArray) from = NULL;
  g_autoptr(GArray) to = NULL;
  GHashTable *counts;

  if (!stg_store_link_pairs (store, link, &from, &to, error))
    return NULL;
  counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < from->len; i++)
    {
      gint64 key = g_array_index (by_target ? to : from, gint64, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &key));

      g_hash_table_replace (counts, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (n + 1));
    }
  return counts;
}

static guint
lookup_count (GHashTable *counts,
              gint64      id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, &id));
}

static int
by_rank (gconstpointer a,
         gconstpointer b)
{
  StgRecord *x = *(StgRecord **) a, *y = *(StgRecord **) b;
  gint64 rx = stg_record_get_int (x, "rank"), ry = stg_record_get_int (y, "rank");

  return rx != ry ? (rx < ry ? -1 : 1) : (stg_record_get_id (x) < stg_record_get_id (y) ? -1 : 1);
}

static gboolean
build_interests (Builder  *b,
                 GError  **error)
{
  g_autoptr(GPtrArray) interests = list_records (b->store, STG_TYPE_INTEREST, error);
  g_autoptr(GHashTable) served = NULL;
  g_autoptr(GHashTable) threatened = NULL;

  if (interests == NULL ||
      (served = count_links (b->store, STG_LINK_OBJECTIVE_INTEREST, TRUE, error)) == NULL ||
      (threatened = count_links (b->store, STG_LINK_THREAT_INTEREST, TRUE, error)) == NULL)
    return FALSE;
  add_section (b, _("Vital interests"));
  if (interests->len == 0)
    add_text (b, STG_TEXT_BODY, _("No vital interests are recorded yet."));
  g_ptr_array_sort (interests, by_rank);
  for (guint i = 0; i < interests->len; i++)
    {
      StgRecord *r = g_ptr_array_index (interests, i);
      g_autofree char *heading = g_strdup_printf ("%u. %s", i + 1, stg_record_get_text (r, "title"));
      guint n_served = lookup_count (served, stg_record_get_id (r));
      guint n_threats = lookup_count (threatened, stg_record_get_id (r));
      g_autofree char *served_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Served by %u objective",
                                                                   "Served by %u objectives", n_served), n_served);
      g_autofree char *threat_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "threatened by %u threat",
                                                                   "threatened by %u threats", n_threats), n_threats);

      add_heading (b, STG_TEXT_H3, heading);
      add_text (b, STG_TEXT_BODY, stg_record_get_text (r, "description"));
      if (n_served == 0)
        add_markup (b, STG_TEXT_NOTE, g_markup_printf_escaped ("<span foreground='" RED "'><b>%s</b></span>; %s.",
                                                               served_text, threat_text));
      else
        add_markup (b, STG_TEXT_NOTE, g_markup_printf_escaped ("%s; %s.", served_text, threat_text));
    }
  return TRUE;
}

/* The threat picture */

static gboolean
build_threats (Builder  *b,
               GError  **error)
{
  static const char *const headers[] = { N_("No."), N_("Threat"), N_("Category"), N_("Likelihood"),
                                         N_("Impact"), N_("Risk"), N_("Trend"), N_("Objectives") };
  static const double widths[] = { 4.5, 28, 13, 9.5, 7, 9, 7, 9.5 };
  static const StgCellAlign align[] = { STG_ALIGN_RIGHT, STG_ALIGN_LEFT, STG_ALIGN_LEFT, STG_ALIGN_RIGHT,
                                        STG_ALIGN_RIGHT, STG_ALIGN_LEFT, STG_ALIGN_LEFT, STG_ALIGN_RIGHT };
  StgHeatmapData *data = b->report->heatmap;
  guint n = stg_heatmap_data_get_n_threats (data), n_open = stg_heatmap_data_get_n_unaddressed (data);
  const char *translated[G_N_ELEMENTS (headers)];
  g_autofree char *placed = NULL;
  g_autofree char *open_text = NULL;
  StgReportTable *table;

  add_section (b, _("Threat picture"));
  if (n == 0)
    {
      add_text (b, STG_TEXT_BODY, _("No threats are recorded yet."));
      return TRUE;
    }
  placed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u threat, placed by likelihood and impact.",
                                         "%u threats, placed by likelihood and impact.", n), n);
  open_text = n_open == 0
    ? g_strdup (_("Every threat is addressed by at least one objective."))
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u threat that no objective addresses is drawn hollow, in red.",
                                    "%u threats that no objective addresses are drawn hollow, in red.", n_open), n_open);
  add_markup (b, STG_TEXT_BODY, g_markup_printf_escaped ("%s %s", placed, open_text))->keep_with_next = TRUE;
  add_figure (b, STG_FIGURE_HEATMAP, 0.62);
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    translated[i] = _(headers[i]);
  table = add_table (b, _("Threats by risk"), G_N_ELEMENTS (headers), translated, widths, align);
  for (guint i = 0; i < n; i++)
    {
      const StgHeatmapThreat *t = stg_heatmap_data_get_threat (data, i);
      g_autoptr(StgRecord) record = stg_store_get (b->store, STG_TYPE_THREAT, t->id, error);
      StgRiskBand band = stg_heatmap_risk_band (t->likelihood, t->impact);
      char *cells[8];

      if (record == NULL)
        return FALSE;
      cells[0] = g_strdup_printf ("%u", t->number);
      cells[1] = esc (t->title);
      cells[2] = esc (choice_label (STG_TYPE_THREAT, "category", t->category));
      cells[3] = g_strdup_printf ("%d", t->likelihood);
      cells[4] = g_strdup_printf ("%d", t->impact);
      cells[5] = band >= STG_RISK_HIGH ? g_markup_printf_escaped ("<b>%s</b>", stg_risk_band_label (band))
                                       : esc (stg_risk_band_label (band));
      cells[6] = esc (choice_label (STG_TYPE_THREAT, "trend", stg_record_get_text (record, "trend")));
      cells[7] = t->objectives->len == 0
        ? g_markup_printf_escaped ("<span foreground='" RED "'><b>%s</b></span>", _("none"))
        : g_strdup_printf ("%u", t->objectives->len);
      table_add_row (table, STG_ROW_PLAIN, cells);
    }
  return TRUE;
}

/* Roles */

static gboolean
build_roles (Builder  *b,
             GError  **error)
{
  g_autoptr(GPtrArray) roles = list_records (b->store, STG_TYPE_ROLE, error);

  if (roles == NULL)
    return FALSE;
  add_section (b, _("Roles"));
  if (roles->len == 0)
    add_text (b, STG_TEXT_BODY, _("No roles are recorded yet."));
  for (guint i = 0; i < roles->len; i++)
    {
      StgRecord *r = g_ptr_array_index (roles, i);
      const char *posture = stg_record_get_text (r, "posture");

      add_heading (b, STG_TEXT_H3, stg_record_get_text (r, "title"));
      if (*posture != '\0')
        add_markup (b, STG_TEXT_NOTE, g_markup_printf_escaped ("%s: %s", _("Posture"), posture));
      add_text (b, STG_TEXT_BODY, stg_record_get_text (r, "description"));
    }
  return TRUE;
}

/* Objectives */

static int
status_rank (const char *status)
{
  static const char *const order[] = { "late", "at_risk", "not_started", "on_track", "done", "dropped" };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_strcmp0 (status, order[i]) == 0)
      return i;
  return G_N_ELEMENTS (order);
}

/* Late and at risk first, then by deadline (undated last), then by id. */
static int
by_urgency (gconstpointer a,
            gconstpointer b)
{
  StgRecord *x = *(StgRecord **) a, *y = *(StgRecord **) b;
  int sx = status_rank (stg_record_get_text (x, "status")), sy = status_rank (stg_record_get_text (y, "status"));
  const char *dx = stg_record_get_text (x, "deadline"), *dy = stg_record_get_text (y, "deadline");
  int c;

  if (MIN (sx, 2) != MIN (sy, 2))
    return MIN (sx, 2) - MIN (sy, 2);
  if ((dx == NULL) != (dy == NULL))
    return dx == NULL ? 1 : -1;
  if (dx != NULL && (c = strcmp (dx, dy)) != 0)
    return c;
  return stg_record_get_id (x) < stg_record_get_id (y) ? -1 : 1;
}

static char *
objective_title (Builder   *b,
                 StgRecord *o)
{
  gint64 id = stg_record_get_id (o);
  const char *mark = g_hash_table_lookup (b->changed, &id);

  if (mark != NULL)
    return g_markup_printf_escaped ("%s <i><span foreground='" AMBER "'>(%s)</span></i>", stg_record_get_text (o, "title"), mark);
  return esc (stg_record_get_text (o, "title"));
}

static void
budget_cells (Builder   *b,
              StgRecord *o,
              char     **planned,
              char     **actual)
{
  gint64 id = stg_record_get_id (o);
  const StgBudgetCell *cell = g_hash_table_lookup (b->budgets, &id);

  *planned = cell != NULL ? millions (b, cell->planned) : g_strdup ("–");
  *actual = cell != NULL && cell->n_actual > 0 ? millions (b, cell->actual) : g_strdup ("–");
}

static char *
deadline_markup (Builder   *b,
                 StgRecord *o)
{
  const char *deadline = stg_record_get_text (o, "deadline");
  const char *status = stg_record_get_text (o, "status");
  g_autofree char *text = date_text (deadline);

  if (deadline != NULL && strcmp (deadline, b->today) < 0 &&
      g_strcmp0 (status, "done") != 0 && g_strcmp0 (status, "dropped") != 0)
    return g_markup_printf_escaped ("<span foreground='" RED "'>%s</span>", text);
  return esc (text);
}

static void
build_urgent (Builder *b)
{
  static const char *const headers[] = { N_("Objective"), N_("Lead actor"), N_("Deadline"), N_("Status"), N_("Planned") };
  static const double widths[] = { 40, 16, 11, 9, 10 };
  static const StgCellAlign align[] = { STG_ALIGN_LEFT, STG_ALIGN_LEFT, STG_ALIGN_LEFT, STG_ALIGN_LEFT, STG_ALIGN_RIGHT };
  const char *translated[G_N_ELEMENTS (headers)];
  StgReportTable *table = NULL;

  add_heading (b, STG_TEXT_H2, _("Late and at risk"));
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    translated[i] = _(headers[i]);
  for (guint i = 0; i < b->objectives->len; i++)
    {
      StgRecord *o = g_ptr_array_index (b->objectives, i);
      const char *status = stg_record_get_text (o, "status");
      char *cells[5], *actual = NULL;

      if (status_rank (status) > 1)
        break;   /* sorted: the late and at risk come first */
      if (table == NULL)
        table = add_table (b, NULL, G_N_ELEMENTS (headers), translated, widths, align);
      cells[0] = objective_title (b, o);
      cells[1] = esc (actor_label (b, stg_record_get_int (o, "lead_actor_id")));
      cells[2] = deadline_markup (b, o);
      cells[3] = status_markup (status);
      budget_cells (b, o, &cells[4], &actual);
      g_free (actual);
      table_add_row (table, STG_ROW_PLAIN, cells);
    }
  if (table == NULL)
    add_text (b, STG_TEXT_BODY, _("No objective is late or at risk."));
}

static int
by_lead_name (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  Builder *builder = user_data;
  gint64 x = stg_record_get_int (*(StgRecord **) a, "lead_actor_id");
  gint64 y = stg_record_get_int (*(StgRecord **) b, "lead_actor_id");
  int c;

  if (x == y)
    return by_urgency (a, b);
  if ((x == 0) != (y == 0))
    return x == 0 ? 1 : -1;
  c = g_utf8_collate (actor_name (builder, x), actor_name (builder, y));
  return c != 0 ? c : (x < y ? -1 : 1);
}

static void
build_group (Builder *b,
             guint    first,
             guint    last)
{
  static const char *const headers[] = { N_("Objective"), N_("Term"), N_("Deadline"), N_("Status"),
                                         N_("Planned"), N_("Actual"), N_("Supporting actors") };
  static const double widths[] = { 34, 9, 11.5, 11, 8.5, 8.5, 17.5 };
  static const StgCellAlign align[] = { STG_ALIGN_LEFT, STG_ALIGN_LEFT, STG_ALIGN_LEFT, STG_ALIGN_LEFT,
                                        STG_ALIGN_RIGHT, STG_ALIGN_RIGHT, STG_ALIGN_LEFT };
  gint64 lead = stg_record_get_int (g_ptr_array_index (b->objectives, first), "lead_actor_id");
  Actor *a = g_hash_table_lookup (b->actors, &lead);
  const char *translated[G_N_ELEMENTS (headers)];
  g_autofree char *heading = NULL;
  g_autofree char *caption = NULL;
  StgReportTable *table;

  if (a != NULL && *a->abbreviation != '\0' && g_strcmp0 (a->abbreviation, a->name) != 0)
    heading = g_strdup_printf ("%s (%s)", a->name, a->abbreviation);
  else
    heading = g_strdup (actor_name (b, lead));
  add_heading (b, STG_TEXT_H2, heading);
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    translated[i] = _(headers[i]);
  caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u objective led by %s", "%u objectives led by %s",
                                          last - first), last - first, actor_label (b, lead));
  table = add_table (b, caption, G_N_ELEMENTS (headers), translated, widths, align);
  for (guint i = first; i < last; i++)
    {
      StgRecord *o = g_ptr_array_index (b->objectives, i);
      const char *supporting = g_hash_table_lookup (b->supporting, &(gint64) { stg_record_get_id (o) });
      char *cells[7];

      cells[0] = objective_title (b, o);
      cells[1] = esc (choice_label (STG_TYPE_OBJECTIVE, "term", stg_record_get_text (o, "term")));
      cells[2] = deadline_markup (b, o);
      cells[3] = status_markup (stg_record_get_text (o, "status"));
      budget_cells (b, o, &cells[4], &cells[5]);
      cells[6] = esc (supporting != NULL ? supporting : "–");
      table_add_row (table, STG_ROW_PLAIN, cells);
    }
}

static void
build_objectives (Builder *b)
{
  guint first = 0;

  add_section (b, _("Objectives"));
  if (b->objectives->len == 0)
    {
      add_text (b, STG_TEXT_BODY, _("No objectives are recorded yet."));
      return;
    }
  add_markup (b, STG_TEXT_BODY, g_markup_printf_escaped (
    /* Translators: %s is a currency code */
    _("Objectives by lead actor, late and at risk first, then by deadline. Planned and actual amounts are "
      "totals over the horizon in %s million; a deadline in red has passed."), b->currency));
  if (b->changes != NULL)
    add_markup (b, STG_TEXT_NOTE, g_markup_printf_escaped (_("Objectives marked “new” or “changed” were added or changed since version “%s”."),
                                                           b->since_name));
  g_ptr_array_sort (b->objectives, by_urgency);
  build_urgent (b);
  g_ptr_array_sort_with_data (b->objectives, by_lead_name, b);
  for (guint i = 1; i <= b->objectives->len; i++)
    if (i == b->objectives->len ||
        stg_record_get_int (g_ptr_array_index (b->objectives, i), "lead_actor_id") !=
        stg_record_get_int (g_ptr_array_index (b->objectives, first), "lead_actor_id"))
      {
        build_group (b, first, i);
        first = i;
      }
}

/* Capabilities */

static int
by_kind (gconstpointer a,
         gconstpointer b)
{
  StgRecord *x = *(StgRecord **) a, *y = *(StgRecord **) b;
  int c = g_strcmp0 (stg_record_get_text (x, "kind"), stg_record_get_text (y, "kind"));

  if (c != 0)
    return c;
  c = g_utf8_collate (stg_record_get_text (x, "title"), stg_record_get_text (y, "title"));
  return c != 0 ? c : (stg_record_get_id (x) < stg_record_get_id (y) ? -1 : 1);
}

static gboolean
build_capabilities (Builder  *b,
                    GError  **error)
{
  static const char *const headers[] = { N_("Capability"), N_("Owner"), N_("Objectives using it") };
  static const double widths[] = { 52, 24, 18 };
  static const StgCellAlign align[] = { STG_ALIGN_LEFT, STG_ALIGN_LEFT, STG_ALIGN_RIGHT };
  g_autoptr(GPtrArray) capabilities = list_records (b->store, STG_TYPE_CAPABILITY, error);
  g_autoptr(GHashTable) used = NULL;
  const char *translated[G_N_ELEMENTS (headers)];
  StgReportTable *table = NULL;

  if (capabilities == NULL || (used = count_links (b->store, STG_LINK_OBJECTIVE_CAPABILITY, TRUE, error)) == NULL)
    return FALSE;
  add_section (b, _("Capabilities"));
  if (capabilities->len == 0)
    add_text (b, STG_TEXT_BODY, _("No capabilities are recorded yet."));
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    translated[i] = _(headers[i]);
  g_ptr_array_sort (capabilities, by_kind);
  for (guint i = 0; i < capabilities->len; i++)
    {
      StgRecord *c = g_ptr_array_index (capabilities, i);
      const char *kind = stg_record_get_text (c, "kind");
      guint n = lookup_count (used, stg_record_get_id (c));
      gint64 owner = stg_record_get_int (c, "owner_actor_id");
      char *cells[3];

      if (i == 0 || g_strcmp0 (kind, stg_record_get_text (g_ptr_array_index (capabilities, i - 1), "kind")) != 0)
        {
          add_heading (b, STG_TEXT_H2, choice_label (STG_TYPE_CAPABILITY, "kind", kind));
          table = add_table (b, NULL, G_N_ELEMENTS (headers), translated, widths, align);
        }
      cells[0] = esc (stg_record_get_text (c, "title"));
      cells[1] = esc (owner != 0 ? actor_label (b, owner) : "–");
      cells[2] = n == 0 ? g_markup_printf_escaped ("<span foreground='" RED "'>%s</span>", _("none"))
                        : g_strdup_printf ("%u", n);
      table_add_row (table, STG_ROW_PLAIN, cells);
    }
  return TRUE;
}

/* Budget */

/* How many year columns fit beside the actor's name on a page: about
 * seven on A4 portrait; the years are split over several tables. */
#define YEARS_PER_TABLE 6

static void
budget_year_table (Builder *b,
                   guint    first,
                   guint    last,
                   gboolean with_total)
{
  StgBudgetTable *t = b->report->budget;
  guint n_columns = 1 + (last - first) + (with_total ? 1 : 0), n_rows = stg_budget_table_get_n_rows (t);
  g_autofree const char **headers = g_new (const char *, n_columns);
  g_autofree double *widths = g_new (double, n_columns);
  g_autofree StgCellAlign *align = g_new (StgCellAlign, n_columns);
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *caption = NULL;
  g_autofree char **cells = g_new0 (char *, n_columns);
  StgReportTable *table;
  gboolean over = FALSE;

  headers[0] = _("Actor");
  widths[0] = 30;
  align[0] = STG_ALIGN_LEFT;
  for (guint c = 1; c < n_columns; c++)
    {
      char *h = c - 1 + first < last ? g_strdup_printf ("%d", stg_budget_table_get_year (t, c - 1 + first))
                                     : g_strdup (_("Total"));
      g_ptr_array_add (owned, h);
      headers[c] = h;
      widths[c] = 10;
      align[c] = STG_ALIGN_RIGHT;
    }
  caption = g_strdup_printf (_("Planned budget by actor, %d–%d (%s million)"), stg_budget_table_get_year (t, first),
                             stg_budget_table_get_year (t, last - 1), b->currency);
  table = add_table (b, caption, n_columns, headers, widths, align);
  for (guint row = 0; row < n_rows; row++)
    {
      if (b->actor_id != 0 && stg_budget_table_get_row_id (t, row) != b->actor_id)
        continue;
      cells[0] = esc (stg_budget_table_get_row_label (t, row));
      for (guint c = first; c < last; c++)
        {
          const StgBudgetCell *cell = stg_budget_table_get_cell (t, row, c);
          g_autofree char *m = cell->n_lines > 0 ? millions (b, cell->planned) : g_strdup ("–");
          gboolean is_over = stg_budget_cell_over_ceiling (cell);

          over |= is_over;
          cells[1 + c - first] = is_over ? g_markup_printf_escaped ("<span foreground='" RED "'><b>%s*</b></span>", m) : esc (m);
        }
      if (with_total)
        cells[n_columns - 1] = bold (millions (b, stg_budget_table_get_row_total (t, row)->planned));
      table_add_row (table, STG_ROW_PLAIN, cells);
    }
  if (b->actor_id == 0)
    {
      cells[0] = esc (_("Total"));
      for (guint c = first; c < last; c++)
        cells[1 + c - first] = millions (b, stg_budget_table_get_year_total (t, c)->planned);
      if (with_total)
        cells[n_columns - 1] = millions (b, stg_budget_table_get_total (t)->planned);
      table_add_row (table, STG_ROW_TOTAL, cells);
    }
  /* The share of GDP of what the table shows: the whole strategy, or
   * the one actor's row. */
  cells[0] = esc (_("Share of GDP"));
  for (guint c = first; c < last; c++)
    {
      gint64 gdp, amount = stg_budget_table_get_year_total (t, c)->planned;

      for (guint row = 0; b->actor_id != 0 && row < n_rows; row++)
        if (stg_budget_table_get_row_id (t, row) == b->actor_id)
          amount = stg_budget_table_get_cell (t, row, c)->planned;
      cells[1 + c - first] = stg_budget_table_get_gdp (t, c, &gdp) && gdp > 0
        ? stg_budget_format_percent (stg_budget_share_of_gdp (amount, gdp)) : g_strdup ("–");
    }
  if (with_total)
    cells[n_columns - 1] = g_strdup ("");
  table_add_row (table, STG_ROW_TOTAL, cells);
  if (over)
    add_markup (b, STG_TEXT_NOTE, g_markup_printf_escaped ("* %s", _("over the actor’s budget ceiling for the year")));
}

static void
budget_by_year (Builder *b)
{
  static const char *const headers[] = { N_("Year"), N_("Planned"), N_("Actual"), N_("Variance"), N_("GDP"), N_("Share of GDP") };
  static const double widths[] = { 10, 15, 15, 15, 17, 12 };
  static const StgCellAlign align[] = { STG_ALIGN_LEFT, STG_ALIGN_RIGHT, STG_ALIGN_RIGHT, STG_ALIGN_RIGHT,
                                        STG_ALIGN_RIGHT, STG_ALIGN_RIGHT };
  StgBudgetTable *t = b->report->budget;
  const char *translated[G_N_ELEMENTS (headers)];
  g_autofree char *caption = g_strdup_printf (_("Planned and actual by year (%s million)"), b->currency);
  StgReportTable *table;
  guint row = G_MAXUINT;

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    translated[i] = _(headers[i]);
  for (guint r = 0; b->actor_id != 0 && r < stg_budget_table_get_n_rows (t); r++)
    if (stg_budget_table_get_row_id (t, r) == b->actor_id)
      row = r;
  table = add_table (b, caption, G_N_ELEMENTS (headers), translated, widths, align);
  for (guint c = 0; c < stg_budget_table_get_n_years (t); c++)
    {
      const StgBudgetCell *cell = row != G_MAXUINT ? stg_budget_table_get_cell (t, row, c) : stg_budget_table_get_year_total (t, c);
      gint64 gdp, variance;
      gboolean has_gdp = stg_budget_table_get_gdp (t, c, &gdp) && gdp > 0;
      char *cells[6];

      if (b->actor_id != 0 && row == G_MAXUINT)
        break;
      cells[0] = g_strdup_printf ("%d", stg_budget_table_get_year (t, c));
      cells[1] = millions (b, cell->planned);
      cells[2] = cell->n_actual > 0 ? millions (b, cell->actual) : g_strdup ("–");
      cells[3] = stg_budget_variance (cell, &variance) ? millions (b, variance) : g_strdup ("–");
      cells[4] = has_gdp ? millions (b, gdp) : g_strdup ("–");
      cells[5] = has_gdp ? stg_budget_format_percent (stg_budget_share_of_gdp (cell->planned, gdp)) : g_strdup ("–");
      table_add_row (table, STG_ROW_PLAIN, cells);
    }
}

static void
build_budget (Builder *b)
{
  StgBudgetTable *t = b->report->budget;
  guint n_years = stg_budget_table_get_n_years (t);
  g_autofree char *planned = NULL;
  g_autofree char *actual = NULL;
  Figures f;

  add_section (b, _("Budget"));
  if (n_years == 0 || !count_figures (b, &f, NULL))
    {
      add_text (b, STG_TEXT_BODY, _("No budget lines are recorded yet."));
      return;
    }
  planned = millions_text (b, f.planned);
  actual = millions_text (b, f.actual);
  add_markup (b, STG_TEXT_BODY, g_markup_printf_escaped (
    _("Planned over the horizon: <b>%s</b>; actual spending reported so far: <b>%s</b>. "
      "Budget lines count under the actor that holds them."), planned, actual));
  for (guint first = 0; first < n_years; first += YEARS_PER_TABLE)
    {
      guint last = MIN (first + YEARS_PER_TABLE, n_years);
      budget_year_table (b, first, last, last == n_years);
    }
  budget_by_year (b);
  if (b->actor_id == 0)
    {
      add_heading (b, STG_TEXT_H2, _("Planned budget by actor and year"));
      add_figure (b, STG_FIGURE_BUDGET_CHART, 0.6);
    }
}

/* Gaps */

static gboolean
concerns_actor (Builder    *b,
                StgFinding *finding,
                GHashTable *objective_ids)
{
  if (b->actor_id == 0)
    return TRUE;
  if (finding->item_type == STG_TYPE_ACTOR)
    return finding->item_id == b->actor_id;
  return finding->item_type == STG_TYPE_OBJECTIVE && g_hash_table_contains (objective_ids, &finding->item_id);
}

static gboolean
build_gaps (Builder  *b,
            GError  **error)
{
  static const char *const headers[] = { N_("Severity"), N_("Gap"), N_("Finding") };
  static const double widths[] = { 10, 20, 70 };
  StgAnalysisOptions options = { .today = b->today };
  g_autoptr(GPtrArray) findings = stg_analysis_run (b->store, &options, error);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  const char *translated[G_N_ELEMENTS (headers)];
  g_autofree char *intro = NULL;
  g_autofree char *errors = NULL;
  g_autofree char *warnings = NULL;
  g_autofree char *notes = NULL;
  StgReportTable *table;
  guint counts[3] = { 0 };

  if (findings == NULL)
    return FALSE;
  g_ptr_array_set_free_func (findings, (GDestroyNotify) stg_finding_free);
  for (guint i = 0; b->actor_id != 0 && i < b->objectives->len; i++)
    {
      gint64 id = stg_record_get_id (g_ptr_array_index (b->objectives, i));
      g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
    }
  for (guint i = 0; i < findings->len; i++)
    {
      StgFinding *f = g_ptr_array_index (findings, i);

      if (concerns_actor (b, f, ids))
        {
          g_ptr_array_add (shown, f);
          counts[f->severity]++;
        }
    }
  add_section (b, _("Gaps"));
  if (shown->len == 0)
    {
      add_text (b, STG_TEXT_BODY, _("No gaps found: every threat is addressed, every interest served, and every objective "
                                    "has a lead actor, a deadline within the horizon and a budget."));
      return TRUE;
    }
  intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u finding", "%u findings", shown->len), shown->len);
  errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", counts[STG_SEVERITY_ERROR]),
                            counts[STG_SEVERITY_ERROR]);
  warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", counts[STG_SEVERITY_WARNING]),
                              counts[STG_SEVERITY_WARNING]);
  notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", counts[STG_SEVERITY_INFO]),
                           counts[STG_SEVERITY_INFO]);
  /* Translators: "12 findings: 3 errors, 8 warnings and 1 note, most serious first…" */
  add_markup (b, STG_TEXT_BODY, g_markup_printf_escaped (_("%s: %s, %s and %s, most serious first "
                                                           "(“strategos check” lists the same)."),
                                                         intro, errors, warnings, notes));
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    translated[i] = _(headers[i]);
  table = add_table (b, NULL, G_N_ELEMENTS (headers), translated, widths, NULL);
  for (guint i = 0; i < shown->len; i++)
    {
      StgFinding *f = g_ptr_array_index (shown, i);
      char *cells[3];

      cells[0] = f->severity == STG_SEVERITY_ERROR
        ? g_markup_printf_escaped ("<span foreground='" RED "'><b>%s</b></span>", stg_severity_label (f->severity))
        : f->severity == STG_SEVERITY_WARNING
          ? g_markup_printf_escaped ("<span foreground='" AMBER "'>%s</span>", stg_severity_label (f->severity))
          : esc (stg_severity_label (f->severity));
      cells[1] = esc (stg_gap_kind_label (f->kind));
      cells[2] = esc (f->message);
      table_add_row (table, STG_ROW_PLAIN, cells);
    }
  return TRUE;
}

/* Changes since a version */

static void
build_changes (Builder *b)
{
  static const char *const headers[] = { N_("Year"), N_("Planned then"), N_("Planned now"), N_("Actual then"), N_("Actual now") };
  static const double widths[] = { 10, 15, 15, 15, 15 };
  static const StgCellAlign align[] = { STG_ALIGN_LEFT, STG_ALIGN_RIGHT, STG_ALIGN_RIGHT, STG_ALIGN_RIGHT, STG_ALIGN_RIGHT };
  static const char *const change_header[] = { N_("Change") };
  static const double change_width[] = { 1 };
  const char *translated[G_N_ELEMENTS (headers)];
  g_autofree char *title = g_strdup_printf (_("Changes since version “%s”"), b->since_name);
  g_autofree char *caption = g_strdup_printf (_("Budget by year, then and now (%s million)"), b->currency);
  StgReportTable *table;

  add_section (b, title);
  if (b->changes->len == 0)
    add_text (b, STG_TEXT_BODY, _("Nothing has changed since this version."));
  else
    {
      add_markup (b, STG_TEXT_BODY, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change, in the order of the model.",
                                                                  "%u changes, in the order of the model.", b->changes->len),
                                                     b->changes->len));
      translated[0] = _(change_header[0]);
      table = add_table (b, NULL, 1, translated, change_width, NULL);
      for (guint i = 0; i < b->changes->len; i++)
        {
          StgChange *c = g_ptr_array_index (b->changes, i);
          char *cells[1] = { esc (c->message) };
          table_add_row (table, STG_ROW_PLAIN, cells);
        }
    }
  if (b->budget_changes == NULL || b->budget_changes->len == 0)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    translated[i] = _(headers[i]);
  table = add_table (b, caption, G_N_ELEMENTS (headers), translated, widths, align);
  for (guint i = 0; i < b->budget_changes->len; i++)
    {
      const StgBudgetChange *c = &g_array_index (b->budget_changes, StgBudgetChange, i);
      char *cells[5];

      cells[0] = g_strdup_printf ("%d", c->year);
      cells[1] = millions (b, c->planned_before);
      cells[2] = c->planned_after != c->planned_before ? bold (millions (b, c->planned_after))
                                                       : millions (b, c->planned_after);
      cells[3] = millions (b, c->actual_before);
      cells[4] = c->actual_after != c->actual_before ? bold (millions (b, c->actual_after))
                                                     : millions (b, c->actual_after);
      table_add_row (table, STG_ROW_PLAIN, cells);
    }
}

/* The whole */

static void
build_contents (Builder *b)
{
  add_section (b, _("Contents"));
  add_block (b, STG_BLOCK_CONTENTS, STG_TEXT_BODY, NULL);
  add_block (b, STG_BLOCK_PAGE_BREAK, STG_TEXT_BODY, NULL);
}

static gboolean
build (Builder  *b,
       GError  **error)
{
  StgReportSections s = b->sections;

  if ((s & STG_REPORT_COVER) && !build_cover (b, b->strategy, error))
    return FALSE;
  if (s & STG_REPORT_CONTENTS)
    build_contents (b);
  if ((s & STG_REPORT_INTERESTS) && !build_interests (b, error))
    return FALSE;
  if ((s & STG_REPORT_THREATS) && !build_threats (b, error))
    return FALSE;
  if ((s & STG_REPORT_ROLES) && !build_roles (b, error))
    return FALSE;
  if (s & STG_REPORT_OBJECTIVES)
    build_objectives (b);
  if ((s & STG_REPORT_CAPABILITIES) && !build_capabilities (b, error))
    return FALSE;
  if (s & STG_REPORT_BUDGET)
    build_budget (b);
  if ((s & STG_REPORT_GAPS) && !build_gaps (b, error))
    return FALSE;
  if ((s & STG_REPORT_CHANGES) && b->changes != NULL)
    build_changes (b);
  return TRUE;
}

static void
builder_clear (Builder *b)
{
  g_clear_object (&b->strategy);
  g_clear_pointer (&b->today, g_free);
  g_clear_pointer (&b->currency, g_free);
  g_clear_pointer (&b->actors, g_hash_table_unref);
  g_clear_pointer (&b->objectives, g_ptr_array_unref);
  g_clear_pointer (&b->budgets, g_hash_table_unref);
  g_clear_pointer (&b->by_objective, stg_budget_table_free);
  g_clear_pointer (&b->supporting, g_hash_table_unref);
  g_clear_pointer (&b->changed, g_hash_table_unref);
  g_clear_pointer (&b->since_name, g_free);
  if (b->changes != NULL)
    g_ptr_array_set_free_func (b->changes, (GDestroyNotify) stg_change_free);
  g_clear_pointer (&b->changes, g_ptr_array_unref);
  g_clear_pointer (&b->budget_changes, g_array_unref);
}

static void
section_free (StgReportSection *section)
{
  g_free (section->title);
  g_free (section);
}

static char *
today_iso (const char  *today,
           GError     **error)
{
  g_autoptr(GDateTime) now = NULL;

  if (today != NULL && *today != '\0')
    return stg_date_validate_iso (today, error) ? g_strdup (today) : NULL;
  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

/* The sections a summary holds unless told otherwise: one actor's part
 * is its objectives, its budget and the gaps concerning them. */
static StgReportSections
default_sections (const StgReportOptions *options)
{
  StgReportSections s = options->sections != 0 ? options->sections : STG_REPORT_ALL;

  if (options->sections == 0 && options->actor != NULL)
    s = STG_REPORT_COVER | STG_REPORT_CONTENTS | STG_REPORT_OBJECTIVES | STG_REPORT_BUDGET |
        STG_REPORT_GAPS | STG_REPORT_CHANGES;
  return s;
}

static gboolean
read_strategy (Builder  *b,
               GError  **error)
{
  StgReport *r = b->report;
  const char *classification;

  if ((b->strategy = STG_RECORD (stg_store_get_strategy (b->store, error))) == NULL)
    return FALSE;
  classification = stg_record_get_text (b->strategy, "classification");
  r->title = g_strdup (stg_record_get_text (b->strategy, "title"));
  r->classification = g_strdup (*classification != '\0' ? classification : _("NO CLASSIFICATION MARKING"));
  b->currency = g_strdup (stg_record_get_text (b->strategy, "currency"));
  b->decimals = stg_currency_decimals (b->currency);
  b->format = stg_number_format_current ();
  if ((r->budget = stg_budget_table_new (b->store, STG_BUDGET_BY_ACTOR, error)) == NULL ||
      (r->heatmap = stg_heatmap_data_new (b->store, error)) == NULL)
    return FALSE;
  return TRUE;
}

StgReport *
stg_report_new (StgStore                *store,
                const StgReportOptions  *options,
                GError                 **error)
{
  static const StgReportOptions defaults = { 0 };
  g_autoptr(StgReport) report = g_new0 (StgReport, 1);
  Builder b = { .report = report, .store = store };
  g_autofree char *date = NULL;
  gboolean ok;

  g_return_val_if_fail (STG_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  b.options = options != NULL ? options : &defaults;
  b.sections = default_sections (b.options);
  report->blocks = g_array_new (FALSE, TRUE, sizeof (StgReportBlock));
  g_array_set_clear_func (report->blocks, (GDestroyNotify) stg_report_block_clear);
  report->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  /* Section 0 holds what comes before the first heading: the cover. */
  g_ptr_array_add (report->sections, g_new0 (StgReportSection, 1));
  ok = (b.today = today_iso (b.options->today, error)) != NULL &&
       read_strategy (&b, error) && read_actors (&b, error) && read_objectives (&b, error) &&
       read_changes (&b, error) && build (&b, error);
  if (ok)
    {
      date = date_text (b.today);
      report->footer_left = b.since_name != NULL && b.changes != NULL
        /* Translators: the foot of every page: the date of the summary and the version it compares with */
        ? g_strdup_printf (_("Review summary of %s, changes since “%s”"), date, b.since_name)
        : g_strdup_printf (_("Review summary of %s"), date);
      report->subject = b.actor_id != 0
        ? g_strdup_printf (_("Review summary: the part of %s"), actor_name (&b, b.actor_id))
        : g_strdup (_("Review summary for the National Security Council"));
    }
  builder_clear (&b);
  return ok ? g_steal_pointer (&report) : NULL;
}

void
stg_report_free (StgReport *report)
{
  if (report == NULL)
    return;
  stg_report_layout_clear (report);
  g_clear_pointer (&report->blocks, g_array_unref);
  g_clear_pointer (&report->sections, g_ptr_array_unref);
  g_clear_pointer (&report->heatmap, stg_heatmap_data_free);
  g_clear_pointer (&report->budget, stg_budget_table_free);
  g_free (report->cover.cover_title);
  g_free (report->cover.cover_subtitle);
  g_free (report->cover.cover_meta);
  g_free (report->cover.cover_status);
  g_free (report->title);
  g_free (report->subject);
  g_free (report->classification);
  g_free (report->footer_left);
  g_free (report);
}

const char *
stg_report_get_title (StgReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  return report->title;
}

const char *
stg_report_get_subject (StgReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  return report->subject;
}

/* Options */

static const struct {
  const char        *name;
  StgReportSections  section;
} section_names[] = {
  { "cover", STG_REPORT_COVER },
  { "contents", STG_REPORT_CONTENTS },
  { "interests", STG_REPORT_INTERESTS },
  { "threats", STG_REPORT_THREATS },
  { "roles", STG_REPORT_ROLES },
  { "objectives", STG_REPORT_OBJECTIVES },
  { "capabilities", STG_REPORT_CAPABILITIES },
  { "budget", STG_REPORT_BUDGET },
  { "gaps", STG_REPORT_GAPS },
  { "changes", STG_REPORT_CHANGES },
  { "all", STG_REPORT_ALL },
};

gboolean
stg_report_parse_sections (const char         *text,
                           StgReportSections  *sections,
                           GError            **error)
{
  g_auto(GStrv) words = NULL;
  StgReportSections mask = 0;

  g_return_val_if_fail (text != NULL && sections != NULL, FALSE);

  words = g_strsplit (text, ",", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = g_strstrip (words[i]);
      gboolean found = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (section_names) && !found; j++)
        if (g_ascii_strcasecmp (word, section_names[j].name) == 0)
          {
            mask |= section_names[j].section;
            found = TRUE;
          }
      if (!found)
        {
          g_set_error (error, STG_REPORT_ERROR, STG_REPORT_ERROR_INVALID,
                       _("“%s” is not a section; the sections are cover, contents, interests, threats, roles, "
                         "objectives, capabilities, budget, gaps, changes (or all)"), word);
          return FALSE;
        }
    }
  if (mask == 0)
    {
      g_set_error (error, STG_REPORT_ERROR, STG_REPORT_ERROR_INVALID, _("No section was named: give at least one"));
      return FALSE;
    }
  *sections = mask;
  return TRUE;
}

gboolean
stg_paper_parse (const char  *text,
                 StgPaper    *paper,
                 GError     **error)
{
  g_return_val_if_fail (text != NULL && paper != NULL, FALSE);

  if (g_ascii_strcasecmp (text, "a4") == 0)
    *paper = STG_PAPER_A4;
  else if (g_ascii_strcasecmp (text, "letter") == 0)
    *paper = STG_PAPER_LETTER;
  else
    {
      g_set_error (error, STG_REPORT_ERROR, STG_REPORT_ERROR_INVALID,
                   _("“%s” is not a paper size; use a4 or letter"), text);
      return FALSE;
    }
  return TRUE;
}

void
stg_paper_get_size (StgPaper  paper,
                    double   *width,
                    double   *height)
{
  /* ISO 216 A4 is 210 x 297 mm; US Letter 8.5 x 11 in. */
  *width = paper == STG_PAPER_LETTER ? 612.0 : 595.276;
  *height = paper == STG_PAPER_LETTER ? 792.0 : 841.89;
}
