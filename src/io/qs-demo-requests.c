/* qs-demo-requests.c — 18 months of requests, their events and the feedback that follows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each request is simulated whole: received (in business hours mostly,
 * more of them in recent months), acknowledged, perhaps analysed, paused
 * while waiting on the client, extended or escalated, resolved, the client
 * informed, closed, and now and then reopened or rejected. Delays are drawn
 * against the deadline of the commitment that applies, so that a few per
 * cent are late. The simulation is then cut at "now": whatever had not
 * happened yet is left out, which is what leaves the recent requests open
 * in every state.
 *
 * Rows go through QsBulkInsert rather than the repository: a million
 * requests and their five million events must be written in under a
 * minute, which one GObject and one validating upsert per row cannot do.
 */
#include <math.h>
#include <string.h>

#include "qs-bulk-insert.h"
#include "qs-demo-private.h"
#include "qs-enum-types.h"
#include "qs-survey-fatigue.h"

#define MAX_STEPS 24
#define MINUTE (G_GINT64_CONSTANT (60) * QS_USEC_PER_SEC)
#define HOUR (60 * MINUTE)
#define NO_STATUS -1

/* One thing that happens to a request: a status change or an event. */
typedef struct
{
  gint64      at;
  QsEventKind kind;
  int         from; /* QsRequestStatus, or NO_STATUS */
  int         to;
  const char *field;
  const char *old_value;
  const char *new_value;
  const char *note;
  gint64      due_delta; /* business seconds the resolution deadline moves by */
} Step;

typedef struct
{
  QsDemo          *demo;
  QsBulkInsert    *requests;
  QsBulkInsert    *events;
  QsBulkInsert    *feedback;
  const char      *status_nicks[QS_REQUEST_STATUS_REJECTED + 1];
  double           provider_weights[QS_DEMO_N_DEPARTMENTS];
  double           complaint_weights[64];
  int              year;
  guint            counter;
  Step             steps[MAX_STEPS];
  guint            n_steps;
  QsDemoIdSequence request_ids;
  QsDemoIdSequence event_ids;
  QsDemoIdSequence feedback_ids;
  char             request_id[QS_DEMO_ID_SIZE];
  char             row_id[QS_DEMO_ID_SIZE];
  char             ref[32];
  char             due_before[40];
  char             due_after[40];
  GHashTable      *asked; /* QsDemoClient → GArray of when they were asked, in order */
} Generator;

/* Index by QsRequestKind, then by QsChannel. */
static const double kind_weights[] = { 78, 10, 7, 5 };
static const double channel_weights[4][QS_CHANNEL_INTRANET_FORM + 1] = {
  /* any email phone voicemail letter fax in-person social box form */
  { 0, 40, 18, 6, 2, 0, 8, 2, 0, 24 },
  { 0, 45, 20, 5, 8, 0, 12, 2, 0, 8 },
  { 0, 30, 0, 0, 0, 0, 0, 0, 40, 30 },
  { 0, 55, 20, 0, 0, 0, 20, 5, 0, 0 },
};
static const double priority_weights[4][4] = {
  { 15, 60, 20, 5 },
  { 5, 45, 35, 15 },
  { 60, 40, 0, 0 },
  { 80, 20, 0, 0 },
};

static gboolean
is_personal (QsProblem problem)
{
  return problem >= QS_PROBLEM_DELEGATION_WITHOUT_CONSENT && problem != QS_PROBLEM_OTHER;
}

static double
uniform (Generator *gen, double from, double to)
{
  return from + g_rand_double (gen->demo->rand) * (to - from);
}

/* Roughly normal, mean 0, standard deviation 1. */
static double
gauss (Generator *gen)
{
  GRand *rand = gen->demo->rand;

  return (g_rand_double (rand) + g_rand_double (rand) + g_rand_double (rand) - 1.5) * 2;
}

static Step *
add_step (Generator *gen, gint64 at, QsEventKind kind, int from, int to)
{
  Step *step = &gen->steps[gen->n_steps++];

  g_assert (gen->n_steps <= MAX_STEPS);
  *step = (Step){ .at = at, .kind = kind, .from = from, .to = to };
  if (to != NO_STATUS)
    step->field = "status";
  return step;
}

static Step *
add_status (Generator *gen, gint64 at, int from, int to)
{
  return add_step (gen, at, QS_EVENT_KIND_STATUS, from, to);
}

/* Stable, so that steps at the same time keep the order they happened in. */
static void
sort_steps (Generator *gen)
{
  for (guint i = 1; i < gen->n_steps; i++)
    {
      Step  step = gen->steps[i];
      guint j = i;

      for (; j > 0 && gen->steps[j - 1].at > step.at; j--)
        gen->steps[j] = gen->steps[j - 1];
      gen->steps[j] = step;
    }
}

static void
format_due (Generator *gen, gint64 received, gint64 index, char *buffer, gsize size)
{
  gint64 time = qs_demo_due_time (gen->demo, received, index);
  g_autoptr (GDateTime) dt = g_date_time_new_from_unix_utc (time / QS_USEC_PER_SEC);
  g_autofree char *iso = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");

  g_strlcpy (buffer, iso, size);
}

/* Draws what happens to one request, as steps in time; *due_index is the
 * resolution deadline as first promised, in business seconds. */
static void
simulate (Generator              *gen,
          QsRequestKind           kind,
          QsChannel               channel,
          guint                   provider,
          gint64                  received,
          const QsDemoCommitment *ack,
          const QsDemoCommitment *resolution,
          gint64                 *due_index)
{
  QsDemo  *demo = gen->demo;
  gboolean complaint = kind == QS_REQUEST_KIND_COMPLAINT;
  gboolean immediate = channel == QS_CHANNEL_PHONE || channel == QS_CHANNEL_IN_PERSON;
  gboolean quick = immediate && kind == QS_REQUEST_KIND_REQUEST && qs_demo_chance (demo, 0.35);
  gint64   b0 = qs_demo_business_index (demo, received);
  gint64   target = resolution != NULL ? resolution->target : qs_demo_business_days (0.5);
  double   late_rate = qs_demo_departments[provider].late_rate * (complaint ? 1.8 : 1);
  gint64   ack_b, ack_t, res_b, res_t, informed_t, closed_b, closed_t, due_b;
  int      status = QS_REQUEST_STATUS_ACKNOWLEDGED;

  add_step (gen, received, QS_EVENT_KIND_CREATED, NO_STATUS, QS_REQUEST_STATUS_RECEIVED);

  if (immediate)
    {
      ack_t = received + qs_demo_uniform (demo, MINUTE / 3, 4 * MINUTE);
      ack_b = qs_demo_business_index (demo, ack_t);
    }
  else
    {
      gint64 ack_target = ack != NULL ? ack->target : 4 * 3600;
      double u = g_rand_double (demo->rand);
      double f = qs_demo_chance (demo, complaint ? 0.055 : 0.035) ? 1 + uniform (gen, 0.05, 1.2)
                                                                  : 0.02 + 0.93 * u * u;
      ack_b = b0 + (gint64) (ack_target * f);
      ack_t = qs_demo_business_time (demo, ack_b);
    }
  add_status (gen, ack_t, QS_REQUEST_STATUS_RECEIVED, QS_REQUEST_STATUS_ACKNOWLEDGED);
  *due_index = b0 + target;

  if (kind != QS_REQUEST_KIND_COMPLIMENT && qs_demo_chance (demo, 0.02))
    {
      gint64 rejected_b = ack_b + qs_demo_business_days (uniform (gen, 0.05, 1.5));
      gint64 rejected = qs_demo_business_time (demo, rejected_b);

      add_status (gen, rejected, QS_REQUEST_STATUS_ACKNOWLEDGED, QS_REQUEST_STATUS_REJECTED);
      return;
    }

  if (quick)
    {
      res_t = ack_t + qs_demo_uniform (demo, 3 * MINUTE, 25 * MINUTE);
      res_b = qs_demo_business_index (demo, res_t);
    }
  else
    {
      double u = g_rand_double (demo->rand);
      double f =
        qs_demo_chance (demo, late_rate) ? 1 + uniform (gen, 0.03, 1.0) : 0.08 + 0.9 * pow (u, 1.5);
      gboolean analysis = complaint || qs_demo_chance (demo, 0.3);
      gboolean pause = qs_demo_chance (demo, complaint ? 0.10 : 0.05);
      gboolean extension = complaint && qs_demo_chance (demo, 0.08);
      gint64   analysis_b = ack_b;

      res_b = MAX (b0 + (gint64) (target * f), ack_b + 900);
      due_b = *due_index;
      if (analysis || pause)
        {
          analysis_b = ack_b + 60 + (gint64) ((res_b - ack_b) * uniform (gen, 0.05, 0.3));
          add_status (gen, qs_demo_business_time (demo, analysis_b), QS_REQUEST_STATUS_ACKNOWLEDGED,
                      QS_REQUEST_STATUS_IN_ANALYSIS);
          status = QS_REQUEST_STATUS_IN_ANALYSIS;
          /* Stuck for good, the kind of file an overdue list should show. */
          if (qs_demo_chance (demo, 0.002))
            return;
        }
      if (pause)
        {
          gint64 pause_b =
            analysis_b + 60 + (gint64) ((res_b - analysis_b) * uniform (gen, 0.1, 0.6));
          /* Now and then a client who never answers. */
          double days = qs_demo_chance (demo, 0.03) ? uniform (gen, 20, 80) : uniform (gen, 0.5, 8);
          gint64 length = qs_demo_business_days (days);
          Step  *resume;

          add_step (gen, qs_demo_business_time (demo, pause_b), QS_EVENT_KIND_PAUSE,
                    QS_REQUEST_STATUS_IN_ANALYSIS, QS_REQUEST_STATUS_WAITING_ON_CLIENT)
            ->note = qs_demo_text (demo, qs_demo_note_waiting);
          resume =
            add_step (gen, qs_demo_business_time (demo, pause_b + length), QS_EVENT_KIND_RESUME,
                      QS_REQUEST_STATUS_WAITING_ON_CLIENT, QS_REQUEST_STATUS_IN_ANALYSIS);
          /* The clock stops while waiting on the client. */
          resume->due_delta = length;
          res_b += length;
          due_b += length;
        }
      if (extension)
        {
          gint64 at_b = analysis_b + 60 + (gint64) ((res_b - analysis_b) * uniform (gen, 0.3, 0.7));
          gint64 delta = qs_demo_business_days (5);
          Step  *step = add_step (gen, qs_demo_business_time (demo, at_b), QS_EVENT_KIND_EXTENSION,
                                  NO_STATUS, NO_STATUS);

          step->field = "resolution_due_at";
          step->note = qs_demo_text (demo, qs_demo_note_extension);
          step->due_delta = delta;
          res_b += qs_demo_business_days (uniform (gen, 0, 4));
          due_b += delta;
        }
      if (resolution != NULL && res_b > due_b && (complaint || qs_demo_chance (demo, 0.3)))
        {
          gint64 at_b = due_b + qs_demo_business_days (uniform (gen, 0, 0.5));

          if (at_b < res_b)
            {
              Step *step = add_step (gen, qs_demo_business_time (demo, at_b),
                                     QS_EVENT_KIND_ESCALATION, NO_STATUS, NO_STATUS);

              step->field = "escalation_level";
              step->old_value = "0";
              step->new_value = "1";
              step->note = qs_demo_text (demo, qs_demo_note_escalation);
            }
        }
      res_t = qs_demo_business_time (demo, res_b);
    }
  add_status (gen, res_t, status, QS_REQUEST_STATUS_RESOLVED);

  if (immediate)
    informed_t = res_t + qs_demo_uniform (demo, 0, 3 * MINUTE);
  else
    informed_t =
      qs_demo_business_time (demo, res_b + qs_demo_business_days (uniform (gen, 0, 0.3)));
  add_status (gen, informed_t, QS_REQUEST_STATUS_RESOLVED, QS_REQUEST_STATUS_CLIENT_INFORMED);
  /* Closed once the client has confirmed, or after a few days of silence. */
  closed_b =
    qs_demo_business_index (demo, informed_t) + qs_demo_business_days (uniform (gen, 0.5, 3));
  closed_t = qs_demo_business_time (demo, closed_b);
  add_status (gen, closed_t, QS_REQUEST_STATUS_CLIENT_INFORMED, QS_REQUEST_STATUS_CLOSED);

  if (kind != QS_REQUEST_KIND_COMPLIMENT && qs_demo_chance (demo, 0.015))
    {
      gint64 b = closed_b + qs_demo_business_days (uniform (gen, 1, 10));

      add_status (gen, qs_demo_business_time (demo, b), QS_REQUEST_STATUS_CLOSED,
                  QS_REQUEST_STATUS_REOPENED)
        ->note = qs_demo_text (demo, qs_demo_note_reopened);
      b += qs_demo_business_days (uniform (gen, 0.05, 0.5));
      add_status (gen, qs_demo_business_time (demo, b), QS_REQUEST_STATUS_REOPENED,
                  QS_REQUEST_STATUS_IN_ANALYSIS);
      b += qs_demo_business_days (uniform (gen, 0.3, 3));
      add_status (gen, qs_demo_business_time (demo, b), QS_REQUEST_STATUS_IN_ANALYSIS,
                  QS_REQUEST_STATUS_RESOLVED);
      b += qs_demo_business_days (uniform (gen, 0, 0.3));
      add_status (gen, qs_demo_business_time (demo, b), QS_REQUEST_STATUS_RESOLVED,
                  QS_REQUEST_STATUS_CLIENT_INFORMED);
      b += qs_demo_business_days (uniform (gen, 0.5, 2));
      add_status (gen, qs_demo_business_time (demo, b), QS_REQUEST_STATUS_CLIENT_INFORMED,
                  QS_REQUEST_STATUS_CLOSED);
    }
}

static guint
pick_client (Generator *gen, guint provider)
{
  QsDemo *demo = gen->demo;
  guint   c = 0;

  /* Internal clients come from other departments, mostly. */
  for (guint attempt = 0; attempt < 4; attempt++)
    {
      c = qs_demo_index (demo, demo->n_clients);
      if (demo->clients[c].department != provider)
        break;
    }
  return c;
}

/* When the client of a request closed at @closed was asked how it was
 * handled, by the default rules of the Surveys preferences, or 0. The
 * questions of a client go in the order of time, so that each decision
 * knew the earlier ones; a coordinator now and then forgets to ask. */
static gint64
survey_question (
  Generator *gen, const QsDemoClient *client, guint provider, gint64 closed, gboolean confidential)
{
  QsDemo              *demo = gen->demo;
  GArray              *asked = g_hash_table_lookup (gen->asked, client);
  QsSurveyFatigueRules rules;
  QsSurveyCase         survey_case;
  QsSurveyProposal     proposal;

  qs_survey_fatigue_rules_init (&rules);
  survey_case = (QsSurveyCase){
    .request_id = gen->ref,
    .closed_at = closed,
    .has_client = TRUE,
    .confidential = confidential,
    .client_consents = client->survey_consent,
    .client_in_provider = client->department == provider,
    .asked_before = asked != NULL ? (const gint64 *) (gpointer) asked->data : NULL,
    .n_asked_before = asked != NULL ? asked->len : 0,
  };
  proposal = qs_survey_fatigue_decide (&rules, demo->hours, &survey_case);
  if (proposal.verdict != QS_SURVEY_VERDICT_ASK || proposal.ask_at > demo->now)
    return 0;
  if (asked != NULL && asked->len > 0 &&
      g_array_index (asked, gint64, asked->len - 1) > proposal.ask_at)
    return 0;
  if (!qs_demo_chance (demo, 0.8))
    return 0;
  if (asked == NULL)
    {
      asked = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_hash_table_insert (gen->asked, (gpointer) client, asked);
    }
  g_array_append_val (asked, proposal.ask_at);
  return proposal.ask_at;
}

static gboolean
insert_feedback (Generator          *gen,
                 const QsDemoClient *client,
                 guint               provider,
                 gint64              asked,
                 gboolean            late,
                 QsRequestKind       kind,
                 GError            **error)
{
  QsDemo       *demo = gen->demo;
  QsBulkInsert *b = gen->feedback;
  gint64   at = qs_demo_add_business (demo, asked, qs_demo_business_days (uniform (gen, 0.1, 3)));
  double   mean = late ? 2.8 : kind == QS_REQUEST_KIND_COMPLAINT ? 3.2 : 4.3;
  int      rating = CLAMP ((int) lround (mean + 0.9 * gauss (gen)), 1, 5);
  double   expected = CLAMP (floor ((4.2 + 0.5 * gauss (gen)) * 2 + 0.5) / 2, 1, 5);
  double   perceived = CLAMP (floor ((rating - 0.2 + 0.5 * gauss (gen)) * 2 + 0.5) / 2, 1, 5);
  gboolean comment = qs_demo_chance (demo, 0.4);
  guint    band = rating <= 2 ? 0 : rating == 3 ? 1 : 2;

  if (at > demo->now)
    return TRUE;

  qs_bulk_insert_set_enum (b, QS_FEEDBACK_FIELD_SOURCE, QS_FEEDBACK_SOURCE_AFTER_REQUEST);
  qs_bulk_insert_set_string (b, QS_FEEDBACK_FIELD_DEPARTMENT_ID,
                             demo->departments[client->department].id);
  qs_bulk_insert_set_string (b, QS_FEEDBACK_FIELD_PROVIDER_DEPARTMENT_ID,
                             demo->departments[provider].id);
  qs_bulk_insert_set_string (b, QS_FEEDBACK_FIELD_CLIENT_ID, client->id);
  qs_bulk_insert_set_string (b, QS_FEEDBACK_FIELD_REQUEST_ID, gen->request_id);
  qs_bulk_insert_set_int (b, QS_FEEDBACK_FIELD_RECEIVED_AT, at);
  qs_bulk_insert_set_int (b, QS_FEEDBACK_FIELD_RATING, rating);
  qs_bulk_insert_set_double (b, QS_FEEDBACK_FIELD_EXPECTED_SCORE, expected);
  qs_bulk_insert_set_double (b, QS_FEEDBACK_FIELD_PERCEIVED_SCORE, perceived);
  if (comment)
    qs_bulk_insert_set_string (
      b, QS_FEEDBACK_FIELD_COMMENT,
      qs_demo_text (demo, qs_demo_feedback_comments[band][qs_demo_index (demo, 4)]));
  qs_bulk_insert_set_boolean (b, QS_FEEDBACK_FIELD_ANONYMOUS, FALSE);
  qs_bulk_insert_set_enum (b, QS_FEEDBACK_FIELD_LANGUAGE, client->language);
  qs_demo_id_sequence_next (demo, &gen->feedback_ids, gen->row_id);
  return qs_bulk_insert_row (b, gen->row_id, at, at, error);
}

static gboolean
insert_events (Generator *gen, guint n_kept, const char *intake, const char *actor, GError **error)
{
  QsBulkInsert *b = gen->events;

  for (guint i = 0; i < n_kept; i++)
    {
      const Step *step = &gen->steps[i];

      qs_bulk_insert_set_string (b, QS_REQUEST_EVENT_FIELD_REQUEST_ID, gen->request_id);
      qs_bulk_insert_set_int (b, QS_REQUEST_EVENT_FIELD_AT, step->at);
      qs_bulk_insert_set_string (b, QS_REQUEST_EVENT_FIELD_ACTOR,
                                 step->kind == QS_EVENT_KIND_CREATED ? intake : actor);
      qs_bulk_insert_set_enum (b, QS_REQUEST_EVENT_FIELD_KIND, step->kind);
      qs_bulk_insert_set_string (b, QS_REQUEST_EVENT_FIELD_FIELD, step->field);
      if (step->to != NO_STATUS)
        {
          if (step->from != NO_STATUS)
            qs_bulk_insert_set_string (b, QS_REQUEST_EVENT_FIELD_OLD_VALUE,
                                       gen->status_nicks[step->from]);
          qs_bulk_insert_set_string (b, QS_REQUEST_EVENT_FIELD_NEW_VALUE,
                                     gen->status_nicks[step->to]);
        }
      else
        {
          qs_bulk_insert_set_string (b, QS_REQUEST_EVENT_FIELD_OLD_VALUE, step->old_value);
          qs_bulk_insert_set_string (b, QS_REQUEST_EVENT_FIELD_NEW_VALUE, step->new_value);
        }
      qs_bulk_insert_set_string (b, QS_REQUEST_EVENT_FIELD_NOTE, step->note);
      qs_demo_id_sequence_next (gen->demo, &gen->event_ids, gen->row_id);
      if (!qs_bulk_insert_row (b, gen->row_id, step->at, step->at, error))
        return FALSE;
    }
  return TRUE;
}

/* The first complaints and suggestion of the 13 months before "now", for
 * the improvement actions to point at. */
static void
remember_for_actions (Generator *gen, QsRequestKind kind, guint provider, gint64 received)
{
  QsDemoDepartment *department = &gen->demo->departments[provider];

  if (received < gen->demo->now - G_GINT64_CONSTANT (395) * 24 * HOUR)
    return;
  if (kind == QS_REQUEST_KIND_COMPLAINT)
    {
      for (guint i = 0; i < G_N_ELEMENTS (department->last_complaints); i++)
        if (department->last_complaints[i][0] == '\0')
          {
            memcpy (department->last_complaints[i], gen->request_id, QS_DEMO_ID_SIZE);
            break;
          }
    }
  else if (kind == QS_REQUEST_KIND_SUGGESTION && department->last_suggestion[0] == '\0')
    memcpy (department->last_suggestion, gen->request_id, QS_DEMO_ID_SIZE);
}

/* Writes the request, cut at "now", and what followed it. */
static gboolean
generate_one (Generator *gen, gint64 index, GError **error)
{
  QsDemo       *demo = gen->demo;
  QsBulkInsert *b = gen->requests;
  QsRequestKind kind = qs_demo_pick (demo, kind_weights, G_N_ELEMENTS (kind_weights));
  guint         provider = qs_demo_pick (demo, gen->provider_weights, QS_DEMO_N_DEPARTMENTS);
  QsChannel     channel =
    qs_demo_pick (demo, channel_weights[kind], G_N_ELEMENTS (channel_weights[kind]));
  gboolean                   anonymous = channel == QS_CHANNEL_SUGGESTION_BOX;
  const QsDemoClient        *client = NULL;
  const QsDemoRequestText   *text = NULL;
  const QsDemoComplaintText *complaint = NULL;
  QsProblem                  problem = QS_PROBLEM_SERVICE;
  gboolean                   confidential, special = FALSE;
  gint64                     received = qs_demo_business_time (demo, index);
  QsDemoDepartment          *department;
  const QsDemoCommitment    *ack, *resolution;
  const QsDemoDay           *day;
  const QsDemoClient        *assignee;
  gint64 due_index, extra = 0, acknowledged = 0, resolved = 0, informed = 0, closed = 0, paused = 0;
  gint64 asked = 0;
  int    status = QS_REQUEST_STATUS_RECEIVED, escalation = 0;
  guint  n_kept = 0;

  switch (kind)
    {
    case QS_REQUEST_KIND_REQUEST:
      text = &qs_demo_requests[provider][qs_demo_index (demo, qs_demo_n_requests[provider])];
      special = (text->flags & QS_DEMO_TEMPLATE_SPECIAL) != 0;
      break;
    case QS_REQUEST_KIND_COMPLAINT:
      complaint =
        &qs_demo_complaints[qs_demo_pick (demo, gen->complaint_weights, qs_demo_n_complaints)];
      problem = complaint->problem;
      /* Complaints about how a person is treated go to Human Resources. */
      if (is_personal (problem))
        provider = QS_DEMO_HR;
      break;
    case QS_REQUEST_KIND_SUGGESTION:
      text = &qs_demo_suggestions[qs_demo_index (demo, qs_demo_n_suggestions)];
      break;
    case QS_REQUEST_KIND_COMPLIMENT:
    default:
      text = &qs_demo_compliments[qs_demo_index (demo, qs_demo_n_compliments)];
      break;
    }
  department = &demo->departments[provider];
  confidential =
    is_personal (problem) || (text != NULL && (text->flags & QS_DEMO_TEMPLATE_SENSITIVE));
  if (!anonymous)
    client = &demo->clients[pick_client (gen, provider)];
  assignee = &demo->clients[g_array_index (department->staff, guint,
                                           qs_demo_index (demo, department->staff->len))];

  /* Some messages arrive in the evening: the clock starts at the next opening. */
  if ((channel == QS_CHANNEL_EMAIL || channel == QS_CHANNEL_VOICEMAIL ||
       channel == QS_CHANNEL_INTRANET_FORM || channel == QS_CHANNEL_SOCIAL_MEDIA) &&
      qs_demo_chance (demo, 0.08))
    received = MAX (received - qs_demo_uniform (demo, HOUR / 2, 14 * HOUR), demo->start);

  /* The charter says which commitments cover the request (see
   * qs-demo-charters.c); a compliment has nothing to resolve. */
  ack = qs_demo_covering (department, QS_METRIC_ACKNOWLEDGEMENT, kind, channel);
  if (kind == QS_REQUEST_KIND_COMPLIMENT)
    resolution = NULL;
  else if (special && department->special != NULL)
    resolution = department->special;
  else
    resolution = qs_demo_covering (department, QS_METRIC_RESOLUTION, kind, channel);

  gen->n_steps = 0;
  simulate (gen, kind, channel, provider, received, ack, resolution, &due_index);
  sort_steps (gen);

  /* What had happened by "now". */
  qs_demo_id_sequence_next (demo, &gen->request_ids, gen->request_id);
  for (; n_kept < gen->n_steps && gen->steps[n_kept].at <= demo->now; n_kept++)
    {
      Step *step = &gen->steps[n_kept];

      if (step->kind == QS_EVENT_KIND_EXTENSION)
        {
          format_due (gen, received, due_index + extra, gen->due_before, sizeof gen->due_before);
          format_due (gen, received, due_index + extra + step->due_delta, gen->due_after,
                      sizeof gen->due_after);
          step->old_value = gen->due_before;
          step->new_value = gen->due_after;
        }
      extra += step->due_delta;
      if (step->kind == QS_EVENT_KIND_ESCALATION)
        escalation = 1;
      if (step->to == NO_STATUS)
        continue;
      status = step->to;
      switch (status)
        {
        case QS_REQUEST_STATUS_ACKNOWLEDGED:
          acknowledged = step->at;
          break;
        case QS_REQUEST_STATUS_WAITING_ON_CLIENT:
          paused = step->at;
          break;
        case QS_REQUEST_STATUS_IN_ANALYSIS:
          paused = 0;
          break;
        case QS_REQUEST_STATUS_RESOLVED:
          resolved = step->at;
          break;
        case QS_REQUEST_STATUS_CLIENT_INFORMED:
          informed = step->at;
          break;
        case QS_REQUEST_STATUS_CLOSED:
          closed = step->at;
          break;
        case QS_REQUEST_STATUS_REOPENED:
          resolved = informed = closed = 0;
          break;
        case QS_REQUEST_STATUS_REJECTED:
          /* The client is told why. */
          informed = step->at;
          break;
        default:
          break;
        }
    }

  day = qs_demo_day (demo, received);
  if (day->year != gen->year)
    {
      gen->year = day->year;
      gen->counter = 0;
    }
  g_snprintf (gen->ref, sizeof gen->ref, "REQ-%d-%05u", gen->year, ++gen->counter);

  qs_bulk_insert_set_string (b, QS_REQUEST_FIELD_REF, gen->ref);
  qs_bulk_insert_set_enum (b, QS_REQUEST_FIELD_KIND, kind);
  qs_bulk_insert_set_enum (b, QS_REQUEST_FIELD_CHANNEL, channel);
  if (client != NULL)
    {
      qs_bulk_insert_set_string (b, QS_REQUEST_FIELD_CLIENT_ID, client->id);
      qs_bulk_insert_set_string (b, QS_REQUEST_FIELD_ORIGIN_DEPARTMENT_ID,
                                 demo->departments[client->department].id);
    }
  qs_bulk_insert_set_string (b, QS_REQUEST_FIELD_DEPARTMENT_ID, department->id);
  if (resolution != NULL)
    qs_bulk_insert_set_string (b, QS_REQUEST_FIELD_COMMITMENT_ID, resolution->id);
  if (ack != NULL)
    qs_bulk_insert_set_string (b, QS_REQUEST_FIELD_ACK_COMMITMENT_ID, ack->id);
  qs_bulk_insert_set_string (b, QS_REQUEST_FIELD_CALENDAR_ID, demo->calendar_id);
  qs_bulk_insert_set_enum (b, QS_REQUEST_FIELD_PROBLEM, problem);
  qs_bulk_insert_set_string (
    b, QS_REQUEST_FIELD_SUBJECT,
    qs_demo_text (demo, complaint != NULL ? complaint->subject : text->subject));
  qs_bulk_insert_set_string (
    b, QS_REQUEST_FIELD_DESCRIPTION,
    qs_demo_text (demo, complaint != NULL ? complaint->description : text->description));
  qs_bulk_insert_set_enum (
    b, QS_REQUEST_FIELD_PRIORITY,
    qs_demo_pick (demo, priority_weights[kind], G_N_ELEMENTS (priority_weights[kind])));
  qs_bulk_insert_set_boolean (b, QS_REQUEST_FIELD_CONFIDENTIAL, confidential);
  qs_bulk_insert_set_enum (b, QS_REQUEST_FIELD_STATUS, status);
  qs_bulk_insert_set_enum (b, QS_REQUEST_FIELD_LANGUAGE,
                           client != NULL ? client->language : demo->language);
  qs_bulk_insert_set_int (b, QS_REQUEST_FIELD_RECEIVED_AT, received);
  qs_bulk_insert_set_int (b, QS_REQUEST_FIELD_ACKNOWLEDGED_AT, acknowledged);
  qs_bulk_insert_set_int (b, QS_REQUEST_FIELD_RESOLVED_AT, resolved);
  qs_bulk_insert_set_int (b, QS_REQUEST_FIELD_CLIENT_INFORMED_AT, informed);
  qs_bulk_insert_set_int (b, QS_REQUEST_FIELD_CLOSED_AT, closed);
  if (ack != NULL)
    qs_bulk_insert_set_int (
      b, QS_REQUEST_FIELD_ACK_DUE_AT,
      qs_demo_due_time (demo, received, qs_demo_business_index (demo, received) + ack->target));
  if (resolution != NULL)
    qs_bulk_insert_set_int (b, QS_REQUEST_FIELD_RESOLUTION_DUE_AT,
                            qs_demo_due_time (demo, received, due_index + extra));
  qs_bulk_insert_set_int (b, QS_REQUEST_FIELD_PAUSED_AT, paused);
  qs_bulk_insert_set_string (b, QS_REQUEST_FIELD_ASSIGNEE_ID, assignee->id);
  qs_bulk_insert_set_int (b, QS_REQUEST_FIELD_ESCALATION_LEVEL, escalation);
  if (resolved != 0)
    qs_bulk_insert_set_string (
      b, QS_REQUEST_FIELD_RESOLUTION,
      qs_demo_text (demo, qs_demo_resolutions[kind][qs_demo_index (demo, 3)]));
  if (status == QS_REQUEST_STATUS_REJECTED)
    qs_bulk_insert_set_string (
      b, QS_REQUEST_FIELD_REJECT_REASON,
      qs_demo_text (demo, qs_demo_reject_reasons[qs_demo_index (demo, 4)]));
  if (status == QS_REQUEST_STATUS_CLOSED && client != NULL)
    asked = survey_question (gen, client, provider, closed, confidential);
  qs_bulk_insert_set_int (b, QS_REQUEST_FIELD_SURVEY_ASKED_AT, asked);
  if (!qs_bulk_insert_row (b, gen->request_id, received, gen->steps[n_kept - 1].at, error))
    return FALSE;

  /* Forms record themselves; everything else is recorded by a person. */
  if (!insert_events (gen, n_kept,
                      channel == QS_CHANNEL_INTRANET_FORM
                        ? qs_demo_text (demo, qs_demo_intake_actor)
                        : assignee->name,
                      assignee->name, error))
    return FALSE;
  if (!confidential)
    remember_for_actions (gen, kind, provider, received);

  /* About half of the clients asked answer. */
  if (asked != 0 && qs_demo_chance (demo, 0.55))
    {
      gboolean late =
        resolution != NULL && resolved > qs_demo_due_time (demo, received, due_index + extra);

      if (!insert_feedback (gen, client, provider, asked, late, kind, error))
        return FALSE;
    }
  return TRUE;
}

static int
compare_index (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static gboolean
generate_all (Generator *gen, GError **error)
{
  QsDemo            *demo = gen->demo;
  gint64             first = qs_demo_business_index (demo, demo->start);
  gint64             span = qs_demo_business_index (demo, demo->now) - first;
  g_autofree gint64 *indexes = g_new (gint64, MAX (demo->n_requests, 1));

  /* Received times in business hours, more of them as the service becomes
   * known, in order so that references count up with time. */
  for (guint i = 0; i < demo->n_requests; i++)
    indexes[i] = first + (gint64) (pow (g_rand_double (demo->rand), 0.85) * (double) (span - 1));
  qsort (indexes, demo->n_requests, sizeof (gint64), compare_index);

  for (guint i = 0; i < demo->n_requests; i++)
    if (!generate_one (gen, indexes[i], error))
      return FALSE;
  return TRUE;
}

gboolean
qs_demo_fill_requests (QsDemo *demo, GError **error)
{
  g_autoptr (QsBulkInsert) requests = NULL;
  g_autoptr (QsBulkInsert) events = NULL;
  g_autoptr (QsBulkInsert) feedback = NULL;
  g_autoptr (GEnumClass) statuses = g_type_class_ref (QS_TYPE_REQUEST_STATUS);
  g_autoptr (GHashTable) asked =
    g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  Generator gen = { .demo = demo, .asked = asked };

  for (guint s = 0; s <= QS_REQUEST_STATUS_REJECTED; s++)
    gen.status_nicks[s] = g_enum_get_value (statuses, s)->value_nick;
  for (guint d = 0; d < QS_DEMO_N_DEPARTMENTS; d++)
    gen.provider_weights[d] = qs_demo_departments[d].request_share;
  g_assert (qs_demo_n_complaints <= G_N_ELEMENTS (gen.complaint_weights));
  for (guint c = 0; c < qs_demo_n_complaints; c++)
    gen.complaint_weights[c] = qs_demo_complaints[c].weight;

  requests = qs_bulk_insert_new (demo->store, QS_TYPE_REQUEST, error);
  if (requests == NULL)
    return FALSE;
  events = qs_bulk_insert_new (demo->store, QS_TYPE_REQUEST_EVENT, error);
  if (events == NULL)
    return FALSE;
  feedback = qs_bulk_insert_new (demo->store, QS_TYPE_FEEDBACK, error);
  if (feedback == NULL)
    return FALSE;
  /* About six events a request, and feedback after one in seven. */
  qs_demo_id_sequence_init (demo, &gen.request_ids, demo->n_requests);
  qs_demo_id_sequence_init (demo, &gen.event_ids, (guint64) demo->n_requests * 6);
  qs_demo_id_sequence_init (demo, &gen.feedback_ids, demo->n_requests / 7);
  gen.requests = requests;
  gen.events = events;
  gen.feedback = feedback;

  return qs_bulk_insert_defer_indexes (requests, error) &&
         qs_bulk_insert_defer_indexes (events, error) &&
         qs_bulk_insert_defer_indexes (feedback, error) && generate_all (&gen, error) &&
         qs_bulk_insert_finish (requests, error) && qs_bulk_insert_finish (events, error) &&
         qs_bulk_insert_finish (feedback, error);
}
