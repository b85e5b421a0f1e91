/* qs-entity.c — base class of every stored entity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Subclasses install a QsField table; the values live here, in one GValue
 * per field, and every field becomes a GObject property of the subclass
 * (so list views can bind to "subject" or "received-at" directly).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qs-entity.h"
#include "qs-error.h"

typedef struct
{
  char   *id;
  gint64  created_at;
  gint64  updated_at;
  gint64  deleted_at;
  GValue *values; /* n_fields of the instance's class, allocated on first use */
} QsEntityPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (QsEntity, qs_entity, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_DELETED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
field_gtype (const QsField *field)
{
  switch (field->kind)
    {
    case QS_FIELD_STRING:
    case QS_FIELD_REFERENCE:
    case QS_FIELD_DATE:
      return G_TYPE_STRING;
    case QS_FIELD_INT:
    case QS_FIELD_TIMESTAMP:
      return G_TYPE_INT64;
    case QS_FIELD_DOUBLE:
      return G_TYPE_DOUBLE;
    case QS_FIELD_BOOLEAN:
      return G_TYPE_BOOLEAN;
    case QS_FIELD_ENUM:
      return field->enum_type ();
    default:
      g_assert_not_reached ();
    }
}

static GValue *
ensure_values (QsEntity *self)
{
  QsEntityPrivate *priv = qs_entity_get_instance_private (self);
  QsEntityClass   *klass = QS_ENTITY_GET_CLASS (self);

  if (priv->values == NULL)
    {
      priv->values = g_new0 (GValue, klass->n_fields);
      for (guint i = 0; i < klass->n_fields; i++)
        {
          const QsField *field = &klass->fields[i];

          g_value_init (&priv->values[i], field_gtype (field));
          if (field->kind == QS_FIELD_DOUBLE && (field->flags & QS_FIELD_OPTIONAL))
            g_value_set_double (&priv->values[i], NAN);
          else if (field->kind == QS_FIELD_ENUM)
            g_param_value_set_default (klass->field_pspecs[i], &priv->values[i]);
        }
    }

  return priv->values;
}

static gboolean
values_equal (const GValue *a, const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == G_TYPE_INT64)
    return g_value_get_int64 (a) == g_value_get_int64 (b);
  if (type == G_TYPE_DOUBLE)
    {
      double x = g_value_get_double (a), y = g_value_get_double (b);
      return x == y || (isnan (x) && isnan (y));
    }
  if (type == G_TYPE_BOOLEAN)
    return !g_value_get_boolean (a) == !g_value_get_boolean (b);
  if (G_TYPE_IS_ENUM (type))
    return g_value_get_enum (a) == g_value_get_enum (b);

  g_assert_not_reached ();
}

static void
qs_entity_field_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsEntityClass *klass = g_type_class_peek (pspec->owner_type);

  g_assert (prop_id >= 1 && prop_id <= klass->n_fields);
  g_value_copy (&ensure_values (QS_ENTITY (object))[prop_id - 1], value);
}

static void
qs_entity_field_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  qs_entity_set_value (QS_ENTITY (object), prop_id - 1, value);
}

static void
qs_entity_finalize (GObject *object)
{
  QsEntity        *self = QS_ENTITY (object);
  QsEntityPrivate *priv = qs_entity_get_instance_private (self);

  if (priv->values != NULL)
    {
      guint n = QS_ENTITY_GET_CLASS (self)->n_fields;

      for (guint i = 0; i < n; i++)
        g_value_unset (&priv->values[i]);
      g_free (priv->values);
    }
  g_free (priv->id);

  G_OBJECT_CLASS (qs_entity_parent_class)->finalize (object);
}

static void
qs_entity_constructed (GObject *object)
{
  QsEntityPrivate *priv = qs_entity_get_instance_private (QS_ENTITY (object));

  G_OBJECT_CLASS (qs_entity_parent_class)->constructed (object);

  /* Ids are made on the client so that two offline copies can be merged. */
  if (priv->id == NULL)
    priv->id = g_uuid_string_random ();
}

static void
qs_entity_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsEntityPrivate *priv = qs_entity_get_instance_private (QS_ENTITY (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, priv->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, priv->updated_at);
      break;
    case PROP_DELETED_AT:
      g_value_set_int64 (value, priv->deleted_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_entity_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  QsEntity        *self = QS_ENTITY (object);
  QsEntityPrivate *priv = qs_entity_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (priv->id == NULL);
      priv->id = g_value_dup_string (value);
      break;
    case PROP_CREATED_AT:
      qs_entity_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      qs_entity_set_updated_at (self, g_value_get_int64 (value));
      break;
    case PROP_DELETED_AT:
      qs_entity_set_deleted_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_entity_class_init (QsEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = qs_entity_constructed;
  object_class->finalize = qs_entity_finalize;
  object_class->get_property = qs_entity_get_property;
  object_class->set_property = qs_entity_set_property;

  properties[PROP_ID] = g_param_spec_string (
    "id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DELETED_AT] =
    g_param_spec_int64 ("deleted-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_entity_init (QsEntity *self)
{
}

static GParamSpec *
field_pspec_new (const QsField *field)
{
  g_autofree char *name = g_strdelimit (g_strdup (field->name), "_", '-');
  GParamFlags      flags =
    G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_NICK | G_PARAM_STATIC_BLURB;

  switch (field->kind)
    {
    case QS_FIELD_STRING:
    case QS_FIELD_REFERENCE:
    case QS_FIELD_DATE:
      return g_param_spec_string (name, NULL, NULL, NULL, flags);
    case QS_FIELD_INT:
      return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
    case QS_FIELD_TIMESTAMP:
      return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0, flags);
    case QS_FIELD_DOUBLE:
      /* A pspec's default cannot be NaN: optional numbers start as NaN in
       * ensure_values() instead. */
      return g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
    case QS_FIELD_BOOLEAN:
      return g_param_spec_boolean (name, NULL, NULL, FALSE, flags);
    case QS_FIELD_ENUM:
      {
        GEnumClass *enum_class = g_type_class_ref (field->enum_type ());
        GParamSpec *pspec = g_param_spec_enum (name, NULL, NULL, field->enum_type (),
                                               enum_class->values[0].value, flags);
        g_type_class_unref (enum_class);
        return pspec;
      }
    default:
      g_assert_not_reached ();
    }
}

/**
 * qs_entity_class_install_fields:
 *
 * Called from a subclass's class_init: installs one property per field
 * (property ids 1..n_fields, in the order of @fields) and remembers the
 * table the entity is stored in.
 */
void
qs_entity_class_install_fields (QsEntityClass *klass,
                                const char    *table,
                                const QsField *fields,
                                guint          n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  klass->table = table;
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->field_pspecs = g_new0 (GParamSpec *, n_fields + 1);

  object_class->get_property = qs_entity_field_get_property;
  object_class->set_property = qs_entity_field_set_property;

  for (guint i = 0; i < n_fields; i++)
    {
      g_assert (fields[i].name != NULL);
      klass->field_pspecs[i + 1] = field_pspec_new (&fields[i]);
    }
  g_object_class_install_properties (object_class, n_fields + 1, klass->field_pspecs);
  /* Index by field from here on. */
  memmove (klass->field_pspecs, klass->field_pspecs + 1, n_fields * sizeof (GParamSpec *));
}

QsEntity *
qs_entity_new (GType type)
{
  g_return_val_if_fail (g_type_is_a (type, QS_TYPE_ENTITY), NULL);

  return g_object_new (type, NULL);
}

const char *
qs_entity_class_get_table (QsEntityClass *klass)
{
  return klass->table;
}

const QsField *
qs_entity_class_get_fields (QsEntityClass *klass, guint *n_fields)
{
  if (n_fields != NULL)
    *n_fields = klass->n_fields;
  return klass->fields;
}

int
qs_entity_class_find_field (QsEntityClass *klass, const char *name)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_strcmp0 (klass->fields[i].name, name) == 0)
      return i;
  return -1;
}

const char *
qs_entity_get_id (QsEntity *self)
{
  QsEntityPrivate *priv = qs_entity_get_instance_private (self);

  g_return_val_if_fail (QS_IS_ENTITY (self), NULL);
  return priv->id;
}

#define TIMESTAMP_ACCESSORS(member, PROP)                                                          \
  gint64 qs_entity_get_##member (QsEntity *self)                                                   \
  {                                                                                                \
    QsEntityPrivate *priv = qs_entity_get_instance_private (self);                                 \
    g_return_val_if_fail (QS_IS_ENTITY (self), 0);                                                 \
    return priv->member;                                                                           \
  }                                                                                                \
  void qs_entity_set_##member (QsEntity *self, gint64 value)                                       \
  {                                                                                                \
    QsEntityPrivate *priv = qs_entity_get_instance_private (self);                                 \
    g_return_if_fail (QS_IS_ENTITY (self));                                                        \
    if (priv->member == value)                                                                     \
      return;                                                                                      \
    priv->member = value;                                                                          \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);                                  \
  }

TIMESTAMP_ACCESSORS (created_at, PROP_CREATED_AT)
TIMESTAMP_ACCESSORS (updated_at, PROP_UPDATED_AT)
TIMESTAMP_ACCESSORS (deleted_at, PROP_DELETED_AT)

gboolean
qs_entity_is_deleted (QsEntity *self)
{
  return qs_entity_get_deleted_at (self) != 0;
}

const GValue *
qs_entity_get_value (QsEntity *self, guint field)
{
  g_return_val_if_fail (QS_IS_ENTITY (self), NULL);
  g_return_val_if_fail (field < QS_ENTITY_GET_CLASS (self)->n_fields, NULL);

  return &ensure_values (self)[field];
}

void
qs_entity_set_value (QsEntity *self, guint field, const GValue *value)
{
  QsEntityClass *klass;
  GValue        *slot;

  g_return_if_fail (QS_IS_ENTITY (self));
  klass = QS_ENTITY_GET_CLASS (self);
  g_return_if_fail (field < klass->n_fields);

  slot = &ensure_values (self)[field];
  g_return_if_fail (G_VALUE_TYPE (value) == G_VALUE_TYPE (slot));

  if (values_equal (slot, value))
    return;

  g_value_copy (value, slot);
  g_object_notify_by_pspec (G_OBJECT (self), klass->field_pspecs[field]);
}

const char *
qs_entity_get_string (QsEntity *self, guint field)
{
  return g_value_get_string (qs_entity_get_value (self, field));
}

void
qs_entity_set_string (QsEntity *self, guint field, const char *value)
{
  g_auto (GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_static_string (&v, value);
  qs_entity_set_value (self, field, &v);
}

gint64
qs_entity_get_int (QsEntity *self, guint field)
{
  return g_value_get_int64 (qs_entity_get_value (self, field));
}

void
qs_entity_set_int (QsEntity *self, guint field, gint64 value)
{
  g_auto (GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  qs_entity_set_value (self, field, &v);
}

double
qs_entity_get_double (QsEntity *self, guint field)
{
  return g_value_get_double (qs_entity_get_value (self, field));
}

void
qs_entity_set_double (QsEntity *self, guint field, double value)
{
  g_auto (GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, value);
  qs_entity_set_value (self, field, &v);
}

gboolean
qs_entity_get_boolean (QsEntity *self, guint field)
{
  return g_value_get_boolean (qs_entity_get_value (self, field));
}

void
qs_entity_set_boolean (QsEntity *self, guint field, gboolean value)
{
  g_auto (GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, !!value);
  qs_entity_set_value (self, field, &v);
}

int
qs_entity_get_enum (QsEntity *self, guint field)
{
  return g_value_get_enum (qs_entity_get_value (self, field));
}

void
qs_entity_set_enum (QsEntity *self, guint field, int value)
{
  const GValue *current = qs_entity_get_value (self, field);
  g_auto (GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_VALUE_TYPE (current));
  g_value_set_enum (&v, value);
  qs_entity_set_value (self, field, &v);
}

/**
 * qs_entity_field_is_set:
 *
 * Whether the field holds a value that is stored as non-NULL: a non-empty
 * string, a timestamp other than 0, a number other than NaN.
 */
gboolean
qs_entity_field_is_set (QsEntity *self, guint field)
{
  const QsField *desc = &QS_ENTITY_GET_CLASS (self)->fields[field];
  const GValue  *value = qs_entity_get_value (self, field);

  switch (desc->kind)
    {
    case QS_FIELD_STRING:
    case QS_FIELD_REFERENCE:
    case QS_FIELD_DATE:
      {
        const char *s = g_value_get_string (value);
        return s != NULL && *s != '\0';
      }
    case QS_FIELD_TIMESTAMP:
      return g_value_get_int64 (value) != 0;
    case QS_FIELD_DOUBLE:
      return !isnan (g_value_get_double (value));
    case QS_FIELD_INT:
    case QS_FIELD_BOOLEAN:
    case QS_FIELD_ENUM:
    default:
      return TRUE;
    }
}

static gboolean
is_valid_date (const char *s)
{
  g_autoptr (GDateTime) dt = NULL;
  g_autofree char *iso = NULL;

  if (strlen (s) != 10)
    return FALSE;
  iso = g_strconcat (s, "T00:00:00Z", NULL);
  dt = g_date_time_new_from_iso8601 (iso, NULL);
  return dt != NULL;
}

/* What messages call the fields they may name (required ones and dates),
 * in words a person reads, not column names. */
static const struct
{
  const char *name;
  const char *label;
} field_labels[] = {
  { "action_id", NC_ ("field", "action") },
  { "at", NC_ ("field", "date and time") },
  { "calendar_id", NC_ ("field", "calendar") },
  { "charter_id", NC_ ("field", "charter") },
  { "closes_on", NC_ ("field", "closing date") },
  { "day", NC_ ("field", "day") },
  { "department_id", NC_ ("field", "department") },
  { "due_on", NC_ ("field", "due date") },
  { "indicator_id", NC_ ("field", "indicator") },
  { "name", NC_ ("field", "name") },
  { "opens_on", NC_ ("field", "opening date") },
  { "period_start", NC_ ("field", "start of the period") },
  { "question_id", NC_ ("field", "question") },
  { "received_at", NC_ ("field", "date received") },
  { "ref", NC_ ("field", "reference") },
  { "request_id", NC_ ("field", "request") },
  { "response_id", NC_ ("field", "response") },
  { "review_date", NC_ ("field", "review date") },
  { "service_id", NC_ ("field", "service") },
  { "subject", NC_ ("field", "subject") },
  { "submitted_at", NC_ ("field", "date submitted") },
  { "survey_id", NC_ ("field", "survey") },
  { "target_id", NC_ ("field", "linked item") },
  { "text", NC_ ("field", "text") },
  { "timezone", NC_ ("field", "time zone") },
  { "title", NC_ ("field", "title") },
  { "weekly_hours", NC_ ("field", "weekly hours") },
};

/**
 * qs_field_dup_label:
 *
 * Returns: (transfer full): @field in words, in the user's language,
 *   for messages: "date received", not "received_at"
 */
char *
qs_field_dup_label (const QsField *field)
{
  g_return_val_if_fail (field != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (g_str_equal (field_labels[i].name, field->name))
      return g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "field", field_labels[i].label));
  /* A field no message named yet: its column, in words at least. */
  return g_strdelimit (g_strdup (field->name), "_", ' ');
}

/**
 * qs_entity_validate:
 *
 * Checks what every entity must respect before it is saved: required
 * fields are set and dates are real dates. Domain rules (SMART, lifecycle)
 * live in their own types.
 */
gboolean
qs_entity_validate (QsEntity *self, GError **error)
{
  QsEntityClass *klass = QS_ENTITY_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const QsField *field = &klass->fields[i];

      if ((field->flags & QS_FIELD_REQUIRED) && !qs_entity_field_is_set (self, i))
        {
          g_autofree char *label = qs_field_dup_label (field);

          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       /* Translators: %s is a field in words, such as “date received” */
                       _ ("The field “%s” must not be empty."), label);
          return FALSE;
        }
      if (field->kind == QS_FIELD_DATE && qs_entity_field_is_set (self, i) &&
          !is_valid_date (qs_entity_get_string (self, i)))
        {
          g_autofree char *label = qs_field_dup_label (field);

          g_set_error (error, QS_ERROR, QS_ERROR_INVALID,
                       /* Translators: the first %s is a date as typed, the second a field in
                        * words, such as “review date” */
                       _ ("“%s” is not a date of the form YYYY-MM-DD (field “%s”)."),
                       qs_entity_get_string (self, i), label);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * qs_entity_erase_personal:
 *
 * Clears every field flagged QS_FIELD_PERSONAL, for anonymisation.
 */
void
qs_entity_erase_personal (QsEntity *self)
{
  QsEntityClass *klass = QS_ENTITY_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const QsField *field = &klass->fields[i];
      g_auto (GValue) empty = G_VALUE_INIT;

      if (!(field->flags & QS_FIELD_PERSONAL))
        continue;

      g_value_init (&empty, G_VALUE_TYPE (&ensure_values (self)[i]));
      if (field->kind == QS_FIELD_DOUBLE)
        g_value_set_double (&empty, NAN);
      else if (field->kind == QS_FIELD_ENUM)
        g_param_value_set_default (klass->field_pspecs[i], &empty);
      qs_entity_set_value (self, i, &empty);
    }
}
