/* qs-cli-survey.c — qualserv-cli survey: questionnaires, their invitations and answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   qualserv-cli [--db FILE] survey import FILE.json
 *   qualserv-cli [--db FILE] survey invitations REF --format csv|eml -o DIR [--lang fr|en]
 *   qualserv-cli [--db FILE] survey answers REF FILE.csv
 *
 * The same code as the window's: qs-survey-import.c, qs-survey-
 * invitations.c and qs-survey-answers-import.c, in the context's zone.
 * Each is all or nothing; each says in one sentence what it did.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "qs-cli.h"
#include "qs-survey-answers-import.h"
#include "qs-survey-import.h"
#include "qs-survey-invitations.h"
#include "qs-survey-repository.h"

/* A questionnaire's definition or sheet of answers, whole. */
#define MAX_FILE_BYTES (64 * 1024 * 1024)

static GBytes *
load_file (const char *command, const char *path, char **name)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GFileInfo) info =
    g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  char *contents = NULL;
  gsize length = 0;

  *name = g_file_get_basename (file);
  if (info != NULL && g_file_info_get_size (info) > MAX_FILE_BYTES)
    {
      g_printerr (_ ("qualserv-cli %s: “%s” is larger than 64 MB.\n"), command, path);
      return NULL;
    }
  if (info == NULL || !g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
    {
      g_printerr (_ ("qualserv-cli %s: could not read “%s”: %s\n"), command, path, error->message);
      return NULL;
    }
  return g_bytes_new_take (contents, length);
}

/* The questionnaire @ref, or NULL after saying so. */
static QsSurvey *
find_survey (QsContext *context, const char *command, const char *ref)
{
  g_autoptr (GError) error = NULL;
  QsSurvey *survey = NULL;

  if (!qs_survey_repository_find_by_ref (qs_context_get_store (context), ref, &survey, &error))
    {
      qs_cli_fail (g_steal_pointer (&error));
      return NULL;
    }
  if (survey == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_ ("no questionnaire has the reference “%s”."), ref);

      qs_cli_usage_error (command, message);
    }
  return survey;
}

static int
import_definition (QsCliOptions *cli, int argc, char **argv)
{
  g_autoptr (QsContext) context = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (QsSurvey) survey = NULL;
  g_autoptr (GPtrArray) questions = NULL;
  g_autoptr (GPtrArray) audience = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  QsStore         *store;

  if (argc != 2)
    return qs_cli_usage_error ("survey import", _ ("give the questionnaire’s file: survey import "
                                                   "FILE.json."));
  bytes = load_file ("survey import", argv[1], &name);
  if (bytes == NULL)
    return 1;
  context = qs_cli_open_context (cli, TRUE);
  if (context == NULL)
    return 1;
  store = qs_context_get_store (context);
  survey = qs_survey_import_json (store, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  name, qs_context_get_timezone (context), &error);
  if (survey == NULL)
    return qs_cli_fail (g_steal_pointer (&error));
  questions = qs_survey_repository_get_questions (store, survey, &error);
  if (questions != NULL)
    audience =
      qs_survey_repository_get_audience (store, survey, qs_context_get_timezone (context), &error);
  if (audience == NULL)
    return qs_cli_fail (g_steal_pointer (&error));
  /* Translators: %1$s is a questionnaire's reference; %2$u questions, %3$u people */
  printf (_ ("Imported the questionnaire %1$s: %2$u questions, %3$u people in its audience.\n"),
          qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_REF), questions->len,
          audience->len);
  return 0;
}

static int
write_csv (QsStore *store, QsSurvey *survey, GPtrArray *people, QsLanguage language, GFile *folder)
{
  g_autofree char *base = g_strdup_printf (
    "%s-invitations.csv", qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_REF));
  g_autoptr (GFile) file = g_file_get_child (folder, base);
  g_autofree char *path = g_file_get_parse_name (file);
  g_autoptr (GError) error = NULL;

  if (!qs_survey_invitations_save_csv (store, survey, people, language, file, &error))
    {
      g_printerr (_ ("qualserv-cli survey invitations: could not write “%s”: %s\n"), path,
                  error->message);
      return 1;
    }
  printf (ngettext ("Wrote the invitation of %1$u person to “%2$s”.\n",
                    "Wrote the invitations of %1$u people to “%2$s”.\n", people->len),
          people->len, path);
  return 0;
}

static int
invitations (QsCliOptions *cli, int argc, char **argv)
{
  g_autofree char  *format_name = NULL;
  g_autofree char  *output = NULL;
  g_autofree char  *lang = NULL;
  g_autofree char **args = g_memdup2 (argv, sizeof (char *) * (argc + 1));
  g_autoptr (GOptionContext) options = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (QsContext) context = NULL;
  g_autoptr (QsSurvey) survey = NULL;
  g_autoptr (GPtrArray) people = NULL;
  g_autoptr (GFile) folder = NULL;
  QsLanguage   language = qs_cli_environment_language ();
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_ ("csv (a sheet for a mail merge) or eml (a message per person)"), N_ ("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("The folder to write in"), N_ ("DIR") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_ ("The sheet’s column names and separator: fr or en"), N_ ("LANG") },
    { NULL }
  };
  const char *command = "survey invitations";

  options = g_option_context_new (_ ("REF — invite the people of a questionnaire’s audience"));
  g_option_context_set_translation_domain (options, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (options, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (options, &argc, &args, &error))
    return qs_cli_usage_error (command, error->message);
  if (argc != 2)
    return qs_cli_usage_error (command, _ ("give the questionnaire’s reference."));
  if (g_strcmp0 (format_name, "csv") != 0 && g_strcmp0 (format_name, "eml") != 0)
    return qs_cli_usage_error (command, _ ("say what to write: --format csv or --format eml."));
  if (output == NULL)
    return qs_cli_usage_error (command, _ ("say in which folder to write: -o DIR."));
  if (lang != NULL && !g_str_equal (lang, "fr") && !g_str_equal (lang, "en"))
    return qs_cli_usage_error (command, _ ("--lang must be fr or en."));
  if (lang != NULL)
    language = g_str_equal (lang, "fr") ? QS_LANGUAGE_FR : QS_LANGUAGE_EN;

  folder = g_file_new_for_commandline_arg (output);
  if (!g_file_make_directory_with_parents (folder, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_printerr (_ ("qualserv-cli %s: could not make the folder “%s”: %s\n"), command, output,
                  error->message);
      return 1;
    }
  g_clear_error (&error);
  context = qs_cli_open_context (cli, TRUE);
  if (context == NULL)
    return 1;
  survey = find_survey (context, command, args[1]);
  if (survey == NULL)
    return 1;
  people = qs_survey_repository_get_audience (qs_context_get_store (context), survey,
                                              qs_context_get_timezone (context), &error);
  if (people == NULL)
    return qs_cli_fail (g_steal_pointer (&error));
  if (g_str_equal (format_name, "csv"))
    return write_csv (qs_context_get_store (context), survey, people, language, folder);
  {
    guint n_written, n_skipped;

    if (!qs_survey_invitations_write_eml (qs_context_get_store (context), survey, people, folder,
                                          &n_written, &n_skipped, &error))
      return qs_cli_fail (g_steal_pointer (&error));
    printf (
      ngettext ("Wrote %1$u message to “%2$s”.\n", "Wrote %1$u messages to “%2$s”.\n", n_written),
      n_written, output);
    if (n_skipped > 0)
      printf (ngettext ("%u person has no e-mail address: invite them another way.\n",
                        "%u people have no e-mail address: invite them another way.\n", n_skipped),
              n_skipped);
  }
  return 0;
}

static int
answers (QsCliOptions *cli, int argc, char **argv)
{
  g_autoptr (QsContext) context = NULL;
  g_autoptr (QsSurvey) survey = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  guint            n_responses;

  if (argc != 3)
    return qs_cli_usage_error ("survey answers",
                               _ ("give the questionnaire’s reference and the sheet of answers: "
                                  "survey answers REF FILE.csv."));
  bytes = load_file ("survey answers", argv[2], &name);
  if (bytes == NULL)
    return 1;
  context = qs_cli_open_context (cli, TRUE);
  if (context == NULL)
    return 1;
  survey = find_survey (context, "survey answers", argv[1]);
  if (survey == NULL)
    return 1;
  if (!qs_survey_answers_import (qs_context_get_store (context), survey, bytes, name,
                                 qs_context_get_timezone (context), &n_responses, &error))
    return qs_cli_fail (g_steal_pointer (&error));
  printf (ngettext ("Imported %u response.\n", "Imported %u responses.\n", n_responses),
          n_responses);
  return 0;
}

int
qs_cli_survey (QsCliOptions *cli, int argc, char **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "import"))
    return import_definition (cli, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "invitations"))
    return invitations (cli, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "answers"))
    return answers (cli, argc - 1, argv + 1);
  return qs_cli_usage_error ("survey", _ ("say what to do: import, invitations or answers."));
}
