/* qs-request-page-history.c — the timeline of a request: every change in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Events store what changed as the database does (nicks, ids, ISO 8601
 * due dates); the timeline puts them back in words: labels for
 * enumerations, names for people and departments, dates in the zone of
 * the request's calendar.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-client.h"
#include "qs-deadline-explanation.h"
#include "qs-department.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-repository.h"
#include "qs-request-event.h"
#include "qs-request-page-private.h"
#include "qs-request-repository.h"

const char *
qs_request_page_department_name (QsRequestPage *self, const char *id)
{
  for (guint i = 0; id != NULL && self->departments != NULL && i < self->departments->len; i++)
    {
      QsEntity *department = g_ptr_array_index (self->departments, i);

      if (g_strcmp0 (qs_entity_get_id (department), id) == 0)
        return qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME);
    }
  return id;
}

char *
qs_request_page_dup_person_name (QsRequestPage *self, const char *id)
{
  g_autoptr (QsEntity) found = NULL;
  g_autoptr (GError) error = NULL;

  if (id == NULL)
    return NULL;
  for (guint i = 0; self->people != NULL && i < self->people->len; i++)
    if (g_strcmp0 (qs_entity_get_id (g_ptr_array_index (self->people, i)), id) == 0)
      return qs_client_dup_display_name (QS_CLIENT (g_ptr_array_index (self->people, i)));
  if (!qs_repository_find_if_any (qs_store_get_repository (self->store, QS_TYPE_CLIENT), id, &found,
                                  &error))
    {
      /* Said once on the page, not once a line of the history. */
      if (g_strcmp0 (gtk_label_get_label (self->message_label), error->message) != 0 ||
          !gtk_revealer_get_reveal_child (self->message_revealer))
        qs_request_page_show_error (self, error);
      return g_strdup ("");
    }
  return found != NULL ? qs_client_dup_display_name (QS_CLIENT (found)) : g_strdup (id);
}

char *
qs_request_page_format_instant (QsRequestPage *self, gint64 at)
{
  /* Without a calendar, in the computer's time zone. */
  return qs_deadline_format_instant (self->hours, at, qs_interface_language ());
}

static const char *
event_icon (QsEventKind kind)
{
  switch (kind)
    {
    case QS_EVENT_KIND_CREATED:
      return "list-add-symbolic";
    case QS_EVENT_KIND_STATUS:
      return "object-select-symbolic";
    case QS_EVENT_KIND_FIELD:
      return "document-edit-symbolic";
    case QS_EVENT_KIND_COMMENT:
      return "user-available-symbolic";
    case QS_EVENT_KIND_PAUSE:
      return "media-playback-pause-symbolic";
    case QS_EVENT_KIND_RESUME:
      return "media-playback-start-symbolic";
    case QS_EVENT_KIND_EXTENSION:
      return "x-office-calendar-symbolic";
    case QS_EVENT_KIND_ESCALATION:
      return "dialog-warning-symbolic";
    case QS_EVENT_KIND_REVEAL:
      return "view-reveal-symbolic";
    default:
      return "emblem-documents-symbolic";
    }
}

/* A due date as an event stores it: microseconds, or ISO 8601. */
static gint64
parse_instant (const char *value)
{
  g_autoptr (GDateTime) parsed = NULL;
  char  *end = NULL;
  gint64 usec;

  if (value == NULL || *value == '\0')
    return 0;
  usec = g_ascii_strtoll (value, &end, 10);
  if (end != NULL && *end == '\0')
    return usec;
  parsed = g_date_time_new_from_iso8601 (value, NULL);
  return parsed != NULL ? g_date_time_to_unix (parsed) * G_USEC_PER_SEC : 0;
}

static const char *
field_label (const char *field)
{
  const struct
  {
    const char *name;
    const char *label;
  } labels[] = {
    { "subject", N_ ("Subject") },
    { "description", N_ ("Description") },
    { "priority", N_ ("Priority") },
    { "problem", N_ ("Category") },
    { "assignee_id", N_ ("Assignee") },
    { "department_id", N_ ("Department") },
    { "confidential", N_ ("Confidentiality") },
    { "status", N_ ("Status") },
    { "handling_guide", N_ ("Handling guide") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (field, labels[i].name) == 0)
      return _ (labels[i].label);
  return field;
}

/* A stored value put in words: labels for enumerations, names for ids. */
static char *
field_value (QsRequestPage *self, const char *field, const char *value)
{
  GType enum_type = G_TYPE_INVALID;

  if (value == NULL || *value == '\0')
    return g_strdup (_ ("none"));
  if (g_strcmp0 (field, "priority") == 0)
    enum_type = QS_TYPE_PRIORITY;
  else if (g_strcmp0 (field, "problem") == 0)
    enum_type = QS_TYPE_PROBLEM;
  else if (g_strcmp0 (field, "status") == 0)
    enum_type = QS_TYPE_REQUEST_STATUS;
  if (enum_type != G_TYPE_INVALID && qs_enum_from_nick (enum_type, value) >= 0)
    return g_strdup (qs_enum_label (enum_type, qs_enum_from_nick (enum_type, value)));
  if (g_strcmp0 (field, "assignee_id") == 0)
    return qs_request_page_dup_person_name (self, value);
  if (g_strcmp0 (field, "department_id") == 0)
    return g_strdup (qs_request_page_department_name (self, value));
  if (g_strcmp0 (field, "confidential") == 0)
    return g_strdup (g_strcmp0 (value, "1") == 0 ? _ ("confidential") : _ ("not confidential"));
  if (g_strcmp0 (field, "handling_guide") == 0)
    {
      guint done = qs_handling_guide_parse (value);
      guint n = 0;

      for (guint i = 0; i < QS_GUIDE_N_STEPS; i++)
        n += (done & (1u << i)) != 0;
      /* Translators: steps of the handling guide done */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step done", "%u steps done", n), n);
    }
  return g_strdup (value);
}

/* What the event changed, in one sentence. */
static char *
describe_event (QsRequestPage *self, QsEntity *event)
{
  QsEventKind kind = qs_entity_get_enum (event, QS_REQUEST_EVENT_FIELD_KIND);
  const char *field = qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_FIELD);
  const char *old_value = qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_OLD_VALUE);
  const char *new_value = qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_NEW_VALUE);

  switch (kind)
    {
    case QS_EVENT_KIND_CREATED:
      return g_strdup (_ ("Request received and recorded"));
    case QS_EVENT_KIND_STATUS:
    case QS_EVENT_KIND_FIELD:
      {
        g_autofree char *before = NULL;
        g_autofree char *after = NULL;

        if (kind == QS_EVENT_KIND_STATUS && field == NULL)
          field = "status";
        /* The row says when; the stored instant is for programs. */
        if (g_strcmp0 (field, "survey_asked_at") == 0)
          return g_strdup (_ ("Client asked how the request was handled"));
        if (g_strcmp0 (field, "subject") == 0 || g_strcmp0 (field, "description") == 0)
          /* Translators: %s is the name of a field, such as "Subject" */
          return g_strdup_printf (_ ("%s changed"), field_label (field));
        before = field_value (self, field, old_value);
        after = field_value (self, field, new_value);
        if (old_value == NULL)
          /* Translators: a field, then its new value */
          return g_strdup_printf (_ ("%s set to %s"), field_label (field), after);
        /* Translators: a field, its old value, its new value */
        return g_strdup_printf (_ ("%s: %s → %s"), field_label (field), before, after);
      }
    case QS_EVENT_KIND_COMMENT:
      return g_strdup (_ ("Comment"));
    case QS_EVENT_KIND_PAUSE:
      return g_strdup (_ ("Clock paused while waiting on the client"));
    case QS_EVENT_KIND_RESUME:
    case QS_EVENT_KIND_EXTENSION:
      {
        gint64           before = parse_instant (old_value);
        gint64           after = parse_instant (new_value);
        g_autofree char *before_text = NULL;
        g_autofree char *after_text = NULL;

        if (after == 0)
          return g_strdup (kind == QS_EVENT_KIND_RESUME ? _ ("Clock resumed")
                                                        : _ ("Resolution date extended"));
        after_text = qs_request_page_format_instant (self, after);
        before_text =
          before != 0 ? qs_request_page_format_instant (self, before) : g_strdup (_ ("none"));
        if (kind == QS_EVENT_KIND_RESUME)
          /* Translators: two dates; the clock was stopped while waiting on the client */
          return g_strdup_printf (_ ("Clock resumed: resolution due moved from %s to %s"),
                                  before_text, after_text);
        /* Translators: two dates */
        return g_strdup_printf (_ ("Resolution date extended from %s to %s"), before_text,
                                after_text);
      }
    case QS_EVENT_KIND_ESCALATION:
      return g_strdup (_ ("Escalated, past its resolution date"));
    case QS_EVENT_KIND_REVEAL:
      return g_strdup (_ ("The complainant’s identity was revealed"));
    default:
      return g_strdup (qs_enum_label (QS_TYPE_EVENT_KIND, kind));
    }
}

static GtkWidget *
new_event_row (QsRequestPage *self, QsEntity *event)
{
  QsEventKind      kind = qs_entity_get_enum (event, QS_REQUEST_EVENT_FIELD_KIND);
  const char      *actor = qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_ACTOR);
  const char      *note = qs_entity_get_string (event, QS_REQUEST_EVENT_FIELD_NOTE);
  g_autofree char *what = describe_event (self, event);
  g_autofree char *when =
    qs_request_page_format_instant (self, qs_entity_get_int (event, QS_REQUEST_EVENT_FIELD_AT));
  g_autofree char *who_when = NULL;
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget       *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget       *icon = gtk_image_new_from_icon_name (event_icon (kind));
  GtkWidget       *label;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);

  label = gtk_label_new (what);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (texts), label);

  if (note != NULL && *note != '\0')
    {
      g_autofree char *quoted = NULL;

      if (kind == QS_EVENT_KIND_EXTENSION &&
          qs_entity_get_boolean (event, QS_REQUEST_EVENT_FIELD_CLIENT_TOLD))
        /* Translators: the reason for an extension */
        quoted = g_strdup_printf (_ ("%s (the client was told)"), note);
      else if (kind == QS_EVENT_KIND_RESUME)
        /* Translators: %s is business time, such as "2 h 30" */
        quoted = g_strdup_printf (_ ("Paused for %s of business time"), note);
      label = gtk_label_new (quoted != NULL ? quoted : note);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (texts), label);
    }

  /* Translators: who did it — when */
  who_when = g_strdup_printf (_ ("%s — %s"), actor != NULL ? actor : _ ("Someone"), when);
  label = gtk_label_new (who_when);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (texts), label);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "qs-event-kind", GINT_TO_POINTER (kind));
  return row;
}

void
qs_request_page_fill_history (QsRequestPage *self)
{
  g_autoptr (GPtrArray) events = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);

  events = qs_request_repository_get_events (self->store,
                                             qs_entity_get_id (QS_ENTITY (self->request)), &error);
  if (events == NULL)
    {
      qs_request_page_show_error (self, error);
      return;
    }
  for (guint i = 0; i < events->len; i++)
    gtk_list_box_append (self->history_list, new_event_row (self, g_ptr_array_index (events, i)));
}
