/* qs-acknowledgement-letter.c — the letter that acknowledges a request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-acknowledgement-letter.h"
#include "qs-catalog.h"
#include "qs-deadline-explanation.h"

/* The sentence saying what was received: one per kind, so that each
 * language can make the sentence agree with its noun. */
static const char *
received_sentence (QsCatalog *catalog, QsRequestKind kind)
{
  switch (kind)
    {
    case QS_REQUEST_KIND_COMPLAINT:
      return qs_catalog_pgettext (catalog, "document",
                                  /* Translators: in the acknowledgement letter sent to a client:
                                   * %1$s is the subject of the complaint, %2$s when it was
                                   * received. The next sentence says "Its reference is …" of it. */
                                  "We received your complaint “%1$s” on %2$s.");
    case QS_REQUEST_KIND_SUGGESTION:
      return qs_catalog_pgettext (
        catalog, "document",
        /* Translators: in the acknowledgement letter sent to a client: %1$s
         * is the subject of the suggestion, %2$s when it was received. */
        "We received your suggestion “%1$s” on %2$s.");
    case QS_REQUEST_KIND_COMPLIMENT:
      return qs_catalog_pgettext (
        catalog, "document",
        /* Translators: in the acknowledgement letter sent to a client: %1$s
         * is the subject of the compliment, %2$s when it was received. */
        "We received your compliment “%1$s” on %2$s.");
    case QS_REQUEST_KIND_REQUEST:
    default:
      /* Translators: in the acknowledgement letter sent to a client: %1$s
       * is the subject of the request, %2$s when it was received. */
      return qs_catalog_pgettext (catalog, "document", "We received your request “%1$s” on %2$s.");
    }
}

/**
 * qs_acknowledgement_letter_write:
 *
 * A confidential request is still addressed to its client: confidentiality
 * hides the complainant from others, not from themselves.
 *
 * Returns: (transfer full): the letter
 */
char *
qs_acknowledgement_letter_write (QsRequest       *request,
                                 QsClient        *client,
                                 QsDepartment    *department,
                                 QsBusinessHours *hours)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *received = NULL;
  QsEntity        *e = QS_ENTITY (request);
  const char      *given_name = NULL;
  QsLanguage       language;
  QsCatalog       *catalog;
  gint64           due;

  g_return_val_if_fail (QS_IS_REQUEST (request), NULL);
  g_return_val_if_fail (hours != NULL, NULL);

  language = qs_entity_get_enum (e, QS_REQUEST_FIELD_LANGUAGE);
  catalog = qs_catalog_get_for_language (language);
  if (client != NULL)
    given_name = qs_entity_get_string (QS_ENTITY (client), QS_CLIENT_FIELD_GIVEN_NAME);

  if (given_name != NULL && *given_name != '\0')
    /* Translators: the greeting of the acknowledgement letter sent to a
     * client; %s is their given name. */
    g_string_append_printf (text, qs_catalog_pgettext (catalog, "document", "Dear %s,"),
                            given_name);
  else
    /* Translators: the greeting of the acknowledgement letter sent to a
     * client whose name is not known. */
    g_string_append (text, qs_catalog_pgettext (catalog, "document", "Hello,"));
  g_string_append (text, "\n\n");

  received = qs_deadline_format_instant (hours, qs_entity_get_int (e, QS_REQUEST_FIELD_RECEIVED_AT),
                                         language);
  g_string_append_printf (
    text, received_sentence (catalog, qs_entity_get_enum (e, QS_REQUEST_FIELD_KIND)),
    qs_entity_get_string (e, QS_REQUEST_FIELD_SUBJECT), received);
  g_string_append_c (text, ' ');
  g_string_append_printf (
    text,
    qs_catalog_pgettext (catalog, "document",
                         /* Translators: in the acknowledgement letter sent to a client, after
                          * "We received your request …" (French: "Elle" agrees with demande,
                          * plainte, suggestion and appréciation alike); %s is its reference,
                          * "REQ-2026-00042". */
                         "Its reference is %s; please "
                         "quote it when you contact us "
                         "about it."),
    qs_entity_get_string (e, QS_REQUEST_FIELD_REF));
  g_string_append (text, "\n\n");

  due = qs_entity_get_int (e, QS_REQUEST_FIELD_RESOLUTION_DUE_AT);
  if (due != 0)
    {
      g_autofree char *due_text = qs_deadline_format_instant (hours, due, language);

      g_string_append_printf (
        text,
        qs_catalog_pgettext (catalog, "document",
                             /* Translators: in the acknowledgement letter sent to a client; %s is
                              * the date and time promised. */
                             "We commit to giving you an "
                             "answer at the latest by %s."),
        due_text);
    }
  else
    g_string_append (text, qs_catalog_pgettext (catalog, "document",
                                                /* Translators: in the acknowledgement letter sent
                                                 * to a client whose request has no due date. */
                                                "We will keep you informed at every "
                                                "step of its handling."));
  g_string_append (text, "\n\n");

  /* Translators: the closing of the acknowledgement letter sent to a
   * client, before the department's name. */
  g_string_append (text, qs_catalog_pgettext (catalog, "document", "Kind regards,"));
  if (department != NULL)
    g_string_append_printf (
      text, "\n%s", qs_entity_get_string (QS_ENTITY (department), QS_DEPARTMENT_FIELD_NAME));
  g_string_append_c (text, '\n');

  return g_string_free (g_steal_pointer (&text), FALSE);
}
