/* qs-surveys-view-files.c — the Questionnaires view's actions on files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A questionnaire's definition (JSON) and a sheet of answers (CSV) are
 * read with the importers the command line uses, all or nothing: a
 * refusal names the file, line and column, in a dialog. Invitations are
 * written as a mail-merge sheet in the interface's language, or as one
 * e-mail per person in theirs. The choosers are GtkFileChooserNative, so
 * that they go through the portal in a sandbox.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-calendar-words.h"
#include "qs-enum-labels.h"
#include "qs-save-chooser.h"
#include "qs-survey-answers-import.h"
#include "qs-survey-import.h"
#include "qs-survey-invitations.h"
#include "qs-survey-repository.h"
#include "qs-surveys-view-private.h"

/* A questionnaire's definition is a few tens of kilobytes. */
#define MAX_DEFINITION_BYTES (4 * 1024 * 1024)

static GtkFileChooserNative *
new_open_chooser (QsSurveysView *self,
                  const char    *title,
                  const char    *filter_name,
                  const char    *pattern)
{
  GtkRoot              *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"), _ ("_Cancel"));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

static QsContext *
context_of (QsSurveysView *self)
{
  return qs_view_get_context (QS_VIEW (self));
}

static void
on_definition_chosen_cb (GtkNativeDialog *chooser, int response, QsSurveysView *self)
{
  QsContext *context = context_of (self);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (QsSurvey) survey = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;

  if (response != GTK_RESPONSE_ACCEPT || context == NULL)
    goto out;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  name = g_file_get_basename (file);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes != NULL && g_bytes_get_size (bytes) > MAX_DEFINITION_BYTES)
    {
      g_clear_pointer (&bytes, g_bytes_unref);
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _ ("“%s” is larger than 4 MB: it is not a questionnaire."), name);
    }
  if (bytes != NULL)
    survey = qs_survey_import_json (qs_context_get_store (context), g_bytes_get_data (bytes, NULL),
                                    g_bytes_get_size (bytes), name,
                                    qs_context_get_timezone (context), &error);
  if (survey == NULL)
    qs_surveys_view_show_error (self, _ ("The Questionnaire Was Not Imported"), error);
  else
    {
      g_autofree char *title =
        g_strdup_printf (_ ("Imported the questionnaire %s"),
                         qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_REF));

      qs_surveys_view_reload (self, qs_entity_get_id (QS_ENTITY (survey)));
      qs_surveys_view_toast (self, title);
    }
out:
  g_object_unref (chooser);
}

void
qs_surveys_view_import_definition (QsSurveysView *self)
{
  GtkFileChooserNative *chooser =
    new_open_chooser (self, _ ("Import a Questionnaire"), _ ("Questionnaires (JSON)"), "*.json");

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_definition_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_answers_imported_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (QsSurveysView) self = user_data;
  QsContext *context = context_of (self);
  g_autoptr (GError) error = NULL;
  guint n = 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "surveys.import-answers", TRUE);
  if (!qs_survey_answers_import_finish (result, &n, &error))
    {
      qs_surveys_view_show_error (self, _ ("No Answer Was Imported"), error);
      return;
    }
  {
    g_autofree char *number = qs_calendar_words_format_count (n, qs_interface_language ());
    g_autofree char *title =
      g_strdup_printf (ngettext ("Imported %s answer", "Imported %s answers", n), number);

    /* Written on the thread's own connection: the view hears it now. */
    if (context != NULL)
      qs_context_look_for_foreign_changes (context);
    qs_surveys_view_toast (self, title);
  }
}

static void
on_answers_chosen_cb (GtkNativeDialog *chooser, int response, QsSurveysView *self)
{
  QsContext *context = context_of (self);
  QsSurvey  *survey = qs_surveys_view_get_shown (self);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;

  if (response != GTK_RESPONSE_ACCEPT || context == NULL || survey == NULL)
    goto out;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  name = g_file_get_basename (file);
  /* The importer refuses a file past its bound before reading it. */
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      qs_surveys_view_show_error (self, _ ("No Answer Was Imported"), error);
      goto out;
    }
  /* A sheet of thousands of forms takes seconds: the window goes on. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "surveys.import-answers", FALSE);
  qs_survey_answers_import_async (qs_context_get_store (context), survey, bytes, name,
                                  qs_context_get_timezone (context), on_answers_imported_cb,
                                  g_object_ref (self));
out:
  g_object_unref (chooser);
}

void
qs_surveys_view_import_answers (QsSurveysView *self)
{
  GtkFileChooserNative *chooser = new_open_chooser (self, _ ("Import Answers from a Sheet"),
                                                    _ ("Sheets of answers (CSV)"), "*.csv");

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_answers_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The people to invite, or NULL with the reason shown. */
static GPtrArray *
read_audience (QsSurveysView *self, QsSurvey *survey)
{
  QsContext *context = context_of (self);
  g_autoptr (GError) error = NULL;
  GPtrArray *people = qs_survey_repository_get_audience (qs_context_get_store (context), survey,
                                                         qs_context_get_timezone (context), &error);

  if (people == NULL)
    qs_surveys_view_show_error (self, _ ("No Invitation Was Written"), error);
  return people;
}

static void
on_invitations_chosen_cb (GtkNativeDialog *chooser, int response, QsSurveysView *self)
{
  gboolean   as_email = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "eml"));
  QsContext *context = context_of (self);
  QsSurvey  *survey = qs_surveys_view_get_shown (self);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GPtrArray) people = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  guint            n_written = 0, n_skipped = 0;

  if (response != GTK_RESPONSE_ACCEPT || context == NULL || survey == NULL ||
      (people = read_audience (self, survey)) == NULL)
    goto out;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (as_email ? !qs_survey_invitations_write_eml (qs_context_get_store (context), survey, people,
                                                   file, &n_written, &n_skipped, &error)
               : !qs_survey_invitations_save_csv (qs_context_get_store (context), survey, people,
                                                  qs_interface_language (), file, &error))
    {
      qs_surveys_view_show_error (self, _ ("No Invitation Was Written"), error);
      goto out;
    }
  if (!as_email)
    title = g_strdup_printf (ngettext ("Wrote the invitation of %u person",
                                       "Wrote the invitations of %u people", people->len),
                             people->len);
  else if (n_skipped == 0)
    title =
      g_strdup_printf (ngettext ("Wrote %u e-mail", "Wrote %u e-mails", n_written), n_written);
  else
    title = g_strdup_printf (
      /* Translators: e-mails written, then people without an address */
      ngettext ("Wrote %1$u e-mail; %2$u people have no address",
                "Wrote %1$u e-mails; %2$u people have no address", n_written),
      n_written, n_skipped);
  qs_surveys_view_toast (self, title);
out:
  g_object_unref (chooser);
}

void
qs_surveys_view_write_invitations (QsSurveysView *self, gboolean as_email)
{
  QsSurvey             *survey = qs_surveys_view_get_shown (self);
  GtkRoot              *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;

  if (survey == NULL)
    return;
  if (as_email)
    {
      chooser = gtk_file_chooser_native_new (
        _ ("Choose a Folder for the E-mails"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _ ("_Select"), _ ("_Cancel"));
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
    }
  else
    {
      g_autofree char *name = g_strdup_printf (
        /* Translators: the file name offered for invitations; keep the extension */
        _ ("%s-invitations.csv"), qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_REF));

      chooser = qs_save_chooser_new (GTK_WIDGET (self), _ ("Save the Invitations"), _ ("CSV files"),
                                     "text/csv", name);
    }
  g_object_set_data (G_OBJECT (chooser), "eml", GINT_TO_POINTER (as_email));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_invitations_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
