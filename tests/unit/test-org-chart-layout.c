/* test-org-chart-layout.c — the org chart's boxes never overlap and stay findable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-department.h"
#include "qs-org-chart-layout.h"

static QsDepartment *
department (GPtrArray *all, const char *name, QsDepartment *parent, gint64 position)
{
  QsDepartment *dep = qs_department_new ();

  qs_entity_set_string (QS_ENTITY (dep), QS_DEPARTMENT_FIELD_NAME, name);
  if (parent != NULL)
    qs_entity_set_string (QS_ENTITY (dep), QS_DEPARTMENT_FIELD_PARENT_ID,
                          qs_entity_get_id (QS_ENTITY (parent)));
  qs_entity_set_int (QS_ENTITY (dep), QS_DEPARTMENT_FIELD_POSITION, position);
  g_ptr_array_add (all, dep);
  return dep;
}

/* 200 departments: a parent with 60 leaf children, a 12-deep chain, and the
 * rest hung at random (seeded) under earlier ones. */
static GPtrArray *
random_organisation (guint32 seed, guint n)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  QsDepartment *root = department (all, "Direction générale", NULL, 0);
  QsDepartment *big = department (all, "Services techniques", root, 1);
  QsDepartment *link = root;
  guint         first_random;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Atelier %u", i + 1);

      department (all, name, big, i % 7);
    }
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("Niveau %u", i + 1);

      link = department (all, name, link, 2);
    }
  first_random = all->len;
  while (all->len < n)
    {
      /* Hang only under the root, the chain or other random ones, so the
       * 60 leaves stay leaves. */
      guint            pick = g_rand_int_range (rand, 0, all->len - 61);
      QsDepartment    *parent = pick == 0 ? root : all->pdata[pick + 61];
      g_autofree char *name = g_strdup_printf ("Unité %u", all->len);

      department (all, name, parent, g_rand_int_range (rand, 0, 5));
    }
  g_assert_cmpuint (first_random, <, all->len);
  return all;
}

/* Does the axis-aligned segment (x1, y1)–(x2, y2) cross the inside of a box? */
static gboolean
segment_crosses (
  double x1, double y1, double x2, double y2, double bx, double by, double bw, double bh)
{
  double left = MIN (x1, x2), right = MAX (x1, x2);
  double top = MIN (y1, y2), bottom = MAX (y1, y2);

  return left < bx + bw - 0.5 && right > bx + 0.5 && top < by + bh - 0.5 && bottom > by + 0.5;
}

/* Every link, drawn as the renderer does, reaches its child without
 * crossing any other box. */
static void
assert_links_clear (QsOrgChartLayout *layout)
{
  guint n = qs_org_chart_layout_get_n_nodes (layout);

  for (guint i = 0; i < n; i++)
    {
      guint  parent = qs_org_chart_layout_get_parent_index (layout, i);
      double x, y, w, h, px, py, pw, ph, bus;
      double pts[5][2];
      guint  n_pts = 0;

      if (parent == G_MAXUINT)
        continue;
      qs_org_chart_layout_get_node (layout, i, NULL, NULL, NULL, &x, &y, &w, &h);
      qs_org_chart_layout_get_node (layout, parent, NULL, NULL, NULL, &px, &py, &pw, &ph);
      bus = py + ph + QS_ORG_CHART_BUS_DROP;
      pts[n_pts][0] = px + pw / 2;
      pts[n_pts++][1] = py + ph;
      pts[n_pts][0] = px + pw / 2;
      pts[n_pts++][1] = bus;
      if (qs_org_chart_layout_is_stacked (layout, i))
        {
          pts[n_pts][0] = x - QS_ORG_CHART_RAIL_INSET;
          pts[n_pts++][1] = bus;
          pts[n_pts][0] = x - QS_ORG_CHART_RAIL_INSET;
          pts[n_pts++][1] = y + h / 2;
          pts[n_pts][0] = x;
          pts[n_pts++][1] = y + h / 2;
        }
      else
        {
          pts[n_pts][0] = x + w / 2;
          pts[n_pts++][1] = bus;
          pts[n_pts][0] = x + w / 2;
          pts[n_pts++][1] = y;
        }

      for (guint j = 0; j < n; j++)
        {
          double bx, by, bw, bh;

          if (j == i || j == parent)
            continue;
          qs_org_chart_layout_get_node (layout, j, NULL, NULL, NULL, &bx, &by, &bw, &bh);
          for (guint k = 0; k + 1 < n_pts; k++)
            if (segment_crosses (pts[k][0], pts[k][1], pts[k + 1][0], pts[k + 1][1], bx, by, bw,
                                 bh))
              g_error ("the link to box %u crosses box %u", i, j);
        }
    }
}

static void
assert_readable (QsOrgChartLayout *layout, guint n)
{
  double chart_w, chart_h;

  g_assert_cmpuint (qs_org_chart_layout_get_n_nodes (layout), ==, n);
  qs_org_chart_layout_get_size (layout, &chart_w, &chart_h);

  for (guint i = 0; i < n; i++)
    {
      const char *label;
      double      x, y, w, h;
      guint       parent = qs_org_chart_layout_get_parent_index (layout, i);

      qs_org_chart_layout_get_node (layout, i, NULL, &label, NULL, &x, &y, &w, &h);
      g_assert_nonnull (label);
      g_assert_cmpfloat (w, >=, QS_ORG_CHART_BOX_MIN_WIDTH);
      g_assert_cmpfloat (h, >=, 40);
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x + w, <=, chart_w);
      g_assert_cmpfloat (y + h, <=, chart_h);

      /* No two boxes overlap. */
      for (guint j = i + 1; j < n; j++)
        {
          double x2, y2, w2, h2;

          qs_org_chart_layout_get_node (layout, j, NULL, NULL, NULL, &x2, &y2, &w2, &h2);
          if (x < x2 + w2 && x2 < x + w && y < y2 + h2 && y2 < y + h)
            g_error ("boxes %u and %u overlap", i, j);
        }

      /* A parent is drawn above its children. */
      if (parent != G_MAXUINT)
        {
          double py, ph;

          qs_org_chart_layout_get_node (layout, parent, NULL, NULL, NULL, NULL, &py, NULL, &ph);
          g_assert_cmpfloat (py + ph, <, y);
        }

      /* The centre of each box finds it; just outside its edges is a gap. */
      g_assert_cmpint (qs_org_chart_layout_hit_test (layout, x + w / 2, y + h / 2), ==, (int) i);
      g_assert_cmpint (qs_org_chart_layout_hit_test (layout, x - 2, y + h / 2), ==, -1);
      g_assert_cmpint (qs_org_chart_layout_hit_test (layout, x + w + 2, y + h / 2), ==, -1);
      g_assert_cmpint (qs_org_chart_layout_hit_test (layout, x + w / 2, y - 2), ==, -1);
      g_assert_cmpint (qs_org_chart_layout_hit_test (layout, x + w / 2, y + h + 2), ==, -1);
    }
  assert_links_clear (layout);
}

static void
test_single (void)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (QsOrgChartLayout) layout = NULL;
  const char *id;

  department (all, "Mairie", NULL, 0);
  layout = qs_org_chart_layout_new (all, NULL);
  assert_readable (layout, 1);
  qs_org_chart_layout_get_node (layout, 0, &id, NULL, NULL, NULL, NULL, NULL, NULL);
  g_assert_cmpstr (id, ==, qs_entity_get_id (all->pdata[0]));
  g_assert_cmpuint (qs_org_chart_layout_get_parent_index (layout, 0), ==, G_MAXUINT);
}

static void
test_small (void)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (QsOrgChartLayout) layout = NULL;
  g_autoptr (QsOrgChartLayout) sub = NULL;
  QsDepartment *dg = department (all, "Direction générale", NULL, 0);
  QsDepartment *rh = department (all, "Ressources humaines", dg, 2);
  QsDepartment *it = department (all, "Informatique", dg, 1);
  QsDepartment *fin;
  const char   *label;
  double        x_it, x_rh, x_fin;

  department (all, "Paie", rh, 0);
  department (all, "Recrutement", rh, 1);
  department (all, "Support", it, 0);
  fin = department (all, "Finances", dg, 1);
  department (all, "Communication", NULL, 1);

  layout = qs_org_chart_layout_new (all, NULL);
  assert_readable (layout, 8);

  /* Siblings by position, then name: Finances and Informatique share 1. */
  qs_org_chart_layout_get_node (
    layout, qs_org_chart_layout_find (layout, qs_entity_get_id (QS_ENTITY (it))), NULL, NULL, NULL,
    &x_it, NULL, NULL, NULL);
  qs_org_chart_layout_get_node (
    layout, qs_org_chart_layout_find (layout, qs_entity_get_id (QS_ENTITY (rh))), NULL, NULL, NULL,
    &x_rh, NULL, NULL, NULL);
  qs_org_chart_layout_get_node (
    layout, qs_org_chart_layout_find (layout, qs_entity_get_id (QS_ENTITY (fin))), NULL, NULL, NULL,
    &x_fin, NULL, NULL, NULL);
  g_assert_cmpfloat (x_fin, <, x_it);
  g_assert_cmpfloat (x_it, <, x_rh);
  g_assert_cmpuint (qs_org_chart_layout_get_n_children (layout, 0), ==, 3);

  /* A chart rooted at one department holds it and its descendants only. */
  sub = qs_org_chart_layout_new (all, qs_entity_get_id (QS_ENTITY (rh)));
  assert_readable (sub, 3);
  qs_org_chart_layout_get_node (sub, 0, NULL, &label, NULL, NULL, NULL, NULL, NULL);
  g_assert_cmpstr (label, ==, "Ressources humaines");
}

static void
test_large (void)
{
  g_autoptr (GPtrArray) all = random_organisation (20261122, 200);
  g_autoptr (QsOrgChartLayout) layout = qs_org_chart_layout_new (all, NULL);
  int    big = qs_org_chart_layout_find (layout, qs_entity_get_id (all->pdata[1]));
  double width, height, x, y, w, h;
  double left = G_MAXDOUBLE, right = 0;
  guint  depth = 0;
  int    deepest;

  assert_readable (layout, 200);

  /* The 60 leaves are stacked: their band is far narrower than a row of 60. */
  g_assert_cmpuint (qs_org_chart_layout_get_n_children (layout, big), ==, 60);
  for (guint i = 0; i < 60; i++)
    {
      guint c = qs_org_chart_layout_get_child (layout, big, i);

      g_assert_true (qs_org_chart_layout_is_stacked (layout, c));
      qs_org_chart_layout_get_node (layout, c, NULL, NULL, NULL, &x, NULL, &w, NULL);
      left = MIN (left, x);
      right = MAX (right, x + w);
    }
  g_assert_cmpfloat (right - left, <, 60 * QS_ORG_CHART_BOX_MIN_WIDTH / 4);

  /* The chain is 12 levels under the root, one level each. */
  deepest = qs_org_chart_layout_find (layout, qs_entity_get_id (all->pdata[2 + 60 + 11]));
  for (guint p = deepest; p != G_MAXUINT; p = qs_org_chart_layout_get_parent_index (layout, p))
    depth++;
  g_assert_cmpuint (depth, ==, 13);

  /* Readable at 200: the whole chart fits a few screens, not a ribbon. */
  qs_org_chart_layout_get_size (layout, &width, &height);
  qs_org_chart_layout_get_node (layout, 0, NULL, NULL, NULL, &x, &y, &w, &h);
  g_test_message ("200 departments: %.0f × %.0f", width, height);
  g_assert_cmpfloat (width, <, 200 * QS_ORG_CHART_BOX_MIN_WIDTH / 2);
}

static void
test_deterministic (void)
{
  g_autoptr (GPtrArray) all = random_organisation (7, 120);
  g_autoptr (GPtrArray) shuffled = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GRand) rand = g_rand_new_with_seed (99);
  g_autoptr (QsOrgChartLayout) a = NULL;
  g_autoptr (QsOrgChartLayout) b = NULL;
  double wa, ha, wb, hb;

  for (guint i = 0; i < all->len; i++)
    g_ptr_array_add (shuffled, g_object_ref (all->pdata[i]));
  for (guint i = shuffled->len - 1; i > 0; i--)
    {
      guint    j = g_rand_int_range (rand, 0, i + 1);
      gpointer tmp = shuffled->pdata[i];

      shuffled->pdata[i] = shuffled->pdata[j];
      shuffled->pdata[j] = tmp;
    }

  a = qs_org_chart_layout_new (all, NULL);
  b = qs_org_chart_layout_new (shuffled, NULL);
  qs_org_chart_layout_get_size (a, &wa, &ha);
  qs_org_chart_layout_get_size (b, &wb, &hb);
  g_assert_cmpfloat (wa, ==, wb);
  g_assert_cmpfloat (ha, ==, hb);
  for (guint i = 0; i < all->len; i++)
    {
      const char *id = qs_entity_get_id (all->pdata[i]);
      double      xa, ya, xb, yb;

      qs_org_chart_layout_get_node (a, qs_org_chart_layout_find (a, id), NULL, NULL, NULL, &xa, &ya,
                                    NULL, NULL);
      qs_org_chart_layout_get_node (b, qs_org_chart_layout_find (b, id), NULL, NULL, NULL, &xb, &yb,
                                    NULL, NULL);
      g_assert_cmpfloat (xa, ==, xb);
      g_assert_cmpfloat (ya, ==, yb);
    }
}

static void
test_sublabels (void)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GHashTable) sublabels = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (QsOrgChartLayout) layout = NULL;
  QsDepartment *dg = department (all, "Direction générale", NULL, 0);
  QsDepartment *rh = department (all, "Ressources humaines", dg, 0);
  const char   *sublabel;

  qs_entity_set_string (QS_ENTITY (dg), QS_DEPARTMENT_FIELD_EMAIL, "dg@example.org");
  qs_entity_set_string (QS_ENTITY (rh), QS_DEPARTMENT_FIELD_PHONE, "01 23 45 67 89");

  /* Without a table: the contact; with one: its text, else the contact. */
  layout = qs_org_chart_layout_new (all, NULL);
  qs_org_chart_layout_get_node (layout, 0, NULL, NULL, &sublabel, NULL, NULL, NULL, NULL);
  g_assert_cmpstr (sublabel, ==, "dg@example.org");
  g_clear_object (&layout);

  g_hash_table_insert (sublabels, (gpointer) qs_entity_get_id (QS_ENTITY (dg)),
                       "Manager: Jeanne Martin");
  layout = qs_org_chart_layout_new_full (all, NULL, sublabels);
  qs_org_chart_layout_get_node (layout, 0, NULL, NULL, &sublabel, NULL, NULL, NULL, NULL);
  g_assert_cmpstr (sublabel, ==, "Manager: Jeanne Martin");
  qs_org_chart_layout_get_node (layout, 1, NULL, NULL, &sublabel, NULL, NULL, NULL, NULL);
  g_assert_cmpstr (sublabel, ==, "01 23 45 67 89");
}

/* @dep is drawn at (@x, @y), 150 × 52 (every label here is short), under
 * @parent (NULL for a root), with @n_children boxes hanging from it. */
static void
assert_box (QsOrgChartLayout *layout,
            QsDepartment     *dep,
            QsDepartment     *parent,
            guint             n_children,
            double            x,
            double            y)
{
  int    index = qs_org_chart_layout_find (layout, qs_entity_get_id (QS_ENTITY (dep)));
  guint  parent_index;
  double bx, by, bw, bh;

  g_assert_cmpint (index, >=, 0);
  qs_org_chart_layout_get_node (layout, index, NULL, NULL, NULL, &bx, &by, &bw, &bh);
  g_assert_cmpfloat (bx, ==, x);
  g_assert_cmpfloat (by, ==, y);
  g_assert_cmpfloat (bw, ==, QS_ORG_CHART_BOX_MIN_WIDTH);
  g_assert_cmpfloat (bh, ==, QS_ORG_CHART_BOX_HEIGHT);
  g_assert_false (qs_org_chart_layout_is_stacked (layout, index));
  g_assert_cmpuint (qs_org_chart_layout_get_n_children (layout, index), ==, n_children);
  parent_index = qs_org_chart_layout_get_parent_index (layout, index);
  if (parent == NULL)
    g_assert_cmpuint (parent_index, ==, G_MAXUINT);
  else
    g_assert_cmpint (parent_index, ==,
                     qs_org_chart_layout_find (layout, qs_entity_get_id (QS_ENTITY (parent))));
}

static void
assert_size (QsOrgChartLayout *layout, guint n_nodes, double width, double height)
{
  double w, h;

  g_assert_cmpuint (qs_org_chart_layout_get_n_nodes (layout), ==, n_nodes);
  qs_org_chart_layout_get_size (layout, &w, &h);
  g_assert_cmpfloat (w, ==, width);
  g_assert_cmpfloat (h, ==, height);
}

/* Bad data: A and B parents of each other, C under B; E its own parent.
 * Boxes are 150 × 52, a level is 52 + 48 below the previous one, the chart
 * has a margin of 24 and sibling boxes and roots a gap of 24 and 48. */
static void
test_cycle (void)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (QsOrgChartLayout) layout = NULL;
  g_autoptr (QsOrgChartLayout) from_a = NULL;
  g_autoptr (QsOrgChartLayout) from_b = NULL;
  QsDepartment *r = department (all, "Mairie", NULL, 0);
  QsDepartment *e = department (all, "Archives", NULL, 1);
  QsDepartment *a = department (all, "A", NULL, 0);
  QsDepartment *b = department (all, "B", a, 0);
  QsDepartment *c = department (all, "C", b, 1);

  qs_entity_set_string (QS_ENTITY (a), QS_DEPARTMENT_FIELD_PARENT_ID,
                        qs_entity_get_id (QS_ENTITY (b)));
  qs_entity_set_string (QS_ENTITY (e), QS_DEPARTMENT_FIELD_PARENT_ID,
                        qs_entity_get_id (QS_ENTITY (e)));

  /* The whole chart: a department that is its own parent is a root, next
   * to the real one (24 + 150 + 48 = 222); the cycle has no root, so it and
   * what hangs from it are not drawn. */
  layout = qs_org_chart_layout_new (all, NULL);
  assert_size (layout, 2, 222 + 150 + 24, 24 + 52 + 24);
  assert_box (layout, r, NULL, 0, 24, 24);
  assert_box (layout, e, NULL, 0, 222, 24);
  g_assert_cmpint (qs_org_chart_layout_find (layout, qs_entity_get_id (QS_ENTITY (a))), ==, -1);
  g_assert_cmpint (qs_org_chart_layout_find (layout, qs_entity_get_id (QS_ENTITY (b))), ==, -1);
  g_assert_cmpint (qs_org_chart_layout_find (layout, qs_entity_get_id (QS_ENTITY (c))), ==, -1);

  /* Rooted in the cycle, each department is drawn once: from A, a column
   * A, B, C (B's child A is not drawn again). */
  from_a = qs_org_chart_layout_new (all, qs_entity_get_id (QS_ENTITY (a)));
  assert_size (from_a, 3, 24 + 150 + 24, 224 + 52 + 24);
  assert_box (from_a, a, NULL, 1, 24, 24);
  assert_box (from_a, b, a, 1, 24, 124);
  assert_box (from_a, c, b, 0, 24, 224);
  g_assert_cmpuint (qs_org_chart_layout_get_child (from_a, 0, 0), ==, 1);
  g_assert_cmpuint (qs_org_chart_layout_get_child (from_a, 1, 0), ==, 2);

  /* From B: A (position 0) and C (position 1) side by side, 24 apart
   * (x 24 and 198), B centred above them: (24 + 75 + 198 + 75) / 2 - 75. */
  from_b = qs_org_chart_layout_new (all, qs_entity_get_id (QS_ENTITY (b)));
  assert_size (from_b, 3, 198 + 150 + 24, 124 + 52 + 24);
  assert_box (from_b, b, NULL, 2, 111, 24);
  assert_box (from_b, a, b, 0, 24, 124);
  assert_box (from_b, c, b, 0, 198, 124);

  assert_readable (layout, 2);
  assert_readable (from_a, 3);
  assert_readable (from_b, 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/org-chart-layout/single", test_single);
  g_test_add_func ("/org-chart-layout/small", test_small);
  g_test_add_func ("/org-chart-layout/large", test_large);
  g_test_add_func ("/org-chart-layout/deterministic", test_deterministic);
  g_test_add_func ("/org-chart-layout/sublabels", test_sublabels);
  g_test_add_func ("/org-chart-layout/cycle", test_cycle);

  return g_test_run ();
}
