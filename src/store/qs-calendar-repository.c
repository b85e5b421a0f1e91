/* qs-calendar-repository.c — business calendars and their clocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "qs-calendar-day.h"
#include "qs-business-hours.h"
#include "qs-calendar-repository.h"
#include "qs-error.h"
#include "qs-repository.h"

static QsRepository *
calendars (QsStore *store)
{
  return qs_store_get_repository (store, QS_TYPE_CALENDAR);
}

/* "There is no calendar “X”; write one of: default, ops." */
static void
set_not_found (QsStore *store, const char *ref_or_id, GError **error)
{
  g_autoptr (GPtrArray) all =
    qs_repository_find_all (calendars (store), NULL, NULL, "ref", QS_QUERY_DEFAULT, NULL);
  g_autoptr (GString) refs = g_string_new (NULL);

  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      if (i > 0)
        g_string_append (refs, ", ");
      g_string_append (refs,
                       qs_entity_get_string (g_ptr_array_index (all, i), QS_CALENDAR_FIELD_REF));
    }
  if (refs->len == 0)
    g_set_error (error, QS_ERROR, QS_ERROR_NOT_FOUND,
                 _ ("There is no calendar “%s”: this database has no calendar yet."), ref_or_id);
  else
    g_set_error (error, QS_ERROR, QS_ERROR_NOT_FOUND,
                 _ ("There is no calendar “%s”; write one of: %s."), ref_or_id, refs->str);
}

QsCalendar *
qs_calendar_repository_find (QsStore *store, const char *ref_or_id, GError **error)
{
  g_autoptr (GPtrArray) found = NULL;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  if (ref_or_id == NULL)
    ref_or_id = "";
  /* A ref wins over an id that looks the same. */
  for (guint column = 0; column < 2 && (found == NULL || found->len == 0); column++)
    {
      g_clear_pointer (&found, g_ptr_array_unref);
      found = qs_repository_find_all (calendars (store), column == 0 ? "ref = ?" : "id = ?",
                                      g_variant_new ("(s)", ref_or_id), "created_at",
                                      QS_QUERY_DEFAULT, error);
      if (found == NULL)
        return NULL;
    }
  if (found->len == 0)
    {
      set_not_found (store, ref_or_id, error);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

QsBusinessHours *
qs_calendar_repository_load_hours (QsStore *store, const char *ref_or_id, GError **error)
{
  g_autoptr (QsCalendar) calendar = qs_calendar_repository_find (store, ref_or_id, error);
  g_autoptr (GPtrArray) days = NULL;

  if (calendar == NULL)
    return NULL;

  days = qs_repository_find_all (
    qs_store_get_repository (store, QS_TYPE_CALENDAR_DAY), "calendar_id = ?",
    g_variant_new ("(s)", qs_entity_get_id (QS_ENTITY (calendar))), "day", QS_QUERY_DEFAULT, error);
  if (days == NULL)
    return NULL;
  return qs_business_hours_new_for_calendar (calendar, days, error);
}

static QsRepository *
days_of (QsStore *store)
{
  return qs_store_get_repository (store, QS_TYPE_CALENDAR_DAY);
}

GPtrArray *
qs_calendar_repository_list (QsStore *store, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), NULL);

  return qs_repository_find_all (calendars (store), NULL, NULL, "name COLLATE qs_name, ref",
                                 QS_QUERY_DEFAULT, error);
}

GPtrArray *
qs_calendar_repository_get_days (QsStore *store, const char *calendar_id, int year, GError **error)
{
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-01-01", year + 1);

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (calendar_id != NULL, NULL);

  if (year == 0)
    return qs_repository_find_all (days_of (store), "calendar_id = ?",
                                   g_variant_new ("(s)", calendar_id), "day", QS_QUERY_DEFAULT,
                                   error);
  return qs_repository_find_all (days_of (store), "calendar_id = ? AND day >= ? AND day < ?",
                                 g_variant_new ("(sss)", calendar_id, from, to), "day",
                                 QS_QUERY_DEFAULT, error);
}

gboolean
qs_calendar_repository_save_calendar (QsStore *store, QsCalendar *calendar, GError **error)
{
  QsEntity   *entity = QS_ENTITY (calendar);
  const char *ref = qs_entity_get_string (entity, QS_CALENDAR_FIELD_REF);
  const char *name = qs_entity_get_string (entity, QS_CALENDAR_FIELD_NAME);
  g_autoptr (QsBusinessHours) hours = NULL;
  gint64 same_ref;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_CALENDAR (calendar), FALSE);

  if (name == NULL || *name == '\0')
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID, _ ("Give the calendar a name."));
      return FALSE;
    }
  if (ref == NULL || *ref == '\0')
    {
      g_set_error_literal (error, QS_ERROR, QS_ERROR_INVALID,
                           _ ("Give the calendar a short reference, such as “default”."));
      return FALSE;
    }
  hours =
    qs_business_hours_new (qs_entity_get_string (entity, QS_CALENDAR_FIELD_TIMEZONE),
                           qs_entity_get_string (entity, QS_CALENDAR_FIELD_WEEKLY_HOURS), error);
  if (hours == NULL)
    return FALSE;
  same_ref = qs_repository_count (calendars (store), "ref = ? AND id <> ?",
                                  g_variant_new ("(ss)", ref, qs_entity_get_id (entity)),
                                  QS_QUERY_DEFAULT, error);
  if (same_ref < 0)
    return FALSE;
  if (same_ref > 0)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   _ ("Another calendar already has the reference “%s”."), ref);
      return FALSE;
    }
  return qs_repository_save (calendars (store), entity, error);
}

/* The day's hours read as QsBusinessHours reads them. */
static gboolean
check_day (QsCalendarDay *day, GError **error)
{
  QsEntity   *entity = QS_ENTITY (day);
  const char *date = qs_entity_get_string (entity, QS_CALENDAR_DAY_FIELD_DAY);
  g_autoptr (QsBusinessHours) probe = qs_business_hours_new ("UTC", "", NULL);
  GDate parsed;

  if (!qs_calendar_day_parse_date (date, &parsed))
    {
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   _ ("“%s” is not a date; write it as 2026-12-25."), date != NULL ? date : "");
      return FALSE;
    }
  return qs_business_hours_set_day (
    probe, date, qs_entity_get_string (entity, QS_CALENDAR_DAY_FIELD_HOURS), NULL, error);
}

/* The live day of @calendar_id on @date other than @except_id, if any. */
static gboolean
find_day_on (QsStore        *store,
             const char     *calendar_id,
             const char     *date,
             const char     *except_id,
             QsCalendarDay **found,
             GError        **error)
{
  g_autoptr (GPtrArray) days = qs_repository_find_all (
    days_of (store), "calendar_id = ? AND day = ? AND id <> ?",
    g_variant_new ("(sss)", calendar_id, date, except_id != NULL ? except_id : ""), "created_at",
    QS_QUERY_DEFAULT, error);

  *found = NULL;
  if (days == NULL)
    return FALSE;
  if (days->len > 0)
    *found = g_object_ref (g_ptr_array_index (days, 0));
  return TRUE;
}

gboolean
qs_calendar_repository_save_day (QsStore *store, QsCalendarDay *day, GError **error)
{
  QsEntity *entity = QS_ENTITY (day);
  g_autoptr (QsCalendarDay) other = NULL;
  const char *date;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_CALENDAR_DAY (day), FALSE);

  if (!check_day (day, error))
    return FALSE;
  date = qs_entity_get_string (entity, QS_CALENDAR_DAY_FIELD_DAY);
  if (qs_entity_get_deleted_at (entity) == 0 &&
      !find_day_on (store, qs_entity_get_string (entity, QS_CALENDAR_DAY_FIELD_CALENDAR_ID), date,
                    qs_entity_get_id (entity), &other, error))
    return FALSE;
  if (other != NULL)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                   _ ("The calendar already has a holiday or a half day on %s."), date);
      return FALSE;
    }
  return qs_repository_save (days_of (store), entity, error);
}

gboolean
qs_calendar_repository_delete_day (QsStore *store, QsCalendarDay *day, GError **error)
{
  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_CALENDAR_DAY (day), FALSE);

  return qs_repository_delete (days_of (store), QS_ENTITY (day), error);
}

gboolean
qs_calendar_repository_restore_day (QsStore *store, QsCalendarDay *day, GError **error)
{
  gint64 deleted_at;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (QS_IS_CALENDAR_DAY (day), FALSE);

  deleted_at = qs_entity_get_deleted_at (QS_ENTITY (day));
  qs_entity_set_deleted_at (QS_ENTITY (day), 0);
  if (qs_calendar_repository_save_day (store, day, error))
    return TRUE;
  qs_entity_set_deleted_at (QS_ENTITY (day), deleted_at);
  return FALSE;
}

static const guint copied_fields[] = { QS_CALENDAR_DAY_FIELD_NAME, QS_CALENDAR_DAY_FIELD_NAME_EN,
                                       QS_CALENDAR_DAY_FIELD_NAME_FR, QS_CALENDAR_DAY_FIELD_HOURS };

/* TRUE when @into took something of @from. */
static gboolean
take_fields (QsEntity *into, QsEntity *from)
{
  gboolean changed = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (copied_fields); i++)
    {
      const char *value = qs_entity_get_string (from, copied_fields[i]);
      const char *was = qs_entity_get_string (into, copied_fields[i]);

      /* A name the file does not give stays as it was; hours always follow. */
      if (copied_fields[i] != QS_CALENDAR_DAY_FIELD_HOURS && (value == NULL || *value == '\0'))
        continue;
      if (g_strcmp0 (value != NULL ? value : "", was != NULL ? was : "") != 0)
        {
          qs_entity_set_string (into, copied_fields[i], value);
          changed = TRUE;
        }
    }
  return changed;
}

gboolean
qs_calendar_repository_merge_days (QsStore    *store,
                                   const char *calendar_id,
                                   GPtrArray  *days,
                                   guint      *added,
                                   guint      *changed,
                                   GError    **error)
{
  guint n_added = 0, n_changed = 0;

  g_return_val_if_fail (QS_IS_STORE (store), FALSE);
  g_return_val_if_fail (calendar_id != NULL, FALSE);
  g_return_val_if_fail (days != NULL, FALSE);

  if (!qs_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < days->len; i++)
    {
      QsEntity *day = g_ptr_array_index (days, i);
      g_autoptr (QsCalendarDay) existing = NULL;

      qs_entity_set_string (day, QS_CALENDAR_DAY_FIELD_CALENDAR_ID, calendar_id);
      if (!check_day (QS_CALENDAR_DAY (day), error) ||
          !find_day_on (store, calendar_id, qs_entity_get_string (day, QS_CALENDAR_DAY_FIELD_DAY),
                        NULL, &existing, error))
        goto fail;
      if (existing == NULL)
        {
          if (!qs_repository_save (days_of (store), day, error))
            goto fail;
          n_added++;
        }
      else if (take_fields (QS_ENTITY (existing), day))
        {
          if (!qs_repository_save (days_of (store), QS_ENTITY (existing), error))
            goto fail;
          n_changed++;
        }
    }
  if (!qs_store_commit (store, error))
    goto fail;
  if (added != NULL)
    *added = n_added;
  if (changed != NULL)
    *changed = n_changed;
  return TRUE;

fail:
  qs_store_rollback (store);
  return FALSE;
}

gboolean
qs_calendar_repository_copy_year (
  QsStore *store, const char *calendar_id, int year, guint *copied, GError **error)
{
  g_autoptr (GPtrArray) days = qs_calendar_repository_get_days (store, calendar_id, year, error);
  g_autoptr (GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) next_year = NULL;
  guint added = 0;

  if (days == NULL)
    return FALSE;
  next_year = qs_calendar_repository_get_days (store, calendar_id, year + 1, error);
  if (next_year == NULL)
    return FALSE;
  for (guint i = 0; i < days->len; i++)
    {
      QsEntity        *day = g_ptr_array_index (days, i);
      const char      *date = qs_entity_get_string (day, QS_CALENDAR_DAY_FIELD_DAY);
      g_autofree char *moved = g_strdup_printf ("%04d%s", year + 1, date + 4);
      gboolean         taken = FALSE;
      QsCalendarDay   *copy;
      GDate            check;

      qs_calendar_day_parse_date (moved, &check);
      for (guint k = 0; k < next_year->len; k++)
        taken = taken || g_strcmp0 (qs_entity_get_string (g_ptr_array_index (next_year, k),
                                                          QS_CALENDAR_DAY_FIELD_DAY),
                                    moved) == 0;
      if (taken || !g_date_valid (&check) || g_date_get_day (&check) != (guint) atoi (date + 8))
        continue;
      copy = qs_calendar_day_new ();
      qs_entity_set_string (QS_ENTITY (copy), QS_CALENDAR_DAY_FIELD_DAY, moved);
      for (guint f = 0; f < G_N_ELEMENTS (copied_fields); f++)
        qs_entity_set_string (QS_ENTITY (copy), copied_fields[f],
                              qs_entity_get_string (day, copied_fields[f]));
      g_ptr_array_add (copies, copy);
    }
  if (!qs_calendar_repository_merge_days (store, calendar_id, copies, &added, NULL, error))
    return FALSE;
  if (copied != NULL)
    *copied = added;
  return TRUE;
}
