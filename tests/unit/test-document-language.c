/* test-document-language.c — a document in one language, the interface in the other
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a subprocess whose interface language is pinned
 * (LANGUAGE, with LC_ALL=C.UTF-8 so that no generated locale is needed),
 * checks that the interface really speaks it, then writes a deadline
 * explanation for a client in the other language, from the catalogues in
 * QUALSERV_LOCALEDIR (the build tree's po/).
 *
 * The calendar is open Monday to Friday, 08:30–12:00 and 13:00–16:30
 * (7 h a day) in Toronto. 1.5 business days are 10 h 30: from Tuesday
 * 21 April 2026, 10:00, Tuesday gives 2 h + 3 h 30 = 5 h 30 and Wednesday
 * morning 3 h 30 (9 h); the last 1 h 30 ends on Wednesday at 14:30.
 */
#include <glib/gi18n-lib.h>
#include <locale.h>

#include "qs-deadline.h"
#include "qs-deadline-explanation.h"
#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-test-util.h"

#define HOUR (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)
#define MINUTE (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)

#define FRENCH_TEXT                                                                                  \
  "Reçue le mardi 21 avril, 10 h. 1,5 jour ouvrable de 7 h. Échéance le mercredi 22 avril, 14 h " \
  "30."
#define ENGLISH_TEXT                                                                               \
  "Received Tuesday 21 April, 10:00. 1.5 business days of 7 h. Due Wednesday 22 April, 14:30."

/* The interface as the application sets it up: the process locale and
 * the build tree's catalogues. */
static void
set_up_interface (void)
{
  const char *localedir = g_getenv ("QUALSERV_LOCALEDIR");

  g_assert_nonnull (localedir);
  g_assert_nonnull (setlocale (LC_ALL, ""));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}

static char *
explain (QsLanguage language)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsBusinessHours) hours =
    qs_business_hours_new ("America/Toronto", QS_TEST_OFFICE_HOURS, &error);
  QsDeadlineExplanation *explanation;
  char                  *text;

  g_assert_no_error (error);
  explanation = qs_deadline_explanation_new (hours, qs_test_instant ("2026-04-21T10:00:00-04:00"),
                                             1.5, QS_DURATION_UNIT_BUSINESS_DAYS);
  g_assert_cmpint (qs_deadline_explanation_get_due (explanation), ==,
                   qs_test_instant ("2026-04-22T14:30:00-04:00"));
  text = qs_deadline_explanation_to_text (explanation, language);
  qs_deadline_explanation_free (explanation);
  return text;
}

/* What saving a charter whose review date is not a date says. */
static char *
bad_date_message (void)
{
  g_autoptr (QsCharter) charter = qs_charter_new ();
  g_autoptr (GError) error = NULL;

  g_object_set (charter, "ref", "CH-1", "department-id", "d", "review-date", "2026-02-30", NULL);
  g_assert_false (qs_entity_validate (QS_ENTITY (charter), &error));
  return g_strdup (error->message);
}

static void
run_in_interface (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_french_document_english_interface (void)
{
  g_autofree char *text = NULL, *duration = NULL;

  if (!g_test_subprocess ())
    {
      run_in_interface ("en");
      return;
    }

  set_up_interface ();
  g_assert_cmpint (qs_interface_language (), ==, QS_LANGUAGE_EN);
  g_assert_cmpstr (qs_enum_label (QS_TYPE_LANGUAGE, QS_LANGUAGE_FR), ==, "French");

  text = explain (QS_LANGUAGE_FR);
  g_assert_cmpstr (text, ==, FRENCH_TEXT);
  duration = qs_deadline_format_duration (NULL, 25 * HOUR + 30 * MINUTE, QS_LANGUAGE_FR);
  g_assert_cmpstr (duration, ==, "1 jour 1 h 30");
  g_clear_pointer (&text, g_free);
  text = bad_date_message ();
  g_assert_cmpstr (text, ==,
                   "“2026-02-30” is not a date of the form YYYY-MM-DD (field “review date”).");
}

static void
test_english_document_french_interface (void)
{
  g_autofree char *text = NULL, *duration = NULL;

  if (!g_test_subprocess ())
    {
      run_in_interface ("fr");
      return;
    }

  set_up_interface ();
  g_assert_cmpint (qs_interface_language (), ==, QS_LANGUAGE_FR);
  g_assert_cmpstr (qs_enum_label (QS_TYPE_LANGUAGE, QS_LANGUAGE_FR), ==, "Français");

  text = explain (QS_LANGUAGE_EN);
  g_assert_cmpstr (text, ==, ENGLISH_TEXT);
  duration = qs_deadline_format_duration (NULL, 49 * HOUR, QS_LANGUAGE_EN);
  g_assert_cmpstr (duration, ==, "2 days 1 h");
  /* And the same documents in the interface's own language. */
  g_clear_pointer (&text, g_free);
  text = explain (QS_LANGUAGE_FR);
  g_assert_cmpstr (text, ==, FRENCH_TEXT);
  /* Fields in words, in the interface's language. */
  g_clear_pointer (&text, g_free);
  text = bad_date_message ();
  g_assert_cmpstr (
    text, ==,
    "« 2026-02-30 » n’est pas une date au format AAAA-MM-JJ (champ « date de révision »).");
}

int
main (int argc, char *argv[])
{
  /* No generated locale needed, whatever the caller's: LANGUAGE picks
   * the messages. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document-language/french-document-english-interface",
                   test_french_document_english_interface);
  g_test_add_func ("/document-language/english-document-french-interface",
                   test_english_document_french_interface);

  return g_test_run ();
}
