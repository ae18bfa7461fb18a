/* stg-application.c: the Strategos desktop application */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "stg-application.h"
#include "stg-first-frame.h"
#include "stg-preferences-window.h"
#include "stg-resources.h"
#include "stg-settings.h"
#include "stg-window.h"

struct _StgApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (StgApplication, stg_application, ADW_TYPE_APPLICATION)

static StgWindow *open_file_with (StgApplication *self, GFile *file, gboolean read_only);

static void
locked_response (AdwMessageDialog *dialog,
                 const char       *response,
                 StgApplication   *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  if (g_strcmp0 (response, "read-only") == 0)
    open_file_with (self, file, TRUE);
}

/* The file is being edited elsewhere: say by whom, offer to read it. */
static void
offer_read_only (StgApplication *self,
                 GFile          *file,
                 const GError   *error)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Strategy Already Open"), error->message);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "read-only", _("Open _Read-Only"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "read-only");
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "read-only", ADW_RESPONSE_SUGGESTED);
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (locked_response), self);
  if (parent == NULL)
    gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_error (StgApplication *self,
            const GError   *error)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Open the Strategy"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (parent == NULL)
    gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The window already showing @path, if any: a file is open once. */
static StgWindow *
find_window (StgApplication *self,
             GFile          *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      g_autoptr(GFile) shown = NULL;

      if (!STG_IS_WINDOW (l->data))
        continue;
      shown = g_file_new_for_path (stg_store_get_path (stg_window_get_store (l->data)));
      if (g_file_equal (shown, file))
        return l->data;
    }
  return NULL;
}

/* A file that cannot be written, or whose folder cannot (SQLite needs to
 * make its journal there), is opened read-only rather than refused. */
static gboolean
writable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_access (path, W_OK) == 0 && g_access (dir, W_OK) == 0;
}

static StgWindow *
open_file_with (StgApplication *self,
                GFile          *file,
                gboolean        read_only)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *uri = g_file_get_uri (file);
  StgWindow *window = find_window (self, file);

  if (window == NULL)
    {
      read_only = read_only || (path != NULL && !writable (path));
      store = path == NULL ? NULL
              : stg_store_open (path, (read_only ? STG_STORE_OPEN_READ_ONLY : STG_STORE_OPEN_DEFAULT) |
                                      /* The window checks the pages in a thread. */
                                      STG_STORE_OPEN_CHECK_LATER, &error);
      if (store == NULL)
        {
          if (error == NULL)
            g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Could not open “%s”: only local files can be opened"), uri);
          if (g_error_matches (error, STG_STORE_ERROR, STG_STORE_ERROR_LOCKED))
            offer_read_only (self, file, error);
          else
            show_error (self, error);
          return NULL;
        }
      window = stg_window_new (ADW_APPLICATION (self), store);
      if (read_only)
        stg_window_toast (window, _("This file is open read-only: changes cannot be saved to it"), FALSE);
      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
      stg_first_frame_watch (GTK_WINDOW (window));
    }
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static StgWindow *
open_file (StgApplication *self,
           GFile          *file)
{
  return open_file_with (self, file, FALSE);
}

/* The strategy worked on last, if it is still there. */
static GFile *
most_recent_file (void)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GtkRecentInfo *best = NULL;
  GFile *file = NULL;

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      if (!g_str_has_suffix (gtk_recent_info_get_uri (info), ".strategos") || !gtk_recent_info_exists (info))
        continue;
      if (best == NULL || g_date_time_compare (gtk_recent_info_get_modified (info),
                                               gtk_recent_info_get_modified (best)) > 0)
        best = info;
    }
  if (best != NULL)
    file = g_file_new_for_uri (gtk_recent_info_get_uri (best));
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  return file;
}

/* The sample strategy in the user's data folder, made on first start so
 * that a new analyst sees a whole strategy rather than an empty window. */
static GFile *
sample_file (GError **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "strategos", NULL);
  g_autofree char *path = g_build_filename (dir, "sample.strategos", NULL);
  g_autoptr(StgStore) store = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_mkdir_with_parents (dir, 0700);
      store = stg_store_create (path, NULL, STG_STORE_CREATE_SAMPLE, error);
      if (store == NULL)
        return NULL;
    }
  return g_file_new_for_path (path);
}

static void
stg_application_activate (GApplication *application)
{
  StgApplication *self = STG_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) sample = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  if ((sample = most_recent_file ()) != NULL)
    {
      open_file (self, sample);
      return;
    }
  if ((sample = sample_file (&error)) == NULL)
    show_error (self, error);
  else if ((window = GTK_WINDOW (open_file (self, sample))) != NULL)
    stg_window_toast (STG_WINDOW (window),
                      _("This is an illustrative sample strategy, a copy of your own to explore. Start yours with New Strategy in the menu"),
                      FALSE);
}

static void
stg_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    open_file (STG_APPLICATION (application), files[i]);
}

static void
open_response (GtkNativeDialog *dialog,
               int              response,
               StgApplication  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    open_file (self, file);
  g_object_unref (dialog);
}

/* A file chooser for strategy files over the active window; it frees
 * itself in @response. */
static GtkFileChooserNative *
strategy_chooser (StgApplication       *self,
                  const char           *title,
                  GtkFileChooserAction  action,
                  const char           *accept,
                  GCallback             response)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (title, parent, action, accept, _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Strategy files"));
  gtk_file_filter_add_pattern (filter, "*.strategos");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", response, self);
  return dialog;
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkFileChooserNative *dialog = strategy_chooser (user_data, _("Open Strategy"), GTK_FILE_CHOOSER_ACTION_OPEN,
                                                   _("_Open"), G_CALLBACK (open_response));

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
new_response (GtkNativeDialog *dialog,
              int              response,
              StgApplication  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StgStore) store = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      path = g_file_get_path (file);
      if (!g_str_has_suffix (path, ".strategos"))
        {
          char *with_suffix = g_strconcat (path, ".strategos", NULL);
          g_free (path);
          path = with_suffix;
        }
      if ((store = stg_store_create (path, NULL, STG_STORE_CREATE_EMPTY, &error)) == NULL)
        show_error (self, error);
      else
        gtk_window_present (GTK_WINDOW (stg_window_new (ADW_APPLICATION (self), store)));
    }
  g_object_unref (dialog);
}

static void
new_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  GtkFileChooserNative *dialog = strategy_chooser (user_data, _("New Strategy"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                                   _("_Create"), G_CALLBACK (new_response));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("New strategy.strategos"));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  StgApplication *self = user_data;
  const char *developers[] = { _("The Strategos team"), NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Strategos"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Draft a national security strategy and follow its implementation"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (stg_preferences_window_new (parent, stg_settings_get ())));
}

static void
open_recent_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_file (user_data, file);
}

/* Opens a file read-only (a saved version, written out for the purpose). */
static void
open_read_only_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  open_file_with (user_data, file, TRUE);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "new", new_activated },
  { "open", open_activated },
  { "open-recent", open_recent_activated, "s" },
  { "open-read-only", open_read_only_activated, "s" },
  { "preferences", preferences_activated },
  { "about", about_activated },
  { "quit", quit_activated },
};

static void
stg_application_startup (GApplication *application)
{
  /* Ctrl+N adds an item to the page in view, the more frequent act. */
  static const char *new_accels[] = { "<Control><Shift>n", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (stg_application_parent_class)->startup (application);
  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.new", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences", preferences_accels);
  /* Without the settings schema there is nothing to keep preferences in. */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (application), "preferences")),
                               stg_settings_get () != NULL);
}

static void
stg_application_class_init (StgApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = stg_application_activate;
  app_class->open = stg_application_open;
  app_class->startup = stg_application_startup;
}

static void
stg_application_init (StgApplication *self)
{
}

StgApplication *
stg_application_new (void)
{
  /* A static library's resources must be registered by hand: the linker
   * drops an unreferenced object whose constructor would have done it. */
  stg_gui_register_resource ();
  return g_object_new (STG_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/strategos/Strategos",
                       NULL);
}
