/* qs-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "qs-error.h"

G_DEFINE_QUARK (qs - error - quark, qs_error)
