/* stg-record-editor.c: the editor of one item, beside its list */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "stg-a11y.h"
#include "stg-field-rows.h"
#include "stg-record-editor.h"

/*
 * The editor is built from the record's schema: a "Details" group of field
 * rows, then what an analyst edits from there. On an objective: the links
 * (interests served, threats addressed, roles pursued, capabilities used,
 * supporting actors) as searchable check lists, its budget lines with
 * their total, and its indicators. On a threat: the interests it threatens.
 */

/* The rows of link lists and budget lines are made when first expanded:
 * an objective's editor would otherwise build a hundred rows or more on
 * every selection. */
typedef struct {
  StgLink          link;
  const char      *title;
  GtkWidget       *expander;
  GArray          *ids;       /* candidates, in row order, once filled */
  GPtrArray       *checks;    /* GtkCheckButton per candidate */
  gboolean         filled;
  StgRecordEditor *editor;
} LinkList;

typedef struct {
  GType       type;       /* budget line or indicator */
  GtkWidget  *group;
  GtkWidget  *total_row;  /* budget lines only */
  GArray     *ids;
  GPtrArray  *rows;       /* StgFieldRows per child, NULL until expanded */
  GPtrArray  *expanders;
} ChildList;

struct _StgRecordEditor
{
  GtkBox        parent_instance;

  StgStore     *store;
  StgRecord    *record;
  StgFieldRows *fields;
  GtkWidget    *details;
  GtkWidget    *search;
  GPtrArray    *links;      /* LinkList */
  GPtrArray    *children;   /* ChildList */
  gint64        focus_child; /* a child just added, to focus when shown */
  gboolean      syncing;
};

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (StgRecordEditor, stg_record_editor, GTK_TYPE_BOX)

static void
link_list_free (LinkList *l)
{
  g_array_unref (l->ids);
  g_ptr_array_unref (l->checks);
  g_free (l);
}

static void
free_rows (gpointer rows)
{
  if (rows != NULL)
    stg_field_rows_free (rows);
}

static void
child_list_free (ChildList *c)
{
  g_array_unref (c->ids);
  g_ptr_array_unref (c->rows);
  g_ptr_array_unref (c->expanders);
  g_free (c);
}

static void
toast (StgRecordEditor *self,
       const char      *message,
       gboolean         offer_undo)
{
  g_signal_emit (self, signals[TOAST], 0, message, offer_undo);
}

static void
field_error (const GError *error,
             gpointer      user_data)
{
  toast (user_data, error->message, FALSE);
}

static void
clear (StgRecordEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_box_remove (GTK_BOX (self), child);
  g_clear_pointer (&self->fields, stg_field_rows_free);
  g_ptr_array_set_size (self->links, 0);
  g_ptr_array_set_size (self->children, 0);
  g_clear_object (&self->record);
  self->details = NULL;
  self->search = NULL;
}

/* Links */

static void
link_toggled (GtkCheckButton *check,
              LinkList       *l)
{
  StgRecordEditor *self = g_object_get_data (G_OBJECT (check), "editor");
  gint64 to = *(gint64 *) g_object_get_data (G_OBJECT (check), "id");

  gint64 from = stg_record_get_id (self->record);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->syncing)
    return;
  if (gtk_check_button_get_active (check))
    ok = stg_store_link (self->store, l->link, from, to, &error);
  else
    ok = stg_store_unlink (self->store, l->link, from, to, &error);
  if (!ok)
    toast (self, error->message, FALSE);
}

static gboolean
in_array (GArray *ids,
          gint64  id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
update_link_states (StgRecordEditor *self,
                    LinkList        *l)
{
  g_autoptr(GArray) linked = stg_store_linked (self->store, l->link, stg_record_get_id (self->record), NULL);
  g_autofree char *subtitle = NULL;
  guint n = linked != NULL ? linked->len : 0;

  self->syncing = TRUE;
  for (guint i = 0; i < l->checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (l->checks, i),
                                 in_array (linked, g_array_index (l->ids, gint64, i)));
  self->syncing = FALSE;
  subtitle = n == 0 ? g_strdup (_("None yet"))
             : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u linked", "%u linked", n), n);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (l->expander), subtitle);
}

static void
fill_link_list (LinkList *l)
{
  StgRecordEditor *self = l->editor;
  const StgLinkSchema *schema = stg_link_get_schema (l->link);
  g_autoptr(GArray) ids = NULL;
  g_auto(GStrv) titles = NULL;

  if (l->filled || !stg_store_titles (self->store, schema->to_type (), &ids, &titles, NULL))
    return;
  l->filled = TRUE;
  for (guint i = 0; i < ids->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gint64 id = g_array_index (ids, gint64, i);

      g_array_append_val (l->ids, id);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), titles[i]);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (check), "editor", self);
      g_object_set_data_full (G_OBJECT (check), "id", g_memdup2 (&id, sizeof id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (link_toggled), l);
      g_ptr_array_add (l->checks, check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (l->expander), row);
    }
  update_link_states (self, l);
}

static void
link_expanded (AdwExpanderRow *expander,
               GParamSpec     *pspec,
               LinkList       *l)
{
  if (adw_expander_row_get_expanded (expander))
    fill_link_list (l);
}

static void
search_changed (GtkSearchEntry  *entry,
                StgRecordEditor *self)
{
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);

  for (guint i = 0; i < self->links->len; i++)
    {
      LinkList *l = g_ptr_array_index (self->links, i);
      if (*needle != '\0')
        fill_link_list (l);
      for (guint j = 0; j < l->checks->len; j++)
        {
          GtkWidget *row = gtk_widget_get_ancestor (g_ptr_array_index (l->checks, j), ADW_TYPE_ACTION_ROW);
          g_autofree char *title = g_utf8_casefold (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
          gtk_widget_set_visible (row, strstr (title, needle) != NULL);
        }
      if (*needle != '\0')
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (l->expander), TRUE);
    }
}

static void
add_links (StgRecordEditor *self,
           StgNames        *names,
           const StgLink   *links,
           const char     **titles,
           guint            n)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Links"));
  self->search = gtk_search_entry_new ();
  g_object_set (self->search, "placeholder-text", _("Search the items to link"), NULL);
  stg_a11y_set_label (self->search, _("Search the items to link"));
  g_signal_connect (self->search, "search-changed", G_CALLBACK (search_changed), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), self->search);
  for (guint i = 0; i < n; i++)
    {
      LinkList *l = g_new0 (LinkList, 1);
      l->link = links[i];
      l->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      l->checks = g_ptr_array_new ();
      l->editor = self;
      l->expander = adw_expander_row_new ();
      gtk_widget_set_name (l->expander, stg_link_get_schema (links[i])->table);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (l->expander), _(titles[i]));
      g_signal_connect (l->expander, "notify::expanded", G_CALLBACK (link_expanded), l);
      update_link_states (self, l);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), l->expander);
      g_ptr_array_add (self->links, l);
    }
  gtk_box_append (GTK_BOX (self), group);
}

static gboolean
candidates_changed (StgRecordEditor *self,
                    StgNames        *names)
{
  for (guint i = 0; i < self->links->len; i++)
    {
      LinkList *l = g_ptr_array_index (self->links, i);
      const gint64 *ids;
      const char *const *titles;
      guint n;

      if (!l->filled)
        continue;
      n = stg_names_get (names, stg_link_get_schema (l->link)->to_type (), &ids, &titles);
      if (n != l->ids->len)
        return TRUE;
      for (guint j = 0; j < n; j++)
        {
          GtkWidget *row = gtk_widget_get_ancestor (g_ptr_array_index (l->checks, j), ADW_TYPE_ACTION_ROW);
          if (ids[j] != g_array_index (l->ids, gint64, j) ||
              g_strcmp0 (titles[j], adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))) != 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Budget lines and indicators */

static char *
child_title (StgRecord *child,
             StgNames  *names)
{
  const StgRecordSchema *schema = stg_record_get_schema (child);

  if (G_OBJECT_TYPE (child) == STG_TYPE_BUDGET_LINE)
    {
      g_autofree char *category = stg_display_value (child, stg_record_schema_find (schema, "category"), names);
      /* Translators: a budget line's summary: "2027 · Investment" */
      return g_strdup_printf (_("%lld · %s"), (long long) stg_record_get_int (child, "year"), category);
    }
  return g_strdup (stg_record_get_title (child));
}

static char *
child_subtitle (StgRecord *child,
                StgNames  *names)
{
  const StgRecordSchema *schema = stg_record_get_schema (child);

  if (G_OBJECT_TYPE (child) == STG_TYPE_BUDGET_LINE)
    {
      g_autofree char *actor = stg_display_value (child, stg_record_schema_find (schema, "actor_id"), names);
      g_autofree char *planned = stg_display_value (child, stg_record_schema_find (schema, "planned"), names);
      g_autofree char *actual = stg_display_value (child, stg_record_schema_find (schema, "actual"), names);
      /* Translators: actor, planned and actual amount of a budget line */
      return g_strdup_printf (_("%s · planned %s · actual %s"), actor, planned, *actual ? actual : "—");
    }
  else
    {
      g_autofree char *baseline = stg_display_value (child, stg_record_schema_find (schema, "baseline"), names);
      g_autofree char *target = stg_display_value (child, stg_record_schema_find (schema, "target"), names);
      /* Translators: an indicator's baseline, target and unit */
      return g_strdup_printf (_("from %s to %s %s"), *baseline ? baseline : "—", *target ? target : "—",
                              stg_record_get_text (child, "unit"));
    }
}

static void
delete_child (GtkButton       *button,
              StgRecordEditor *self)
{
  StgRecord *child = g_object_get_data (G_OBJECT (button), "record");
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  if (!stg_store_delete (self->store, G_OBJECT_TYPE (child), stg_record_get_id (child), &error))
    {
      toast (self, error->message, FALSE);
      return;
    }
  label = stg_store_get_undo_label (self->store);
  toast (self, label, TRUE);
}

static void
update_total (StgRecordEditor *self,
              ChildList       *c,
              StgNames        *names)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *planned_text = NULL;
  g_autofree char *actual_text = NULL;
  g_autofree char *text = NULL;
  gint64 planned = 0, actual = 0;

  if (c->total_row == NULL)
    return;
  if (!stg_store_budget_totals (self->store, stg_record_get_id (self->record), &planned, &actual, &error))
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (c->total_row), error->message);
      return;
    }
  planned_text = stg_money_format_currency (planned, stg_names_currency (names));
  actual_text = stg_money_format_currency (actual, stg_names_currency (names));
  /* Translators: the total of an objective's budget lines */
  text = g_strdup_printf (_("Planned %s · actual %s"), planned_text, actual_text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (c->total_row), text);
}

/* The fields of a budget line or indicator, made when first expanded. */
static void
child_expanded (AdwExpanderRow  *expander,
                GParamSpec      *pspec,
                StgRecordEditor *self)
{
  ChildList *c = g_object_get_data (G_OBJECT (expander), "list");
  StgRecord *child = g_object_get_data (G_OBJECT (expander), "record");
  g_autoptr(StgNames) names = NULL;
  GtkWidget *delete, *delete_row;
  StgFieldRows *rows;
  guint i;

  if (!adw_expander_row_get_expanded (expander) || !g_ptr_array_find (c->expanders, expander, &i) ||
      g_ptr_array_index (c->rows, i) != NULL)
    return;
  names = stg_names_new (self->store);
  rows = stg_field_rows_new (self->store, child, names, "objective_id", field_error, self);
  stg_field_rows_add_to (rows, NULL, expander);
  g_ptr_array_index (c->rows, i) = rows;
  delete = gtk_button_new_with_mnemonic (_("_Delete"));
  delete_row = adw_action_row_new ();
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (delete), "record", g_object_ref (child), g_object_unref);
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_child), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (delete_row), delete);
  adw_expander_row_add_row (expander, delete_row);
}

static void
fill_children (StgRecordEditor *self,
               ChildList       *c,
               GListModel      *list,
               StgNames        *names)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(StgRecord) child = g_list_model_get_item (list, i);
      GtkWidget *expander = adw_expander_row_new ();
      g_autofree char *title = child_title (child, names);
      g_autofree char *subtitle = child_subtitle (child, names);
      gint64 id = stg_record_get_id (child);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
      g_object_set_data (G_OBJECT (expander), "list", c);
      g_object_set_data_full (G_OBJECT (expander), "record", g_object_ref (child), g_object_unref);
      g_signal_connect (expander, "notify::expanded", G_CALLBACK (child_expanded), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (c->group), expander);
      g_array_append_val (c->ids, id);
      g_ptr_array_add (c->rows, NULL);
      g_ptr_array_add (c->expanders, expander);
    }
}

static void
add_child (GtkButton       *button,
           StgRecordEditor *self)
{
  ChildList *c = g_object_get_data (G_OBJECT (button), "list");
  g_autoptr(StgRecord) child = stg_record_new (c->type);
  g_autoptr(GError) error = NULL;

  stg_record_set_int (child, "objective_id", stg_record_get_id (self->record));
  if (c->type == STG_TYPE_BUDGET_LINE)
    {
      /* Sensible defaults: the objective's lead pays, from this year. */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      stg_record_set_int (child, "actor_id", stg_record_get_int (self->record, "lead_actor_id"));
      stg_record_set_int (child, "year", g_date_time_get_year (now));
    }
  else
    stg_record_set_text (child, "name", _("New indicator"));
  if (!stg_store_insert (self->store, child, &error))
    toast (self, error->message, FALSE);
  else
    self->focus_child = stg_record_get_id (child);
}

/* The keyboard focus goes to the child just added, which the editor
 * shows once the window has caught up with the edit: the button that
 * added it is rebuilt, and focus would otherwise be lost. */
static void
focus_added_child (StgRecordEditor *self)
{
  for (guint i = 0; self->focus_child != 0 && i < self->children->len; i++)
    {
      ChildList *c = g_ptr_array_index (self->children, i);
      for (guint j = 0; j < c->ids->len; j++)
        if (g_array_index (c->ids, gint64, j) == self->focus_child)
          {
            gtk_widget_child_focus (g_ptr_array_index (c->expanders, j), GTK_DIR_TAB_FORWARD);
            self->focus_child = 0;
            return;
          }
    }
}

static void
add_child_group (StgRecordEditor *self,
                 GType            type,
                 const char      *title,
                 const char      *add_label,
                 StgNames        *names)
{
  ChildList *c = g_new0 (ChildList, 1);
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autoptr(GListModel) list = stg_store_list_where (self->store, type, "objective_id",
                                                     stg_record_get_id (self->record), NULL);

  c->type = type;
  c->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  c->rows = g_ptr_array_new_with_free_func (free_rows);
  c->expanders = g_ptr_array_new ();
  c->group = adw_preferences_group_new ();
  gtk_widget_set_name (c->group, stg_record_type_get_schema (type)->table);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (c->group), title);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_name (add, "add");
  stg_a11y_label_icon_button (add, add_label);
  g_object_set_data (G_OBJECT (add), "list", c);
  g_signal_connect (add, "clicked", G_CALLBACK (add_child), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (c->group), add);
  if (type == STG_TYPE_BUDGET_LINE)
    {
      c->total_row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (c->total_row), _("Total"));
      gtk_widget_add_css_class (c->total_row, "property");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (c->group), c->total_row);
      update_total (self, c, names);
    }
  if (list != NULL)
    fill_children (self, c, list, names);
  gtk_box_append (GTK_BOX (self), c->group);
  g_ptr_array_add (self->children, c);
}

/* Refreshes the children in place, or says they changed too much. */
static gboolean
sync_children (StgRecordEditor *self,
               StgNames        *names)
{
  for (guint i = 0; i < self->children->len; i++)
    {
      ChildList *c = g_ptr_array_index (self->children, i);
      g_autoptr(GListModel) list = stg_store_list_where (self->store, c->type, "objective_id",
                                                         stg_record_get_id (self->record), NULL);
      guint n = list != NULL ? g_list_model_get_n_items (list) : 0;

      if (n != c->ids->len)
        return FALSE;
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(StgRecord) child = g_list_model_get_item (list, j);
          g_autofree char *title = NULL;
          g_autofree char *subtitle = NULL;

          if (stg_record_get_id (child) != g_array_index (c->ids, gint64, j))
            return FALSE;
          if (g_ptr_array_index (c->rows, j) != NULL)
            stg_field_rows_sync (g_ptr_array_index (c->rows, j), child, names);
          g_object_set_data_full (G_OBJECT (g_ptr_array_index (c->expanders, j)), "record",
                                  g_object_ref (child), g_object_unref);
          title = child_title (child, names);
          subtitle = child_subtitle (child, names);
          adw_preferences_row_set_title (g_ptr_array_index (c->expanders, j), title);
          adw_expander_row_set_subtitle (g_ptr_array_index (c->expanders, j), subtitle);
        }
      update_total (self, c, names);
    }
  return TRUE;
}

/* Building */

static void
build (StgRecordEditor *self,
       StgRecord       *record,
       StgNames        *names)
{
  const StgRecordSchema *schema = stg_record_get_schema (record);
  g_autofree char *kind = g_strdup (_(schema->singular));

  self->record = g_object_ref (record);
  self->details = adw_preferences_group_new ();
  /* "objective" as a heading: "Objective" */
  kind[0] = g_ascii_toupper (kind[0]);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->details), kind);
  self->fields = stg_field_rows_new (self->store, record, names, NULL, field_error, self);
  stg_field_rows_add_to (self->fields, ADW_PREFERENCES_GROUP (self->details), NULL);
  gtk_box_append (GTK_BOX (self), self->details);

  if (G_OBJECT_TYPE (record) == STG_TYPE_OBJECTIVE)
    {
      static const StgLink links[] = {
        STG_LINK_OBJECTIVE_INTEREST, STG_LINK_OBJECTIVE_THREAT, STG_LINK_OBJECTIVE_ROLE,
        STG_LINK_OBJECTIVE_CAPABILITY, STG_LINK_OBJECTIVE_SUPPORTING_ACTOR,
      };
      const char *titles[] = {
        N_("Serves vital interests"), N_("Addresses threats"), N_("Pursues roles"),
        N_("Uses capabilities"), N_("Supporting actors"),
      };
      add_links (self, names, links, titles, G_N_ELEMENTS (links));
      add_child_group (self, STG_TYPE_BUDGET_LINE, _("Budget"), _("Add a budget line"), names);
      add_child_group (self, STG_TYPE_INDICATOR, _("Indicators"), _("Add an indicator"), names);
    }
  else if (G_OBJECT_TYPE (record) == STG_TYPE_THREAT)
    {
      static const StgLink links[] = { STG_LINK_THREAT_INTEREST };
      const char *titles[] = { N_("Threatens vital interests") };
      add_links (self, names, links, titles, G_N_ELEMENTS (links));
    }
}

void
stg_record_editor_show (StgRecordEditor *self,
                        StgRecord       *record,
                        StgNames        *names)
{
  g_return_if_fail (STG_IS_RECORD_EDITOR (self));

  if (record != NULL && self->record != NULL &&
      G_OBJECT_TYPE (record) == G_OBJECT_TYPE (self->record) &&
      stg_record_get_id (record) == stg_record_get_id (self->record) &&
      !candidates_changed (self, names))
    {
      g_set_object (&self->record, record);
      stg_field_rows_sync (self->fields, record, names);
      for (guint i = 0; i < self->links->len; i++)
        update_link_states (self, g_ptr_array_index (self->links, i));
      if (sync_children (self, names))
        return;
    }
  if (record != NULL)
    g_object_ref (record);
  clear (self);
  if (record != NULL)
    {
      build (self, record, names);
      focus_added_child (self);
      g_object_unref (record);
    }
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;
      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = find_named (child, name)) != NULL)
        return found;
    }
  return NULL;
}

void
stg_record_editor_focus_field (StgRecordEditor *self,
                               const char      *column)
{
  GtkWidget *row;

  g_return_if_fail (STG_IS_RECORD_EDITOR (self));

  if (self->details != NULL && (row = find_named (self->details, column)) != NULL)
    gtk_widget_grab_focus (row);
}

StgRecord *
stg_record_editor_get_record (StgRecordEditor *self)
{
  g_return_val_if_fail (STG_IS_RECORD_EDITOR (self), NULL);
  return self->record;
}

static void
stg_record_editor_dispose (GObject *object)
{
  StgRecordEditor *self = STG_RECORD_EDITOR (object);

  clear (self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->children, g_ptr_array_unref);

  G_OBJECT_CLASS (stg_record_editor_parent_class)->dispose (object);
}

static void
stg_record_editor_class_init (StgRecordEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = stg_record_editor_dispose;

  /**
   * StgRecordEditor::toast:
   * @message: what to tell the analyst
   * @offer_undo: whether the toast offers to undo the last step
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
stg_record_editor_init (StgRecordEditor *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 24);
  self->links = g_ptr_array_new_with_free_func ((GDestroyNotify) link_list_free);
  self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) child_list_free);
}

GtkWidget *
stg_record_editor_new (StgStore *store)
{
  StgRecordEditor *self = g_object_new (STG_TYPE_RECORD_EDITOR, NULL);

  self->store = g_object_ref (store);
  return GTK_WIDGET (self);
}
