/* qs-org-chart-layout.c — where each department's box goes in the drawn org chart
 *
 * A top-down tree: a parent sits centred above its children, and each
 * sibling subtree slides left until it would touch a box or link already
 * placed, so boxes never overlap and deep, narrow branches tuck under
 * shallow ones.  When a parent has many leaf children they are stacked in
 * columns under it instead of one very wide row, which keeps 200
 * departments readable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-org-chart-layout.h"

#include <string.h>

#include "qs-department.h"

#define H_GAP 24.0
#define V_GAP (2 * QS_ORG_CHART_BUS_DROP)
#define STACK_GAP 12.0
#define STACK_INDENT (2 * QS_ORG_CHART_RAIL_INSET)
/* More leaf children than this are stacked in columns. */
#define STACK_THRESHOLD 3
#define STACK_ROWS_MAX 8

typedef struct
{
  char    *id;
  char    *parent_id;
  char    *label;
  char    *sublabel;
  gint64   position;
  double   x, y, width, height;
  guint    parent;
  gboolean stacked;
  guint    end;      /* the subtree is [index, end): nodes are in preorder */
  GArray  *children; /* guint node indexes, in sibling order */
} Node;

struct _QsOrgChartLayout
{
  GObject parent_instance;

  GArray *nodes; /* Node, parents before children */
  double  width;
  double  height;
};

G_DEFINE_FINAL_TYPE (QsOrgChartLayout, qs_org_chart_layout, G_TYPE_OBJECT)

static void
node_clear (gpointer data)
{
  Node *node = data;

  g_free (node->id);
  g_free (node->parent_id);
  g_free (node->label);
  g_free (node->sublabel);
  g_clear_pointer (&node->children, g_array_unref);
}

static void
qs_org_chart_layout_finalize (GObject *object)
{
  QsOrgChartLayout *self = QS_ORG_CHART_LAYOUT (object);

  g_clear_pointer (&self->nodes, g_array_unref);

  G_OBJECT_CLASS (qs_org_chart_layout_parent_class)->finalize (object);
}

static void
qs_org_chart_layout_class_init (QsOrgChartLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_org_chart_layout_finalize;
}

static void
qs_org_chart_layout_init (QsOrgChartLayout *self)
{
  self->nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  g_array_set_clear_func (self->nodes, node_clear);
}

/* A fixed text metrics model keeps the layout free of any toolkit; the
 * renderer ellipsizes text that does not fit. */
static double
estimate_width (const char *label, const char *sublabel)
{
  double w = 28.0 + 8.8 * g_utf8_strlen (label ? label : "", -1);
  double ws = 28.0 + 7.0 * g_utf8_strlen (sublabel ? sublabel : "", -1);

  return CLAMP (MAX (w, ws), QS_ORG_CHART_BOX_MIN_WIDTH, QS_ORG_CHART_BOX_MAX_WIDTH);
}

typedef struct
{
  GPtrArray  *departments;
  GHashTable *by_id;     /* id → QsDepartment */
  GHashTable *children;  /* parent id ("" for roots) → GPtrArray of QsDepartment */
  GHashTable *sublabels; /* id → second line, or NULL */
} Input;

static int
compare_siblings (gconstpointer a, gconstpointer b)
{
  QsEntity        *da = *(QsEntity **) a;
  QsEntity        *db = *(QsEntity **) b;
  gint64           pa = qs_entity_get_int (da, QS_DEPARTMENT_FIELD_POSITION);
  gint64           pb = qs_entity_get_int (db, QS_DEPARTMENT_FIELD_POSITION);
  const char      *na = qs_entity_get_string (da, QS_DEPARTMENT_FIELD_NAME);
  const char      *nb = qs_entity_get_string (db, QS_DEPARTMENT_FIELD_NAME);
  g_autofree char *ka = NULL;
  g_autofree char *kb = NULL;
  int              c;

  if (pa != pb)
    return pa < pb ? -1 : 1;
  /* The filename key sorts "Unit 2" before "Unit 10". */
  ka = g_utf8_collate_key_for_filename (na ? na : "", -1);
  kb = g_utf8_collate_key_for_filename (nb ? nb : "", -1);
  c = strcmp (ka, kb);
  if (c != 0)
    return c;
  /* Ties broken by id so the same input always gives the same chart. */
  return g_strcmp0 (qs_entity_get_id (da), qs_entity_get_id (db));
}

static const char *
sublabel_of (Input *input, QsEntity *dep)
{
  static const int fields[] = {
    QS_DEPARTMENT_FIELD_EMAIL,
    QS_DEPARTMENT_FIELD_PHONE,
    QS_DEPARTMENT_FIELD_LOCATION,
  };

  if (input->sublabels != NULL && g_hash_table_contains (input->sublabels, qs_entity_get_id (dep)))
    return g_hash_table_lookup (input->sublabels, qs_entity_get_id (dep));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *s = qs_entity_get_string (dep, fields[i]);

      if (s != NULL && *s != '\0')
        return s;
    }
  return NULL;
}

static inline Node *node_at (QsOrgChartLayout *self, guint i);

static guint
add_subtree (QsOrgChartLayout *self, Input *input, QsEntity *dep, guint parent, GHashTable *visited)
{
  Node       node = { 0 };
  guint      index = self->nodes->len;
  GPtrArray *kids;

  g_hash_table_add (visited, (gpointer) qs_entity_get_id (dep));
  node.id = g_strdup (qs_entity_get_id (dep));
  node.label = g_strdup (qs_entity_get_string (dep, QS_DEPARTMENT_FIELD_NAME));
  if (node.label == NULL)
    node.label = g_strdup ("");
  node.sublabel = g_strdup (sublabel_of (input, dep));
  node.parent = parent;
  node.width = estimate_width (node.label, node.sublabel);
  node.height = QS_ORG_CHART_BOX_HEIGHT;
  node.children = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (self->nodes, node);
  if (parent != G_MAXUINT)
    g_array_append_val (g_array_index (self->nodes, Node, parent).children, index);

  kids = g_hash_table_lookup (input->children, node.id);
  for (guint i = 0; kids != NULL && i < kids->len; i++)
    {
      QsEntity *kid = g_ptr_array_index (kids, i);

      /* A cycle in bad data must not loop forever. */
      if (!g_hash_table_contains (visited, qs_entity_get_id (kid)))
        add_subtree (self, input, kid, index, visited);
    }
  node_at (self, index)->end = self->nodes->len;
  return index;
}

static inline Node *
node_at (QsOrgChartLayout *self, guint i)
{
  return &g_array_index (self->nodes, Node, i);
}

static gboolean
is_leaf (QsOrgChartLayout *self, guint i)
{
  return node_at (self, i)->children->len == 0;
}

static guint
count_leaves (QsOrgChartLayout *self, Node *node)
{
  guint n = 0;

  for (guint i = 0; i < node->children->len; i++)
    n += is_leaf (self, g_array_index (node->children, guint, i));
  return n;
}

typedef struct
{
  double x1, y1, x2, y2;
} Rect;

/* What a subtree covers: its boxes, with the links that reach them. */
static void
collect_rects (QsOrgChartLayout *self, guint index, GArray *rects)
{
  Node *root = node_at (self, index);

  for (guint i = index; i < root->end; i++)
    {
      Node *node = node_at (self, i);
      Rect  r = { node->x, node->y, node->x + node->width, node->y + node->height };

      if (i != index)
        r.y1 -= QS_ORG_CHART_BUS_DROP;
      if (node->stacked)
        r.x1 -= QS_ORG_CHART_RAIL_INSET;
      g_array_append_val (rects, r);
      if (node->children->len > 0)
        {
          /* The bus from the parent to its children. */
          Rect bus = { node->x + node->width / 2, node->y + node->height, node->x + node->width / 2,
                       node->y + node->height + QS_ORG_CHART_BUS_DROP + 1 };

          for (guint k = 0; k < node->children->len; k++)
            {
              Node  *child = node_at (self, g_array_index (node->children, guint, k));
              double link_x =
                child->stacked ? child->x - QS_ORG_CHART_RAIL_INSET : child->x + child->width / 2;

              bus.x1 = MIN (bus.x1, link_x);
              bus.x2 = MAX (bus.x2, link_x);
            }
          g_array_append_val (rects, bus);
        }
    }
}

static void
shift_subtree (QsOrgChartLayout *self, guint index, double dx)
{
  for (guint i = index; i < node_at (self, index)->end; i++)
    node_at (self, i)->x += dx;
}

/* The least shift that puts every rect of @moving right of every rect of
 * @placed that it faces vertically; -G_MAXDOUBLE when none faces another. */
static double
clearance (GArray *placed, GArray *moving)
{
  double need = -G_MAXDOUBLE;

  for (guint i = 0; i < moving->len; i++)
    {
      Rect *m = &g_array_index (moving, Rect, i);

      for (guint j = 0; j < placed->len; j++)
        {
          Rect *p = &g_array_index (placed, Rect, j);

          if (m->y1 < p->y2 + STACK_GAP && p->y1 < m->y2 + STACK_GAP)
            need = MAX (need, p->x2 + H_GAP - m->x1);
        }
    }
  return need;
}

/* Lays out the subtree of @index with its top at @top.  Sibling subtrees
 * are slid left as far as they go without touching what is already placed,
 * in sibling order; x positions are normalised by the caller. */
static void
place (QsOrgChartLayout *self, guint index, double top)
{
  Node    *node = node_at (self, index);
  guint    n_leaves = count_leaves (self, node);
  gboolean stack = n_leaves > STACK_THRESHOLD;
  double   child_top = top + node->height + V_GAP;
  g_autoptr (GArray) placed = g_array_new (FALSE, FALSE, sizeof (Rect));
  g_autoptr (GArray) moving = g_array_new (FALSE, FALSE, sizeof (Rect));
  double   first_center = 0, last_center = 0;
  double   last_right = -G_MAXDOUBLE;
  gboolean any = FALSE;

  node->y = top;
  node->x = 0;

  for (guint i = 0; i < node->children->len; i++)
    {
      guint  c = g_array_index (node->children, guint, i);
      Node  *child;
      double dx;

      if (stack && is_leaf (self, c))
        continue;
      place (self, c, child_top);
      child = node_at (self, c);
      g_array_set_size (moving, 0);
      collect_rects (self, c, moving);
      dx = MAX (clearance (placed, moving), last_right + H_GAP - child->x);
      if (!any)
        dx = -child->x;
      shift_subtree (self, c, dx);
      g_array_set_size (moving, 0);
      collect_rects (self, c, moving);
      g_array_append_vals (placed, moving->data, moving->len);
      if (!any)
        first_center = child->x + child->width / 2;
      last_center = child->x + child->width / 2;
      last_right = child->x + child->width;
      any = TRUE;
    }

  if (stack)
    {
      guint  n_cols = (n_leaves + STACK_ROWS_MAX - 1) / STACK_ROWS_MAX;
      guint  n_rows = (n_leaves + n_cols - 1) / n_cols;
      double col_width = 0, dx;
      guint  k = 0;
      guint  first = G_MAXUINT;

      for (guint i = 0; i < node->children->len; i++)
        {
          guint c = g_array_index (node->children, guint, i);

          if (is_leaf (self, c))
            col_width = MAX (col_width, node_at (self, c)->width);
        }
      g_array_set_size (moving, 0);
      for (guint i = 0; i < node->children->len; i++)
        {
          guint c = g_array_index (node->children, guint, i);
          Node *child;
          Rect  r;

          if (!is_leaf (self, c))
            continue;
          child = node_at (self, c);
          child->stacked = TRUE;
          child->width = col_width;
          child->x = STACK_INDENT + (k / n_rows) * (col_width + H_GAP + STACK_INDENT);
          child->y = child_top + (k % n_rows) * (child->height + STACK_GAP);
          r = (Rect){ child->x - STACK_INDENT, child_top - QS_ORG_CHART_BUS_DROP,
                      child->x + child->width, child->y + child->height };
          g_array_append_val (moving, r);
          if (first == G_MAXUINT)
            first = c;
          k++;
        }
      dx = any ? MAX (clearance (placed, moving), last_right + H_GAP) : 0;
      for (guint i = 0; i < node->children->len; i++)
        {
          guint c = g_array_index (node->children, guint, i);

          if (is_leaf (self, c))
            node_at (self, c)->x += dx;
        }
      if (!any)
        first_center = node_at (self, first)->x - QS_ORG_CHART_RAIL_INSET;
      last_center = node_at (self, first)->x + (n_cols - 1) * (col_width + H_GAP + STACK_INDENT) -
                    QS_ORG_CHART_RAIL_INSET;
      any = TRUE;
    }

  if (any)
    node->x = (first_center + last_center) / 2 - node->width / 2;
}

static void
subtree_bounds (QsOrgChartLayout *self, guint index, double *x1, double *x2, double *y2)
{
  g_autoptr (GArray) rects = g_array_new (FALSE, FALSE, sizeof (Rect));

  collect_rects (self, index, rects);
  for (guint i = 0; i < rects->len; i++)
    {
      Rect *r = &g_array_index (rects, Rect, i);

      *x1 = MIN (*x1, r->x1);
      *x2 = MAX (*x2, r->x2);
      *y2 = MAX (*y2, r->y2);
    }
}

/**
 * qs_org_chart_layout_new:
 * @departments: (element-type QsDepartment): live departments, any order
 * @root_id: (nullable): draw only this department and its descendants
 *
 * Departments whose parent is missing from @departments are drawn as roots.
 * The second line of a box is the department's e-mail, else its phone, else
 * its location.
 */
QsOrgChartLayout *
qs_org_chart_layout_new (GPtrArray *departments, const char *root_id)
{
  return qs_org_chart_layout_new_full (departments, root_id, NULL);
}

/**
 * qs_org_chart_layout_new_full:
 * @sublabels: (nullable): department id → second line of its box, such as
 *   its manager's name; departments missing from it use their contact
 */
QsOrgChartLayout *
qs_org_chart_layout_new_full (GPtrArray *departments, const char *root_id, GHashTable *sublabels)
{
  QsOrgChartLayout *self = g_object_new (QS_TYPE_ORG_CHART_LAYOUT, NULL);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) children =
    g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) visited = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) roots = g_ptr_array_new ();
  Input  input = { departments, by_id, children, sublabels };
  double cursor = QS_ORG_CHART_MARGIN;
  double bottom = 0;

  for (guint i = 0; departments != NULL && i < departments->len; i++)
    g_hash_table_insert (by_id, (gpointer) qs_entity_get_id (departments->pdata[i]),
                         departments->pdata[i]);

  for (guint i = 0; departments != NULL && i < departments->len; i++)
    {
      QsEntity   *dep = departments->pdata[i];
      const char *parent = qs_entity_get_string (dep, QS_DEPARTMENT_FIELD_PARENT_ID);
      GPtrArray  *list;

      if (parent == NULL || !g_hash_table_contains (by_id, parent) ||
          g_strcmp0 (parent, qs_entity_get_id (dep)) == 0)
        {
          g_ptr_array_add (roots, dep);
          continue;
        }
      list = g_hash_table_lookup (children, parent);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (children, (gpointer) parent, list);
        }
      g_ptr_array_add (list, dep);
    }

  {
    GHashTableIter iter;
    gpointer       value;

    g_hash_table_iter_init (&iter, children);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_ptr_array_sort (value, compare_siblings);
  }
  g_ptr_array_sort (roots, compare_siblings);

  if (root_id != NULL)
    {
      QsEntity *root = g_hash_table_lookup (by_id, root_id);

      g_ptr_array_set_size (roots, 0);
      if (root != NULL)
        g_ptr_array_add (roots, root);
    }

  for (guint i = 0; i < roots->len; i++)
    {
      guint  index = add_subtree (self, &input, roots->pdata[i], G_MAXUINT, visited);
      double x1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = 0;

      place (self, index, QS_ORG_CHART_MARGIN);
      subtree_bounds (self, index, &x1, &x2, &y2);
      /* Roots side by side, each clear of the previous one. */
      shift_subtree (self, index, cursor - x1);
      cursor += x2 - x1 + H_GAP * 2;
      bottom = MAX (bottom, y2);
    }

  self->width = self->nodes->len > 0 ? cursor - H_GAP * 2 + QS_ORG_CHART_MARGIN : 0;
  self->height = self->nodes->len > 0 ? bottom + QS_ORG_CHART_MARGIN : 0;
  return self;
}

guint
qs_org_chart_layout_get_n_nodes (QsOrgChartLayout *self)
{
  g_return_val_if_fail (QS_IS_ORG_CHART_LAYOUT (self), 0);

  return self->nodes->len;
}

void
qs_org_chart_layout_get_node (QsOrgChartLayout *self,
                              guint             index,
                              const char      **department_id,
                              const char      **label,
                              const char      **sublabel,
                              double           *x,
                              double           *y,
                              double           *width,
                              double           *height)
{
  Node *node;

  g_return_if_fail (QS_IS_ORG_CHART_LAYOUT (self));
  g_return_if_fail (index < self->nodes->len);

  node = node_at (self, index);
  if (department_id)
    *department_id = node->id;
  if (label)
    *label = node->label;
  if (sublabel)
    *sublabel = node->sublabel;
  if (x)
    *x = node->x;
  if (y)
    *y = node->y;
  if (width)
    *width = node->width;
  if (height)
    *height = node->height;
}

guint
qs_org_chart_layout_get_parent_index (QsOrgChartLayout *self, guint index)
{
  g_return_val_if_fail (QS_IS_ORG_CHART_LAYOUT (self), G_MAXUINT);
  g_return_val_if_fail (index < self->nodes->len, G_MAXUINT);

  return node_at (self, index)->parent;
}

/* Stacked boxes hang from a rail on their left instead of from above. */
gboolean
qs_org_chart_layout_is_stacked (QsOrgChartLayout *self, guint index)
{
  g_return_val_if_fail (QS_IS_ORG_CHART_LAYOUT (self), FALSE);
  g_return_val_if_fail (index < self->nodes->len, FALSE);

  return node_at (self, index)->stacked;
}

guint
qs_org_chart_layout_get_n_children (QsOrgChartLayout *self, guint index)
{
  g_return_val_if_fail (QS_IS_ORG_CHART_LAYOUT (self), 0);
  g_return_val_if_fail (index < self->nodes->len, 0);

  return node_at (self, index)->children->len;
}

guint
qs_org_chart_layout_get_child (QsOrgChartLayout *self, guint index, guint nth)
{
  GArray *children;

  g_return_val_if_fail (QS_IS_ORG_CHART_LAYOUT (self), G_MAXUINT);
  g_return_val_if_fail (index < self->nodes->len, G_MAXUINT);

  children = node_at (self, index)->children;
  g_return_val_if_fail (nth < children->len, G_MAXUINT);
  return g_array_index (children, guint, nth);
}

int
qs_org_chart_layout_find (QsOrgChartLayout *self, const char *department_id)
{
  g_return_val_if_fail (QS_IS_ORG_CHART_LAYOUT (self), -1);

  for (guint i = 0; i < self->nodes->len; i++)
    if (g_strcmp0 (node_at (self, i)->id, department_id) == 0)
      return (int) i;
  return -1;
}

void
qs_org_chart_layout_get_size (QsOrgChartLayout *self, double *width, double *height)
{
  g_return_if_fail (QS_IS_ORG_CHART_LAYOUT (self));

  if (width)
    *width = self->width;
  if (height)
    *height = self->height;
}

int
qs_org_chart_layout_hit_test (QsOrgChartLayout *self, double x, double y)
{
  g_return_val_if_fail (QS_IS_ORG_CHART_LAYOUT (self), -1);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      Node *node = node_at (self, i);

      if (x >= node->x && x < node->x + node->width && y >= node->y && y < node->y + node->height)
        return (int) i;
    }
  return -1;
}
