/* stg-budget.c: what the strategy costs, year by year, in exact amounts */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-budget"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "strategos/stg-budget.h"
#include "strategos/stg-money.h"
#include "stg-store-private.h"

/*
 * Every sum is SQLite's sum() over integer cents, which fails on overflow
 * instead of wrapping (total() would silently switch to floating point);
 * what C adds on top goes through stg_money_add(). Percentages are
 * computed in 128-bit integers and rounded, never in floating point.
 */

struct _StgBudgetTable
{
  StgStore           *store;
  StgBudgetDimension  dimension;
  char               *currency;
  GArray             *years;      /* int, ascending */
  GPtrArray          *labels;     /* char * per row */
  GArray             *ids;        /* gint64 per row */
  GPtrArray          *keys;       /* char * per row, or NULL */
  GArray             *cells;      /* StgBudgetCell, n_rows * n_years */
  GArray             *row_totals;
  GArray             *year_totals;
  StgBudgetCell       total;
  GHashTable         *gdp;        /* year -> gint64 * */
  GHashTable         *actor_rows; /* while adding up by actor: id -> row + 1 */
};

static const StgBudgetCell empty_cell = { 0, 0, 0, 0, STG_NO_AMOUNT };

void
stg_budget_table_free (StgBudgetTable *table)
{
  if (table == NULL)
    return;
  g_clear_object (&table->store);
  g_free (table->currency);
  g_array_unref (table->years);
  g_ptr_array_unref (table->labels);
  g_array_unref (table->ids);
  g_ptr_array_unref (table->keys);
  g_array_unref (table->cells);
  g_array_unref (table->row_totals);
  g_array_unref (table->year_totals);
  g_hash_table_unref (table->gdp);
  g_free (table);
}

/* Running a query row by row */

typedef gboolean (*RowFunc) (StgBudgetTable *table, sqlite3_stmt *stmt, GError **error);

static gboolean
each_row (StgBudgetTable  *table,
          const char      *sql,
          RowFunc          func,
          GError         **error)
{
  StgDb *db = stg_store_get_db (table->store);
  sqlite3_stmt *stmt = stg_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!func (table, stmt, error))
      {
        sqlite3_reset (stmt);
        return FALSE;
      }
  if (rc != SQLITE_DONE)
    {
      stg_db_fail (db, sqlite3_reset (stmt), error);
      g_prefix_error (error, _("Could not add up the budget: "));
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static guint
column_of (StgBudgetTable *table,
           int             year)
{
  for (guint i = 0; i < table->years->len; i++)
    if (g_array_index (table->years, int, i) == year)
      return i;
  return G_MAXUINT;
}

static StgBudgetCell *
cell_at (StgBudgetTable *table,
         guint           row,
         guint           column)
{
  return &g_array_index (table->cells, StgBudgetCell, row * table->years->len + column);
}

static void
read_sums (sqlite3_stmt  *stmt,
           int            first,
           StgBudgetCell *cell)
{
  cell->planned = sqlite3_column_int64 (stmt, first);
  cell->actual = sqlite3_column_int64 (stmt, first + 1);
  cell->n_lines = sqlite3_column_int64 (stmt, first + 2);
  cell->n_actual = sqlite3_column_int64 (stmt, first + 3);
}

static gboolean
add_cell (StgBudgetCell       *into,
          const StgBudgetCell *cell,
          GError             **error)
{
  if (!stg_money_add (into->planned, cell->planned, &into->planned, error) ||
      !stg_money_add (into->actual, cell->actual, &into->actual, error))
    return FALSE;
  into->n_lines += cell->n_lines;
  into->n_actual += cell->n_actual;
  return TRUE;
}

/* Years and their totals (each line counted once, whatever the rows). */

static gboolean
year_row (StgBudgetTable  *table,
          sqlite3_stmt    *stmt,
          GError         **error)
{
  int year = sqlite3_column_int (stmt, 0);
  StgBudgetCell cell = empty_cell;

  read_sums (stmt, 1, &cell);
  g_array_append_val (table->years, year);
  g_array_append_val (table->year_totals, cell);
  return add_cell (&table->total, &cell, error);
}

/* Only the years, totals to come: for the dimensions whose rows hold each
 * line exactly once, the totals are the sums of the rows' cells. */
static gboolean
year_only_row (StgBudgetTable  *table,
               sqlite3_stmt    *stmt,
               GError         **error)
{
  int year = sqlite3_column_int (stmt, 0);

  g_array_append_val (table->years, year);
  g_array_append_val (table->year_totals, empty_cell);
  return TRUE;
}

/* The years that have lines, skipping along the year index: one seek a
 * year rather than a read of a million lines. */
#define YEARS_SQL                                                                   \
  "WITH RECURSIVE y(year) AS (SELECT min(year) FROM budget_line UNION ALL "         \
  "SELECT (SELECT min(year) FROM budget_line WHERE year > y.year) FROM y WHERE y.year IS NOT NULL) " \
  "SELECT year FROM y WHERE year IS NOT NULL"

static gboolean
totals_from_cells (StgBudgetTable  *table,
                   GError         **error)
{
  guint n = table->years->len;

  for (guint column = 0; column < n; column++)
    {
      StgBudgetCell *total = &g_array_index (table->year_totals, StgBudgetCell, column);
      for (guint row = 0; row < table->ids->len; row++)
        if (!add_cell (total, cell_at (table, row, column), error))
          return FALSE;
      if (!add_cell (&table->total, total, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
gdp_row (StgBudgetTable  *table,
         sqlite3_stmt    *stmt,
         GError         **error)
{
  gint64 *amount = g_new (gint64, 1);

  *amount = sqlite3_column_int64 (stmt, 1);
  g_hash_table_insert (table->gdp, GINT_TO_POINTER (sqlite3_column_int (stmt, 0)), amount);
  return TRUE;
}

/* Rows */

#define SUMS "sum(b.planned), coalesce(sum(b.actual), 0), count(*), count(b.actual)"

/* Each query gives: row id, row key, row label, year, then SUMS; ordered
 * by row then year. */
static const char *
rows_sql (StgBudgetDimension dimension)
{
  switch (dimension)
    {
    case STG_BUDGET_BY_OBJECTIVE:
      return "SELECT o.id, NULL, o.title, b.year, " SUMS " FROM budget_line b "
             "JOIN objective o ON o.id = b.objective_id GROUP BY o.id, b.year ORDER BY o.id, b.year";
    case STG_BUDGET_BY_CAPABILITY:
      /* A line counts under each kind its objective uses, once per kind;
       * lines of objectives using none come last, under NULL. */
      return "SELECT 0, k.kind, NULL, b.year, " SUMS " FROM budget_line b "
             "LEFT JOIN (SELECT DISTINCT oc.objective_id, c.kind FROM objective_capability oc "
             "           JOIN capability c ON c.id = oc.capability_id) k ON k.objective_id = b.objective_id "
             "GROUP BY k.kind, b.year ORDER BY k.kind IS NULL, "
             "CASE k.kind WHEN 'diplomatic' THEN 0 WHEN 'military' THEN 1 WHEN 'intelligence' THEN 2 "
             "WHEN 'civil' THEN 3 WHEN 'economic' THEN 4 WHEN 'development' THEN 5 WHEN 'cyber' THEN 6 "
             "ELSE 7 END, b.year";
    case STG_BUDGET_BY_SOURCE:
      return "SELECT 0, b.funding_source, NULL, b.year, " SUMS " FROM budget_line b "
             "GROUP BY b.funding_source, b.year "
             "ORDER BY b.funding_source = '', b.funding_source COLLATE NOCASE, b.year";
    case STG_BUDGET_BY_ACTOR:
    default:
      return "SELECT a.id, NULL, a.name, b.year, " SUMS " FROM budget_line b "
             "JOIN actor a ON a.id = b.actor_id GROUP BY a.id, b.year "
             "ORDER BY a.name COLLATE NOCASE, a.id, b.year";
    }
}

static char *
row_label (StgBudgetTable *table,
           sqlite3_stmt   *stmt)
{
  const char *key = (const char *) sqlite3_column_text (stmt, 1);
  const StgColumn *kind;

  switch (table->dimension)
    {
    case STG_BUDGET_BY_CAPABILITY:
      if (key == NULL)
        return g_strdup (_("No capability"));
      kind = stg_record_schema_find (stg_record_type_get_schema (STG_TYPE_CAPABILITY), "kind");
      return g_strdup (stg_choice_get_label (kind, key));
    case STG_BUDGET_BY_SOURCE:
      return g_strdup (key != NULL && *key != '\0' ? key : _("Unspecified"));
    default:
      return g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
}

static gboolean
same_row (StgBudgetTable *table,
          sqlite3_stmt   *stmt)
{
  guint last = table->ids->len - 1;

  if (table->ids->len == 0)
    return FALSE;
  if (table->dimension == STG_BUDGET_BY_ACTOR || table->dimension == STG_BUDGET_BY_OBJECTIVE)
    return g_array_index (table->ids, gint64, last) == sqlite3_column_int64 (stmt, 0);
  return g_strcmp0 (g_ptr_array_index (table->keys, last), (const char *) sqlite3_column_text (stmt, 1)) == 0;
}

static void
start_row (StgBudgetTable *table,
           sqlite3_stmt   *stmt)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  const char *key = (const char *) sqlite3_column_text (stmt, 1);
  guint n = table->years->len;
  StgBudgetCell total = empty_cell;

  g_array_append_val (table->ids, id);
  g_ptr_array_add (table->keys, g_strdup (key));
  g_ptr_array_add (table->labels, row_label (table, stmt));
  g_array_append_val (table->row_totals, total);
  for (guint i = 0; i < n; i++)
    g_array_append_val (table->cells, empty_cell);
}

static gboolean
cell_row (StgBudgetTable  *table,
          sqlite3_stmt    *stmt,
          GError         **error)
{
  guint column = column_of (table, sqlite3_column_int (stmt, 3));
  guint row;
  StgBudgetCell *cell;

  if (!same_row (table, stmt))
    start_row (table, stmt);
  row = table->ids->len - 1;
  g_return_val_if_fail (column != G_MAXUINT, FALSE);
  cell = cell_at (table, row, column);
  read_sums (stmt, 4, cell);
  return add_cell (&g_array_index (table->row_totals, StgBudgetCell, row), cell, error);
}

static gboolean
ceiling_row (StgBudgetTable  *table,
             sqlite3_stmt    *stmt,
             GError         **error)
{
  gint64 actor = sqlite3_column_int64 (stmt, 0);
  guint column = column_of (table, sqlite3_column_int (stmt, 1));

  for (guint row = 0; column != G_MAXUINT && row < table->ids->len; row++)
    if (g_array_index (table->ids, gint64, row) == actor)
      cell_at (table, row, column)->ceiling = sqlite3_column_int64 (stmt, 2);
  return TRUE;
}

/* By actor, the sums are added up here in one pass over the lines in the
 * table's order. In SQL, GROUP BY actor and year either looks each of a
 * million lines up through the actor index (a random read each) or sorts
 * them all in memory (50 MB); a covering index would cost every bulk
 * import half again. 400 actors by 10 years fit in a small table. */
static gboolean
actor_row (StgBudgetTable  *table,
           sqlite3_stmt    *stmt,
           GError         **error)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  StgBudgetCell total = empty_cell;

  g_array_append_val (table->ids, id);
  g_ptr_array_add (table->keys, NULL);
  g_ptr_array_add (table->labels, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  g_array_append_val (table->row_totals, total);
  for (guint i = 0; i < table->years->len; i++)
    g_array_append_val (table->cells, empty_cell);
  return TRUE;
}

static gboolean
line_row (StgBudgetTable  *table,
          sqlite3_stmt    *stmt,
          GError         **error)
{
  gint64 actor = sqlite3_column_int64 (stmt, 0);
  guint row = GPOINTER_TO_UINT (g_hash_table_lookup (table->actor_rows, &actor));
  guint column = column_of (table, sqlite3_column_int (stmt, 1));
  StgBudgetCell line = empty_cell;

  if (row == 0 || column == G_MAXUINT)
    return TRUE;  /* an actor or year that vanished meanwhile */
  line.planned = sqlite3_column_int64 (stmt, 2);
  line.n_lines = 1;
  if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    {
      line.actual = sqlite3_column_int64 (stmt, 3);
      line.n_actual = 1;
    }
  return add_cell (cell_at (table, row - 1, column), &line, error) &&
         add_cell (&g_array_index (table->row_totals, StgBudgetCell, row - 1), &line, error);
}

static gboolean
actor_cells (StgBudgetTable  *table,
             GError         **error)
{
  g_autoptr(GHashTable) rows = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean ok;

  if (!each_row (table, "SELECT a.id, a.name FROM actor a "
                        "WHERE EXISTS (SELECT 1 FROM budget_line b WHERE b.actor_id = a.id) "
                        "ORDER BY a.name COLLATE NOCASE, a.id", actor_row, error))
    return FALSE;
  for (guint i = 0; i < table->ids->len; i++)
    g_hash_table_insert (rows, &g_array_index (table->ids, gint64, i), GUINT_TO_POINTER (i + 1));
  table->actor_rows = rows;
  ok = each_row (table, "SELECT actor_id, year, planned, actual FROM budget_line NOT INDEXED", line_row, error);
  table->actor_rows = NULL;
  return ok;
}

StgBudgetTable *
stg_budget_table_new (StgStore            *store,
                      StgBudgetDimension   dimension,
                      GError             **error)
{
  g_autoptr(StgBudgetTable) table = g_new0 (StgBudgetTable, 1);
  g_autoptr(StgStrategy) strategy = NULL;

  g_return_val_if_fail (STG_IS_STORE (store), NULL);

  table->store = g_object_ref (store);
  table->dimension = dimension;
  table->years = g_array_new (FALSE, FALSE, sizeof (int));
  table->labels = g_ptr_array_new_with_free_func (g_free);
  table->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  table->keys = g_ptr_array_new_with_free_func (g_free);
  table->cells = g_array_new (FALSE, FALSE, sizeof (StgBudgetCell));
  table->row_totals = g_array_new (FALSE, FALSE, sizeof (StgBudgetCell));
  table->year_totals = g_array_new (FALSE, FALSE, sizeof (StgBudgetCell));
  table->total = empty_cell;
  table->gdp = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  if ((strategy = stg_store_get_strategy (store, error)) == NULL)
    return NULL;
  table->currency = g_strdup (stg_record_get_text (STG_RECORD (strategy), "currency"));
  if (dimension == STG_BUDGET_BY_CAPABILITY)
    {
      /* A line may count under several kinds: its year totals come from
       * the lines, in one pass over the table (through the year index,
       * each of a million lines would be a random read). */
      if (!each_row (table, "SELECT b.year, " SUMS " FROM budget_line b NOT INDEXED GROUP BY b.year ORDER BY b.year",
                     year_row, error) ||
          !each_row (table, rows_sql (dimension), cell_row, error))
        return NULL;
    }
  else if (!each_row (table, YEARS_SQL, year_only_row, error) ||
           !(dimension == STG_BUDGET_BY_ACTOR ? actor_cells (table, error)
                                              : each_row (table, rows_sql (dimension), cell_row, error)) ||
           !totals_from_cells (table, error))
    return NULL;
  if (!each_row (table, "SELECT year, amount FROM gdp_projection", gdp_row, error))
    return NULL;
  if (dimension == STG_BUDGET_BY_ACTOR &&
      !each_row (table, "SELECT actor_id, year, amount FROM budget_ceiling", ceiling_row, error))
    return NULL;
  return g_steal_pointer (&table);
}

StgBudgetDimension
stg_budget_table_get_dimension (StgBudgetTable *table)
{
  return table->dimension;
}

const char *
stg_budget_table_get_currency (StgBudgetTable *table)
{
  return table->currency;
}

guint
stg_budget_table_get_n_rows (StgBudgetTable *table)
{
  return table->ids->len;
}

guint
stg_budget_table_get_n_years (StgBudgetTable *table)
{
  return table->years->len;
}

int
stg_budget_table_get_year (StgBudgetTable *table,
                           guint           column)
{
  g_return_val_if_fail (column < table->years->len, 0);
  return g_array_index (table->years, int, column);
}

const char *
stg_budget_table_get_row_label (StgBudgetTable *table,
                                guint           row)
{
  g_return_val_if_fail (row < table->ids->len, NULL);
  return g_ptr_array_index (table->labels, row);
}

gint64
stg_budget_table_get_row_id (StgBudgetTable *table,
                             guint           row)
{
  g_return_val_if_fail (row < table->ids->len, 0);
  return g_array_index (table->ids, gint64, row);
}

const char *
stg_budget_table_get_row_key (StgBudgetTable *table,
                              guint           row)
{
  g_return_val_if_fail (row < table->ids->len, NULL);
  return g_ptr_array_index (table->keys, row);
}

const StgBudgetCell *
stg_budget_table_get_cell (StgBudgetTable *table,
                           guint           row,
                           guint           column)
{
  g_return_val_if_fail (row < table->ids->len && column < table->years->len, &empty_cell);
  return cell_at (table, row, column);
}

const StgBudgetCell *
stg_budget_table_get_row_total (StgBudgetTable *table,
                                guint           row)
{
  g_return_val_if_fail (row < table->ids->len, &empty_cell);
  return &g_array_index (table->row_totals, StgBudgetCell, row);
}

const StgBudgetCell *
stg_budget_table_get_year_total (StgBudgetTable *table,
                                 guint           column)
{
  g_return_val_if_fail (column < table->years->len, &empty_cell);
  return &g_array_index (table->year_totals, StgBudgetCell, column);
}

const StgBudgetCell *
stg_budget_table_get_total (StgBudgetTable *table)
{
  return &table->total;
}

gboolean
stg_budget_table_get_gdp (StgBudgetTable *table,
                          guint           column,
                          gint64         *gdp)
{
  gint64 *amount;

  g_return_val_if_fail (column < table->years->len, FALSE);
  amount = g_hash_table_lookup (table->gdp, GINT_TO_POINTER (g_array_index (table->years, int, column)));
  if (amount == NULL)
    return FALSE;
  *gdp = *amount;
  return TRUE;
}

/* Figures */

gboolean
stg_budget_variance (const StgBudgetCell *cell,
                     gint64              *variance)
{
  if (cell->n_actual == 0)
    return FALSE;
  return stg_money_subtract (cell->actual, cell->planned, variance, NULL);
}

/* @num / @den, rounded half away from zero, in 128 bits. */
static gint64
divide_rounded (__int128 num,
                __int128 den)
{
  __int128 q;

  if (den < 0)
    {
      num = -num;
      den = -den;
    }
  q = (num >= 0 ? num + den / 2 : num - den / 2) / den;
  return q > G_MAXINT64 ? G_MAXINT64 : q < G_MININT64 ? G_MININT64 : (gint64) q;
}

gboolean
stg_budget_variance_percent (const StgBudgetCell *cell,
                             gint64              *hundredths)
{
  if (cell->n_actual == 0 || cell->planned == 0)
    return FALSE;
  *hundredths = divide_rounded (((__int128) cell->actual - cell->planned) * 10000, cell->planned);
  return TRUE;
}

gint64
stg_budget_share_of_gdp (gint64 amount,
                         gint64 gdp)
{
  g_return_val_if_fail (gdp > 0, 0);
  return divide_rounded ((__int128) amount * 10000, gdp);
}

char *
stg_budget_format_percent (gint64 hundredths)
{
  StgNumberFormat format = stg_number_format_current ();
  g_autofree char *number = NULL;

  /* A percentage is not grouped: "1234.50 %", never "1,234.50 %". */
  format.group_mark = 0;
  number = stg_money_format (hundredths, 2, &format);
  /* Translators: a percentage; some languages want no space before % */
  return g_strdup_printf (_("%s %%"), number);
}

gboolean
stg_budget_cell_over_ceiling (const StgBudgetCell *cell)
{
  return cell->ceiling != STG_NO_AMOUNT && cell->planned > cell->ceiling;
}

/* The lines behind a cell */

static char *
lines_where (StgBudgetTable *table,
             guint           row)
{
  if (row == G_MAXUINT)
    return g_strdup ("1");
  switch (table->dimension)
    {
    case STG_BUDGET_BY_OBJECTIVE:
      return g_strdup ("b.objective_id = ?2");
    case STG_BUDGET_BY_CAPABILITY:
      if (stg_budget_table_get_row_key (table, row) == NULL)
        return g_strdup ("NOT EXISTS (SELECT 1 FROM objective_capability oc WHERE oc.objective_id = b.objective_id)");
      return g_strdup ("b.objective_id IN (SELECT oc.objective_id FROM objective_capability oc "
                       "JOIN capability c ON c.id = oc.capability_id WHERE c.kind = ?3)");
    case STG_BUDGET_BY_SOURCE:
      return g_strdup ("b.funding_source = ?3");
    case STG_BUDGET_BY_ACTOR:
    default:
      return g_strdup ("b.actor_id = ?2");
    }
}

GArray *
stg_budget_table_get_lines (StgBudgetTable  *table,
                            guint            row,
                            guint            column,
                            GError         **error)
{
  StgDb *db = stg_store_get_db (table->store);
  g_autofree char *where = lines_where (table, row);
  g_autofree char *sql = g_strdup_printf ("SELECT b.id FROM budget_line b WHERE (?1 = 0 OR b.year = ?1) AND %s "
                                          "ORDER BY b.year, b.id", where);
  sqlite3_stmt *stmt = stg_db_prepare (db, sql, error);
  GArray *ids;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, column == G_MAXUINT ? 0 : stg_budget_table_get_year (table, column));
  if (row != G_MAXUINT && strstr (where, "?2") != NULL)
    sqlite3_bind_int64 (stmt, 2, stg_budget_table_get_row_id (table, row));
  if (row != G_MAXUINT && strstr (where, "?3") != NULL)
    sqlite3_bind_text (stmt, 3, stg_budget_table_get_row_key (table, row), -1, SQLITE_TRANSIENT);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      stg_db_fail (db, sqlite3_reset (stmt), error);
      g_array_unref (ids);
      return NULL;
    }
  sqlite3_reset (stmt);
  return ids;
}
