/* qs-surveys-view.c — the Questionnaires view: design, invite, answer, read the results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The questionnaires, the latest first, beside what the one chosen says:
 * its answers counted, per question a chart, per group what anonymity
 * lets show (qs-survey-results-render.c), filtered by the respondents'
 * department and a quarter, grouped by department or service. Above the
 * list, the barometer of every questionnaire. A questionnaire is made in
 * QsSurveyDesignDialog, answered in QsSurveyAnswersDialog or from a
 * sheet; both write through qs-survey-repository.c, as the command line
 * does. The actions on files are in qs-surveys-view-files.c, those on a
 * comment of the results in qs-surveys-view-comments.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-calendar-day.h"
#include "qs-calendar-words.h"
#include "qs-directory-repository.h"
#include "qs-drop-down-ellipsize.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-status-page-icons.h"
#include "qs-survey-answers-dialog.h"
#include "qs-survey-barometer.h"
#include "qs-survey-design-dialog.h"
#include "qs-survey-repository.h"
#include "qs-survey-results-render.h"
#include "qs-surveys-view-private.h"
#include "qs-toast.h"
#include "qs-view-shortcuts.h"

/* Quarters offered to filter a questionnaire's answers. */
#define MAX_QUARTERS 8

typedef struct
{
  gint64 from;
  gint64 to;
} Period;

struct _QsSurveysView
{
  QsView parent_instance;

  QsStore            *store;
  GListStore         *surveys;
  GtkSingleSelection *selection;
  GHashTable         *counts;         /* survey id → its answers (gint64 *) */
  GPtrArray          *department_ids; /* of the department filter, after "All" */
  GArray             *periods;        /* Period of the period filter, after "Any time" */
  QsSurvey           *shown;
  gboolean            loaded;
  gboolean            syncing;

  /* Template widgets */
  AdwLeaflet        *leaflet;
  GtkListBox        *barometer_list;
  GtkStack          *list_stack;
  GtkListView       *list_view;
  GtkWidget         *survey_buttons;
  GtkStack          *detail_stack;
  GtkScrolledWindow *survey_scroller;
  GtkScrolledWindow *barometer_scroller;
  GtkLabel          *survey_title;
  GtkLabel          *survey_facts;
  GtkDropDown       *grouping_dropdown;
  GtkDropDown       *department_dropdown;
  GtkDropDown       *period_dropdown;
  GtkBox            *results_box;
  GtkBox            *barometer_box;
};

G_DEFINE_FINAL_TYPE (QsSurveysView, qs_surveys_view, QS_TYPE_VIEW)

void
qs_surveys_view_toast (QsSurveysView *self, const char *title)
{
  qs_toast_add (GTK_WIDGET (self), qs_toast_new (title, FALSE));
}

/* A refusal is a sentence that names a line and a column: it is shown
 * whole, in a dialog, where a toast would cut it. */
void
qs_surveys_view_show_error (QsSurveysView *self, const char *heading, const GError *error)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static QsLanguage
language (void)
{
  return qs_interface_language ();
}

static const char *
survey_title (QsSurvey *survey)
{
  const char *title = qs_survey_get_title (survey, language ());

  return title != NULL ? title : qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_REF);
}

static gint64
count_of (QsSurveysView *self, QsSurvey *survey)
{
  gint64 *n = g_hash_table_lookup (self->counts, qs_entity_get_id (QS_ENTITY (survey)));

  return n != NULL ? *n : 0;
}

/* "2 March 2026", from an ISO day; NULL without one. */
static char *
format_iso_day (const char *iso)
{
  GDate    date;
  GString *out;

  if (iso == NULL || !qs_calendar_day_parse_date (iso, &date))
    return NULL;
  out = g_string_new (NULL);
  qs_calendar_words_append_date (out, g_date_get_day (&date), g_date_get_month (&date),
                                 g_date_get_year (&date), language ());
  return g_string_free (out, FALSE);
}

/* "2 March to 31 March 2026", "from 2 March 2026", or NULL. */
static char *
describe_period (QsSurvey *survey)
{
  g_autofree char *opens =
    format_iso_day (qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_OPENS_ON));
  g_autofree char *closes =
    format_iso_day (qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_CLOSES_ON));

  if (opens != NULL && closes != NULL)
    /* Translators: the days a questionnaire is open */
    return g_strdup_printf (_ ("%1$s to %2$s"), opens, closes);
  if (opens != NULL)
    /* Translators: the day a questionnaire opens */
    return g_strdup_printf (_ ("from %s"), opens);
  return NULL;
}

static void
on_setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsSurveysView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  /* Yearly questionnaires differ by their last words: two lines show them. */
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
on_bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, QsSurveysView *self)
{
  QsSurvey        *survey = gtk_list_item_get_item (item);
  GtkWidget       *box = gtk_list_item_get_child (item);
  GtkWidget       *title = gtk_widget_get_first_child (box);
  guint            n = (guint) count_of (self, survey);
  g_autofree char *answers = g_strdup_printf (ngettext ("%u answer", "%u answers", n), n);
  g_autofree char *period = describe_period (survey);
  g_autofree char *subtitle =
    /* Translators: a questionnaire's days, then its answers */
    period != NULL ? g_strdup_printf (_ ("%1$s · %2$s"), period, answers) : g_strdup (answers);

  gtk_label_set_label (GTK_LABEL (title), survey_title (survey));
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_next_sibling (title)), subtitle);
}

/* The department filter's choices: every live department, by name. */
static void
load_departments (QsSurveysView *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GPtrArray) departments = NULL;
  g_autoptr (GError) error = NULL;

  g_ptr_array_set_size (self->department_ids, 0);
  gtk_string_list_append (names, _ ("All Departments"));
  if (self->store != NULL)
    departments = qs_directory_repository_get_departments_by_name (self->store, &error);
  if (error != NULL)
    qs_surveys_view_toast (self, error->message);
  for (guint i = 0; departments != NULL && i < departments->len; i++)
    {
      QsEntity *department = g_ptr_array_index (departments, i);

      g_ptr_array_add (self->department_ids, g_strdup (qs_entity_get_id (department)));
      gtk_string_list_append (names, qs_entity_get_string (department, QS_DEPARTMENT_FIELD_NAME));
    }
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->department_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->department_dropdown, 0);
  self->syncing = FALSE;
}

/* The quarters from @first to @last (quarter indexes: year × 4 + 0 to 3),
 * in the database's zone: their names into @names. */
static void
append_quarters (QsSurveysView *self, int first, int last, GtkStringList *names)
{
  GTimeZone *zone = qs_context_get_timezone (qs_view_get_context (QS_VIEW (self)));

  for (int index = MAX (first, last - MAX_QUARTERS + 1); index <= last; index++)
    {
      g_autoptr (GDateTime) start =
        g_date_time_new (zone, index / 4, (index % 4) * 3 + 1, 1, 0, 0, 0);
      g_autoptr (GDateTime) end = g_date_time_add_months (start, 3);
      g_autofree char *name = NULL;
      Period           period = { g_date_time_to_unix (start) * G_USEC_PER_SEC,
                                  g_date_time_to_unix (end) * G_USEC_PER_SEC };

      name = qs_survey_format_quarter (index / 4, index % 4 + 1);
      g_array_append_val (self->periods, period);
      gtk_string_list_append (names, name);
    }
}

static int
quarter_index (const GDate *date)
{
  return g_date_get_year (date) * 4 + (g_date_get_month (date) - 1) / 3;
}

/* The period filter's choices: the quarters from the questionnaire's
 * opening to its closing, or to today, the latest last. */
static void
load_periods (QsSurveysView *self, QsSurvey *survey)
{
  QsContext  *context = qs_view_get_context (QS_VIEW (self));
  const char *opens = qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_OPENS_ON);
  const char *closes = qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_CLOSES_ON);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  GDate first, last;

  g_array_set_size (self->periods, 0);
  gtk_string_list_append (names, _ ("Any Time"));
  if (context != NULL && opens != NULL && qs_calendar_day_parse_date (opens, &first))
    {
      if (closes == NULL || !qs_calendar_day_parse_date (closes, &last))
        {
          g_autoptr (GDateTime) now = qs_context_now_local (context);

          g_date_set_dmy (&last, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                          g_date_time_get_year (now));
        }
      append_quarters (self, quarter_index (&first), quarter_index (&last), names);
    }
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->period_dropdown, 0);
  self->syncing = FALSE;
}

static void
describe_survey (QsSurveysView *self, QsSurvey *survey)
{
  QsEntity *entity = QS_ENTITY (survey);
  g_autoptr (GPtrArray) questions = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *period = describe_period (survey);
  g_autofree char *n_questions = NULL;
  GString         *facts = g_string_new (qs_entity_get_string (entity, QS_SURVEY_FIELD_REF));

  questions = qs_survey_repository_get_questions (self->store, survey, &error);
  if (questions != NULL)
    n_questions =
      g_strdup_printf (ngettext ("%u question", "%u questions", questions->len), questions->len);
    /* Translators: what separates the facts of a questionnaire */
#define SEPARATOR _ (" · ")
  g_string_append_printf (
    facts, "%s%s", SEPARATOR,
    qs_enum_label (QS_TYPE_SURVEY_AUDIENCE, qs_entity_get_enum (entity, QS_SURVEY_FIELD_AUDIENCE)));
  if (period != NULL)
    g_string_append_printf (facts, "%s%s", SEPARATOR, period);
  if (n_questions != NULL)
    g_string_append_printf (facts, "%s%s", SEPARATOR, n_questions);
  if (qs_entity_get_boolean (entity, QS_SURVEY_FIELD_ANONYMOUS))
    g_string_append_printf (facts, "%s%s", SEPARATOR, _ ("anonymous"));
#undef SEPARATOR
  gtk_label_set_label (self->survey_title, survey_title (survey));
  gtk_label_set_label (self->survey_facts, facts->str);
  g_string_free (facts, TRUE);
}

/* The results of the questionnaire shown, as the filters say. */
static QsSurveyResults *
read_results (QsSurveysView *self, GError **error)
{
  QsSurveyResultsQuery query = { 0 };
  guint                department = gtk_drop_down_get_selected (self->department_dropdown);
  guint                period = gtk_drop_down_get_selected (self->period_dropdown);

  query.grouping = (QsSurveyGrouping) gtk_drop_down_get_selected (self->grouping_dropdown);
  if (department != GTK_INVALID_LIST_POSITION && department > 0 &&
      department <= self->department_ids->len)
    query.department_id = g_ptr_array_index (self->department_ids, department - 1);
  if (period != GTK_INVALID_LIST_POSITION && period > 0 && period <= self->periods->len)
    {
      query.from = g_array_index (self->periods, Period, period - 1).from;
      query.to = g_array_index (self->periods, Period, period - 1).to;
    }
  return qs_survey_results_read (self->store, self->shown, &query, error);
}

/* Draws the results of the questionnaire shown again; or, when
 * @comments_only, shows what the comments became, their lists keeping
 * their place, unless the comments themselves changed. */
static void
refresh (QsSurveysView *self, gboolean comments_only)
{
  g_autoptr (QsSurveyResults) results = NULL;
  g_autoptr (GError) error = NULL;

  if (self->shown == NULL || self->store == NULL)
    return;
  results = read_results (self, &error);
  if (results == NULL)
    qs_surveys_view_toast (self, error->message);
  else if (!comments_only || !qs_survey_results_render_update_comments (self->results_box, results))
    qs_survey_results_render (self->results_box, results, language ());
}

static void
refresh_results (QsSurveysView *self)
{
  refresh (self, FALSE);
}

static void
update_actions (QsSurveysView *self)
{
  gboolean has_survey = self->shown != NULL;
  gboolean writable = self->store != NULL && !qs_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "surveys.enter-answers", has_survey);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "surveys.import-answers", has_survey);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "surveys.invitations", has_survey);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "surveys.comment-complaint",
                                 has_survey && writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "surveys.comment-action",
                                 has_survey && writable);
  gtk_widget_set_visible (self->survey_buttons, has_survey);
}

static void
scroll_to_top (GtkScrolledWindow *scroller)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static void
show_survey (QsSurveysView *self, QsSurvey *survey)
{
  gboolean same = survey != NULL && self->shown != NULL &&
                  g_strcmp0 (qs_entity_get_id (QS_ENTITY (survey)),
                             qs_entity_get_id (QS_ENTITY (self->shown))) == 0;

  g_set_object (&self->shown, survey);
  update_actions (self);
  if (survey == NULL)
    {
      if (!g_str_equal (gtk_stack_get_visible_child_name (self->detail_stack), "barometer"))
        gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }
  gtk_list_box_unselect_all (self->barometer_list);
  describe_survey (self, survey);
  if (!same)
    {
      /* Another questionnaire opens whole, at its top. */
      self->syncing = TRUE;
      gtk_drop_down_set_selected (self->grouping_dropdown, 0);
      gtk_drop_down_set_selected (self->department_dropdown, 0);
      self->syncing = FALSE;
      load_periods (self, survey);
      scroll_to_top (self->survey_scroller);
    }
  refresh_results (self);
  gtk_stack_set_visible_child_name (self->detail_stack, "survey");
}

static void
show_barometer (QsSurveysView *self)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;
  rows = qs_survey_barometer_read (self->store, 0, 0, 0, &error);
  if (rows == NULL)
    {
      qs_surveys_view_toast (self, error->message);
      return;
    }
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->syncing = FALSE;
  g_clear_object (&self->shown);
  update_actions (self);
  gtk_list_box_select_row (self->barometer_list,
                           gtk_list_box_get_row_at_index (self->barometer_list, 0));
  qs_survey_barometer_render (self->barometer_box, rows, QS_SURVEY_SCORE_DEFAULT_THRESHOLD,
                              language ());
  if (!g_str_equal (gtk_stack_get_visible_child_name (self->detail_stack), "barometer"))
    scroll_to_top (self->barometer_scroller);
  gtk_stack_set_visible_child_name (self->detail_stack, "barometer");
}

void
qs_surveys_view_reload (QsSurveysView *self, const char *id)
{
  g_autoptr (GPtrArray) surveys = NULL;
  g_autoptr (GError) error = NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->store == NULL)
    return;
  surveys = qs_survey_repository_list (self->store, &error);
  if (surveys == NULL)
    {
      qs_surveys_view_toast (self, error->message);
      return;
    }
  g_hash_table_remove_all (self->counts);
  for (guint i = 0; i < surveys->len; i++)
    {
      QsSurvey *survey = g_ptr_array_index (surveys, i);
      gint64    n = qs_survey_repository_count_responses (self->store, survey, NULL);

      g_hash_table_insert (self->counts, g_strdup (qs_entity_get_id (QS_ENTITY (survey))),
                           g_memdup2 (&n, sizeof n));
      if (g_strcmp0 (qs_entity_get_id (QS_ENTITY (survey)), id) == 0)
        position = i;
    }
  self->syncing = TRUE;
  g_list_store_splice (self->surveys, 0, g_list_model_get_n_items (G_LIST_MODEL (self->surveys)),
                       surveys->pdata, surveys->len);
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;
  gtk_stack_set_visible_child_name (self->list_stack, surveys->len > 0 ? "list" : "empty");
  if (position != GTK_INVALID_LIST_POSITION)
    show_survey (self, g_ptr_array_index (surveys, position));
  else if (g_str_equal (gtk_stack_get_visible_child_name (self->detail_stack), "barometer"))
    show_barometer (self);
  else
    show_survey (self, NULL);
}

static void
load (QsSurveysView *self)
{
  self->loaded = TRUE;
  load_departments (self);
  qs_surveys_view_reload (self, NULL);
}

static void
on_selection_changed_cb (QsSurveysView *self)
{
  gpointer item;

  if (self->syncing)
    return;
  item = gtk_single_selection_get_selected_item (self->selection);
  if (item != NULL)
    show_survey (self, QS_SURVEY (item));
}

static void
on_list_activate_cb (QsSurveysView *self, guint position)
{
  gtk_single_selection_set_selected (self->selection, position);
  on_selection_changed_cb (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_barometer_activated_cb (QsSurveysView *self)
{
  show_barometer (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_filter_changed_cb (QsSurveysView *self)
{
  if (!self->syncing)
    refresh_results (self);
}

static void
on_folded_changed_cb (QsSurveysView *self)
{
  /* One click opens a questionnaire when the list is alone on screen;
   * beside the results, a click selects, which shows it. Activating on a
   * single click always would show each one the pointer passes over. */
  gtk_list_view_set_single_click_activate (self->list_view, adw_leaflet_get_folded (self->leaflet));
  /* Folded, the list opens what is tapped: nothing stays selected. */
  if (adw_leaflet_get_folded (self->leaflet) && self->shown == NULL)
    gtk_list_box_unselect_all (self->barometer_list);
}

static void
on_created_cb (QsSurveysView *self, QsSurvey *survey)
{
  g_autofree char *title =
    g_strdup_printf (_ ("Questionnaire “%s” created"), survey_title (survey));

  qs_surveys_view_reload (self, qs_entity_get_id (QS_ENTITY (survey)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  qs_surveys_view_toast (self, title);
}

static void
new_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsSurveysView *self = QS_SURVEYS_VIEW (widget);
  QsContext     *context = qs_view_get_context (QS_VIEW (self));
  GtkWidget     *dialog;

  if (context == NULL)
    return;
  dialog = qs_survey_design_dialog_new (context);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
enter_answers_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsSurveysView *self = QS_SURVEYS_VIEW (widget);
  QsContext     *context = qs_view_get_context (QS_VIEW (self));
  GtkWidget     *dialog;

  if (context == NULL || self->shown == NULL)
    return;
  dialog = qs_survey_answers_dialog_new (context, self->shown);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_definition_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  qs_surveys_view_import_definition (QS_SURVEYS_VIEW (widget));
}

static void
import_answers_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  qs_surveys_view_import_answers (QS_SURVEYS_VIEW (widget));
}

static void
invitations_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  qs_surveys_view_write_invitations (QS_SURVEYS_VIEW (widget),
                                     g_str_equal (g_variant_get_string (parameter, NULL), "eml"));
}

static void
show_barometer_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  on_barometer_activated_cb (QS_SURVEYS_VIEW (widget));
}

/* Shows the questionnaire of reference @parameter. */
static void
show_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  QsSurveysView *self = QS_SURVEYS_VIEW (widget);
  const char    *ref = g_variant_get_string (parameter, NULL);

  if (!self->loaded && self->store != NULL)
    load (self);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->surveys)); i++)
    {
      g_autoptr (QsSurvey) survey = g_list_model_get_item (G_LIST_MODEL (self->surveys), i);

      if (g_strcmp0 (qs_entity_get_string (QS_ENTITY (survey), QS_SURVEY_FIELD_REF), ref) == 0)
        {
          on_list_activate_cb (self, i);
          return;
        }
    }
}

static void
comment_complaint_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  qs_surveys_view_act_on_comment (QS_SURVEYS_VIEW (widget), g_variant_get_string (parameter, NULL),
                                  TRUE);
}

static void
comment_action_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  qs_surveys_view_act_on_comment (QS_SURVEYS_VIEW (widget), g_variant_get_string (parameter, NULL),
                                  FALSE);
}

static void
show_list_activated_cb (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  adw_leaflet_navigate (QS_SURVEYS_VIEW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static const QsViewShortcut shortcuts[] = {
  { "<Control>n", "surveys.new" },
};

static void
qs_surveys_view_map (GtkWidget *widget)
{
  QsSurveysView *self = QS_SURVEYS_VIEW (widget);

  GTK_WIDGET_CLASS (qs_surveys_view_parent_class)->map (widget);
  if (self->store != NULL && !self->loaded)
    load (self);
}

/* Questionnaires are few: the list is read again whenever one, its
 * answers or a department change; the results follow. Feedback and
 * actions change what the comments became. */
static void
qs_surveys_view_changed (QsView *view, QsChangeSet *changes)
{
  QsSurveysView           *self = QS_SURVEYS_VIEW (view);
  static const char *const tables[] = {
    "surveys", "survey_questions", "survey_responses", "survey_answers", "survey_invitations",
  };
  gboolean relevant = FALSE;

  if (self->store == NULL || !self->loaded)
    return;
  if (qs_change_set_has_table (changes, "departments"))
    {
      load_departments (self);
      relevant = TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    relevant |= qs_change_set_has_table (changes, tables[i]);
  if (relevant)
    qs_surveys_view_reload (self, self->shown != NULL ? qs_entity_get_id (QS_ENTITY (self->shown))
                                                      : NULL);
  else if (qs_change_set_has_table (changes, "feedback") ||
           qs_change_set_has_table (changes, "actions") ||
           qs_change_set_has_table (changes, "action_links"))
    refresh (self, TRUE);
}

static void
qs_surveys_view_context_set (QsView *view, QsContext *context)
{
  QsSurveysView *self = QS_SURVEYS_VIEW (view);
  QsStore       *store = context != NULL ? qs_context_get_store (context) : NULL;

  if (self->store == store)
    return;
  g_set_object (&self->store, store);
  self->loaded = FALSE;
  g_clear_object (&self->shown);
  g_list_store_remove_all (self->surveys);
  g_hash_table_remove_all (self->counts);
  if (store != NULL && (gtk_widget_get_mapped (GTK_WIDGET (self)) ||
                        gtk_widget_get_child_visible (GTK_WIDGET (self))))
    load (self);
  else
    show_survey (self, NULL);
}

static void
qs_surveys_view_dispose (GObject *object)
{
  QsSurveysView *self = QS_SURVEYS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_SURVEYS_VIEW);
  g_clear_object (&self->shown);
  g_clear_object (&self->selection);
  g_clear_object (&self->surveys);
  g_clear_object (&self->store);
  g_clear_pointer (&self->counts, g_hash_table_unref);
  g_clear_pointer (&self->department_ids, g_ptr_array_unref);
  g_clear_pointer (&self->periods, g_array_unref);

  G_OBJECT_CLASS (qs_surveys_view_parent_class)->dispose (object);
}

static void
qs_surveys_view_class_init (QsSurveysViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  QsViewClass    *view_class = QS_VIEW_CLASS (klass);

  object_class->dispose = qs_surveys_view_dispose;
  widget_class->map = qs_surveys_view_map;
  view_class->context_set = qs_surveys_view_context_set;
  view_class->changed = qs_surveys_view_changed;
  qs_view_class_set_page (view_class, "surveys", N_ ("Questionnaires"),
                          "view-list-ordered-symbolic", "survey-results");

  qs_view_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/QualServ/surveys/qs-surveys-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, barometer_list);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, list_view);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, survey_buttons);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, survey_scroller);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, barometer_scroller);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, survey_title);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, survey_facts);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, grouping_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, results_box);
  gtk_widget_class_bind_template_child (widget_class, QsSurveysView, barometer_box);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_barometer_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "surveysview");

  gtk_widget_class_install_action (widget_class, "surveys.new", NULL, new_activated_cb);
  gtk_widget_class_install_action (widget_class, "surveys.import-definition", NULL,
                                   import_definition_activated_cb);
  gtk_widget_class_install_action (widget_class, "surveys.enter-answers", NULL,
                                   enter_answers_activated_cb);
  gtk_widget_class_install_action (widget_class, "surveys.import-answers", NULL,
                                   import_answers_activated_cb);
  gtk_widget_class_install_action (widget_class, "surveys.invitations", "s",
                                   invitations_activated_cb);
  gtk_widget_class_install_action (widget_class, "surveys.show-barometer", NULL,
                                   show_barometer_activated_cb);
  gtk_widget_class_install_action (widget_class, "surveys.show", "s", show_activated_cb);
  gtk_widget_class_install_action (widget_class, "surveys.show-list", NULL, show_list_activated_cb);
  gtk_widget_class_install_action (widget_class, "surveys.comment-complaint", "s",
                                   comment_complaint_activated_cb);
  gtk_widget_class_install_action (widget_class, "surveys.comment-action", "s",
                                   comment_action_activated_cb);
}

static void
qs_surveys_view_init (QsSurveysView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkStringList) groupings = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  qs_status_page_icons_defer (GTK_WIDGET (self));

  self->surveys = g_list_store_new (QS_TYPE_SURVEY);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->surveys)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->department_ids = g_ptr_array_new_with_free_func (g_free);
  self->periods = g_array_new (FALSE, FALSE, sizeof (Period));

  /* In the order of QsSurveyGrouping. */
  gtk_string_list_append (groupings, _ ("Not Grouped"));
  gtk_string_list_append (groupings, _ ("By Department"));
  gtk_string_list_append (groupings, _ ("By Service"));
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->grouping_dropdown, G_LIST_MODEL (groupings));
  self->syncing = FALSE;
  load_departments (self);
  qs_drop_down_ellipsize (self->grouping_dropdown);
  qs_drop_down_ellipsize (self->department_dropdown);
  qs_drop_down_ellipsize (self->period_dropdown);

  g_signal_connect_object (factory, "setup", G_CALLBACK (on_setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_bind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  qs_view_add_shortcuts (GTK_WIDGET (self), shortcuts, G_N_ELEMENTS (shortcuts));
  on_folded_changed_cb (self);
  update_actions (self);
}

/**
 * qs_surveys_view_get_list:
 *
 * Returns: (transfer none): the questionnaires listed
 */
GListModel *
qs_surveys_view_get_list (QsSurveysView *self)
{
  g_return_val_if_fail (QS_IS_SURVEYS_VIEW (self), NULL);

  return G_LIST_MODEL (self->surveys);
}

/**
 * qs_surveys_view_get_shown:
 *
 * Returns: (transfer none) (nullable): the questionnaire whose results show
 */
QsSurvey *
qs_surveys_view_get_shown (QsSurveysView *self)
{
  g_return_val_if_fail (QS_IS_SURVEYS_VIEW (self), NULL);

  return self->shown;
}

const char *
qs_surveys_view_get_page (QsSurveysView *self)
{
  g_return_val_if_fail (QS_IS_SURVEYS_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->detail_stack);
}

/**
 * qs_surveys_view_get_results:
 *
 * Returns: (transfer none): the box the results are drawn in
 */
GtkBox *
qs_surveys_view_get_results (QsSurveysView *self)
{
  g_return_val_if_fail (QS_IS_SURVEYS_VIEW (self), NULL);

  return self->results_box;
}
