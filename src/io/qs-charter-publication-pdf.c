/* qs-charter-publication-pdf.c — the publication laid out on pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document is a list of blocks (title, headings, paragraphs, one
 * block per commitment), each a PangoLayout wrapped to the page width.
 * Pagination places whole lines only, so no line is ever cut across two
 * pages; a commitment moves to the next page rather than split when it
 * fits on one, and a heading never ends a page. The PDF writer and
 * printing (GtkPrintOperation) both draw from this one layout.
 *
 * Layouts are made on a context of their own at 72 dpi without hinting,
 * so one unit is one point and the line breaks do not depend on the
 * device drawn on: what paginate() measured is what draw_page() draws.
 */
#include "qs-charter-publication-private.h"
#include "qs-byte-file.h"

#include <cairo-pdf.h>
#include <math.h>

#define A4_WIDTH 595.0
#define A4_HEIGHT 842.0
#define PDF_MARGIN 56.0
/* The printable area a printer gives already leaves its own margin. */
#define PRINT_MARGIN 18.0
#define FOOTER_HEIGHT 22.0
#define ITEM_INDENT 12.0

#define COLOR_TEXT "#222222"
#define COLOR_MUTED "#555555"
#define COLOR_ACCENT "#1c5f99"
#define COLOR_MET "#26700f"
#define COLOR_BELOW "#a33c00"
#define COLOR_MISSING "#7a5200"

typedef enum
{
  BLOCK_TITLE,
  BLOCK_PROVIDER,
  BLOCK_META,
  BLOCK_NOTICE,
  BLOCK_HEADING,
  BLOCK_CATEGORY,
  BLOCK_PARAGRAPH,
  BLOCK_ITEM,
} BlockKind;

typedef struct
{
  BlockKind    kind;
  char        *markup;
  char        *outline; /* a PDF bookmark for headings */
  PangoLayout *layout;
  int          n_lines;
  double      *line_top; /* per line, from the top of the layout */
  double      *line_bottom;
  double      *line_baseline;
  double      *line_x;
} Block;

typedef struct
{
  guint  block;
  int    first_line;
  int    n_lines;
  double y; /* where the first line's top goes */
} Placement;

struct _QsPublicationPages
{
  GPtrArray *blocks; /* Block */
  GPtrArray *pages;  /* GArray of Placement, one per page */
  double     page_width;
  double     page_height;
  double     margin;
  int        commitments_outline;
};

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->markup);
  g_free (block->outline);
  g_clear_object (&block->layout);
  g_free (block->line_top);
  g_free (block->line_bottom);
  g_free (block->line_baseline);
  g_free (block->line_x);
  g_free (block);
}

void
qs_publication_pages_free (QsPublicationPages *pages)
{
  g_ptr_array_unref (pages->blocks);
  g_ptr_array_unref (pages->pages);
  g_free (pages);
}

static const char *
block_font (BlockKind kind)
{
  switch (kind)
    {
    case BLOCK_TITLE:
      return "Serif Bold 22";
    case BLOCK_PROVIDER:
      return "Sans 13";
    case BLOCK_META:
      return "Sans 9";
    case BLOCK_NOTICE:
      return "Sans Italic 9.5";
    case BLOCK_HEADING:
      return "Sans Bold 14";
    case BLOCK_CATEGORY:
      return "Sans Bold 12";
    case BLOCK_PARAGRAPH:
    case BLOCK_ITEM:
    default:
      return "Serif 10.5";
    }
}

static double
block_space_before (BlockKind kind)
{
  switch (kind)
    {
    case BLOCK_TITLE:
      return 0;
    case BLOCK_PROVIDER:
    case BLOCK_META:
      return 4;
    case BLOCK_NOTICE:
      return 18;
    case BLOCK_HEADING:
      return 22;
    case BLOCK_CATEGORY:
      return 16;
    case BLOCK_PARAGRAPH:
    case BLOCK_ITEM:
    default:
      return 8;
    }
}

static const char *
block_color (BlockKind kind)
{
  switch (kind)
    {
    case BLOCK_META:
    case BLOCK_NOTICE:
      return COLOR_MUTED;
    case BLOCK_CATEGORY:
      return COLOR_ACCENT;
    case BLOCK_TITLE:
    case BLOCK_PROVIDER:
    case BLOCK_HEADING:
    case BLOCK_PARAGRAPH:
    case BLOCK_ITEM:
    default:
      return COLOR_TEXT;
    }
}

static Block *
add_block (GPtrArray *blocks, BlockKind kind, char *markup, const char *outline)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->markup = markup;
  block->outline = g_strdup (outline);
  g_ptr_array_add (blocks, block);
  return block;
}

static Block *
add_text_block (GPtrArray *blocks, BlockKind kind, const char *text, const char *outline)
{
  return add_block (blocks, kind, g_markup_escape_text (text, -1), outline);
}

static char *
missing_mark (QsCharterPublication *self)
{
  g_autofree char *escaped =
    g_markup_escape_text (qs_publication_string (self->language, QS_DOC_TRANSLATION_MISSING), -1);

  return g_strdup_printf (
    " <span font=\"Sans Italic 8.5\" foreground=\"" COLOR_MISSING "\">(%s)</span>", escaped);
}

/* One block per paragraph; the mark of a missing translation ends the last. */
static void
add_paragraphs (QsCharterPublication *self, GPtrArray *blocks, const char *text, gboolean missing)
{
  g_auto (GStrv) paragraphs = g_regex_split_simple ("\\n\\s*\\n", text, 0, 0);
  Block *last = NULL;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] != '\0')
        last = add_text_block (blocks, BLOCK_PARAGRAPH, paragraphs[i], NULL);
    }
  if (missing && last != NULL)
    {
      g_autofree char *mark = missing_mark (self);
      char            *markup = g_strconcat (last->markup, mark, NULL);

      g_free (last->markup);
      last->markup = markup;
    }
}

static const char *
outcome_color (QsPublicationOutcome outcome)
{
  switch (outcome)
    {
    case QS_OUTCOME_MET:
      return COLOR_MET;
    case QS_OUTCOME_BELOW:
      return COLOR_BELOW;
    case QS_OUTCOME_NOT_MEASURED:
    case QS_OUTCOME_OTHER_SOURCE:
    case QS_OUTCOME_NO_DATA:
    case QS_OUTCOME_MEASURED:
    default:
      return COLOR_MUTED;
    }
}

static char *
item_markup (QsCharterPublication *self, const QsPublicationItem *item)
{
  g_autofree char *text = g_markup_escape_text (item->text, -1);
  GString         *markup = g_string_new (text);

  if (item->text_missing)
    {
      g_autofree char *mark = missing_mark (self);
      g_string_append (markup, mark);
    }
  if (item->target != NULL)
    {
      g_autofree char *target = g_markup_escape_text (item->target, -1);
      g_string_append_printf (
        markup, "\n<span font=\"Sans 9\" foreground=\"" COLOR_MUTED "\">%s</span>", target);
    }
  if (item->achieved != NULL)
    {
      g_autofree char *achieved = g_markup_escape_text (item->achieved, -1);
      g_string_append_printf (markup, "\n<span font=\"Sans 9\" foreground=\"%s\">%s</span>",
                              outcome_color (item->outcome), achieved);
    }
  return g_string_free (markup, FALSE);
}

static GPtrArray *
build_blocks (QsCharterPublication *self)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (block_free);
  QsLanguage language = self->language;
  int        category = -1;

  add_text_block (blocks, BLOCK_TITLE, self->title, NULL);
  if (self->title_missing)
    add_block (blocks, BLOCK_META, missing_mark (self), NULL);
  if (*self->provider != '\0')
    add_text_block (blocks, BLOCK_PROVIDER, self->provider, NULL);
  add_text_block (blocks, BLOCK_META, self->status_line, NULL);
  if (self->review_line != NULL)
    add_text_block (blocks, BLOCK_META, self->review_line, NULL);
  if (self->translations_missing)
    {
      g_autofree char *notice = qs_publication_missing_notice (language);

      add_text_block (blocks, BLOCK_NOTICE, notice, NULL);
    }

  if (self->values != NULL)
    {
      const char *heading = qs_publication_string (language, QS_DOC_OUR_VALUES);

      add_text_block (blocks, BLOCK_HEADING, heading, heading);
      add_paragraphs (self, blocks, self->values, self->values_missing);
    }
  if (self->introduction != NULL)
    {
      const char *heading = qs_publication_string (language, QS_DOC_INTRODUCTION);

      add_text_block (blocks, BLOCK_HEADING, heading, heading);
      add_paragraphs (self, blocks, self->introduction, self->introduction_missing);
    }

  add_text_block (blocks, BLOCK_HEADING, qs_publication_string (language, QS_DOC_OUR_COMMITMENTS),
                  qs_publication_string (language, QS_DOC_OUR_COMMITMENTS));
  if (self->items->len == 0)
    add_text_block (blocks, BLOCK_PARAGRAPH,
                    qs_publication_string (language, QS_DOC_NO_COMMITMENTS), NULL);
  for (guint i = 0; i < self->items->len; i++)
    {
      const QsPublicationItem *item = g_ptr_array_index (self->items, i);

      if ((int) item->category != category)
        {
          const char *label = qs_publication_category_label (language, item->category);

          category = item->category;
          add_text_block (blocks, BLOCK_CATEGORY, label, label);
        }
      add_block (blocks, BLOCK_ITEM, item_markup (self, item), NULL);
    }
  if (self->contact != NULL && *self->contact != '\0')
    {
      const char *heading = qs_publication_string (language, QS_DOC_HOW_TO_REACH_US);

      add_text_block (blocks, BLOCK_HEADING, heading, heading);
      add_paragraphs (self, blocks, self->contact, FALSE);
    }
  return blocks;
}

static PangoContext *
create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

static void
measure_block (Block *block, PangoContext *context, double width)
{
  g_autoptr (PangoFontDescription) font =
    pango_font_description_from_string (block_font (block->kind));
  PangoLayoutIter *iter;
  int              i = 0;

  block->layout = pango_layout_new (context);
  pango_layout_set_font_description (block->layout, font);
  pango_layout_set_width (block->layout, (int) (width * PANGO_SCALE));
  /* A long word (a reference, an address) breaks rather than overflows. */
  pango_layout_set_wrap (block->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (block->layout, block->kind == BLOCK_TITLE ? 1.1f : 1.25f);
  pango_layout_set_markup (block->layout, block->markup, -1);

  block->n_lines = pango_layout_get_line_count (block->layout);
  block->line_top = g_new (double, block->n_lines);
  block->line_bottom = g_new (double, block->n_lines);
  block->line_baseline = g_new (double, block->n_lines);
  block->line_x = g_new (double, block->n_lines);

  iter = pango_layout_get_iter (block->layout);
  do
    {
      PangoRectangle logical;
      int            top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      block->line_top[i] = (double) top / PANGO_SCALE;
      block->line_bottom[i] = (double) bottom / PANGO_SCALE;
      block->line_baseline[i] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      block->line_x[i] = (double) logical.x / PANGO_SCALE;
      i++;
    }
  while (i < block->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static double
lines_height (const Block *block, int first, int n_lines)
{
  return block->line_bottom[first + n_lines - 1] - block->line_top[first];
}

static GArray *
new_page (GPtrArray *pages)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));

  g_ptr_array_add (pages, page);
  return page;
}

static void
place (GArray *page, guint block, int first_line, int n_lines, double y)
{
  Placement placement = { block, first_line, n_lines, y };

  g_array_append_val (page, placement);
}

/* The height a heading needs below it: the headings that follow it, then
 * the first line of the text, or the whole commitment when it will not be
 * split — so that no heading ends a page. */
static double
keep_with_next_height (QsPublicationPages *pages, guint index, double content_height)
{
  double needed = 0;

  for (guint i = index + 1; i < pages->blocks->len; i++)
    {
      const Block *next = g_ptr_array_index (pages->blocks, i);
      double       whole = lines_height (next, 0, next->n_lines);

      needed += block_space_before (next->kind);
      if (next->kind == BLOCK_HEADING || next->kind == BLOCK_CATEGORY)
        {
          needed += whole;
          continue;
        }
      if (next->kind == BLOCK_ITEM && whole <= content_height / 2)
        return needed + whole;
      return needed + lines_height (next, 0, 1);
    }
  return needed;
}

static void
paginate (QsPublicationPages *pages)
{
  double  top = pages->margin;
  double  bottom = pages->page_height - pages->margin - FOOTER_HEIGHT;
  double  content_height = bottom - top;
  GArray *page = new_page (pages->pages);
  double  y = top;

  for (guint i = 0; i < pages->blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (pages->blocks, i);
      double       space = y > top ? block_space_before (block->kind) : 0;
      double       height = lines_height (block, 0, block->n_lines);
      double       needed = height;
      int          first = 0;

      if (block->kind == BLOCK_HEADING || block->kind == BLOCK_CATEGORY)
        needed += keep_with_next_height (pages, i, content_height);
      else if (block->kind == BLOCK_ITEM && height > content_height)
        needed = lines_height (block, 0, 1);

      if (y > top && y + space + needed > bottom)
        {
          page = new_page (pages->pages);
          y = top;
          space = 0;
        }
      y += space;

      /* Whole lines only, as many as fit, then the rest on the next page. */
      while (first < block->n_lines)
        {
          int n = 0;

          while (first + n < block->n_lines && y + lines_height (block, first, n + 1) <= bottom)
            n++;
          if (n == 0 && y == top)
            n = 1; /* a line taller than the page: better drawn than lost */
          if (n > 0)
            {
              place (page, i, first, n, y);
              y += lines_height (block, first, n);
              first += n;
            }
          if (first < block->n_lines)
            {
              page = new_page (pages->pages);
              y = top;
            }
        }
    }
}

static int
layout_pages (QsCharterPublication *self, double page_width, double page_height, double margin)
{
  PangoContext       *context = create_context ();
  QsPublicationPages *pages = g_new0 (QsPublicationPages, 1);

  g_clear_pointer (&self->pages, qs_publication_pages_free);
  self->pages = pages;
  pages->page_width = page_width;
  pages->page_height = page_height;
  pages->margin = margin;
  pages->blocks = build_blocks (self);
  pages->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  pages->commitments_outline = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < pages->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (pages->blocks, i);

      measure_block (block, context,
                     page_width - 2 * margin - (block->kind == BLOCK_ITEM ? ITEM_INDENT : 0));
    }
  g_object_unref (context);
  paginate (pages);
  return pages->pages->len;
}

int
qs_charter_publication_paginate (QsCharterPublication *self,
                                 cairo_t              *cr,
                                 double                page_width,
                                 double                page_height)
{
  g_return_val_if_fail (QS_IS_CHARTER_PUBLICATION (self), 0);
  g_return_val_if_fail (
    page_width > 4 * PRINT_MARGIN && page_height > 4 * PRINT_MARGIN + FOOTER_HEIGHT, 0);

  return layout_pages (self, page_width, page_height, PRINT_MARGIN);
}

static void
set_color (cairo_t *cr, const char *spec)
{
  PangoColor color;

  if (!pango_color_parse (&color, spec))
    return;
  cairo_set_source_rgb (cr, color.red / 65535., color.green / 65535., color.blue / 65535.);
}

/* Bookmarks are a PDF feature; on a printer they are skipped. */
static void
add_outline (QsPublicationPages *pages, cairo_t *cr, const Block *block, int page, double y)
{
  cairo_surface_t *target = cairo_get_target (cr);
  g_autofree char *link = NULL;
  int              parent, id;

  if (block->outline == NULL || cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_PDF)
    return;
  link = g_strdup_printf ("page=%d pos=[%d %d]", page + 1, (int) pages->margin, (int) y);
  parent = block->kind == BLOCK_CATEGORY ? pages->commitments_outline : CAIRO_PDF_OUTLINE_ROOT;
  id = cairo_pdf_surface_add_outline (target, parent, block->outline, link, 0);
  if (block->kind == BLOCK_HEADING)
    pages->commitments_outline = id;
}

static void
draw_placement (QsPublicationPages *pages, cairo_t *cr, const Placement *placement, int page)
{
  const Block     *block = g_ptr_array_index (pages->blocks, placement->block);
  double           x = pages->margin + (block->kind == BLOCK_ITEM ? ITEM_INDENT : 0);
  double           origin = placement->y - block->line_top[placement->first_line];
  double           height = lines_height (block, placement->first_line, placement->n_lines);
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);

  if (placement->first_line == 0)
    add_outline (pages, cr, block, page, placement->y);

  set_color (cr, block_color (block->kind));
  for (int i = 0; i < placement->first_line; i++)
    pango_layout_iter_next_line (iter);
  for (int i = placement->first_line; i < placement->first_line + placement->n_lines; i++)
    {
      cairo_move_to (cr, x + block->line_x[i], origin + block->line_baseline[i]);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
      pango_layout_iter_next_line (iter);
    }
  pango_layout_iter_free (iter);

  if (block->kind == BLOCK_ITEM)
    {
      set_color (cr, "#9bbbd8");
      cairo_rectangle (cr, pages->margin, placement->y + 2, 2.5, height - 4);
      cairo_fill (cr);
    }
}

/* A rule under the header, below its last meta line. */
static void
draw_header_rule (QsPublicationPages *pages, cairo_t *cr, GArray *page)
{
  double rule_y = -1;

  for (guint i = 0; i < page->len; i++)
    {
      const Placement *placement = &g_array_index (page, Placement, i);
      const Block     *block = g_ptr_array_index (pages->blocks, placement->block);
      const Block     *next = placement->block + 1 < pages->blocks->len
                                ? g_ptr_array_index (pages->blocks, placement->block + 1)
                                : NULL;

      if (block->kind == BLOCK_META && (next == NULL || next->kind != BLOCK_META))
        rule_y = placement->y + lines_height (block, placement->first_line, placement->n_lines) + 6;
    }
  if (rule_y < 0)
    return;
  set_color (cr, COLOR_ACCENT);
  cairo_rectangle (cr, pages->margin, rule_y, pages->page_width - 2 * pages->margin, 1.5);
  cairo_fill (cr);
}

static void
draw_footer (QsCharterPublication *self, cairo_t *cr, int page)
{
  QsPublicationPages *pages = self->pages;
  PangoContext       *context = create_context ();
  g_autoptr (PangoLayout) layout = pango_layout_new (context);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string ("Sans 8.5");
  g_autofree char *text = g_strdup_printf ("%d / %u", page + 1, pages->pages->len);
  int              width, height;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, &height);
  set_color (cr, COLOR_MUTED);
  cairo_move_to (cr, (pages->page_width - (double) width / PANGO_SCALE) / 2,
                 pages->page_height - pages->margin - (double) height / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (context);
}

void
qs_charter_publication_draw_page (QsCharterPublication *self, cairo_t *cr, int page)
{
  GArray *placements;

  g_return_if_fail (QS_IS_CHARTER_PUBLICATION (self));
  g_return_if_fail (self->pages != NULL);
  g_return_if_fail (page >= 0 && (guint) page < self->pages->pages->len);

  placements = g_ptr_array_index (self->pages->pages, page);
  cairo_save (cr);
  for (guint i = 0; i < placements->len; i++)
    draw_placement (self->pages, cr, &g_array_index (placements, Placement, i), page);
  draw_header_rule (self->pages, cr, placements);
  draw_footer (self, cr, page);
  cairo_restore (cr);
}

/**
 * qs_charter_publication_write_pdf:
 *
 * Writes an A4 PDF to @file, replacing it only once the document is complete.
 */
gboolean
qs_charter_publication_write_pdf (QsCharterPublication *self, GFile *file, GError **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t   status;
  cairo_t         *cr;
  int              n_pages;

  g_return_val_if_fail (QS_IS_CHARTER_PUBLICATION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  surface =
    cairo_pdf_surface_create_for_stream (qs_byte_file_append_cb, bytes, A4_WIDTH, A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->provider);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "QualServ");
  cr = cairo_create (surface);

  n_pages = layout_pages (self, A4_WIDTH, A4_HEIGHT, PDF_MARGIN);
  for (int page = 0; page < n_pages; page++)
    {
      qs_charter_publication_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (status));
      return FALSE;
    }
  return qs_byte_file_save (file, bytes, error);
}
