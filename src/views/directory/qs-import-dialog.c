/* qs-import-dialog.c — maps the columns of a directory file, then imports it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog shows what was found in the file (encoding, separator, the
 * first rows), one drop-down per column saying which field it fills, and
 * the problems that stop the import, each with its line and column. Every
 * change of mapping checks the file again; Import stays disabled while a
 * problem remains. The import runs in a thread with a progress bar and can
 * be cancelled, leaving the database as it was. The mapping is remembered
 * in GSettings and offered again for a file with the same columns.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-csv-reader.h"
#include "qs-import-dialog.h"
#include "qs-import-problem.h"

#define PREVIEW_ROWS 5

struct _QsImportDialog
{
  AdwWindow parent_instance;

  QsClientImport *import;
  GListModel     *problems;
  GCancellable   *cancellable;
  GSettings      *settings;
  GPtrArray      *dropdowns; /* GtkDropDown, one per column */
  gboolean        running;

  /* Template widgets */
  GtkLabel       *file_label;
  GtkGrid        *preview_grid;
  GtkSwitch      *create_switch;
  GtkListView    *problem_list;
  GtkStack       *problem_stack;
  GtkButton      *import_button;
  GtkButton      *cancel_button;
  GtkProgressBar *progress_bar;
  GtkLabel       *status_label;
};

G_DEFINE_FINAL_TYPE (QsImportDialog, qs_import_dialog, ADW_TYPE_WINDOW)

enum
{
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_sensitivity (QsImportDialog *self)
{
  guint n = self->problems != NULL ? g_list_model_get_n_items (self->problems) : 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button),
                            !self->running && self->problems != NULL && n == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->preview_grid), !self->running);
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_switch), !self->running);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), self->running);
  gtk_stack_set_visible_child_name (self->problem_stack, n > 0 ? "problems" : "none");
}

static void
show_status (QsImportDialog *self, const char *text)
{
  gtk_label_set_label (self->status_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
}

static void
check (QsImportDialog *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&self->problems);
  self->problems = qs_client_import_check (self->import, &error);
  show_status (self, error != NULL ? error->message : NULL);
  gtk_list_view_set_model (self->problem_list, self->problems != NULL
                                                 ? GTK_SELECTION_MODEL (gtk_no_selection_new (
                                                     g_object_ref (self->problems)))
                                                 : NULL);
  update_sensitivity (self);
}

static void
remember_mapping (QsImportDialog *self)
{
  g_autofree char *mapping = qs_client_import_get_mapping_string (self->import);

  if (mapping != NULL)
    g_settings_set_string (self->settings, "import-mapping", mapping);
}

static void
on_mapping_changed_cb (GtkDropDown *dropdown, GParamSpec *pspec, QsImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "column"));
  guint field = gtk_drop_down_get_selected (dropdown);

  if (field == GTK_INVALID_LIST_POSITION ||
      field == qs_client_import_get_mapping (self->import, column))
    return;
  qs_client_import_set_mapping (self->import, column, field);
  remember_mapping (self);
  check (self);
}

static void
on_create_changed_cb (GtkSwitch *sw, GParamSpec *pspec, QsImportDialog *self)
{
  qs_client_import_set_create_departments (self->import, gtk_switch_get_active (sw));
  check (self);
}

static GtkWidget *
cell (const char *text, gboolean heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, heading ? "heading" : "caption");
  return label;
}

static void
fill_preview (QsImportDialog *self)
{
  g_auto (GStrv) columns = qs_client_import_get_columns (self->import);
  g_autoptr (GPtrArray) rows = qs_client_import_get_preview (self->import, PREVIEW_ROWS);
  g_autoptr (GtkStringList) fields = gtk_string_list_new (NULL);
  guint n_columns = columns != NULL ? g_strv_length (columns) : 0;

  for (QsImportField f = QS_IMPORT_FIELD_IGNORE; f < QS_IMPORT_N_FIELDS; f++)
    gtk_string_list_append (fields, qs_import_field_get_label (f));

  for (guint c = 0; c < n_columns; c++)
    {
      GtkWidget       *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (fields)), NULL);
      g_autofree char *tooltip = g_strdup_printf (_ ("Field of the column “%s”"), columns[c]);

      g_object_set_data (G_OBJECT (dropdown), "column", GUINT_TO_POINTER (c));
      gtk_widget_set_tooltip_text (dropdown, tooltip);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                                  qs_client_import_get_mapping (self->import, c));
      g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_mapping_changed_cb),
                               self, 0);
      gtk_grid_attach (self->preview_grid, dropdown, c, 0, 1, 1);
      g_ptr_array_add (self->dropdowns, dropdown);
      gtk_grid_attach (self->preview_grid, cell (columns[c], TRUE), c, 1, 1, 1);
    }
  for (guint r = 0; rows != NULL && r < rows->len; r++)
    {
      GStrv row = g_ptr_array_index (rows, r);

      for (guint c = 0; row[c] != NULL && c < n_columns; c++)
        gtk_grid_attach (self->preview_grid, cell (row[c], FALSE), c, r + 2, 1, 1);
    }
}

static void
on_setup_problem_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsImportDialog *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
on_bind_problem_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsImportDialog *self)
{
  QsImportProblem *problem = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       qs_import_problem_get_message (problem));
}

static void
on_fraction_changed_cb (QsClientImport *import, GParamSpec *pspec, QsImportDialog *self)
{
  gtk_progress_bar_set_fraction (self->progress_bar, qs_client_import_get_fraction (import));
}

static void
on_run_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (QsImportDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  guint n_added = 0;
  guint n_updated = 0;

  self->running = FALSE;
  g_clear_object (&self->cancellable);
  gtk_button_set_label (self->cancel_button, _ ("_Cancel"));
  if (!qs_client_import_run_finish (QS_CLIENT_IMPORT (source), result, &n_added, &n_updated,
                                    &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_status (self, _ ("The import was cancelled: nothing was changed."));
      else
        show_status (self, error->message);
      update_sensitivity (self);
      return;
    }
  g_signal_emit (self, signals[IMPORTED], 0, n_added, n_updated);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_import_clicked_cb (QsImportDialog *self)
{
  if (self->running)
    return;
  self->running = TRUE;
  self->cancellable = g_cancellable_new ();
  show_status (self, NULL);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  update_sensitivity (self);
  qs_client_import_run_async (self->import, self->cancellable, on_run_done_cb, g_object_ref (self));
}

static void
on_cancel_clicked_cb (QsImportDialog *self)
{
  if (self->running)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
on_close_request_cb (QsImportDialog *self)
{
  /* Closing while importing cancels, and waits for the rollback. */
  if (self->running)
    {
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }
  return FALSE;
}

QsClientImport *
qs_import_dialog_get_import (QsImportDialog *self)
{
  g_return_val_if_fail (QS_IS_IMPORT_DIALOG (self), NULL);

  return self->import;
}

/**
 * qs_import_dialog_get_problems:
 *
 * Returns: (transfer none) (nullable): the QsImportProblem listed
 */
GListModel *
qs_import_dialog_get_problems (QsImportDialog *self)
{
  g_return_val_if_fail (QS_IS_IMPORT_DIALOG (self), NULL);

  return self->problems;
}

/**
 * qs_import_dialog_set_mapping:
 *
 * What choosing @field in the drop-down of @column does.
 */
void
qs_import_dialog_set_mapping (QsImportDialog *self, guint column, QsImportField field)
{
  g_return_if_fail (QS_IS_IMPORT_DIALOG (self));
  g_return_if_fail (column < self->dropdowns->len);

  gtk_drop_down_set_selected (g_ptr_array_index (self->dropdowns, column), field);
}

void
qs_import_dialog_set_create_departments (QsImportDialog *self, gboolean create)
{
  g_return_if_fail (QS_IS_IMPORT_DIALOG (self));

  gtk_switch_set_active (self->create_switch, create);
}

/**
 * qs_import_dialog_new:
 * @file_name: the name shown to the user
 *
 * Reads @bytes as a directory file and offers to import it.
 *
 * Returns: (transfer full): a dialog, not shown yet, or %NULL when the file
 *   cannot be read at all
 */
QsImportDialog *
qs_import_dialog_new (
  GtkWindow *parent, QsStore *store, GBytes *bytes, const char *file_name, GError **error)
{
  g_autoptr (QsImportDialog) self = NULL;
  g_autoptr (QsCsvReader) reader = NULL;
  g_autofree char *last = NULL;
  g_autofree char *description = NULL;
  char             separator[2] = { 0, 0 };

  self = g_object_new (QS_TYPE_IMPORT_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  g_object_ref_sink (self);
  self->import = qs_client_import_new (store, bytes, error);
  if (self->import == NULL)
    return NULL;
  reader = qs_csv_reader_new (bytes, error);
  if (reader == NULL)
    return NULL;

  /* The last mapping, when this file has the same columns; else a guess. */
  qs_client_import_guess_mapping (self->import);
  last = g_settings_get_string (self->settings, "import-mapping");
  if (*last != '\0')
    qs_client_import_set_mapping_string (self->import, last);

  separator[0] = qs_csv_reader_get_separator (reader);
  /* Translators: a file name, its encoding (UTF-8…) and its separator (, or ;) */
  description = g_strdup_printf (_ ("%s — %s, values separated by “%s”"), file_name,
                                 qs_csv_reader_get_encoding (reader), separator);
  gtk_label_set_label (self->file_label, description);
  g_signal_connect_object (self->import, "notify::fraction", G_CALLBACK (on_fraction_changed_cb),
                           self, 0);
  fill_preview (self);
  check (self);
  return g_steal_pointer (&self);
}

static void
qs_import_dialog_dispose (GObject *object)
{
  QsImportDialog *self = QS_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->problems);
  g_clear_object (&self->import);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->dropdowns, g_ptr_array_unref);

  G_OBJECT_CLASS (qs_import_dialog_parent_class)->dispose (object);
}

static void
qs_import_dialog_class_init (QsImportDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_import_dialog_dispose;

  /**
   * QsImportDialog::imported:
   * @n_added: people added
   * @n_updated: people found by their e-mail and updated
   *
   * The whole file was imported; the dialog closes.
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/QualServ/directory/qs-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, create_switch);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, problem_list);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, problem_stack);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_create_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_problem_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_problem_cb);
}

static void
qs_import_dialog_init (QsImportDialog *self)
{
  self->settings = g_settings_new (APP_ID);
  self->dropdowns = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
