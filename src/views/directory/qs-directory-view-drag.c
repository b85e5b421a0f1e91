/* qs-directory-view-drag.c — departments moved in the tree by drag and drop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A department dragged onto another goes under it; dropped on "All
 * people", to the top of the organisation. The move is a save of its
 * parent, refused (a department under itself) with the store's sentence,
 * as "Part Of" on its page does.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-department.h"
#include "qs-directory-repository.h"
#include "qs-directory-view-private.h"
#include "qs-repository.h"

#define ID_KEY "qs-department-id"

/**
 * qs_directory_view_move_department:
 * @parent_id: (nullable): the department to go under, or %NULL for the top
 *
 * Moves @id under @parent_id, and shows it there.
 */
gboolean
qs_directory_view_move_department (QsDirectoryView *self,
                                   const char      *id,
                                   const char      *parent_id,
                                   GError         **error)
{
  g_autoptr (QsEntity) department = NULL;

  g_return_val_if_fail (QS_IS_DIRECTORY_VIEW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->store == NULL ||
      !qs_store_find_if_any (self->store, QS_TYPE_DEPARTMENT, id, &department, error))
    return FALSE;
  if (department == NULL || g_strcmp0 (id, parent_id) == 0)
    return TRUE;
  qs_entity_set_string (department, QS_DEPARTMENT_FIELD_PARENT_ID, parent_id);
  if (!qs_directory_repository_save_department (self->store, QS_DEPARTMENT (department), error))
    return FALSE;
  qs_directory_view_reload (self);
  qs_directory_view_select_department (self, id);
  return TRUE;
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source, double x, double y, gpointer user_data)
{
  GtkWidget  *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  const char *id = g_object_get_data (G_OBJECT (row), ID_KEY);

  /* "All people" is not a department. */
  if (id == NULL)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_STRING, id);
}

static gboolean
on_drop_cb (GtkDropTarget *target, const GValue *value, double x, double y, QsDirectoryView *self)
{
  GtkWidget  *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  const char *parent_id = g_object_get_data (G_OBJECT (row), ID_KEY);
  g_autoptr (GError) error = NULL;

  if (!G_VALUE_HOLDS_STRING (value) || self->store == NULL || qs_store_is_read_only (self->store))
    return FALSE;
  if (!qs_directory_view_move_department (self, g_value_get_string (value), parent_id, &error))
    {
      qs_directory_view_toast_error (self, error);
      return FALSE;
    }
  return TRUE;
}

/* The row of a department in the tree: dragged, and dropped onto. */
void
qs_directory_view_setup_department_drag (QsDirectoryView *self, GtkWidget *row)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), NULL);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}

/* Which department the row shows now, or NULL for "All people". */
void
qs_directory_view_bind_department_drag (GtkWidget *row, const char *department_id)
{
  g_object_set_data_full (G_OBJECT (row), ID_KEY, g_strdup (department_id), g_free);
}
