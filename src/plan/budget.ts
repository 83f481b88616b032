/**
 * Fits the parts of a review into a character budget. Each block gets a share of the budget,
 * shares a block does not need go to the blocks after it, and whatever does not fit is counted
 * and named rather than cut mid-way. One pass over the items: linear in the size of the review.
 */

/** A run of items under a heading, e.g. the rows of the resource table. */
export interface Block {
  /** Heading and lead-in, always shown; empty for none. */
  readonly head: string;
  /** The items, in order. */
  readonly items: readonly string[];
  /** Between the head and the first item, and between items. */
  readonly separator: string;
  /** What one item is, for the note on what was left out, e.g. `resource`. */
  readonly noun: string;
  /** The block's share of a tight budget, between 0 and 1. */
  readonly share: number;
  /** Whether an item too long for the space left is skipped and later ones still tried. @default false (stop at the first) */
  readonly skipping?: boolean;
  /** Whether the block is left out entirely when it has no items. @default false */
  readonly optional?: boolean;
}

/** Items of one block left out. */
export interface Cut {
  /** How many. */
  readonly count: number;
  /** What they are, e.g. `resource`. */
  readonly noun: string;
}

/** The fitted text and what it left out. */
export interface Fitted {
  /** The blocks, separated by blank lines. */
  readonly text: string;
  /** What was left out, block by block; empty when everything fits. */
  readonly cuts: readonly Cut[];
}

const BLOCK_SEPARATOR = '\n\n';

function itemsLength(b: Block): number {
  let n = 0;
  for (const item of b.items) n += item.length + b.separator.length;
  return n;
}

function assemble(b: Block, items: readonly string[], note: string): string {
  const body = items.length ? `${b.head ? `${b.head}${b.separator}` : ''}${items.join(b.separator)}` : b.head;
  return note ? `${body}${BLOCK_SEPARATOR}${note}` : body;
}

/**
 * Lays out `blocks` within `budget` characters. `note(count, noun)` words the line that replaces
 * what a block leaves out; it is given room in advance, so the result stays within budget
 * whenever the heads and notes alone do.
 */
export function fitBlocks(blocks: readonly Block[], budget: number, note: (count: number, noun: string) => string): Fitted {
  const shown = blocks.filter((b) => !(b.optional && b.items.length === 0));
  const fullText = shown.map((b) => assemble(b, b.items, '')).join(BLOCK_SEPARATOR);
  if (fullText.length <= budget) return { text: fullText, cuts: [] };

  let fixed = 0;
  for (const b of shown) fixed += b.head.length + BLOCK_SEPARATOR.length * 2 + note(b.items.length, b.noun).length;
  const avail = Math.max(0, budget - fixed);
  const wants = shown.map(itemsLength);
  const allot = shown.map((b, i) => Math.min(wants[i], Math.floor(b.share * avail)));
  let spare = avail - allot.reduce((a, b) => a + b, 0);
  for (let i = 0; i < shown.length && spare > 0; i++) {
    const extra = Math.min(spare, wants[i] - allot[i]);
    allot[i] += extra;
    spare -= extra;
  }

  const cuts: Cut[] = [];
  const parts = shown.map((b, i) => {
    const kept: string[] = [];
    let used = 0;
    for (const item of b.items) {
      const size = item.length + b.separator.length;
      if (used + size <= allot[i]) {
        kept.push(item);
        used += size;
      } else if (!b.skipping) break;
    }
    const left = b.items.length - kept.length;
    if (left > 0) cuts.push({ count: left, noun: b.noun });
    return assemble(b, kept, left > 0 ? note(left, b.noun) : '');
  });
  return { text: parts.join(BLOCK_SEPARATOR), cuts };
}
