/* stg-heatmap.c: the threat heat map, drawn with Cairo and Pango for screen and paper */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-heatmap"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "strategos/stg-heatmap.h"
#include "stg-draw-private.h"

/*
 * Like the budget chart, every size is a multiple of the font size, so
 * that one layout serves a widget and a few inches of an A4 page. The
 * layout is computed by the same code for drawing and for hit-testing;
 * a drawing keeps its geometry in the data so that a click is tested
 * against exactly what was drawn.
 */

#define LEVELS STG_HEATMAP_LEVELS

typedef struct {
  double   x;
  double   y;
  double   r;
  gboolean shown;
} Spot;

typedef struct {
  double   top;
  double   bottom;
  gboolean shown;
  Spot     marker;
} ListRow;

typedef struct {
  gboolean  valid;
  double    width;
  double    height;
  double    em;
  char     *family;
  gboolean  legend;
  double    gx;                         /* the grid's top left corner */
  double    gy;
  double    cell;                       /* a cell's side; 0: nothing drawn */
  Spot     *markers;                    /* per threat, in list order */
  ListRow  *rows;                       /* per threat, in list order */
  double    list_x0;
  double    list_x1;
  guint     hidden[LEVELS][LEVELS];     /* markers without room, by cell */
  Spot      badges[LEVELS][LEVELS];     /* where "+N" stands for them */
} Geometry;

struct _StgHeatmapData
{
  GArray   *threats;        /* StgHeatmapThreat, by risk */
  guint     n_unaddressed;
  gint64    selected;
  gint64    dragged;
  double    drag_x;
  double    drag_y;
  Geometry  geometry;       /* of the last drawing */
};

/* Cells: light enough for black text, and darker as the risk rises, so
 * that the bands stay in order without telling hues apart. */
static const StgChartColor band_colors[STG_N_RISK_BANDS] = {
  { 0.855, 0.937, 0.800, 1.0 },   /* low: pale green */
  { 0.980, 0.855, 0.478, 1.0 },   /* medium: pale yellow */
  { 0.973, 0.702, 0.443, 1.0 },   /* high: light orange */
  { 0.914, 0.490, 0.447, 1.0 },   /* very high: salmon red */
};
/* What is drawn on the cells, whatever the theme. */
static const StgChartColor ink = { 0.12, 0.13, 0.15, 1.0 };
static const StgChartColor marker_fill = { 0.17, 0.22, 0.30, 1.0 };
static const StgChartColor white = { 1.0, 1.0, 1.0, 1.0 };
static const StgChartColor residual = { 0.753, 0.110, 0.157, 1.0 };
static const StgChartColor accent = { 0.110, 0.443, 0.847, 1.0 };

/* Data */

static void
threat_clear (gpointer p)
{
  StgHeatmapThreat *t = p;

  g_free ((char *) t->title);
  g_free ((char *) t->category);
  g_clear_pointer (&t->objectives, g_array_unref);
}

static void
geometry_clear (Geometry *g)
{
  g_clear_pointer (&g->family, g_free);
  g_clear_pointer (&g->markers, g_free);
  g_clear_pointer (&g->rows, g_free);
  memset (g, 0, sizeof *g);
}

static int
compare_threats (gconstpointer a,
                 gconstpointer b)
{
  const StgHeatmapThreat *x = a;
  const StgHeatmapThreat *y = b;
  int rx = x->likelihood * x->impact, ry = y->likelihood * y->impact;

  if (rx != ry)
    return ry - rx;
  if (x->impact != y->impact)
    return y->impact - x->impact;
  if (x->likelihood != y->likelihood)
    return y->likelihood - x->likelihood;
  return x->id < y->id ? -1 : x->id > y->id;
}

static GHashTable *
dropped_objectives (StgStore  *store,
                    GError   **error)
{
  g_autoptr(GListModel) objectives = stg_store_list (store, STG_TYPE_OBJECTIVE, error);
  GHashTable *dropped;

  if (objectives == NULL)
    return NULL;
  dropped = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(StgRecord) o = g_list_model_get_item (objectives, i);
      gint64 id = stg_record_get_id (o);

      if (g_strcmp0 (stg_record_get_text (o, "status"), "dropped") == 0)
        g_hash_table_add (dropped, g_memdup2 (&id, sizeof id));
    }
  return dropped;
}

static gboolean
read_threat (StgStore          *store,
             StgRecord         *record,
             GHashTable        *dropped,
             StgHeatmapThreat  *t,
             GError           **error)
{
  g_autoptr(GArray) linked = NULL;

  t->id = stg_record_get_id (record);
  t->title = g_strdup (stg_record_get_title (record));
  t->category = g_strdup (stg_record_get_text (record, "category"));
  t->likelihood = (int) CLAMP (stg_record_get_int (record, "likelihood"), 1, LEVELS);
  t->impact = (int) CLAMP (stg_record_get_int (record, "impact"), 1, LEVELS);
  t->objectives = g_array_new (FALSE, FALSE, sizeof (gint64));
  linked = stg_store_linked_reverse (store, STG_LINK_OBJECTIVE_THREAT, t->id, error);
  if (linked == NULL)
    return FALSE;
  for (guint i = 0; i < linked->len; i++)
    {
      gint64 id = g_array_index (linked, gint64, i);

      if (g_hash_table_contains (dropped, &id))
        t->n_dropped++;
      else
        g_array_append_val (t->objectives, id);
    }
  return TRUE;
}

StgHeatmapData *
stg_heatmap_data_new (StgStore  *store,
                      GError   **error)
{
  g_autoptr(GListModel) threats = NULL;
  g_autoptr(GHashTable) dropped = NULL;
  g_autoptr(StgHeatmapData) data = NULL;

  g_return_val_if_fail (STG_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((threats = stg_store_list (store, STG_TYPE_THREAT, error)) == NULL ||
      (dropped = dropped_objectives (store, error)) == NULL)
    return NULL;
  data = g_new0 (StgHeatmapData, 1);
  data->threats = g_array_new (FALSE, TRUE, sizeof (StgHeatmapThreat));
  g_array_set_clear_func (data->threats, threat_clear);
  for (guint i = 0; i < g_list_model_get_n_items (threats); i++)
    {
      g_autoptr(StgRecord) record = g_list_model_get_item (threats, i);
      StgHeatmapThreat t = { 0 };

      g_array_append_val (data->threats, t);
      if (!read_threat (store, record, dropped, &g_array_index (data->threats, StgHeatmapThreat, i), error))
        return NULL;
    }
  /* Numbered in the order of the file (by id), so that a threat keeps its
   * number while the analyst moves it; listed by risk. */
  for (guint i = 0; i < data->threats->len; i++)
    {
      StgHeatmapThreat *t = &g_array_index (data->threats, StgHeatmapThreat, i);

      t->number = i + 1;
      if (t->objectives->len == 0)
        data->n_unaddressed++;
    }
  g_array_sort (data->threats, compare_threats);
  return g_steal_pointer (&data);
}

void
stg_heatmap_data_free (StgHeatmapData *data)
{
  if (data == NULL)
    return;
  g_array_unref (data->threats);
  geometry_clear (&data->geometry);
  g_free (data);
}

guint
stg_heatmap_data_get_n_threats (StgHeatmapData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->threats->len;
}

const StgHeatmapThreat *
stg_heatmap_data_get_threat (StgHeatmapData *data,
                             guint           index)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (index < data->threats->len, NULL);

  return &g_array_index (data->threats, StgHeatmapThreat, index);
}

static int
threat_index (StgHeatmapData *data,
              gint64          id)
{
  for (guint i = 0; id != 0 && i < data->threats->len; i++)
    if (g_array_index (data->threats, StgHeatmapThreat, i).id == id)
      return (int) i;
  return -1;
}

const StgHeatmapThreat *
stg_heatmap_data_find (StgHeatmapData *data,
                       gint64          id)
{
  int i;

  g_return_val_if_fail (data != NULL, NULL);

  i = threat_index (data, id);
  return i < 0 ? NULL : &g_array_index (data->threats, StgHeatmapThreat, i);
}

guint
stg_heatmap_data_get_n_unaddressed (StgHeatmapData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->n_unaddressed;
}

guint
stg_heatmap_data_count_in_cell (StgHeatmapData *data,
                                int             likelihood,
                                int             impact)
{
  guint n = 0;

  g_return_val_if_fail (data != NULL, 0);

  for (guint i = 0; i < data->threats->len; i++)
    {
      const StgHeatmapThreat *t = &g_array_index (data->threats, StgHeatmapThreat, i);

      if (t->likelihood == likelihood && t->impact == impact)
        n++;
    }
  return n;
}

void
stg_heatmap_data_set_selected (StgHeatmapData *data,
                               gint64          threat_id)
{
  g_return_if_fail (data != NULL);

  data->selected = threat_id;
}

gint64
stg_heatmap_data_get_selected (StgHeatmapData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->selected;
}

void
stg_heatmap_data_set_drag (StgHeatmapData *data,
                           gint64          threat_id,
                           double          x,
                           double          y)
{
  g_return_if_fail (data != NULL);

  data->dragged = threat_id;
  data->drag_x = x;
  data->drag_y = y;
}

/* Words */

StgRiskBand
stg_heatmap_risk_band (int likelihood,
                       int impact)
{
  int score = likelihood * impact;

  if (score >= 15)
    return STG_RISK_VERY_HIGH;
  if (score >= 10)
    return STG_RISK_HIGH;
  if (score >= 5)
    return STG_RISK_MEDIUM;
  return STG_RISK_LOW;
}

const char *
stg_risk_band_label (StgRiskBand band)
{
  switch (band)
    {
    /* Translators: a risk band of the threat heat map */
    case STG_RISK_LOW: return C_("risk", "Low");
    case STG_RISK_MEDIUM: return C_("risk", "Medium");
    case STG_RISK_HIGH: return C_("risk", "High");
    case STG_RISK_VERY_HIGH: return C_("risk", "Very high");
    case STG_N_RISK_BANDS:
    default: g_return_val_if_reached (NULL);
    }
}

const char *
stg_heatmap_likelihood_label (int level)
{
  /* Translators: the likelihood scale of a threat, from 1 to 5 */
  static const char *labels[] = { N_("Rare"), N_("Unlikely"), N_("Possible"), N_("Likely"), N_("Almost certain") };

  return level >= 1 && level <= LEVELS ? _(labels[level - 1]) : NULL;
}

const char *
stg_heatmap_impact_label (int level)
{
  /* Translators: the impact scale of a threat, from 1 to 5 */
  static const char *labels[] = { N_("Minor"), N_("Moderate"), N_("Significant"), N_("Major"), N_("Severe") };

  return level >= 1 && level <= LEVELS ? _(labels[level - 1]) : NULL;
}

/* Layout */

typedef struct {
  int          kind;      /* TITLE_KEY, a StgRiskBand, MARKER_KEY or RESIDUAL_KEY */
  PangoLayout *layout;
  double       x;
  double       y;
} KeyItem;

#define TITLE_KEY    (-1)
#define MARKER_KEY   (STG_N_RISK_BANDS)
#define RESIDUAL_KEY (STG_N_RISK_BANDS + 1)

typedef struct {
  StgHeatmapData      *data;
  cairo_t             *cr;        /* NULL when only measuring */
  const StgChartStyle *style;
  Geometry            *g;
  PangoContext        *pango;
  double               width;
  double               height;
  double               em;
  double               hairline;
  PangoLayout         *x_labels[LEVELS];
  PangoLayout         *y_labels[LEVELS];
  PangoLayout         *x_title;
  PangoLayout         *y_title;
  double               y_label_width;
  double               left;       /* from the impact title to the grid */
  double               bottom;     /* under the grid */
  double               lx;         /* the key and the list */
  double               ly;
  double               lw;
  double               list_limit; /* the lowest the list may reach */
  GArray              *key;        /* KeyItem */
  double               key_height;
  double               scale;      /* of the list's text */
  PangoLayout         *header_title;
  PangoLayout         *header_count;
  double               header_height;
  PangoLayout        **titles;     /* per threat, in list order */
  PangoLayout        **counts;
  PangoLayout         *more;       /* "and 3 more threats" */
  double               count_width;
} Map;

static PangoLayout *
make_layout (Map        *m,
             const char *text,
             double      scale,
             gboolean    markup)
{
  PangoLayout *layout = pango_layout_new (m->pango);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, m->style->font_family != NULL ? m->style->font_family : "Sans");
  pango_font_description_set_absolute_size (font, m->em * scale * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
  return layout;
}

static PangoLayout *
make_bold (Map        *m,
           const char *text,
           double      scale)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);

  return make_layout (m, markup, scale, TRUE);
}

static const StgHeatmapThreat *
threat_at (Map   *m,
           guint  index)
{
  return &g_array_index (m->data->threats, StgHeatmapThreat, index);
}

static gboolean
is_residual (const StgHeatmapThreat *t)
{
  return t->objectives->len == 0;
}

static void
make_axis_labels (Map *m)
{
  for (int level = 1; level <= LEVELS; level++)
    {
      g_autofree char *y = g_markup_printf_escaped ("%s  <b>%d</b>", stg_heatmap_impact_label (level), level);
      g_autofree char *x = g_markup_printf_escaped ("<b>%d</b>\n%s", level, stg_heatmap_likelihood_label (level));
      PangoLayout *label;

      label = m->y_labels[level - 1] = make_layout (m, y, 0.85, TRUE);
      pango_layout_set_alignment (label, PANGO_ALIGN_RIGHT);
      if (stg_draw_text_width (label) > m->em * 9)
        {
          pango_layout_set_width (label, (int) (m->em * 9 * PANGO_SCALE));
          pango_layout_set_wrap (label, PANGO_WRAP_WORD_CHAR);
        }
      m->y_label_width = MAX (m->y_label_width, stg_draw_text_width (label));
      label = m->x_labels[level - 1] = make_layout (m, x, 0.85, TRUE);
      pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);
      pango_layout_set_wrap (label, PANGO_WRAP_WORD_CHAR);
    }
  m->x_title = make_bold (m, _("Likelihood"), 0.95);
  m->y_title = make_bold (m, _("Impact"), 0.95);
  m->left = stg_draw_text_height (m->y_title) + m->em * 0.7 + m->y_label_width + m->em * 0.5;
}

/* The room under the grid when its cells are @cell wide. */
static double
measure_bottom (Map    *m,
                double  cell)
{
  double tallest = 0;

  for (int i = 0; i < LEVELS; i++)
    {
      pango_layout_set_width (m->x_labels[i], cell > m->em ? (int) ((cell - m->em * 0.2) * PANGO_SCALE) : -1);
      tallest = MAX (tallest, stg_draw_text_height (m->x_labels[i]));
    }
  return m->em * 0.4 + tallest + m->em * 0.5 + stg_draw_text_height (m->x_title);
}

static void
clear_key (Map *m)
{
  for (guint i = 0; m->key != NULL && i < m->key->len; i++)
    g_object_unref (g_array_index (m->key, KeyItem, i).layout);
  g_clear_pointer (&m->key, g_array_unref);
}

/* The key: the four bands on a line, then the two kinds of marker. */
static void
layout_key (Map *m)
{
  double swatch = m->em * 0.9, gap = m->em * 0.4, space = m->em * 1.1;
  double x = 0, y = 0, line = 0;

  clear_key (m);
  m->key = g_array_new (FALSE, FALSE, sizeof (KeyItem));
  for (int kind = TITLE_KEY; kind <= RESIDUAL_KEY; kind++)
    {
      KeyItem item = { kind, NULL, 0, 0 };
      double w;

      if (kind == TITLE_KEY)
        /* Translators: before the colours of the heat map's risk bands */
        item.layout = make_bold (m, _("Risk:"), 0.8);
      else if (kind < STG_N_RISK_BANDS)
        item.layout = make_layout (m, stg_risk_band_label (kind), 0.8, FALSE);
      else
        item.layout = make_layout (m, kind == MARKER_KEY ? _("Addressed by an objective")
                                                         : _("Addressed by no objective"), 0.8, FALSE);
      pango_layout_set_width (item.layout, (int) (MAX (m->lw - swatch - gap, m->em) * PANGO_SCALE));
      w = (kind == TITLE_KEY ? 0 : swatch + gap) + stg_draw_text_width (item.layout);
      if (x > 0 && (kind == MARKER_KEY || x + w > m->lw))
        {
          x = 0;
          y += line + m->em * 0.35;
          line = 0;
        }
      item.x = x;
      item.y = y;
      x += w + (kind == TITLE_KEY ? gap : space);
      line = MAX (line, MAX (stg_draw_text_height (item.layout), swatch));
      g_array_append_val (m->key, item);
    }
  m->key_height = y + line;
}

static void
clear_list (Map *m)
{
  for (guint i = 0; m->titles != NULL && i < m->data->threats->len; i++)
    {
      g_clear_object (&m->titles[i]);
      g_clear_object (&m->counts[i]);
    }
  g_clear_pointer (&m->titles, g_free);
  g_clear_pointer (&m->counts, g_free);
  g_clear_object (&m->header_title);
  g_clear_object (&m->header_count);
  g_clear_object (&m->more);
}

static double
list_pad (Map *m)
{
  return m->em * 0.28 * m->scale;
}

static double
list_marker_radius (Map *m)
{
  return m->em * 0.72 * m->scale;
}

static double
list_title_x (Map *m)
{
  return m->lx + 2 * list_marker_radius (m) + m->em * 0.6;
}

/* The list with its text at @scale and titles on up to @lines lines;
 * returns its height with every row. */
static double
layout_list (Map    *m,
             double  scale,
             int     lines)
{
  guint n = m->data->threats->len;
  double height, title_width;

  clear_list (m);
  m->scale = scale;
  m->titles = g_new0 (PangoLayout *, n);
  m->counts = g_new0 (PangoLayout *, n);
  m->header_title = make_bold (m, _("Threat"), 0.8 * scale);
  m->header_count = make_bold (m, _("Objectives"), 0.8 * scale);
  m->header_height = stg_draw_text_height (m->header_title) + m->em * 0.3;
  m->count_width = stg_draw_text_width (m->header_count);
  for (guint i = 0; i < n; i++)
    {
      const StgHeatmapThreat *t = threat_at (m, i);
      g_autofree char *count = g_strdup_printf ("%u", t->objectives->len);

      /* Translators: in the heat map's list, the number of objectives
       * addressing a threat that none addresses */
      m->counts[i] = is_residual (t) ? make_bold (m, C_("objectives", "None"), 0.85 * scale)
                                     : make_layout (m, count, 0.85 * scale, FALSE);
      m->count_width = MAX (m->count_width, stg_draw_text_width (m->counts[i]));
    }
  title_width = m->lw - (list_title_x (m) - m->lx) - m->count_width - m->em * 0.8;
  height = m->header_height;
  for (guint i = 0; i < n; i++)
    {
      m->titles[i] = make_layout (m, threat_at (m, i)->title, 0.85 * scale, FALSE);
      pango_layout_set_width (m->titles[i], (int) (MAX (title_width, m->em) * PANGO_SCALE));
      pango_layout_set_wrap (m->titles[i], PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (m->titles[i], PANGO_ELLIPSIZE_END);
      pango_layout_set_height (m->titles[i], -lines);
      height += stg_draw_text_height (m->titles[i]) + 2 * list_pad (m);
    }
  return height;
}

/* The largest list that fits between the key and the limit: wrapped
 * titles, then titles on one line, then smaller text, then as many rows
 * as there is room for and "and N more threats". */
static void
fit_list (Map *m)
{
  static const struct { double scale; int lines; } tries[] = {
    { 1.0, 2 }, { 0.9, 2 }, { 1.0, 1 }, { 0.9, 1 }, { 0.8, 1 },
  };
  double room = m->list_limit - (m->ly + m->key_height + m->em * 1.0);

  for (guint i = 0; i < G_N_ELEMENTS (tries); i++)
    if (layout_list (m, tries[i].scale, tries[i].lines) <= room || i + 1 == G_N_ELEMENTS (tries))
      return;
}

static double
row_height (Map   *m,
            guint  i)
{
  return stg_draw_text_height (m->titles[i]) + 2 * list_pad (m);
}

/* Rows from the top of the list: which are shown and where; returns the
 * bottom of the list. */
static double
place_list (Map *m)
{
  guint n = m->data->threats->len;
  double top = m->ly + m->key_height + m->em * 1.0;
  double y = top + m->header_height;
  double more_height;
  guint shown = 0;

  g_clear_object (&m->more);
  while (shown < n && y + row_height (m, shown) <= m->list_limit)
    y += row_height (m, shown++);
  if (shown < n)
    {
      g_autofree char *text = NULL;

      /* Make room for the line that says what is left out. */
      m->more = make_layout (m, "", 0.8 * m->scale, FALSE);
      more_height = stg_draw_text_height (m->more) + m->em * 0.3;
      while (shown > 0 && y + more_height > m->list_limit)
        y -= row_height (m, --shown);
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more threat", "and %u more threats", n - shown),
                              n - shown);
      pango_layout_set_text (m->more, text, -1);
    }
  m->g->list_x0 = m->lx;
  m->g->list_x1 = m->lx + m->lw;
  y = top + m->header_height;
  for (guint i = 0; i < n; i++)
    {
      ListRow *row = &m->g->rows[i];

      row->shown = i < shown;
      if (!row->shown)
        continue;
      row->top = y;
      row->bottom = y + row_height (m, i);
      row->marker.r = list_marker_radius (m);
      row->marker.x = m->lx + row->marker.r + m->hairline;
      row->marker.y = y + list_pad (m) + stg_draw_first_line_middle (m->titles[i]);
      row->marker.shown = TRUE;
      y = row->bottom;
    }
  return m->more != NULL ? y + m->em * 0.3 + stg_draw_text_height (m->more) : y;
}

/* The markers of one cell: as large as room allows, in rows, the last row
 * centred; a cell too small for all of them shows "+N" in its last place. */
static void
place_cell (Map   *m,
            int    likelihood,
            int    impact,
            guint *indices,
            guint  n)
{
  Geometry *g = m->g;
  double pad = MAX (m->em * 0.3, g->cell * 0.06);
  double corner = m->em * 1.0;
  double ax = g->gx + (likelihood - 1) * g->cell + pad;
  double ay = g->gy + (LEVELS - impact) * g->cell + pad + corner;
  double aw = g->cell - 2 * pad, ah = g->cell - 2 * pad - corner;
  double r = m->em * 0.95, gap;
  guint cols = 1, rows = 1, capacity;

  if (n == 0)
    return;
  for (;;)
    {
      gboolean fits = FALSE;

      gap = r * 0.3;
      for (cols = (guint) ceil (sqrt (n)); cols <= n && !fits; cols++)
        {
          rows = (n + cols - 1) / cols;
          fits = cols * 2 * r + (cols - 1) * gap <= aw && rows * 2 * r + (rows - 1) * gap <= ah;
        }
      if (fits)
        {
          cols--;
          capacity = n;
          break;
        }
      if (r * 0.9 < m->em * 0.55)
        {
          cols = (guint) MAX (floor ((aw + gap) / (2 * r + gap)), 0);
          rows = (guint) MAX (floor ((ah + gap) / (2 * r + gap)), 0);
          capacity = cols * rows;
          rows = capacity > 0 ? MIN (rows, (n + cols - 1) / cols) : 0;
          break;
        }
      r *= 0.9;
    }
  {
    guint shown = capacity >= n ? n : capacity > 0 ? capacity - 1 : 0;
    guint slots = MIN (n, capacity);
    double bw = cols * 2 * r + (cols - 1) * gap, bh = rows * 2 * r + (rows - 1) * gap;
    double x0 = ax + (aw - bw) / 2 + r, y0 = ay + (ah - bh) / 2 + r;

    for (guint k = 0; k < slots; k++)
      {
        guint row = k / cols, col = k % cols;
        guint in_row = MIN (cols, slots - row * cols);
        Spot spot = { x0 + col * (2 * r + gap) + (cols - in_row) * (2 * r + gap) / 2,
                      y0 + row * (2 * r + gap), r, TRUE };

        if (k < shown)
          g->markers[indices[k]] = spot;
        else
          g->badges[likelihood - 1][impact - 1] = spot;
      }
    g->hidden[likelihood - 1][impact - 1] = n - shown;
  }
}

static void
place_markers (Map *m)
{
  guint n = m->data->threats->len;
  g_autofree guint *indices = g_new (guint, MAX (n, 1));

  for (int l = 1; l <= LEVELS; l++)
    for (int i = 1; i <= LEVELS; i++)
      {
        guint k = 0;

        for (guint t = 0; t < n; t++)
          if (threat_at (m, t)->likelihood == l && threat_at (m, t)->impact == i)
            indices[k++] = t;
        place_cell (m, l, i, indices, k);
      }
}

/* A cell that holds four markers at their full size with its score: the
 * grid shrinks below this only when the rectangle leaves no choice. */
#define COMFORTABLE_CELL 5.5

/* The side of a cell with the list beside the grid, and the list's width
 * then: a little more than a third of the width is the list's, less when
 * the grid would otherwise be cramped. */
static double
cell_beside (Map    *m,
             double *list_width)
{
  double margin = m->em, gap = m->em * 1.8;
  double wanted = CLAMP (m->width * 0.36, m->em * 17, m->em * 28);
  double cell = 0;

  for (int pass = 0; pass < 3; pass++)
    {
      double bottom = measure_bottom (m, cell);
      double across = m->width - 2 * margin - m->left - gap;

      cell = MIN ((m->height - 2 * margin - bottom) / LEVELS, (across - wanted) / LEVELS);
      if (cell < m->em * COMFORTABLE_CELL)
        cell = MIN ((m->height - 2 * margin - bottom) / LEVELS,
                    MAX (cell, MIN (m->em * COMFORTABLE_CELL, (across - m->em * 14) / LEVELS)));
    }
  *list_width = MIN (m->width - 2 * margin - m->left - LEVELS * cell - gap, m->em * 30);
  return cell;
}

/* The side of a cell with the list under the grid, which leaves the list
 * the room it needs with titles on one line, up to nearly half the height
 * and no more than a comfortable grid leaves. */
static double
cell_below (Map *m)
{
  double margin = m->em, gap = m->em * 1.8;
  double reserve, needed, cell = 0;

  m->lw = m->width - 2 * margin;
  layout_key (m);
  needed = m->key_height + m->em * 1.0 + layout_list (m, 1.0, 1);
  reserve = MIN (needed, (m->height - 2 * margin) * 0.45);
  for (int pass = 0; pass < 3; pass++)
    {
      double bottom = measure_bottom (m, cell);
      double room = m->height - 2 * margin - bottom - gap;
      double spare = room - LEVELS * m->em * COMFORTABLE_CELL;

      /* The key and a few rows at least, then what a comfortable grid
       * leaves. */
      reserve = MIN (needed, MAX (MIN (reserve, spare), m->key_height + m->em * 6));
      cell = MIN ((m->width - 2 * margin - m->left) / LEVELS, (room - reserve) / LEVELS);
    }
  return cell;
}

/* Where the grid goes: beside the list unless that makes the grid much
 * smaller, or the list too narrow to read, than above the list. */
static void
place_grid (Map *m)
{
  Geometry *g = m->g;
  double margin = m->em, gap = m->em * 1.8;
  double list_width = 0;
  double beside, below;

  if (!m->style->show_legend)
    {
      double cell = 0;

      for (int pass = 0; pass < 3; pass++)
        {
          m->bottom = measure_bottom (m, cell);
          cell = MIN ((m->width - 2 * margin - m->left) / LEVELS, (m->height - 2 * margin - m->bottom) / LEVELS);
        }
      g->cell = cell;
      m->bottom = measure_bottom (m, cell);
      g->gx = (m->width - (m->left + LEVELS * cell)) / 2 + m->left;
      g->gy = (m->height - (LEVELS * cell + m->bottom)) / 2;
      return;
    }
  beside = cell_beside (m, &list_width);
  below = cell_below (m);
  if (beside >= below || (beside >= below * 0.8 && list_width >= m->em * 17))
    {
      g->cell = beside;
      m->lw = list_width;
      m->bottom = measure_bottom (m, g->cell);
      g->gx = (m->width - (m->left + LEVELS * g->cell + gap + m->lw)) / 2 + m->left;
      g->gy = margin;
      m->lx = g->gx + LEVELS * g->cell + gap;
      m->ly = g->gy;
    }
  else
    {
      g->cell = below;
      m->bottom = measure_bottom (m, g->cell);
      g->gx = (m->width - (m->left + LEVELS * g->cell)) / 2 + m->left;
      /* Under the grid, as wide as the grid and its labels. */
      m->lw = MAX (m->left + LEVELS * g->cell, MIN (m->width - 2 * margin, m->em * 36));
      m->lx = MAX (margin, MIN (g->gx - m->left, m->width - margin - m->lw));
      g->gy = margin;
      m->ly = g->gy + LEVELS * g->cell + m->bottom + gap;
    }
  m->list_limit = m->height - margin;
}

/* Shares the height left under the grid and the list above and below
 * them. */
static void
centre_vertically (Map    *m,
                   double  list_bottom)
{
  Geometry *g = m->g;
  double grid_slack = m->height - m->em - (g->gy + LEVELS * g->cell + m->bottom);
  double list_slack = m->list_limit - list_bottom;
  double shift = floor (MIN (grid_slack, list_slack) / 2);

  if (shift <= 0)
    return;
  g->gy += shift;
  m->ly += shift;
  place_list (m);
}

static void
map_clear (Map *m)
{
  for (int i = 0; i < LEVELS; i++)
    {
      g_clear_object (&m->x_labels[i]);
      g_clear_object (&m->y_labels[i]);
    }
  g_clear_object (&m->x_title);
  g_clear_object (&m->y_title);
  clear_key (m);
  clear_list (m);
  g_clear_object (&m->pango);
}

/* Lays out everything into @m->g; FALSE when there is nothing to draw on
 * or no room for the grid. */
static gboolean
lay_out (Map *m)
{
  Geometry *g = m->g;
  guint n = m->data->threats->len;

  geometry_clear (g);
  g->valid = TRUE;
  g->width = m->width;
  g->height = m->height;
  g->em = m->em;
  g->family = g_strdup (m->style->font_family);
  g->legend = m->style->show_legend;
  g->markers = g_new0 (Spot, MAX (n, 1));
  g->rows = g_new0 (ListRow, MAX (n, 1));
  if (n == 0)
    return FALSE;
  make_axis_labels (m);
  place_grid (m);
  if (g->cell < m->em * 1.6 || (m->style->show_legend && m->lw < m->em * 4))
    {
      g->cell = 0;
      return FALSE;
    }
  if (!m->style->show_legend)
    {
      place_markers (m);
      return TRUE;
    }
  layout_key (m);
  fit_list (m);
  centre_vertically (m, place_list (m));
  place_markers (m);
  return TRUE;
}

/* Drawing */

static gboolean
is_dark_text (const StgChartStyle *style)
{
  const StgChartColor *fg = &style->foreground;

  return 0.2126 * fg->red + 0.7152 * fg->green + 0.0722 * fg->blue <= 0.5;
}

/* What separates the cells: the background, or when it is transparent,
 * whatever contrasts with the text. */
static StgChartColor
halo_color (const StgChartStyle *style)
{
  if (style->background.alpha >= 0.5)
    return (StgChartColor) { style->background.red, style->background.green, style->background.blue, 1.0 };
  return is_dark_text (style) ? white : (StgChartColor) { 0.14, 0.14, 0.14, 1.0 };
}

/* Red text that reads on the background, light or dark. */
static StgChartColor
residual_text_color (const StgChartStyle *style)
{
  return is_dark_text (style) ? residual : (StgChartColor) { 1.0, 0.482, 0.447, 1.0 };
}

static StgChartColor
accent_color (const StgChartStyle *style)
{
  return is_dark_text (style) ? accent : (StgChartColor) { 0.471, 0.682, 0.929, 1.0 };
}

static void
show_layout (Map         *m,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (m->cr, x, y);
  pango_cairo_show_layout (m->cr, layout);
}

/* A marker's disc: dark, or for a threat no objective addresses, white
 * with a red ring; a white halo keeps neighbours apart on any cell. */
static void
draw_disc (Map        *m,
           gboolean    hollow,
           const Spot *spot,
           double      alpha)
{
  double ring = MAX (spot->r * 0.16, m->hairline * 1.5);

  cairo_new_path (m->cr);
  stg_draw_set_color (m->cr, &white, alpha);
  cairo_arc (m->cr, spot->x, spot->y, spot->r + m->hairline * 1.5, 0, 2 * G_PI);
  cairo_fill (m->cr);
  if (hollow)
    {
      cairo_arc (m->cr, spot->x, spot->y, spot->r - ring / 2, 0, 2 * G_PI);
      stg_draw_set_color (m->cr, &residual, alpha);
      cairo_set_line_width (m->cr, ring);
      cairo_stroke (m->cr);
    }
  else
    {
      stg_draw_set_color (m->cr, &marker_fill, alpha);
      cairo_arc (m->cr, spot->x, spot->y, spot->r, 0, 2 * G_PI);
      cairo_fill (m->cr);
    }
}

static void
draw_marker (Map                    *m,
             const StgHeatmapThreat *t,
             const Spot             *spot,
             double                  alpha)
{
  g_autofree char *number = g_strdup_printf ("%u", t->number);
  size_t digits = strlen (number);
  double size = MIN (m->em * 0.85, spot->r * (digits <= 1 ? 1.2 : digits == 2 ? 1.0 : 0.75));
  g_autoptr(PangoLayout) layout = make_bold (m, number, size / m->em);
  PangoRectangle ink_rect;

  draw_disc (m, is_residual (t), spot, alpha);
  /* Centred on the digits' ink, not the line's, so that they sit in the
   * middle of the disc. */
  pango_layout_get_pixel_extents (layout, &ink_rect, NULL);
  stg_draw_set_color (m->cr, is_residual (t) ? &residual : &white, alpha);
  show_layout (m, layout, spot->x - ink_rect.x - ink_rect.width / 2.0, spot->y - ink_rect.y - ink_rect.height / 2.0);
}

static void
draw_axes (Map *m)
{
  Geometry *g = m->g;
  double grid = LEVELS * g->cell;

  stg_draw_set_color (m->cr, &m->style->foreground, 0.85);
  for (int level = 1; level <= LEVELS; level++)
    {
      PangoLayout *y = m->y_labels[level - 1];
      PangoLayout *x = m->x_labels[level - 1];
      double row_middle = g->gy + (LEVELS - level + 0.5) * g->cell;
      double y_width = pango_layout_get_width (y) >= 0 ? pango_layout_get_width (y) / (double) PANGO_SCALE : stg_draw_text_width (y);

      show_layout (m, y, g->gx - m->em * 0.5 - y_width, row_middle - stg_draw_text_height (y) / 2);
      show_layout (m, x, g->gx + (level - 1) * g->cell + m->em * 0.1, g->gy + grid + m->em * 0.4);
    }
  stg_draw_set_color (m->cr, &m->style->foreground, 1.0);
  show_layout (m, m->x_title, g->gx + (grid - stg_draw_text_width (m->x_title)) / 2, g->gy + grid + m->bottom - stg_draw_text_height (m->x_title));
  cairo_save (m->cr);
  cairo_translate (m->cr, g->gx - m->left, g->gy + (grid + stg_draw_text_width (m->y_title)) / 2);
  cairo_rotate (m->cr, -G_PI / 2);
  pango_cairo_update_layout (m->cr, m->y_title);
  show_layout (m, m->y_title, 0, 0);
  cairo_restore (m->cr);
  /* The layouts share the context: back to the unrotated matrix. */
  pango_cairo_update_context (m->cr, m->pango);
}

static void
draw_cells (Map *m)
{
  Geometry *g = m->g;
  StgChartColor halo = halo_color (m->style);
  double gap = MAX (m->hairline * 2, g->cell * 0.015);

  for (int l = 1; l <= LEVELS; l++)
    for (int i = 1; i <= LEVELS; i++)
      {
        double x = g->gx + (l - 1) * g->cell, y = g->gy + (LEVELS - i) * g->cell;
        g_autofree char *score = g_strdup_printf ("%d", l * i);
        g_autoptr(PangoLayout) layout = make_layout (m, score, 0.7, FALSE);

        stg_draw_set_color (m->cr, &band_colors[stg_heatmap_risk_band (l, i)], 1.0);
        cairo_rectangle (m->cr, x, y, g->cell, g->cell);
        cairo_fill (m->cr);
        stg_draw_set_color (m->cr, &ink, 0.5);
        show_layout (m, layout, x + MAX (m->em * 0.3, g->cell * 0.06), y + m->em * 0.2);
      }
  /* The separators, drawn over the cells so that they are even. */
  stg_draw_set_color (m->cr, &halo, 1.0);
  cairo_set_line_width (m->cr, gap);
  for (int k = 1; k < LEVELS; k++)
    {
      cairo_move_to (m->cr, g->gx + k * g->cell, g->gy);
      cairo_line_to (m->cr, g->gx + k * g->cell, g->gy + LEVELS * g->cell);
      cairo_move_to (m->cr, g->gx, g->gy + k * g->cell);
      cairo_line_to (m->cr, g->gx + LEVELS * g->cell, g->gy + k * g->cell);
    }
  cairo_stroke (m->cr);
}

static void
draw_badges (Map *m)
{
  for (int l = 0; l < LEVELS; l++)
    for (int i = 0; i < LEVELS; i++)
      {
        const Spot *spot = &m->g->badges[l][i];
        g_autofree char *text = NULL;
        g_autoptr(PangoLayout) layout = NULL;

        if (m->g->hidden[l][i] == 0 || !spot->shown)
          continue;
        text = g_strdup_printf ("+%u", m->g->hidden[l][i]);
        layout = make_bold (m, text, MIN (0.75, spot->r / m->em * 0.9));
        stg_draw_set_color (m->cr, &ink, 0.85);
        show_layout (m, layout, spot->x - stg_draw_text_width (layout) / 2, spot->y - stg_draw_text_height (layout) / 2);
      }
}

static void
draw_ring (Map        *m,
           const Spot *spot)
{
  StgChartColor color = accent_color (m->style);

  cairo_new_path (m->cr);
  stg_draw_set_color (m->cr, &color, 1.0);
  cairo_set_line_width (m->cr, MAX (m->em * 0.18, 2 * m->hairline));
  cairo_arc (m->cr, spot->x, spot->y, spot->r + m->em * 0.3, 0, 2 * G_PI);
  cairo_stroke (m->cr);
}

/* The grid's markers, the selected one ringed; while one is dragged, it
 * stays faded in its cell and a copy follows the pointer to the outlined
 * cell it would go to. */
static void
draw_markers (Map *m)
{
  int dragged = threat_index (m->data, m->data->dragged);
  int selected = threat_index (m->data, m->data->selected);

  for (guint i = 0; i < m->data->threats->len; i++)
    if (m->g->markers[i].shown)
      draw_marker (m, threat_at (m, i), &m->g->markers[i], (int) i == dragged ? 0.3 : 1.0);
  draw_badges (m);
  if (selected >= 0 && selected != dragged && m->g->markers[selected].shown)
    draw_ring (m, &m->g->markers[selected]);
}

static void
draw_drag (Map *m)
{
  int dragged = threat_index (m->data, m->data->dragged);
  Geometry *g = m->g;
  Spot ghost;
  double x = m->data->drag_x - g->gx, y = m->data->drag_y - g->gy;

  if (dragged < 0)
    return;
  if (x >= 0 && y >= 0 && x < LEVELS * g->cell && y < LEVELS * g->cell)
    {
      StgChartColor color = accent_color (m->style);
      double w = MAX (m->em * 0.2, 2 * m->hairline);

      stg_draw_set_color (m->cr, &color, 1.0);
      cairo_set_line_width (m->cr, w);
      cairo_rectangle (m->cr, g->gx + floor (x / g->cell) * g->cell + w / 2,
                       g->gy + floor (y / g->cell) * g->cell + w / 2, g->cell - w, g->cell - w);
      cairo_stroke (m->cr);
    }
  ghost.x = m->data->drag_x;
  ghost.y = m->data->drag_y;
  ghost.r = g->markers[dragged].shown ? g->markers[dragged].r : m->em * 0.95;
  ghost.shown = TRUE;
  draw_marker (m, threat_at (m, dragged), &ghost, 0.9);
  draw_ring (m, &ghost);
}

static void
draw_key (Map *m)
{
  double swatch = m->em * 0.9, gap = m->em * 0.4;

  for (guint i = 0; i < m->key->len; i++)
    {
      const KeyItem *item = &g_array_index (m->key, KeyItem, i);
      double x = m->lx + item->x, y = m->ly + item->y;
      double middle = y + stg_draw_first_line_middle (item->layout);

      if (item->kind == TITLE_KEY)
        {
          stg_draw_set_color (m->cr, &m->style->foreground, 0.85);
          show_layout (m, item->layout, x, y);
          continue;
        }
      if (item->kind < STG_N_RISK_BANDS)
        {
          stg_draw_set_color (m->cr, &band_colors[item->kind], 1.0);
          cairo_rectangle (m->cr, x, middle - swatch / 2, swatch, swatch);
          cairo_fill (m->cr);
          /* An edge for the palest band on white paper. */
          stg_draw_set_color (m->cr, &ink, 0.25);
          cairo_set_line_width (m->cr, m->hairline);
          cairo_rectangle (m->cr, x + m->hairline / 2, middle - swatch / 2 + m->hairline / 2,
                           swatch - m->hairline, swatch - m->hairline);
          cairo_stroke (m->cr);
        }
      else
        {
          Spot spot = { x + swatch / 2, middle, swatch / 2, TRUE };

          draw_disc (m, item->kind == RESIDUAL_KEY, &spot, 1.0);
        }
      stg_draw_set_color (m->cr, &m->style->foreground, 0.85);
      show_layout (m, item->layout, x + swatch + gap, y);
    }
}

static void
draw_list (Map *m)
{
  guint n = m->data->threats->len;
  double top = m->ly + m->key_height + m->em * 1.0;
  double right = m->lx + m->lw;
  StgChartColor red = residual_text_color (m->style);
  StgChartColor highlight = accent_color (m->style);
  int selected = threat_index (m->data, m->data->selected);
  double last = top + m->header_height;

  stg_draw_set_color (m->cr, &m->style->foreground, 0.7);
  show_layout (m, m->header_title, list_title_x (m), top);
  show_layout (m, m->header_count, right - stg_draw_text_width (m->header_count), top);
  stg_draw_set_color (m->cr, &m->style->foreground, 0.35);
  cairo_set_line_width (m->cr, m->hairline);
  cairo_move_to (m->cr, m->lx, top + m->header_height - m->hairline / 2);
  cairo_line_to (m->cr, right, top + m->header_height - m->hairline / 2);
  cairo_stroke (m->cr);
  for (guint i = 0; i < n; i++)
    {
      const ListRow *row = &m->g->rows[i];
      const StgHeatmapThreat *t = threat_at (m, i);
      double text_top = row->top + list_pad (m);

      if (!row->shown)
        continue;
      if ((int) i == selected)
        {
          stg_draw_set_color (m->cr, &highlight, 0.16);
          cairo_rectangle (m->cr, m->lx - m->em * 0.2, row->top, m->lw + m->em * 0.4, row->bottom - row->top);
          cairo_fill (m->cr);
        }
      draw_marker (m, t, &row->marker, 1.0);
      stg_draw_set_color (m->cr, &m->style->foreground, 0.95);
      show_layout (m, m->titles[i], list_title_x (m), text_top);
      if (is_residual (t))
        stg_draw_set_color (m->cr, &red, 1.0);
      else
        stg_draw_set_color (m->cr, &m->style->foreground, 0.85);
      show_layout (m, m->counts[i], right - stg_draw_text_width (m->counts[i]),
                   text_top + stg_draw_first_line_middle (m->titles[i]) - stg_draw_first_line_middle (m->counts[i]));
      if (i + 1 < n && m->g->rows[i + 1].shown)
        {
          stg_draw_set_color (m->cr, &m->style->foreground, 0.1);
          cairo_move_to (m->cr, list_title_x (m), row->bottom);
          cairo_line_to (m->cr, right, row->bottom);
          cairo_stroke (m->cr);
        }
      last = row->bottom;
    }
  if (m->more != NULL)
    {
      stg_draw_set_color (m->cr, &m->style->foreground, 0.65);
      show_layout (m, m->more, list_title_x (m), last + m->em * 0.3);
    }
}

static void
draw_empty (Map *m)
{
  stg_draw_empty_message (m->cr, m->pango, m->style, m->em, m->width, m->height,
                          _("No threats yet"),
                          _("Threats added to the strategy appear here by likelihood "
                            "and impact, with those no objective addresses marked."));
}

static void
map_init (Map                 *m,
          StgHeatmapData      *data,
          const StgChartStyle *style,
          PangoContext        *pango,
          double               width,
          double               height)
{
  memset (m, 0, sizeof *m);
  m->data = data;
  m->style = style;
  m->g = &data->geometry;
  m->pango = pango;
  m->width = width;
  m->height = height;
  m->em = style->font_size;
  m->hairline = CLAMP (m->em / 14, 0.5, 1.0);
}

void
stg_heatmap_draw (cairo_t             *cr,
                  double               width,
                  double               height,
                  StgHeatmapData      *data,
                  const StgChartStyle *style)
{
  Map m;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL && style->font_size > 0);

  if (width <= 0 || height <= 0)
    return;
  stg_draw_begin (cr, style, width, height);
  map_init (&m, data, style, pango_cairo_create_context (cr), width, height);
  m.cr = cr;
  if (lay_out (&m))
    {
      draw_axes (&m);
      draw_cells (&m);
      draw_markers (&m);
      draw_drag (&m);
      if (style->show_legend)
        {
          draw_key (&m);
          draw_list (&m);
        }
    }
  else if (data->threats->len == 0)
    draw_empty (&m);
  map_clear (&m);
  cairo_restore (cr);
}

/* Hit-testing */

/* The geometry of a drawing at @width x @height: the last one's when it
 * had that size, else one laid out anew in the last drawing's font (or
 * the default style's). */
static Geometry *
geometry_for (StgHeatmapData *data,
              double          width,
              double          height)
{
  Geometry *g = &data->geometry;
  StgChartStyle style;
  g_autofree char *family = NULL;
  Map m;

  if (g->valid && g->width == width && g->height == height)
    return g;
  stg_chart_style_init_default (&style);
  if (g->valid)
    {
      family = g_strdup (g->family);
      style.font_family = family;
      style.font_size = g->em;
      style.show_legend = g->legend;
    }
  map_init (&m, data, &style, pango_font_map_create_context (pango_cairo_font_map_get_default ()), width, height);
  lay_out (&m);
  map_clear (&m);
  return g;
}

static gboolean
on_spot (const Spot *spot,
         double      x,
         double      y,
         double      slack)
{
  return spot->shown && hypot (x - spot->x, y - spot->y) <= spot->r + slack;
}

gboolean
stg_heatmap_hit (StgHeatmapData *data,
                 double          width,
                 double          height,
                 double          x,
                 double          y,
                 gint64         *threat_id,
                 int            *likelihood,
                 int            *impact)
{
  Geometry *g;
  gint64 id = 0;
  int l = 0, i = 0;

  g_return_val_if_fail (data != NULL, FALSE);

  g = geometry_for (data, width, height);
  if (g->cell > 0)
    {
      double gx = x - g->gx, gy = y - g->gy;

      if (gx >= 0 && gy >= 0 && gx < LEVELS * g->cell && gy < LEVELS * g->cell)
        {
          l = (int) floor (gx / g->cell) + 1;
          i = LEVELS - (int) floor (gy / g->cell);
        }
      /* The last drawn is on top. */
      for (guint k = data->threats->len; id == 0 && k > 0; k--)
        if (on_spot (&g->markers[k - 1], x, y, g->em * 0.1))
          id = g_array_index (data->threats, StgHeatmapThreat, k - 1).id;
      for (guint k = 0; id == 0 && k < data->threats->len; k++)
        if (g->rows[k].shown && y >= g->rows[k].top && y < g->rows[k].bottom &&
            x >= g->list_x0 - g->em * 0.2 && x <= g->list_x1 + g->em * 0.2)
          id = g_array_index (data->threats, StgHeatmapThreat, k).id;
    }
  if (threat_id != NULL)
    *threat_id = id;
  if (likelihood != NULL)
    *likelihood = l;
  if (impact != NULL)
    *impact = i;
  return id != 0 || l != 0;
}

gboolean
stg_heatmap_get_cell_area (StgHeatmapData *data,
                           double          width,
                           double          height,
                           int             likelihood,
                           int             impact,
                           double         *x,
                           double         *y,
                           double         *cell_width,
                           double         *cell_height)
{
  Geometry *g;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (likelihood >= 1 && likelihood <= LEVELS, FALSE);
  g_return_val_if_fail (impact >= 1 && impact <= LEVELS, FALSE);

  g = geometry_for (data, width, height);
  if (g->cell <= 0)
    return FALSE;
  if (x != NULL)
    *x = g->gx + (likelihood - 1) * g->cell;
  if (y != NULL)
    *y = g->gy + (LEVELS - impact) * g->cell;
  if (cell_width != NULL)
    *cell_width = g->cell;
  if (cell_height != NULL)
    *cell_height = g->cell;
  return TRUE;
}

gboolean
stg_heatmap_get_marker (StgHeatmapData *data,
                        double          width,
                        double          height,
                        gint64          threat_id,
                        double         *x,
                        double         *y,
                        double         *radius)
{
  Geometry *g;
  int index;

  g_return_val_if_fail (data != NULL, FALSE);

  index = threat_index (data, threat_id);
  g = geometry_for (data, width, height);
  if (index < 0 || g->cell <= 0 || !g->markers[index].shown)
    return FALSE;
  if (x != NULL)
    *x = g->markers[index].x;
  if (y != NULL)
    *y = g->markers[index].y;
  if (radius != NULL)
    *radius = g->markers[index].r;
  return TRUE;
}

/* In words */

char *
stg_heatmap_describe_threat (const StgHeatmapThreat *t)
{
  g_autofree char *addressed = NULL;

  g_return_val_if_fail (t != NULL, NULL);

  if (t->objectives->len == 0)
    addressed = g_strdup (_("addressed by no objective"));
  else
    addressed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "addressed by %u objective",
                                              "addressed by %u objectives", t->objectives->len),
                                 t->objectives->len);
  /* Translators: "3. Cyber attacks: likelihood 4 (Likely), impact 4
   * (Major), risk 16 (Very high); addressed by 5 objectives" */
  return g_strdup_printf (_("%u. %s: likelihood %d (%s), impact %d (%s), risk %d (%s); %s"),
                          t->number, t->title, t->likelihood, stg_heatmap_likelihood_label (t->likelihood),
                          t->impact, stg_heatmap_impact_label (t->impact), t->likelihood * t->impact,
                          stg_risk_band_label (stg_heatmap_risk_band (t->likelihood, t->impact)), addressed);
}

/* Threats named in the description; a screen reader reads the rest in the
 * list beside the map. */
#define MAX_NAMED 5

char *
stg_heatmap_describe (StgHeatmapData *data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) residuals = g_string_new (NULL);
  guint per_band[STG_N_RISK_BANDS] = { 0 };
  guint n, n_named = 0;

  g_return_val_if_fail (data != NULL, NULL);

  n = data->threats->len;
  if (n == 0)
    return g_strdup (_("No threats yet"));
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u threat by likelihood and impact.",
                                             "%u threats by likelihood and impact.", n), n);
  for (guint i = 0; i < n; i++)
    {
      const StgHeatmapThreat *t = &g_array_index (data->threats, StgHeatmapThreat, i);

      per_band[stg_heatmap_risk_band (t->likelihood, t->impact)]++;
      if (t->objectives->len == 0 && n_named < MAX_NAMED)
        g_string_append_printf (residuals, "%s%s", n_named++ > 0 ? "; " : "", t->title);
    }
  if (data->n_unaddressed > n_named)
    {
      g_string_append (residuals, "; ");
      g_string_append_printf (residuals, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                      data->n_unaddressed - n_named),
                              data->n_unaddressed - n_named);
    }
  for (int b = STG_N_RISK_BANDS - 1; b >= 0; b--)
    if (per_band[b] > 0)
      {
        g_string_append_c (text, ' ');
        /* Translators: "Very high risk: 8." in the heat map's description */
        g_string_append_printf (text, _("%s risk: %u."), stg_risk_band_label (b), per_band[b]);
      }
  g_string_append_c (text, ' ');
  if (data->n_unaddressed == 0)
    g_string_append (text, _("Every threat is addressed by at least one objective."));
  else
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u threat is addressed by no objective: %s.",
                                               "%u threats are addressed by no objective: %s.", data->n_unaddressed),
                            data->n_unaddressed, residuals->str);
  return g_string_free (g_steal_pointer (&text), FALSE);
}
