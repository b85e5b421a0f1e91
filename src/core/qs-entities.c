/* qs-entities.c — the list of entity types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-entities.h"

/**
 * qs_entity_types:
 *
 * Every entity type, in the order of the schema and of a backup: mostly
 * parents before children. Foreign keys are checked at commit, so a few
 * references to later tables (a department's manager) are fine.
 */
const GType *
qs_entity_types (guint *n_types)
{
  static GType types[23];
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      types[0] = QS_TYPE_DEPARTMENT;
      types[1] = QS_TYPE_DEPARTMENT_NEED;
      types[2] = QS_TYPE_CLIENT;
      types[3] = QS_TYPE_SERVICE;
      types[4] = QS_TYPE_SERVICE_RECIPIENT;
      types[5] = QS_TYPE_CALENDAR;
      types[6] = QS_TYPE_CALENDAR_DAY;
      types[7] = QS_TYPE_CHARTER;
      types[8] = QS_TYPE_COMMITMENT;
      types[9] = QS_TYPE_REQUEST;
      types[10] = QS_TYPE_REQUEST_EVENT;
      types[11] = QS_TYPE_FEEDBACK;
      types[12] = QS_TYPE_SURVEY;
      types[13] = QS_TYPE_SURVEY_QUESTION;
      types[14] = QS_TYPE_SURVEY_RESPONSE;
      types[15] = QS_TYPE_SURVEY_ANSWER;
      types[16] = QS_TYPE_SURVEY_DEPARTMENT;
      types[17] = QS_TYPE_SURVEY_INVITATION;
      types[18] = QS_TYPE_INDICATOR;
      types[19] = QS_TYPE_INDICATOR_VALUE;
      types[20] = QS_TYPE_ACTION;
      types[21] = QS_TYPE_ACTION_LINK;
      types[22] = QS_TYPE_ALERT;
      g_once_init_leave (&initialised, 1);
    }

  *n_types = G_N_ELEMENTS (types);
  return types;
}
