/* test-feedback.c — recording feedback from every channel, and finding it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-action-repository.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-feedback-desk.h"
#include "qs-feedback-query.h"
#include "qs-repository.h"
#include "qs-test-util.h"
#include "requests-fixture.h"

/* A piece of feedback about Human Resources received at @received. */
static QsFeedback *
new_feedback (QsRequestsFixture *fixture,
              QsFeedbackSource   source,
              const char        *received,
              const char        *comment)
{
  QsFeedback *feedback = qs_feedback_new ();
  QsEntity   *entity = QS_ENTITY (feedback);

  qs_entity_set_enum (entity, QS_FEEDBACK_FIELD_SOURCE, source);
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID, fixture->department_id);
  qs_entity_set_int (entity, QS_FEEDBACK_FIELD_RECEIVED_AT, qs_requests_fixture_at (received));
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_COMMENT, comment);
  qs_entity_set_boolean (entity, QS_FEEDBACK_FIELD_ANONYMOUS,
                         source == QS_FEEDBACK_SOURCE_SUGGESTION_BOX ||
                           source == QS_FEEDBACK_SOURCE_COMMENT_BOOK);
  return feedback;
}

static void
record (QsRequestsFixture *fixture, QsFeedback *feedback)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (qs_feedback_desk_record (fixture->store, feedback, qs_test_now (), &error));
  g_assert_no_error (error);
}

static QsFeedback *
reload (QsRequestsFixture *fixture, QsFeedback *feedback)
{
  g_autoptr (GError) error = NULL;
  QsEntity *found = qs_repository_find (qs_store_get_repository (fixture->store, QS_TYPE_FEEDBACK),
                                        qs_entity_get_id (QS_ENTITY (feedback)), &error);

  g_assert_no_error (error);
  return QS_FEEDBACK (found);
}

static gint64
count_feedback (QsRequestsFixture *fixture)
{
  g_autoptr (GError) error = NULL;
  gint64 n = qs_repository_count (qs_store_get_repository (fixture->store, QS_TYPE_FEEDBACK), NULL,
                                  NULL, QS_QUERY_DEFAULT, &error);

  g_assert_no_error (error);
  return n;
}

/* The answer after a request names only the request: who asked, from
 * which department, and which department served them come from it. */
static void
test_record_from_request (QsRequestsFixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = qs_requests_fixture_close_new (
    fixture, fixture->client_fr_id, FALSE, "2026-05-06T10:00:00-04:00");
  g_autoptr (QsFeedback) feedback = qs_feedback_new ();
  g_autoptr (QsFeedback) stored = NULL;
  QsEntity *entity = QS_ENTITY (feedback);

  qs_entity_set_enum (entity, QS_FEEDBACK_FIELD_SOURCE, QS_FEEDBACK_SOURCE_AFTER_REQUEST);
  qs_entity_set_string (entity, QS_FEEDBACK_FIELD_REQUEST_ID,
                        qs_entity_get_id (QS_ENTITY (request)));
  qs_entity_set_int (entity, QS_FEEDBACK_FIELD_RECEIVED_AT,
                     qs_requests_fixture_at ("2026-05-08T09:00:00-04:00"));
  qs_entity_set_int (entity, QS_FEEDBACK_FIELD_RATING, 2);
  record (fixture, feedback);

  stored = reload (fixture, feedback);
  entity = QS_ENTITY (stored);
  g_assert_cmpstr (qs_entity_get_string (entity, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID), ==,
                   fixture->department_id);
  g_assert_cmpstr (qs_entity_get_string (entity, QS_FEEDBACK_FIELD_DEPARTMENT_ID), ==,
                   fixture->client_department_id);
  g_assert_cmpstr (qs_entity_get_string (entity, QS_FEEDBACK_FIELD_CLIENT_ID), ==,
                   fixture->client_fr_id);
  g_assert_cmpint (qs_entity_get_int (entity, QS_FEEDBACK_FIELD_RATING), ==, 2);
}

/* A suggestion box names no one: a client given by a careless import is
 * not kept, nor one added later, nor one kept when an entry is made
 * anonymous afterwards. */
static void
test_anonymous_keeps_no_person (QsRequestsFixture *fixture, gconstpointer data)
{
  g_autoptr (QsFeedback) box = new_feedback (fixture, QS_FEEDBACK_SOURCE_SUGGESTION_BOX,
                                             "2026-05-04T10:00:00-04:00", "More parking");
  g_autoptr (QsFeedback) sheet = new_feedback (fixture, QS_FEEDBACK_SOURCE_FEEDBACK_SHEET,
                                               "2026-05-04T10:00:00-04:00", "Quick answers");
  g_autoptr (QsFeedback) stored = NULL;
  QsRepository *repository = qs_store_get_repository (fixture->store, QS_TYPE_FEEDBACK);
  g_autoptr (GError) error = NULL;

  qs_entity_set_string (QS_ENTITY (box), QS_FEEDBACK_FIELD_CLIENT_ID, fixture->client_fr_id);
  g_assert_true (qs_repository_save (repository, QS_ENTITY (box), &error));
  g_assert_no_error (error);
  stored = reload (fixture, box);
  g_assert_null (qs_entity_get_string (QS_ENTITY (stored), QS_FEEDBACK_FIELD_CLIENT_ID));
  g_clear_object (&stored);

  qs_entity_set_string (QS_ENTITY (box), QS_FEEDBACK_FIELD_CLIENT_ID, fixture->client_en_id);
  g_assert_true (qs_repository_save (repository, QS_ENTITY (box), &error));
  g_assert_no_error (error);
  stored = reload (fixture, box);
  g_assert_null (qs_entity_get_string (QS_ENTITY (stored), QS_FEEDBACK_FIELD_CLIENT_ID));
  g_clear_object (&stored);

  /* Signed, then made anonymous. */
  qs_entity_set_string (QS_ENTITY (sheet), QS_FEEDBACK_FIELD_CLIENT_ID, fixture->client_fr_id);
  record (fixture, sheet);
  stored = reload (fixture, sheet);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (stored), QS_FEEDBACK_FIELD_CLIENT_ID), ==,
                   fixture->client_fr_id);
  g_clear_object (&stored);
  qs_entity_set_boolean (QS_ENTITY (sheet), QS_FEEDBACK_FIELD_ANONYMOUS, TRUE);
  g_assert_true (qs_repository_save (repository, QS_ENTITY (sheet), &error));
  g_assert_no_error (error);
  stored = reload (fixture, sheet);
  g_assert_null (qs_entity_get_string (QS_ENTITY (stored), QS_FEEDBACK_FIELD_CLIENT_ID));
}

/* What a person forgot is said in a sentence, and nothing is written. */
static void
test_refusals (QsRequestsFixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *field;
    const char *value;
  } cases[] = {
    { "provider", NULL }, { "comment", "   " },  { "rating", "6" },
    { "rating", "-1" },   { "source", "after" }, { "received", "2026-11-21T12:00:00Z" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (QsFeedback) feedback = new_feedback (fixture, QS_FEEDBACK_SOURCE_FEEDBACK_SHEET,
                                                      "2026-05-04T10:00:00-04:00", "Quick answers");
      QsEntity *entity = QS_ENTITY (feedback);
      g_autoptr (GError) error = NULL;

      if (g_str_equal (cases[i].field, "provider"))
        qs_entity_set_string (entity, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID, NULL);
      else if (g_str_equal (cases[i].field, "comment"))
        qs_entity_set_string (entity, QS_FEEDBACK_FIELD_COMMENT, cases[i].value);
      else if (g_str_equal (cases[i].field, "rating"))
        qs_entity_set_int (entity, QS_FEEDBACK_FIELD_RATING,
                           g_ascii_strtoll (cases[i].value, NULL, 10));
      else if (g_str_equal (cases[i].field, "source"))
        qs_entity_set_enum (entity, QS_FEEDBACK_FIELD_SOURCE, QS_FEEDBACK_SOURCE_AFTER_REQUEST);
      else
        qs_entity_set_int (entity, QS_FEEDBACK_FIELD_RECEIVED_AT,
                           qs_requests_fixture_at (cases[i].value));

      g_test_message ("case %u: %s", i, cases[i].field);
      g_assert_false (qs_feedback_desk_record (fixture->store, feedback, qs_test_now (), &error));
      g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
      g_assert_cmpint (count_feedback (fixture), ==, 0);
    }
}

/* The ids of the model's items, in order, as one string. */
static char *
listed (QsQueryListModel *model, GPtrArray *all)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr (QsEntity) item = g_list_model_get_item (G_LIST_MODEL (model), i);

      for (guint j = 0; j < all->len; j++)
        if (g_str_equal (qs_entity_get_id (item), qs_entity_get_id (all->pdata[j])))
          g_string_append_printf (text, "%s%u", text->len > 0 ? " " : "", j);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
apply (QsQueryListModel *model, const QsFeedbackFilter *filter, GPtrArray *all)
{
  g_autoptr (GError) error = NULL;

  qs_feedback_query_set (model, filter);
  g_assert_true (qs_query_list_model_reload (model, &error));
  g_assert_no_error (error);
  return listed (model, all);
}

/* Newest first; words found whatever their accents and endings; the
 * channel and the department narrow the list, together too. */
static void
test_query (QsRequestsFixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (QsQueryListModel) model = qs_feedback_query_new_model (fixture->store);
  g_autoptr (QsFeedbackFilter) filter = qs_feedback_filter_new ();
  g_autoptr (GError) error = NULL;
  char *text;

  g_ptr_array_add (all,
                   new_feedback (fixture, QS_FEEDBACK_SOURCE_SUGGESTION_BOX,
                                 "2026-05-04T10:00:00-04:00", "L'imprimante du 3e est en panne"));
  g_ptr_array_add (all,
                   new_feedback (fixture, QS_FEEDBACK_SOURCE_COMMENT_BOOK,
                                 "2026-05-06T10:00:00-04:00", "Très bon accueil à la réception"));
  g_ptr_array_add (all, new_feedback (fixture, QS_FEEDBACK_SOURCE_FOCUS_GROUP,
                                      "2026-05-05T10:00:00-04:00", "Imprimer les fiches de paie"));
  g_ptr_array_add (all, new_feedback (fixture, QS_FEEDBACK_SOURCE_SUGGESTION_BOX,
                                      "2026-05-07T10:00:00-04:00", "Reception hours too short"));
  qs_entity_set_string (all->pdata[3], QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID,
                        fixture->client_department_id);
  for (guint i = 0; i < all->len; i++)
    record (fixture, all->pdata[i]);

  text = apply (model, filter, all);
  g_assert_cmpstr (text, ==, "3 1 2 0");
  g_free (text);

  g_free (filter->search);
  filter->search = g_strdup ("impr");
  text = apply (model, filter, all);
  g_assert_cmpstr (text, ==, "2 0");
  g_free (text);

  g_free (filter->search);
  filter->search = g_strdup ("reception");
  text = apply (model, filter, all);
  g_assert_cmpstr (text, ==, "3 1");
  g_free (text);

  filter->source = QS_FEEDBACK_SOURCE_SUGGESTION_BOX;
  text = apply (model, filter, all);
  g_assert_cmpstr (text, ==, "3");
  g_free (text);

  g_free (filter->provider_department_id);
  filter->provider_department_id = g_strdup (fixture->department_id);
  text = apply (model, filter, all);
  g_assert_cmpstr (text, ==, "");
  g_free (text);

  g_clear_pointer (&filter->search, g_free);
  text = apply (model, filter, all);
  g_assert_cmpstr (text, ==, "0");
  g_free (text);

  /* Deleted, it leaves the list and the index. */
  g_assert_true (qs_repository_delete (qs_store_get_repository (fixture->store, QS_TYPE_FEEDBACK),
                                       all->pdata[2], &error));
  g_assert_no_error (error);
  filter->source = -1;
  g_free (filter->search);
  filter->search = g_strdup ("impr");
  text = apply (model, filter, all);
  g_assert_cmpstr (text, ==, "0");
  g_free (text);
}

/* A low rating after a request becomes a complaint of the same client
 * to the same department, once; an anonymous note, a complaint of no one. */
static void
test_open_complaint (QsRequestsFixture *fixture, gconstpointer data)
{
  g_autoptr (QsRequest) request = qs_requests_fixture_close_new (
    fixture, fixture->client_fr_id, FALSE, "2026-05-06T10:00:00-04:00");
  g_autoptr (QsFeedback) rating =
    new_feedback (fixture, QS_FEEDBACK_SOURCE_AFTER_REQUEST, "2026-05-08T09:00:00-04:00",
                  "Nobody told me the form had changed.\nSecond line.");
  g_autoptr (QsFeedback) note =
    new_feedback (fixture, QS_FEEDBACK_SOURCE_SUGGESTION_BOX, "2026-05-08T09:00:00-04:00", NULL);
  g_autoptr (QsRequest) complaint = NULL;
  g_autoptr (QsRequest) again = NULL;
  g_autoptr (QsRequest) anonymous = NULL;
  g_autoptr (QsFeedback) stored = NULL;
  g_autoptr (GError) error = NULL;
  gint64 now = qs_requests_fixture_at ("2026-05-11T09:00:00-04:00");

  qs_entity_set_string (QS_ENTITY (rating), QS_FEEDBACK_FIELD_REQUEST_ID,
                        qs_entity_get_id (QS_ENTITY (request)));
  qs_entity_set_int (QS_ENTITY (rating), QS_FEEDBACK_FIELD_RATING, 2);
  record (fixture, rating);
  complaint = qs_feedback_desk_open_complaint (fixture->store, rating, "Nadia Roy", now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (complaint);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (complaint), QS_REQUEST_FIELD_KIND), ==,
                   QS_REQUEST_KIND_COMPLAINT);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_SUBJECT), ==,
                   "Nobody told me the form had changed.");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_CLIENT_ID), ==,
                   fixture->client_fr_id);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_DEPARTMENT_ID), ==,
                   fixture->department_id);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (complaint), QS_REQUEST_FIELD_REF), ==,
                   "REQ-2026-00002");
  /* Its deadlines run from now, by the charter's commitments. */
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (complaint), QS_REQUEST_FIELD_RECEIVED_AT), ==,
                   now);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (complaint), QS_REQUEST_FIELD_RESOLUTION_DUE_AT), >,
                   now);

  stored = reload (fixture, rating);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (stored), QS_FEEDBACK_FIELD_COMPLAINT_ID), ==,
                   qs_entity_get_id (QS_ENTITY (complaint)));
  again = qs_feedback_desk_open_complaint (fixture->store, rating, "Nadia Roy", now, &error);
  g_assert_null (again);
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_clear_error (&error);

  qs_entity_set_int (QS_ENTITY (note), QS_FEEDBACK_FIELD_RATING, 1);
  record (fixture, note);
  anonymous = qs_feedback_desk_open_complaint (fixture->store, note, "Nadia Roy", now, &error);
  g_assert_no_error (error);
  g_assert_null (qs_entity_get_string (QS_ENTITY (anonymous), QS_REQUEST_FIELD_CLIENT_ID));
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (anonymous), QS_REQUEST_FIELD_SUBJECT), ==,
                   "Rating of 1 out of 5");
}

/* A suggestion becomes an action in Plan, numbered in its year, linked
 * to it: found again from the suggestion. */
static void
test_propose_action (QsRequestsFixture *fixture, gconstpointer data)
{
  g_autoptr (QsFeedback) note = new_feedback (fixture, QS_FEEDBACK_SOURCE_SUGGESTION_BOX,
                                              "2026-05-08T09:00:00-04:00", "Shorter forms");
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("America/Toronto");
  g_autoptr (QsAction) first = NULL;
  g_autoptr (QsAction) second = NULL;
  g_autoptr (GPtrArray) linked = NULL;
  g_autoptr (GError) error = NULL;
  /* 31 December in Toronto, 1 January in UTC: the year is Toronto's. */
  gint64 now = qs_requests_fixture_at ("2026-12-31T21:00:00-05:00");

  record (fixture, note);
  first = qs_feedback_desk_propose_action (fixture->store, note, now, zone, &error);
  g_assert_no_error (error);
  second = qs_feedback_desk_propose_action (fixture->store, note, now, zone, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (first), QS_ACTION_FIELD_REF), ==,
                   "ACT-2026-001");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (second), QS_ACTION_FIELD_REF), ==,
                   "ACT-2026-002");
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (first), QS_ACTION_FIELD_STAGE), ==,
                   QS_ACTION_STAGE_PLAN);
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (first), QS_ACTION_FIELD_ORIGIN), ==,
                   QS_ACTION_ORIGIN_SUGGESTION);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (first), QS_ACTION_FIELD_TITLE), ==,
                   "Shorter forms");
  linked = qs_action_repository_find_linked (fixture->store, QS_LINK_KIND_FEEDBACK,
                                             qs_entity_get_id (QS_ENTITY (note)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (linked->len, ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func)                                                                            \
  g_test_add ("/feedback/" path, QsRequestsFixture, NULL, qs_requests_fixture_set_up, func,        \
              qs_requests_fixture_tear_down)
  ADD ("record-from-request", test_record_from_request);
  ADD ("anonymous-keeps-no-person", test_anonymous_keeps_no_person);
  ADD ("refusals", test_refusals);
  ADD ("query", test_query);
  ADD ("open-complaint", test_open_complaint);
  ADD ("propose-action", test_propose_action);
#undef ADD

  return g_test_run ();
}
