/* qs-charter-template.c — the model charter a new charter can start from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-charter-template.h"
#include "qs-commitment.h"

GPtrArray *
qs_charter_template_new_commitments (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

const char *
qs_charter_template_get_values (QsLanguage language)
{
  return "";
}

const char *
qs_charter_template_get_introduction (QsLanguage language)
{
  return "";
}
