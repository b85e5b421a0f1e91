/* qs-demo-private.h — what the demo generator's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The generator is one QsDemo, filled in order by each file: the calendar,
 * the directory (departments, people, services), the charters, the
 * requests, the feedback and the improvement loop. Everything random comes
 * from demo->rand, seeded once, and is drawn in a fixed order: the same
 * seed gives the same rows, ids included.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-business-hours.h"
#include "qs-demo.h"
#include "qs-demo-text.h"
#include "qs-entities.h"
#include "qs-repository.h"

G_BEGIN_DECLS

#define QS_DEMO_ID_SIZE 37   /* a UUID and its NUL */
#define QS_USEC_PER_SEC G_GINT64_CONSTANT (1000000)

#define QS_DEMO_N_METRICS (QS_METRIC_SURVEY_SCORE + 1)
#define QS_DEMO_N_KINDS (QS_REQUEST_KIND_COMPLIMENT + 1)
#define QS_DEMO_N_CHANNELS (QS_CHANNEL_INTRANET_FORM + 1)

/* A measured commitment of a charter, as the requests need it. */
typedef struct
{
  char      *id;
  gint64     target;         /* business seconds; 0 when the commitment has no deadline */
  QsMetric   metric;
  QsChannel  channel;
  guint      kinds;          /* the request kinds it covers, as 1 << QsRequestKind */
  gboolean   special;        /* the department's own deadline */
} QsDemoCommitment;

typedef struct
{
  char             *id;
  char             *manager_id;
  GArray           *members;  /* guint indexes into QsDemo.clients */
  GArray           *staff;    /* the members who handle requests */
  char             *charter_id;
  GArray           *commitments;  /* QsDemoCommitment, the measured ones of its charter */
  /* What a request of a kind on a channel is counted against, by metric,
   * or NULL: see qs-demo-charters.c. */
  const QsDemoCommitment *covering[QS_DEMO_N_METRICS][QS_DEMO_N_KINDS][QS_DEMO_N_CHANNELS];
  const QsDemoCommitment *special;  /* for the requests marked QS_DEMO_TEMPLATE_SPECIAL */
  char             *indicator_ids[8];
  char              last_complaints[2][QS_DEMO_ID_SIZE];  /* for the improvement actions */
  char              last_suggestion[QS_DEMO_ID_SIZE];
} QsDemoDepartment;

typedef struct
{
  char       *id;
  char       *name;         /* "Given Family": how staff sign a request's events */
  guint       department;
  QsLanguage  language;
  gboolean    is_staff;
  gboolean    survey_consent;
} QsDemoClient;

/* One day of the business calendar, local to the calendar's zone. */
typedef struct
{
  gint64  midnight;          /* Unix µs of the local midnight */
  gint64  before;            /* business seconds of all the days before */
  guint16 ranges[2][2];      /* open ranges, minutes after midnight, [start, end) */
  guint8  n_ranges;
  guint16 year, month, day;
} QsDemoDay;

typedef struct
{
  QsStore          *store;
  GRand            *rand;
  QsLanguage        language;
  guint             n_requests;
  gint64            now;       /* the end of the demo's history */
  gint64            start;     /* 18 months before */

  GTimeZone        *zone;
  QsDemoDay        *days;
  guint             n_days;
  char             *calendar_id;
  QsBusinessHours  *hours;     /* the clock of the calendar as saved */
  gint64            origin;    /* where business indexes count from */

  QsDemoDepartment  departments[QS_DEMO_N_DEPARTMENTS];
  QsDemoClient     *clients;
  guint             n_clients;
  char             *organisation_indicator_ids[8];
} QsDemo;

/* Random ids in increasing order, for the big tables: see qs-demo.c. */
typedef struct
{
  guint64 high;              /* the top 58 of 122 bits */
  guint64 low;
  guint   gap_bits;
} QsDemoIdSequence;

/* qs-demo.c */
void        qs_demo_make_id           (QsDemo        *demo,
                                       char           id[QS_DEMO_ID_SIZE]);
void        qs_demo_id_sequence_init  (QsDemo        *demo,
                                       QsDemoIdSequence *sequence,
                                       guint64        expected);
void        qs_demo_id_sequence_next  (QsDemo        *demo,
                                       QsDemoIdSequence *sequence,
                                       char           id[QS_DEMO_ID_SIZE]);
gpointer    qs_demo_new_entity        (QsDemo        *demo,
                                       GType          type);
gboolean    qs_demo_save              (QsDemo        *demo,
                                       gpointer       entity,
                                       gint64         at,
                                       GError       **error);
gboolean    qs_demo_save_full         (QsDemo        *demo,
                                       gpointer       entity,
                                       gint64         created_at,
                                       gint64         updated_at,
                                       GError       **error);
const char *qs_demo_text              (QsDemo        *demo,
                                       const QsDemoText text);
guint       qs_demo_pick              (QsDemo        *demo,
                                       const double  *weights,
                                       guint          n_weights);
guint       qs_demo_index             (QsDemo        *demo,
                                       guint          n);
gboolean    qs_demo_chance            (QsDemo        *demo,
                                       double         probability);
gint64      qs_demo_uniform           (QsDemo        *demo,
                                       gint64         from,
                                       gint64         to);

/* qs-demo-calendar.c */
gboolean    qs_demo_fill_calendar     (QsDemo        *demo,
                                       GError       **error);
void        qs_demo_calendar_clear    (QsDemo        *demo);
gint64      qs_demo_business_index    (QsDemo        *demo,
                                       gint64         time);
gint64      qs_demo_business_time     (QsDemo        *demo,
                                       gint64         index);
gint64      qs_demo_add_business      (QsDemo        *demo,
                                       gint64         time,
                                       gint64         seconds);
gint64      qs_demo_due_time          (QsDemo        *demo,
                                       gint64         received,
                                       gint64         index);
char       *qs_demo_format_date       (QsDemo        *demo,
                                       gint64         time);
const QsDemoDay *qs_demo_day          (QsDemo        *demo,
                                       gint64         time);
gint64      qs_demo_date_time         (QsDemo        *demo,
                                       int            year,
                                       int            month,
                                       int            day);
gint64      qs_demo_business_days     (double         days);

/* qs-demo-directory.c */
gboolean    qs_demo_fill_directory    (QsDemo        *demo,
                                       GError       **error);
/* qs-demo-charters.c */
gboolean    qs_demo_fill_charters     (QsDemo        *demo,
                                       GError       **error);
const QsDemoCommitment *qs_demo_covering (const QsDemoDepartment *department,
                                          QsMetric       metric,
                                          QsRequestKind  kind,
                                          QsChannel      channel);
/* qs-demo-requests.c */
gboolean    qs_demo_fill_requests     (QsDemo        *demo,
                                       GError       **error);
/* qs-demo-feedback.c */
gboolean    qs_demo_fill_feedback     (QsDemo        *demo,
                                       GError       **error);
/* qs-demo-improvement.c */
gboolean    qs_demo_fill_improvement  (QsDemo        *demo,
                                       GError       **error);

G_END_DECLS
/* clang-format on */
