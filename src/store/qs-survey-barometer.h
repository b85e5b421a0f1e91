/* qs-survey-barometer.h — the level of service expected and perceived, per charter category
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every barometer question (a scale question with a charter category)
 * of every questionnaire counts: per category, the level expected and
 * the level perceived, the gap between them, and the same per quarter
 * (of UTC days: anonymous answers keep only their UTC day). A category
 * with fewer answers than the anonymity threshold, or whose period
 * leaves out fewer than it, shows its count alone; so does a quarter
 * that its siblings would give away.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-enums.h"
#include "qs-store.h"
#include "qs-survey-score.h"

G_BEGIN_DECLS

typedef struct
{
  int            year;
  int            quarter;    /* 1 to 4 */
  QsLikertScore  expected;
  QsLikertScore  perceived;
  gboolean       shown;
} QsBarometerQuarter;

typedef struct
{
  QsCategory     category;
  QsLikertScore  expected;
  QsLikertScore  perceived;
  gboolean       shown;
  GArray        *quarters;   /* QsBarometerQuarter, oldest first */
} QsBarometerRow;

/* The rows of every category answered from @from to before @to (Unix µs;
 * 0: no bound): those shown by their gap (expected less perceived),
 * largest first, then the hidden. */
GPtrArray *qs_survey_barometer_read (QsStore  *store,
                                     gint64    from,
                                     gint64    to,
                                     guint     threshold,
                                     GError  **error);
/* Expected less perceived; NAN when either has no answers. */
double     qs_barometer_row_gap     (const QsBarometerRow *row);

G_END_DECLS
/* clang-format on */
