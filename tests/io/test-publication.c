/* test-publication.c — the charter publication in HTML and PDF, and `publish`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture is a published charter (version 2 of CH-DRH) whose measured
 * commitments have requests with outcomes counted by hand over the third
 * quarter of 2026, the last complete quarter before NOW:
 *
 *   acknowledge e-mails (95 % in 24 business hours), across versions 1 and 2:
 *     7 requests in the quarter, 5 acknowledged by their due date → 71.4 %;
 *     one the evening before the quarter, one at the very start of the
 *     next and one deleted request are all late and must not count.
 *   final answer (90 % in 5 business days): 3 requests, 2 on time → 66.7 %.
 *   voicemail (80 % in 4 business hours): no request at all.
 */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "qs-charter-publication.h"
#include "qs-charter-repository.h"
#include "qs-cli.h"
#include "qs-clock.h"
#include "qs-entities.h"
#include "qs-repository.h"
#include "qs-store.h"

#include "qs-cli-test-util.h"
#include "qs-test-locale.h"
#include "qs-test-util.h"

#define PROVIDER "Direction des ressources humaines"
#define PROVIDER_EN "Human Resources Department"
/* The name the directory shows; each document prints its language's. */
#define PROVIDER_TYPED "RH (direction)"
#define LONG_WORD "Anticonstitutionnellementextraordinairementincompréhensibles"
#define ACCENTS "é è à ç ô œ « »"
#define SECURITY_FR                                                                                \
  "Vos données personnelles restent confidentielles : " ACCENTS                                    \
  " ; nous ne les communiquons à personne sans votre accord exprès, même pour un dossier "      \
  "qualifié d’" LONG_WORD " par le service."
#define COURTESY_EN "We answer every message with <b>& care, using the form of address you prefer."
#define COURTESY_FR                                                                                \
  "Nous répondons à chaque message avec <b>& soin, dans la forme d’adresse que vous préférez."

typedef struct
{
  char      *dir;
  char      *db_path;
  QsStore   *store;
  char      *department_id;
  QsCharter *published; /* CH-DRH version 2 */
  GDateTime *now;
} Fixture;

typedef struct
{
  QsCategory     category;
  const char    *text_en;
  const char    *text_fr;
  QsMetric       metric;
  double         target_value;
  QsDurationUnit unit;
  double         threshold;
  QsChannel      channel;
} CommitmentSpec;

static const CommitmentSpec commitments[] = {
  { QS_CATEGORY_AVAILABILITY, "Acknowledge e-mails within 24 business hours",
    "Accuser réception des courriels en 24 heures ouvrables", QS_METRIC_ACKNOWLEDGEMENT, 24,
    QS_DURATION_UNIT_BUSINESS_HOURS, 95, QS_CHANNEL_EMAIL },
  { QS_CATEGORY_AVAILABILITY, "Give a final answer within 5 business days",
    "Donner une réponse définitive en 5 jours ouvrables", QS_METRIC_RESOLUTION, 5,
    QS_DURATION_UNIT_BUSINESS_DAYS, 90, QS_CHANNEL_EMAIL },
  { QS_CATEGORY_AVAILABILITY, "Return voicemail messages within 4 business hours",
    "Rappeler après un message vocal en 4 heures ouvrables", QS_METRIC_ACKNOWLEDGEMENT, 4,
    QS_DURATION_UNIT_BUSINESS_HOURS, 80, QS_CHANNEL_VOICEMAIL },
  { QS_CATEGORY_SECURITY, NULL, SECURITY_FR, QS_METRIC_NONE, NAN, QS_DURATION_UNIT_BUSINESS_HOURS,
    NAN, QS_CHANNEL_ANY },
  { QS_CATEGORY_COURTESY, COURTESY_EN, COURTESY_FR, QS_METRIC_NONE, NAN,
    QS_DURATION_UNIT_BUSINESS_HOURS, NAN, QS_CHANNEL_ANY },
};

enum
{
  ACK_EMAIL,
  FINAL_ANSWER,
  VOICEMAIL,
  SECURITY,
  COURTESY
};

/* Helpers */

static gint64
paris_usec (int year, int month, int day, int hour, int minute)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("Europe/Paris");
  g_autoptr (GDateTime) date = g_date_time_new (zone, year, month, day, hour, minute, 0);

  return g_date_time_to_unix (date) * G_USEC_PER_SEC;
}

static QsCommitment *
add_commitment (QsStore *store, QsCharter *charter, const CommitmentSpec *spec, guint position)
{
  g_autoptr (QsCommitment) commitment = qs_commitment_new ();
  g_autoptr (GError) error = NULL;

  g_object_set (commitment, "category", spec->category, "position", (gint64) position, "text-en",
                spec->text_en, "text-fr", spec->text_fr, "metric", spec->metric, "target-unit",
                spec->unit, "channel", spec->channel, NULL);
  /* Through the field, which takes NaN for "not set". */
  qs_entity_set_double (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_TARGET_VALUE,
                        spec->target_value);
  qs_entity_set_double (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_THRESHOLD_PERCENT,
                        spec->threshold);
  qs_charter_repository_save_commitment (store, charter, commitment, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&commitment);
}

/* The live commitment of @charter whose English or French text is @text. */
static QsCommitment *
find_commitment (QsStore *store, QsCharter *charter, const char *text_fr)
{
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (GError) error = NULL;

  all = qs_charter_repository_get_commitments (store, charter, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    {
      QsEntity *commitment = g_ptr_array_index (all, i);

      if (g_strcmp0 (qs_entity_get_string (commitment, QS_COMMITMENT_FIELD_TEXT_FR), text_fr) == 0)
        return g_object_ref (QS_COMMITMENT (commitment));
    }
  g_assert_not_reached ();
  return NULL;
}

/* A request received at @received whose acknowledgement (or resolution,
 * when @resolution) was due @due and came @done minutes after it was due
 * (negative: before). */
static void
add_request (Fixture      *fixture,
             QsCommitment *commitment,
             gboolean      resolution,
             gint64        received,
             gint64        late_minutes,
             gboolean      deleted)
{
  static guint serial = 0;
  g_autoptr (QsRequest) request = qs_request_new ();
  g_autofree char *ref = g_strdup_printf ("REQ-2026-%05u", ++serial);
  gint64           due = received + G_GINT64_CONSTANT (24) * 3600 * G_USEC_PER_SEC;
  gint64           done = due + late_minutes * 60 * G_USEC_PER_SEC;
  const char      *id = qs_entity_get_id (QS_ENTITY (commitment));

  g_object_set (request, "ref", ref, "subject", "Attestation de salaire", "department-id",
                fixture->department_id, "channel", QS_CHANNEL_EMAIL, "received-at", received, NULL);
  if (resolution)
    g_object_set (request, "commitment-id", id, "resolution-due-at", due, "resolved-at", done,
                  "status", QS_REQUEST_STATUS_RESOLVED, NULL);
  else
    g_object_set (request, "ack-commitment-id", id, "ack-due-at", due, "acknowledged-at", done,
                  "status", QS_REQUEST_STATUS_ACKNOWLEDGED, NULL);
  qs_test_save (fixture->store, request);
  if (deleted)
    {
      g_autoptr (GError) error = NULL;

      qs_repository_delete (qs_store_get_repository (fixture->store, QS_TYPE_REQUEST),
                            QS_ENTITY (request), &error);
      g_assert_no_error (error);
    }
}

/* A review date a year after the store's "now", as publishing requires:
 * publication compares it with the store's clock, never the wall clock. */
static char *
future_review_date (QsStore *store)
{
  g_autoptr (GDateTime) today = qs_clock_get_now_local (qs_store_get_clock (store));
  g_autoptr (GDateTime) next_year = g_date_time_add_years (today, 1);

  return g_date_time_format (next_year, "%Y-%m-%d");
}

static void
publish (QsStore *store, QsCharter *charter)
{
  g_autoptr (GError) error = NULL;

  qs_charter_repository_publish (store, charter, &error);
  g_assert_no_error (error);
}

static void
fill_store (Fixture *fixture)
{
  QsStore *store = fixture->store;
  g_autoptr (QsDepartment) department = qs_department_new ();
  g_autoptr (QsCalendar) calendar = qs_calendar_new ();
  g_autoptr (QsCharter) first = NULL;
  g_autoptr (QsCommitment) ack_v1 = NULL;
  g_autoptr (QsCommitment) ack_v2 = NULL;
  g_autoptr (QsCommitment) final_v2 = NULL;
  g_autofree char *review = future_review_date (store);
  g_autoptr (GError) error = NULL;

  g_object_set (department, "ref", "DRH", "name", PROVIDER_TYPED, "name-fr", PROVIDER, "name-en",
                PROVIDER_EN, "is-provider", TRUE, NULL);
  qs_test_save (store, department);
  fixture->department_id = g_strdup (qs_entity_get_id (QS_ENTITY (department)));
  /* Quarters are counted in the calendar's zone, whatever the machine's. */
  g_object_set (
    calendar, "ref", "CAL-DRH", "name", "Horaires de la DRH", "timezone", "Europe/Paris",
    "weekly-hours",
    "mon=08:30-12:00,13:00-16:30;tue=08:30-12:00,13:00-16:30;"
    "wed=08:30-12:00,13:00-16:30;thu=08:30-12:00,13:00-16:30;fri=08:30-12:00,13:00-16:30",
    "department-id", fixture->department_id, NULL);
  qs_test_save (store, calendar);

  first =
    qs_charter_repository_create (store, fixture->department_id, FALSE, QS_LANGUAGE_FR, &error);
  g_assert_no_error (error);
  /* The French introduction is left unwritten on purpose. */
  g_object_set (first, "values-en", "We commit to listening, fairness and transparency.",
                "values-fr", "Nous nous engageons à l’écoute, à l’équité et à la transparence.",
                "introduction-en",
                "This charter tells the staff what Human Resources promise them.", "review-date",
                review, "calendar-id", qs_entity_get_id (QS_ENTITY (calendar)), NULL);
  qs_charter_repository_save (store, first, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (commitments); i++)
    g_object_unref (add_commitment (store, first, &commitments[i], i));
  publish (store, first);

  /* Version 2: requests received under version 1 still count for it. */
  fixture->published = qs_charter_repository_new_version (store, first, &error);
  g_assert_no_error (error);
  publish (store, fixture->published);

  ack_v1 = find_commitment (store, first, commitments[ACK_EMAIL].text_fr);
  ack_v2 = find_commitment (store, fixture->published, commitments[ACK_EMAIL].text_fr);
  final_v2 = find_commitment (store, fixture->published, commitments[FINAL_ANSWER].text_fr);
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (ack_v1)), !=,
                   qs_entity_get_id (QS_ENTITY (ack_v2)));

  /* 5 of 7 on time in July–September. */
  add_request (fixture, ack_v1, FALSE, paris_usec (2026, 7, 1, 0, 30), -60, FALSE);
  add_request (fixture, ack_v1, FALSE, paris_usec (2026, 7, 15, 9, 0), 90, FALSE);
  add_request (fixture, ack_v2, FALSE, paris_usec (2026, 8, 3, 10, 0), -300, FALSE);
  add_request (fixture, ack_v2, FALSE, paris_usec (2026, 8, 20, 14, 0), -5, FALSE);
  add_request (fixture, ack_v2, FALSE, paris_usec (2026, 9, 10, 8, 45), 0, FALSE);
  add_request (fixture, ack_v2, FALSE, paris_usec (2026, 9, 30, 23, 30), -1, FALSE);
  add_request (fixture, ack_v2, FALSE, paris_usec (2026, 9, 15, 11, 0), 1, FALSE);
  /* Late, but outside the quarter or deleted. */
  add_request (fixture, ack_v2, FALSE, paris_usec (2026, 6, 30, 23, 30), 600, FALSE);
  add_request (fixture, ack_v2, FALSE, paris_usec (2026, 10, 1, 0, 0), 600, FALSE);
  add_request (fixture, ack_v2, FALSE, paris_usec (2026, 8, 5, 9, 0), 600, TRUE);

  /* 2 of 3 on time. */
  add_request (fixture, final_v2, TRUE, paris_usec (2026, 7, 6, 9, 0), -120, FALSE);
  add_request (fixture, final_v2, TRUE, paris_usec (2026, 8, 6, 9, 0), 0, FALSE);
  add_request (fixture, final_v2, TRUE, paris_usec (2026, 9, 7, 9, 0), 2880, FALSE);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("Europe/Paris");
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("qs-publication-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "qualserv.db", NULL);
  fixture->store = qs_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  fixture->now = g_date_time_new (zone, 2026, 11, 15, 12, 0, 0);
  fill_store (fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->published);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->now, g_date_time_unref);
  qs_test_remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
  g_free (fixture->department_id);
}

static char *
publication_html (Fixture *fixture, QsCharter *charter, QsLanguage language)
{
  g_autoptr (QsCharterPublication) publication = NULL;
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;

  publication =
    qs_charter_publication_new (fixture->store, charter, language, fixture->now, &error);
  g_assert_no_error (error);
  g_assert_true (qs_charter_publication_write_html (publication, stream, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

static void
assert_contains (const char *haystack, const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not in the document:\n%s", needle, haystack);
}

static void
assert_lacks (const char *haystack, const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” should not be in the document", needle);
}

/* @text as HTML escapes it. */
static char *
escaped (const char *text)
{
  return g_markup_escape_text (text, -1);
}

/* HTML */

static void
test_html_english (Fixture *fixture, gconstpointer data)
{
  g_autofree char *html = publication_html (fixture, fixture->published, QS_LANGUAGE_EN);
  g_autofree char *security = escaped (SECURITY_FR);
  g_autofree char *courtesy = escaped (COURTESY_EN);
  const char      *availability, *security_heading, *courtesy_heading;

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  assert_contains (html, "<meta charset=\"utf-8\">");
  /* The department's English name, not the French one. */
  assert_contains (html, PROVIDER_EN);
  assert_lacks (html, PROVIDER);
  assert_lacks (html, PROVIDER_TYPED);
  assert_contains (html, "Version 2");
  assert_contains (html, "We commit to listening, fairness and transparency.");
  assert_contains (html, "This charter tells the staff what Human Resources promise them.");

  for (guint i = 0; i < G_N_ELEMENTS (commitments); i++)
    if (commitments[i].text_en != NULL && i != COURTESY)
      assert_contains (html, commitments[i].text_en);
  /* Not written in English: the French text, marked. */
  assert_contains (html, security);
  assert_contains (html, "(translation missing)");
  assert_contains (html, "Some texts are not yet translated into English");

  assert_contains (html, "Target: 95% within 24 business hours");
  assert_contains (html, "Target: 90% within 5 business days");
  assert_contains (html, "Target: 80% within 4 business hours");
  assert_contains (html, "Achieved July–September 2026: 71.4% (7 requests) — below target");
  assert_contains (html, "Achieved July–September 2026: 66.7% (3 requests) — below target");
  assert_contains (html, "Achieved July–September 2026: not enough requests to measure");
  assert_lacks (html, "0.0%");

  /* Text from the database never becomes markup. */
  assert_contains (html, courtesy);
  assert_contains (html, "&lt;b&gt;&amp; care");
  assert_lacks (html, "<b>&");

  /* Categories in their order, each once. */
  availability = strstr (html, "<h3>Availability</h3>");
  security_heading = strstr (html, "<h3>Security</h3>");
  courtesy_heading = strstr (html, "<h3>Courtesy</h3>");
  g_assert_nonnull (availability);
  g_assert_true (availability < security_heading && security_heading < courtesy_heading);
  g_assert_null (strstr (availability + 1, "<h3>Availability</h3>"));
  assert_lacks (html, "<h3>Flexibility</h3>");
}

/* Adds @n ratings after requests to the department, received on
 * 1 October 2026: 5, then 4s. */
static void
add_ratings (Fixture *fixture, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (QsFeedback) feedback = qs_feedback_new ();

      g_object_set (feedback, "source", QS_FEEDBACK_SOURCE_AFTER_REQUEST, "provider-department-id",
                    fixture->department_id, "received-at", paris_usec (2026, 10, 1, 10, 0),
                    "rating", (gint64) (i == 0 ? 5 : 4), NULL);
      qs_test_save (fixture->store, feedback);
    }
}

/* ISO 10002: the charter ends with how to reach the department, how to
 * complain and what a complaint is promised, confidentiality, and what
 * clients said, once five have said it. */
static void
test_html_contact (Fixture *fixture, gconstpointer data)
{
  g_autofree char *few = NULL;
  g_autofree char *enough = NULL;

  add_ratings (fixture, 4);
  few = publication_html (fixture, fixture->published, QS_LANGUAGE_EN);
  g_assert_nonnull (strstr (few, "<section class=\"contact\">\n<h2>How to reach us and give your "
                                 "opinion</h2>"));
  g_assert_nonnull (strstr (few, "We are open Monday to Friday, 08:30–12:00, 13:00–16:30."));
  g_assert_nonnull (strstr (few, "We acknowledge a complaint within 24 business hours and resolve "
                                 "it within 5 business days."));
  g_assert_nonnull (strstr (few, "You may complain in confidence"));
  g_assert_null (strstr (few, "rated how their request was handled"));
  /* The section comes last. */
  g_assert_true (strstr (few, "class=\"contact\"") > strstr (few, "Give a final answer"));

  /* 5 4 4 4, then 5: 22 of 5. */
  add_ratings (fixture, 1);
  enough = publication_html (fixture, fixture->published, QS_LANGUAGE_EN);
  g_assert_nonnull (strstr (enough, "Over the last twelve months, 5 clients rated how their "
                                    "request was handled: 4.4 out of 5 on average."));
}

static void
test_html_french (Fixture *fixture, gconstpointer data)
{
  g_autofree char *html = publication_html (fixture, fixture->published, QS_LANGUAGE_FR);
  g_autofree char *security = escaped (SECURITY_FR);
  g_autofree char *courtesy = escaped (COURTESY_FR);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"fr\">"));
  /* The department's French name. */
  assert_contains (html, PROVIDER);
  assert_lacks (html, PROVIDER_EN);
  assert_lacks (html, PROVIDER_TYPED);
  for (guint i = 0; i < G_N_ELEMENTS (commitments); i++)
    if (i != SECURITY && i != COURTESY)
      assert_contains (html, commitments[i].text_fr);
  assert_contains (html, security);
  assert_contains (html, courtesy);
  assert_contains (html, "<h3>Disponibilité</h3>");
  assert_contains (html, "Nous nous engageons à l’écoute, à l’équité et à la transparence.");

  assert_contains (html, "Objectif\u00a0: 95\u00a0% en 24 heures ouvrables");
  assert_contains (html, "Objectif\u00a0: 90\u00a0% en 5 jours ouvrables");
  assert_contains (
    html, "Résultat juillet–septembre 2026\u00a0: 71,4\u00a0% (7 demandes) — sous l’objectif");
  assert_contains (html, "Résultat juillet–septembre 2026\u00a0: 66,7\u00a0% (3 demandes)");
  assert_contains (html,
                   "Résultat juillet–septembre 2026\u00a0: pas assez de demandes pour mesurer");
  assert_lacks (html, "71.4");

  /* Only the introduction lacks French: it is given in English, marked. */
  assert_contains (
    html, "<p lang=\"en\">This charter tells the staff what Human Resources promise them.</p>");
  assert_contains (html, "(traduction manquante)");
  assert_contains (html, "Certains textes ne sont pas encore traduits en français");
}

/* Nothing is marked missing when every text is there. */
static void
test_html_complete_translation (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsCharter) draft =
    qs_charter_repository_new_version (fixture->store, fixture->published, &error);
  g_autoptr (QsCommitment) security = NULL;
  g_autofree char *html = NULL;

  g_assert_no_error (error);
  g_object_set (draft, "introduction-fr", "Cette charte dit au personnel ce que promettent les RH.",
                NULL);
  qs_charter_repository_save (fixture->store, draft, &error);
  g_assert_no_error (error);
  security = find_commitment (fixture->store, draft, SECURITY_FR);
  g_object_set (security, "text-en", "Your personal data stay confidential.", NULL);
  qs_charter_repository_save_commitment (fixture->store, draft, security, &error);
  g_assert_no_error (error);

  g_clear_pointer (&html, g_free);
  html = publication_html (fixture, draft, QS_LANGUAGE_EN);
  assert_contains (html, "Your personal data stay confidential.");
  assert_lacks (html, "translation missing");
  assert_lacks (html, "not yet translated");
  assert_contains (html, "Version 3 · draft, not published");

  g_clear_pointer (&html, g_free);
  html = publication_html (fixture, draft, QS_LANGUAGE_FR);
  assert_lacks (html, "traduction manquante");
  assert_contains (html, "Cette charte dit au personnel ce que promettent les RH.");
}

/* PDF */

/* @text without any white space or hyphen: lines wrap and break words in
 * the PDF, so this is what "every word is there" is compared on. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00a0 && c != 0x202f && c != '-' && c != 0x2010)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
assert_in_pdf_text (const char *squeezed_pdf, const char *text)
{
  g_autofree char *needle = squeeze (text);

  if (strstr (squeezed_pdf, needle) == NULL)
    g_error ("“%s” is not in the PDF text:\n%s", text, squeezed_pdf);
}

/* The text of the PDF as pdftotext sees it, pages separated by \f;
 * NULL (and the test skipped) without poppler-utils. */
static char *
pdf_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char      *argv[] = { pdftotext, "-layout", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int   status;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
count_pages (const char *text)
{
  guint pages = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\f')
      pages++;
  return pages;
}

static char *
write_pdf (Fixture *fixture, QsCharter *charter, QsLanguage language, const char *name)
{
  g_autoptr (QsCharterPublication) publication = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  publication =
    qs_charter_publication_new (fixture->store, charter, language, fixture->now, &error);
  g_assert_no_error (error);
  g_assert_true (qs_charter_publication_write_pdf (publication, file, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void
test_pdf_french (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = write_pdf (fixture, fixture->published, QS_LANGUAGE_FR, "charte.pdf");
  g_autofree char *text = pdf_text (path);
  g_autofree char *squeezed = NULL;
  g_autofree char *head = NULL;

  if (text == NULL)
    return;
  g_assert_true (g_file_get_contents (path, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF-"));

  squeezed = squeeze (text);
  for (guint i = 0; i < G_N_ELEMENTS (commitments); i++)
    assert_in_pdf_text (squeezed, commitments[i].text_fr);
  assert_in_pdf_text (squeezed, PROVIDER);
  assert_in_pdf_text (squeezed, "Nos engagements");
  assert_in_pdf_text (squeezed, "Objectif : 95 % en 24 heures ouvrables");
  assert_in_pdf_text (squeezed, "Résultat juillet–septembre 2026 : 71,4 % (7 demandes)");
  assert_in_pdf_text (squeezed, "Résultat juillet–septembre 2026 : 66,7 % (3 demandes)");
  assert_in_pdf_text (squeezed, "pas assez de demandes pour mesurer");
  assert_in_pdf_text (squeezed, "traduction manquante");
  /* Accents and the long word render as text, not as missing glyphs. */
  assert_in_pdf_text (squeezed, ACCENTS);
  assert_in_pdf_text (squeezed, LONG_WORD);
  /* The last section: how to reach the department and complain. */
  assert_in_pdf_text (squeezed, "Nous joindre et donner votre avis");
  assert_in_pdf_text (squeezed,
                      "Nous sommes ouverts du lundi au vendredi, 08:30–12:00, 13:00–16:30.");
  assert_in_pdf_text (squeezed, "Nous accusons réception d’une plainte dans un délai de 24 heures "
                                "ouvrables et la réglons dans un délai de 5 jours ouvrables.");
  /* Five commitments and that section fit on two pages, numbered. */
  g_assert_cmpuint (count_pages (text), ==, 2);
  assert_in_pdf_text (squeezed, "1 / 2");
}

static void
test_pdf_english (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = write_pdf (fixture, fixture->published, QS_LANGUAGE_EN, "charter.pdf");
  g_autofree char *text = pdf_text (path);
  g_autofree char *squeezed = NULL;

  if (text == NULL)
    return;
  squeezed = squeeze (text);
  assert_in_pdf_text (squeezed, commitments[ACK_EMAIL].text_en);
  assert_in_pdf_text (squeezed, COURTESY_EN);
  assert_in_pdf_text (squeezed, "Achieved July–September 2026: 71.4% (7 requests)");
  assert_in_pdf_text (squeezed, "Achieved July–September 2026: 66.7% (3 requests)");
  assert_in_pdf_text (squeezed, "Target: 90% within 5 business days");
  assert_in_pdf_text (squeezed, "translation missing");
}

/* The text of commitment @i of the long charter, numbered at both ends
 * so that a lost line shows. */
static char *
long_charter_text (guint i)
{
  return g_strdup_printf ("Engagement numéro %u : nous traitons chaque demande de la catégorie "
                          "avec soin, dans la langue officielle choisie par le client, et nous "
                          "l’informons à chaque étape (%s, fin %u).",
                          i + 1, i % 10 == 0 ? LONG_WORD : "délai connu", i + 1);
}

/* A draft of 40 commitments of every category. */
static QsCharter *
make_long_charter (Fixture *fixture)
{
  g_autoptr (QsCharter) charter = NULL;
  g_autoptr (GError) error = NULL;

  charter = qs_charter_repository_create (fixture->store, fixture->department_id, FALSE,
                                          QS_LANGUAGE_FR, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *text = long_charter_text (i);
      CommitmentSpec   spec = {
          i % 7, NULL, text, QS_METRIC_NONE, NAN, QS_DURATION_UNIT_BUSINESS_HOURS, NAN, QS_CHANNEL_ANY
      };

      g_object_unref (add_commitment (fixture->store, charter, &spec, i / 7));
    }
  return g_steal_pointer (&charter);
}

static void
test_pdf_pages (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = make_long_charter (fixture);
  g_autofree char *path = write_pdf (fixture, charter, QS_LANGUAGE_FR, "long.pdf");
  g_autofree char *text = pdf_text (path);
  g_autofree char *squeezed = NULL;
  g_autofree char *last_footer = NULL;
  guint            pages;

  if (text == NULL)
    return;
  pages = count_pages (text);
  g_assert_cmpuint (pages, >, 1);
  squeezed = squeeze (text);
  last_footer = g_strdup_printf ("%u / %u", pages, pages);
  assert_in_pdf_text (squeezed, last_footer);

  /* Every line of every commitment is on some page. */
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *text_fr = long_charter_text (i);
      assert_in_pdf_text (squeezed, text_fr);
    }
}

/* Printing lays out the same document on the page it is given. */
static void
test_paginate (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = make_long_charter (fixture);
  g_autoptr (QsCharterPublication) publication = NULL;
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t         *cr = cairo_create (surface);
  int              a4, a5;

  publication =
    qs_charter_publication_new (fixture->store, charter, QS_LANGUAGE_EN, fixture->now, &error);
  g_assert_no_error (error);

  a4 = qs_charter_publication_paginate (publication, cr, 559, 806);
  g_assert_cmpint (a4, >, 1);
  for (int page = 0; page < a4; page++)
    {
      double x, y, width, height;

      qs_charter_publication_draw_page (publication, cr, page);
      cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
      g_assert_cmpfloat (width, >, 0);
      /* Nothing is drawn outside the page. */
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x + width, <=, 559);
      g_assert_cmpfloat (y + height, <=, 806);
    }

  /* A smaller page takes more of them. */
  a5 = qs_charter_publication_paginate (publication, cr, 384, 559);
  g_assert_cmpint (a5, >, a4);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* On a page narrower than the long word, the word breaks instead of
 * running off the page. */
static void
test_paginate_narrow (Fixture *fixture, gconstpointer data)
{
  g_autoptr (QsCharter) charter = make_long_charter (fixture);
  g_autoptr (QsCharterPublication) publication = NULL;
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t         *cr = cairo_create (surface);
  double           x, y, width, height;
  int              pages;

  publication =
    qs_charter_publication_new (fixture->store, charter, QS_LANGUAGE_FR, fixture->now, &error);
  g_assert_no_error (error);
  pages = qs_charter_publication_paginate (publication, cr, 200, 400);
  g_assert_cmpint (pages, >, 1);
  for (int page = 0; page < pages; page++)
    qs_charter_publication_draw_page (publication, cr, page);
  cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (x + width, <=, 200);
  g_assert_cmpfloat (y + height, <=, 400);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The command line */

static void
test_cli_writes (Fixture *fixture, gconstpointer data)
{
  g_autofree char *html_path = g_build_filename (fixture->dir, "charter.html", NULL);
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "charte.pdf", NULL);
  const char      *html_argv[] = { "publish", "CH-DRH", "--format", "html", "--lang",
                                   "en",      "-o",     html_path,  NULL };
  const char      *pdf_argv[] = { "publish", "--format=pdf", "-o", pdf_path, "CH-DRH", NULL };
  g_autofree char *html = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;

  g_assert_cmpint (qs_test_run_cli (qs_cli_publish, fixture->db_path, html_argv), ==, 0);
  g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  assert_contains (html, commitments[FINAL_ANSWER].text_en);
  assert_contains (html, "Version 2");
  g_assert_true (g_str_has_suffix (html, "</html>\n"));

  /* Without --lang, the charter's own language: French. */
  g_assert_cmpint (qs_test_run_cli (qs_cli_publish, fixture->db_path, pdf_argv), ==, 0);
  g_assert_true (g_file_get_contents (pdf_path, &pdf, NULL, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  text = pdf_text (pdf_path);
  if (text == NULL)
    return;
  squeezed = squeeze (text);
  assert_in_pdf_text (squeezed, commitments[FINAL_ANSWER].text_fr);
  assert_in_pdf_text (squeezed, "Nos engagements");
}

/* A draft made after the publication is not what `publish` writes. */
static void
test_cli_ignores_draft (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "charter.html", NULL);
  const char      *argv[] = { "publish", "CH-DRH", "--format", "html", "-o", path, NULL };
  g_autoptr (QsCharter) draft = NULL;
  g_autoptr (QsCommitment) added = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *html = NULL;
  CommitmentSpec   spec = { QS_CATEGORY_FLEXIBILITY,
                            "Not yet published",
                            "Pas encore publié",
                            QS_METRIC_NONE,
                            NAN,
                            QS_DURATION_UNIT_BUSINESS_HOURS,
                            NAN,
                            QS_CHANNEL_ANY };

  draft = qs_charter_repository_new_version (fixture->store, fixture->published, &error);
  g_assert_no_error (error);
  added = add_commitment (fixture->store, draft, &spec, 0);

  g_assert_cmpint (qs_test_run_cli (qs_cli_publish, fixture->db_path, argv), ==, 0);
  g_assert_true (g_file_get_contents (path, &html, NULL, NULL));
  assert_contains (html, "Version 2");
  assert_lacks (html, "Pas encore publié");
}

typedef struct
{
  const char *args[10];
  const char *message;
} UsageCase;

#define OUT "@OUT@"

static const UsageCase usage_cases[] = {
  { { "publish", "CH-X", "--format", "pdf", "-o", OUT },
    "qualserv-cli publish: no charter has the reference “CH-X”.\n" },
  { { "publish", "CH-DRAFT", "--format", "html", "-o", OUT },
    "qualserv-cli publish: the charter “CH-DRAFT” has no published version yet; "
    "publish it in QualServ first.\n" },
  { { "publish", "CH-DRH", "--format", "docx", "-o", OUT },
    "qualserv-cli publish: --format must be pdf or html, not “docx”.\n" },
  { { "publish", "CH-DRH", "-o", OUT },
    "qualserv-cli publish: say which format to write: --format pdf or --format html.\n" },
  { { "publish", "CH-DRH", "--format", "pdf", "--lang", "de", "-o", OUT },
    "qualserv-cli publish: --lang must be fr or en, not “de”.\n" },
  { { "publish", "CH-DRH", "--format", "pdf" },
    "qualserv-cli publish: say where to write the document: -o FILE.\n" },
  { { "publish", "--format", "pdf", "-o", OUT },
    "qualserv-cli publish: name the charter to publish by its reference, for example CH-RH.\n" },
  { { "publish", "CH-DRH", "--format", "pdf", "-o", "/nonexistent/charter.pdf" },
    "qualserv-cli publish: the folder “/nonexistent” does not exist.\n" },
};

/* In a subprocess, to see exactly what reaches stderr; an existing file
 * named by -o is left as it was. */
static void
test_cli_usage (Fixture *fixture, gconstpointer data)
{
  const UsageCase *usage = &usage_cases[GPOINTER_TO_UINT (data)];

  if (g_test_subprocess ())
    {
      g_autofree char *out = g_build_filename (fixture->dir, "existing.pdf", NULL);
      g_autoptr (QsCharter) draft = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (QsDepartment) other = qs_department_new ();
      g_autofree char *kept = NULL;
      const char      *argv[11] = { NULL };

      /* A charter that was never published. */
      g_object_set (other, "ref", "DRAFT", "name", "Service en projet", "is-provider", TRUE, NULL);
      qs_test_save (fixture->store, other);
      draft = qs_charter_repository_create (fixture->store, qs_entity_get_id (QS_ENTITY (other)),
                                            TRUE, QS_LANGUAGE_FR, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (draft), QS_CHARTER_FIELD_REF), ==,
                       "CH-DRAFT");

      g_assert_true (g_file_set_contents (out, "kept", -1, NULL));
      for (guint i = 0; usage->args[i] != NULL; i++)
        argv[i] = g_str_equal (usage->args[i], OUT) ? out : usage->args[i];
      g_assert_cmpint (qs_test_run_cli (qs_cli_publish, fixture->db_path, argv), ==, 1);
      g_assert_true (g_file_get_contents (out, &kept, NULL, NULL));
      g_assert_cmpstr (kept, ==, "kept");
      return;
    }
  qs_test_assert_cli_error (usage->message);
}

int
main (int argc, char *argv[])
{
  /* English sentences in UTF-8, whatever the caller's locale. */
  qs_test_use_english_utf8 ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/publication/html/english", test_html_english);
  ADD ("/publication/html/french", test_html_french);
  ADD ("/publication/html/contact", test_html_contact);
  ADD ("/publication/html/complete-translation", test_html_complete_translation);
  ADD ("/publication/pdf/french", test_pdf_french);
  ADD ("/publication/pdf/english", test_pdf_english);
  ADD ("/publication/pdf/pages", test_pdf_pages);
  ADD ("/publication/paginate", test_paginate);
  ADD ("/publication/paginate/narrow", test_paginate_narrow);
  ADD ("/publication/cli/writes", test_cli_writes);
  ADD ("/publication/cli/ignores-draft", test_cli_ignores_draft);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/publication/cli/usage/%u", i);
      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up, test_cli_usage,
                  fixture_tear_down);
    }

  return g_test_run ();
}
