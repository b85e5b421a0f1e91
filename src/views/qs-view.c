/* qs-view.c — what every view of the window is: the view contract
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view is a widget over the context: the window lists the registered
 * view types (their page name, title, icon and help page are class data,
 * so a view is listed before it is built), builds one when its page is
 * first shown and gives it the context. The view hears every change to
 * the database through QsView::changed: at once while it is shown, else
 * once when it is shown again, all it missed merged into one change set
 * (a hidden view does no work). Views no longer read everything again
 * each time they are shown.
 */
#include "config.h"

#include "qs-entity.h"
#include "qs-ui-resources.h"
#include "qs-view.h"

typedef struct
{
  QsContext   *context;
  QsChangeSet *missed; /* changes while not shown, or NULL */
  gulong       changed_id;
} QsViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (QsView, qs_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deliver (QsView *self, QsChangeSet *changes)
{
  QsViewClass *klass = QS_VIEW_GET_CLASS (self);

  if (klass->changed != NULL)
    klass->changed (self, changes);
}

static void
on_context_changed_cb (QsContext *context, QsChangeSet *changes, QsView *self)
{
  QsViewPrivate *priv = qs_view_get_instance_private (self);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      deliver (self, changes);
      return;
    }
  if (priv->missed == NULL)
    priv->missed = qs_change_set_new ();
  qs_change_set_merge (priv->missed, changes);
}

static void
qs_view_map (GtkWidget *widget)
{
  QsView        *self = QS_VIEW (widget);
  QsViewPrivate *priv = qs_view_get_instance_private (self);
  g_autoptr (QsChangeSet) missed = g_steal_pointer (&priv->missed);

  GTK_WIDGET_CLASS (qs_view_parent_class)->map (widget);

  if (missed != NULL)
    deliver (self, missed);
}

static void
qs_view_dispose (GObject *object)
{
  QsView        *self = QS_VIEW (object);
  QsViewPrivate *priv = qs_view_get_instance_private (self);

  if (priv->context != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->context);
  g_clear_object (&priv->context);
  g_clear_pointer (&priv->missed, qs_change_set_unref);

  G_OBJECT_CLASS (qs_view_parent_class)->dispose (object);
}

static void
qs_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsView *self = QS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, qs_view_get_context (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_view_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  QsView *self = QS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      qs_view_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_view_class_init (QsViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_view_dispose;
  object_class->get_property = qs_view_get_property;
  object_class->set_property = qs_view_set_property;
  widget_class->map = qs_view_map;

  /**
   * QsView:context:
   *
   * The store, settings and clock the view works with; %NULL when the
   * database could not be opened.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, QS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_view_init (QsView *self)
{
}

/**
 * qs_view_class_set_page:
 * @page_name: the page's name in the window, its settings and actions
 *   ("requests")
 * @title: the title in the view switcher, marked for translation
 * @icon_name: the switcher's icon
 * @help_page: the page of the help that F1 opens
 *
 * Called in a view's class_init: what the window shows of the view before
 * building it.
 */
void
qs_view_class_set_page (QsViewClass *klass,
                        const char  *page_name,
                        const char  *title,
                        const char  *icon_name,
                        const char  *help_page)
{
  klass->page_name = page_name;
  klass->title = title;
  klass->icon_name = icon_name;
  klass->help_page = help_page;
}

/* Returns: (transfer none) (nullable) */
QsContext *
qs_view_get_context (QsView *self)
{
  QsViewPrivate *priv;

  g_return_val_if_fail (QS_IS_VIEW (self), NULL);

  priv = qs_view_get_instance_private (self);
  return priv->context;
}

/* Returns: (transfer none) (nullable): the context's store */
QsStore *
qs_view_get_store (QsView *self)
{
  QsContext *context = qs_view_get_context (self);

  return context != NULL ? qs_context_get_store (context) : NULL;
}

void
qs_view_set_context (QsView *self, QsContext *context)
{
  QsViewPrivate *priv;
  QsViewClass   *klass;

  g_return_if_fail (QS_IS_VIEW (self));
  g_return_if_fail (context == NULL || QS_IS_CONTEXT (context));

  priv = qs_view_get_instance_private (self);
  if (priv->context == context)
    return;

  if (priv->context != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->context);
  g_set_object (&priv->context, context);
  /* What was missed of the old context means nothing now. */
  g_clear_pointer (&priv->missed, qs_change_set_unref);
  if (context != NULL)
    priv->changed_id =
      g_signal_connect (context, "changed", G_CALLBACK (on_context_changed_cb), self);

  klass = QS_VIEW_GET_CLASS (self);
  if (klass->context_set != NULL)
    klass->context_set (self, context);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

const char *
qs_view_get_page_name (QsView *self)
{
  g_return_val_if_fail (QS_IS_VIEW (self), NULL);

  return QS_VIEW_GET_CLASS (self)->page_name;
}

const char *
qs_view_get_help_page (QsView *self)
{
  g_return_val_if_fail (QS_IS_VIEW (self), NULL);

  return QS_VIEW_GET_CLASS (self)->help_page;
}

/**
 * qs_view_get_leaflet:
 *
 * Every view holds its list and its detail in an #AdwLeaflet, its one
 * child: the window follows it to show one back button at a time.
 *
 * Returns: (transfer none) (nullable): the view's leaflet
 */
AdwLeaflet *
qs_view_get_leaflet (QsView *self)
{
  GtkWidget *child;

  g_return_val_if_fail (QS_IS_VIEW (self), NULL);

  child = gtk_widget_get_first_child (GTK_WIDGET (self));
  return ADW_IS_LEAFLET (child) ? ADW_LEAFLET (child) : NULL;
}

/**
 * qs_view_is_on_subpage:
 *
 * Returns: whether the view, folded, shows a page with its own back
 *   button (a detail beside which the list no longer shows)
 */
gboolean
qs_view_is_on_subpage (QsView *self)
{
  AdwLeaflet *leaflet;

  g_return_val_if_fail (QS_IS_VIEW (self), FALSE);

  leaflet = qs_view_get_leaflet (self);
  return leaflet != NULL && adw_leaflet_get_folded (leaflet) &&
         adw_leaflet_get_adjacent_child (leaflet, ADW_NAVIGATION_DIRECTION_BACK) != NULL;
}

/**
 * qs_view_refresh_list:
 * @model: the view's list
 * @selection: the selection over @model
 * @changes: what was committed
 *
 * Updates the rows of @model that @changes touched, in place, and keeps
 * the selected row selected: a row read again is a new object, and a row
 * whose sort key changed moves, and GtkSingleSelection loses both.
 *
 * Returns: %FALSE with @error set when the list could not be read again;
 *   it is then left as it was
 */
gboolean
qs_view_refresh_list (QsQueryListModel   *model,
                      GtkSingleSelection *selection,
                      QsChangeSet        *changes,
                      GError            **error)
{
  QsEntity        *before = gtk_single_selection_get_selected_item (selection);
  g_autofree char *selected_id = before != NULL ? g_strdup (qs_entity_get_id (before)) : NULL;
  gboolean         refreshed = qs_query_list_model_refresh (model, changes, error);
  QsEntity        *after = gtk_single_selection_get_selected_item (selection);

  if (selected_id != NULL &&
      (after == NULL || g_strcmp0 (qs_entity_get_id (after), selected_id) != 0))
    {
      guint position = qs_query_list_model_find_cached (model, selected_id);

      gtk_single_selection_set_selected (
        selection, position == G_MAXUINT ? GTK_INVALID_LIST_POSITION : position);
    }
  return refreshed;
}

/**
 * qs_view_ensure_resources:
 *
 * The views' templates live in the application's resource bundle, which
 * the application registers at start-up. A view built without the
 * application (a test, a tool) registers it here instead, once: a view
 * may not call up into the application layer.
 */
void
qs_view_ensure_resources (void)
{
  static gsize checked = 0;

  if (g_once_init_enter (&checked))
    {
      if (!g_resources_get_info ("/org/example/QualServ/qs-window.ui", G_RESOURCE_LOOKUP_FLAGS_NONE,
                                 NULL, NULL, NULL))
        qs_ui_register_resource ();
      g_once_init_leave (&checked, 1);
    }
}
