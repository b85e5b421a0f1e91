/* qs-handling-guide.h — the effective behaviours of handling a complaint, as a checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kept with the request in requests.handling_guide as the nicks of the
 * steps done, comma-separated, in step order ("listened,feelings").
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  QS_GUIDE_STEP_LISTENED,     /* listened and rephrased to confirm */
  QS_GUIDE_STEP_FEELINGS,     /* feelings acknowledged */
  QS_GUIDE_STEP_APOLOGY,      /* apologised, if at fault */
  QS_GUIDE_STEP_OPTIONS,      /* offered a choice of solutions */
  QS_GUIDE_STEP_STEPS_TOLD,   /* told the client the steps */
  QS_GUIDE_STEP_FOLLOW_UP,    /* acted and followed up */
  QS_GUIDE_STEP_CONFIRMED,    /* resolution confirmed with the client */
  QS_GUIDE_N_STEPS
} QsGuideStep;

/* Bit i set when step i is done. Unknown nicks are ignored. */
guint       qs_handling_guide_parse       (const char  *stored);
/* NULL when no step is done. */
char       *qs_handling_guide_to_string   (guint        done);
const char *qs_guide_step_get_nick        (QsGuideStep  step);
/* Translated: "Listened and rephrased to confirm". */
const char *qs_guide_step_get_label       (QsGuideStep  step);
/* Translated: one sentence on how. */
const char *qs_guide_step_get_hint        (QsGuideStep  step);

G_END_DECLS
/* clang-format on */
