/* test-text.c — texts people type: blank ones, and names in a directory's order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "qs-text.h"

static void
test_blank (void)
{
  g_assert_true (qs_text_is_blank (NULL));
  g_assert_true (qs_text_is_blank (" \t\n"));
  g_assert_true (qs_text_is_blank ("\xc2\xa0 "));
  g_assert_false (qs_text_is_blank (" a "));
}

static void
test_sort_key (void)
{
  g_autofree char *belanger = qs_text_sort_key ("Bélanger", -1);
  g_autofree char *oeuvre = qs_text_sort_key ("ÉCOLE Noël", -1);

  g_assert_cmpstr (belanger, ==, "belanger");
  g_assert_cmpstr (oeuvre, ==, "ecole noel");
}

static int
compare (const char *a, const char *b)
{
  return qs_text_compare_for_sort (a, strlen (a), b, strlen (b));
}

static void
test_compare (void)
{
  /* With the B's, before Brown; case does not count first. */
  g_assert_cmpint (compare ("Bélanger", "Brown"), <, 0);
  g_assert_cmpint (compare ("bergeron", "Brown"), <, 0);
  g_assert_cmpint (compare ("Bélanger", "bergeron"), <, 0);
  g_assert_cmpint (compare ("Évanturel", "Evans"), >, 0);
  g_assert_cmpint (compare ("Smith", "smith"), !=, 0);
  g_assert_cmpint (compare ("Roy", "Roy"), ==, 0);
  /* A total order: only the very same bytes are equal. */
  g_assert_cmpint (compare ("Élise", "Elise"), ==, -compare ("Elise", "Élise"));
  g_assert_cmpint (compare ("Elise", "Élise"), !=, 0);
  g_assert_cmpint (compare ("Lee", "Leeds"), <, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/blank", test_blank);
  g_test_add_func ("/text/sort-key", test_sort_key);
  g_test_add_func ("/text/compare", test_compare);

  return g_test_run ();
}
