/* qs-department.c — A department or service of the organisation, in a hierarchy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-department.h"
#include "qs-entity-private.h"
#include "qs-enum-types.h"

static const QsField fields[] = {
  [QS_DEPARTMENT_FIELD_REF] = { "ref", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_DEPARTMENT_FIELD_NAME] = { "name", QS_FIELD_STRING, QS_FIELD_REQUIRED },
  [QS_DEPARTMENT_FIELD_PARENT_ID] = { "parent_id", QS_FIELD_REFERENCE, 0, NULL, "departments" },
  [QS_DEPARTMENT_FIELD_MANAGER_ID] = { "manager_id", QS_FIELD_REFERENCE, 0, NULL, "clients" },
  [QS_DEPARTMENT_FIELD_IS_PROVIDER] = { "is_provider", QS_FIELD_BOOLEAN, 0 },
  [QS_DEPARTMENT_FIELD_EMAIL] = { "email", QS_FIELD_STRING, 0 },
  [QS_DEPARTMENT_FIELD_PHONE] = { "phone", QS_FIELD_STRING, 0 },
  [QS_DEPARTMENT_FIELD_LOCATION] = { "location", QS_FIELD_STRING, 0 },
  [QS_DEPARTMENT_FIELD_PREFERRED_CHANNELS] = { "preferred_channels", QS_FIELD_STRING, 0 },
  [QS_DEPARTMENT_FIELD_POSITION] = { "position", QS_FIELD_INT, 0 },
  [QS_DEPARTMENT_FIELD_NOTES] = { "notes", QS_FIELD_STRING, 0 },
  [QS_DEPARTMENT_FIELD_NAME_EN] = { "name_en", QS_FIELD_STRING, 0 },
  [QS_DEPARTMENT_FIELD_NAME_FR] = { "name_fr", QS_FIELD_STRING, 0 },
  [QS_DEPARTMENT_FIELD_SURVEY_RULES] = { "survey_rules", QS_FIELD_STRING, 0 },
  [QS_DEPARTMENT_FIELD_INDICATOR_MIN_COUNT] = { "indicator_min_count", QS_FIELD_INT, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == QS_DEPARTMENT_N_FIELDS);

QS_DEFINE_ENTITY (QsDepartment, qs_department, "departments")

/* Takes a QsEntity, as callers hold departments read from repositories. */
const char *
qs_department_get_name_in (QsEntity *department, QsLanguage language)
{
  const char *name;

  g_return_val_if_fail (QS_IS_DEPARTMENT (department), NULL);

  name =
    qs_entity_get_string (department, language == QS_LANGUAGE_FR ? QS_DEPARTMENT_FIELD_NAME_FR
                                                                 : QS_DEPARTMENT_FIELD_NAME_EN);
  if (name != NULL && *name != '\0')
    return name;
  name = qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME);
  return name != NULL ? name : "";
}
