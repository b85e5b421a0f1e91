/* test-catalog.c — the .mo reader and the Plural-Forms evaluator behind documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Catalogues are built here, by msgfmt from a small .po (both byte
 * orders) or byte by byte (both byte orders, and damaged on purpose). The
 * expected forms of the plural rules are worked out by hand from the
 * rules' definitions. QUALSERV_LOCALEDIR points at a folder of the test's
 * own, where the languages "xx" and "zz" live.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "qs-catalog.h"
#include "qs-error.h"
#include "qs-plural-rule.h"
#include "qs-test-util.h"

#define FRENCH_PLURALS "nplurals=2; plural=(n > 1);"
#define POLISH_PLURALS                                                                             \
  "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"

static char *tmp_dir;

/* A .mo file written byte by byte -------------------------------------- */

typedef struct
{
  const char *original; /* "msgid", "ctx\004msgid" or "msgid\0plural" */
  gsize       original_length;
  const char *translation; /* forms separated by NULs */
  gsize       translation_length;
} MoEntry;

#define ENTRY(o, t)                                                                                \
  {                                                                                                \
    o, sizeof o - 1, t, sizeof t - 1                                                               \
  }

static void
put_word (GByteArray *mo, gsize offset, guint32 value, gboolean big_endian)
{
  for (guint i = 0; i < 4; i++)
    mo->data[offset + i] = big_endian ? value >> (8 * (3 - i)) : value >> (8 * i);
}

/* The header, the table of originals, the table of translations, then
 * the strings, each followed by a NUL. */
static GByteArray *
write_mo (const MoEntry *entries, guint n, gboolean big_endian)
{
  GByteArray *mo = g_byte_array_new ();
  gsize       originals = 28, translations = 28 + 8 * n, strings = 28 + 16 * n;

  g_byte_array_set_size (mo, strings);
  memset (mo->data, 0, strings);
  put_word (mo, 0, 0x950412de, big_endian);
  put_word (mo, 4, 0, big_endian);
  put_word (mo, 8, n, big_endian);
  put_word (mo, 12, originals, big_endian);
  put_word (mo, 16, translations, big_endian);
  for (guint i = 0; i < n; i++)
    {
      for (guint side = 0; side < 2; side++)
        {
          const char *text = side == 0 ? entries[i].original : entries[i].translation;
          gsize length = side == 0 ? entries[i].original_length : entries[i].translation_length;
          gsize table = side == 0 ? originals : translations;
          gsize offset = mo->len;

          g_byte_array_append (mo, (const guint8 *) text, length);
          g_byte_array_append (mo, (const guint8 *) "", 1);
          put_word (mo, table + 8 * i, length, big_endian);
          put_word (mo, table + 8 * i + 4, offset, big_endian);
        }
    }
  return mo;
}

static char *
save (const char *name, const void *data, gsize length)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

/* The catalogue of @data, or NULL; a damaged file must set QS_ERROR_PARSE. */
static QsCatalog *
load_bytes (const void *data, gsize length)
{
  static guint     count;
  g_autofree char *name = g_strdup_printf ("test-%u.mo", count++);
  g_autofree char *path = save (name, data, length);
  g_autoptr (GError) error = NULL;
  QsCatalog *catalog = qs_catalog_new_from_file (path, &error);

  g_unlink (path);

  if (catalog == NULL)
    g_assert_error (error, QS_ERROR, QS_ERROR_PARSE);
  else
    g_assert_no_error (error);
  return catalog;
}

static void
assert_damaged (GByteArray *mo)
{
  g_autoptr (QsCatalog) catalog = load_bytes (mo->data, mo->len);

  g_assert_null (catalog);
}

static const MoEntry french_entries[] = {
  ENTRY ("", "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: " FRENCH_PLURALS "\n"),
  ENTRY ("Monday", "lundi"),
  ENTRY ("document\004May", "mai"),
  ENTRY ("May", "peut"),
  ENTRY ("%s day\0%s days", "%s jour\0%s jours"),
  ENTRY ("document\004%s hour\0%s hours", "%s heure\0%s heures"),
  ENTRY ("document\004decimal-plural:2", "decimal-plural:n"),
  ENTRY ("%1$s of %2$s", "%2$s de %1$s"),
};

static void
check_french (QsCatalog *catalog)
{
  g_assert_nonnull (catalog);
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Monday"), ==, "lundi");
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Tuesday"), ==, "Tuesday");
  /* Contexts: the same msgid, translated apart. */
  g_assert_cmpstr (qs_catalog_pgettext (catalog, "document", "May"), ==, "mai");
  g_assert_cmpstr (qs_catalog_gettext (catalog, "May"), ==, "peut");
  g_assert_cmpstr (qs_catalog_pgettext (catalog, "other", "May"), ==, "May");
  g_assert_cmpstr (qs_catalog_pgettext (catalog, "document", "Monday"), ==, "Monday");
  /* French: singular for 0 and 1. */
  g_assert_cmpuint (qs_catalog_get_n_plurals (catalog), ==, 2);
  g_assert_cmpstr (qs_catalog_ngettext (catalog, "%s day", "%s days", 0), ==, "%s jour");
  g_assert_cmpstr (qs_catalog_ngettext (catalog, "%s day", "%s days", 1), ==, "%s jour");
  g_assert_cmpstr (qs_catalog_ngettext (catalog, "%s day", "%s days", 2), ==, "%s jours");
  g_assert_cmpstr (qs_catalog_npgettext (catalog, "document", "%s hour", "%s hours", 1), ==,
                   "%s heure");
  g_assert_cmpstr (qs_catalog_npgettext (catalog, "document", "%s hour", "%s hours", 20000), ==,
                   "%s heures");
  g_assert_cmpstr (qs_catalog_npgettext (catalog, NULL, "%s hour", "%s hours", 1), ==, "%s hour");
  /* Decimals take the form of their whole part, as this catalogue says. */
  g_assert_cmpstr (qs_catalog_npgettext_amount (catalog, "document", "%s hour", "%s hours", 0.5),
                   ==, "%s heure");
  g_assert_cmpstr (qs_catalog_npgettext_amount (catalog, "document", "%s hour", "%s hours", 1.5),
                   ==, "%s heure");
  g_assert_cmpstr (qs_catalog_npgettext_amount (catalog, "document", "%s hour", "%s hours", 2.5),
                   ==, "%s heures");
  g_assert_cmpstr (qs_catalog_npgettext_amount (catalog, "document", "%s hour", "%s hours", -1.5),
                   ==, "%s heure");
  /* No translation: English, where 1.5 is plural. */
  g_assert_cmpstr (qs_catalog_npgettext_amount (catalog, "document", "minute", "minutes", 1.5), ==,
                   "minutes");
  g_assert_cmpstr (qs_catalog_npgettext_amount (catalog, "document", "minute", "minutes", 1), ==,
                   "minute");
  /* A translation may reorder its arguments. */
  g_assert_cmpstr (qs_catalog_gettext (catalog, "%1$s of %2$s"), ==, "%2$s de %1$s");
}

static void
test_byte_orders (void)
{
  for (int big_endian = 0; big_endian <= 1; big_endian++)
    {
      g_autoptr (GByteArray) mo =
        write_mo (french_entries, G_N_ELEMENTS (french_entries), big_endian);
      g_autoptr (QsCatalog) catalog = NULL;

      /* The magic as each byte order writes it. */
      g_assert_cmpuint (mo->data[0], ==, big_endian ? 0x95 : 0xde);
      catalog = load_bytes (mo->data, mo->len);
      check_french (catalog);
    }
}

static const char french_po[] = "msgid \"\"\n"
                                "msgstr \"\"\n"
                                "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                                "\"Plural-Forms: " FRENCH_PLURALS "\\n\"\n"
                                "\n"
                                "msgid \"Monday\"\n"
                                "msgstr \"lundi\"\n"
                                "\n"
                                "msgctxt \"document\"\n"
                                "msgid \"May\"\n"
                                "msgstr \"mai\"\n"
                                "\n"
                                "msgid \"May\"\n"
                                "msgstr \"peut\"\n"
                                "\n"
                                "#, c-format\n"
                                "msgid \"%s day\"\n"
                                "msgid_plural \"%s days\"\n"
                                "msgstr[0] \"%s jour\"\n"
                                "msgstr[1] \"%s jours\"\n"
                                "\n"
                                "#, c-format\n"
                                "msgctxt \"document\"\n"
                                "msgid \"%s hour\"\n"
                                "msgid_plural \"%s hours\"\n"
                                "msgstr[0] \"%s heure\"\n"
                                "msgstr[1] \"%s heures\"\n"
                                "\n"
                                "msgctxt \"document\"\n"
                                "msgid \"decimal-plural:2\"\n"
                                "msgstr \"decimal-plural:n\"\n"
                                "\n"
                                "#, c-format\n"
                                "msgid \"%1$s of %2$s\"\n"
                                "msgstr \"%2$s de %1$s\"\n";

/* The catalogue msgfmt makes of @po in @endianness. */
static QsCatalog *
compile (const char *po, const char *endianness)
{
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  g_autofree char *po_path = save ("test.po", po, strlen (po));
  g_autofree char *mo_path = g_build_filename (tmp_dir, "compiled.mo", NULL);
  g_autofree char *option = g_strdup_printf ("--endianness=%s", endianness);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  const char      *argv[] = { msgfmt, "--check-format", option, "-o", mo_path, po_path, NULL };
  int              status;
  gsize            length;

  if (msgfmt == NULL)
    g_error ("msgfmt is missing: install gettext to run this test");
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  g_file_get_contents (mo_path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >=, 4);
  g_assert_cmpuint ((guchar) contents[0], ==, g_str_equal (endianness, "big") ? 0x95 : 0xde);
  return load_bytes (contents, length);
}

static void
test_msgfmt (void)
{
  g_autoptr (QsCatalog) little = compile (french_po, "little");
  g_autoptr (QsCatalog) big = compile (french_po, "big");

  check_french (little);
  check_french (big);
}

static void
test_polish_plurals (void)
{
  static const MoEntry entries[] = {
    ENTRY ("", "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: " POLISH_PLURALS "\n"),
    ENTRY ("document\004%s hour\0%s hours", "%s godzina\0%s godziny\0%s godzin"),
  };
  /* one: 1; few: 2–4, 22–24, 102–104… but not 12–14; many: the rest. */
  static const struct
  {
    gulong      n;
    const char *form;
  } cases[] = {
    { 0, "%s godzin" },   { 1, "%s godzina" },      { 2, "%s godziny" }, { 4, "%s godziny" },
    { 5, "%s godzin" },   { 11, "%s godzin" },      { 12, "%s godzin" }, { 14, "%s godzin" },
    { 21, "%s godzin" },  { 22, "%s godziny" },     { 25, "%s godzin" }, { 102, "%s godziny" },
    { 112, "%s godzin" }, { 1000001, "%s godzin" },
  };
  g_autoptr (GByteArray) mo = write_mo (entries, G_N_ELEMENTS (entries), FALSE);
  g_autoptr (QsCatalog) catalog = load_bytes (mo->data, mo->len);

  g_assert_nonnull (catalog);
  g_assert_cmpuint (qs_catalog_get_n_plurals (catalog), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (qs_catalog_npgettext (catalog, "document", "%s hour", "%s hours", cases[i].n),
                     ==, cases[i].form);
  /* Without a rule for decimals, a decimal takes the form of 2. */
  g_assert_cmpstr (qs_catalog_npgettext_amount (catalog, "document", "%s hour", "%s hours", 1.5),
                   ==, "%s godziny");
  g_assert_cmpstr (qs_catalog_npgettext_amount (catalog, "document", "%s hour", "%s hours", 5.5),
                   ==, "%s godziny");
  g_assert_cmpstr (qs_catalog_npgettext_amount (catalog, "document", "%s hour", "%s hours", 5), ==,
                   "%s godzin");
  g_assert_cmpuint (qs_catalog_get_plural_form (catalog, 1), ==, 0);
  g_assert_cmpuint (qs_catalog_get_plural_form (catalog, 3), ==, 1);
  g_assert_cmpuint (qs_catalog_get_plural_form (catalog, 7), ==, 2);
}

/* A rule that gives a form the catalogue does not have falls back to the
 * first, as gettext does; a missing form is English. */
static void
test_forms_out_of_range (void)
{
  static const MoEntry entries[] = {
    ENTRY ("", "Plural-Forms: nplurals=2; plural=n;\n"),
    ENTRY ("%s hour\0%s hours", "%s heure"),
  };
  g_autoptr (GByteArray) mo = write_mo (entries, G_N_ELEMENTS (entries), TRUE);
  g_autoptr (QsCatalog) catalog = load_bytes (mo->data, mo->len);

  g_assert_nonnull (catalog);
  g_assert_cmpstr (qs_catalog_ngettext (catalog, "%s hour", "%s hours", 0), ==, "%s heure");
  g_assert_cmpstr (qs_catalog_ngettext (catalog, "%s hour", "%s hours", 1), ==, "%s hour");
  g_assert_cmpstr (qs_catalog_ngettext (catalog, "%s hour", "%s hours", 7), ==, "%s heure");
}

static void
test_missing (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "nowhere.mo", NULL);
  g_autoptr (GError) error = NULL;
  QsCatalog *catalog = qs_catalog_new_from_file (path, &error);

  g_assert_null (catalog);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  /* A language without a file writes English. */
  catalog = qs_catalog_get ("yy");
  g_assert_nonnull (catalog);
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Monday"), ==, "Monday");
  g_assert_cmpstr (qs_catalog_ngettext (catalog, "%s day", "%s days", 1), ==, "%s day");
  g_assert_cmpstr (qs_catalog_ngettext (catalog, "%s day", "%s days", 0), ==, "%s days");
  g_assert_cmpstr (qs_catalog_npgettext_amount (catalog, NULL, "%s day", "%s days", 1.5), ==,
                   "%s days");
  g_assert_true (qs_catalog_get ("yy") == catalog);

  /* English needs no file; a name that is not a language is not a path. */
  catalog = qs_catalog_get ("en");
  g_assert_cmpstr (qs_catalog_pgettext (catalog, "document", "May"), ==, "May");
  g_assert_cmpstr (qs_catalog_gettext (qs_catalog_get ("../xx"), "Monday"), ==, "Monday");
  g_assert_cmpstr (qs_catalog_gettext (qs_catalog_get (""), "Monday"), ==, "Monday");
  g_assert_cmpstr (qs_catalog_gettext (qs_catalog_get_for_language (QS_LANGUAGE_EN), "Monday"), ==,
                   "Monday");
}

static void
test_damaged (void)
{
  g_autoptr (GByteArray) good = write_mo (french_entries, G_N_ELEMENTS (french_entries), FALSE);
  GByteArray *mo;

  /* Every truncation. */
  for (guint length = 0; length < good->len; length++)
    {
      g_autoptr (QsCatalog) catalog = load_bytes (good->data, length);

      g_assert_null (catalog);
    }

#define DAMAGED(...)                                                                               \
  G_STMT_START                                                                                     \
  {                                                                                                \
    mo = g_byte_array_sized_new (good->len);                                                       \
    g_byte_array_append (mo, good->data, good->len);                                               \
    __VA_ARGS__;                                                                                   \
    assert_damaged (mo);                                                                           \
    g_byte_array_unref (mo);                                                                       \
  }                                                                                                \
  G_STMT_END

  DAMAGED (mo->data[0] ^= 0xff);                              /* not the magic */
  DAMAGED (put_word (mo, 4, 2 << 16, FALSE));                 /* an unknown revision */
  DAMAGED (put_word (mo, 8, 0xffffffff, FALSE));              /* a huge count */
  DAMAGED (put_word (mo, 8, (mo->len - 28) / 16 + 1, FALSE)); /* one too many */
  DAMAGED (put_word (mo, 12, 0xfffffff0, FALSE));             /* originals past the end */
  DAMAGED (put_word (mo, 16, mo->len, FALSE));                /* translations at the end */
  DAMAGED (put_word (mo, 28 + 8 + 4, 0xffffffff, FALSE));     /* a string past the end */
  DAMAGED (put_word (mo, 28 + 8, 0xffffffff, FALSE));         /* a string longer than the file */
  DAMAGED (put_word (mo, 28 + 8, 0xfffffff0, FALSE);
           put_word (mo, 28 + 8 + 4, 0x20, FALSE)); /* a length that wraps around */
  DAMAGED (mo->data[mo->len - 1] = 'x');            /* no NUL at the end */

#undef DAMAGED
}

static void
test_damaged_plural_forms (void)
{
  static const char *headers[] = {
    "Plural-Forms: nplurals=2; plural=n >;\n",
    "Plural-Forms: nplurals=0; plural=0;\n",
    "Plural-Forms: nplurals=1000; plural=n;\n",
    "Plural-Forms: nplurals=2;\n",
    "Plural-Forms: plural=n != 1;\n",
    "Plural-Forms: nplurals=2; plural=n != 1 garbage;\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      MoEntry entries[] = { { "", 0, headers[i], strlen (headers[i]) }, ENTRY ("Monday", "lundi") };
      g_autoptr (GByteArray) mo = write_mo (entries, G_N_ELEMENTS (entries), FALSE);

      assert_damaged (mo);
    }

  /* Nested deeper than any real rule: refused, not a stack overflow. */
  {
    g_autoptr (GString) header = g_string_new ("Plural-Forms: nplurals=2; plural=");
    g_autoptr (GByteArray) mo = NULL;
    MoEntry entries[2] = { { 0 }, ENTRY ("Monday", "lundi") };

    for (guint i = 0; i < 100000; i++)
      g_string_append_c (header, '(');
    g_string_append (header, "n;\n");
    entries[0] = (MoEntry){ "", 0, header->str, header->len };
    mo = write_mo (entries, G_N_ELEMENTS (entries), FALSE);
    assert_damaged (mo);
  }
}

/* An entry whose translation would print other arguments, or is not
 * UTF-8, is left out: its English is used. The rest stays. */
static void
test_bad_entries (void)
{
  static const MoEntry entries[] = {
    ENTRY ("", "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: " FRENCH_PLURALS "\n"),
    ENTRY ("%s request", "%d demande"),
    ENTRY ("Hello %s", "Bonjour %s%n"),
    ENTRY ("Due %s", "Échéance %s %s"),
    ENTRY ("Width %s", "Largeur %*s"),
    ENTRY ("Mixed %1$s %2$s", "%1$s %s"),
    ENTRY ("Gap %1$s %2$s", "%2$s"),
    ENTRY ("Version %lld", "Version %d"),
    ENTRY ("Bytes", "\xff\xfe"),
    ENTRY ("%s day\0%s days", "un jour\0%s jours"),
    ENTRY ("%s week\0%s weeks", "%s semaine\0%d semaines"),
    ENTRY ("Percent %s %%", "Pourcentage %s\xc2\xa0%%"),
    ENTRY ("Monday", "lundi"),
  };
  g_autoptr (GByteArray) mo = write_mo (entries, G_N_ELEMENTS (entries), FALSE);
  g_autoptr (QsCatalog) catalog = load_bytes (mo->data, mo->len);

  g_assert_nonnull (catalog);
  g_assert_cmpstr (qs_catalog_gettext (catalog, "%s request"), ==, "%s request");
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Hello %s"), ==, "Hello %s");
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Due %s"), ==, "Due %s");
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Width %s"), ==, "Width %s");
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Mixed %1$s %2$s"), ==, "Mixed %1$s %2$s");
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Gap %1$s %2$s"), ==, "Gap %1$s %2$s");
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Version %lld"), ==, "Version %lld");
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Bytes"), ==, "Bytes");
  /* A form may leave the number out, as "un jour". */
  g_assert_cmpstr (qs_catalog_ngettext (catalog, "%s day", "%s days", 1), ==, "un jour");
  g_assert_cmpstr (qs_catalog_ngettext (catalog, "%s day", "%s days", 3), ==, "%s jours");
  g_assert_cmpstr (qs_catalog_ngettext (catalog, "%s week", "%s weeks", 3), ==, "%s weeks");
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Percent %s %%"), ==, "Pourcentage %s\u00a0%%");
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Monday"), ==, "lundi");
}

/* A catalogue in another charset is read in UTF-8. */
static void
test_charset (void)
{
  static const MoEntry entries[] = {
    ENTRY ("", "Content-Type: text/plain; charset=ISO-8859-1\n"),
    ENTRY ("Coffee", "caf\xe9"),
  };
  g_autoptr (GByteArray) mo = write_mo (entries, G_N_ELEMENTS (entries), TRUE);
  g_autoptr (QsCatalog) catalog = load_bytes (mo->data, mo->len);

  g_assert_nonnull (catalog);
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Coffee"), ==, "café");
}

static void
install_language (const char *language, GByteArray *mo)
{
  g_autofree char *dir = g_build_filename (tmp_dir, language, "LC_MESSAGES", NULL);
  g_autofree char *path = g_build_filename (dir, "qualserv.mo", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, (const char *) mo->data, mo->len, &error);
  g_assert_no_error (error);
}

static gpointer
get_in_thread (gpointer data)
{
  QsCatalog *catalog = qs_catalog_get ("xx");

  g_assert_cmpstr (qs_catalog_gettext (catalog, "Monday"), ==, "lundi");
  return catalog;
}

/* One catalogue per language, read once, whichever thread asks first; a
 * territory, codeset or modifier falls back to the language. */
static void
test_get (void)
{
  g_autoptr (GByteArray) mo = write_mo (french_entries, G_N_ELEMENTS (french_entries), FALSE);
  GThread   *threads[8];
  QsCatalog *catalog;

  install_language ("xx", mo);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("catalog", get_in_thread, NULL);
  catalog = qs_catalog_get ("xx");
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (g_thread_join (threads[i]) == catalog);
  check_french (catalog);
  g_assert_cmpstr (qs_catalog_get_language (catalog), ==, "xx");

  catalog = qs_catalog_get ("xx_YY.UTF-8@euro");
  g_assert_cmpstr (qs_catalog_get_language (catalog), ==, "xx_YY.UTF-8@euro");
  check_french (catalog);
}

/* A damaged file in the locale folder: English, and no crash. */
static void
test_get_damaged (void)
{
  g_autoptr (GByteArray) mo = write_mo (french_entries, G_N_ELEMENTS (french_entries), FALSE);
  QsCatalog *catalog;

  put_word (mo, 8, 0x7fffffff, FALSE);
  install_language ("zz", mo);
  catalog = qs_catalog_get ("zz");
  g_assert_nonnull (catalog);
  g_assert_cmpstr (qs_catalog_gettext (catalog, "Monday"), ==, "Monday");
  g_assert_cmpstr (qs_catalog_pgettext (catalog, "document", "May"), ==, "May");
  g_assert_cmpstr (qs_catalog_ngettext (catalog, "%s day", "%s days", 2), ==, "%s days");
}

/* The evaluator --------------------------------------------------------- */

static gulong
evaluate (const char *expression, gulong n)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (QsPluralRule) rule = qs_plural_rule_parse (expression, &error);

  g_assert_no_error (error);
  return qs_plural_rule_evaluate (rule, n);
}

static void
test_rule_grammar (void)
{
  g_assert_cmpuint (evaluate ("n != 1", 0), ==, 1);
  g_assert_cmpuint (evaluate ("n != 1", 1), ==, 0);
  g_assert_cmpuint (evaluate ("(n > 1)", 1), ==, 0);
  g_assert_cmpuint (evaluate ("(n > 1)", 2), ==, 1);
  g_assert_cmpuint (evaluate ("0", 5), ==, 0);
  /* Precedence and associativity as in C. */
  g_assert_cmpuint (evaluate ("1 + 2 * 3", 0), ==, 7);
  g_assert_cmpuint (evaluate ("(1 + 2) * 3", 0), ==, 9);
  g_assert_cmpuint (evaluate ("10 - 2 - 3", 0), ==, 5);
  g_assert_cmpuint (evaluate ("100 / 10 / 5", 0), ==, 2);
  g_assert_cmpuint (evaluate ("n % 10 * 2", 17), ==, 14);
  g_assert_cmpuint (evaluate ("n < 2 == 1", 1), ==, 1);
  g_assert_cmpuint (evaluate ("n <= 2 && n >= 2", 2), ==, 1);
  g_assert_cmpuint (evaluate ("n>=3||n<=1", 2), ==, 0);
  g_assert_cmpuint (evaluate ("0 && 1 || 1", 0), ==, 1);
  g_assert_cmpuint (evaluate ("1 || 0 && 0", 0), ==, 1);
  g_assert_cmpuint (evaluate ("!n", 0), ==, 1);
  g_assert_cmpuint (evaluate ("!n", 5), ==, 0);
  g_assert_cmpuint (evaluate ("!!n", 5), ==, 1);
  g_assert_cmpuint (evaluate ("!n + 1", 0), ==, 2);
  /* ?: binds loosest and groups to the right. */
  for (gulong n = 1; n <= 3; n++)
    g_assert_cmpuint (evaluate ("n == 1 ? 10 : n == 2 ? 20 : 30", n), ==, n * 10);
  g_assert_cmpuint (evaluate ("n ? n == 1 ? 1 : 2 : 3", 0), ==, 3);
  g_assert_cmpuint (evaluate ("n ? n == 1 ? 1 : 2 : 3", 7), ==, 2);
  g_assert_cmpuint (evaluate ("n || 0 ? 4 : 5", 1), ==, 4);
  /* Unsigned arithmetic; no division by zero. */
  g_assert_cmpuint (evaluate ("0 - 1", 0), ==, G_MAXULONG);
  g_assert_cmpuint (evaluate ("n / 0", 9), ==, 0);
  g_assert_cmpuint (evaluate ("n % (n - n)", 9), ==, 0);
  /* The expression ends at ";" or a new line, as in a header. */
  g_assert_cmpuint (evaluate ("n > 1;\nnot this", 3), ==, 1);
  g_assert_cmpuint (evaluate (" \tn\t", 4), ==, 4);
}

static void
test_rule_errors (void)
{
  static const char *wrong[] = {
    "",   "n +",       "(n",     "n)",  "n ? 1", "n ? 1 :",
    "x",  "n == == 1", "n =! 1", "- n", "n n",   "99999999999999999999999999",
    "()", "!",         "n ?: 1",
  };
  g_autoptr (GString) deep = g_string_new (NULL);
  g_autoptr (GString) nested = g_string_new (NULL);
  g_autoptr (GString) long_chain = g_string_new ("n");

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (QsPluralRule) rule = qs_plural_rule_parse (wrong[i], &error);

      g_assert_null (rule);
      g_assert_error (error, QS_ERROR, QS_ERROR_PARSE);
    }

  /* Deep nesting and long chains are refused past the limit… */
  for (guint i = 0; i < 300; i++)
    g_string_append_c (deep, '(');
  g_string_append_c (deep, 'n');
  for (guint i = 0; i < 300; i++)
    g_string_append_c (deep, ')');
  for (guint i = 0; i < QS_PLURAL_RULE_MAX_NODES; i++)
    g_string_append (long_chain, " + n");
  g_assert_null (qs_plural_rule_parse (deep->str, NULL));
  g_assert_null (qs_plural_rule_parse (long_chain->str, NULL));

  /* …but not below it. */
  for (guint i = 0; i < 50; i++)
    g_string_append (nested, "!(");
  g_string_append_c (nested, 'n');
  for (guint i = 0; i < 50; i++)
    g_string_append_c (nested, ')');
  g_assert_cmpuint (evaluate (nested->str, 3), ==, 3 != 0);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = qs_test_make_tmp_dir ("qs-catalog-XXXXXX");
  g_setenv ("QUALSERV_LOCALEDIR", tmp_dir, TRUE);

  g_test_add_func ("/catalog/byte-orders", test_byte_orders);
  g_test_add_func ("/catalog/msgfmt", test_msgfmt);
  g_test_add_func ("/catalog/polish-plurals", test_polish_plurals);
  g_test_add_func ("/catalog/forms-out-of-range", test_forms_out_of_range);
  g_test_add_func ("/catalog/missing", test_missing);
  g_test_add_func ("/catalog/damaged", test_damaged);
  g_test_add_func ("/catalog/damaged-plural-forms", test_damaged_plural_forms);
  g_test_add_func ("/catalog/bad-entries", test_bad_entries);
  g_test_add_func ("/catalog/charset", test_charset);
  g_test_add_func ("/catalog/get", test_get);
  g_test_add_func ("/catalog/get-damaged", test_get_damaged);
  g_test_add_func ("/plural-rule/grammar", test_rule_grammar);
  g_test_add_func ("/plural-rule/errors", test_rule_errors);

  status = g_test_run ();
  qs_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
