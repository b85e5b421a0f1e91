/* qs-client-import.c — imports people and departments from a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This file holds the mapping, the preview and the check; running the
 * import is in qs-client-import-run.c.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "qs-catalog.h"
#include "qs-client-import-private.h"
#include "qs-directory-repository.h"
#include "qs-entities.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-repository.h"

G_DEFINE_FINAL_TYPE (QsClientImport, qs_client_import, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (QsImportField,
                    qs_import_field,
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_IGNORE, "ignore"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_GIVEN_NAME, "given-name"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_FAMILY_NAME, "family-name"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_EMAIL, "email"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_PHONE, "phone"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_ROLE, "role"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_DEPARTMENT, "department"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_PARENT_DEPARTMENT, "parent-department"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_LANGUAGE, "language"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_PREFERRED_CHANNEL, "preferred-channel"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_AVAILABILITY, "availability"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_FIELD_SURVEY_CONSENT, "survey-consent"),
                    G_DEFINE_ENUM_VALUE (QS_IMPORT_N_FIELDS, "n-fields"))

enum
{
  PROP_0,
  PROP_FRACTION,
  PROP_CREATE_DEPARTMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *field_labels[QS_IMPORT_N_FIELDS] = {
  N_ ("Ignore"),       N_ ("Given name"),
  N_ ("Family name"),  N_ ("E-mail"),
  N_ ("Phone"),        N_ ("Role"),
  N_ ("Department"),   N_ ("Parent department"),
  N_ ("Language"),     N_ ("Preferred channel"),
  N_ ("Availability"), N_ ("Survey consent"),
};

/* Header names as spreadsheets and HR systems write them, in French and
 * English, folded to lower-case ASCII letters and digits. */
static const struct
{
  const char   *name;
  QsImportField field;
} header_names[] = {
  { "prenom", QS_IMPORT_FIELD_GIVEN_NAME },
  { "givenname", QS_IMPORT_FIELD_GIVEN_NAME },
  { "firstname", QS_IMPORT_FIELD_GIVEN_NAME },
  { "first", QS_IMPORT_FIELD_GIVEN_NAME },
  { "nom", QS_IMPORT_FIELD_FAMILY_NAME },
  { "nomdefamille", QS_IMPORT_FIELD_FAMILY_NAME },
  { "familyname", QS_IMPORT_FIELD_FAMILY_NAME },
  { "lastname", QS_IMPORT_FIELD_FAMILY_NAME },
  { "surname", QS_IMPORT_FIELD_FAMILY_NAME },
  { "name", QS_IMPORT_FIELD_FAMILY_NAME },
  { "courriel", QS_IMPORT_FIELD_EMAIL },
  { "email", QS_IMPORT_FIELD_EMAIL },
  { "mail", QS_IMPORT_FIELD_EMAIL },
  { "mel", QS_IMPORT_FIELD_EMAIL },
  { "adressecourriel", QS_IMPORT_FIELD_EMAIL },
  { "adressemail", QS_IMPORT_FIELD_EMAIL },
  { "emailaddress", QS_IMPORT_FIELD_EMAIL },
  { "telephone", QS_IMPORT_FIELD_PHONE },
  { "tel", QS_IMPORT_FIELD_PHONE },
  { "phone", QS_IMPORT_FIELD_PHONE },
  { "phonenumber", QS_IMPORT_FIELD_PHONE },
  { "fonction", QS_IMPORT_FIELD_ROLE },
  { "poste", QS_IMPORT_FIELD_ROLE },
  { "role", QS_IMPORT_FIELD_ROLE },
  { "titre", QS_IMPORT_FIELD_ROLE },
  { "title", QS_IMPORT_FIELD_ROLE },
  { "jobtitle", QS_IMPORT_FIELD_ROLE },
  { "service", QS_IMPORT_FIELD_DEPARTMENT },
  { "departement", QS_IMPORT_FIELD_DEPARTMENT },
  { "department", QS_IMPORT_FIELD_DEPARTMENT },
  { "unite", QS_IMPORT_FIELD_DEPARTMENT },
  { "equipe", QS_IMPORT_FIELD_DEPARTMENT },
  { "team", QS_IMPORT_FIELD_DEPARTMENT },
  { "direction", QS_IMPORT_FIELD_PARENT_DEPARTMENT },
  { "serviceparent", QS_IMPORT_FIELD_PARENT_DEPARTMENT },
  { "parentdepartment", QS_IMPORT_FIELD_PARENT_DEPARTMENT },
  { "division", QS_IMPORT_FIELD_PARENT_DEPARTMENT },
  { "langue", QS_IMPORT_FIELD_LANGUAGE },
  { "language", QS_IMPORT_FIELD_LANGUAGE },
  { "canal", QS_IMPORT_FIELD_PREFERRED_CHANNEL },
  { "canalprefere", QS_IMPORT_FIELD_PREFERRED_CHANNEL },
  { "channel", QS_IMPORT_FIELD_PREFERRED_CHANNEL },
  { "preferredchannel", QS_IMPORT_FIELD_PREFERRED_CHANNEL },
  { "disponibilite", QS_IMPORT_FIELD_AVAILABILITY },
  { "disponibilites", QS_IMPORT_FIELD_AVAILABILITY },
  { "availability", QS_IMPORT_FIELD_AVAILABILITY },
  { "consentement", QS_IMPORT_FIELD_SURVEY_CONSENT },
  { "consentementenquete", QS_IMPORT_FIELD_SURVEY_CONSENT },
  { "consent", QS_IMPORT_FIELD_SURVEY_CONSENT },
  { "surveyconsent", QS_IMPORT_FIELD_SURVEY_CONSENT },
};

const char *
qs_import_field_get_label (QsImportField field)
{
  g_return_val_if_fail (field < QS_IMPORT_N_FIELDS, NULL);
  return _ (field_labels[field]);
}

static void
qs_client_import_finalize (GObject *object)
{
  QsClientImport *self = QS_CLIENT_IMPORT (object);

  g_clear_object (&self->store);
  g_clear_object (&self->reader);
  g_clear_pointer (&self->columns, g_strfreev);
  g_clear_pointer (&self->mapping, g_free);
  g_clear_pointer (&self->main_context, g_main_context_unref);

  G_OBJECT_CLASS (qs_client_import_parent_class)->finalize (object);
}

static void
qs_client_import_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  QsClientImport *self = QS_CLIENT_IMPORT (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    case PROP_CREATE_DEPARTMENTS:
      g_value_set_boolean (value, self->create_departments);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_client_import_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  QsClientImport *self = QS_CLIENT_IMPORT (object);

  switch (prop_id)
    {
    case PROP_CREATE_DEPARTMENTS:
      qs_client_import_set_create_departments (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_client_import_class_init (QsClientImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qs_client_import_finalize;
  object_class->get_property = qs_client_import_get_property;
  object_class->set_property = qs_client_import_set_property;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATE_DEPARTMENTS] =
    g_param_spec_boolean ("create-departments", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_client_import_init (QsClientImport *self)
{
}

/**
 * qs_client_import_new:
 * @bytes: the file's contents
 *
 * Reads the header and guesses the mapping from it.
 *
 * Returns: (transfer full): the import, or %NULL when the file cannot be
 *   read (QS_ERROR_PARSE, located) or has no header.
 */
QsClientImport *
qs_client_import_new (QsStore *store, GBytes *bytes, GError **error)
{
  g_autoptr (QsClientImport) self = NULL;
  GPtrArray *header = NULL;
  guint      line = 0;
  guint      i;

  g_return_val_if_fail (QS_IS_STORE (store), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  self = g_object_new (QS_TYPE_CLIENT_IMPORT, NULL);
  self->serial = 1;
  self->store = g_object_ref (store);
  self->reader = qs_csv_reader_new (bytes, error);
  if (self->reader == NULL)
    return NULL;
  if (!qs_csv_reader_next (self->reader, &header, &line, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, QS_ERROR, QS_ERROR_PARSE,
                             _ ("The file is empty; it needs a first row naming its columns."));
      return NULL;
    }

  self->n_columns = header->len;
  self->columns = g_new0 (char *, header->len + 1);
  self->mapping = g_new0 (QsImportField, header->len);
  for (i = 0; i < header->len; i++)
    self->columns[i] = g_strstrip (g_strdup (header->pdata[i]));

  qs_client_import_guess_mapping (self);
  return g_steal_pointer (&self);
}

/**
 * qs_client_import_get_columns:
 *
 * Returns: (transfer full): the header's names
 */
GStrv
qs_client_import_get_columns (QsClientImport *self)
{
  g_return_val_if_fail (QS_IS_CLIENT_IMPORT (self), NULL);
  return g_strdupv (self->columns);
}

void
qs_client_import_set_mapping (QsClientImport *self, guint column, QsImportField field)
{
  g_return_if_fail (QS_IS_CLIENT_IMPORT (self));
  g_return_if_fail (column < self->n_columns);
  g_return_if_fail (field < QS_IMPORT_N_FIELDS);

  if (self->mapping[column] == field)
    return;
  self->mapping[column] = field;
  self->serial++;
}

QsImportField
qs_client_import_get_mapping (QsClientImport *self, guint column)
{
  g_return_val_if_fail (QS_IS_CLIENT_IMPORT (self), QS_IMPORT_FIELD_IGNORE);
  g_return_val_if_fail (column < self->n_columns, QS_IMPORT_FIELD_IGNORE);

  return self->mapping[column];
}

/* "Adresse e-mail" → "adresseemail": accents, case and punctuation go. */
static char *
fold_name (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString         *out = g_string_new (NULL);
  const char      *p;

  for (p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
  return g_string_free (out, FALSE);
}

/* The field whose exported header, in French or English, folds to the
 * same as @name; QS_IMPORT_FIELD_IGNORE if none. */
static QsImportField
exported_column (const char *name)
{
  static const QsLanguage languages[] = { QS_LANGUAGE_FR, QS_LANGUAGE_EN };
  g_autofree char        *folded = fold_name (name);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      QsCatalog *catalog = qs_catalog_get_for_language (languages[l]);

      for (int field = QS_IMPORT_FIELD_GIVEN_NAME; field < QS_IMPORT_N_FIELDS; field++)
        {
          g_autofree char *header = fold_name (
            qs_catalog_pgettext (catalog, "document: directory column", field_labels[field]));

          if (*folded != '\0' && g_str_equal (folded, header))
            return field;
        }
    }
  return QS_IMPORT_FIELD_IGNORE;
}

/* Whether @folded is the label of @value of @type in French or English,
 * as the directory exported for a spreadsheet writes it. */
static gboolean
is_exported_label (const char *folded, GType type, int value)
{
  static const QsLanguage languages[] = { QS_LANGUAGE_FR, QS_LANGUAGE_EN };
  const char             *label = qs_enum_label_untranslated (type, value);

  for (guint l = 0; label != NULL && l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *word =
        fold_name (qs_catalog_gettext (qs_catalog_get_for_language (languages[l]), label));

      if (g_str_equal (folded, word))
        return TRUE;
    }
  return FALSE;
}

void
qs_client_import_guess_mapping (QsClientImport *self)
{
  gboolean taken[QS_IMPORT_N_FIELDS] = {
    FALSE,
  };
  guint i, j;

  g_return_if_fail (QS_IS_CLIENT_IMPORT (self));

  self->serial++;
  for (i = 0; i < self->n_columns; i++)
    {
      g_autofree char *folded = fold_name (self->columns[i]);

      self->mapping[i] = QS_IMPORT_FIELD_IGNORE;
      for (j = 0; j < G_N_ELEMENTS (header_names); j++)
        {
          QsImportField field = header_names[j].field;

          if (g_str_equal (folded, header_names[j].name) && !taken[field])
            {
              self->mapping[i] = field;
              taken[field] = TRUE;
              break;
            }
        }
    }

  /* The headers of the directory exported for a spreadsheet, in either
   * language, whatever their translation (qs-directory-export.c: its
   * columns are these labels, context "document: directory column"). */
  for (i = 0; i < self->n_columns; i++)
    if (self->mapping[i] == QS_IMPORT_FIELD_IGNORE)
      {
        QsImportField field = exported_column (self->columns[i]);

        if (field != QS_IMPORT_FIELD_IGNORE && !taken[field])
          {
            self->mapping[i] = field;
            taken[field] = TRUE;
          }
      }

  /* A file with a "Direction" but no "Service" lists directions. */
  if (!taken[QS_IMPORT_FIELD_DEPARTMENT] && taken[QS_IMPORT_FIELD_PARENT_DEPARTMENT])
    for (i = 0; i < self->n_columns; i++)
      if (self->mapping[i] == QS_IMPORT_FIELD_PARENT_DEPARTMENT)
        self->mapping[i] = QS_IMPORT_FIELD_DEPARTMENT;
}

/**
 * qs_client_import_get_mapping_string:
 *
 * Returns: (transfer full): "header=nick" pairs separated by newlines,
 *   headers escaped, for qs_client_import_set_mapping_string()
 */
char *
qs_client_import_get_mapping_string (QsClientImport *self)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (QS_TYPE_IMPORT_FIELD);
  GString *out = g_string_new (NULL);
  guint    i;

  g_return_val_if_fail (QS_IS_CLIENT_IMPORT (self), NULL);

  for (i = 0; i < self->n_columns; i++)
    {
      g_autofree char *escaped = g_uri_escape_string (self->columns[i], NULL, TRUE);

      g_string_append_printf (out, "%s%s=%s", i > 0 ? "\n" : "", escaped,
                              g_enum_get_value (klass, self->mapping[i])->value_nick);
    }
  return g_string_free (out, FALSE);
}

/* Columns the string names take its field; others keep theirs, so a file
 * with one more column than last time still gets the guess for it. */
void
qs_client_import_set_mapping_string (QsClientImport *self, const char *s)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (QS_TYPE_IMPORT_FIELD);
  g_auto (GStrv) pairs = NULL;
  guint i, j;

  g_return_if_fail (QS_IS_CLIENT_IMPORT (self));

  if (s == NULL)
    return;
  self->serial++;
  pairs = g_strsplit (s, "\n", -1);
  for (i = 0; pairs[i] != NULL; i++)
    {
      char            *equal = strrchr (pairs[i], '=');
      g_autofree char *header = NULL;
      GEnumValue      *value;

      if (equal == NULL)
        continue;
      *equal = '\0';
      header = g_uri_unescape_string (pairs[i], NULL);
      value = g_enum_get_value_by_nick (klass, equal + 1);
      if (header == NULL || value == NULL || value->value >= QS_IMPORT_N_FIELDS)
        continue;
      for (j = 0; j < self->n_columns; j++)
        if (g_str_equal (self->columns[j], header))
          self->mapping[j] = value->value;
    }
}

/**
 * qs_client_import_get_preview:
 *
 * Returns: (transfer full) (element-type GStrv): up to @max_rows rows
 *   after the header, as read; a malformed file ends the preview early.
 */
GPtrArray *
qs_client_import_get_preview (QsClientImport *self, guint max_rows)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *row = NULL;
  guint      line = 0;

  g_return_val_if_fail (QS_IS_CLIENT_IMPORT (self), rows);

  qs_csv_reader_rewind (self->reader);
  qs_csv_reader_next (self->reader, NULL, NULL, NULL);
  while (rows->len < max_rows && qs_csv_reader_next (self->reader, &row, &line, NULL))
    {
      char **strv = g_new0 (char *, row->len + 1);
      guint  i;

      for (i = 0; i < row->len; i++)
        strv[i] = g_strdup (row->pdata[i]);
      g_ptr_array_add (rows, strv);
    }
  return rows;
}

void
qs_client_import_set_create_departments (QsClientImport *self, gboolean create)
{
  g_return_if_fail (QS_IS_CLIENT_IMPORT (self));

  create = !!create;
  if (self->create_departments == create)
    return;
  self->create_departments = create;
  self->serial++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATE_DEPARTMENTS]);
}

gboolean
qs_client_import_get_create_departments (QsClientImport *self)
{
  g_return_val_if_fail (QS_IS_CLIENT_IMPORT (self), FALSE);
  return self->create_departments;
}

double
qs_client_import_get_fraction (QsClientImport *self)
{
  g_return_val_if_fail (QS_IS_CLIENT_IMPORT (self), 0.0);
  return self->fraction;
}

void
qs_client_import_set_fraction (QsClientImport *self, double fraction)
{
  if (self->fraction == fraction)
    return;
  self->fraction = fraction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

gboolean
qs_client_import_read_row (
  QsClientImport *self, QsImportRow *row, guint *line, guint *n_fields, GError **error)
{
  GPtrArray *fields = NULL;
  guint      i;

  memset (row, 0, sizeof *row);
  if (!qs_csv_reader_next (self->reader, &fields, line, error))
    return FALSE;
  *n_fields = fields->len;
  if (fields->len != self->n_columns)
    return TRUE;
  for (i = 0; i < fields->len; i++)
    {
      QsImportField field = self->mapping[i];
      char         *value = fields->pdata[i];

      if (field == QS_IMPORT_FIELD_IGNORE)
        continue;
      g_strstrip (value);
      row->values[field] = value;
      row->columns[field] = i + 1;
    }
  return TRUE;
}

int
qs_client_import_parse_language (const char *text)
{
  g_autofree char *folded = fold_name (text);

  if (*folded == '\0')
    return QS_LANGUAGE_FR;
  if (g_str_equal (folded, "fr") || g_str_equal (folded, "francais") ||
      g_str_equal (folded, "french"))
    return QS_LANGUAGE_FR;
  if (g_str_equal (folded, "en") || g_str_equal (folded, "anglais") ||
      g_str_equal (folded, "english"))
    return QS_LANGUAGE_EN;
  if (is_exported_label (folded, QS_TYPE_LANGUAGE, QS_LANGUAGE_FR))
    return QS_LANGUAGE_FR;
  if (is_exported_label (folded, QS_TYPE_LANGUAGE, QS_LANGUAGE_EN))
    return QS_LANGUAGE_EN;
  return -1;
}

/* A nick ("in-person"), or a label in English or in the user's language. */
int
qs_client_import_parse_channel (const char *text)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (QS_TYPE_CHANNEL);
  g_autofree char *folded = fold_name (text);
  guint            i;

  if (*folded == '\0')
    return QS_CHANNEL_ANY;
  /* French words, whatever the language of the user's session. */
  if (g_str_equal (folded, "courriel") || g_str_equal (folded, "mail"))
    return QS_CHANNEL_EMAIL;
  if (g_str_equal (folded, "telephone") || g_str_equal (folded, "tel"))
    return QS_CHANNEL_PHONE;
  if (g_str_equal (folded, "enpersonne") || g_str_equal (folded, "surplace"))
    return QS_CHANNEL_IN_PERSON;
  if (g_str_equal (folded, "courrier") || g_str_equal (folded, "lettre"))
    return QS_CHANNEL_LETTER;
  for (i = 0; i < klass->n_values; i++)
    {
      int              value = klass->values[i].value;
      g_autofree char *nick = fold_name (klass->values[i].value_nick);
      g_autofree char *label = fold_name (qs_enum_label_untranslated (QS_TYPE_CHANNEL, value));
      g_autofree char *translated = fold_name (qs_enum_label (QS_TYPE_CHANNEL, value));

      if (g_str_equal (folded, nick) || g_str_equal (folded, label) ||
          g_str_equal (folded, translated) || is_exported_label (folded, QS_TYPE_CHANNEL, value))
        return value;
    }
  return -1;
}

int
qs_client_import_parse_boolean (const char *text)
{
  g_autofree char *folded = fold_name (text);
  const char      *yes[] = { "1", "yes", "oui", "true", "vrai", "x", "y", "o" };
  const char      *no[] = { "", "0", "no", "non", "false", "faux", "n" };
  guint            i;

  for (i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_equal (folded, yes[i]))
      return TRUE;
  for (i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_equal (folded, no[i]))
      return FALSE;
  /* The words of the directory exported for a spreadsheet, in either
   * language. */
  for (i = 0; i < 2; i++)
    {
      QsCatalog *catalog = qs_catalog_get_for_language (i == 0 ? QS_LANGUAGE_FR : QS_LANGUAGE_EN);
      g_autofree char *word_yes =
        fold_name (qs_catalog_pgettext (catalog, "document: spreadsheet cell", "Yes"));
      g_autofree char *word_no =
        fold_name (qs_catalog_pgettext (catalog, "document: spreadsheet cell", "No"));

      if (g_str_equal (folded, word_yes))
        return TRUE;
      if (g_str_equal (folded, word_no))
        return FALSE;
    }
  return -1;
}

static gboolean
collect_department_cb (QsEntity *entity, gpointer user_data)
{
  GHashTable *table = user_data;
  const char *id = qs_entity_get_id (entity);

  g_hash_table_insert (table,
                       g_utf8_casefold (qs_entity_get_string (entity, QS_DEPARTMENT_FIELD_REF), -1),
                       g_strdup (id));
  /* A name wins over a ref that happens to read the same. */
  g_hash_table_insert (
    table, g_utf8_casefold (qs_entity_get_string (entity, QS_DEPARTMENT_FIELD_NAME), -1),
    g_strdup (id));
  return TRUE;
}

GHashTable *
qs_client_import_load_departments (QsStore *store, GError **error)
{
  g_autoptr (GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!qs_repository_foreach (qs_store_get_repository (store, QS_TYPE_DEPARTMENT), NULL, NULL,
                              "created_at", QS_QUERY_DEFAULT, collect_department_cb, table, error))
    return NULL;
  return g_steal_pointer (&table);
}

static void
add_problem (GListStore         *problems,
             QsImportProblemKind kind,
             guint               line,
             guint               column,
             QsImportField       field,
             char               *message)
{
  g_autoptr (QsImportProblem) problem = qs_import_problem_new (kind, line, column, field, message);

  g_list_store_append (problems, problem);
  g_free (message);
}

static void
check_department (QsClientImport *self,
                  GListStore     *problems,
                  GHashTable     *departments,
                  QsImportRow    *row,
                  QsImportField   field,
                  guint           line)
{
  const char      *name = row->values[field];
  g_autofree char *key = NULL;
  g_autofree char *message = NULL;
  g_autoptr (QsImportProblem) problem = NULL;

  if (name == NULL || *name == '\0' || self->create_departments)
    return;
  key = g_utf8_casefold (name, -1);
  if (g_hash_table_contains (departments, key))
    return;
  message = g_strdup_printf (
    _ ("line %u, column %u: there is no department “%s”; create it, or correct the name."), line,
    row->columns[field], name);
  problem = qs_import_problem_new (QS_IMPORT_PROBLEM_UNKNOWN_DEPARTMENT, line, row->columns[field],
                                   field, message);
  qs_import_problem_set_value (problem, name);
  g_list_store_append (problems, problem);
}

static gboolean
maps_departments (QsClientImport *self)
{
  guint i;

  for (i = 0; i < self->n_columns; i++)
    if (self->mapping[i] == QS_IMPORT_FIELD_DEPARTMENT ||
        self->mapping[i] == QS_IMPORT_FIELD_PARENT_DEPARTMENT)
      return TRUE;
  return FALSE;
}

GListModel *
qs_client_import_check_on (QsClientImport *self, QsStore *store, GError **error)
{
  g_autoptr (GListStore) problems = g_list_store_new (QS_TYPE_IMPORT_PROBLEM);
  g_autoptr (GHashTable) departments = NULL;
  g_autoptr (GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GError) local_error = NULL;
  gboolean    has_family = FALSE;
  QsImportRow row;
  guint       line = 0, n_fields = 0;
  guint       i;

  departments = qs_client_import_load_departments (store, error);
  if (departments == NULL)
    return NULL;

  for (i = 0; i < self->n_columns; i++)
    has_family |= self->mapping[i] == QS_IMPORT_FIELD_FAMILY_NAME;
  if (!has_family)
    add_problem (
      problems, QS_IMPORT_PROBLEM_MISSING_NAME, 1, 0, QS_IMPORT_FIELD_FAMILY_NAME,
      g_strdup (_ ("line 1: no column is the family name; choose which column holds it.")));

  qs_csv_reader_rewind (self->reader);
  qs_csv_reader_next (self->reader, NULL, NULL, NULL);
  self->n_rows = 0;
  while (qs_client_import_read_row (self, &row, &line, &n_fields, &local_error))
    {
      const char *email = row.values[QS_IMPORT_FIELD_EMAIL];
      const char *text;

      self->n_rows++;
      if (n_fields != self->n_columns)
        {
          add_problem (
            problems, QS_IMPORT_PROBLEM_RAGGED_ROW, line, MIN (n_fields, self->n_columns) + 1,
            QS_IMPORT_FIELD_IGNORE,
            g_strdup_printf (_ ("line %u, column %u: the row has %u fields where the first row "
                                "names %u columns; check for a missing or extra separator."),
                             line, MIN (n_fields, self->n_columns) + 1, n_fields, self->n_columns));
          continue;
        }

      if (has_family && (text = row.values[QS_IMPORT_FIELD_FAMILY_NAME]) != NULL && *text == '\0')
        add_problem (problems, QS_IMPORT_PROBLEM_MISSING_NAME, line,
                     row.columns[QS_IMPORT_FIELD_FAMILY_NAME], QS_IMPORT_FIELD_FAMILY_NAME,
                     g_strdup_printf (_ ("line %u, column %u: the family name is empty; write it."),
                                      line, row.columns[QS_IMPORT_FIELD_FAMILY_NAME]));

      if (email != NULL && *email != '\0')
        {
          g_autofree char *key = g_utf8_casefold (email, -1);
          guint            first;

          if (!qs_directory_email_is_valid (email))
            add_problem (problems, QS_IMPORT_PROBLEM_BAD_EMAIL, line,
                         row.columns[QS_IMPORT_FIELD_EMAIL], QS_IMPORT_FIELD_EMAIL,
                         g_strdup_printf (_ ("line %u, column %u: “%s” is not an e-mail address."),
                                          line, row.columns[QS_IMPORT_FIELD_EMAIL], email));
          else if ((first = GPOINTER_TO_UINT (g_hash_table_lookup (emails, key))) != 0)
            add_problem (problems, QS_IMPORT_PROBLEM_DUPLICATE_EMAIL, line,
                         row.columns[QS_IMPORT_FIELD_EMAIL], QS_IMPORT_FIELD_EMAIL,
                         g_strdup_printf (_ ("line %u, column %u: the e-mail “%s” is already on "
                                             "line %u; each person appears once."),
                                          line, row.columns[QS_IMPORT_FIELD_EMAIL], email, first));
          else
            g_hash_table_insert (emails, g_steal_pointer (&key), GUINT_TO_POINTER (line));
        }

      check_department (self, problems, departments, &row, QS_IMPORT_FIELD_DEPARTMENT, line);
      check_department (self, problems, departments, &row, QS_IMPORT_FIELD_PARENT_DEPARTMENT, line);

      if ((text = row.values[QS_IMPORT_FIELD_LANGUAGE]) != NULL &&
          qs_client_import_parse_language (text) < 0)
        add_problem (problems, QS_IMPORT_PROBLEM_BAD_VALUE, line,
                     row.columns[QS_IMPORT_FIELD_LANGUAGE], QS_IMPORT_FIELD_LANGUAGE,
                     g_strdup_printf (
                       _ ("line %u, column %u: “%s” is not a language; write French or English."),
                       line, row.columns[QS_IMPORT_FIELD_LANGUAGE], text));
      if ((text = row.values[QS_IMPORT_FIELD_PREFERRED_CHANNEL]) != NULL &&
          qs_client_import_parse_channel (text) < 0)
        add_problem (
          problems, QS_IMPORT_PROBLEM_BAD_VALUE, line,
          row.columns[QS_IMPORT_FIELD_PREFERRED_CHANNEL], QS_IMPORT_FIELD_PREFERRED_CHANNEL,
          g_strdup_printf (
            _ ("line %u, column %u: “%s” is not a channel; write e.g. e-mail, phone or in person."),
            line, row.columns[QS_IMPORT_FIELD_PREFERRED_CHANNEL], text));
      if ((text = row.values[QS_IMPORT_FIELD_SURVEY_CONSENT]) != NULL &&
          qs_client_import_parse_boolean (text) < 0)
        add_problem (problems, QS_IMPORT_PROBLEM_BAD_VALUE, line,
                     row.columns[QS_IMPORT_FIELD_SURVEY_CONSENT], QS_IMPORT_FIELD_SURVEY_CONSENT,
                     g_strdup_printf (_ ("line %u, column %u: “%s” is not yes or no."), line,
                                      row.columns[QS_IMPORT_FIELD_SURVEY_CONSENT], text));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* Without departments to look up, a clean file stays clean whatever
   * the database holds: the run need not read it twice. */
  self->clean_serial = 0;
  if (g_list_model_get_n_items (G_LIST_MODEL (problems)) == 0 &&
      (self->create_departments || !maps_departments (self)))
    self->clean_serial = self->serial;
  return G_LIST_MODEL (g_steal_pointer (&problems));
}

/**
 * qs_client_import_check:
 *
 * Returns: (transfer full): the file's problems (QsImportProblem), in
 *   file order, or %NULL when it cannot be read
 */
GListModel *
qs_client_import_check (QsClientImport *self, GError **error)
{
  g_return_val_if_fail (QS_IS_CLIENT_IMPORT (self), NULL);

  return qs_client_import_check_on (self, self->store, error);
}
