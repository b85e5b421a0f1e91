/* qs-survey-import.c — a questionnaire from its JSON definition, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shape is documented in the README ("Questionnaires"). Every check
 * is made before anything is written; the texts' languages, which
 * depend on the audience, are checked by qs_survey_repository_create(),
 * the one path the window takes too.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "qs-calendar-day.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-survey-import.h"
#include "qs-survey-repository.h"

/* A questionnaire of a hundred questions is a few tens of kilobytes. */
#define MAX_QUESTIONS 200

/* Sets @error to "“name”: sentence" or "“name”, question N: sentence". */
static gboolean G_GNUC_PRINTF (4, 5)
  fail (GError **error, const char *name, guint question, const char *format, ...)
{
  g_autofree char *sentence = NULL;
  va_list          args;

  va_start (args, format);
  sentence = g_strdup_vprintf (format, args);
  va_end (args);
  if (question == 0)
    /* Translators: a file's name, then what is wrong in it */
    g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _ ("“%s”: %s"), name, sentence);
  else
    /* Translators: a file's name, a question's number, then what is wrong with it */
    g_set_error (error, QS_ERROR, QS_ERROR_INVALID, _ ("“%s”, question %u: %s"), name, question,
                 sentence);
  return FALSE;
}

/* The text of @member, NULL when it is absent; FALSE when it is there
 * but not text. */
static gboolean
get_text (JsonObject *object, const char *member, const char **text)
{
  JsonNode *node = json_object_get_member (object, member);

  *text = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  *text = json_node_get_string (node);
  if (*text != NULL && **text == '\0')
    *text = NULL;
  return TRUE;
}

/* A text in both languages: {"fr": "…", "en": "…"}. */
static gboolean
read_texts (JsonObject *object,
            const char *member,
            const char *name,
            guint       question,
            char      **fr,
            char      **en,
            GError    **error)
{
  JsonNode   *node = json_object_get_member (object, member);
  JsonObject *texts;
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, name, question,
                 _ ("“%s” must give the text in each language, as {\"fr\": \"…\", \"en\": \"…\"}."),
                 member);
  texts = json_node_get_object (node);
  if (!get_text (texts, "fr", &text))
    return fail (error, name, question, _ ("the French text of “%s” must be text."), member);
  *fr = g_strdup (text);
  if (!get_text (texts, "en", &text))
    return fail (error, name, question, _ ("the English text of “%s” must be text."), member);
  *en = g_strdup (text);
  if (*fr == NULL && *en == NULL)
    return fail (error, name, question, _ ("“%s” has neither a French nor an English text."),
                 member);
  return TRUE;
}

static gboolean
read_date (JsonObject *object, const char *member, const char *name, char **date, GError **error)
{
  const char *text;
  GDate       parsed;

  if (!get_text (object, member, &text) ||
      (text != NULL && !qs_calendar_day_parse_date (text, &parsed)))
    /* Translators: %s is a member's name, such as "opens_on" */
    return fail (error, name, 0, _ ("“%s” must be a date written YYYY-MM-DD."), member);
  *date = g_strdup (text);
  return TRUE;
}

/* "fr" and "en" for the nick of a value of @type, or -1. */
static int
read_nick (JsonObject *object, const char *member, GType type, gboolean *present)
{
  const char *text;

  *present = get_text (object, member, &text) && text != NULL;
  return *present ? qs_enum_from_nick (type, text) : -1;
}

/* Every nick of @type, "a, b or c", for a message. */
static char *
list_nicks (GType type)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (out, "%s%s",
                            i == 0                     ? ""
                            : i + 1 == klass->n_values ? _ (" or ")
                                                       : ", ",
                            klass->values[i].value_nick);
  return g_string_free (out, FALSE);
}

static gboolean
read_audience (QsStore    *store,
               JsonObject *root,
               const char *name,
               QsEntity   *survey,
               GPtrArray  *department_ids,
               GError    **error)
{
  JsonNode        *node = json_object_get_member (root, "audience");
  JsonObject      *audience;
  JsonArray       *departments;
  gboolean         present;
  int              kind;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, name, 0, _ ("“audience” must be an object with its “kind”."));
  audience = json_node_get_object (node);
  kind = read_nick (audience, "kind", QS_TYPE_SURVEY_AUDIENCE, &present);
  if (kind < 0)
    {
      g_autofree char *nicks = list_nicks (QS_TYPE_SURVEY_AUDIENCE);

      return fail (error, name, 0, _ ("the audience’s “kind” must be %s."), nicks);
    }
  qs_entity_set_enum (survey, QS_SURVEY_FIELD_AUDIENCE, kind);
  if (kind == QS_SURVEY_AUDIENCE_DEPARTMENTS)
    {
      node = json_object_get_member (audience, "departments");
      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
          json_array_get_length (departments = json_node_get_array (node)) == 0)
        return fail (error, name, 0,
                     _ ("an audience of departments needs the references of its departments, as "
                        "\"departments\": [\"FIN\", \"IT\"]."));
      for (guint i = 0; i < json_array_get_length (departments); i++)
        {
          JsonNode   *item = json_array_get_element (departments, i);
          const char *ref =
            JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING
              ? json_node_get_string (item)
              : NULL;
          g_autoptr (QsEntity) department = NULL;

          if (!qs_survey_repository_find_department (store, ref, &department, error))
            return FALSE;
          if (department == NULL)
            return fail (error, name, 0, _ ("no department has the reference “%s”."),
                         ref != NULL ? ref : "?");
          g_ptr_array_add (department_ids, g_strdup (qs_entity_get_id (department)));
        }
    }
  if (kind == QS_SURVEY_AUDIENCE_CLOSED_REQUESTS)
    {
      if (!read_date (audience, "from", name, &from, error) ||
          !read_date (audience, "to", name, &to, error))
        return FALSE;
      if (from == NULL || to == NULL || strcmp (from, to) > 0)
        return fail (
          error, name, 0,
          _ ("an audience of closed requests needs its first and last days, the first "
             "not after the last, as \"from\": \"2026-01-01\", \"to\": \"2026-06-30\"."));
      qs_entity_set_string (survey, QS_SURVEY_FIELD_AUDIENCE_FROM, from);
      qs_entity_set_string (survey, QS_SURVEY_FIELD_AUDIENCE_TO, to);
    }
  return TRUE;
}

static QsSurveyQuestion *
read_question (JsonNode *node, const char *name, guint number, GError **error)
{
  g_autoptr (QsSurveyQuestion) question = qs_survey_question_new ();
  QsEntity        *entity = QS_ENTITY (question);
  JsonObject      *object;
  gboolean         present;
  int              kind, category;
  g_autofree char *fr = NULL;
  g_autofree char *en = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, name, number, _ ("a question must be an object with its “kind” and “text”."));
      return NULL;
    }
  object = json_node_get_object (node);
  kind = read_nick (object, "kind", QS_TYPE_QUESTION_KIND, &present);
  if (kind < 0)
    {
      g_autofree char *nicks = list_nicks (QS_TYPE_QUESTION_KIND);

      fail (error, name, number, _ ("its “kind” must be %s."), nicks);
      return NULL;
    }
  category = read_nick (object, "category", QS_TYPE_CATEGORY, &present);
  if (present && category < 0)
    {
      g_autofree char *nicks = list_nicks (QS_TYPE_CATEGORY);

      fail (error, name, number, _ ("its “category” must be one of the charter’s: %s."), nicks);
      return NULL;
    }
  if (present && kind != QS_QUESTION_KIND_SCALE)
    {
      fail (error, name, number,
            _ ("only a question of kind “scale” may have a category: it then asks the level "
               "expected and the level perceived."));
      return NULL;
    }
  if (!read_texts (object, "text", name, number, &fr, &en, error))
    return NULL;
  qs_entity_set_enum (entity, QS_SURVEY_QUESTION_FIELD_KIND, kind);
  qs_entity_set_string (entity, QS_SURVEY_QUESTION_FIELD_CATEGORY,
                        present ? qs_enum_nick (QS_TYPE_CATEGORY, category) : NULL);
  qs_entity_set_string (entity, QS_SURVEY_QUESTION_FIELD_TEXT_FR, fr);
  qs_entity_set_string (entity, QS_SURVEY_QUESTION_FIELD_TEXT_EN, en);
  return g_steal_pointer (&question);
}

/* Reads the questionnaire's own members into @survey. */
static gboolean
read_survey (QsStore *store, JsonObject *root, const char *name, QsEntity *survey, GError **error)
{
  const char      *ref;
  const char      *department_ref;
  JsonNode        *node;
  g_autofree char *fr = NULL;
  g_autofree char *en = NULL;
  g_autofree char *opens = NULL;
  g_autofree char *closes = NULL;

  if (!get_text (root, "ref", &ref) || ref == NULL)
    return fail (error, name, 0,
                 _ ("the questionnaire needs a reference, as \"ref\": \"BAROMETER-2026\"."));
  qs_entity_set_string (survey, QS_SURVEY_FIELD_REF, ref);
  if (!read_texts (root, "title", name, 0, &fr, &en, error))
    return FALSE;
  qs_entity_set_string (survey, QS_SURVEY_FIELD_TITLE_FR, fr);
  qs_entity_set_string (survey, QS_SURVEY_FIELD_TITLE_EN, en);
  if (!get_text (root, "department", &department_ref))
    return fail (error, name, 0, _ ("“department” must be a department’s reference."));
  if (department_ref != NULL)
    {
      g_autoptr (QsEntity) department = NULL;

      if (!qs_survey_repository_find_department (store, department_ref, &department, error))
        return FALSE;
      if (department == NULL)
        return fail (error, name, 0, _ ("no department has the reference “%s”."), department_ref);
      qs_entity_set_string (survey, QS_SURVEY_FIELD_DEPARTMENT_ID, qs_entity_get_id (department));
    }
  node = json_object_get_member (root, "anonymous");
  if (node != NULL &&
      (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN))
    return fail (error, name, 0, _ ("“anonymous” must be true or false."));
  qs_entity_set_boolean (survey, QS_SURVEY_FIELD_ANONYMOUS,
                         node != NULL && json_node_get_boolean (node));
  if (!read_date (root, "opens_on", name, &opens, error) ||
      !read_date (root, "closes_on", name, &closes, error))
    return FALSE;
  if (opens != NULL && closes != NULL && strcmp (opens, closes) > 0)
    return fail (error, name, 0, _ ("it closes before it opens."));
  qs_entity_set_string (survey, QS_SURVEY_FIELD_OPENS_ON, opens);
  qs_entity_set_string (survey, QS_SURVEY_FIELD_CLOSES_ON, closes);
  qs_entity_set_enum (survey, QS_SURVEY_FIELD_STATUS, QS_SURVEY_STATUS_DRAFT);
  return TRUE;
}

QsSurvey *
qs_survey_import_json (
  QsStore *store, const char *text, gsize length, const char *name, GTimeZone *zone, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (QsSurvey) survey = qs_survey_new ();
  g_autoptr (GPtrArray) questions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) department_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) parse_error = NULL;
  JsonObject *root;
  JsonNode   *node;
  JsonArray  *items;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!json_parser_load_from_data (parser, text, length, &parse_error))
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE, _ ("“%s” is not a questionnaire in JSON: %s"),
                   name, parse_error->message);
      return NULL;
    }
  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, name, 0, _ ("a questionnaire is a JSON object, { … }."));
      return NULL;
    }
  root = json_node_get_object (node);
  if (!read_survey (store, root, name, QS_ENTITY (survey), error) ||
      !read_audience (store, root, name, QS_ENTITY (survey), department_ids, error))
    return NULL;

  node = json_object_get_member (root, "questions");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (items = json_node_get_array (node)) == 0)
    {
      fail (error, name, 0, _ ("a questionnaire needs at least one question, in “questions”."));
      return NULL;
    }
  if (json_array_get_length (items) > MAX_QUESTIONS)
    {
      fail (error, name, 0, _ ("a questionnaire has at most %u questions."), MAX_QUESTIONS);
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      QsSurveyQuestion *question =
        read_question (json_array_get_element (items, i), name, i + 1, error);

      if (question == NULL)
        return NULL;
      g_ptr_array_add (questions, question);
    }

  if (!qs_survey_repository_create (store, survey, questions, department_ids, zone, error))
    {
      /* Translators: a file's name, then what is wrong in it */
      g_prefix_error (error, _ ("“%s”: "), name);
      return NULL;
    }
  return g_steal_pointer (&survey);
}
