/* qs-survey-results-render.c — a questionnaire's results as a person reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain widgets over the figures of qs-survey-results.h and
 * qs-survey-barometer.h: a group per question with its chart
 * (QsBarChart, QsTrendChart), and words for what anonymity hides. The
 * store decides what may be shown; nothing here computes a score but
 * the shares of a distribution.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qs-bar-chart.h"
#include "qs-calendar-words.h"
#include "qs-enum-labels.h"
#include "qs-enum-types.h"
#include "qs-survey-comment-item.h"
#include "qs-survey-question.h"
#include "qs-survey-results-render.h"
#include "qs-trend-chart.h"

/* The height of a question's comments; more scroll. */
#define MAX_COMMENTS_HEIGHT 420
/* About the height of a one-line comment's row. */
#define COMMENT_ROW_HEIGHT 62

static void
clear (GtkBox *box)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (box));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *child;

  /* A list view keeps the row it focused: one about to go must not hold
   * the focus (a comment's menu button, a selectable comment). */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (box)))
    gtk_root_set_focus (root, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static char *
format_number (double value, QsLanguage language)
{
  return qs_calendar_words_format_number (value, 1, TRUE, language);
}

static char *
format_count (guint n, guint total, QsLanguage language)
{
  g_autofree char *percent =
    qs_calendar_words_format_percent (total > 0 ? 100.0 * n / total : 0, 0, FALSE, language);

  /* Translators: answers of one value, and their share, "12 (40 %)" */
  return g_strdup_printf (_ ("%1$u (%2$s)"), n, percent);
}

static GtkWidget *
new_wrapped_label (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A heading, a sentence under it, then what is added: labels that wrap,
 * where a preferences group's title would be cut at 360 px. */
static GtkWidget *
new_group (const char *title, const char *description)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = new_wrapped_label (description, "dim-label");

  gtk_box_append (GTK_BOX (group), new_wrapped_label (title, "heading"));
  gtk_box_append (GTK_BOX (group), label);
  gtk_widget_set_visible (label, description != NULL);
  return group;
}

static void
set_description (GtkWidget *group, const char *description)
{
  GtkWidget *label = gtk_widget_get_next_sibling (gtk_widget_get_first_child (group));

  gtk_label_set_label (GTK_LABEL (label), description);
  gtk_widget_set_visible (label, description != NULL);
}

static GtkWidget *
new_chart_card (GtkWidget *chart)
{
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_widget_set_margin_start (chart, 12);
  gtk_widget_set_margin_end (chart, 12);
  gtk_widget_set_margin_top (chart, 12);
  gtk_widget_set_margin_bottom (chart, 12);
  gtk_frame_set_child (GTK_FRAME (frame), chart);
  gtk_widget_add_css_class (frame, "card");
  return frame;
}

/* The sentence that says why a group's figures are not shown. */
static char *
describe_hidden (guint n, guint threshold)
{
  if (n < threshold)
    return g_strdup_printf (
      /* Translators: %1$u answers, %2$u the anonymity threshold */
      ngettext ("%1$u answer: fewer than %2$u, so no score and no comment is shown, and no one "
                "can be recognised.",
                "%1$u answers: fewer than %2$u, so no score and no comment is shown, and no one "
                "can be recognised.",
                n),
      n, threshold);
  return g_strdup_printf (
    /* Translators: %1$u answers, %2$u the anonymity threshold */
    ngettext ("%1$u answer: its scores are hidden, because the answers left out by these "
              "filters, or by the groups beside it, are fewer than %2$u and could be recognised.",
              "%1$u answers: their scores are hidden, because the answers left out by these "
              "filters, or by the groups beside it, are fewer than %2$u and could be recognised.",
              n),
    n, threshold);
}

/* "Average 3.8 of 5 · 120 answers", and the distribution of 5 to 1. */
static void
add_scale (GtkWidget *group, const QsQuestionResult *result, QsLanguage language)
{
  gboolean         barometer = result->expected.n > 0;
  GtkWidget       *chart = GTK_WIDGET (qs_bar_chart_new ());
  g_autofree char *perceived =
    format_number (qs_likert_score_average (&result->perceived), language);
  g_autofree char *description = NULL;

  if (barometer)
    {
      g_autofree char *expected =
        format_number (qs_likert_score_average (&result->expected), language);
      g_autofree char *gap = format_number (qs_likert_score_average (&result->expected) -
                                              qs_likert_score_average (&result->perceived),
                                            language);

      description = g_strdup_printf (
        /* Translators: averages of 1 to 5 and their difference, then a count */
        ngettext ("Expected %1$s, perceived %2$s of 5: a gap of %3$s · %4$u answer",
                  "Expected %1$s, perceived %2$s of 5: a gap of %3$s · %4$u answers",
                  result->perceived.n),
        expected, perceived, gap, result->perceived.n);
      qs_bar_chart_set_series (QS_BAR_CHART (chart), _ ("Expected"), _ ("Perceived"));
    }
  else
    description = g_strdup_printf (
      /* Translators: an average of 1 to 5, then a count */
      ngettext ("Average %1$s of 5 · %2$u answer", "Average %1$s of 5 · %2$u answers",
                result->perceived.n),
      perceived, result->perceived.n);
  set_description (group, description);
  qs_bar_chart_set_maximum (QS_BAR_CHART (chart), 100);
  for (int value = 5; value >= 1; value--)
    {
      guint            n = result->perceived.counts[value - 1];
      double           share = result->perceived.n > 0 ? 100.0 * n / result->perceived.n : 0;
      g_autofree char *label = g_strdup_printf ("%d", value);
      g_autofree char *text = NULL;

      if (barometer)
        {
          guint            n_expected = result->expected.counts[value - 1];
          double           expected_share = 100.0 * n_expected / result->expected.n;
          g_autofree char *expected_text =
            qs_calendar_words_format_percent (expected_share, 0, FALSE, language);
          g_autofree char *perceived_text =
            qs_calendar_words_format_percent (share, 0, FALSE, language);

          /* Translators: the shares who expect, then perceive, one level: "5 % · 33 %" */
          text = g_strdup_printf (_ ("%1$s · %2$s"), expected_text, perceived_text);
          qs_bar_chart_add_row (QS_BAR_CHART (chart), label, expected_share, share, text);
        }
      else
        {
          text = format_count (n, result->perceived.n, language);
          qs_bar_chart_add_row (QS_BAR_CHART (chart), label, share, NAN, text);
        }
    }
  gtk_box_append (GTK_BOX (group), new_chart_card (chart));
}

/* The net promoter score and its three parts. */
static void
add_recommendation (GtkWidget *group, const QsQuestionResult *result, QsLanguage language)
{
  const QsRecommendationScore *score = &result->recommendation;
  GtkWidget                   *chart = GTK_WIDGET (qs_bar_chart_new ());
  guint                        parts[3] = { 0 };
  const char                  *names[3] = {
                     /* Translators: who answered 9 or 10 to "would you recommend" */
    _ ("Promoters (9–10)"),
    /* Translators: who answered 7 or 8 */
    _ ("Passives (7–8)"),
    /* Translators: who answered 0 to 6 */
    _ ("Detractors (0–6)"),
  };
  g_autofree char *description = NULL;

  for (int value = 0; value <= 10; value++)
    parts[value >= 9 ? 0 : value >= 7 ? 1 : 2] += score->counts[value];
  if (qs_recommendation_score_is_few (score))
    description = g_strdup_printf (
      /* Translators: %1$+d is the net promoter score, "+23"; %2$u a count, %3$u the fewest
       * answers for a reliable score */
      ngettext ("Net promoter score %1$+d · %2$u answer: few answers (fewer than %3$u), read "
                "it with care",
                "Net promoter score %1$+d · %2$u answers: few answers (fewer than %3$u), read "
                "it with care",
                score->n),
      qs_recommendation_score_nps (score), score->n, QS_SURVEY_SCORE_FEW_ANSWERS);
  else
    description = g_strdup_printf (
      /* Translators: %1$+d is the net promoter score, "+23"; %2$u a count */
      ngettext ("Net promoter score %1$+d · %2$u answer", "Net promoter score %1$+d · %2$u answers",
                score->n),
      qs_recommendation_score_nps (score), score->n);
  set_description (group, description);
  qs_bar_chart_set_maximum (QS_BAR_CHART (chart), 100);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *text = format_count (parts[i], score->n, language);

      qs_bar_chart_add_row (QS_BAR_CHART (chart), names[i],
                            score->n > 0 ? 100.0 * parts[i] / score->n : 0, NAN, text);
    }
  gtk_box_append (GTK_BOX (group), new_chart_card (chart));
}

static void
add_yes_no (GtkWidget *group, const QsQuestionResult *result, QsLanguage language)
{
  GtkWidget       *chart = GTK_WIDGET (qs_bar_chart_new ());
  guint            n = result->yes + result->no;
  g_autofree char *yes = format_count (result->yes, n, language);
  g_autofree char *no = format_count (result->no, n, language);
  g_autofree char *description = g_strdup_printf (ngettext ("%u answer", "%u answers", n), n);

  set_description (group, description);
  qs_bar_chart_set_maximum (QS_BAR_CHART (chart), 100);
  qs_bar_chart_add_row (QS_BAR_CHART (chart), _ ("Yes"), n > 0 ? 100.0 * result->yes / n : 0, NAN,
                        yes);
  qs_bar_chart_add_row (QS_BAR_CHART (chart), _ ("No"), n > 0 ? 100.0 * result->no / n : 0, NAN,
                        no);
  gtk_box_append (GTK_BOX (group), new_chart_card (chart));
}

/* The key, on the results box, of the comments' lists (GListStore of
 * QsSurveyCommentItem), one per text question, in order. */
#define COMMENT_LISTS "qs-comment-lists"

static void
on_setup_comment_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *words = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = new_wrapped_label (NULL, NULL);
  GtkWidget *links = new_wrapped_label (NULL, "caption");
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr (GMenu) menu = g_menu_new ();

  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_hexpand (words, TRUE);
  /* What clients wrote may be quoted elsewhere. */
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_widget_add_css_class (links, "dim-label");
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (button), FALSE);
  /* One menu per row, its items changed in place: its popover lives on. */
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, _ ("Act on This Comment"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (words), text);
  gtk_box_append (GTK_BOX (words), links);
  gtk_box_append (GTK_BOX (row), words);
  gtk_box_append (GTK_BOX (row), button);
  gtk_list_item_set_child (item, row);
  gtk_list_item_set_activatable (item, FALSE);
}

/* "Complaint R-2026-0042 · Improvement actions A-2026-003, A-2026-007",
 * or NULL when the comment became nothing yet. */
static char *
describe_links (const QsSurveyComment *comment)
{
  g_autofree char *complaint = NULL;
  g_autofree char *actions = NULL;

  if (comment->complaint_ref != NULL)
    /* Translators: %s is a request's reference */
    complaint = g_strdup_printf (_ ("Complaint %s"), comment->complaint_ref);
  if (comment->action_refs != NULL)
    {
      guint n = 1;

      for (const char *c = comment->action_refs; *c != '\0'; c++)
        n += *c == ',';
      /* Translators: %s is an improvement action's reference, or several separated by commas */
      actions = g_strdup_printf (ngettext ("Improvement action %s", "Improvement actions %s", n),
                                 comment->action_refs);
    }
  if (complaint != NULL && actions != NULL)
    /* Translators: what a comment became, "Complaint R-2026-0042 · Improvement action A-2026-003"
     */
    return g_strdup_printf (_ ("%1$s · %2$s"), complaint, actions);
  return complaint != NULL ? g_steal_pointer (&complaint) : g_steal_pointer (&actions);
}

static void
append_item (GMenu *menu, const char *label, const char *action, GVariant *target)
{
  g_autoptr (GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

/* What can be done with @comment, into @menu: make it a complaint or
 * show the one it became, propose an improvement, show the feedback it
 * was taken up as. */
static void
fill_comment_menu (GMenu *menu, const QsSurveyComment *comment)
{
  g_menu_remove_all (menu);
  if (comment->complaint_id != NULL)
    append_item (
      menu, _ ("Show the Complaint"), "win.show-in-view",
      g_variant_new ("(sss)", "requests", "requests.show-request", comment->complaint_id));
  else
    append_item (menu, _ ("Make It a Complaint"), "surveys.comment-complaint",
                 g_variant_new_string (comment->answer_id));
  /* Another action may be born from the same comment: said so. */
  append_item (menu,
               comment->action_refs != NULL ? _ ("Propose Another Improvement")
                                            : _ ("Propose an Improvement"),
               "surveys.comment-action", g_variant_new_string (comment->answer_id));
  if (comment->feedback_id != NULL)
    append_item (menu, _ ("Show in Feedback"), "win.show-in-view",
                 g_variant_new ("(sss)", "feedback", "feedback.show", comment->feedback_id));
}

/* Shows @item's comment in @row. */
static void
show_comment (GtkWidget *row, QsSurveyCommentItem *item)
{
  const QsSurveyComment *comment = qs_survey_comment_item_get_comment (item);
  GtkWidget             *words = gtk_widget_get_first_child (row);
  GtkWidget             *text = gtk_widget_get_first_child (words);
  GtkWidget             *links = gtk_widget_get_next_sibling (text);
  GtkMenuButton         *button = GTK_MENU_BUTTON (gtk_widget_get_next_sibling (words));
  g_autofree char       *described = describe_links (comment);

  gtk_label_set_label (GTK_LABEL (text), comment->text);
  gtk_label_set_label (GTK_LABEL (links), described);
  gtk_widget_set_visible (links, described != NULL);
  fill_comment_menu (G_MENU (gtk_menu_button_get_menu_model (button)), comment);
}

static void
on_comment_changed_cb (QsSurveyCommentItem *item, GtkWidget *row)
{
  show_comment (row, item);
}

static void
on_bind_comment_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  show_comment (row, gtk_list_item_get_item (item));
  g_signal_connect_object (gtk_list_item_get_item (item), "changed",
                           G_CALLBACK (on_comment_changed_cb), row, 0);
}

static void
on_unbind_comment_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_comment_changed_cb,
                                        gtk_list_item_get_child (item));
}

static GListStore *
new_comment_list (const QsQuestionResult *result)
{
  GListStore *list = g_list_store_new (QS_TYPE_SURVEY_COMMENT_ITEM);

  for (guint i = 0; i < result->comments->len; i++)
    {
      g_autoptr (QsSurveyCommentItem) item =
        qs_survey_comment_item_new (g_ptr_array_index (result->comments, i));

      g_list_store_append (list, item);
    }
  return list;
}

/* Every comment, in a list that builds the rows shown only: a large
 * questionnaire has thousands. Its model is kept in @lists. */
static void
add_comments (GtkWidget *group, const QsQuestionResult *result, GPtrArray *lists)
{
  guint               n = result->comments->len;
  g_autofree char    *description = g_strdup_printf (ngettext ("%u comment", "%u comments", n), n);
  GListStore         *comments = new_comment_list (result);
  GtkListItemFactory *factory;
  GtkWidget          *list;
  GtkWidget          *scrolled;

  g_ptr_array_add (lists, comments);
  set_description (group, description);
  if (n == 0)
    return;
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_comment_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_comment_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_comment_cb), NULL);
  list = gtk_list_view_new (
    GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (comments)))), factory);
  gtk_widget_add_css_class (list, "rich-list");
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), MAX_COMMENTS_HEIGHT);
  /* A list view measures the rows it has built, a few at first: room
   * for the others is asked here. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled),
                                              MIN (MAX_COMMENTS_HEIGHT, n * COMMENT_ROW_HEIGHT));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (group), new_chart_card (scrolled));
}

static char *
question_title (const QsQuestionResult *result, guint number, QsLanguage language)
{
  const char *text = qs_survey_question_get_text (QS_SURVEY_QUESTION (result->question), language);

  /* Translators: a question's number and its text, "2. Were you answered in time?" */
  return g_strdup_printf (_ ("%1$u. %2$s"), number, text != NULL ? text : "");
}

static void
add_question (
  GtkBox *box, const QsQuestionResult *result, guint number, QsLanguage language, GPtrArray *lists)
{
  g_autofree char *title = question_title (result, number, language);
  GtkWidget       *group = new_group (title, NULL);

  switch ((QsQuestionKind) qs_entity_get_enum (result->question, QS_SURVEY_QUESTION_FIELD_KIND))
    {
    case QS_QUESTION_KIND_RECOMMENDATION:
      add_recommendation (group, result, language);
      break;
    case QS_QUESTION_KIND_YES_NO:
      add_yes_no (group, result, language);
      break;
    case QS_QUESTION_KIND_TEXT:
      add_comments (group, result, lists);
      break;
    case QS_QUESTION_KIND_SCALE:
    default:
      add_scale (group, result, language);
      break;
    }
  gtk_box_append (box, group);
}

/* A group's figure for one question, in a few words: NULL for text. */
static char *
summarize (const QsQuestionResult *result, QsLanguage language)
{
  switch ((QsQuestionKind) qs_entity_get_enum (result->question, QS_SURVEY_QUESTION_FIELD_KIND))
    {
    case QS_QUESTION_KIND_RECOMMENDATION:
      if (result->recommendation.n == 0)
        return NULL;
      /* Translators: a net promoter score, "+23" */
      return g_strdup_printf (_ ("NPS %+d"), qs_recommendation_score_nps (&result->recommendation));
    case QS_QUESTION_KIND_YES_NO:
      {
        guint n = result->yes + result->no;

        if (n == 0)
          return NULL;
        {
          g_autofree char *percent =
            qs_calendar_words_format_percent (100.0 * result->yes / n, 0, FALSE, language);

          /* Translators: the share who answered yes, "60 % yes" */
          return g_strdup_printf (_ ("%s yes"), percent);
        }
      }
    case QS_QUESTION_KIND_TEXT:
      return NULL;
    case QS_QUESTION_KIND_SCALE:
    default:
      {
        g_autofree char *average = NULL;

        if (result->perceived.n == 0)
          return NULL;
        average = format_number (qs_likert_score_average (&result->perceived), language);
        if (result->expected.n > 0)
          {
            g_autofree char *expected =
              format_number (qs_likert_score_average (&result->expected), language);

            /* Translators: averages of 1 to 5, of a barometer question */
            return g_strdup_printf (_ ("Expected %1$s, perceived %2$s of 5"), expected, average);
          }
        /* Translators: an average of 1 to 5, "3.8 of 5" */
        return g_strdup_printf (_ ("%s of 5"), average);
      }
    }
}

static char *
describe_group (const QsSurveyResultGroup *group, guint threshold)
{
  g_autofree char *answers = NULL;

  if (!group->shown)
    return describe_hidden (group->n_responses, threshold);
  if (group->n_invited > 0)
    return g_strdup_printf (
      /* Translators: answers and people invited */
      ngettext ("%1$u answer of %2$u people invited", "%1$u answers of %2$u people invited",
                group->n_responses),
      group->n_responses, (guint) group->n_invited);
  return g_strdup_printf (ngettext ("%u answer", "%u answers", group->n_responses),
                          group->n_responses);
}

static void
add_groups (GtkBox *box, const QsSurveyResults *results, QsLanguage language)
{
  GtkWidget *section;
  GtkWidget *list;

  if (results->groups->len == 0)
    return;
  section = new_group (_ ("By Group"), _ ("Each group’s figures, when there are enough answers "
                                          "to show them without recognising anyone."));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (section), list);
  for (guint g = 0; g < results->groups->len; g++)
    {
      const QsSurveyResultGroup *group = g_ptr_array_index (results->groups, g);
      GtkWidget                 *row = adw_expander_row_new ();
      g_autofree char           *subtitle = describe_group (group, results->threshold);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     group->name != NULL ? group->name : _ ("Not given"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), group->shown);
      adw_expander_row_set_show_enable_switch (ADW_EXPANDER_ROW (row), FALSE);
      for (guint q = 0; group->shown && q < group->questions->len; q++)
        {
          const QsQuestionResult *result = g_ptr_array_index (group->questions, q);
          g_autofree char        *figure = summarize (result, language);
          g_autofree char        *title = NULL;
          GtkWidget              *child;

          if (figure == NULL)
            continue;
          title = question_title (result, q + 1, language);
          child = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), title);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (child), FALSE);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (child), figure);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (box, section);
}

void
qs_survey_results_render (GtkBox *box, const QsSurveyResults *results, QsLanguage language)
{
  const QsSurveyResultGroup *total = results->total;
  g_autofree char           *summary = NULL;
  GPtrArray                 *lists = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (GTK_IS_BOX (box));

  clear (box);
  g_object_set_data_full (G_OBJECT (box), COMMENT_LISTS, lists, (GDestroyNotify) g_ptr_array_unref);
  if (total->n_responses == 0 && total->n_invited > 0)
    summary = g_strdup_printf (
      /* Translators: %u is the number of people invited */
      ngettext ("No answer yet from the %u person invited: enter the answers of forms filled "
                "in on paper, or import a sheet of them.",
                "No answer yet from the %u people invited: enter the answers of forms filled "
                "in on paper, or import a sheet of them.",
                (guint) total->n_invited),
      (guint) total->n_invited);
  else if (total->n_responses == 0)
    summary = g_strdup (_ ("No answer yet: enter the answers of forms filled in on paper, or "
                           "import a sheet of them."));
  else if (!total->shown)
    summary = describe_hidden (total->n_responses, results->threshold);
  else if (total->n_invited > 0)
    {
      g_autofree char *rate = qs_calendar_words_format_percent (
        100.0 * total->n_responses / total->n_invited, 0, FALSE, language);

      summary = g_strdup_printf (
        /* Translators: answers, people invited, then the response rate "40 %" */
        ngettext ("%1$u answer of %2$u people invited: a response rate of %3$s.",
                  "%1$u answers of %2$u people invited: a response rate of %3$s.",
                  total->n_responses),
        total->n_responses, (guint) total->n_invited, rate);
    }
  else
    summary = g_strdup_printf (ngettext ("%u answer.", "%u answers.", total->n_responses),
                               total->n_responses);
  gtk_box_append (
    box, new_wrapped_label (summary, total->shown || total->n_responses == 0 ? NULL : "warning"));
  /* Grouped, the groups come first: they are what was asked for. */
  add_groups (box, results, language);
  for (guint q = 0; total->shown && q < total->questions->len; q++)
    add_question (box, g_ptr_array_index (total->questions, q), q + 1, language, lists);
}

static gboolean
is_text (const QsQuestionResult *result)
{
  return qs_entity_get_enum (result->question, QS_SURVEY_QUESTION_FIELD_KIND) ==
         QS_QUESTION_KIND_TEXT;
}

gboolean
qs_survey_results_render_update_comments (GtkBox *box, const QsSurveyResults *results)
{
  GPtrArray *lists = g_object_get_data (G_OBJECT (box), COMMENT_LISTS);
  GPtrArray *questions = results->total->questions;
  guint      n_text = 0;

  g_return_val_if_fail (GTK_IS_BOX (box), FALSE);

  if (lists == NULL)
    return FALSE;
  /* The same comments, or the whole is drawn again. */
  for (guint q = 0; q < questions->len; q++)
    {
      const QsQuestionResult *result = g_ptr_array_index (questions, q);

      if (!is_text (result))
        continue;
      if (n_text >= lists->len ||
          g_list_model_get_n_items (g_ptr_array_index (lists, n_text)) != result->comments->len)
        return FALSE;
      n_text++;
    }
  if (n_text != lists->len)
    return FALSE;

  n_text = 0;
  for (guint q = 0; q < questions->len; q++)
    {
      const QsQuestionResult *result = g_ptr_array_index (questions, q);
      GListStore             *list;

      if (!is_text (result))
        continue;
      list = g_ptr_array_index (lists, n_text++);
      for (guint i = 0; i < result->comments->len; i++)
        {
          QsSurveyComment *comment = g_ptr_array_index (result->comments, i);
          g_autoptr (QsSurveyCommentItem) shown = g_list_model_get_item (G_LIST_MODEL (list), i);

          if (g_strcmp0 (qs_survey_comment_item_get_comment (shown)->answer_id,
                         comment->answer_id) != 0)
            return FALSE;
          if (!qs_survey_comment_same_links (qs_survey_comment_item_get_comment (shown), comment))
            qs_survey_comment_item_set_comment (shown, comment);
        }
    }
  return TRUE;
}

char *
qs_survey_format_quarter (int year, int quarter)
{
  /* Translators: a year and its quarter, "2026 Q3" */
  return g_strdup_printf (_ ("%1$d Q%2$d"), year, quarter);
}

static void
add_barometer_row (GtkBox *box, const QsBarometerRow *row, guint threshold, QsLanguage language)
{
  const char      *category = qs_enum_label (QS_TYPE_CATEGORY, row->category);
  GtkWidget       *group;
  GtkWidget       *chart;
  g_autofree char *description = NULL;
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *expected = NULL;
  g_autofree double *perceived = NULL;

  if (!row->shown)
    {
      description = g_strdup_printf (
        /* Translators: %1$u answers, %2$u the anonymity threshold */
        ngettext ("%1$u answer: fewer than %2$u, so no level is shown, and no one can be "
                  "recognised.",
                  "%1$u answers: fewer than %2$u, so no level is shown, and no one can be "
                  "recognised.",
                  row->perceived.n),
        row->perceived.n, threshold);
      gtk_box_append (box, new_group (category, description));
      return;
    }
  {
    g_autofree char *expected_text =
      format_number (qs_likert_score_average (&row->expected), language);
    g_autofree char *perceived_text =
      format_number (qs_likert_score_average (&row->perceived), language);
    g_autofree char *gap = format_number (qs_barometer_row_gap (row), language);

    description =
      g_strdup_printf (ngettext ("Expected %1$s, perceived %2$s of 5: a gap of %3$s · %4$u answer",
                                 "Expected %1$s, perceived %2$s of 5: a gap of %3$s · %4$u answers",
                                 row->perceived.n),
                       expected_text, perceived_text, gap, row->perceived.n);
  }
  group = new_group (category, description);
  if (row->quarters->len > 1)
    {
      expected = g_new (double, row->quarters->len);
      perceived = g_new (double, row->quarters->len);
      for (guint i = 0; i < row->quarters->len; i++)
        {
          const QsBarometerQuarter *quarter = &g_array_index (row->quarters, QsBarometerQuarter, i);

          g_ptr_array_add (labels, qs_survey_format_quarter (quarter->year, quarter->quarter));
          expected[i] = quarter->shown ? qs_likert_score_average (&quarter->expected) : NAN;
          perceived[i] = quarter->shown ? qs_likert_score_average (&quarter->perceived) : NAN;
        }
      g_ptr_array_add (labels, NULL);
      chart = GTK_WIDGET (qs_trend_chart_new ());
      qs_trend_chart_set_range (QS_TREND_CHART (chart), 1, 5);
      qs_trend_chart_set_periods (QS_TREND_CHART (chart), (const char *const *) labels->pdata);
      qs_trend_chart_add_series (QS_TREND_CHART (chart), _ ("Expected"), expected);
      qs_trend_chart_add_series (QS_TREND_CHART (chart), _ ("Perceived"), perceived);
      gtk_box_append (GTK_BOX (group), new_chart_card (chart));
    }
  gtk_box_append (box, group);
}

/* Every category shown, expected beside perceived. */
static void
add_overview (GtkBox *box, GPtrArray *rows, QsLanguage language)
{
  GtkWidget *chart = GTK_WIDGET (qs_bar_chart_new ());

  qs_bar_chart_set_series (QS_BAR_CHART (chart), _ ("Expected"), _ ("Perceived"));
  qs_bar_chart_set_maximum (QS_BAR_CHART (chart), 5);
  for (guint i = 0; i < rows->len; i++)
    {
      const QsBarometerRow *row = g_ptr_array_index (rows, i);
      g_autofree char      *gap = NULL;
      g_autofree char      *text = NULL;

      if (!row->shown)
        continue;
      gap = format_number (qs_barometer_row_gap (row), language);
      /* Translators: the gap between the levels expected and perceived */
      text = g_strdup_printf (_ ("gap %s"), gap);
      qs_bar_chart_add_row (QS_BAR_CHART (chart), qs_enum_label (QS_TYPE_CATEGORY, row->category),
                            qs_likert_score_average (&row->expected),
                            qs_likert_score_average (&row->perceived), text);
    }
  gtk_box_append (box, new_chart_card (chart));
}

void
qs_survey_barometer_render (GtkBox *box, GPtrArray *rows, guint threshold, QsLanguage language)
{
  gboolean any_shown = FALSE;

  g_return_if_fail (GTK_IS_BOX (box));

  clear (box);
  gtk_box_append (box, new_wrapped_label (_ ("Barometer"), "title-2"));
  gtk_box_append (box, new_wrapped_label (
                         _ ("The level of service clients expect and the level they perceive, for "
                            "each category of the charters, from every questionnaire’s barometer "
                            "questions. The largest gaps come first: start there."),
                         NULL));
  if (rows->len == 0)
    {
      gtk_box_append (
        box, new_wrapped_label (_ ("No barometer answer yet. In a questionnaire, a scale question "
                                   "with a charter category asks both levels."),
                                "dim-label"));
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    any_shown |= ((const QsBarometerRow *) g_ptr_array_index (rows, i))->shown;
  if (any_shown)
    add_overview (box, rows, language);
  for (guint i = 0; i < rows->len; i++)
    add_barometer_row (box, g_ptr_array_index (rows, i), threshold, language);
}
