/* qs-ics-time-zone.h — a VTIMEZONE block of an iCalendar file, as GLib can read it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-content-line-reader.h"

G_BEGIN_DECLS

typedef struct _QsIcsTimeZone QsIcsTimeZone;

QsIcsTimeZone *qs_ics_time_zone_new           (void);
void           qs_ics_time_zone_free          (QsIcsTimeZone       *self);
/* A line of the block, inside @component: VTIMEZONE, STANDARD or DAYLIGHT. */
void           qs_ics_time_zone_add           (QsIcsTimeZone       *self,
                                               const char          *component,
                                               const QsContentLine *line);
void           qs_ics_time_zone_end           (QsIcsTimeZone       *self,
                                               const char          *component);
/* Its TZID, or NULL. */
const char    *qs_ics_time_zone_get_id        (QsIcsTimeZone       *self);
/* What g_time_zone_new_identifier() reads for it: its X-LIC-LOCATION,
 * else a POSIX rule ("STD-1DST-2,M3.5.0/02:00:00,M10.5.0/03:00:00") from
 * its latest STANDARD and DAYLIGHT parts; NULL when neither can be had. */
char          *qs_ics_time_zone_to_identifier (QsIcsTimeZone       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsIcsTimeZone, qs_ics_time_zone_free)

G_END_DECLS
/* clang-format on */
