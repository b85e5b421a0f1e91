/* qs-charter-publication-html.c — the publication as a standalone HTML page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One self-contained UTF-8 file a department can put on its intranet or
 * print from a browser: no script, no external style sheet or font.
 */
#include "qs-charter-publication-private.h"

#include <string.h>

static const char style_sheet[] =
  "body { font-family: Cantarell, 'DejaVu Sans', sans-serif; color: #222; line-height: 1.5;\n"
  "       max-width: 46em; margin: 2em auto; padding: 0 1em;\n"
  "       overflow-wrap: anywhere; hyphens: auto; }\n"
  "header { border-bottom: 2px solid #1c5f99; margin-bottom: 1.5em; }\n"
  "h1 { font-family: 'DejaVu Serif', serif; font-size: 2em; line-height: 1.2; margin: 0 0 .3em; }\n"
  ".provider { font-size: 1.2em; margin: 0; }\n"
  ".meta { color: #555; font-size: .9em; margin: .3em 0 1em; }\n"
  "h2 { font-size: 1.35em; margin: 1.6em 0 .5em; }\n"
  "h3 { font-size: 1.1em; color: #1c5f99; margin: 1.4em 0 .5em; }\n"
  ".notice { background: #fff6dc; border: 1px solid #e3c56f; padding: .5em .8em; }\n"
  "ul.commitments { list-style: none; margin: 0; padding: 0; }\n"
  "li.commitment { margin: 0 0 1em; padding-left: .8em; border-left: 3px solid #9bbbd8; }\n"
  "li.commitment p { margin: 0; }\n"
  ".target, .achieved { font-size: .92em; color: #444; }\n"
  ".achieved.met { color: #26700f; }\n"
  ".achieved.below { color: #a33c00; }\n"
  ".missing { font-style: italic; font-size: .85em; color: #7a5200; }\n"
  "@media print {\n"
  "  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }\n"
  "  h2, h3 { break-after: avoid; }\n"
  "  li.commitment { break-inside: avoid; }\n"
  "}\n";

static void
append_escaped (GString *out, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

/* Escaped @text, a blank line starting a new paragraph and a single line
 * break kept as <br>. */
static void
append_paragraphs (GString *out, const char *text, const char *attributes)
{
  g_auto (GStrv) paragraphs = g_regex_split_simple ("\\n\\s*\\n", text, 0, 0);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_auto (GStrv) lines = NULL;

      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] == '\0')
        continue;
      lines = g_strsplit (paragraphs[i], "\n", -1);
      g_string_append_printf (out, "<p%s>", attributes);
      for (guint j = 0; lines[j] != NULL; j++)
        {
          if (j > 0)
            g_string_append (out, "<br>\n");
          append_escaped (out, lines[j]);
        }
      g_string_append (out, "</p>\n");
    }
}

static void
append_missing_mark (GString *out, const QsCharterPublication *self)
{
  g_string_append (out, "<span class=\"missing\">(");
  append_escaped (out, qs_publication_string (self->language, QS_DOC_TRANSLATION_MISSING));
  g_string_append (out, ")</span>");
}

/* The language attribute of a text shown in the other language, so that
 * screen readers and hyphenation use the right one. */
static const char *
other_lang_attribute (const QsCharterPublication *self)
{
  return self->language == QS_LANGUAGE_EN ? " lang=\"fr\"" : " lang=\"en\"";
}

static void
append_section (GString              *out,
                QsCharterPublication *self,
                const char           *class_name,
                QsDocString           heading,
                const char           *text,
                gboolean              missing)
{
  if (text == NULL)
    return;
  g_string_append_printf (out, "<section class=\"%s\">\n<h2>", class_name);
  append_escaped (out, qs_publication_string (self->language, heading));
  g_string_append (out, "</h2>\n");
  append_paragraphs (out, text, missing ? other_lang_attribute (self) : "");
  if (missing)
    {
      g_string_append (out, "<p>");
      append_missing_mark (out, self);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</section>\n");
}

static const char *
outcome_class (QsPublicationOutcome outcome)
{
  switch (outcome)
    {
    case QS_OUTCOME_MET:
      return "achieved met";
    case QS_OUTCOME_BELOW:
      return "achieved below";
    case QS_OUTCOME_NOT_MEASURED:
    case QS_OUTCOME_OTHER_SOURCE:
    case QS_OUTCOME_NO_DATA:
    case QS_OUTCOME_MEASURED:
    default:
      return "achieved";
    }
}

static void
append_item (GString *out, QsCharterPublication *self, const QsPublicationItem *item)
{
  g_autofree char *text = g_markup_escape_text (item->text, -1);
  g_autofree char *with_breaks = NULL;
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  with_breaks = g_strjoinv ("<br>\n", lines);
  g_string_append_printf (out, "<li class=\"commitment\">\n<p class=\"text\"%s>%s",
                          item->text_missing ? other_lang_attribute (self) : "", with_breaks);
  if (item->text_missing)
    {
      g_string_append_c (out, ' ');
      append_missing_mark (out, self);
    }
  g_string_append (out, "</p>\n");
  if (item->target != NULL)
    {
      g_string_append (out, "<p class=\"target\">");
      append_escaped (out, item->target);
      g_string_append (out, "</p>\n");
    }
  if (item->achieved != NULL)
    {
      g_string_append_printf (out, "<p class=\"%s\">", outcome_class (item->outcome));
      append_escaped (out, item->achieved);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</li>\n");
}

static void
append_commitments (GString *out, QsCharterPublication *self)
{
  int category = -1;

  g_string_append (out, "<section class=\"commitments\">\n<h2>");
  append_escaped (out, qs_publication_string (self->language, QS_DOC_OUR_COMMITMENTS));
  g_string_append (out, "</h2>\n");

  if (self->items->len == 0)
    {
      g_string_append (out, "<p>");
      append_escaped (out, qs_publication_string (self->language, QS_DOC_NO_COMMITMENTS));
      g_string_append (out, "</p>\n");
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      const QsPublicationItem *item = g_ptr_array_index (self->items, i);

      if ((int) item->category != category)
        {
          if (category != -1)
            g_string_append (out, "</ul>\n");
          category = item->category;
          g_string_append (out, "<h3>");
          append_escaped (out, qs_publication_category_label (self->language, item->category));
          g_string_append (out, "</h3>\n<ul class=\"commitments\">\n");
        }
      append_item (out, self, item);
    }
  if (category != -1)
    g_string_append (out, "</ul>\n");
  g_string_append (out, "</section>\n");
}

static char *
build_html (QsCharterPublication *self)
{
  GString *out = g_string_sized_new (16384);

  g_string_append_printf (
    out,
    "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta name=\"generator\" content=\"QualServ\">\n<title>",
    qs_publication_language_code (self->language));
  append_escaped (out, self->title);
  g_string_append (out, "</title>\n<style>\n");
  g_string_append (out, style_sheet);
  g_string_append (out, "</style>\n</head>\n<body>\n<header>\n");

  g_string_append_printf (out, "<h1%s>", self->title_missing ? other_lang_attribute (self) : "");
  append_escaped (out, self->title);
  g_string_append (out, "</h1>\n");
  if (self->title_missing)
    {
      g_string_append (out, "<p>");
      append_missing_mark (out, self);
      g_string_append (out, "</p>\n");
    }
  if (*self->provider != '\0')
    {
      g_string_append (out, "<p class=\"provider\">");
      append_escaped (out, self->provider);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "<p class=\"meta\">");
  append_escaped (out, self->status_line);
  if (self->review_line != NULL)
    {
      g_string_append (out, "<br>\n");
      append_escaped (out, self->review_line);
    }
  g_string_append (out, "</p>\n</header>\n<main>\n");

  if (self->translations_missing)
    {
      g_autofree char *notice = qs_publication_missing_notice (self->language);

      g_string_append (out, "<p class=\"notice\">");
      append_escaped (out, notice);
      g_string_append (out, "</p>\n");
    }

  append_section (out, self, "values", QS_DOC_OUR_VALUES, self->values, self->values_missing);
  append_section (out, self, "introduction", QS_DOC_INTRODUCTION, self->introduction,
                  self->introduction_missing);
  append_commitments (out, self);
  append_section (out, self, "contact", QS_DOC_HOW_TO_REACH_US, self->contact, FALSE);

  g_string_append (out, "</main>\n</body>\n</html>\n");
  return g_string_free (out, FALSE);
}

/**
 * qs_charter_publication_write_html:
 *
 * Writes the whole document to @stream, which is left open.
 */
gboolean
qs_charter_publication_write_html (QsCharterPublication *self,
                                   GOutputStream        *stream,
                                   GError              **error)
{
  g_autofree char *html = NULL;

  g_return_val_if_fail (QS_IS_CHARTER_PUBLICATION (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  html = build_html (self);
  return g_output_stream_write_all (stream, html, strlen (html), NULL, NULL, error);
}
