/* qs-plural-rule.c — a gettext Plural-Forms expression, parsed once and evaluated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A recursive-descent parser (precedence climbing for the binary
 * operators) into a small array of nodes, and a recursive evaluator. The
 * expression ends at its end, at ';' or at a new line, as in a header's
 * "plural=…;" field.
 */
#include "config.h"

#include <string.h>

#include "qs-error.h"
#include "qs-plural-rule.h"

typedef enum
{
  OP_N,
  OP_NUMBER,
  OP_NOT,
  OP_MUL,
  OP_DIV,
  OP_MOD,
  OP_ADD,
  OP_SUB,
  OP_LESS,
  OP_GREATER,
  OP_LESS_EQUAL,
  OP_GREATER_EQUAL,
  OP_EQUAL,
  OP_NOT_EQUAL,
  OP_AND,
  OP_OR,
  OP_CONDITION,
} Op;

typedef struct
{
  Op     op;
  gulong value;      /* OP_NUMBER */
  guint  operand[3]; /* indices of the operands in the node array */
} Node;

struct _QsPluralRule
{
  GArray *nodes; /* Node */
  guint   root;
};

typedef struct
{
  const char *p;
  GArray     *nodes;
  guint       depth;
  const char *problem;
} Parser;

/* The binary operators, by how tightly they bind: * / % tightest. */
static const struct
{
  const char *text;
  Op          op;
  guint       precedence;
} binary_ops[] = {
  /* Two characters first, so that "<=" is not read as "<". */
  { "||", OP_OR, 1 },        { "&&", OP_AND, 2 },        { "==", OP_EQUAL, 3 },
  { "!=", OP_NOT_EQUAL, 3 }, { "<=", OP_LESS_EQUAL, 4 }, { ">=", OP_GREATER_EQUAL, 4 },
  { "<", OP_LESS, 4 },       { ">", OP_GREATER, 4 },     { "+", OP_ADD, 5 },
  { "-", OP_SUB, 5 },        { "*", OP_MUL, 6 },         { "/", OP_DIV, 6 },
  { "%", OP_MOD, 6 },
};

static guint parse_condition (Parser *parser);

static void
skip_spaces (Parser *parser)
{
  while (*parser->p == ' ' || *parser->p == '\t' || *parser->p == '\r')
    parser->p++;
}

static gboolean
at_end (Parser *parser)
{
  skip_spaces (parser);
  return *parser->p == '\0' || *parser->p == ';' || *parser->p == '\n';
}

static guint
fail (Parser *parser, const char *problem)
{
  if (parser->problem == NULL)
    parser->problem = problem;
  return G_MAXUINT;
}

static guint
add_node (Parser *parser, Op op, gulong value, guint a, guint b, guint c)
{
  Node node = { op, value, { a, b, c } };

  if (parser->problem != NULL)
    return G_MAXUINT;
  if (parser->nodes->len >= QS_PLURAL_RULE_MAX_NODES)
    return fail (parser, "the expression is too long");
  g_array_append_val (parser->nodes, node);
  return parser->nodes->len - 1;
}

static gboolean
enter (Parser *parser)
{
  if (++parser->depth > QS_PLURAL_RULE_MAX_NODES)
    {
      fail (parser, "the expression is nested too deeply");
      return FALSE;
    }
  return TRUE;
}

/* n, a number, !x or (x). */
static guint
parse_unary (Parser *parser)
{
  guint result;

  if (parser->problem != NULL || !enter (parser))
    return G_MAXUINT;
  skip_spaces (parser);
  if (*parser->p == '!' && parser->p[1] != '=')
    {
      guint operand;

      parser->p++;
      operand = parse_unary (parser);
      result = add_node (parser, OP_NOT, 0, operand, 0, 0);
    }
  else if (*parser->p == '(')
    {
      parser->p++;
      result = parse_condition (parser);
      skip_spaces (parser);
      if (*parser->p == ')')
        parser->p++;
      else
        result = fail (parser, "a “)” is missing");
    }
  else if (*parser->p == 'n')
    {
      parser->p++;
      result = add_node (parser, OP_N, 0, 0, 0, 0);
    }
  else if (g_ascii_isdigit (*parser->p))
    {
      gulong value = 0;

      for (; g_ascii_isdigit (*parser->p); parser->p++)
        {
          guint digit = *parser->p - '0';

          if (value > (G_MAXULONG - digit) / 10)
            return fail (parser, "a number is too large");
          value = value * 10 + digit;
        }
      result = add_node (parser, OP_NUMBER, value, 0, 0, 0);
    }
  else
    result = fail (parser, "an operand is missing");
  parser->depth--;
  return result;
}

static gboolean
peek_binary (Parser *parser, guint min_precedence, guint *index)
{
  skip_spaces (parser);
  for (guint i = 0; i < G_N_ELEMENTS (binary_ops); i++)
    if (g_str_has_prefix (parser->p, binary_ops[i].text))
      {
        if (binary_ops[i].precedence < min_precedence)
          return FALSE;
        *index = i;
        return TRUE;
      }
  return FALSE;
}

/* Left-associative binary operators of at least @min_precedence. */
static guint
parse_binary (Parser *parser, guint min_precedence)
{
  guint left = parse_unary (parser);
  guint i;

  while (parser->problem == NULL && peek_binary (parser, min_precedence, &i))
    {
      guint right;

      parser->p += strlen (binary_ops[i].text);
      right = parse_binary (parser, binary_ops[i].precedence + 1);
      left = add_node (parser, binary_ops[i].op, 0, left, right, 0);
    }
  return left;
}

/* x ? y : z, right-associative and the loosest of all. */
static guint
parse_condition (Parser *parser)
{
  guint test, then, otherwise;

  if (!enter (parser))
    return G_MAXUINT;
  test = parse_binary (parser, 1);
  skip_spaces (parser);
  if (parser->problem == NULL && *parser->p == '?')
    {
      parser->p++;
      then = parse_condition (parser);
      skip_spaces (parser);
      if (*parser->p != ':')
        {
          parser->depth--;
          return fail (parser, "a “:” is missing");
        }
      parser->p++;
      otherwise = parse_condition (parser);
      test = add_node (parser, OP_CONDITION, 0, test, then, otherwise);
    }
  parser->depth--;
  return test;
}

QsPluralRule *
qs_plural_rule_parse (const char *expression, GError **error)
{
  Parser        parser = { expression, NULL, 0, NULL };
  QsPluralRule *self;
  guint         root;

  g_return_val_if_fail (expression != NULL, NULL);

  parser.nodes = g_array_new (FALSE, FALSE, sizeof (Node));
  root = parse_condition (&parser);
  if (parser.problem == NULL && !at_end (&parser))
    parser.problem = "unexpected text after the expression";
  if (parser.problem != NULL)
    {
      g_set_error (error, QS_ERROR, QS_ERROR_PARSE, "plural expression “%s”: %s", expression,
                   parser.problem);
      g_array_unref (parser.nodes);
      return NULL;
    }

  self = g_new0 (QsPluralRule, 1);
  self->nodes = parser.nodes;
  self->root = root;
  return self;
}

static gulong
evaluate (const Node *nodes, guint index, gulong n)
{
  const Node *node = &nodes[index];
  gulong      a, b;

  switch (node->op)
    {
    case OP_N:
      return n;
    case OP_NUMBER:
      return node->value;
    case OP_NOT:
      return !evaluate (nodes, node->operand[0], n);
    case OP_AND:
      return evaluate (nodes, node->operand[0], n) && evaluate (nodes, node->operand[1], n);
    case OP_OR:
      return evaluate (nodes, node->operand[0], n) || evaluate (nodes, node->operand[1], n);
    case OP_CONDITION:
      return evaluate (nodes, node->operand[0], n) ? evaluate (nodes, node->operand[1], n)
                                                   : evaluate (nodes, node->operand[2], n);
    case OP_MUL:
    case OP_DIV:
    case OP_MOD:
    case OP_ADD:
    case OP_SUB:
    case OP_LESS:
    case OP_GREATER:
    case OP_LESS_EQUAL:
    case OP_GREATER_EQUAL:
    case OP_EQUAL:
    case OP_NOT_EQUAL:
    default:
      break;
    }

  a = evaluate (nodes, node->operand[0], n);
  b = evaluate (nodes, node->operand[1], n);
  switch (node->op)
    {
    case OP_MUL:
      return a * b;
    case OP_DIV:
      return b != 0 ? a / b : 0;
    case OP_MOD:
      return b != 0 ? a % b : 0;
    case OP_ADD:
      return a + b;
    case OP_SUB:
      return a - b;
    case OP_LESS:
      return a < b;
    case OP_GREATER:
      return a > b;
    case OP_LESS_EQUAL:
      return a <= b;
    case OP_GREATER_EQUAL:
      return a >= b;
    case OP_EQUAL:
      return a == b;
    case OP_NOT_EQUAL:
      return a != b;
    case OP_N:
    case OP_NUMBER:
    case OP_NOT:
    case OP_AND:
    case OP_OR:
    case OP_CONDITION:
    default:
      g_assert_not_reached ();
    }
}

gulong
qs_plural_rule_evaluate (const QsPluralRule *self, gulong n)
{
  g_return_val_if_fail (self != NULL, 0);

  return evaluate ((const Node *) self->nodes->data, self->root, n);
}

void
qs_plural_rule_free (QsPluralRule *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->nodes);
  g_free (self);
}
