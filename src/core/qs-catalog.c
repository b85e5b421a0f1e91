/* qs-catalog.c — QualServ's translations in any language, whatever the process's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GNU .mo file is a 28-byte header — the magic 0x950412de in the
 * writer's byte order, a revision, the number N of strings, the offsets of
 * the table of originals and of the table of translations, and a hash
 * table this reader does not need — then two tables of N (length, offset)
 * pairs of 32-bit words pointing at NUL-terminated strings. An original is
 * "msgid", "context\004msgid", or "msgid\0msgid_plural"; a plural
 * translation holds its forms one after the other, each ending with a NUL.
 * The entry whose msgid is "" is the header (charset, Plural-Forms).
 * Everything is checked against the file's size before it is read, and
 * the strings are copied into a hash table: the file is not kept.
 *
 * Numbers with decimals. Plural-Forms only speaks of whole counts, but a
 * delay can be "1.5 hours": English takes the plural for any number with
 * decimals, French the form of the whole part ("1,5 heure", "2,5
 * heures"), and Polish or Russian the form they use for 2. Each catalogue
 * says which through the translation of "decimal-plural:2" (context
 * "document"): after the colon, an expression in the Plural-Forms grammar
 * where n is the whole part of the number, whose value is the count whose
 * plural form a number with decimals takes ("2" in English, "n" in
 * French), in the manner of GTK's "calendar:week_start:0".
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "qs-catalog.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-error.h"
#include "qs-plural-rule.h"

#define MO_MAGIC 0x950412deu
#define MO_HEADER_SIZE 28
#define MAX_FILE_SIZE (64 * 1024 * 1024)
#define MAX_PLURALS 32
#define MAX_ARGUMENTS 16
#define DECIMAL_PREFIX "decimal-plural:"

struct _QsCatalog
{
  gatomicrefcount ref_count;
  char           *language;
  GHashTable     *entries; /* original ("context\004msgid") → GStrv of forms */
  QsPluralRule   *plural;  /* NULL: n != 1 */
  guint           n_plurals;
  QsPluralRule   *decimal; /* NULL: 2, as in English */
};

static QsCatalog *
catalog_new (const char *language)
{
  QsCatalog *self = g_new0 (QsCatalog, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->language = g_strdup (language);
  self->entries =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  self->n_plurals = 2;
  return self;
}

QsCatalog *
qs_catalog_ref (QsCatalog *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
qs_catalog_unref (QsCatalog *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->language);
  g_hash_table_unref (self->entries);
  g_clear_pointer (&self->plural, qs_plural_rule_free);
  g_clear_pointer (&self->decimal, qs_plural_rule_free);
  g_free (self);
}

/* printf arguments -------------------------------------------------------- */

/* The type of each argument a format reads, by position: "d", "ld", "s",
 * "f"… (the length modifier and the kind of conversion). */
typedef struct
{
  guint n;
  char  type[MAX_ARGUMENTS][4];
} Arguments;

static char
conversion_kind (char conversion)
{
  switch (conversion)
    {
    case 'd':
    case 'i':
      return 'd';
    case 'o':
    case 'u':
    case 'x':
    case 'X':
      return 'u';
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
      return 'f';
    case 'c':
    case 's':
    case 'p':
      return conversion;
    default:
      /* Including %n, which writes: never from a catalogue. */
      return '\0';
    }
}

/* FALSE for a directive printf would misread or that a translation must
 * not use: "*" widths, %n, a conversion left unfinished, positional and
 * sequential arguments mixed, one argument read as two types. */
static gboolean
read_arguments (const char *format, Arguments *args)
{
  gboolean positional = FALSE, sequential = FALSE;
  guint    next = 0;

  memset (args, 0, sizeof *args);
  for (const char *p = strchr (format, '%'); p != NULL; p = strchr (p, '%'))
    {
      char  type[4] = "";
      guint position = 0, length = 0;
      char  kind;

      p++;
      if (*p == '%')
        {
          p++;
          continue;
        }
      if (g_ascii_isdigit (*p))
        {
          const char *q = p;
          guint       value = 0;

          while (g_ascii_isdigit (*q) && value <= MAX_ARGUMENTS)
            value = value * 10 + (*q++ - '0');
          if (*q == '$')
            {
              if (value == 0)
                return FALSE;
              position = value;
              p = q + 1;
            }
        }
      while (*p != '\0' && strchr ("-+ #0'I", *p) != NULL)
        p++;
      while (g_ascii_isdigit (*p))
        p++;
      if (*p == '.')
        for (p++; g_ascii_isdigit (*p); p++)
          ;
      while (*p != '\0' && strchr ("hlLqjzt", *p) != NULL)
        {
          if (length >= 2)
            return FALSE;
          type[length++] = *p++;
        }
      kind = conversion_kind (*p);
      if (kind == '\0')
        return FALSE;
      type[length] = kind;
      p++;

      if (position == 0)
        {
          sequential = TRUE;
          position = ++next;
        }
      else
        positional = TRUE;
      if ((positional && sequential) || position > MAX_ARGUMENTS)
        return FALSE;
      if (args->type[position - 1][0] != '\0' && strcmp (args->type[position - 1], type) != 0)
        return FALSE;
      memcpy (args->type[position - 1], type, sizeof type);
      args->n = MAX (args->n, position);
    }
  return TRUE;
}

/* Whether printf (@translation, …) reads no argument printf (@msgid, …)
 * would not, and each as the same type: the first arguments in order,
 * with none skipped (a translation may leave the last ones out, as
 * "une demande" for "%s request"). */
static gboolean
same_arguments (const char *msgid, const char *translation)
{
  Arguments expected, found;

  if (!read_arguments (translation, &found))
    return FALSE;
  if (!read_arguments (msgid, &expected))
    return found.n == 0;
  if (found.n > expected.n)
    return FALSE;
  for (guint i = 0; i < found.n; i++)
    if (found.type[i][0] == '\0' || strcmp (found.type[i], expected.type[i]) != 0)
      return FALSE;
  return TRUE;
}

/* Reading a .mo file ------------------------------------------------------ */

typedef struct
{
  const guchar *data;
  gsize         size;
  gboolean      big_endian;
} MoFile;

static guint32
read_word (const MoFile *mo, gsize offset)
{
  const guchar *p = mo->data + offset;

  if (mo->big_endian)
    return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
  return (guint32) p[3] << 24 | (guint32) p[2] << 16 | (guint32) p[1] << 8 | p[0];
}

/* The string of the (length, offset) pair at @entry, or NULL when it does
 * not lie inside the file, NUL-terminated. */
static const char *
read_string (const MoFile *mo, gsize entry, gsize *length)
{
  guint64 len = read_word (mo, entry);
  guint64 offset = read_word (mo, entry + 4);

  if (offset >= mo->size || len >= mo->size - offset || mo->data[offset + len] != '\0')
    return NULL;
  *length = len;
  return (const char *) mo->data + offset;
}

/* The value of header field @name ("charset=", "nplurals="), up to the
 * end of its line or ";", or NULL. */
static char *
header_field (const char *header, const char *line_start, const char *name)
{
  const char *line = header;
  gsize       prefix = strlen (line_start);

  while (line != NULL && *line != '\0')
    {
      const char *end = strchr (line, '\n');
      gsize       line_length = end != NULL ? (gsize) (end - line) : strlen (line);

      if (line_length >= prefix && g_ascii_strncasecmp (line, line_start, prefix) == 0)
        {
          g_autofree char *text = g_strndup (line, line_length);
          const char      *found = strstr (text, name);

          if (found == NULL)
            return NULL;
          found += strlen (name);
          return g_strndup (found, strcspn (found, ";\n"));
        }
      line = end != NULL ? end + 1 : NULL;
    }
  return NULL;
}

static gboolean
is_utf8_charset (const char *charset)
{
  return charset == NULL || g_ascii_strcasecmp (charset, "UTF-8") == 0 ||
         g_ascii_strcasecmp (charset, "UTF8") == 0 || g_ascii_strcasecmp (charset, "ASCII") == 0 ||
         g_ascii_strcasecmp (charset, "CHARSET") == 0;
}

/* The plural rule of @header; FALSE when it has one that cannot be read. */
static gboolean
read_plural_forms (QsCatalog *self, const char *header, GError **error)
{
  g_autofree char *n_plurals = header_field (header, "Plural-Forms:", "nplurals=");
  g_autofree char *expression = header_field (header, "Plural-Forms:", "plural=");
  guint64          n = 0;

  if (n_plurals == NULL && expression == NULL)
    return TRUE;
  if (n_plurals == NULL || expression == NULL ||
      !g_ascii_string_to_unsigned (g_strstrip (n_plurals), 10, 1, MAX_PLURALS, &n, NULL))
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE, "its Plural-Forms cannot be read");
      return FALSE;
    }
  self->plural = qs_plural_rule_parse (expression, error);
  self->n_plurals = n;
  return self->plural != NULL;
}

/* The forms of a translation of @length bytes at @text, each in UTF-8
 * and printing the arguments of @msgid or @msgid_plural; NULL to drop it. */
static GStrv
read_forms (
  const char *text, gsize length, const char *charset, const char *msgid, const char *msgid_plural)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  const char *end = text + length;

  for (const char *form = text; form <= end; form += strlen (form) + 1)
    {
      g_autofree char *converted = NULL;

      if (!is_utf8_charset (charset))
        {
          converted = g_convert (form, -1, "UTF-8", charset, NULL, NULL, NULL);
          if (converted == NULL)
            return NULL;
        }
      else
        converted = g_strdup (form);
      if (!g_utf8_validate (converted, -1, NULL))
        return NULL;
      if (!same_arguments (msgid, converted) &&
          (msgid_plural == NULL || !same_arguments (msgid_plural, converted)))
        return NULL;
      g_strv_builder_add (builder, converted);
    }
  return g_strv_builder_end (builder);
}

static gboolean
read_mo (QsCatalog *self, const guchar *data, gsize size, GError **error)
{
  MoFile           mo = { data, size, FALSE };
  g_autofree char *charset = NULL;
  guint32          revision;
  guint64          n, originals, translations;

  if (size < MO_HEADER_SIZE)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE, "it is too short for a catalogue");
      return FALSE;
    }
  if (read_word (&mo, 0) != MO_MAGIC)
    {
      mo.big_endian = TRUE;
      if (read_word (&mo, 0) != MO_MAGIC)
        {
          g_set_error (error, QS_ERROR, QS_ERROR_PARSE, "it is not a GNU catalogue");
          return FALSE;
        }
    }
  revision = read_word (&mo, 4);
  n = read_word (&mo, 8);
  originals = read_word (&mo, 12);
  translations = read_word (&mo, 16);
  if (revision >> 16 > 1)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE, "its revision %u.%u is unknown", revision >> 16,
                   revision & 0xffff);
      return FALSE;
    }
  if (originals > size || translations > size || n > (size - originals) / 8 ||
      n > (size - translations) / 8)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE, "its tables go past its end");
      return FALSE;
    }

  /* The header first: the charset and plural rule apply to the rest. */
  for (guint64 i = 0; i < n; i++)
    {
      gsize       original_length, length;
      const char *original = read_string (&mo, originals + 8 * i, &original_length);
      const char *header = read_string (&mo, translations + 8 * i, &length);

      if (original == NULL || header == NULL)
        {
          g_set_error (error, QS_ERROR, QS_ERROR_PARSE,
                       "string %" G_GUINT64_FORMAT " goes past its end", i);
          return FALSE;
        }
      if (original_length == 0)
        {
          charset = header_field (header, "Content-Type:", "charset=");
          if (charset != NULL)
            g_strstrip (charset);
          if (!read_plural_forms (self, header, error))
            return FALSE;
        }
    }

  for (guint64 i = 0; i < n; i++)
    {
      gsize       original_length, length;
      const char *original = read_string (&mo, originals + 8 * i, &original_length);
      const char *text = read_string (&mo, translations + 8 * i, &length);
      gsize       msgid_length = strlen (original);
      const char *msgid = strchr (original, '\004');
      const char *msgid_plural =
        msgid_length < original_length ? original + msgid_length + 1 : NULL;
      GStrv forms;

      if (original_length == 0)
        continue;
      msgid = msgid != NULL ? msgid + 1 : original;
      forms = read_forms (text, length, charset, msgid, msgid_plural);
      if (forms == NULL)
        {
          g_debug ("Catalogue %s: the translation of “%s” is dropped: it is not valid UTF-8 or "
                   "does not print the same arguments",
                   self->language, original);
          continue;
        }
      g_hash_table_replace (self->entries, g_strdup (original), forms);
    }
  return TRUE;
}

/* The catalogue's rule for numbers with decimals, once its entries are
 * read. */
static void
read_decimal_rule (QsCatalog *self)
{
  /* Translators: not printed. How a number with decimals ("1.5") chooses
   * between the plural forms of a unit in letters and documents for
   * clients. After "decimal-plural:", write an expression in n, the whole
   * part of the number, in the grammar of Plural-Forms, giving the count
   * whose form it takes. Keep "decimal-plural:2" if such numbers take the
   * form used for 2 (English "1.5 hours", Polish "1,5 godziny"); write
   * "decimal-plural:n" if they take the form of their whole part (French
   * "1,5 heure", "2,5 heures"). */
  const char *rule = qs_catalog_pgettext (self, "document", "decimal-plural:2");
  g_autoptr (GError) error = NULL;

  if (!g_str_has_prefix (rule, DECIMAL_PREFIX) || g_str_equal (rule, "decimal-plural:2"))
    return;
  self->decimal = qs_plural_rule_parse (rule + strlen (DECIMAL_PREFIX), &error);
  if (self->decimal == NULL)
    g_debug ("Catalogue %s: its rule for decimals is ignored: %s", self->language, error->message);
}

QsCatalog *
qs_catalog_new_from_file (const char *path, GError **error)
{
  g_autoptr (QsCatalog) self = NULL;
  g_autofree char *contents = NULL;
  GStatBuf         stat_buf;
  gsize            size;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_stat (path, &stat_buf) == 0 && stat_buf.st_size > MAX_FILE_SIZE)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE, "%s is too large for a catalogue", path);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &size, error))
    return NULL;

  self = catalog_new ("");
  if (!read_mo (self, (const guchar *) contents, size, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }
  read_decimal_rule (self);
  return g_steal_pointer (&self);
}

/* The catalogues of the process ----------------------------------------- */

G_LOCK_DEFINE_STATIC (catalogues);
static GHashTable *catalogues; /* language → QsCatalog, never freed */

/* Letters, digits, "_", "@", "." and "-" only: a language is part of a
 * path. */
static gboolean
is_language_code (const char *language)
{
  if (*language == '\0' || *language == '.')
    return FALSE;
  for (const char *p = language; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("_@.-", *p) == NULL)
      return FALSE;
  return TRUE;
}

static const char *
locale_directory (void)
{
  const char *dir = g_getenv ("QUALSERV_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

/* "fr_CA.UTF-8@euro" → "fr_CA@euro", "fr_CA", "fr". */
static GStrv
candidate_codes (const char *language)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *code = g_strdup (language);
  char            *modifier, *codeset, *territory;

  modifier = strchr (code, '@');
  codeset = strchr (code, '.');
  if (codeset != NULL && (modifier == NULL || codeset < modifier))
    memmove (codeset, modifier != NULL ? modifier : "",
             strlen (modifier != NULL ? modifier : "") + 1);
  g_strv_builder_add (builder, code);
  modifier = strchr (code, '@');
  if (modifier != NULL)
    {
      *modifier = '\0';
      g_strv_builder_add (builder, code);
    }
  territory = strchr (code, '_');
  if (territory != NULL)
    {
      *territory = '\0';
      g_strv_builder_add (builder, code);
    }
  return g_strv_builder_end (builder);
}

static QsCatalog *
load (const char *language)
{
  g_auto (GStrv) codes = NULL;

  if (!is_language_code (language))
    {
      g_debug ("Catalogue: “%s” is not a language; documents are written in English", language);
      return catalog_new (language);
    }
  codes = candidate_codes (language);
  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      g_autoptr (GError) error = NULL;
      QsCatalog *self;

      /* The msgids are the English text. */
      if (g_str_equal (codes[i], "en") || g_str_equal (codes[i], "C") ||
          g_str_equal (codes[i], "POSIX"))
        return catalog_new (language);
      path = g_build_filename (locale_directory (), codes[i], "LC_MESSAGES", GETTEXT_PACKAGE ".mo",
                               NULL);
      self = qs_catalog_new_from_file (path, &error);
      if (self != NULL)
        {
          g_free (self->language);
          self->language = g_strdup (language);
          return self;
        }
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT) || codes[i + 1] == NULL)
        {
          g_debug ("Catalogue %s: %s; documents in it are written in English", language,
                   error->message);
          return catalog_new (language);
        }
    }
  return catalog_new (language);
}

QsCatalog *
qs_catalog_get (const char *language)
{
  QsCatalog *self;

  g_return_val_if_fail (language != NULL, NULL);

  G_LOCK (catalogues);
  if (catalogues == NULL)
    catalogues = g_hash_table_new (g_str_hash, g_str_equal);
  self = g_hash_table_lookup (catalogues, language);
  if (self == NULL)
    {
      self = load (language);
      g_hash_table_insert (catalogues, g_strdup (language), self);
    }
  G_UNLOCK (catalogues);
  return self;
}

/* Documents look a catalogue up for every word: the catalogues of the
 * first QsLanguage values are remembered without a lock (a catalogue
 * lives as long as the process). */
static QsCatalog *by_language[8];

QsCatalog *
qs_catalog_get_for_language (QsLanguage language)
{
  QsCatalog  *self = (guint) language < G_N_ELEMENTS (by_language)
                       ? g_atomic_pointer_get (&by_language[language])
                       : NULL;
  const char *code;

  if (self != NULL)
    return self;
  /* The nick is the language's code: "fr", "en". */
  code = qs_enum_nick (QS_TYPE_LANGUAGE, language);
  self = qs_catalog_get (code != NULL ? code : "en");
  if ((guint) language < G_N_ELEMENTS (by_language))
    g_atomic_pointer_set (&by_language[language], self);
  return self;
}

/* Looking up ------------------------------------------------------------- */

static GStrv
lookup (QsCatalog *self, const char *context, const char *msgid)
{
  char             key[256];
  g_autofree char *long_key = NULL;
  gsize            context_length, msgid_length;

  if (context == NULL)
    return g_hash_table_lookup (self->entries, msgid);
  context_length = strlen (context);
  msgid_length = strlen (msgid);
  if (context_length + msgid_length + 2 <= sizeof key)
    {
      memcpy (key, context, context_length);
      key[context_length] = '\004';
      memcpy (key + context_length + 1, msgid, msgid_length + 1);
      return g_hash_table_lookup (self->entries, key);
    }
  long_key = g_strconcat (context, "\004", msgid, NULL);
  return g_hash_table_lookup (self->entries, long_key);
}

const char *
qs_catalog_gettext (QsCatalog *self, const char *msgid)
{
  return qs_catalog_pgettext (self, NULL, msgid);
}

const char *
qs_catalog_pgettext (QsCatalog *self, const char *context, const char *msgid)
{
  GStrv forms;

  g_return_val_if_fail (self != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  forms = lookup (self, context, msgid);
  return forms != NULL && forms[0][0] != '\0' ? forms[0] : msgid;
}

/* The plural form @index of the translation, or English when there is
 * none: @english_singular says which English form. */
static const char *
plural_form (QsCatalog  *self,
             const char *context,
             const char *msgid,
             const char *msgid_plural,
             gulong      index,
             gboolean    english_singular)
{
  GStrv forms = lookup (self, context, msgid);

  if (forms != NULL && index < g_strv_length (forms) && forms[index][0] != '\0')
    return forms[index];
  return english_singular ? msgid : msgid_plural;
}

static gulong
plural_index (QsCatalog *self, gulong n)
{
  gulong index = self->plural != NULL ? qs_plural_rule_evaluate (self->plural, n) : n != 1;

  /* As gettext does with a rule that does not match nplurals. */
  return index < self->n_plurals ? index : 0;
}

const char *
qs_catalog_ngettext (QsCatalog *self, const char *msgid, const char *msgid_plural, gulong n)
{
  return qs_catalog_npgettext (self, NULL, msgid, msgid_plural, n);
}

const char *
qs_catalog_npgettext (
  QsCatalog *self, const char *context, const char *msgid, const char *msgid_plural, gulong n)
{
  g_return_val_if_fail (self != NULL, n == 1 ? msgid : msgid_plural);
  g_return_val_if_fail (msgid != NULL && msgid_plural != NULL, NULL);

  return plural_form (self, context, msgid, msgid_plural, plural_index (self, n), n == 1);
}

gulong
qs_catalog_get_plural_form (QsCatalog *self, double amount)
{
  double whole;
  gulong count;

  g_return_val_if_fail (self != NULL, 0);

  amount = isnan (amount) ? 0 : fabs (amount);
  whole = floor (amount);
  count = whole < (double) G_MAXULONG ? (gulong) whole : G_MAXULONG;
  if (whole != amount)
    /* English: a number with decimals always takes the plural. */
    count = self->decimal != NULL ? qs_plural_rule_evaluate (self->decimal, count) : 2;
  return plural_index (self, count);
}

const char *
qs_catalog_npgettext_amount (
  QsCatalog *self, const char *context, const char *msgid, const char *msgid_plural, double amount)
{
  g_return_val_if_fail (self != NULL, amount == 1 ? msgid : msgid_plural);
  g_return_val_if_fail (msgid != NULL && msgid_plural != NULL, NULL);

  return plural_form (self, context, msgid, msgid_plural, qs_catalog_get_plural_form (self, amount),
                      fabs (amount) == 1);
}

const char *
qs_catalog_get_language (QsCatalog *self)
{
  g_return_val_if_fail (self != NULL, "");

  return self->language;
}

guint
qs_catalog_get_n_plurals (QsCatalog *self)
{
  g_return_val_if_fail (self != NULL, 2);

  return self->n_plurals;
}
