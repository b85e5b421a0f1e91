/* qs-charter-repository.c — charters, their versions and their commitments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "qs-charter-repository.h"
#include "qs-error.h"

static gboolean
not_yet (GError **error)
{
  g_set_error_literal (error, QS_ERROR, QS_ERROR_FAILED, "Not implemented yet.");
  return FALSE;
}

QsQueryListModel *
qs_charter_repository_new_list_model (QsStore *store)
{
  return qs_query_list_model_new (store, QS_TYPE_CHARTER);
}

void
qs_charter_repository_set_list_filter (QsQueryListModel *model,
                                       const char       *search,
                                       int               status)
{
}

QsCharter *
qs_charter_repository_create (QsStore     *store,
                              const char  *department_id,
                              gboolean     from_template,
                              QsLanguage   language,
                              GError     **error)
{
  not_yet (error);
  return NULL;
}

gboolean
qs_charter_repository_save (QsStore    *store,
                            QsCharter  *charter,
                            GError    **error)
{
  return not_yet (error);
}

GPtrArray *
qs_charter_repository_get_commitments (QsStore    *store,
                                       QsCharter  *charter,
                                       GError    **error)
{
  not_yet (error);
  return NULL;
}

gboolean
qs_charter_repository_save_commitment (QsStore       *store,
                                       QsCharter     *charter,
                                       QsCommitment  *commitment,
                                       GError       **error)
{
  return not_yet (error);
}

gboolean
qs_charter_repository_delete_commitment (QsStore       *store,
                                         QsCommitment  *commitment,
                                         GError       **error)
{
  return not_yet (error);
}

gboolean
qs_charter_repository_restore_commitment (QsStore       *store,
                                          QsCommitment  *commitment,
                                          GError       **error)
{
  return not_yet (error);
}

gboolean
qs_charter_repository_move_commitment (QsStore       *store,
                                       QsCommitment  *commitment,
                                       QsCategory     category,
                                       guint          position,
                                       GError       **error)
{
  return not_yet (error);
}

gboolean
qs_charter_repository_publish (QsStore    *store,
                               QsCharter  *charter,
                               GError    **error)
{
  return not_yet (error);
}

QsCharter *
qs_charter_repository_new_version (QsStore    *store,
                                   QsCharter  *frozen,
                                   GError    **error)
{
  not_yet (error);
  return NULL;
}

GPtrArray *
qs_charter_repository_get_versions (QsStore     *store,
                                    const char  *ref,
                                    GError     **error)
{
  not_yet (error);
  return NULL;
}

gboolean
qs_charter_repository_is_frozen (QsCharter *charter)
{
  return qs_entity_get_enum (QS_ENTITY (charter), QS_CHARTER_FIELD_STATUS) != QS_CHARTER_STATUS_DRAFT;
}

gboolean
qs_charter_repository_get_achieved (QsStore       *store,
                                    QsCommitment  *commitment,
                                    GDateTime     *start,
                                    GDateTime     *end,
                                    double        *percent,
                                    gint64        *n_requests,
                                    GError       **error)
{
  *percent = NAN;
  *n_requests = 0;
  return not_yet (error);
}
