/* qs-directory-repository.c — the queries of the directory: people, departments, needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-directory-repository.h"
#include "qs-error.h"

QsQueryListModel *
qs_directory_repository_new_people_model (QsStore *store)
{
  return NULL;
}

void
qs_directory_repository_set_people_filter (QsQueryListModel *model, const char *search, const char *department_id, int language, int channel)
{
}

GPtrArray *
qs_directory_repository_get_departments (QsStore *store, GError **error)
{
  return NULL;
}

GPtrArray *
qs_directory_repository_get_needs (QsStore *store, const char *department_id, QsNeedKind kind, GError **error)
{
  return NULL;
}

gboolean
qs_directory_repository_save_need (QsStore *store, QsDepartmentNeed *need, GError **error)
{
  return FALSE;
}

gboolean
qs_directory_repository_delete_need (QsStore *store, QsDepartmentNeed *need, GError **error)
{
  return FALSE;
}

gboolean
qs_directory_repository_move_need (QsStore *store, QsDepartmentNeed *need, guint position, GError **error)
{
  return FALSE;
}

GPtrArray *
qs_directory_repository_get_services_received (QsStore *store, const char *department_id, GError **error)
{
  return NULL;
}

gint64
qs_directory_repository_count_open_requests (QsStore *store, const char *department_id, GError **error)
{
  return 0;
}

GArray *
qs_directory_repository_get_satisfaction_trend (QsStore *store, const char *department_id, GDateTime *now, guint n_months, GError **error)
{
  return NULL;
}

gint64
qs_directory_repository_count_requests_of (QsStore *store, const char *client_id, GError **error)
{
  return 0;
}

gint64
qs_directory_repository_count_feedback_of (QsStore *store, const char *client_id, GError **error)
{
  return 0;
}

GPtrArray *
qs_directory_repository_get_recent_requests_of (QsStore *store, const char *client_id, guint limit, GError **error)
{
  return NULL;
}

gboolean
qs_directory_repository_save_client (QsStore *store, QsClient *client, GError **error)
{
  return FALSE;
}

gboolean
qs_directory_repository_save_department (QsStore *store, QsDepartment *department, GError **error)
{
  return FALSE;
}

gboolean
qs_directory_repository_anonymise (QsStore *store, QsClient *client, GError **error)
{
  return FALSE;
}
