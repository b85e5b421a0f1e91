/* qs-charter-publication-private.h — what the publication's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * qs-charter-publication.c gathers the document from the store into the
 * plain structure below; qs-charter-publication-text.c looks its fixed
 * words up in the catalogue of the document's language; the -html.c and
 * -pdf.c files only render it.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <pango/pangocairo.h>

#include "qs-charter-publication.h"

G_BEGIN_DECLS

typedef enum {
  QS_OUTCOME_NOT_MEASURED,   /* no metric: a promise without a figure */
  QS_OUTCOME_OTHER_SOURCE,   /* measured by hand or by survey, not from requests */
  QS_OUTCOME_NO_DATA,        /* measured, but no request in the quarter */
  QS_OUTCOME_MEASURED,       /* a figure, but no target to compare it with */
  QS_OUTCOME_MET,
  QS_OUTCOME_BELOW,
} QsPublicationOutcome;

typedef struct
{
  QsCategory            category;
  char                 *text;          /* in the document's language, or the other one */
  gboolean              text_missing;  /* TRUE when text is in the other language */
  char                 *target;        /* "Target: 95 % within 24 business hours", or NULL */
  char                 *achieved;      /* the figure and its quarter, or how it is measured */
  QsPublicationOutcome  outcome;
} QsPublicationItem;

/* The layout of the printed document; see qs-charter-publication-pdf.c. */
typedef struct _QsPublicationPages QsPublicationPages;

struct _QsCharterPublication
{
  GObject              parent_instance;

  QsLanguage           language;
  char                *title;
  gboolean             title_missing;
  char                *provider;
  char                *status_line;     /* version and publication date */
  char                *review_line;     /* next review, or NULL */
  char                *values;          /* NULL when the charter has none */
  gboolean             values_missing;
  char                *introduction;
  gboolean             introduction_missing;
  gboolean             translations_missing;
  GPtrArray           *items;           /* QsPublicationItem, by category then position */
  char                *contact;         /* the last section, paragraphs between blank lines */

  QsPublicationPages  *pages;
};

/* The fixed words of the document, in the language it is written in. */
typedef enum {
  QS_DOC_OUR_VALUES,
  QS_DOC_INTRODUCTION,
  QS_DOC_OUR_COMMITMENTS,
  QS_DOC_TRANSLATION_MISSING,
  QS_DOC_SOME_TRANSLATIONS_MISSING,  /* a format: see qs_publication_missing_notice() */
  QS_DOC_UNTITLED,
  QS_DOC_NO_COMMITMENTS,
  QS_DOC_HOW_TO_REACH_US,
  QS_DOC_N_STRINGS
} QsDocString;

const char *qs_publication_string            (QsLanguage   language,
                                              QsDocString  id);
char       *qs_publication_missing_notice    (QsLanguage   language);
const char *qs_publication_category_label    (QsLanguage   language,
                                              QsCategory   category);
const char *qs_publication_language_code     (QsLanguage   language);

char       *qs_publication_format_decimal    (double       value,
                                              gboolean     keep_decimal,
                                              QsLanguage   language);
char       *qs_publication_format_count      (gint64       count,
                                              QsLanguage   language);
char       *qs_publication_format_date       (GDateTime   *date,
                                              QsLanguage   language);
char       *qs_publication_format_period     (GDateTime   *start,
                                              GDateTime   *end,
                                              QsLanguage   language);

char       *qs_publication_status_line       (gint64       version,
                                              QsCharterStatus status,
                                              GDateTime   *published,
                                              QsLanguage   language);
char       *qs_publication_review_line       (GDateTime   *review,
                                              QsLanguage   language);
char       *qs_publication_target_sentence   (QsMetric     metric,
                                              double       target_value,
                                              QsDurationUnit unit,
                                              double       threshold_percent,
                                              QsLanguage   language);
char       *qs_publication_achieved_sentence (const char  *period,
                                              double       percent,
                                              gint64       n_requests,
                                              double       threshold_percent,
                                              QsLanguage   language,
                                              QsPublicationOutcome *outcome);
char       *qs_publication_other_source      (QsMetric     metric,
                                              QsLanguage   language);

void        qs_publication_pages_free        (QsPublicationPages *pages);
/* qs-charter-publication-contact.c */
gboolean    qs_publication_gather_contact    (QsCharterPublication *self,
                                              QsStore              *store,
                                              QsCharter            *charter,
                                              GPtrArray            *commitments,
                                              GDateTime            *now,
                                              GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsPublicationPages, qs_publication_pages_free)

G_END_DECLS
/* clang-format on */
