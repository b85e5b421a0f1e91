/* test-org-chart-render.c — the org chart exports as PNG and SVG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "qs-department.h"
#include "qs-org-chart-render.h"
#include "qs-test-util.h"

typedef struct
{
  char             *dir;
  GPtrArray        *departments;
  QsOrgChartLayout *layout;
} Fixture;

static QsDepartment *
department (GPtrArray *all, const char *name, QsDepartment *parent, const char *email)
{
  QsDepartment *dep = qs_department_new ();

  qs_entity_set_string (QS_ENTITY (dep), QS_DEPARTMENT_FIELD_NAME, name);
  qs_entity_set_string (QS_ENTITY (dep), QS_DEPARTMENT_FIELD_EMAIL, email);
  if (parent != NULL)
    qs_entity_set_string (QS_ENTITY (dep), QS_DEPARTMENT_FIELD_PARENT_ID,
                          qs_entity_get_id (QS_ENTITY (parent)));
  g_ptr_array_add (all, dep);
  return dep;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  QsDepartment *dg, *tech;

  f->dir = qs_test_make_tmp_dir ("org-chart-XXXXXX");
  f->departments = g_ptr_array_new_with_free_func (g_object_unref);
  dg = department (f->departments, "Direction générale", NULL, "dg@example.org");
  department (f->departments, "Ressources humaines", dg, NULL);
  tech = department (f->departments, "Services techniques", dg, "st@example.org");
  for (guint i = 0; i < 9; i++)
    {
      g_autofree char *name = g_strdup_printf ("Atelier %u", i + 1);

      department (f->departments, name, tech, NULL);
    }
  f->layout = qs_org_chart_layout_new (f->departments, NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->layout);
  g_clear_pointer (&f->departments, g_ptr_array_unref);
  qs_test_remove_tree (f->dir);
  g_free (f->dir);
}

static guint32
pixel_at (cairo_surface_t *surface, int x, int y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);

  return *(guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);
}

static void
test_png (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "chart.png", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface;
  double           width, height, scale = 2;
  guint            n = qs_org_chart_layout_get_n_nodes (f->layout);

  g_assert_true (qs_org_chart_export_png (f->layout, file, scale, &error));
  g_assert_no_error (error);

  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  qs_org_chart_layout_get_size (f->layout, &width, &height);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, (int) ceil (width * scale));
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, (int) ceil (height * scale));

  /* Every box shows its name: its text line holds pixels of more than one
   * colour, and the box is not the page's background. */
  g_assert_cmpuint (n, ==, 12);
  for (guint i = 0; i < n; i++)
    {
      double  x, y, w, h;
      guint32 fill, background = pixel_at (surface, 1, 1);
      guint   n_other = 0;
      int     row;

      qs_org_chart_layout_get_node (f->layout, i, NULL, NULL, NULL, &x, &y, &w, &h);
      fill = pixel_at (surface, (int) ((x + w - 4) * scale), (int) ((y + h / 2) * scale));
      g_assert_cmphex (fill, !=, background);
      for (row = (int) ((y + 5) * scale); row < (int) ((y + 26) * scale); row++)
        for (int col = (int) ((x + 10) * scale); col < (int) ((x + 60) * scale); col++)
          n_other += pixel_at (surface, col, row) != fill;
      g_assert_cmpuint (n_other, >, 40);
    }

  /* Between boxes, the page stays empty. */
  g_assert_cmphex (pixel_at (surface, 2, (int) (height * scale) - 2), ==, pixel_at (surface, 1, 1));
  cairo_surface_destroy (surface);
}

/* A wide chart at a high scale is capped, not gigabytes. */
static void
test_png_capped (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "wide.png", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GPtrArray) wide = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (QsOrgChartLayout) layout = NULL;
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface;
  double           width, height;

  /* 120 roots side by side, each with two children. */
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *name = g_strdup_printf ("Direction %u", i);
      QsDepartment    *root = department (wide, name, NULL, NULL);

      department (wide, "Pôle A", root, NULL);
      department (wide, "Pôle B", root, NULL);
    }
  layout = qs_org_chart_layout_new (wide, NULL);
  qs_org_chart_layout_get_size (layout, &width, &height);
  g_assert_cmpfloat (width * 4, >, QS_ORG_CHART_PNG_MAX_SIDE);

  g_assert_true (qs_org_chart_export_png (layout, file, 4, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), <=, (int) QS_ORG_CHART_PNG_MAX_SIDE);
  g_assert_cmpint (cairo_image_surface_get_width (surface), >=,
                   (int) QS_ORG_CHART_PNG_MAX_SIDE - 1);
  cairo_surface_destroy (surface);
}

static void
start_element_cb (GMarkupParseContext *context,
                  const char          *element_name,
                  const char         **attribute_names,
                  const char         **attribute_values,
                  gpointer             user_data,
                  GError             **error)
{
  GHashTable *counts = user_data;

  g_hash_table_insert (
    counts, g_strdup (element_name),
    GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, element_name)) + 1));
}

static void
test_svg (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "chart.svg", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GMarkupParser parser = { .start_element = start_element_cb };
  g_autoptr (GMarkupParseContext) context = NULL;
  gsize length;

  g_assert_true (qs_org_chart_export_svg (f->layout, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));

  /* Well-formed XML, an svg root, and at least one shape per box. */
  context = g_markup_parse_context_new (&parser, 0, counts, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "svg")), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "path")), >=,
                    qs_org_chart_layout_get_n_nodes (f->layout));
}

static void
test_missing_folder (Fixture *f, gconstpointer data)
{
  g_autofree char *png = g_build_filename (f->dir, "missing", "chart.png", NULL);
  g_autofree char *svg = g_build_filename (f->dir, "missing", "chart.svg", NULL);
  g_autoptr (GFile) png_file = g_file_new_for_path (png);
  g_autoptr (GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr (GError) error = NULL;

  g_assert_false (qs_org_chart_export_png (f->layout, png_file, 1, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (qs_org_chart_export_svg (f->layout, svg_file, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (svg, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/org-chart-render/png", Fixture, NULL, fixture_set_up, test_png, fixture_tear_down);
  g_test_add ("/org-chart-render/png-capped", Fixture, NULL, fixture_set_up, test_png_capped,
              fixture_tear_down);
  g_test_add ("/org-chart-render/svg", Fixture, NULL, fixture_set_up, test_svg, fixture_tear_down);
  g_test_add ("/org-chart-render/missing-folder", Fixture, NULL, fixture_set_up,
              test_missing_folder, fixture_tear_down);

  return g_test_run ();
}
