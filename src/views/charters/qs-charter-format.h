/* qs-charter-format.h — how the Charters view words dates, targets and texts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

#include "qs-adoption-checklist.h"
#include "qs-charter.h"
#include "qs-commitment.h"
#include "qs-enums.h"

G_BEGIN_DECLS

/* A review date this close (in days) gets a reminder. */
#define QS_CHARTER_REVIEW_NOTICE_DAYS 30

const char *qs_charter_format_text        (QsEntity     *entity,
                                           guint         en_field,
                                           guint         fr_field,
                                           QsLanguage    language,
                                           gboolean     *missing);
char       *qs_charter_format_target      (QsCommitment *commitment);
char       *qs_charter_format_number      (double        value);
gboolean    qs_charter_format_parse_number (const char  *text,
                                           double       *value);
GDateTime  *qs_charter_format_parse_date  (const char   *iso_date);
char       *qs_charter_format_date        (const char   *iso_date);
char       *qs_charter_format_timestamp   (gint64        usec);
gboolean    qs_charter_format_days_until  (const char   *iso_date,
                                           GDateTime    *now,
                                           int          *days);
char       *qs_charter_format_review      (const char   *iso_date,
                                           GDateTime    *now,
                                           int          *urgency);

char       *qs_charter_format_answer      (QsAdoptionChecklist *checklist,
                                           guint                index,
                                           const char          *unanswered);

G_END_DECLS
/* clang-format on */
