/* qs-adoption-checklist.c — the nine questions to answer before adopting a charter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "qs-adoption-checklist.h"
#include "qs-enum-types.h"
#include "qs-text.h"

/* The questions to ask before adopting service standards, in the order a
 * department works through them. */
static const char *const questions[QS_ADOPTION_N_QUESTIONS] = {
  N_ ("Are these standards meaningful and important to our clients?"),
  N_ ("Are these standards in line with the standards of our industry?"),
  N_ ("Are these standards based on consultation with our clients and on their feedback?"),
  N_ ("Are these standards achievable with the means we have?"),
  N_ ("Are these standards affordable?"),
  N_ ("Are these standards accepted and supported by our managers?"),
  N_ ("How will these standards be communicated to our clients and staff?"),
  N_ ("Will performance against these standards be measured and the results published?"),
  N_ ("Will these standards be reviewed and updated, and when?"),
};

/* The questions a yes or a no does not answer: how, when. They take a
 * written answer instead. */
static const gboolean open_questions[QS_ADOPTION_N_QUESTIONS] = {
  [6] = TRUE, /* How will these standards be communicated…? */
  [8] = TRUE, /* Will these standards be reviewed and updated, and when? */
};

struct _QsAdoptionChecklist
{
  GObject parent_instance;

  QsChecklistAnswer answers[QS_ADOPTION_N_QUESTIONS];
  char             *notes[QS_ADOPTION_N_QUESTIONS];
  char             *texts[QS_ADOPTION_N_QUESTIONS]; /* the answers to open questions */
};

G_DEFINE_FINAL_TYPE (QsAdoptionChecklist, qs_adoption_checklist, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
qs_adoption_checklist_finalize (GObject *object)
{
  QsAdoptionChecklist *self = QS_ADOPTION_CHECKLIST (object);

  for (guint i = 0; i < QS_ADOPTION_N_QUESTIONS; i++)
    {
      g_free (self->notes[i]);
      g_free (self->texts[i]);
    }

  G_OBJECT_CLASS (qs_adoption_checklist_parent_class)->finalize (object);
}

static void
qs_adoption_checklist_class_init (QsAdoptionChecklistClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_adoption_checklist_finalize;

  /* Emitted when an answer, a written answer or a note changes. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
qs_adoption_checklist_init (QsAdoptionChecklist *self)
{
}

/**
 * qs_adoption_checklist_get_question:
 *
 * Returns: question @index, in the user's language
 */
const char *
qs_adoption_checklist_get_question (guint index)
{
  g_return_val_if_fail (index < QS_ADOPTION_N_QUESTIONS, NULL);

  return _ (questions[index]);
}

/**
 * qs_adoption_checklist_is_open:
 *
 * Returns: whether question @index is answered in words (how, when)
 *   rather than by yes or no
 */
gboolean
qs_adoption_checklist_is_open (guint index)
{
  g_return_val_if_fail (index < QS_ADOPTION_N_QUESTIONS, FALSE);

  return open_questions[index];
}

QsAdoptionChecklist *
qs_adoption_checklist_new (void)
{
  return g_object_new (QS_TYPE_ADOPTION_CHECKLIST, NULL);
}

static QsChecklistAnswer
answer_from_nick (const char *nick)
{
  g_autoptr (GEnumClass) enum_class = g_type_class_ref (QS_TYPE_CHECKLIST_ANSWER);
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (enum_class, nick) : NULL;

  return value != NULL ? value->value : QS_CHECKLIST_UNANSWERED;
}

static const char *
answer_to_nick (QsChecklistAnswer answer)
{
  g_autoptr (GEnumClass) enum_class = g_type_class_ref (QS_TYPE_CHECKLIST_ANSWER);
  GEnumValue *value = g_enum_get_value (enum_class, answer);

  return value != NULL ? value->value_nick : "unanswered";
}

/**
 * qs_adoption_checklist_new_from_json:
 * @json: (nullable): the text stored in a charter's checklist field
 *
 * Reads a checklist written by qs_adoption_checklist_to_json(): an array of
 * nine objects {"answer": "yes"|"no"|"unanswered", "note": "…", "text":
 * "…"}, "text" being the written answer to an open question. An open
 * question of a text written before there were written answers (without
 * "text") takes its note as its answer: that is where it was written then. Whatever
 * cannot be read (a malformed text, a missing or unknown member) is left
 * unanswered rather than refused: the checklist is a working aid, and a
 * damaged one must not stop anyone from opening their charter.
 *
 * Returns: (transfer full): the checklist
 */
QsAdoptionChecklist *
qs_adoption_checklist_new_from_json (const char *json)
{
  QsAdoptionChecklist *self = qs_adoption_checklist_new ();
  g_autoptr (JsonParser) parser = NULL;
  JsonNode  *root;
  JsonArray *array;

  if (json == NULL || *json == '\0')
    return self;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, -1, NULL))
    return self;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    return self;

  array = json_node_get_array (root);
  for (guint i = 0; i < QS_ADOPTION_N_QUESTIONS && i < json_array_get_length (array); i++)
    {
      JsonNode   *node = json_array_get_element (array, i);
      JsonObject *object;
      JsonNode   *member;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);

      member = json_object_get_member (object, "answer");
      if (member != NULL && json_node_get_value_type (member) == G_TYPE_STRING)
        self->answers[i] = answer_from_nick (json_node_get_string (member));

      member = json_object_get_member (object, "note");
      if (member != NULL && json_node_get_value_type (member) == G_TYPE_STRING &&
          *json_node_get_string (member) != '\0')
        self->notes[i] = g_strdup (json_node_get_string (member));

      member = json_object_get_member (object, "text");
      if (member != NULL && json_node_get_value_type (member) == G_TYPE_STRING &&
          *json_node_get_string (member) != '\0')
        self->texts[i] = g_strdup (json_node_get_string (member));
      else if (member == NULL && open_questions[i] && self->notes[i] != NULL)
        self->texts[i] = g_steal_pointer (&self->notes[i]);
    }
  return self;
}

/**
 * qs_adoption_checklist_to_json:
 *
 * Returns: (transfer full): the checklist as JSON text, for the charter's
 *   checklist field
 */
char *
qs_adoption_checklist_to_json (QsAdoptionChecklist *self)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (QS_IS_ADOPTION_CHECKLIST (self), NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < QS_ADOPTION_N_QUESTIONS; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "answer");
      json_builder_add_string_value (builder, answer_to_nick (self->answers[i]));
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, self->notes[i] != NULL ? self->notes[i] : "");
      /* Always written: an older text is told by its absence. */
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, self->texts[i] != NULL ? self->texts[i] : "");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

QsChecklistAnswer
qs_adoption_checklist_get_answer (QsAdoptionChecklist *self, guint index)
{
  g_return_val_if_fail (QS_IS_ADOPTION_CHECKLIST (self), QS_CHECKLIST_UNANSWERED);
  g_return_val_if_fail (index < QS_ADOPTION_N_QUESTIONS, QS_CHECKLIST_UNANSWERED);

  return self->answers[index];
}

void
qs_adoption_checklist_set_answer (QsAdoptionChecklist *self, guint index, QsChecklistAnswer answer)
{
  g_return_if_fail (QS_IS_ADOPTION_CHECKLIST (self));
  g_return_if_fail (index < QS_ADOPTION_N_QUESTIONS);
  g_return_if_fail (answer <= QS_CHECKLIST_NO);

  if (self->answers[index] == answer)
    return;
  self->answers[index] = answer;
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * qs_adoption_checklist_get_note:
 *
 * Returns: (nullable): the note on question @index, %NULL when there is none
 */
const char *
qs_adoption_checklist_get_note (QsAdoptionChecklist *self, guint index)
{
  g_return_val_if_fail (QS_IS_ADOPTION_CHECKLIST (self), NULL);
  g_return_val_if_fail (index < QS_ADOPTION_N_QUESTIONS, NULL);

  return self->notes[index];
}

/**
 * qs_adoption_checklist_set_note:
 * @note: (nullable): the note; empty or %NULL removes it
 */
void
qs_adoption_checklist_set_note (QsAdoptionChecklist *self, guint index, const char *note)
{
  g_return_if_fail (QS_IS_ADOPTION_CHECKLIST (self));
  g_return_if_fail (index < QS_ADOPTION_N_QUESTIONS);

  if (note != NULL && *note == '\0')
    note = NULL;
  if (g_strcmp0 (self->notes[index], note) == 0)
    return;
  g_free (self->notes[index]);
  self->notes[index] = g_strdup (note);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * qs_adoption_checklist_get_text:
 *
 * Returns: (nullable): the written answer to the open question @index,
 *   %NULL when there is none
 */
const char *
qs_adoption_checklist_get_text (QsAdoptionChecklist *self, guint index)
{
  g_return_val_if_fail (QS_IS_ADOPTION_CHECKLIST (self), NULL);
  g_return_val_if_fail (index < QS_ADOPTION_N_QUESTIONS, NULL);

  return self->texts[index];
}

/**
 * qs_adoption_checklist_set_text:
 * @text: (nullable): the answer, of one or more lines; blank or %NULL
 *   removes it
 *
 * Answers the open question @index in words.
 */
void
qs_adoption_checklist_set_text (QsAdoptionChecklist *self, guint index, const char *text)
{
  g_return_if_fail (QS_IS_ADOPTION_CHECKLIST (self));
  g_return_if_fail (index < QS_ADOPTION_N_QUESTIONS);

  if (qs_text_is_blank (text))
    text = NULL;
  if (g_strcmp0 (self->texts[index], text) == 0)
    return;
  g_free (self->texts[index]);
  self->texts[index] = g_strdup (text);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * qs_adoption_checklist_is_answered:
 *
 * Returns: whether question @index has its answer: yes or no, or for an
 *   open question, words
 */
gboolean
qs_adoption_checklist_is_answered (QsAdoptionChecklist *self, guint index)
{
  g_return_val_if_fail (QS_IS_ADOPTION_CHECKLIST (self), FALSE);
  g_return_val_if_fail (index < QS_ADOPTION_N_QUESTIONS, FALSE);

  if (open_questions[index])
    return self->texts[index] != NULL;
  return self->answers[index] != QS_CHECKLIST_UNANSWERED;
}

/**
 * qs_adoption_checklist_count_answered:
 *
 * Returns: how many questions have their answer (see
 *   qs_adoption_checklist_is_answered())
 */
guint
qs_adoption_checklist_count_answered (QsAdoptionChecklist *self)
{
  guint n = 0;

  g_return_val_if_fail (QS_IS_ADOPTION_CHECKLIST (self), 0);

  for (guint i = 0; i < QS_ADOPTION_N_QUESTIONS; i++)
    if (qs_adoption_checklist_is_answered (self, i))
      n++;
  return n;
}
