/* qs-dashboard-loader.c — a department's dashboard over twelve periods, counted in a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-alert-repository.h"
#include "qs-dashboard-loader.h"
#include "qs-indicator-figures.h"
#include "qs-period.h"

void
qs_dashboard_data_free (QsDashboardData *self)
{
  if (self == NULL)
    return;
  g_free (self->provider_id);
  g_free (self->bounds);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->breakdowns, g_ptr_array_unref);
  g_clear_pointer (&self->alerts, g_ptr_array_unref);
  g_free (self);
}

GPtrArray *
qs_dashboard_data_get_breakdown (const QsDashboardData *self, guint period, QsComplaintAxis axis)
{
  g_return_val_if_fail (self != NULL && period < self->n_periods, NULL);
  g_return_val_if_fail (axis < QS_COMPLAINT_N_AXES, NULL);

  return g_ptr_array_index ((GPtrArray *) g_ptr_array_index (self->breakdowns, period), axis);
}

typedef struct
{
  QsStore            *store; /* NULL in the thread until opened */
  char               *path;
  QsClock            *clock;
  char               *provider_id;
  QsPeriod            period;
  guint               n_periods;
  GTimeZone          *zone;
  QsLanguage          language;
  QsDashboardProgress progress;
  gpointer            progress_data;
} Load;

static void
load_free (Load *load)
{
  g_clear_object (&load->store);
  g_free (load->path);
  g_clear_object (&load->clock);
  g_free (load->provider_id);
  g_time_zone_unref (load->zone);
  g_free (load);
}

typedef struct
{
  GTask *task;
  double fraction;
} Step;

static gboolean
report_step_cb (gpointer user_data)
{
  Step *step = user_data;
  Load *load = g_task_get_task_data (step->task);

  /* Once cancelled, whoever asked may be gone. */
  if (!g_cancellable_is_cancelled (g_task_get_cancellable (step->task)) && load->progress != NULL &&
      !g_task_get_completed (step->task))
    load->progress (step->fraction, load->progress_data);
  return G_SOURCE_REMOVE;
}

static void
step_free (Step *step)
{
  g_object_unref (step->task);
  g_free (step);
}

static void
report_step (GTask *task, double fraction)
{
  Step *step;

  if (task == NULL)
    return;
  step = g_new0 (Step, 1);
  step->task = g_object_ref (task);
  step->fraction = fraction;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT, report_step_cb, step,
                              (GDestroyNotify) step_free);
}

static QsDashboardData *
load_data (QsStore      *store,
           const char   *provider_id,
           QsPeriod      period,
           guint         n_periods,
           GTimeZone    *zone,
           QsLanguage    language,
           GTask        *task,
           GCancellable *cancellable,
           GError      **error)
{
  g_autoptr (QsDashboardData) data = g_new0 (QsDashboardData, 1);
  g_autoptr (GPtrArray) periods =
    g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GPtrArray) own = NULL;
  gint64 min_count = qs_indicator_figures_min_count (store, provider_id);
  gint64 start;

  data->provider_id = g_strdup (provider_id);
  data->period = period;
  data->n_periods = n_periods;
  data->now = qs_store_now (store);
  data->bounds = g_new0 (gint64, n_periods + 1);

  /* The current period last, the ones before it back from there. */
  start = qs_period_start_of (period, zone, data->now);
  data->bounds[n_periods] = qs_period_next (period, zone, start);
  for (guint i = n_periods; i > 0; i--)
    {
      data->bounds[i - 1] = start;
      start = qs_period_start_of (period, zone, start - 1);
    }

  /* The department's own indicators judged over these periods. */
  own = qs_indicator_figures_own_indicators (store, provider_id, period, error);
  if (own == NULL)
    return NULL;
  data->breakdowns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n_periods; i++)
    {
      GPtrArray *figures;
      GPtrArray *axes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      figures = qs_indicator_figures_compute (store, provider_id, data->bounds[i],
                                              data->bounds[i + 1], language, min_count, error);
      if (figures == NULL)
        return NULL;
      for (guint o = 0; o < own->len; o++)
        {
          QsIndicatorFigure *figure = qs_indicator_figures_compute_own (
            store, g_ptr_array_index (own, o), data->bounds[i], data->bounds[i + 1], zone, language,
            min_count, error);

          if (figure == NULL)
            {
              g_ptr_array_unref (figures);
              return NULL;
            }
          g_ptr_array_add (figures, figure);
        }
      g_ptr_array_add (periods, figures);
      g_ptr_array_add (data->breakdowns, axes);
      for (guint axis = 0; axis < QS_COMPLAINT_N_AXES; axis++)
        {
          GPtrArray *rows = qs_complaint_breakdown_compute (
            store, provider_id, data->bounds[i], data->bounds[i + 1], axis, language, error);

          if (rows == NULL)
            return NULL;
          g_ptr_array_add (axes, rows);
        }
      report_step (task, (i + 1.0) / n_periods);
    }
  data->series = qs_indicator_series_gather ((GPtrArray *const *) periods->pdata, periods->len);
  data->alerts = qs_alert_repository_list (store, provider_id, error);
  if (data->alerts == NULL)
    return NULL;
  /* Open ones only: a recovered alert has said all it had to. */
  for (guint i = data->alerts->len; i > 0; i--)
    if (qs_entity_get_enum (g_ptr_array_index (data->alerts, i - 1), QS_ALERT_FIELD_STATUS) !=
        QS_ALERT_STATUS_OPEN)
      g_ptr_array_remove_index (data->alerts, i - 1);
  return g_steal_pointer (&data);
}

QsDashboardData *
qs_dashboard_load (QsStore      *store,
                   const char   *provider_id,
                   QsPeriod      period,
                   guint         n_periods,
                   GTimeZone    *zone,
                   QsLanguage    language,
                   GCancellable *cancellable,
                   GError      **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (provider_id != NULL && zone != NULL, NULL);
  g_return_val_if_fail (n_periods > 0, NULL);

  return load_data (store, provider_id, period, n_periods, zone, language, NULL, cancellable,
                    error);
}

static void
run (GTask *task, QsStore *store, Load *load, GCancellable *cancellable)
{
  GError          *error = NULL;
  QsDashboardData *data = load_data (store, load->provider_id, load->period, load->n_periods,
                                     load->zone, load->language, task, cancellable, &error);

  if (data == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, data, (GDestroyNotify) qs_dashboard_data_free);
}

static void
load_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  Load *load = task_data;
  g_autoptr (QsStore) store = NULL;
  GError *error = NULL;

  store = qs_store_open (load->path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* Counted as of the window's now. */
  qs_store_set_clock (store, load->clock);
  run (task, store, load, cancellable);
}

static gboolean
load_idle_cb (gpointer user_data)
{
  GTask *task = user_data;
  Load  *load = g_task_get_task_data (task);

  run (task, load->store, load, g_task_get_cancellable (task));
  return G_SOURCE_REMOVE;
}

void
qs_dashboard_load_async (QsStore            *store,
                         const char         *provider_id,
                         QsPeriod            period,
                         guint               n_periods,
                         GTimeZone          *zone,
                         QsLanguage          language,
                         GCancellable       *cancellable,
                         QsDashboardProgress progress,
                         gpointer            progress_data,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  const char *path;
  Load       *load;

  g_return_if_fail (QS_IS_STORE (store));
  g_return_if_fail (provider_id != NULL && zone != NULL);
  g_return_if_fail (n_periods > 0);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, qs_dashboard_load_async);
  load = g_new0 (Load, 1);
  load->provider_id = g_strdup (provider_id);
  load->period = period;
  load->n_periods = n_periods;
  load->zone = g_time_zone_ref (zone);
  load->language = language;
  load->progress = progress;
  load->progress_data = progress_data;
  load->clock = g_object_ref (qs_store_get_clock (store));
  path = qs_store_get_path (store);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  if (path == NULL || g_str_equal (path, ":memory:"))
    {
      load->store = g_object_ref (store);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, load_idle_cb, g_object_ref (task), g_object_unref);
      return;
    }
  load->path = g_strdup (path);
  g_task_run_in_thread (task, load_thread);
}

QsDashboardData *
qs_dashboard_load_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
