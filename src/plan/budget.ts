/**
 * Fits the parts of a review into a character budget. Each block gets a share of the budget,
 * shares a block does not need go to the blocks after it, and whatever does not fit is counted
 * and named rather than cut mid-way. Items are rendered on demand and no block renders much
 * more than the budget, so a plan with thousands of policies costs no more to lay out than one
 * that fits.
 */

/** A run of items under a heading, e.g. the rows of the resource table. */
export interface Block {
  /** Heading and lead-in, always shown; empty for none. */
  readonly head: string;
  /** How many items the block has. */
  readonly count: number;
  /** Renders item `i` (0-based); called at most once per item. */
  readonly item: (i: number) => string;
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

/** A block's items rendered so far, and their total size with separators. */
class Rendered {
  readonly items: string[] = [];
  size = 0;
  constructor(readonly block: Block) {}

  /** Renders items until their size passes `cap` or none are left; returns whether all are rendered. */
  fill(cap: number): boolean {
    const b = this.block;
    while (this.items.length < b.count && this.size <= cap) {
      const item = b.item(this.items.length);
      this.items.push(item);
      this.size += item.length + b.separator.length;
    }
    return this.items.length === b.count;
  }
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
  const shown = blocks.filter((b) => !(b.optional && b.count === 0)).map((b) => new Rendered(b));
  let heads = 0;
  for (const r of shown) heads += r.block.head.length + BLOCK_SEPARATOR.length;
  let total = heads;
  let complete = true;
  for (const r of shown) {
    complete = r.fill(budget - total) && complete;
    total += r.size;
  }
  if (complete && total <= budget + BLOCK_SEPARATOR.length) {
    return { text: shown.map((r) => assemble(r.block, r.items, '')).join(BLOCK_SEPARATOR), cuts: [] };
  }

  let fixed = heads;
  for (const r of shown) fixed += BLOCK_SEPARATOR.length + note(r.block.count, r.block.noun).length;
  const avail = Math.max(0, budget - fixed);
  // Rendering up to `avail` tells whether a block needs less than its share; beyond that it does not matter.
  const wants = shown.map((r) => (r.fill(avail) ? r.size : Infinity));
  const allot = shown.map((r, i) => Math.min(wants[i], Math.floor(r.block.share * avail)));
  let spare = avail - allot.reduce((a, b) => a + b, 0);
  for (let i = 0; i < shown.length && spare > 0; i++) {
    const extra = Math.min(spare, wants[i] - allot[i]);
    allot[i] += extra;
    spare -= extra;
  }

  const cuts: Cut[] = [];
  const parts = shown.map((r, i) => {
    const kept = take(r, allot[i]);
    const left = r.block.count - kept.length;
    if (left > 0) cuts.push({ count: left, noun: r.block.noun });
    return assemble(r.block, kept, left > 0 ? note(left, r.block.noun) : '');
  });
  return { text: parts.join(BLOCK_SEPARATOR), cuts };
}

/**
 * The items that fit in `room`: in order up to the first that does not, or (skipping) any that
 * fit, giving up once the items that did not fit add up to more than `room`, to bound the work.
 */
function take(r: Rendered, room: number): string[] {
  const b = r.block;
  const kept: string[] = [];
  let used = 0;
  let rejected = 0;
  for (let i = 0; i < b.count; i++) {
    if (i === r.items.length) r.fill(r.size);
    const size = r.items[i].length + b.separator.length;
    if (used + size <= room) {
      kept.push(r.items[i]);
      used += size;
    } else if (!b.skipping || (rejected += size) > room) {
      break;
    }
  }
  return kept;
}
