/* qs-row-ids.c — the row ids of a list, in list order, kept compact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list over a million requests would hold eight megabytes of 64-bit row
 * ids. They are kept in blocks of BLOCK_SIZE instead: a block whose ids
 * follow each other at a constant step (the whole unfiltered list, newest
 * first, is such runs) keeps two numbers; any other keeps each id as an
 * offset from the block's smallest, in 16 or 32 bits when they fit (the
 * rows of a search, or of a sort, sit within a few hundred thousand of
 * each other), else the ids themselves. Reading an id stays a division
 * and an array index.
 *
 * Ids are appended to a tail of plain 64-bit ids, which becomes a block
 * when it is full. Arithmetic is done on unsigned 64-bit numbers, which
 * wrap: any rowid SQLite can give comes back exactly.
 */
#include "config.h"

#include "qs-row-ids.h"

#define BLOCK_SIZE 4096

typedef enum
{
  BLOCK_RUN, /* id i is base + i × step */
  BLOCK_OFFSETS_16,
  BLOCK_OFFSETS_32,
  BLOCK_IDS_64,
} BlockKind;

typedef struct
{
  BlockKind kind;
  guint64   base;
  guint64   step;
  gpointer  data; /* offsets from base, or the ids; NULL for a run */
} Block;

struct _QsRowIds
{
  GArray *blocks; /* Block, each of BLOCK_SIZE ids */
  GArray *tail;   /* gint64: the last ids, fewer than BLOCK_SIZE */
};

static void
clear_block (gpointer data)
{
  g_free (((Block *) data)->data);
}

QsRowIds *
qs_row_ids_new (void)
{
  QsRowIds *self = g_new0 (QsRowIds, 1);

  self->blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  g_array_set_clear_func (self->blocks, clear_block);
  self->tail = g_array_new (FALSE, FALSE, sizeof (gint64));
  return self;
}

void
qs_row_ids_free (QsRowIds *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->blocks);
  g_array_unref (self->tail);
  g_free (self);
}

/* Turns the full tail into the smallest block that holds it. */
static void
seal_tail (QsRowIds *self)
{
  const gint64 *ids = (const gint64 *) self->tail->data;
  guint64       step = (guint64) ids[1] - (guint64) ids[0];
  gboolean      run = TRUE;
  gint64        min = ids[0];
  gint64        max = ids[0];
  guint64       span;
  Block         block = {
            0,
  };

  for (guint i = 1; i < BLOCK_SIZE; i++)
    {
      run = run && (guint64) ids[i] - (guint64) ids[i - 1] == step;
      min = MIN (min, ids[i]);
      max = MAX (max, ids[i]);
    }
  span = (guint64) max - (guint64) min;

  if (run)
    {
      block.kind = BLOCK_RUN;
      block.base = (guint64) ids[0];
      block.step = step;
    }
  else if (span <= G_MAXUINT16)
    {
      guint16 *offsets = g_new (guint16, BLOCK_SIZE);

      for (guint i = 0; i < BLOCK_SIZE; i++)
        offsets[i] = (guint64) ids[i] - (guint64) min;
      block.kind = BLOCK_OFFSETS_16;
      block.base = (guint64) min;
      block.data = offsets;
    }
  else if (span <= G_MAXUINT32)
    {
      guint32 *offsets = g_new (guint32, BLOCK_SIZE);

      for (guint i = 0; i < BLOCK_SIZE; i++)
        offsets[i] = (guint64) ids[i] - (guint64) min;
      block.kind = BLOCK_OFFSETS_32;
      block.base = (guint64) min;
      block.data = offsets;
    }
  else
    {
      block.kind = BLOCK_IDS_64;
      block.data = g_memdup2 (ids, BLOCK_SIZE * sizeof (gint64));
    }
  g_array_append_val (self->blocks, block);
  g_array_set_size (self->tail, 0);
}

void
qs_row_ids_append (QsRowIds *self, gint64 rowid)
{
  g_array_append_val (self->tail, rowid);
  if (self->tail->len == BLOCK_SIZE)
    seal_tail (self);
}

guint
qs_row_ids_get_length (const QsRowIds *self)
{
  return self->blocks->len * BLOCK_SIZE + self->tail->len;
}

gint64
qs_row_ids_get (const QsRowIds *self, guint position)
{
  guint        index = position / BLOCK_SIZE;
  guint        i = position % BLOCK_SIZE;
  const Block *block;

  g_return_val_if_fail (position < qs_row_ids_get_length (self), 0);

  if (index == self->blocks->len)
    return g_array_index (self->tail, gint64, i);

  block = &g_array_index (self->blocks, Block, index);
  switch (block->kind)
    {
    case BLOCK_RUN:
      return (gint64) (block->base + i * block->step);
    case BLOCK_OFFSETS_16:
      return (gint64) (block->base + ((const guint16 *) block->data)[i]);
    case BLOCK_OFFSETS_32:
      return (gint64) (block->base + ((const guint32 *) block->data)[i]);
    case BLOCK_IDS_64:
    default:
      return ((const gint64 *) block->data)[i];
    }
}

gsize
qs_row_ids_get_memory_size (const QsRowIds *self)
{
  /* What the arrays hold, not their spare capacity. */
  gsize size =
    sizeof (QsRowIds) + self->blocks->len * sizeof (Block) + self->tail->len * sizeof (gint64);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      if (block->kind == BLOCK_OFFSETS_16)
        size += BLOCK_SIZE * sizeof (guint16);
      else if (block->kind == BLOCK_OFFSETS_32)
        size += BLOCK_SIZE * sizeof (guint32);
      else if (block->kind == BLOCK_IDS_64)
        size += BLOCK_SIZE * sizeof (gint64);
    }
  return size;
}
