/* qs-charter-repository.h — charters, their versions and their commitments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-charter.h"
#include "qs-commitment.h"
#include "qs-enums.h"
#include "qs-query-list-model.h"
#include "qs-store.h"

G_BEGIN_DECLS

QsQueryListModel *qs_charter_repository_new_list_model      (QsStore          *store);
void              qs_charter_repository_set_list_filter     (QsQueryListModel *model,
                                                             const char       *search,
                                                             int               status);

QsCharter        *qs_charter_repository_create              (QsStore          *store,
                                                             const char       *department_id,
                                                             gboolean          from_template,
                                                             QsLanguage        language,
                                                             GError          **error);
gboolean          qs_charter_repository_save                (QsStore          *store,
                                                             QsCharter        *charter,
                                                             GError          **error);

GPtrArray        *qs_charter_repository_get_commitments     (QsStore          *store,
                                                             QsCharter        *charter,
                                                             GError          **error);
/* Every live charter of @department_id, whatever its status, and the
 * live commitments of those charters (in each charter's order): what
 * qs_commitment_match() chooses from for a request to the department. */
GPtrArray        *qs_charter_repository_get_department_charters (QsStore      *store,
                                                             const char       *department_id,
                                                             GError          **error);
GPtrArray        *qs_charter_repository_get_department_commitments (QsStore   *store,
                                                             const char       *department_id,
                                                             GError          **error);
gboolean          qs_charter_repository_save_commitment     (QsStore          *store,
                                                             QsCharter        *charter,
                                                             QsCommitment     *commitment,
                                                             GError          **error);
gboolean          qs_charter_repository_delete_commitment   (QsStore          *store,
                                                             QsCommitment     *commitment,
                                                             GError          **error);
gboolean          qs_charter_repository_restore_commitment  (QsStore          *store,
                                                             QsCommitment     *commitment,
                                                             GError          **error);
gboolean          qs_charter_repository_move_commitment     (QsStore          *store,
                                                             QsCommitment     *commitment,
                                                             QsCategory        category,
                                                             guint             position,
                                                             GError          **error);

gboolean          qs_charter_repository_check_publication   (QsStore          *store,
                                                             QsCharter        *charter,
                                                             GError          **error);
GPtrArray        *qs_charter_repository_get_published       (QsStore          *store,
                                                             const char       *department_id,
                                                             GError          **error);
gboolean          qs_charter_repository_publish             (QsStore          *store,
                                                             QsCharter        *charter,
                                                             GError          **error);
QsCharter        *qs_charter_repository_new_version         (QsStore          *store,
                                                             QsCharter        *frozen,
                                                             GError          **error);
GPtrArray        *qs_charter_repository_get_versions        (QsStore          *store,
                                                             const char       *ref,
                                                             GError          **error);
gboolean          qs_charter_repository_is_frozen           (QsCharter        *charter);
GPtrArray        *qs_charter_repository_get_people          (QsStore          *store,
                                                             GError          **error);

gboolean          qs_charter_repository_get_achieved        (QsStore          *store,
                                                             QsCommitment     *commitment,
                                                             GDateTime        *start,
                                                             GDateTime        *end,
                                                             double           *percent,
                                                             gint64           *n_requests,
                                                             GError          **error);

G_END_DECLS
/* clang-format on */
