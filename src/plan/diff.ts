import { compareText } from '../policies/compare';
import { statementKey, statementLabel, type NormalizedPolicy, type NormalizedStatement } from './policy';

/** The set fields of a statement that a diff reports. */
export const DIFF_FIELDS = ['actions', 'notActions', 'resources', 'notResources', 'principals', 'notPrincipals', 'conditions'] as const;

/** One set field of a statement. */
export type DiffField = (typeof DIFF_FIELDS)[number];

/** Values added to or removed from each field of one statement. */
export type FieldDelta = Readonly<Record<DiffField, readonly string[]>>;

/** A statement present on both sides (same Sid, or the same shape) whose content changed. */
export interface StatementChange {
  /** Sid, or the position in the new document. */
  readonly label: string;
  /** The statement before. */
  readonly before: NormalizedStatement;
  /** The statement after. */
  readonly after: NormalizedStatement;
  /** Values in the new statement only. */
  readonly added: FieldDelta;
  /** Values in the old statement only. */
  readonly removed: FieldDelta;
}

/** A statement only on one side, with its label. */
export interface LabelledStatement {
  /** Sid, or the position in its document. */
  readonly label: string;
  /** The statement. */
  readonly statement: NormalizedStatement;
}

/** The permission-level difference of two policy documents. */
export interface PolicyDiff {
  /** Statements only in the new document. */
  readonly added: readonly LabelledStatement[];
  /** Statements only in the old document. */
  readonly removed: readonly LabelledStatement[];
  /** Statements on both sides with different content. */
  readonly changed: readonly StatementChange[];
  /** How many statements are the same on both sides. */
  readonly unchanged: number;
}

function fieldValues(st: NormalizedStatement, field: DiffField): readonly string[] {
  return field === 'conditions' ? st.conditions.map((c) => c.text) : st[field];
}

/** Actions compare without case, as IAM does; everything else compares exactly. */
function compareKey(field: DiffField, value: string): string {
  return field === 'actions' || field === 'notActions' ? value.toLowerCase() : value;
}

function minus(field: DiffField, a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b.map((v) => compareKey(field, v)));
  return a.filter((v) => !other.has(compareKey(field, v)));
}

function delta(from: NormalizedStatement, to: NormalizedStatement): FieldDelta {
  const out = {} as Record<DiffField, readonly string[]>;
  for (const f of DIFF_FIELDS) out[f] = minus(f, fieldValues(to, f), fieldValues(from, f));
  return out;
}

/** Keys that pair Sid-less statements which changed in one dimension only. */
const PAIRING_KEYS: readonly ((st: NormalizedStatement) => string)[] = [
  (st) => [st.effect, ...st.actions, '\u0002', ...st.notActions].join('\u0001'),
  (st) => [st.effect, ...st.resources, '\u0002', ...st.notResources, '\u0002', ...st.principals, '\u0002', ...st.notPrincipals].join('\u0001'),
];

interface Side {
  readonly st: NormalizedStatement;
  readonly index: number;
  matched: boolean;
}

/**
 * Compares two documents statement by statement, by meaning rather than text: statements pair
 * up by Sid, then by equal content, then (for statements without a Sid) by the same actions or
 * the same resources and principals; what is left over is added or removed.
 */
export function diffPolicies(before: NormalizedPolicy, after: NormalizedPolicy): PolicyDiff {
  const olds: Side[] = before.statements.map((st, index) => ({ st, index, matched: false }));
  const news: Side[] = after.statements.map((st, index) => ({ st, index, matched: false }));
  const pairs: [Side, Side][] = [];
  const pairBy = (key: (st: NormalizedStatement) => string | undefined) => {
    if (pairs.length === olds.length || pairs.length === news.length) return;
    const queues = new Map<string, Side[]>();
    for (const o of olds) {
      const k = o.matched ? undefined : key(o.st);
      if (k === undefined) continue;
      const queue = queues.get(k);
      if (queue) queue.push(o);
      else queues.set(k, [o]);
    }
    for (const n of news) {
      const k = n.matched ? undefined : key(n.st);
      const o = k === undefined ? undefined : queues.get(k)?.shift();
      if (!o) continue;
      o.matched = n.matched = true;
      pairs.push([o, n]);
    }
  };
  pairBy((st) => st.sid);
  pairBy((st) => (st.sid === undefined ? statementKey(st) : undefined));
  for (const key of PAIRING_KEYS) pairBy((st) => (st.sid === undefined ? key(st) : undefined));

  pairs.sort((a, b) => a[1].index - b[1].index);
  const changed = pairs
    .filter(([o, n]) => statementKey(o.st) !== statementKey(n.st))
    .map(([o, n]) => ({ label: statementLabel(n.st, n.index), before: o.st, after: n.st, added: delta(o.st, n.st), removed: delta(n.st, o.st) }));
  const leftover = (sides: Side[]) => sides.filter((s) => !s.matched).map((s) => ({ label: statementLabel(s.st, s.index), statement: s.st }));
  return { added: leftover(news), removed: leftover(olds), changed, unchanged: pairs.length - changed.length };
}

/** Whether a diff changes nothing. */
export function isEmptyDiff(diff: PolicyDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

/** Every value of one field across a document's statements that satisfy a test, sorted and unique. */
export function collect(policy: NormalizedPolicy, field: DiffField, test: (st: NormalizedStatement) => boolean = () => true): string[] {
  const out = new Set<string>();
  for (const st of policy.statements) if (test(st)) for (const v of fieldValues(st, field)) out.add(v);
  return [...out].sort(compareText);
}
