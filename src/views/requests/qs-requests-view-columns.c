/* qs-requests-view-columns.c — the columns of the Requests list, and sorting by them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each cell reads its request's fields; the client, department and
 * assignee are shown by name through a small cache filled a page of rows
 * at a time. The deadline is the business time left, or past, in the
 * request's own calendar.
 *
 * Sorting is done by the database, not by a GtkSortListModel: each
 * sortable column has a sorter that only says which column it is, and
 * when the column view's sorter changes the first column it consults and
 * its direction become the filter's sort.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-deadline-countdown.h"
#include "qs-deadline.h"
#include "qs-deadline-explanation.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-escalation-policy.h"
#include "qs-request-names.h"
#include "qs-request-repository.h"
#include "qs-requests-view-private.h"

typedef enum
{
  COLUMN_REF,
  COLUMN_KIND,
  COLUMN_SUBJECT,
  COLUMN_CLIENT,
  COLUMN_DEPARTMENT,
  COLUMN_STATUS,
  COLUMN_DEADLINE,
  COLUMN_ASSIGNEE,
  COLUMN_PRIORITY,
  COLUMN_ESCALATION,
  N_COLUMNS
} Column;

static const struct
{
  const char *title;
  int         sort;  /* QsRequestSort, or -1 */
  int         width; /* at least, in pixels */
  gboolean    expand;
  gboolean    narrow; /* still shown when the view is folded */
} columns[N_COLUMNS] = {
  { N_ ("Reference"), QS_REQUEST_SORT_REF, 130, FALSE, FALSE },
  { N_ ("Kind"), QS_REQUEST_SORT_KIND, 100, FALSE, FALSE },
  { N_ ("Subject"), QS_REQUEST_SORT_SUBJECT, 180, TRUE, TRUE },
  { N_ ("Client"), QS_REQUEST_SORT_CLIENT, 130, TRUE, FALSE },
  { N_ ("Department"), QS_REQUEST_SORT_DEPARTMENT, 130, TRUE, FALSE },
  { N_ ("Status"), QS_REQUEST_SORT_STATUS, 120, FALSE, FALSE },
  { N_ ("Deadline"), QS_REQUEST_SORT_DUE, 190, FALSE, TRUE },
  { N_ ("Assignee"), QS_REQUEST_SORT_ASSIGNEE, 130, TRUE, FALSE },
  { N_ ("Priority"), QS_REQUEST_SORT_PRIORITY, 80, FALSE, FALSE },
  /* Translators: the title of the column of escalation badges; keep it short */
  { N_ ("Escalation"), -1, 36, FALSE, TRUE },
};

typedef struct
{
  QsRequestsView *view;
  QsRequestSort   sort;
} Probe;

void
qs_requests_view_forget_names (QsRequestsView *self)
{
  g_hash_table_remove_all (self->names);
}

/* Fills the cache with the people of the rows around @position: the
 * rows of one page of the model, which the list binds together. */
static void
fetch_names_around (QsRequestsView *self, guint position)
{
  GListModel *model = G_LIST_MODEL (self->requests);
  guint       first = position - position % QS_REQUEST_NAMES_BATCH;
  guint       last = MIN (first + QS_REQUEST_NAMES_BATCH, g_list_model_get_n_items (model));
  g_autoptr (GPtrArray) requests = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;

  for (guint i = first; i < last; i++)
    {
      QsEntity *request = g_list_model_get_item (model, i);

      g_ptr_array_add (requests, request);
      g_ptr_array_add (ids, (gpointer) qs_entity_get_string (request, QS_REQUEST_FIELD_CLIENT_ID));
      g_ptr_array_add (ids,
                       (gpointer) qs_entity_get_string (request, QS_REQUEST_FIELD_ASSIGNEE_ID));
    }
  if (!qs_request_names_add_people (self->store, self->names, (const char *const *) ids->pdata,
                                    ids->len, &error))
    g_warning ("Could not read the names of people: %s", error->message);
}

static const char *
person_name (QsRequestsView *self, guint position, const char *id)
{
  const char *name;

  if (id == NULL || self->store == NULL)
    return "";
  name = g_hash_table_lookup (self->names, id);
  if (name == NULL && self->requests != NULL &&
      position < g_list_model_get_n_items (G_LIST_MODEL (self->requests)))
    {
      fetch_names_around (self, position);
      name = g_hash_table_lookup (self->names, id);
    }
  if (name == NULL)
    {
      /* Not among its neighbours (a reload since): look it up alone. */
      const char *ids[] = { id };

      qs_request_names_add_people (self->store, self->names, ids, 1, NULL);
      name = g_hash_table_lookup (self->names, id);
    }
  return name != NULL ? name : "";
}

static gboolean
is_done (QsEntity *request)
{
  switch (qs_entity_get_enum (request, QS_REQUEST_FIELD_STATUS))
    {
    case QS_REQUEST_STATUS_RESOLVED:
    case QS_REQUEST_STATUS_CLIENT_INFORMED:
    case QS_REQUEST_STATUS_CLOSED:
    case QS_REQUEST_STATUS_REJECTED:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The text of a cell: a GtkInscription, which is what GTK 4.8 offers
 * list cells. Unlike a label it neither measures its text nor asks for a
 * new layout when it changes, and a list of a million rows builds and
 * binds a few hundred of them at each new list. Its tooltip, the whole
 * text or what the row sets as "qs-tooltip", is made only when the
 * pointer rests on it. */
static gboolean
on_cell_query_tooltip_cb (
  GtkWidget *cell, int x, int y, gboolean keyboard_mode, GtkTooltip *tooltip, gpointer user_data)
{
  const char *text = g_object_get_data (G_OBJECT (cell), "qs-tooltip");

  if (text == NULL && g_object_get_data (G_OBJECT (cell), "qs-whole-text") != NULL)
    text = gtk_inscription_get_text (GTK_INSCRIPTION (cell));
  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static GtkWidget *
new_cell_text (float xalign, gboolean whole_text_tooltip)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), xalign);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (cell, TRUE);
  if (whole_text_tooltip)
    g_object_set_data (G_OBJECT (cell), "qs-whole-text", GINT_TO_POINTER (TRUE));
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_cell_query_tooltip_cb), NULL);
  return cell;
}

static void
set_cell_tooltip (GtkInscription *cell, char *tooltip)
{
  g_object_set_data_full (G_OBJECT (cell), "qs-tooltip", tooltip, g_free);
}

static void
bind_deadline (QsRequestsView *self, GtkInscription *label, QsEntity *request)
{
  gint64 due = qs_entity_get_int (request, QS_REQUEST_FIELD_RESOLUTION_DUE_AT);
  gint64 received = qs_entity_get_int (request, QS_REQUEST_FIELD_RECEIVED_AT);
  gint64 paused = qs_entity_get_int (request, QS_REQUEST_FIELD_PAUSED_AT);
  gint64 now = paused != 0 ? paused : qs_store_now (self->store);
  g_autoptr (QsBusinessHours) hours = NULL;
  g_autofree char *text = NULL;
  QsDeadlineState  state;

  gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  set_cell_tooltip (label, NULL);
  if (due == 0 || self->store == NULL)
    {
      gtk_inscription_set_text (label, "");
      return;
    }

  hours = qs_request_repository_get_hours (
    self->store, qs_entity_get_string (request, QS_REQUEST_FIELD_CALENDAR_ID),
    qs_entity_get_string (request, QS_REQUEST_FIELD_DEPARTMENT_ID), self->default_calendar, NULL);
  if (hours != NULL)
    {
      /* "Friday 24 April, 16:30", in the calendar's zone and the interface's language. */
      g_autofree char *date = qs_deadline_format_instant (hours, due, self->language);

      /* Translators: the tooltip of a deadline; %s is a date and time */
      set_cell_tooltip (label, g_strdup_printf (_ ("Due %s"), date));
    }
  else
    {
      /* No calendar to count in: the date, in the computer's zone. */
      g_autofree char *date = qs_deadline_format_instant (NULL, due, self->language);

      gtk_inscription_set_text (label, date);
      return;
    }

  if (is_done (request))
    {
      gint64 done_at = qs_entity_get_int (request, QS_REQUEST_FIELD_RESOLVED_AT);

      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      /* Rejected or closed unresolved: as on the request page. */
      if (done_at == 0)
        {
          gtk_inscription_set_text (label, _ ("No longer counted"));
          return;
        }
      state = qs_deadline_state (hours, received, due, done_at, now, self->at_risk_share);
      gtk_inscription_set_text (label, state == QS_DEADLINE_MISSED ? _ ("Missed") : _ ("Met"));
      return;
    }

  state = qs_deadline_state (hours, received, due, 0, now, self->at_risk_share);
  text = qs_deadline_format_countdown (hours, now, due, self->language, QS_COUNTDOWN_IN_ROW);
  if (paused != 0)
    {
      /* Translators: a deadline whose clock is paused while waiting on the client */
      g_autofree char *with_pause = g_strdup_printf (_ ("%s, paused"), text);

      g_free (text);
      text = g_steal_pointer (&with_pause);
    }
  gtk_inscription_set_text (label, text);
  if (state == QS_DEADLINE_OVERDUE)
    gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  else if (state == QS_DEADLINE_AT_RISK)
    gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
}

/* Whom a request went to needs two queries: asked only when the pointer
 * rests on the badge, never while rows are bound during a scroll; without
 * anyone to name, the badge's own words. */
static gboolean
on_escalation_query_tooltip_cb (
  GtkWidget *image, int x, int y, gboolean keyboard_mode, GtkTooltip *tooltip, QsRequestsView *self)
{
  QsRequest *request = g_object_get_data (G_OBJECT (image), "qs-request");
  g_autoptr (QsEscalationPolicy) policy = NULL;
  g_autofree char *to = NULL;
  g_autofree char *text = NULL;
  gint64           level;

  if (request == NULL || self->store == NULL)
    return FALSE;
  level = qs_entity_get_int (QS_ENTITY (request), QS_REQUEST_FIELD_ESCALATION_LEVEL);
  if (level <= 0)
    return FALSE;
  policy = qs_escalation_policy_new (self->store);
  to = qs_escalation_policy_describe (policy, request, NULL);
  if (to == NULL)
    text = g_strdup (level >= 2 ? _ ("Escalated twice") : _ ("Escalated"));
  else if (level >= 2)
    /* Translators: %s is whom a request was escalated to, "Marie Tremblay (manager of IT)" */
    text = g_strdup_printf (_ ("Escalated twice, to %s"), to);
  else
    /* Translators: %s is whom a request was escalated to, "Marie Tremblay (owner of the
     * commitment)" */
    text = g_strdup_printf (_ ("Escalated to %s"), to);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
bind_escalation (QsRequestsView *self, GtkImage *image, QsRequest *request)
{
  gint64      level = qs_entity_get_int (QS_ENTITY (request), QS_REQUEST_FIELD_ESCALATION_LEVEL);
  const char *label;

  gtk_widget_set_visible (GTK_WIDGET (image), level > 0);
  gtk_widget_remove_css_class (GTK_WIDGET (image), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (image), "warning");
  g_object_set_data_full (G_OBJECT (image), "qs-request", level > 0 ? g_object_ref (request) : NULL,
                          g_object_unref);
  if (level <= 0)
    return;
  gtk_image_set_from_icon_name (image,
                                level >= 2 ? "mail-mark-important-symbolic" : "go-up-symbolic");
  gtk_widget_add_css_class (GTK_WIDGET (image), level >= 2 ? "error" : "warning");
  /* The tooltip is made when the pointer rests on the badge: setting one
   * at each bind cost GTK 4.8 half a new list's time when its first rows
   * were the escalated requests (the most overdue first). */
  label = level >= 2 ? _ ("Escalated twice") : _ ("Escalated");
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static char *
column_text (QsRequestsView *self, QsEntity *request, guint position, Column column)
{
  const char *text = NULL;

  switch (column)
    {
    case COLUMN_REF:
      text = qs_entity_get_string (request, QS_REQUEST_FIELD_REF);
      break;
    case COLUMN_KIND:
      text =
        qs_enum_label (QS_TYPE_REQUEST_KIND, qs_entity_get_enum (request, QS_REQUEST_FIELD_KIND));
      break;
    case COLUMN_SUBJECT:
      text = qs_entity_get_string (request, QS_REQUEST_FIELD_SUBJECT);
      break;
    case COLUMN_CLIENT:
      if (qs_entity_get_boolean (request, QS_REQUEST_FIELD_CONFIDENTIAL))
        text = _ ("Confidential");
      else if (qs_entity_get_string (request, QS_REQUEST_FIELD_CLIENT_ID) == NULL)
        text = _ ("Anonymous");
      else
        text =
          person_name (self, position, qs_entity_get_string (request, QS_REQUEST_FIELD_CLIENT_ID));
      break;
    case COLUMN_DEPARTMENT:
      {
        const char *id = qs_entity_get_string (request, QS_REQUEST_FIELD_DEPARTMENT_ID);

        text = id != NULL ? g_hash_table_lookup (self->department_names, id) : NULL;
      }
      break;
    case COLUMN_STATUS:
      text = qs_enum_label (QS_TYPE_REQUEST_STATUS,
                            qs_entity_get_enum (request, QS_REQUEST_FIELD_STATUS));
      break;
    case COLUMN_ASSIGNEE:
      text =
        person_name (self, position, qs_entity_get_string (request, QS_REQUEST_FIELD_ASSIGNEE_ID));
      break;
    case COLUMN_PRIORITY:
      text =
        qs_enum_label (QS_TYPE_PRIORITY, qs_entity_get_enum (request, QS_REQUEST_FIELD_PRIORITY));
      break;
    case COLUMN_DEADLINE:
    case COLUMN_ESCALATION:
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
  return g_strdup (text != NULL ? text : "");
}

static void
on_setup_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsRequestsView *self)
{
  Column     column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *child;

  if (column == COLUMN_ESCALATION)
    {
      child = gtk_image_new ();
      gtk_widget_set_has_tooltip (child, TRUE);
      g_signal_connect_object (child, "query-tooltip", G_CALLBACK (on_escalation_query_tooltip_cb),
                               self, 0);
    }
  else
    {
      child = new_cell_text (0, column == COLUMN_SUBJECT);
      if (column == COLUMN_REF)
        gtk_widget_add_css_class (child, "numeric");
    }
  gtk_list_item_set_child (item, child);
}

static void
on_bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsRequestsView *self)
{
  Column           column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  QsEntity        *request = qs_row_slot_get_item (gtk_list_item_get_item (item));
  GtkWidget       *child = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  if (request == NULL)
    return;
  if (column == COLUMN_ESCALATION)
    bind_escalation (self, GTK_IMAGE (child), QS_REQUEST (request));
  else if (column == COLUMN_DEADLINE)
    bind_deadline (self, GTK_INSCRIPTION (child), request);
  else
    {
      text = column_text (self, request, gtk_list_item_get_position (item), column);
      gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
    }
}

static int
probe_compare (gconstpointer a, gconstpointer b, gpointer user_data)
{
  Probe *probe = user_data;

  probe->view->probed_sort = probe->sort;
  return GTK_ORDERING_SMALLER;
}

/* Which column the user sorted by, and which way, asked of the column
 * view's own sorter (GTK 4.8 has no getter for it). */
static void
on_sorter_changed_cb (QsRequestsView *self)
{
  GtkSorter *sorter;
  g_autoptr (GObject) a = NULL;
  g_autoptr (GObject) b = NULL;
  GtkOrdering ordering;

  /* Also when the columns go away with the view. */
  if (self->syncing || self->column_view == NULL)
    return;
  sorter = gtk_column_view_get_sorter (self->column_view);
  a = g_object_new (G_TYPE_OBJECT, NULL);
  b = g_object_new (G_TYPE_OBJECT, NULL);
  self->probed_sort = -1;
  ordering = gtk_sorter_compare (sorter, a, b);
  if (self->probed_sort < 0)
    {
      g_autoptr (QsRequestFilter) plain = qs_request_filter_new ();

      self->filter->sort = plain->sort;
      self->filter->descending = plain->descending;
    }
  else
    {
      self->filter->sort = self->probed_sort;
      self->filter->descending = ordering == GTK_ORDERING_LARGER;
    }
  qs_requests_view_apply (self);
}

/**
 * qs_requests_view_sync_sort:
 *
 * Shows the filter's sort on the column headers.
 */
void
qs_requests_view_sync_sort (QsRequestsView *self)
{
  GListModel          *list = gtk_column_view_get_columns (self->column_view);
  GtkColumnViewColumn *sort_column = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (list) && i < N_COLUMNS; i++)
    if (columns[i].sort == (int) self->filter->sort)
      {
        g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (list, i);

        sort_column = column;
      }
  self->syncing = TRUE;
  gtk_column_view_sort_by_column (self->column_view, sort_column,
                                  self->filter->descending ? GTK_SORT_DESCENDING
                                                           : GTK_SORT_ASCENDING);
  self->syncing = FALSE;
}

/**
 * qs_requests_view_update_columns:
 *
 * Narrow, only the subject, the deadline and the escalation badge fit;
 * beside a request, the reference too.
 */
void
qs_requests_view_update_columns (QsRequestsView *self)
{
  GListModel *list = gtk_column_view_get_columns (self->column_view);
  gboolean    folded = adw_leaflet_get_folded (self->leaflet);
  gboolean    beside = !folded && gtk_widget_get_visible (self->detail_pane);
  gboolean    syncing = self->syncing;

  /* Hiding the sorted column does not change the list's order. */
  self->syncing = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (list) && i < N_COLUMNS; i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (list, i);
      gboolean visible = columns[i].narrow || (!folded && !beside) || (beside && i == COLUMN_REF);

      gtk_column_view_column_set_visible (column, visible);
      /* 360 px hold the subject, the deadline and the badge. */
      gtk_column_view_column_set_fixed_width (column, !folded                ? columns[i].width
                                                      : i == COLUMN_SUBJECT  ? 110
                                                      : i == COLUMN_DEADLINE ? 190
                                                                             : columns[i].width);
    }
  self->syncing = syncing;
  /* Beside a request, the list is the two-line one: whole subjects, the
   * status and the deadline, across the list's width. The table's three
   * columns left there kept their own widths (GTK 4.8 gives a column
   * view's spare width to no column) and left an empty strip. */
  adw_squeezer_page_set_enabled (
    adw_squeezer_get_page (self->list_squeezer,
                           gtk_widget_get_parent (GTK_WIDGET (self->column_view))),
    !beside);
}

void
qs_requests_view_add_columns (QsRequestsView *self)
{
  for (Column c = COLUMN_REF; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr (GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (c));
      g_signal_connect_object (factory, "setup", G_CALLBACK (on_setup_cell_cb), self, 0);
      g_signal_connect_object (factory, "bind", G_CALLBACK (on_bind_cell_cb), self, 0);
      column =
        gtk_column_view_column_new (c == COLUMN_ESCALATION ? NULL : _ (columns[c].title), factory);
      gtk_column_view_column_set_resizable (column, c != COLUMN_ESCALATION);
      gtk_column_view_column_set_expand (column, columns[c].expand);
      gtk_column_view_column_set_fixed_width (column, columns[c].width);
      if (columns[c].sort >= 0)
        {
          Probe *probe = g_new0 (Probe, 1);
          g_autoptr (GtkSorter) sorter = NULL;

          probe->view = self;
          probe->sort = columns[c].sort;
          sorter = GTK_SORTER (gtk_custom_sorter_new (probe_compare, probe, g_free));
          gtk_column_view_column_set_sorter (column, sorter);
        }
      gtk_column_view_append_column (self->column_view, column);
    }
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

/* The narrow list: two lines a request, its reference and subject above,
 * its status and deadline below, where the table's columns do not fit. */

static void
on_setup_narrow_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsRequestsView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = new_cell_text (0, TRUE);
  GtkWidget *status = new_cell_text (0, FALSE);
  GtkWidget *deadline = new_cell_text (1, FALSE);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_add_css_class (status, "dim-label");
  gtk_widget_add_css_class (status, "caption");
  /* An inscription asks for the room its characters say, not its text's:
   * the status asks for its own (see the bind), the deadline takes the
   * rest. */
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (status), 6);
  gtk_widget_set_hexpand (deadline, TRUE);
  gtk_widget_add_css_class (deadline, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (line), status);
  gtk_box_append (GTK_BOX (line), deadline);
  gtk_box_append (GTK_BOX (box), line);
  g_object_set_data (G_OBJECT (box), "qs-title", title);
  g_object_set_data (G_OBJECT (box), "qs-status", status);
  g_object_set_data (G_OBJECT (box), "qs-deadline", deadline);
  gtk_list_item_set_child (item, box);
}

static void
on_bind_narrow_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsRequestsView *self)
{
  QsEntity        *request = qs_row_slot_get_item (gtk_list_item_get_item (item));
  GtkWidget       *box = gtk_list_item_get_child (item);
  guint            position = gtk_list_item_get_position (item);
  g_autofree char *ref = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *status = NULL;
  g_autofree char *title = NULL;

  if (request == NULL)
    return;
  ref = column_text (self, request, position, COLUMN_REF);
  subject = column_text (self, request, position, COLUMN_SUBJECT);
  status = column_text (self, request, position, COLUMN_STATUS);
  /* Translators: a request in the narrow list: its reference, then its subject */
  title = g_strdup_printf (_ ("%s · %s"), ref, subject);
  gtk_inscription_set_text (g_object_get_data (G_OBJECT (box), "qs-title"), title);
  gtk_inscription_set_text (g_object_get_data (G_OBJECT (box), "qs-status"), status);
  /* A few statuses: a new size now and then, not at each row. */
  gtk_inscription_set_nat_chars (g_object_get_data (G_OBJECT (box), "qs-status"),
                                 g_utf8_strlen (status, -1));
  bind_deadline (self, g_object_get_data (G_OBJECT (box), "qs-deadline"), request);
}

void
qs_requests_view_set_up_narrow_list (QsRequestsView *self)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect_object (factory, "setup", G_CALLBACK (on_setup_narrow_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_bind_narrow_cb), self, 0);
  gtk_list_view_set_factory (self->narrow_view, factory);
}
