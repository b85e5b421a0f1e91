/* qs-charter-change.c — one difference in commitments between two charter versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-charter-change.h"
#include "qs-enum-types.h"

struct _QsCharterChange
{
  GObject parent_instance;

  QsChangeKind kind;
  QsCategory   category;
  char        *description;
  char        *old_text;
  char        *new_text;
};

G_DEFINE_FINAL_TYPE (QsCharterChange, qs_charter_change, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_CATEGORY,
  PROP_DESCRIPTION,
  PROP_OLD_TEXT,
  PROP_NEW_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qs_charter_change_finalize (GObject *object)
{
  QsCharterChange *self = QS_CHARTER_CHANGE (object);

  g_free (self->description);
  g_free (self->old_text);
  g_free (self->new_text);

  G_OBJECT_CLASS (qs_charter_change_parent_class)->finalize (object);
}

static void
qs_charter_change_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsCharterChange *self = QS_CHARTER_CHANGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_CATEGORY:
      g_value_set_enum (value, self->category);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_OLD_TEXT:
      g_value_set_string (value, self->old_text);
      break;
    case PROP_NEW_TEXT:
      g_value_set_string (value, self->new_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A change is a value: its properties are set once, at construction. */
static void
qs_charter_change_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  QsCharterChange *self = QS_CHARTER_CHANGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_CATEGORY:
      self->category = g_value_get_enum (value);
      break;
    case PROP_DESCRIPTION:
      g_free (self->description);
      self->description = g_value_dup_string (value);
      break;
    case PROP_OLD_TEXT:
      g_free (self->old_text);
      self->old_text = g_value_dup_string (value);
      break;
    case PROP_NEW_TEXT:
      g_free (self->new_text);
      self->new_text = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_charter_change_class_init (QsCharterChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags =
    G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = qs_charter_change_finalize;
  object_class->get_property = qs_charter_change_get_property;
  object_class->set_property = qs_charter_change_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, QS_TYPE_CHANGE_KIND, QS_CHANGE_KIND_CHANGED, flags);
  properties[PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL, QS_TYPE_CATEGORY, QS_CATEGORY_ACCESSIBILITY, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_OLD_TEXT] = g_param_spec_string ("old-text", NULL, NULL, NULL, flags);
  properties[PROP_NEW_TEXT] = g_param_spec_string ("new-text", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_charter_change_init (QsCharterChange *self)
{
}

QsCharterChange *
qs_charter_change_new (QsChangeKind kind,
                       QsCategory   category,
                       const char  *description,
                       const char  *old_text,
                       const char  *new_text)
{
  return g_object_new (QS_TYPE_CHARTER_CHANGE, "kind", kind, "category", category, "description",
                       description, "old-text", old_text, "new-text", new_text, NULL);
}

QsChangeKind
qs_charter_change_get_kind (QsCharterChange *self)
{
  g_return_val_if_fail (QS_IS_CHARTER_CHANGE (self), QS_CHANGE_KIND_CHANGED);
  return self->kind;
}

QsCategory
qs_charter_change_get_category (QsCharterChange *self)
{
  g_return_val_if_fail (QS_IS_CHARTER_CHANGE (self), QS_CATEGORY_ACCESSIBILITY);
  return self->category;
}

const char *
qs_charter_change_get_description (QsCharterChange *self)
{
  g_return_val_if_fail (QS_IS_CHARTER_CHANGE (self), NULL);
  return self->description;
}

const char *
qs_charter_change_get_old_text (QsCharterChange *self)
{
  g_return_val_if_fail (QS_IS_CHARTER_CHANGE (self), NULL);
  return self->old_text;
}

const char *
qs_charter_change_get_new_text (QsCharterChange *self)
{
  g_return_val_if_fail (QS_IS_CHARTER_CHANGE (self), NULL);
  return self->new_text;
}
