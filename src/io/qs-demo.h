/* qs-demo.h — fills a database with an example organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include "qs-enums.h"
#include "qs-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint       n_requests;  /* requests over the 18 months before @now */
  guint32     seed;        /* same seed, same @now: the same rows, ids included */
  QsLanguage  language;    /* the language of the organisation's texts */
  gint64      now;         /* Unix µs; 0: the start of today by the store's clock */
} QsDemoOptions;

#define QS_DEMO_DEFAULT_REQUESTS 2000

void     qs_demo_options_init (QsDemoOptions        *options);
gboolean qs_demo_fill         (QsStore              *store,
                               const QsDemoOptions  *options,
                               GError              **error);

G_END_DECLS
/* clang-format on */
