/* qs-request-page-shared.c — what the request page and the new request dialog share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-client.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-request-page-private.h"
#include "qs-view.h"

/* The templates are in the application's resource bundle; a page built
 * without the application (a test) registers it once. */
void
qs_requests_ensure_resources (void)
{
  qs_view_ensure_resources ();
}

/* The personal problems of the taxonomy: everything after the
 * work-related ones, but "Other". */
gboolean
qs_requests_problem_is_personal (QsProblem problem)
{
  return problem >= QS_PROBLEM_DELEGATION_WITHOUT_CONSENT && problem != QS_PROBLEM_OTHER;
}

/* Takes @list. */
void
qs_requests_set_string_model (AdwComboRow *row, GtkStringList *list)
{
  g_autoptr (GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  adw_combo_row_set_expression (row, expression);
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  g_object_unref (list);
}

/* Values from @first on; a row's position is then value - @first. */
void
qs_requests_setup_enum_row (AdwComboRow *row, GType enum_type, int first)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value >= first)
      gtk_string_list_append (list, qs_enum_label (enum_type, klass->values[i].value));
  qs_requests_set_string_model (row, list);
}

static void
problem_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "dim-label");
  gtk_widget_set_margin_top (heading, 6);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
problem_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget  *box = gtk_list_item_get_child (item);
  GtkWidget  *heading = gtk_widget_get_first_child (box);
  GtkWidget  *label = gtk_widget_get_next_sibling (heading);
  guint       position = gtk_list_item_get_position (item);
  const char *group = NULL;

  /* The first item of each group carries the group's name above it. */
  if (position == QS_PROBLEM_UNKNOWN_PROCESSES)
    group = _ ("Work-related");
  else if (position == QS_PROBLEM_DELEGATION_WITHOUT_CONSENT)
    group = _ ("Personal");
  else if (position == QS_PROBLEM_OTHER)
    group = _ ("Neither");
  gtk_label_set_label (GTK_LABEL (heading), group);
  gtk_widget_set_visible (heading, group != NULL);
  gtk_label_set_label (GTK_LABEL (label),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

/* The problem taxonomy in enum order, its work-related and personal
 * problems under a heading each in the popover. */
void
qs_requests_setup_problem_row (AdwComboRow *row)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  qs_requests_setup_enum_row (row, QS_TYPE_PROBLEM, 0);
  g_signal_connect (factory, "setup", G_CALLBACK (problem_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (problem_bind_cb), NULL);
  adw_combo_row_set_list_factory (row, factory);
}
