/* qs-directory-repository.h — the queries of the directory: people, departments, needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-client.h"
#include "qs-department.h"
#include "qs-department-need.h"
#include "qs-enums.h"
#include "qs-query-list-model.h"
#include "qs-service.h"
#include "qs-store.h"

G_BEGIN_DECLS

/* People (QsClient), live ones, sorted by family then given name. */
QsQueryListModel *qs_directory_repository_new_people_model    (QsStore          *store);
/* @search matches the start of a word of the name, role, e-mail or
 * department name; @language and @channel are -1 for any. Call
 * qs_query_list_model_reload() afterwards. */
void       qs_directory_repository_set_people_filter (QsQueryListModel *model,
                                                      const char       *search,
                                                      const char       *department_id,
                                                      int               language,
                                                      int               channel);

/* Every live department, by name, as a list to choose from. */
GPtrArray *qs_directory_repository_get_departments_by_name (QsStore   *store,
                                                     GError          **error);
/* Every live department, parents before children, siblings by position
 * then name. */
GPtrArray *qs_directory_repository_get_departments  (QsStore          *store,
                                                     GError          **error);

GPtrArray *qs_directory_repository_get_needs        (QsStore          *store,
                                                     const char       *department_id,
                                                     QsNeedKind        kind,
                                                     GError          **error);
/* A new need goes to the end of its list. */
gboolean   qs_directory_repository_save_need        (QsStore          *store,
                                                     QsDepartmentNeed *need,
                                                     GError          **error);
gboolean   qs_directory_repository_delete_need      (QsStore          *store,
                                                     QsDepartmentNeed *need,
                                                     GError          **error);
gboolean   qs_directory_repository_move_need        (QsStore          *store,
                                                     QsDepartmentNeed *need,
                                                     guint             position,
                                                     GError          **error);

/* The services (QsService) a department receives. */
GPtrArray *qs_directory_repository_get_services_received (QsStore     *store,
                                                          const char  *department_id,
                                                          GError     **error);
/* The services (QsService) a department provides, by name. */
GPtrArray *qs_directory_repository_get_services_provided (QsStore     *store,
                                                          const char  *department_id,
                                                          GError     **error);
/* A name; saved for the department it names. */
gboolean   qs_directory_repository_save_service  (QsStore          *store,
                                                  QsService        *service,
                                                  GError          **error);
/* A tombstone, with the service's recipients; refused while a charter
 * names the service. */
gboolean   qs_directory_repository_delete_service (QsStore         *store,
                                                   QsService       *service,
                                                   GError         **error);
/* The ids (char *) of the departments that receive @service_id. */
GPtrArray *qs_directory_repository_get_recipients (QsStore        *store,
                                                   const char     *service_id,
                                                   GError        **error);
/* Records that @department_id receives @service_id, or no longer does
 * (a tombstone); nothing changes when it already is so. */
gboolean   qs_directory_repository_set_recipient  (QsStore        *store,
                                                   const char     *service_id,
                                                   const char     *department_id,
                                                   gboolean        receives,
                                                   GError        **error);
/* The live people (QsClient) of a department, by name: who may run it. */
GPtrArray *qs_directory_repository_get_people_of (QsStore          *store,
                                                  const char       *department_id,
                                                  GError          **error);
/* Requests from the department not closed yet. */
gint64     qs_directory_repository_count_open_requests (QsStore       *store,
                                                        const char    *department_id,
                                                        GError       **error);
/* @n_months doubles, oldest first: the mean rating of the department's
 * feedback in each month up to the month of @now, NaN when none. */
GArray    *qs_directory_repository_get_satisfaction_trend (QsStore    *store,
                                                           const char *department_id,
                                                           GDateTime  *now,
                                                           guint       n_months,
                                                           GError    **error);

gint64     qs_directory_repository_count_requests_of (QsStore         *store,
                                                      const char      *client_id,
                                                      GError         **error);
gint64     qs_directory_repository_count_feedback_of (QsStore         *store,
                                                      const char      *client_id,
                                                      GError         **error);
/* QsRequest objects, newest first. */
GPtrArray *qs_directory_repository_get_recent_requests_of (QsStore    *store,
                                                           const char *client_id,
                                                           guint       limit,
                                                           GError    **error);

/* Validate then save: a well-formed e-mail unique among live people, a
 * family name unless anonymised. */
gboolean   qs_directory_repository_save_client      (QsStore          *store,
                                                     QsClient         *client,
                                                     GError          **error);
/* A tombstone, with Undo (restore_client()). Refused, with a sentence
 * saying what holds the person, while a live request, feedback, charter,
 * commitment, action or department points to them: anonymise them instead
 * (their records stay counted). */
gboolean   qs_directory_repository_delete_client    (QsStore          *store,
                                                     QsClient         *client,
                                                     GError          **error);
/* Back from a tombstone, with the checks of save_client(). */
gboolean   qs_directory_repository_restore_client   (QsStore          *store,
                                                     QsClient         *client,
                                                     GError          **error);
/* A tombstone, with Undo (restore_department()). Refused, with a sentence
 * counting what depends on it (departments under it, people, requests,
 * charters, services, calendars, feedback), until those are moved. */
gboolean   qs_directory_repository_delete_department  (QsStore        *store,
                                                       QsDepartment   *department,
                                                       GError        **error);
gboolean   qs_directory_repository_restore_department (QsStore        *store,
                                                       QsDepartment   *department,
                                                       GError        **error);
/* A name; a parent that is neither the department nor one below it. */
gboolean   qs_directory_repository_save_department  (QsStore          *store,
                                                     QsDepartment     *department,
                                                     GError          **error);

/* The shape of an e-mail address, as save_client() and the import check it. */
gboolean   qs_directory_email_is_valid              (const char       *email);

/* Inside a transaction, around many new people: the search index is
 * filled once at the end instead of row by row (FTS5 flushes at every
 * statement a trigger runs in). A rollback undoes both. */
gboolean   qs_directory_repository_begin_bulk_people (QsStore         *store,
                                                      GError         **error);
gboolean   qs_directory_repository_end_bulk_people   (QsStore         *store,
                                                      GError         **error);

/* Erases every personal field of @client for good, in one transaction; its
 * requests and feedback keep pointing to it so statistics stay. */
gboolean   qs_directory_repository_anonymise        (QsStore          *store,
                                                     QsClient         *client,
                                                     GError          **error);

G_END_DECLS
/* clang-format on */
