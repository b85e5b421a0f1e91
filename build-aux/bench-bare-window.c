/* bench-bare-window.c — the yardstick for QualServ's start-up time and memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-bare-window [--stay]
 *
 * A bare AdwApplicationWindow with a header bar, built and linked the same
 * way as QualServ, that quits on the first frame painted: what any
 * libadwaita application costs before it does anything of its own. With
 * --stay it stays open, for build-aux/bench-memory.sh to measure.
 */
#include <adwaita.h>

static gboolean stay;

static void
on_after_paint_cb (GdkFrameClock *clock, GApplication *app)
{
  g_application_quit (app);
}

static void
on_map_cb (GtkWidget *window, GApplication *app)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), app);
}

static void
on_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), adw_status_page_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  if (!stay)
    g_signal_connect (window, "map", G_CALLBACK (on_map_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr (AdwApplication) app = NULL;

  /* Read before GApplication, which knows no such option. */
  if (argc == 2 && g_str_equal (argv[1], "--stay"))
    {
      stay = TRUE;
      argc = 1;
    }
  app = adw_application_new ("org.example.QualServ.BareWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
