/* qs-catalog.h — QualServ's translations in any language, whatever the process's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Words printed for clients — the acknowledgement letter, the published
 * charter, the calendar's words, the ICS file, durations and deadline
 * explanations — are written in the *document's* language, which need not
 * be the interface's: a French-speaking head of department publishes the
 * English version of their charter too. GLib's gettext follows the process
 * locale (LANGUAGE, LC_MESSAGES), which is the interface's; switching it for
 * one document is not thread-safe (the escalation thread writes texts
 * too) and needs a generated locale per language. So QsCatalog reads the
 * very catalogues gettext reads, itself:
 *
 *   <localedir>/<language>/LC_MESSAGES/qualserv.mo
 *
 * where localedir is $QUALSERV_LOCALEDIR when it is set (running
 * uninstalled and in the tests, as QsApplication and qualserv-cli bind the
 * text domain), LOCALEDIR from config.h otherwise.
 *
 * - English needs no file: the msgids are the English text. "fr_CA" falls
 *   back to "fr", and a language without a file gives English.
 * - qs_catalog_get() reads a language's file once and keeps the catalogue
 *   for the life of the process; it is thread-safe, and a catalogue never
 *   changes once read, so lookups take no lock.
 * - A missing or damaged file (bad magic, offsets or counts past its end,
 *   unparsable Plural-Forms) gives the English text, never a crash, and is
 *   logged once with g_debug(). One entry is dropped, and its English used,
 *   when its translation is not valid UTF-8 (after conversion from the
 *   header's charset) or would not print the same printf arguments as its
 *   msgid, so that a translated format can never read a missing argument.
 *
 * The GNU .mo reader (both byte orders) and the evaluator of Plural-Forms
 * expressions (qs-plural-rule.h) are hand-written: GLib has no .mo reader,
 * and libintl serves only the process's language.
 *
 * Marking strings: document words take the context "document" (or
 * "document: …" where one English word has several translations) and a
 * "Translators:" comment saying that they are printed for clients, on the
 * line just before the msgid (xgettext's rule). Tables mark them with the
 * NC_ macro and look them up with qs_catalog_pgettext(); direct calls are
 * found by xgettext through the keywords po/meson.build declares for the
 * look-up functions below (build-aux/check-translation.py repeats them).
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

#include "qs-enums.h"

G_BEGIN_DECLS

typedef struct _QsCatalog QsCatalog;

/* The catalogue of @language ("fr", "pt_BR"): transfer none, valid for the
 * life of the process. Never NULL: English when there is none. */
QsCatalog  *qs_catalog_get                (const char  *language);
/* The catalogue documents in @language are written with. */
QsCatalog  *qs_catalog_get_for_language   (QsLanguage   language);
/* A catalogue read from @path, for tests and tools; NULL with @error set
 * (QS_ERROR_PARSE, or a GFileError) when the file is missing or damaged. */
QsCatalog  *qs_catalog_new_from_file      (const char  *path,
                                           GError     **error);
QsCatalog  *qs_catalog_ref                (QsCatalog   *self);
void        qs_catalog_unref              (QsCatalog   *self);

/* The translation of @msgid, or @msgid itself. */
const char *qs_catalog_gettext            (QsCatalog   *self,
                                           const char  *msgid);
/* The translation of @msgid in @context, or @msgid itself. */
const char *qs_catalog_pgettext           (QsCatalog   *self,
                                           const char  *context,
                                           const char  *msgid);
/* The plural form of the translation for the count @n, chosen by the
 * catalogue's Plural-Forms; English (@msgid for 1, @msgid_plural
 * otherwise) when there is no translation. */
const char *qs_catalog_ngettext           (QsCatalog   *self,
                                           const char  *msgid,
                                           const char  *msgid_plural,
                                           gulong       n);
const char *qs_catalog_npgettext          (QsCatalog   *self,
                                           const char  *context,
                                           const char  *msgid,
                                           const char  *msgid_plural,
                                           gulong       n);
/* The plural form for an amount that may have decimals, 1,5 heure or
 * 1.5 hours: a whole amount is a count, as for qs_catalog_npgettext; one
 * with decimals takes the form the catalogue's rule for decimals says
 * (see qs-catalog.c). Negative amounts take the form of their absolute
 * value. */
const char *qs_catalog_npgettext_amount   (QsCatalog   *self,
                                           const char  *context,
                                           const char  *msgid,
                                           const char  *msgid_plural,
                                           double       amount);

/* The index of the plural form @amount takes (0 for English "1", 1 for
 * "2" and "1.5"), as qs_catalog_npgettext_amount() chooses it. */
gulong      qs_catalog_get_plural_form    (QsCatalog   *self,
                                           double       amount);
/* The language the catalogue was asked for ("fr"), or "" for a file. */
const char *qs_catalog_get_language       (QsCatalog   *self);
/* The number of plural forms of the language (2 for English). */
guint       qs_catalog_get_n_plurals      (QsCatalog   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsCatalog, qs_catalog_unref)

G_END_DECLS
/* clang-format on */
