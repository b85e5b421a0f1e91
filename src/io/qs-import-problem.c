/* qs-import-problem.c — one thing wrong in a file to import, where it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "qs-import-problem.h"

struct _QsImportProblem
{
  GObject parent_instance;

  QsImportProblemKind kind;
  guint               line;
  guint               column;
  int                 field;
  char               *message;
  char               *value;
};

G_DEFINE_FINAL_TYPE (QsImportProblem, qs_import_problem, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (QsImportProblemKind,
                    qs_import_problem_kind,
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_PROBLEM_BAD_EMAIL, "bad-email"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_PROBLEM_UNKNOWN_DEPARTMENT,
                                         "unknown-department"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_PROBLEM_DUPLICATE_EMAIL, "duplicate-email"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_PROBLEM_RAGGED_ROW, "ragged-row"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_PROBLEM_MISSING_NAME, "missing-name"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_PROBLEM_BAD_VALUE, "bad-value"))

enum
{
  PROP_0,
  PROP_KIND,
  PROP_LINE,
  PROP_COLUMN,
  PROP_FIELD,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qs_import_problem_finalize (GObject *object)
{
  QsImportProblem *self = QS_IMPORT_PROBLEM (object);

  g_free (self->message);
  g_free (self->value);

  G_OBJECT_CLASS (qs_import_problem_parent_class)->finalize (object);
}

static void
qs_import_problem_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsImportProblem *self = QS_IMPORT_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_COLUMN:
      g_value_set_uint (value, self->column);
      break;
    case PROP_FIELD:
      g_value_set_int (value, self->field);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_import_problem_class_init (QsImportProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qs_import_problem_finalize;
  object_class->get_property = qs_import_problem_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, QS_TYPE_IMPORT_PROBLEM_KIND, QS_IMPORT_PROBLEM_BAD_VALUE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLUMN] =
    g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIELD] =
    g_param_spec_int ("field", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_import_problem_init (QsImportProblem *self)
{
}

QsImportProblem *
qs_import_problem_new (
  QsImportProblemKind kind, guint line, guint column, int field, const char *message)
{
  QsImportProblem *self = g_object_new (QS_TYPE_IMPORT_PROBLEM, NULL);

  self->kind = kind;
  self->line = line;
  self->column = column;
  self->field = field;
  self->message = g_strdup (message);

  return self;
}

QsImportProblemKind
qs_import_problem_get_kind (QsImportProblem *self)
{
  g_return_val_if_fail (QS_IS_IMPORT_PROBLEM (self), QS_IMPORT_PROBLEM_BAD_VALUE);
  return self->kind;
}

guint
qs_import_problem_get_line (QsImportProblem *self)
{
  g_return_val_if_fail (QS_IS_IMPORT_PROBLEM (self), 0);
  return self->line;
}

guint
qs_import_problem_get_column (QsImportProblem *self)
{
  g_return_val_if_fail (QS_IS_IMPORT_PROBLEM (self), 0);
  return self->column;
}

int
qs_import_problem_get_field (QsImportProblem *self)
{
  g_return_val_if_fail (QS_IS_IMPORT_PROBLEM (self), 0);
  return self->field;
}

const char *
qs_import_problem_get_message (QsImportProblem *self)
{
  g_return_val_if_fail (QS_IS_IMPORT_PROBLEM (self), NULL);
  return self->message;
}

const char *
qs_import_problem_get_value (QsImportProblem *self)
{
  g_return_val_if_fail (QS_IS_IMPORT_PROBLEM (self), NULL);
  return self->value;
}

void
qs_import_problem_set_value (QsImportProblem *self, const char *value)
{
  g_return_if_fail (QS_IS_IMPORT_PROBLEM (self));
  g_free (self->value);
  self->value = g_strdup (value);
}
