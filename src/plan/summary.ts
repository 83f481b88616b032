import { code, escapeText, plural, table, thousands } from './markdown';
import type { ChangeCounts } from './model';
import type { Review } from './render';

/** How one stack's plan ended: its review, or why it failed (one line, shown as given). */
export type StackOutcome =
  | { readonly stack: string; readonly review: Pick<Review, 'counts' | 'risks' | 'errored'> }
  | { readonly stack: string; readonly error: string };

/**
 * One Markdown table over several stacks' plans: a row per stack with its changes and risk flags
 * (or that it failed, and why), and a total row, so a reviewer of many accounts
 * sees first where to look. Pure and deterministic.
 */
export function renderStacksSummary(outcomes: readonly StackOutcome[], title = 'pinpoint-iam plan'): string {
  const total = { add: 0, change: 0, replace: 0, destroy: 0, risks: 0 };
  const failed = outcomes.filter((o) => 'error' in o).length;
  const rows = outcomes.map((o) => {
    if ('error' in o) return [code(o.stack), '—', '—', '—', '—', `**failed**: ${escapeText(shortened(o.error))}`];
    const c: ChangeCounts = o.review.counts;
    total.add += c.add;
    total.change += c.change;
    total.replace += c.replace;
    total.destroy += c.destroy;
    total.risks += o.review.risks.length;
    const status = o.review.errored ? '**incomplete plan**' : o.review.risks.length ? `**${plural(o.review.risks.length, 'risk flag')}**` : 'no risk flags';
    return [code(o.stack), thousands(c.add), thousands(c.change), thousands(c.replace), thousands(c.destroy), status];
  });
  rows.push(['**all stacks**', thousands(total.add), thousands(total.change), thousands(total.replace), thousands(total.destroy), `${plural(total.risks, 'risk flag')}${failed ? `, ${thousands(failed)} failed` : ''}`]);
  const head = `## ${escapeText(title)}: ${plural(outcomes.length, 'stack')}`;
  return `${head}\n\n${table(['Stack', 'Add', 'Change', 'Replace', 'Destroy', 'Review'], rows)}\n`;
}

function shortened(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
