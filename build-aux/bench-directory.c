/* bench-directory.c — how fast the directory imports and searches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-directory DIR [--people N]
 *
 * Writes a CSV file of N people (default 100 000) in 40 departments into
 * DIR, imports it into a new database there with qs_client_import_run()
 * and prints the rows per second; then, over those people, times what a
 * keystroke in the search field costs — qs_directory_repository_set_people_filter()
 * and a reload of the list model, plus fetching the first screen of rows —
 * for the prefixes "t", "tr", "tre", "trem", "tremb" and a department
 * filter, in milliseconds (median of 5 runs).
 */
#include <stdlib.h>
#include <string.h>

#include "qs-client-import.h"
#include "qs-directory-repository.h"
#include "qs-entities.h"
#include "qs-store.h"

static const char *given[] = {
  "Anne", "Marc",  "Hélène", "Jean", "Zoé",   "Luc",  "Claire", "Paul",   "Inès",    "Hugo",
  "Léa",  "Louis", "Emma",   "Noah", "Chloé", "Adam", "Sarah",  "Nathan", "Camille", "Théo",
};
static const char *family[] = {
  "Martin",  "Bernard",  "Tremblay", "Dubois",  "Thomas",   "Robert",   "Richard",  "Petit",
  "Durand",  "Leroy",    "Moreau",   "Simon",   "Laurent",  "Lefebvre", "Michel",   "Garcia",
  "David",   "Bertrand", "Roux",     "Vincent", "Fournier", "Morel",    "Girard",   "André",
  "Lefèvre", "Mercier",  "Dupont",   "Lambert", "Bonnet",   "François", "Martinez", "Trembley",
};
static const char *roles[] = {
  "Comptable", "Technicien",   "Chargée de mission", "Directeur", "Assistante",
  "Juriste",   "Gestionnaire", "Trésorier",          "Analyste",  "Responsable",
};

static char *
make_csv (guint n)
{
  GString *csv = g_string_sized_new (n * 96);
  guint    i;

  g_string_append (csv, "Prénom;Nom;Courriel;Téléphone;Fonction;Service;Direction;Langue\r\n");
  for (i = 0; i < n; i++)
    {
      const char *g = given[g_random_int_range (0, G_N_ELEMENTS (given))];
      const char *f = family[g_random_int_range (0, G_N_ELEMENTS (family))];
      guint       d = g_random_int_range (0, 40);

      g_string_append_printf (
        csv, "%s;%s;p%u@example.org;+33 1 %02u %02u %02u %02u;%s;Service %u;Direction %u;%s\r\n", g,
        f, i, i % 100, (i / 100) % 100, d, i % 97, roles[i % G_N_ELEMENTS (roles)], d, d % 6,
        i % 5 == 0 ? "en" : "fr");
    }
  return g_string_free (csv, FALSE);
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
time_keystroke (QsQueryListModel *model,
                const char       *search,
                const char       *department_id,
                guint            *n_items)
{
  double runs[5];
  guint  r, i;

  for (r = 0; r < G_N_ELEMENTS (runs); r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (GError) error = NULL;

      qs_directory_repository_set_people_filter (model, search, department_id, -1, -1);
      if (!qs_query_list_model_reload (model, &error))
        g_error ("%s", error->message);
      *n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
      /* What a list view shows first. */
      for (i = 0; i < MIN (*n_items, 30); i++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i));
      runs[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (runs, G_N_ELEMENTS (runs), sizeof (double), compare_doubles);
  return runs[G_N_ELEMENTS (runs) / 2];
}

int
main (int argc, char *argv[])
{
  g_autofree char *db_path = NULL;
  g_autofree char *csv = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (QsStore) store = NULL;
  g_autoptr (QsClientImport) import = NULL;
  g_autoptr (QsQueryListModel) model = NULL;
  g_autoptr (GPtrArray) departments = NULL;
  g_autoptr (GError) error = NULL;
  const char *prefixes[] = { "t", "tr", "tre", "trem", "tremb", "tremblay h" };
  guint       n = 100000, added = 0, n_items = 0, i;
  gint64      start;
  double      seconds;

  if (argc < 2)
    {
      g_printerr ("usage: %s DIR [--people N]\n", argv[0]);
      return 2;
    }
  if (argc >= 4 && g_str_equal (argv[2], "--people"))
    n = (guint) g_ascii_strtoull (argv[3], NULL, 10);

  g_random_set_seed (1);
  csv = make_csv (n);
  bytes = g_bytes_new_take (csv, strlen (csv));
  csv = NULL;
  db_path = g_build_filename (argv[1], "directory.db", NULL);
  store = qs_store_open (db_path, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  start = g_get_monotonic_time ();
  import = qs_client_import_new (store, bytes, &error);
  if (import == NULL)
    g_error ("%s", error->message);
  qs_client_import_set_create_departments (import, TRUE);
  {
    g_autoptr (GListModel) problems = qs_client_import_check (import, &error);

    if (problems == NULL)
      g_error ("%s", error->message);
    g_print ("check alone (the preview's problems): %.2f s\n",
             (g_get_monotonic_time () - start) / 1e6);
  }
  start = g_get_monotonic_time ();
  if (!qs_client_import_run (import, NULL, &added, NULL, &error))
    g_error ("%s", error->message);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_print ("import: %u people in %.2f s, %.0f rows/s (%.1f MB of CSV)\n", added, seconds,
           added / seconds, g_bytes_get_size (bytes) / 1e6);

  model = qs_directory_repository_new_people_model (store);
  for (i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      double ms = time_keystroke (model, prefixes[i], NULL, &n_items);

      g_print ("search \"%s\": %.1f ms, %u people\n", prefixes[i], ms, n_items);
    }
  {
    double ms = time_keystroke (model, NULL, NULL, &n_items);

    g_print ("no filter: %.1f ms, %u people\n", ms, n_items);
  }
  departments = qs_directory_repository_get_departments (store, &error);
  if (departments == NULL)
    g_error ("%s", error->message);
  {
    const char *id = qs_entity_get_id (departments->pdata[departments->len - 1]);
    double      ms = time_keystroke (model, "tre", id, &n_items);

    g_print ("search \"tre\" in one department: %.1f ms, %u people\n", ms, n_items);
  }
  return 0;
}
