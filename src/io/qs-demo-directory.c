/* qs-demo-directory.c — the agency's departments, people and services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 150 people across nine departments; each department's first person is
 * its manager. About 70 % of the people speak the demo's language and the
 * others the other official language, with names of their language. In
 * the six providing departments, most people handle requests (is_staff).
 */
#include "qs-demo-private.h"

#define SHARE_OF_DEMO_LANGUAGE 0.7
#define SHARE_OF_STAFF 0.6

static const char *const area_codes[2] = { "819", "613" };

/* "marie-eve.cote": ASCII, lower case, no spaces or apostrophes. */
static char *
mailbox_part (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString         *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p) || *p == '-')
      g_string_append_c (out, g_ascii_tolower (*p));
  return g_string_free (out, FALSE);
}

static char *
unique_email (QsDemo *demo, GHashTable *taken, const char *given, const char *family)
{
  g_autofree char *first = mailbox_part (given);
  g_autofree char *last = mailbox_part (family);
  const char      *domain = qs_demo_text (demo, qs_demo_mail_domain);
  char            *email = g_strdup_printf ("%s.%s@%s", first, last, domain);

  for (guint n = 2; g_hash_table_contains (taken, email); n++)
    {
      g_free (email);
      email = g_strdup_printf ("%s.%s%u@%s", first, last, n, domain);
    }
  g_hash_table_add (taken, email);
  return g_strdup (email);
}

static gboolean
save_client (QsDemo     *demo,
             guint       index,
             gboolean    is_manager,
             GHashTable *emails,
             gint64      created,
             GError    **error)
{
  static const double         channel_weights[] = { 10, 50, 20, 0, 0, 0, 10, 0, 0, 10 };
  QsDemoClient               *client = &demo->clients[index];
  const QsDemoDepartmentText *text = &qs_demo_departments[client->department];
  g_autoptr (QsClient) entity = g_object_new (QS_TYPE_CLIENT, "id", client->id, NULL);
  QsEntity   *e = QS_ENTITY (entity);
  gboolean    woman = qs_demo_chance (demo, 0.5);
  const char *given =
    qs_demo_given_names[client->language][woman ? 0 : 1][qs_demo_index (demo, 24)];
  const char       *family = qs_demo_family_names[client->language][qs_demo_index (demo, 40)];
  const QsDemoRole *role =
    &text->roles[is_manager ? 0 : g_rand_int_range (demo->rand, 1, text->n_roles)];
  g_autofree char *email = unique_email (demo, emails, given, family);
  g_autofree char *phone = NULL;

  client->name = g_strdup_printf ("%s %s", given, family);
  if (demo->language == QS_LANGUAGE_FR)
    phone = g_strdup_printf ("%s 555-0100, poste %u", area_codes[0], 2100 + index);
  else
    phone = g_strdup_printf ("%s-555-0100 ext. %u", area_codes[1], 2100 + index);

  qs_entity_set_string (e, QS_CLIENT_FIELD_DEPARTMENT_ID, demo->departments[client->department].id);
  qs_entity_set_string (e, QS_CLIENT_FIELD_GIVEN_NAME, given);
  qs_entity_set_string (e, QS_CLIENT_FIELD_FAMILY_NAME, family);
  qs_entity_set_string (e, QS_CLIENT_FIELD_ROLE,
                        demo->language == QS_LANGUAGE_EN ? role->en
                        : woman                          ? role->feminine_fr
                                                         : role->masculine_fr);
  qs_entity_set_string (e, QS_CLIENT_FIELD_EMAIL, email);
  qs_entity_set_string (e, QS_CLIENT_FIELD_PHONE, phone);
  qs_entity_set_enum (e, QS_CLIENT_FIELD_PREFERRED_CHANNEL,
                      qs_demo_pick (demo, channel_weights, G_N_ELEMENTS (channel_weights)));
  qs_entity_set_enum (e, QS_CLIENT_FIELD_LANGUAGE, client->language);
  if (qs_demo_chance (demo, 0.3))
    qs_entity_set_string (e, QS_CLIENT_FIELD_AVAILABILITY,
                          qs_demo_text (demo, qs_demo_availability[qs_demo_index (demo, 6)]));
  if (qs_demo_chance (demo, 0.15))
    qs_entity_set_string (e, QS_CLIENT_FIELD_PRIVACY_PREFERENCE,
                          qs_demo_text (demo, qs_demo_privacy[qs_demo_index (demo, 4)]));
  qs_entity_set_boolean (e, QS_CLIENT_FIELD_SURVEY_CONSENT, client->survey_consent);
  qs_entity_set_boolean (e, QS_CLIENT_FIELD_IS_STAFF, client->is_staff);

  return qs_demo_save (demo, entity, created, error);
}

static gboolean
save_department (QsDemo *demo, guint index, gint64 created, GError **error)
{
  const QsDemoDepartmentText *text = &qs_demo_departments[index];
  QsDemoDepartment           *department = &demo->departments[index];
  g_autoptr (QsDepartment) entity = g_object_new (QS_TYPE_DEPARTMENT, "id", department->id, NULL);
  QsEntity        *e = QS_ENTITY (entity);
  g_autofree char *email = g_strdup_printf ("%s@%s", qs_demo_text (demo, text->mailbox),
                                            qs_demo_text (demo, qs_demo_mail_domain));
  g_autofree char *phone =
    g_strdup_printf (demo->language == QS_LANGUAGE_FR ? "%s 555-01%02u" : "%s-555-01%02u",
                     area_codes[demo->language], 10 + index);

  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_REF, qs_demo_text (demo, text->ref));
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_NAME, qs_demo_text (demo, text->name));
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_NAME_EN, text->name[QS_LANGUAGE_EN]);
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_NAME_FR, text->name[QS_LANGUAGE_FR]);
  if (text->parent >= 0)
    qs_entity_set_string (e, QS_DEPARTMENT_FIELD_PARENT_ID, demo->departments[text->parent].id);
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_MANAGER_ID, department->manager_id);
  qs_entity_set_boolean (e, QS_DEPARTMENT_FIELD_IS_PROVIDER, text->is_provider);
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_EMAIL, email);
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_PHONE, phone);
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_LOCATION, qs_demo_text (demo, text->location));
  qs_entity_set_string (e, QS_DEPARTMENT_FIELD_PREFERRED_CHANNELS, text->preferred_channels);
  qs_entity_set_int (e, QS_DEPARTMENT_FIELD_POSITION, index);
  if (!qs_demo_save (demo, entity, created, error))
    return FALSE;

  for (guint kind = QS_NEED_KIND_NEED; kind <= QS_NEED_KIND_EASIER_WORK; kind++)
    {
      g_autoptr (QsDepartmentNeed) need = qs_demo_new_entity (demo, QS_TYPE_DEPARTMENT_NEED);

      qs_entity_set_string (QS_ENTITY (need), QS_DEPARTMENT_NEED_FIELD_DEPARTMENT_ID,
                            department->id);
      qs_entity_set_enum (QS_ENTITY (need), QS_DEPARTMENT_NEED_FIELD_KIND, kind);
      qs_entity_set_string (QS_ENTITY (need), QS_DEPARTMENT_NEED_FIELD_TEXT,
                            qs_demo_text (demo, text->needs[kind]));
      if (!qs_demo_save (demo, need, created, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_services (QsDemo *demo, guint index, gint64 created, GError **error)
{
  const QsDemoServiceText *services = qs_demo_services[index];

  for (guint s = 0; s < qs_demo_n_services[index]; s++)
    {
      g_autoptr (QsService) service = qs_demo_new_entity (demo, QS_TYPE_SERVICE);
      g_autofree char *ref =
        g_strdup_printf ("%s-%u", qs_demo_text (demo, qs_demo_departments[index].ref), s + 1);

      qs_entity_set_string (QS_ENTITY (service), QS_SERVICE_FIELD_DEPARTMENT_ID,
                            demo->departments[index].id);
      qs_entity_set_string (QS_ENTITY (service), QS_SERVICE_FIELD_REF, ref);
      qs_entity_set_string (QS_ENTITY (service), QS_SERVICE_FIELD_NAME,
                            qs_demo_text (demo, services[s].name));
      qs_entity_set_string (QS_ENTITY (service), QS_SERVICE_FIELD_DESCRIPTION,
                            qs_demo_text (demo, services[s].description));
      if (!qs_demo_save (demo, service, created, error))
        return FALSE;

      for (guint d = 0; d < QS_DEMO_N_DEPARTMENTS; d++)
        {
          g_autoptr (QsServiceRecipient) recipient = NULL;

          if (!(services[s].recipients & (1u << d)))
            continue;
          recipient = qs_demo_new_entity (demo, QS_TYPE_SERVICE_RECIPIENT);
          qs_entity_set_string (QS_ENTITY (recipient), QS_SERVICE_RECIPIENT_FIELD_SERVICE_ID,
                                qs_entity_get_id (QS_ENTITY (service)));
          qs_entity_set_string (QS_ENTITY (recipient), QS_SERVICE_RECIPIENT_FIELD_DEPARTMENT_ID,
                                demo->departments[d].id);
          if (!qs_demo_save (demo, recipient, created, error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
qs_demo_fill_directory (QsDemo *demo, GError **error)
{
  g_autoptr (GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* The directory was set up before the history starts. */
  gint64 created = demo->start - G_GINT64_CONSTANT (45) * 86400 * QS_USEC_PER_SEC;
  guint  c = 0;

  demo->n_clients = 0;
  for (guint d = 0; d < QS_DEMO_N_DEPARTMENTS; d++)
    demo->n_clients += qs_demo_departments[d].n_people;
  demo->clients = g_new0 (QsDemoClient, demo->n_clients);

  /* Ids and who is who first: departments name their manager, people
   * their department. */
  for (guint d = 0; d < QS_DEMO_N_DEPARTMENTS; d++)
    {
      QsDemoDepartment *department = &demo->departments[d];
      char              id[QS_DEMO_ID_SIZE];

      qs_demo_make_id (demo, id);
      department->id = g_strdup (id);
      department->members = g_array_new (FALSE, FALSE, sizeof (guint));
      department->staff = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint p = 0; p < qs_demo_departments[d].n_people; p++, c++)
        {
          QsDemoClient *client = &demo->clients[c];

          qs_demo_make_id (demo, id);
          client->id = g_strdup (id);
          client->department = d;
          if (qs_demo_chance (demo, SHARE_OF_DEMO_LANGUAGE))
            client->language = demo->language;
          else
            client->language = demo->language == QS_LANGUAGE_FR ? QS_LANGUAGE_EN : QS_LANGUAGE_FR;
          client->survey_consent = qs_demo_chance (demo, 0.7);
          /* Every provider has at least two people handling requests. */
          client->is_staff = qs_demo_departments[d].is_provider && p > 0 &&
                             (p <= 2 || qs_demo_chance (demo, SHARE_OF_STAFF));
          g_array_append_val (department->members, c);
          if (client->is_staff)
            g_array_append_val (department->staff, c);
        }
      department->manager_id = g_strdup (demo->clients[c - qs_demo_departments[d].n_people].id);
    }

  for (guint d = 0; d < QS_DEMO_N_DEPARTMENTS; d++)
    if (!save_department (demo, d, created, error))
      return FALSE;

  c = 0;
  for (guint d = 0; d < QS_DEMO_N_DEPARTMENTS; d++)
    for (guint p = 0; p < qs_demo_departments[d].n_people; p++, c++)
      if (!save_client (demo, c, p == 0, emails, created, error))
        return FALSE;

  for (guint d = 0; d < QS_DEMO_N_DEPARTMENTS; d++)
    if (qs_demo_departments[d].is_provider && !save_services (demo, d, created, error))
      return FALSE;

  return TRUE;
}
