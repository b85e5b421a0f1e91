/* qs-escalation.c — who an overdue request goes to, and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-escalation.h"

gboolean
qs_escalation_clock_runs (QsRequestStatus status)
{
  switch (status)
    {
    case QS_REQUEST_STATUS_RECEIVED:
    case QS_REQUEST_STATUS_ACKNOWLEDGED:
    case QS_REQUEST_STATUS_IN_ANALYSIS:
    case QS_REQUEST_STATUS_REOPENED:
      return TRUE;
    case QS_REQUEST_STATUS_WAITING_ON_CLIENT:
    case QS_REQUEST_STATUS_RESOLVED:
    case QS_REQUEST_STATUS_CLIENT_INFORMED:
    case QS_REQUEST_STATUS_CLOSED:
    case QS_REQUEST_STATUS_REJECTED:
    default:
      return FALSE;
    }
}

QsEscalationLevel
qs_escalation_level_due (QsBusinessHours *hours, QsRequestStatus status, gint64 due, gint64 now)
{
  gint64 late, day;

  g_return_val_if_fail (hours != NULL, QS_ESCALATION_LEVEL_NONE);

  if (!qs_escalation_clock_runs (status) || due == 0 || due >= now)
    return QS_ESCALATION_LEVEL_NONE;
  /* Past due at night or on a week-end is late, by no business time yet. */
  late = qs_business_hours_between (hours, due, now);
  day = qs_business_hours_get_day_length (hours);
  return day > 0 && late > day ? QS_ESCALATION_LEVEL_MANAGER : QS_ESCALATION_LEVEL_OWNER;
}

const char *
qs_escalation_owner_id (QsCommitment *commitment, QsCharter *charter)
{
  const char *owner_id = NULL;

  if (commitment != NULL)
    owner_id = qs_entity_get_string (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_OWNER_ID);
  if (owner_id == NULL && charter != NULL)
    owner_id = qs_entity_get_string (QS_ENTITY (charter), QS_CHARTER_FIELD_OWNER_ID);
  return owner_id;
}

/* "Marie Tremblay", else her e-mail address; NULL without a person. */
static char *
person_name (QsClient *person)
{
  g_autofree char *name = NULL;

  if (person == NULL)
    return NULL;
  name = qs_client_dup_display_name (person);
  if (*name != '\0')
    return g_steal_pointer (&name);
  return g_strdup (qs_entity_get_string (QS_ENTITY (person), QS_CLIENT_FIELD_EMAIL));
}

gboolean
qs_escalation_goes_to_manager (QsEscalationLevel level, QsClient *owner)
{
  g_autofree char *name = NULL;

  if (level <= QS_ESCALATION_LEVEL_NONE)
    return FALSE;
  if (level != QS_ESCALATION_LEVEL_OWNER)
    return TRUE;
  name = person_name (owner);
  return name == NULL;
}

/**
 * qs_escalation_describe:
 * @owner: (nullable): the owner of the commitment
 * @manager: (nullable): the manager of @department
 * @department: (nullable): the providing department
 *
 * Returns: (transfer full) (nullable): whom @level points to
 */
char *
qs_escalation_describe (QsEscalationLevel level,
                        QsClient         *owner,
                        QsClient         *manager,
                        QsDepartment     *department)
{
  g_autofree char *name = NULL;

  if (level <= QS_ESCALATION_LEVEL_NONE)
    return NULL;

  if (!qs_escalation_goes_to_manager (level, owner))
    {
      name = person_name (owner);
      /* TRANSLATORS: who an overdue request went to, "Marie Tremblay (owner of the commitment)" */
      return g_strdup_printf (_ ("%s (owner of the commitment)"), name);
    }

  /* Level 2, or level 1 without an owner: the department's manager. */
  if (department != NULL)
    name = person_name (manager);
  if (name != NULL)
    return g_strdup_printf (
      /* TRANSLATORS: "Luc Gagnon (manager of Human Resources)" */
      _ ("%s (manager of %s)"), name,
      qs_entity_get_string (QS_ENTITY (department), QS_DEPARTMENT_FIELD_NAME));

  return g_strdup (_ ("No one: the commitment has no owner and the department no manager"));
}
