/* qs-handling-guide.c — the effective behaviours of handling a complaint, as a checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The steps follow the order of a conversation with the complainant; the
 * stored form lists the nicks of the steps done in that order, so that two
 * equal checklists are stored the same way.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qs-handling-guide.h"

typedef struct
{
  const char *nick;
  const char *label;
  const char *hint;
} StepInfo;

static const StepInfo steps[QS_GUIDE_N_STEPS] = {
  [QS_GUIDE_STEP_LISTENED] = { "listened", N_ ("Listened and rephrased to confirm"),
                               N_ ("Let the client finish, then say back in your own words what "
                                   "you understood.") },
  [QS_GUIDE_STEP_FEELINGS] = { "feelings", N_ ("Feelings acknowledged"),
                               N_ ("Tell the client you understand how the situation affects "
                                   "them.") },
  [QS_GUIDE_STEP_APOLOGY] = { "apology", N_ ("Apologised, if at fault"),
                              N_ ("When the service is at fault, apologise plainly, without "
                                  "justifying it.") },
  [QS_GUIDE_STEP_OPTIONS] = { "options", N_ ("Offered a choice of solutions"),
                              N_ ("Propose more than one way out and agree on the form of contact "
                                  "the client wants.") },
  [QS_GUIDE_STEP_STEPS_TOLD] = { "steps-told", N_ ("Told the client the steps"),
                                 N_ ("Say what will happen next and by which date; that date "
                                     "becomes a commitment.") },
  [QS_GUIDE_STEP_FOLLOW_UP] = { "follow-up", N_ ("Acted and followed up"),
                                N_ ("Do what was agreed and keep the client informed at every "
                                    "step.") },
  [QS_GUIDE_STEP_CONFIRMED] = { "confirmed", N_ ("Resolution confirmed with the client"),
                                N_ ("Check with the client that the problem is solved before "
                                    "closing the request.") },
};

guint
qs_handling_guide_parse (const char *stored)
{
  g_auto (GStrv) nicks = NULL;
  guint done = 0;

  if (stored == NULL || *stored == '\0')
    return 0;

  nicks = g_strsplit (stored, ",", -1);
  for (guint i = 0; nicks[i] != NULL; i++)
    {
      const char *nick = g_strstrip (nicks[i]);

      for (guint step = 0; step < QS_GUIDE_N_STEPS; step++)
        if (strcmp (nick, steps[step].nick) == 0)
          done |= 1u << step;
    }

  return done;
}

char *
qs_handling_guide_to_string (guint done)
{
  GString *s = NULL;

  for (guint step = 0; step < QS_GUIDE_N_STEPS; step++)
    {
      if ((done & (1u << step)) == 0)
        continue;
      if (s == NULL)
        s = g_string_new (steps[step].nick);
      else
        g_string_append_printf (s, ",%s", steps[step].nick);
    }

  return s != NULL ? g_string_free (s, FALSE) : NULL;
}

const char *
qs_guide_step_get_nick (QsGuideStep step)
{
  g_return_val_if_fail (step < QS_GUIDE_N_STEPS, NULL);

  return steps[step].nick;
}

const char *
qs_guide_step_get_label (QsGuideStep step)
{
  g_return_val_if_fail (step < QS_GUIDE_N_STEPS, NULL);

  return _ (steps[step].label);
}

const char *
qs_guide_step_get_hint (QsGuideStep step)
{
  g_return_val_if_fail (step < QS_GUIDE_N_STEPS, NULL);

  return _ (steps[step].hint);
}
