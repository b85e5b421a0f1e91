/* qs-invitation-letter.c — the message that invites a person to answer a questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written in the person's language, whatever the interface's
 * (qs-catalog.h): every sentence is a document string.
 */
#include "config.h"

#include <string.h>

#include "qs-calendar-day.h"
#include "qs-calendar-words.h"
#include "qs-catalog.h"
#include "qs-enum-types.h"
#include "qs-invitation-letter.h"
#include "qs-survey-question.h"

#define LINE_WIDTH 76

void
qs_invitation_letter_free (QsInvitationLetter *self)
{
  if (self == NULL)
    return;
  g_free (self->subject);
  g_free (self->body);
  g_free (self);
}

/* Appends @text wrapped at LINE_WIDTH characters, each line after the
 * first begun by @indent, then a line end. */
static void
append_wrapped (GString *out, const char *text, const char *indent)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  glong column = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      glong length = g_utf8_strlen (words[i], -1);

      if (*words[i] == '\0')
        continue;
      if (column > 0 && column + 1 + length > LINE_WIDTH)
        {
          g_string_append_c (out, '\n');
          g_string_append (out, indent);
          column = g_utf8_strlen (indent, -1);
        }
      else if (column > 0)
        {
          g_string_append_c (out, ' ');
          column++;
        }
      g_string_append (out, words[i]);
      column += length;
    }
  g_string_append_c (out, '\n');
}

static const char *
text_in (QsEntity *entity, guint fr, guint en, QsLanguage language)
{
  const char *text = qs_entity_get_string (entity, language == QS_LANGUAGE_FR ? fr : en);

  return text != NULL ? text : qs_entity_get_string (entity, language == QS_LANGUAGE_FR ? en : fr);
}

/* How to answer a question of @question's kind. */
static const char *
how_to_answer (QsCatalog *catalog, QsEntity *question)
{
  if (qs_entity_get_string (question, QS_SURVEY_QUESTION_FIELD_CATEGORY) != NULL)
    /* Translators: printed in the invitation to a questionnaire, after a
     * barometer question: how to answer it */
    return qs_catalog_pgettext (
      catalog, "document", "(the level you expect, then the level you find, each from 1 to 5)");
  switch (qs_entity_get_enum (question, QS_SURVEY_QUESTION_FIELD_KIND))
    {
    case QS_QUESTION_KIND_SCALE:
      /* Translators: printed in the invitation to a questionnaire, after a question */
      return qs_catalog_pgettext (catalog, "document", "(from 1, very poor, to 5, excellent)");
    case QS_QUESTION_KIND_RECOMMENDATION:
      /* Translators: printed in the invitation to a questionnaire, after a question */
      return qs_catalog_pgettext (catalog, "document",
                                  "(from 0, not at all likely, to 10, extremely likely)");
    case QS_QUESTION_KIND_YES_NO:
      /* Translators: printed in the invitation to a questionnaire, after a question */
      return qs_catalog_pgettext (catalog, "document", "(yes or no)");
    case QS_QUESTION_KIND_TEXT:
    default:
      /* Translators: printed in the invitation to a questionnaire, after a question */
      return qs_catalog_pgettext (catalog, "document", "(in your own words)");
    }
}

QsInvitationLetter *
qs_invitation_letter_write (QsSurvey   *survey,
                            GPtrArray  *questions,
                            QsClient   *client,
                            const char *provider_name)
{
  QsEntity   *entity = QS_ENTITY (survey);
  QsLanguage  language = qs_entity_get_enum (QS_ENTITY (client), QS_CLIENT_FIELD_LANGUAGE);
  QsCatalog  *catalog = qs_catalog_get_for_language (language);
  const char *title =
    text_in (entity, QS_SURVEY_FIELD_TITLE_FR, QS_SURVEY_FIELD_TITLE_EN, language);
  const char         *given = qs_entity_get_string (QS_ENTITY (client), QS_CLIENT_FIELD_GIVEN_NAME);
  const char         *closes = qs_entity_get_string (entity, QS_SURVEY_FIELD_CLOSES_ON);
  QsInvitationLetter *letter = g_new0 (QsInvitationLetter, 1);
  GString            *body = g_string_new (NULL);
  g_autofree char    *line = NULL;
  GDate               date;

  g_return_val_if_fail (QS_IS_SURVEY (survey), NULL);
  g_return_val_if_fail (QS_IS_CLIENT (client), NULL);

  if (title == NULL)
    title = qs_entity_get_string (entity, QS_SURVEY_FIELD_REF);
  /* Translators: the subject of the invitation to a questionnaire; %s is its title */
  letter->subject =
    g_strdup_printf (qs_catalog_pgettext (catalog, "document", "Your opinion: %s"), title);

  if (given != NULL)
    /* Translators: the greeting of an invitation; %s is the person's given name */
    line = g_strdup_printf (qs_catalog_pgettext (catalog, "document", "Hello %s,"), given);
  else
    /* Translators: the greeting of an invitation to someone whose name is not known */
    line = g_strdup (qs_catalog_pgettext (catalog, "document", "Hello,"));
  g_string_append_printf (body, "%s\n\n", line);
  g_clear_pointer (&line, g_free);

  if (provider_name != NULL)
    line = g_strdup_printf (
      /* Translators: in the invitation to a questionnaire: %1$s is the
       * department that asks, %2$s the questionnaire's title */
      qs_catalog_pgettext (catalog, "document",
                           "%1$s would like to know how well it serves you. Would you answer "
                           "the questionnaire “%2$s”?"),
      provider_name, title);
  else
    line = g_strdup_printf (
      /* Translators: in the invitation to a questionnaire: %s is its title */
      qs_catalog_pgettext (catalog, "document",
                           "We would like to know how well we serve you. Would you answer the "
                           "questionnaire “%s”?"),
      title);
  append_wrapped (body, line, "");
  g_clear_pointer (&line, g_free);

  if (closes != NULL && qs_calendar_day_parse_date (closes, &date))
    {
      g_autoptr (GString) day = g_string_new (NULL);

      qs_calendar_words_append_date (day, g_date_get_day (&date), g_date_get_month (&date),
                                     g_date_get_year (&date), language);
      /* Translators: in the invitation to a questionnaire; %s is a date */
      line = g_strdup_printf (qs_catalog_pgettext (catalog, "document", "It is open until %s."),
                              day->str);
      append_wrapped (body, line, "");
      g_clear_pointer (&line, g_free);
    }
  if (qs_entity_get_boolean (entity, QS_SURVEY_FIELD_ANONYMOUS))
    append_wrapped (body,
                    /* Translators: in the invitation to an anonymous questionnaire */
                    qs_catalog_pgettext (catalog, "document",
                                         "Your answers are kept without your name, and without "
                                         "the time you gave them."),
                    "");
  g_string_append_c (body, '\n');
  append_wrapped (body,
                  /* Translators: in the invitation to a questionnaire, before its questions */
                  qs_catalog_pgettext (catalog, "document",
                                       "Reply to this message with your answers, one line for "
                                       "each question:"),
                  "");
  g_string_append_c (body, '\n');

  for (guint i = 0; questions != NULL && i < questions->len; i++)
    {
      QsEntity        *question = g_ptr_array_index (questions, i);
      const char      *text = text_in (question, QS_SURVEY_QUESTION_FIELD_TEXT_FR,
                                       QS_SURVEY_QUESTION_FIELD_TEXT_EN, language);
      g_autofree char *item = g_strdup_printf ("%u. %s %s", i + 1, text != NULL ? text : "",
                                               how_to_answer (catalog, question));

      append_wrapped (body, item, "   ");
    }
  g_string_append_c (body, '\n');
  /* Translators: the last line of the invitation to a questionnaire */
  append_wrapped (body, qs_catalog_pgettext (catalog, "document", "Thank you for your time."), "");
  letter->body = g_string_free (body, FALSE);
  return letter;
}
