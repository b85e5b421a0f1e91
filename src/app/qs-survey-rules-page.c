/* qs-survey-rules-page.c — the preferences page of the questions asked after a request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each providing department decides how its clients are asked about a
 * closed request (qs-survey-fatigue.h): how long after, how often at
 * most, and whether only a sample of requests. A group per department,
 * four numbers each, saved on every change through the directory
 * repository, which checks the rules as the core reads them. libadwaita
 * 1.2 has no spin row: each is an action row with a spin button.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-change-set.h"
#include "qs-directory-repository.h"
#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-survey-fatigue.h"
#include "qs-survey-rules-page.h"
#include "qs-toast.h"

enum
{
  RULE_DELAY,
  RULE_COOL_OFF,
  RULE_CAP,
  RULE_SAMPLE,
  N_RULES
};

static const struct
{
  const char *title;
  const char *subtitle;
  guint       min;
  guint       max;
} rule_rows[N_RULES] = {
  [RULE_DELAY] = { N_ ("Wait Before Asking"), N_ ("Business days after the request is closed"), 0,
                   60 },
  [RULE_COOL_OFF] = { N_ ("Ask a Person at Most Once In"),
                      N_ ("Days; 0 lets a person be asked after every request"), 0, 365 },
  [RULE_CAP] = { N_ ("Questions per Person per Month"), N_ ("At most; 0 for no limit"), 0, 31 },
  [RULE_SAMPLE] = { N_ ("Ask About One Request In"), N_ ("1 asks about every request"), 1, 1000 },
};

/* What a department's group holds. */
typedef struct
{
  QsSurveyRulesPage *page;
  QsDepartment      *department;
  GtkSpinButton     *spins[N_RULES];
} DepartmentRules;

struct _QsSurveyRulesPage
{
  AdwPreferencesPage parent_instance;

  QsStore   *store;
  GPtrArray *groups;  /* AdwPreferencesGroup, each with its DepartmentRules */
  gboolean   filling; /* spin buttons are being set, not edited */
};

G_DEFINE_FINAL_TYPE (QsSurveyRulesPage, qs_survey_rules_page, ADW_TYPE_PREFERENCES_PAGE)

static void
department_rules_free (DepartmentRules *rules)
{
  g_clear_object (&rules->department);
  g_free (rules);
}

static guint *
rule_value (QsSurveyFatigueRules *rules, guint which)
{
  switch (which)
    {
    case RULE_DELAY:
      return &rules->delay_days;
    case RULE_COOL_OFF:
      return &rules->cool_off_days;
    case RULE_CAP:
      return &rules->monthly_cap;
    default:
      return &rules->sample_one_in;
    }
}

static void
on_value_changed_cb (GtkSpinButton *spin, DepartmentRules *group)
{
  QsSurveyRulesPage   *self = group->page;
  QsEntity            *department = QS_ENTITY (group->department);
  QsSurveyFatigueRules rules;
  g_autofree char     *before =
    g_strdup (qs_entity_get_string (department, QS_DEPARTMENT_FIELD_SURVEY_RULES));
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;

  if (self->filling)
    return;
  qs_survey_fatigue_rules_init (&rules);
  for (guint i = 0; i < N_RULES; i++)
    *rule_value (&rules, i) = (guint) gtk_spin_button_get_value_as_int (group->spins[i]);
  after = qs_survey_fatigue_rules_to_string (&rules);
  if (g_strcmp0 (before, after) == 0)
    return;
  qs_entity_set_string (department, QS_DEPARTMENT_FIELD_SURVEY_RULES, after);
  if (!qs_directory_repository_save_department (self->store, group->department, &error))
    {
      qs_entity_set_string (department, QS_DEPARTMENT_FIELD_SURVEY_RULES, before);
      qs_toast_add (GTK_WIDGET (self), qs_toast_new (error->message, FALSE));
      qs_survey_rules_page_reload (self);
    }
}

static GtkWidget *
rule_row (DepartmentRules *group, guint which, guint value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (rule_rows[which].min, rule_rows[which].max, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ (rule_rows[which].title));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _ (rule_rows[which].subtitle));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_RELATION_LABELLED_BY, row,
                                  NULL, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  group->spins[which] = GTK_SPIN_BUTTON (spin);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_value_changed_cb), group);
  return row;
}

/* @department's rules; stored wrong elsewhere, the defaults they count as. */
static void
read_rules (QsEntity *department, QsSurveyFatigueRules *rules)
{
  qs_survey_fatigue_rules_read (qs_entity_get_string (department, QS_DEPARTMENT_FIELD_SURVEY_RULES),
                                rules);
}

static void
add_group (QsSurveyRulesPage *self, QsEntity *department)
{
  GtkWidget           *group = adw_preferences_group_new ();
  DepartmentRules     *rules_group = g_new0 (DepartmentRules, 1);
  QsSurveyFatigueRules rules;

  read_rules (department, &rules);
  rules_group->page = self;
  rules_group->department = g_object_ref (QS_DEPARTMENT (department));
  g_object_set_data_full (G_OBJECT (group), "qs-rules", rules_group,
                          (GDestroyNotify) department_rules_free);
  adw_preferences_group_set_title (
    ADW_PREFERENCES_GROUP (group),
    qs_department_get_name_in (department, qs_interface_language ()));
  for (guint i = 0; i < N_RULES; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               rule_row (rules_group, i, *rule_value (&rules, i)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->groups, group);
}

static void
add_empty_group (QsSurveyRulesPage *self, const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->groups, group);
}

/* The providing departments among @departments. */
static GPtrArray *
providers_of (GPtrArray *departments)
{
  GPtrArray *providers = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; departments != NULL && i < departments->len; i++)
    if (qs_entity_get_boolean (g_ptr_array_index (departments, i), QS_DEPARTMENT_FIELD_IS_PROVIDER))
      g_ptr_array_add (providers, g_object_ref (g_ptr_array_index (departments, i)));
  return providers;
}

/* When the groups shown are those of @providers, in order: their values
 * and titles are set in place, so that a change saved from this page
 * (which comes back as a change of the departments) keeps the focus
 * where it is. */
static gboolean
update_in_place (QsSurveyRulesPage *self, GPtrArray *providers)
{
  guint n = 0;

  for (guint i = 0; i < self->groups->len; i++)
    {
      DepartmentRules *group = g_object_get_data (g_ptr_array_index (self->groups, i), "qs-rules");

      if (group == NULL)
        continue;
      if (n >= providers->len ||
          g_strcmp0 (qs_entity_get_id (QS_ENTITY (group->department)),
                     qs_entity_get_id (g_ptr_array_index (providers, n))) != 0)
        return FALSE;
      n++;
    }
  if (n != providers->len || n == 0)
    return FALSE;

  n = 0;
  for (guint i = 0; i < self->groups->len; i++)
    {
      GtkWidget           *widget = g_ptr_array_index (self->groups, i);
      DepartmentRules     *group = g_object_get_data (G_OBJECT (widget), "qs-rules");
      QsEntity            *department;
      QsSurveyFatigueRules rules;

      if (group == NULL)
        continue;
      department = g_ptr_array_index (providers, n++);
      g_set_object (&group->department, QS_DEPARTMENT (department));
      read_rules (department, &rules);
      adw_preferences_group_set_title (
        ADW_PREFERENCES_GROUP (widget),
        qs_department_get_name_in (department, qs_interface_language ()));
      for (guint r = 0; r < N_RULES; r++)
        gtk_spin_button_set_value (group->spins[r], *rule_value (&rules, r));
    }
  return TRUE;
}

void
qs_survey_rules_page_reload (QsSurveyRulesPage *self)
{
  g_autoptr (GPtrArray) departments = NULL;
  g_autoptr (GPtrArray) providers = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (QS_IS_SURVEY_RULES_PAGE (self));

  if (self->store != NULL)
    {
      departments = qs_directory_repository_get_departments (self->store, &error);
      providers = providers_of (departments);
      self->filling = TRUE;
      if (departments != NULL && update_in_place (self, providers))
        {
          self->filling = FALSE;
          return;
        }
      self->filling = FALSE;
    }
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self), g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  if (self->store == NULL)
    return;

  self->filling = TRUE;
  /* libadwaita 1.2 pages have no description of their own. */
  add_empty_group (self,
                   _ ("After a request is closed, its client can be asked how it was handled. "
                      "These rules keep people from being asked too often; a person who did not "
                      "agree to surveys, or who works in the department, is never asked."));
  if (departments == NULL)
    add_empty_group (self, error->message);
  for (guint i = 0; i < providers->len; i++)
    add_group (self, g_ptr_array_index (providers, i));
  if (departments != NULL && providers->len == 0)
    add_empty_group (self, _ ("No department provides services yet. Mark the department that "
                              "handles requests as a provider on its page in Clients."));
  self->filling = FALSE;
}

static void
on_store_changed_cb (QsStore *store, QsChangeSet *changes, QsSurveyRulesPage *self)
{
  if (qs_change_set_has_table (changes, "departments"))
    qs_survey_rules_page_reload (self);
}

static void
qs_survey_rules_page_dispose (GObject *object)
{
  QsSurveyRulesPage *self = QS_SURVEY_RULES_PAGE (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (qs_survey_rules_page_parent_class)->dispose (object);
}

static void
qs_survey_rules_page_class_init (QsSurveyRulesPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = qs_survey_rules_page_dispose;
}

static void
qs_survey_rules_page_init (QsSurveyRulesPage *self)
{
  self->groups = g_ptr_array_new ();
  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (self), "surveys");
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _ ("Surveys"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "mail-unread-symbolic");
}

QsSurveyRulesPage *
qs_survey_rules_page_new (QsStore *store)
{
  QsSurveyRulesPage *self;

  g_return_val_if_fail (store == NULL || QS_IS_STORE (store), NULL);

  self = g_object_new (QS_TYPE_SURVEY_RULES_PAGE, NULL);
  self->store = store != NULL ? g_object_ref (store) : NULL;
  qs_survey_rules_page_reload (self);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  return self;
}
