/* qs-error.h — the QS_ERROR domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

G_BEGIN_DECLS

#define QS_ERROR (qs_error_quark ())

typedef enum {
  QS_ERROR_FAILED,
  QS_ERROR_INVALID,        /* a value the user gave is wrong */
  QS_ERROR_NOT_FOUND,
  QS_ERROR_READ_ONLY,      /* the database is opened read-only */
  QS_ERROR_NEWER_SCHEMA,   /* written by a newer QualServ */
  QS_ERROR_BUSY,           /* locked by another program */
  QS_ERROR_CORRUPT,
  QS_ERROR_PARSE,          /* a malformed file */
  QS_ERROR_STORAGE,        /* SQLite failed */
  QS_ERROR_CANCELLED,
} QsError;

GQuark qs_error_quark (void);

G_END_DECLS
/* clang-format on */
