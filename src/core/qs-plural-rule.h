/* qs-plural-rule.h — a gettext Plural-Forms expression, parsed once and evaluated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The C-like grammar of the "plural=" field of a catalogue's header, as
 * GNU gettext's plural.y reads it: the variable n, decimal integers,
 * parentheses, ! * / % + - < > <= >= == != && || and ?: with C's
 * precedence and associativity, in unsigned long arithmetic. GLib has no
 * evaluator for it (only gettext itself, which cannot read a catalogue in
 * another language than the process's), hence this one; see qs-catalog.h.
 *
 * A division or remainder by zero gives 0 instead of gettext's SIGFPE.
 * Expressions are limited to QS_PLURAL_RULE_MAX_NODES operands and
 * operators, far above the longest real one (Arabic's, some 40), so that a
 * hostile catalogue cannot exhaust the stack.
 */
#pragma once

/* Declarations aligned by hand, GNOME style (see .clang-format). */
/* clang-format off */

#include <glib.h>

G_BEGIN_DECLS

#define QS_PLURAL_RULE_MAX_NODES 256

typedef struct _QsPluralRule QsPluralRule;

/* The rule of @expression ("(n > 1)", "n==1 ? 0 : n%10>=2 && …"), or
 * NULL with @error set (QS_ERROR_PARSE) when it is not one. */
QsPluralRule *qs_plural_rule_parse    (const char    *expression,
                                       GError       **error);
/* The value of the rule for @n: the index of a plural form. */
gulong        qs_plural_rule_evaluate (const QsPluralRule *self,
                                       gulong              n);
void          qs_plural_rule_free     (QsPluralRule  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsPluralRule, qs_plural_rule_free)

G_END_DECLS
/* clang-format on */
