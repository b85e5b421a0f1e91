/* qs-calendar-words.h — weekday, month and duration-unit names in a document's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Texts written for a reader in a chosen language (a published charter,
 * the deadline explained to a client) cannot take their words from
 * gettext, which only knows the process's language: the calendar words
 * they share are looked up here in the catalogue of that language
 * (qs-catalog.h), and so is the way they write a number, a percentage
 * and a date. The interface writes its numbers with the same functions,
 * in qs_interface_language(): LC_NUMERIC may be "C" under a French
 * interface.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

#include "qs-enums.h"

G_BEGIN_DECLS

const char *qs_calendar_words_weekday       (GDateWeekday    weekday,
                                             QsLanguage      language);
const char *qs_calendar_words_month         (GDateMonth      month,
                                             QsLanguage      language);
gboolean    qs_calendar_words_is_plural     (double          value,
                                             QsLanguage      language);
const char *qs_calendar_words_duration_unit (QsDurationUnit  unit,
                                             gboolean        plural,
                                             QsLanguage      language);
const char *qs_calendar_words_duration_unit_for (QsDurationUnit unit,
                                                 double         amount,
                                                 QsLanguage     language);
char       *qs_calendar_words_format_number (double          value,
                                             guint           decimals,
                                             gboolean        keep_zeros,
                                             QsLanguage      language);
char       *qs_calendar_words_format_count  (guint64         n,
                                             QsLanguage      language);
char       *qs_calendar_words_format_delay  (double          value,
                                             QsDurationUnit  unit,
                                             QsLanguage      language);
char       *qs_calendar_words_format_percent (double         value,
                                              guint          decimals,
                                              gboolean       keep_zeros,
                                              QsLanguage     language);
void        qs_calendar_words_append_date   (GString        *out,
                                             int             day,
                                             GDateMonth      month,
                                             int             year,
                                             QsLanguage      language);

G_END_DECLS
/* clang-format on */
