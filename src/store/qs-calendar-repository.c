/* qs-calendar-repository.c — business calendars and their clocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-calendar-day.h"
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
