/* test-entity.c — the generic entity layer: properties, defaults, validation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"

static void
test_entity_ids (void)
{
  g_autoptr (QsRequest) a = qs_request_new ();
  g_autoptr (QsRequest) b = qs_request_new ();
  g_autoptr (QsEntity) c = g_object_new (QS_TYPE_CLIENT, "id", "fixed-id", NULL);

  g_assert_true (g_uuid_string_is_valid (qs_entity_get_id (QS_ENTITY (a))));
  g_assert_cmpstr (qs_entity_get_id (QS_ENTITY (a)), !=, qs_entity_get_id (QS_ENTITY (b)));
  g_assert_cmpstr (qs_entity_get_id (c), ==, "fixed-id");
}

static void
test_entity_properties (void)
{
  g_autoptr (QsRequest) request = qs_request_new ();
  g_autofree char *subject = NULL;
  QsRequestStatus  status;
  gint64           received;
  gboolean         confidential;

  /* Defaults: first enum value, unset timestamps, no text. */
  g_assert_cmpint (qs_entity_get_enum (QS_ENTITY (request), QS_REQUEST_FIELD_STATUS), ==,
                   QS_REQUEST_STATUS_RECEIVED);
  g_assert_cmpint (qs_entity_get_int (QS_ENTITY (request), QS_REQUEST_FIELD_RECEIVED_AT), ==, 0);
  g_assert_null (qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_SUBJECT));

  g_object_set (request, "subject", "Badge d’accès refusé", "status", QS_REQUEST_STATUS_IN_ANALYSIS,
                "received-at", (gint64) 1767261600000000, "confidential", TRUE, NULL);
  g_object_get (request, "subject", &subject, "status", &status, "received-at", &received,
                "confidential", &confidential, NULL);
  g_assert_cmpstr (subject, ==, "Badge d’accès refusé");
  g_assert_cmpint (status, ==, QS_REQUEST_STATUS_IN_ANALYSIS);
  g_assert_cmpint (received, ==, 1767261600000000);
  g_assert_true (confidential);
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (request), QS_REQUEST_FIELD_SUBJECT), ==,
                   "Badge d’accès refusé");
}

static void
count_notify_cb (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

static void
test_entity_notify_only_on_change (void)
{
  g_autoptr (QsClient) client = qs_client_new ();
  guint count = 0;

  g_signal_connect (client, "notify::email", G_CALLBACK (count_notify_cb), &count);
  qs_entity_set_string (QS_ENTITY (client), QS_CLIENT_FIELD_EMAIL, "a@example.org");
  qs_entity_set_string (QS_ENTITY (client), QS_CLIENT_FIELD_EMAIL, "a@example.org");
  g_object_set (client, "email", "a@example.org", NULL);
  g_assert_cmpuint (count, ==, 1);
  g_object_set (client, "email", "b@example.org", NULL);
  g_assert_cmpuint (count, ==, 2);
}

static void
test_entity_optional_double (void)
{
  g_autoptr (QsCommitment) commitment = qs_commitment_new ();
  QsEntity *entity = QS_ENTITY (commitment);

  g_assert_true (isnan (qs_entity_get_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT)));
  g_assert_false (qs_entity_field_is_set (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT));
  qs_entity_set_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT, 95.0);
  g_assert_true (qs_entity_field_is_set (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT));
  g_assert_cmpfloat (qs_entity_get_double (entity, QS_COMMITMENT_FIELD_THRESHOLD_PERCENT), ==,
                     95.0);
}

static void
test_entity_validate (void)
{
  g_autoptr (QsRequest) request = qs_request_new ();
  g_autoptr (QsCharter) charter = qs_charter_new ();
  g_autoptr (GError) error = NULL;

  /* ref, subject and received_at are required; the message names the
   * field in words, not its column. */
  g_assert_false (qs_entity_validate (QS_ENTITY (request), &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The field “reference” must not be empty.");
  g_clear_error (&error);
  g_object_set (request, "ref", "REQ-2026-00001", "subject", "Test", NULL);
  g_assert_false (qs_entity_validate (QS_ENTITY (request), &error));
  g_assert_cmpstr (error->message, ==, "The field “date received” must not be empty.");
  g_clear_error (&error);

  g_object_set (request, "ref", "REQ-2026-00001", "subject", "Test", "received-at", (gint64) 1,
                NULL);
  g_assert_true (qs_entity_validate (QS_ENTITY (request), &error));
  g_assert_no_error (error);

  g_object_set (charter, "ref", "CH-1", "department-id", "d", "review-date", "2026-02-30", NULL);
  g_assert_false (qs_entity_validate (QS_ENTITY (charter), &error));
  g_assert_error (error, QS_ERROR, QS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "“2026-02-30” is not a date of the form YYYY-MM-DD (field “review date”).");
  g_clear_error (&error);

  g_object_set (charter, "review-date", "2026-02-28", NULL);
  g_assert_true (qs_entity_validate (QS_ENTITY (charter), &error));
}

static void
test_entity_erase_personal (void)
{
  g_autoptr (QsClient) client = qs_client_new ();

  g_object_set (client, "given-name", "Élise", "family-name", "Tremblay", "email",
                "elise.tremblay@example.org", "phone", "555-0101", "role", "Analyste", "language",
                QS_LANGUAGE_FR, "department-id", "dept-1", NULL);
  qs_entity_erase_personal (QS_ENTITY (client));

  g_assert_null (qs_entity_get_string (QS_ENTITY (client), QS_CLIENT_FIELD_GIVEN_NAME));
  g_assert_null (qs_entity_get_string (QS_ENTITY (client), QS_CLIENT_FIELD_FAMILY_NAME));
  g_assert_null (qs_entity_get_string (QS_ENTITY (client), QS_CLIENT_FIELD_EMAIL));
  g_assert_null (qs_entity_get_string (QS_ENTITY (client), QS_CLIENT_FIELD_PHONE));
  /* What statistics group by stays. */
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (client), QS_CLIENT_FIELD_DEPARTMENT_ID), ==,
                   "dept-1");
  g_assert_cmpstr (qs_entity_get_string (QS_ENTITY (client), QS_CLIENT_FIELD_ROLE), ==, "Analyste");
}

static void
test_entity_every_type (void)
{
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);

  g_assert_cmpuint (n_types, ==, 23);
  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr (QsEntity) entity = qs_entity_new (types[i]);
      QsEntityClass *klass = QS_ENTITY_GET_CLASS (entity);
      guint          n_fields;
      const QsField *fields = qs_entity_class_get_fields (klass, &n_fields);

      g_assert_nonnull (qs_entity_class_get_table (klass));
      g_assert_cmpuint (n_fields, >, 0);
      for (guint f = 0; f < n_fields; f++)
        {
          g_autofree char *property = g_strdelimit (g_strdup (fields[f].name), "_", '-');

          /* Every field is a property of the same name, with dashes. */
          g_assert_nonnull (g_object_class_find_property (G_OBJECT_CLASS (klass), property));
          g_assert_cmpint (qs_entity_class_find_field (klass, fields[f].name), ==, f);
          if (fields[f].kind == QS_FIELD_REFERENCE)
            g_assert_nonnull (fields[f].references);
        }
    }
}

/* Every value of every enumeration a field uses has a label for people. */
static void
test_entity_enum_labels (void)
{
  guint        n_types;
  const GType *types = qs_entity_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr (QsEntityClass) klass = g_type_class_ref (types[i]);
      guint          n_fields;
      const QsField *fields = qs_entity_class_get_fields (klass, &n_fields);

      for (guint f = 0; f < n_fields; f++)
        {
          g_autoptr (GEnumClass) enum_class = NULL;

          if (fields[f].kind != QS_FIELD_ENUM)
            continue;
          enum_class = g_type_class_ref (fields[f].enum_type ());
          for (guint v = 0; v < enum_class->n_values; v++)
            {
              const char *label =
                qs_enum_label (fields[f].enum_type (), enum_class->values[v].value);
              g_assert_nonnull (label);
              g_assert_cmpstr (label, !=, "");
            }
          g_assert_null (qs_enum_label (fields[f].enum_type (), enum_class->n_values));
        }
    }
  g_assert_cmpstr (qs_enum_label (QS_TYPE_REQUEST_STATUS, QS_REQUEST_STATUS_WAITING_ON_CLIENT), ==,
                   "Waiting on client");
  g_assert_cmpstr (qs_enum_label (QS_TYPE_CATEGORY, QS_CATEGORY_CREDIBILITY), ==, "Credibility");
}

/* A department's name in a language, else the name it was given. */
static void
test_department_name_in (void)
{
  g_autoptr (QsDepartment) department = qs_department_new ();
  QsEntity *e = QS_ENTITY (department);

  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_NAME, "Ressources humaines");
  g_assert_cmpstr (qs_department_get_name_in (e, QS_LANGUAGE_EN), ==, "Ressources humaines");
  g_assert_cmpstr (qs_department_get_name_in (e, QS_LANGUAGE_FR), ==, "Ressources humaines");

  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_NAME_EN, "Human Resources");
  g_assert_cmpstr (qs_department_get_name_in (e, QS_LANGUAGE_EN), ==, "Human Resources");
  g_assert_cmpstr (qs_department_get_name_in (e, QS_LANGUAGE_FR), ==, "Ressources humaines");

  /* An empty translation is no name. */
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_NAME_EN, "");
  g_assert_cmpstr (qs_department_get_name_in (e, QS_LANGUAGE_EN), ==, "Ressources humaines");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entity/ids", test_entity_ids);
  g_test_add_func ("/entity/department-name-in", test_department_name_in);
  g_test_add_func ("/entity/properties", test_entity_properties);
  g_test_add_func ("/entity/notify-only-on-change", test_entity_notify_only_on_change);
  g_test_add_func ("/entity/optional-double", test_entity_optional_double);
  g_test_add_func ("/entity/validate", test_entity_validate);
  g_test_add_func ("/entity/erase-personal", test_entity_erase_personal);
  g_test_add_func ("/entity/every-type", test_entity_every_type);
  g_test_add_func ("/entity/enum-labels", test_entity_enum_labels);

  return g_test_run ();
}
