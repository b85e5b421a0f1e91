/* qs-test-locale.c — pinning the language a test asserts on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include "qs-test-locale.h"

/* For a test that checks English sentences as a user of a UTF-8 locale
 * reads them, whatever the caller's locale: messages in English
 * (LANGUAGE=en), and, when the caller's locale is not UTF-8 (LC_ALL=C),
 * C.UTF-8, since GLib converts messages to the locale's codeset and a
 * “ would print as ?. The rest of a UTF-8 locale (numbers, dates) is the
 * caller's, so that the tests still run in it.
 *
 * Call it first in main(): it works through the environment, which
 * qualserv-cli's and the application's own setlocale (LC_ALL, "") read
 * again and test subprocesses inherit. */
void
qs_test_use_english_utf8 (void)
{
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");
  if (!g_get_charset (NULL))
    {
      g_setenv ("LC_ALL", "C.UTF-8", TRUE);
      if (setlocale (LC_ALL, "") == NULL || !g_get_charset (NULL))
        g_error ("the C.UTF-8 locale is missing: cannot check messages in UTF-8");
    }
}
