/* test-adoption-checklist.c — the nine questions asked before adopting a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "qs-adoption-checklist.h"

static void
on_changed_cb (QsAdoptionChecklist *checklist, guint *count)
{
  (*count)++;
}

static void
test_checklist_questions (void)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < QS_ADOPTION_N_QUESTIONS; i++)
    {
      const char *question = qs_adoption_checklist_get_question (i);

      g_assert_nonnull (question);
      /* Full questions, each asked once. */
      g_assert_true (g_str_has_suffix (question, "?"));
      g_assert_cmpuint (strlen (question), >, 20);
      g_assert_false (g_hash_table_contains (seen, question));
      g_hash_table_add (seen, (gpointer) question);
    }
  g_assert_nonnull (strstr (qs_adoption_checklist_get_question (4), "affordable"));
  g_assert_nonnull (strstr (qs_adoption_checklist_get_question (7), "measured"));
}

static void
test_checklist_round_trip (void)
{
  g_autoptr (QsAdoptionChecklist) checklist = qs_adoption_checklist_new_from_json (NULL);
  g_autoptr (QsAdoptionChecklist) copy = NULL;
  g_autofree char *json = NULL;
  guint            changes = 0;

  g_signal_connect (checklist, "changed", G_CALLBACK (on_changed_cb), &changes);

  for (guint i = 0; i < QS_ADOPTION_N_QUESTIONS; i++)
    g_assert_cmpint (qs_adoption_checklist_get_answer (checklist, i), ==, QS_CHECKLIST_UNANSWERED);

  qs_adoption_checklist_set_answer (checklist, 0, QS_CHECKLIST_YES);
  qs_adoption_checklist_set_note (checklist, 0, "Sondage de mars : 82 % « très important »");
  qs_adoption_checklist_set_answer (checklist, 4, QS_CHECKLIST_NO);
  qs_adoption_checklist_set_note (checklist, 8, "Each year in \"March\",\nwith the committee");
  g_assert_cmpuint (changes, ==, 4);
  /* Setting the same value again is no change. */
  qs_adoption_checklist_set_answer (checklist, 0, QS_CHECKLIST_YES);
  qs_adoption_checklist_set_note (checklist, 0, "Sondage de mars : 82 % « très important »");
  g_assert_cmpuint (changes, ==, 4);
  g_assert_cmpuint (qs_adoption_checklist_count_answered (checklist), ==, 2);

  json = qs_adoption_checklist_to_json (checklist);
  copy = qs_adoption_checklist_new_from_json (json);
  for (guint i = 0; i < QS_ADOPTION_N_QUESTIONS; i++)
    {
      g_assert_cmpint (qs_adoption_checklist_get_answer (copy, i), ==,
                       qs_adoption_checklist_get_answer (checklist, i));
      g_assert_cmpstr (qs_adoption_checklist_get_note (copy, i), ==,
                       qs_adoption_checklist_get_note (checklist, i));
    }
  g_assert_cmpint (qs_adoption_checklist_get_answer (copy, 4), ==, QS_CHECKLIST_NO);
  g_assert_cmpstr (qs_adoption_checklist_get_note (copy, 8), ==,
                   "Each year in \"March\",\nwith the committee");
  g_assert_null (qs_adoption_checklist_get_note (copy, 1));

  /* Clearing a note. */
  qs_adoption_checklist_set_note (copy, 8, "");
  g_assert_null (qs_adoption_checklist_get_note (copy, 8));
}

/* "How will these standards be communicated?" is answered in words, of
 * several lines, kept with the charter; yes or no does not answer it. */
static void
test_checklist_open_questions (void)
{
  g_autoptr (QsAdoptionChecklist) checklist = qs_adoption_checklist_new ();
  g_autoptr (QsAdoptionChecklist) copy = NULL;
  g_autoptr (QsAdoptionChecklist) older = NULL;
  g_autofree char *json = NULL;
  guint            open = 0;
  guint            changes = 0;

  for (guint i = 0; i < QS_ADOPTION_N_QUESTIONS; i++)
    if (qs_adoption_checklist_is_open (i))
      {
        const char *question = qs_adoption_checklist_get_question (i);

        open++;
        g_assert_true (g_str_has_prefix (question, "How") || strstr (question, "when") != NULL);
      }
  g_assert_cmpuint (open, ==, 2);
  g_assert_true (qs_adoption_checklist_is_open (6));
  g_assert_false (qs_adoption_checklist_is_open (0));

  g_signal_connect (checklist, "changed", G_CALLBACK (on_changed_cb), &changes);
  /* A yes is no answer to "how". */
  qs_adoption_checklist_set_answer (checklist, 6, QS_CHECKLIST_YES);
  g_assert_false (qs_adoption_checklist_is_answered (checklist, 6));
  g_assert_cmpuint (qs_adoption_checklist_count_answered (checklist), ==, 0);
  /* Blank is no answer either. */
  qs_adoption_checklist_set_text (checklist, 6, " \n\t");
  g_assert_null (qs_adoption_checklist_get_text (checklist, 6));
  g_assert_cmpuint (changes, ==, 1);
  qs_adoption_checklist_set_text (checklist, 6, "Intranet page in May,\nposters at each desk");
  g_assert_cmpuint (changes, ==, 2);
  g_assert_true (qs_adoption_checklist_is_answered (checklist, 6));
  g_assert_cmpuint (qs_adoption_checklist_count_answered (checklist), ==, 1);

  json = qs_adoption_checklist_to_json (checklist);
  copy = qs_adoption_checklist_new_from_json (json);
  g_assert_cmpstr (qs_adoption_checklist_get_text (copy, 6), ==,
                   "Intranet page in May,\nposters at each desk");
  g_assert_null (qs_adoption_checklist_get_text (copy, 8));
  g_assert_cmpuint (qs_adoption_checklist_count_answered (copy), ==, 1);

  /* Written before there were written answers: the note was the answer. */
  older = qs_adoption_checklist_new_from_json (
    "[{},{},{},{},{},{},{\"answer\":\"yes\",\"note\":\"By e-mail\"},{},"
    "{\"answer\":\"unanswered\",\"note\":\"\"}]");
  g_assert_cmpstr (qs_adoption_checklist_get_text (older, 6), ==, "By e-mail");
  g_assert_null (qs_adoption_checklist_get_note (older, 6));
  g_assert_cmpuint (qs_adoption_checklist_count_answered (older), ==, 1);

  qs_adoption_checklist_set_text (copy, 6, NULL);
  g_assert_null (qs_adoption_checklist_get_text (copy, 6));
}

/* Whatever cannot be read is left unanswered: never a crash, never a refusal. */
static void
test_checklist_malformed (void)
{
  const char *texts[] = {
    "",
    "{",
    "not json",
    "42",
    "{\"answer\":\"yes\"}",
    "[1, 2, 3]",
    "[{\"answer\": 7}]",
    "[{\"answer\":\"maybe\",\"note\":12}]",
    "[null, {\"answer\":\"yes\",\"note\":\"ok\"}]",
  };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr (QsAdoptionChecklist) checklist = qs_adoption_checklist_new_from_json (texts[t]);

      g_test_message ("text %s", texts[t]);
      for (guint i = 0; i < QS_ADOPTION_N_QUESTIONS; i++)
        {
          if (t == G_N_ELEMENTS (texts) - 1 && i == 1)
            {
              /* The readable entry of a partly damaged text is kept. */
              g_assert_cmpint (qs_adoption_checklist_get_answer (checklist, i), ==,
                               QS_CHECKLIST_YES);
              g_assert_cmpstr (qs_adoption_checklist_get_note (checklist, i), ==, "ok");
              continue;
            }
          g_assert_cmpint (qs_adoption_checklist_get_answer (checklist, i), ==,
                           QS_CHECKLIST_UNANSWERED);
          g_assert_null (qs_adoption_checklist_get_note (checklist, i));
        }
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checklist/questions", test_checklist_questions);
  g_test_add_func ("/checklist/round-trip", test_checklist_round_trip);
  g_test_add_func ("/checklist/malformed", test_checklist_malformed);
  g_test_add_func ("/checklist/open-questions", test_checklist_open_questions);

  return g_test_run ();
}
