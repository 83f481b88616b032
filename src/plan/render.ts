import { analyzePlan } from './analyze';
import { fitBlocks, type Block } from './budget';
import { isObject, type JsonObject } from './json';
import { code, details, escapeText, plural, tableHead, tableRow, thousands } from './markdown';
import type { Change, ChangeCounts, OutputChange, ResourceChange } from './model';
import { countChanges, parsePlan } from './parse';
import { findRisks, type RiskFlag } from './risks';
import { KNOWN_AFTER_APPLY, policySection } from './sections';

/** Options of {@link renderReview}. */
export interface ReviewOptions {
  /** Upper bound on the length of the Markdown, in UTF-16 code units (what GitHub counts). @default 65000 */
  readonly maxChars?: number;
  /** The heading of the review. @default "Terraform plan review" */
  readonly title?: string;
}

/** GitHub rejects issue and pull request comments longer than this. */
export const GITHUB_COMMENT_LIMIT = 65536;

/** The default size bound: GitHub's limit less room for a marker and a footer added by the caller. */
const DEFAULT_MAX_CHARS = 65000;

const MAX_FLAG_VALUES = 10;
const MAX_OUTPUT_VALUE = 120;

/** Unchanged resources and reads listed by name; they only need to be recognizable. */
const MAX_QUIET = 50;

/** Room kept for the `Shortened` line under the headline. */
const SHORTENED_RESERVE = 400;

/** What each change does, as a row of the resource table says it; a replacement by its order. */
const ACTION_TEXT: Readonly<Record<string, string>> = {
  create: '+ create',
  update: '~ update in place',
  delete: '- destroy',
  forget: '. forget (remove from state, keep the object)',
  'delete-before-create': '-/+ replace (destroy, then create)',
  'create-before-delete': '+/- replace (create, then destroy)',
};

function actionText(rc: ResourceChange): string {
  const c = rc.change;
  const key = c.kind === 'replace' ? (c.replaceOrder ?? 'delete-before-create') : c.kind;
  const base = ACTION_TEXT[key] ?? key;
  const notes = [
    rc.previousAddress ? `moved from ${code(rc.previousAddress)}` : '',
    rc.importingId !== undefined ? `import ${code(rc.importingId || '(id unknown)')}` : '',
    rc.actionReason ? `reason: ${code(rc.actionReason)}` : '',
  ].filter(Boolean);
  return notes.length ? `${base}; ${notes.join('; ')}` : base;
}

function flagLine(f: RiskFlag): string {
  const shown = f.values.slice(0, MAX_FLAG_VALUES).map(code).join(', ');
  const more = f.values.length > MAX_FLAG_VALUES ? ` and ${f.values.length - MAX_FLAG_VALUES} more` : '';
  const where = [code(f.address), f.attribute ? code(f.attribute) : '', f.statements.length ? `(statement ${f.statements.map(code).join(', ')})` : '']
    .filter(Boolean)
    .join(' ');
  return `- **${f.title}**: ${shown ? `${shown}${more} in ` : ''}${where}. Why it matters: ${f.why}`;
}

function headline(n: ChangeCounts): string {
  const main = `**${thousands(n.add)} to add, ${thousands(n.change)} to change, ${thousands(n.replace)} to replace, ${thousands(n.destroy)} to destroy**`;
  const extra = [n.forget ? `${thousands(n.forget)} to forget` : '', `${thousands(n.noOp)} unchanged`, `${thousands(n.read)} to read`].filter(Boolean);
  return `${main} (${extra.join(', ')})`;
}

/** The after value with the parts known only after apply written in, as Terraform's own plan output does. */
function withUnknowns(after: unknown, unknown: unknown): unknown {
  if (unknown === true) return KNOWN_AFTER_APPLY;
  if (Array.isArray(unknown)) {
    const list = Array.isArray(after) ? (after as unknown[]) : [];
    return Array.from({ length: Math.max(list.length, unknown.length) }, (_, i) => withUnknowns(list[i], unknown[i]));
  }
  if (isObject(unknown)) {
    const obj: JsonObject = isObject(after) ? after : {};
    const out: Record<string, unknown> = { ...obj };
    for (const [k, u] of Object.entries(unknown)) if (u === true || (typeof u === 'object' && u !== null)) out[k] = withUnknowns(obj[k], u);
    return out;
  }
  return after;
}

function outputValue(c: Change): string {
  if (c.afterSensitive === true) return '(sensitive value)';
  if (c.kind === 'delete') return '(removed)';
  const value = withUnknowns(c.after, c.afterUnknown);
  if (value === KNOWN_AFTER_APPLY) return KNOWN_AFTER_APPLY;
  const json = JSON.stringify(value) ?? 'null';
  return code(json.length > MAX_OUTPUT_VALUE ? `${json.slice(0, MAX_OUTPUT_VALUE)}…` : json);
}

function outputRow(o: OutputChange): string {
  return tableRow([code(o.name), o.change.kind, outputValue(o.change)]);
}

/** Items rendered only when the layout asks for them. */
function lazy<T>(list: readonly T[], render: (t: T) => string): { readonly count: number; readonly item: (i: number) => string } {
  return { count: list.length, item: (i) => render(list[i]) };
}

function quietList(title: string, list: readonly ResourceChange[]): string {
  if (list.length === 0) return '';
  const shown = list.slice(0, MAX_QUIET).map((rc) => `- ${code(rc.address)}`);
  if (list.length > MAX_QUIET) shown.push(`- … and ${thousands(list.length - MAX_QUIET)} more`);
  return details(plural(list.length, title), shown.join('\n'));
}

/**
 * Renders a `terraform show -json` plan as a Markdown review for a pull request comment:
 * counts, risk flags with the reason each matters, a row per changed resource, and for every
 * policy-bearing attribute its statements (create) or a permission-level diff (update). Long
 * parts are folded; the result never exceeds `maxChars`, and says what it left out. Pure and
 * deterministic: the same plan gives the same text.
 *
 * @throws Error naming the malformed part when `plan` is not a plan (see {@link parsePlan}).
 */
export function renderReview(plan: unknown, options: ReviewOptions = {}): string {
  return reviewPlan(plan, options).text;
}

/** A rendered review with the numbers behind its headline, for summaries across stacks. */
export interface Review {
  /** The Markdown review, as {@link renderReview} returns it. */
  readonly text: string;
  /** Resource changes by kind. */
  readonly counts: ChangeCounts;
  /** The risk flags the review lists. */
  readonly risks: readonly RiskFlag[];
  /** True when Terraform reported the plan as errored (incomplete). */
  readonly errored: boolean;
}

/** {@link renderReview}, also returning the counts and risk flags (the plan is parsed once). */
export function reviewPlan(plan: unknown, options: ReviewOptions = {}): Review {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (!Number.isInteger(maxChars) || maxChars < 200) throw new Error(`renderReview: maxChars must be an integer of at least 200; got ${String(options.maxChars)}`);
  const parsed = parsePlan(plan);
  const analysis = analyzePlan(parsed);
  const flags = findRisks(analysis.changed);
  const limit = maxChars >= DEFAULT_MAX_CHARS ? "GitHub's 65,536-character comment limit" : `the ${thousands(maxChars)}-character limit`;
  const note = (n: number, noun: string) => `… ${plural(n, noun)} omitted to stay under ${limit}.`;

  const head = [`## ${escapeText(options.title ?? 'Terraform plan review')}`, ''];
  if (parsed.errored) head.push('> **Planning failed**: this plan is incomplete; fix the errors and plan again.', '');
  const counts = countChanges(parsed);
  head.push(headline(counts));
  const blocks: Block[] = [
    { head: flags.length ? '### Risks' : '### Risks\n\nNo risky IAM changes found.', ...lazy(flags, flagLine), separator: '\n', noun: 'risk flag', share: 0.2 },
    {
      head: analysis.changed.length ? `### Resource changes\n\n${tableHead(['Address', 'Type', 'Action'])}` : '### Resource changes\n\nNo resources change.',
      ...lazy(analysis.changed, (r) => tableRow([code(r.rc.address), code(r.rc.type), actionText(r.rc)])),
      separator: '\n',
      noun: 'resource',
      share: 0.25,
    },
    {
      head: '',
      ...lazy([quietList('unchanged resource', analysis.unchanged), quietList('data source to read', analysis.reads)].filter(Boolean), (t) => t),
      separator: '\n\n',
      noun: 'folded list',
      share: 0.05,
      optional: true,
    },
    { head: '### Policy changes', ...lazy(analysis.changed.flatMap((r) => r.policies.map((p) => ({ r, p }))), ({ r, p }) => policySection(r, p)), separator: '\n\n', noun: 'policy section', share: 0.45, skipping: true, optional: true },
    {
      head: `### Outputs\n\n${tableHead(['Output', 'Action', 'Value'])}`,
      ...lazy(parsed.outputChanges.filter((o) => o.change.kind !== 'no-op'), outputRow),
      separator: '\n',
      noun: 'output',
      share: 0.05,
      optional: true,
    },
  ];
  const headText = head.join('\n');
  const room = maxChars - headText.length - 3;
  const whole = fitBlocks(blocks, room, note);
  const fitted = whole.cuts.length ? fitBlocks(blocks, room - SHORTENED_RESERVE, note) : whole;
  const shortened = fitted.cuts.length
    ? `\n\n> **Shortened**: ${fitted.cuts.map((c) => plural(c.count, c.noun)).join(', ')} omitted to stay under ${limit}. \`terraform show\` on the saved plan shows everything.`
    : '';
  const text = `${headText}${shortened}\n\n${fitted.text}\n`;
  // Only a budget too small for the headings themselves gets here; cut at a line so no tag or span is left open mid-line.
  const bounded = text.length <= maxChars ? text : `${text.slice(0, text.lastIndexOf('\n', maxChars - 2))}\n…`;
  return { text: bounded, counts, risks: flags, errored: parsed.errored };
}
