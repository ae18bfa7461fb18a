/* stg-heatmap.h: the threat heat map, drawn with Cairo and Pango for screen and paper */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "stg-chart.h"
#include "stg-store.h"

G_BEGIN_DECLS

/* Likelihood and impact both run from 1 to this. */
#define STG_HEATMAP_LEVELS 5

/**
 * StgRiskBand:
 * @STG_RISK_LOW: likelihood x impact up to 4
 * @STG_RISK_MEDIUM: 5 to 9
 * @STG_RISK_HIGH: 10 to 14
 * @STG_RISK_VERY_HIGH: 15 and more
 *
 * The bands that colour the cells of the heat map.
 */
typedef enum {
  STG_RISK_LOW,
  STG_RISK_MEDIUM,
  STG_RISK_HIGH,
  STG_RISK_VERY_HIGH,
  STG_N_RISK_BANDS
} StgRiskBand;

/**
 * StgHeatmapThreat:
 * @id: the threat's id
 * @number: its marker's number, from 1, in the order of the file (by id):
 *   it stays the same while the threat's scores change
 * @title: its title
 * @category: its category key ("state_actor", "cyber"...)
 * @likelihood: from 1 (rare) to 5 (almost certain)
 * @impact: from 1 (minor) to 5 (severe)
 * @objectives: the ids (gint64) of the objectives addressing it, by id;
 *   dropped objectives are left out, as the gap analysis leaves them out
 * @n_dropped: the dropped objectives still linked to it
 *
 * One threat as the heat map shows it; it belongs to the data. A threat
 * whose @objectives is empty is the "residual" risk: nothing in the
 * strategy answers it.
 */
typedef struct {
  gint64      id;
  guint       number;
  const char *title;
  const char *category;
  int         likelihood;
  int         impact;
  GArray     *objectives;
  guint       n_dropped;
} StgHeatmapThreat;

typedef struct _StgHeatmapData StgHeatmapData;

/* Reads every threat of @store and the objectives linked to each. */
StgHeatmapData         *stg_heatmap_data_new            (StgStore        *store,
                                                         GError         **error);
void                    stg_heatmap_data_free           (StgHeatmapData  *data);

/* Threats by risk, as the list beside the map shows them: by likelihood x
 * impact, then impact, then likelihood, highest first, then by number. */
guint                   stg_heatmap_data_get_n_threats  (StgHeatmapData  *data);
const StgHeatmapThreat *stg_heatmap_data_get_threat     (StgHeatmapData  *data,
                                                         guint            index);
/* The threat of id @id, or NULL. */
const StgHeatmapThreat *stg_heatmap_data_find           (StgHeatmapData  *data,
                                                         gint64           id);
/* Threats no (undropped) objective addresses. */
guint                   stg_heatmap_data_get_n_unaddressed (StgHeatmapData *data);
/* Threats whose likelihood and impact are those. */
guint                   stg_heatmap_data_count_in_cell  (StgHeatmapData  *data,
                                                         int              likelihood,
                                                         int              impact);

/* What a screen shows on top of the data, and paper does not: the threat
 * drawn selected (0 for none), and the one being dragged (0 for none),
 * drawn faded in its cell with a copy of its marker at (@x, @y) and the
 * cell under that point outlined. */
void                    stg_heatmap_data_set_selected   (StgHeatmapData  *data,
                                                         gint64           threat_id);
gint64                  stg_heatmap_data_get_selected   (StgHeatmapData  *data);
void                    stg_heatmap_data_set_drag       (StgHeatmapData  *data,
                                                         gint64           threat_id,
                                                         double           x,
                                                         double           y);

StgRiskBand             stg_heatmap_risk_band           (int              likelihood,
                                                         int              impact);
/* "Low", "Medium", "High", "Very high" (translated). */
const char             *stg_risk_band_label             (StgRiskBand      band);
/* The words of the scales: "Rare" ... "Almost certain", "Minor" ...
 * "Severe" (translated); NULL outside 1 to 5. */
const char             *stg_heatmap_likelihood_label    (int              level);
const char             *stg_heatmap_impact_label        (int              level);

/* Draws into the rectangle (0, 0, @width, @height) of @cr the 5 x 5 grid
 * of likelihood (across, 1 at the left) and impact (up, 5 at the top),
 * its cells coloured by risk band, each threat as a numbered marker in
 * its cell (hollow and red when no objective addresses it), and, when
 * @style shows the legend, beside the grid (or under it, when the
 * rectangle is tall) a key and the list of threats by risk with how
 * many objectives address each. No threats draws a message instead. */
void                    stg_heatmap_draw                (cairo_t              *cr,
                                                         double                width,
                                                         double                height,
                                                         StgHeatmapData       *data,
                                                         const StgChartStyle  *style);

/* Whether (@x, @y) falls on the grid or on a threat of the last drawing
 * of @data at @width x @height (before any, or at another size, a
 * drawing in the default style): @threat_id is the threat whose marker
 * or list row is there, else 0; @likelihood and @impact the cell the
 * point is in, else 0. Any out argument may be NULL. */
gboolean                stg_heatmap_hit                 (StgHeatmapData  *data,
                                                         double           width,
                                                         double           height,
                                                         double           x,
                                                         double           y,
                                                         gint64          *threat_id,
                                                         int             *likelihood,
                                                         int             *impact);
/* Where cell (@likelihood, @impact) is, in the same drawing. FALSE when
 * nothing is drawn (no threats, or no room). */
gboolean                stg_heatmap_get_cell_area       (StgHeatmapData  *data,
                                                         double           width,
                                                         double           height,
                                                         int              likelihood,
                                                         int              impact,
                                                         double          *x,
                                                         double          *y,
                                                         double          *cell_width,
                                                         double          *cell_height);
/* The centre and radius of threat @threat_id's marker on the grid, in
 * the same drawing. FALSE when it is not drawn (a crowded cell shows
 * "+N" for the markers it has no room for). */
gboolean                stg_heatmap_get_marker          (StgHeatmapData  *data,
                                                         double           width,
                                                         double           height,
                                                         gint64           threat_id,
                                                         double          *x,
                                                         double          *y,
                                                         double          *radius);

/* The heat map in a few sentences, for a screen reader: the threats by
 * risk band and those that no objective addresses. */
char                   *stg_heatmap_describe            (StgHeatmapData  *data);
/* One threat in a line: "3. Cyber attacks: likelihood 4 (Likely), impact
 * 4 (Major), very high risk; addressed by 5 objectives". */
char                   *stg_heatmap_describe_threat     (const StgHeatmapThreat *threat);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StgHeatmapData, stg_heatmap_data_free)

G_END_DECLS
