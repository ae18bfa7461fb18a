/* stg-i18n.c: the program's language and locale, set once at start */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "stg-i18n"

#include "config.h"

#include "strategos/stg-i18n.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

/**
 * stg_i18n_init:
 *
 * Takes the locale from the environment and binds the message catalogue.
 * `STRATEGOS_LOCALEDIR` points at another catalogue folder, so that an
 * uninstalled build (build-aux/run, the tests) speaks the languages it just
 * compiled into `build/po`.
 *
 * gettext ignores `LANGUAGE` in the plain C locale, which is what a bare
 * shell or CI job has: `LANGUAGE=nl strategos --help` would then print
 * English. The messages category is moved to C.UTF-8 in that case, which
 * changes nothing else and lets `LANGUAGE` choose the language.
 */
void
stg_i18n_init (void)
{
  const char *dir = g_getenv ("STRATEGOS_LOCALEDIR");
  const char *language = g_getenv ("LANGUAGE");
  const char *messages;

  setlocale (LC_ALL, "");
  messages = setlocale (LC_MESSAGES, NULL);
  if (language != NULL && language[0] != '\0' && messages != NULL &&
      (strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0))
    setlocale (LC_MESSAGES, "C.UTF-8");

  bindtextdomain (GETTEXT_PACKAGE, dir != NULL && dir[0] != '\0' ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
