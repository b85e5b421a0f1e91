/* qs-adoption-checklist.c — the nine questions to answer before adopting a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-adoption-checklist.h"

struct _QsAdoptionChecklist
{
  GObject parent_instance;

  QsChecklistAnswer answers[QS_ADOPTION_N_QUESTIONS];
  char             *notes[QS_ADOPTION_N_QUESTIONS];
};

G_DEFINE_FINAL_TYPE (QsAdoptionChecklist, qs_adoption_checklist, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
qs_adoption_checklist_finalize (GObject *object)
{
  QsAdoptionChecklist *self = QS_ADOPTION_CHECKLIST (object);

  for (guint i = 0; i < QS_ADOPTION_N_QUESTIONS; i++)
    g_free (self->notes[i]);

  G_OBJECT_CLASS (qs_adoption_checklist_parent_class)->finalize (object);
}

static void
qs_adoption_checklist_class_init (QsAdoptionChecklistClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_adoption_checklist_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
qs_adoption_checklist_init (QsAdoptionChecklist *self)
{
}

const char *
qs_adoption_checklist_get_question (guint index)
{
  return "";
}

QsAdoptionChecklist *
qs_adoption_checklist_new (void)
{
  return g_object_new (QS_TYPE_ADOPTION_CHECKLIST, NULL);
}

QsAdoptionChecklist *
qs_adoption_checklist_new_from_json (const char *json)
{
  return qs_adoption_checklist_new ();
}

char *
qs_adoption_checklist_to_json (QsAdoptionChecklist *self)
{
  return g_strdup ("[]");
}

QsChecklistAnswer
qs_adoption_checklist_get_answer (QsAdoptionChecklist *self,
                                  guint                index)
{
  g_return_val_if_fail (QS_IS_ADOPTION_CHECKLIST (self), QS_CHECKLIST_UNANSWERED);
  g_return_val_if_fail (index < QS_ADOPTION_N_QUESTIONS, QS_CHECKLIST_UNANSWERED);
  return self->answers[index];
}

void
qs_adoption_checklist_set_answer (QsAdoptionChecklist *self,
                                  guint                index,
                                  QsChecklistAnswer    answer)
{
  g_return_if_fail (QS_IS_ADOPTION_CHECKLIST (self));
  g_return_if_fail (index < QS_ADOPTION_N_QUESTIONS);
  self->answers[index] = answer;
}

const char *
qs_adoption_checklist_get_note (QsAdoptionChecklist *self,
                                guint                index)
{
  g_return_val_if_fail (QS_IS_ADOPTION_CHECKLIST (self), NULL);
  g_return_val_if_fail (index < QS_ADOPTION_N_QUESTIONS, NULL);
  return self->notes[index];
}

void
qs_adoption_checklist_set_note (QsAdoptionChecklist *self,
                                guint                index,
                                const char          *note)
{
  g_return_if_fail (QS_IS_ADOPTION_CHECKLIST (self));
  g_return_if_fail (index < QS_ADOPTION_N_QUESTIONS);
  g_free (self->notes[index]);
  self->notes[index] = g_strdup (note);
}

guint
qs_adoption_checklist_count_answered (QsAdoptionChecklist *self)
{
  return 0;
}
