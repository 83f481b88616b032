import type { ResourceChange } from './model';
import { compareText, parsePolicy, type PolicyParse } from './policy';

/** One side of a policy-bearing attribute. */
export type PolicyValue =
  | { readonly state: 'absent' }
  | { readonly state: 'unknown' }
  | { readonly state: 'sensitive' }
  | { readonly state: 'known'; readonly text: string; readonly parsed: PolicyParse };

/** A policy-bearing attribute of a changed resource, both sides read. */
export interface PolicyAttribute {
  /** Where the policy sits, e.g. `policy`, `assume_role_policy`, `inline_policy["s3"].policy`. */
  readonly label: string;
  /** Whether it is a role's trust policy. */
  readonly trust: boolean;
  /** The value before the change. */
  readonly before: PolicyValue;
  /** The value after the change. */
  readonly after: PolicyValue;
}

/** Resource types whose `policy` attribute is an IAM policy by definition. */
const IAM_POLICY_TYPES: ReadonlySet<string> = new Set(['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy']);

type Obj = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Looks one step into a mirror object (`after_unknown`, `*_sensitive`): `true` covers everything below. */
function step(mirror: unknown, key: string | number): unknown {
  if (mirror === true) return true;
  if (typeof key === 'number') return Array.isArray(mirror) ? mirror[key] : undefined;
  return isObject(mirror) ? mirror[key] : undefined;
}

function readValue(value: unknown, unknown: unknown, sensitive: unknown): PolicyValue {
  if (unknown === true) return { state: 'unknown' };
  if (sensitive === true) return { state: 'sensitive' };
  if (typeof value !== 'string' || value.trim() === '') return { state: 'absent' };
  return { state: 'known', text: value, parsed: parsePolicy(value) };
}

function isPolicy(v: PolicyValue): boolean {
  return v.state === 'known' && v.parsed.ok;
}

function sameText(a: PolicyValue, b: PolicyValue): boolean {
  return a.state === 'known' && b.state === 'known' && a.text === b.text;
}

/**
 * Finds the policy-bearing attributes of a resource change: the `policy` of IAM policy types,
 * a role's `assume_role_policy` and `inline_policy[*].policy`, and any other resource's
 * top-level `policy` when one side parses as a policy document. Attributes whose text is the
 * same on both sides are left out.
 */
export function policyAttributes(rc: ResourceChange): PolicyAttribute[] {
  const c = rc.change;
  const side = (path: readonly (string | number)[], which: 'before' | 'after'): PolicyValue => {
    let value: unknown = which === 'before' ? c.before : c.after;
    let unknown: unknown = which === 'before' ? false : c.afterUnknown;
    let sensitive: unknown = which === 'before' ? c.beforeSensitive : c.afterSensitive;
    for (const key of path) {
      value = typeof key === 'number' ? (Array.isArray(value) ? value[key] : undefined) : isObject(value) ? value[key] : undefined;
      unknown = step(unknown, key);
      sensitive = step(sensitive, key);
    }
    return readValue(value, unknown, sensitive);
  };
  const out: PolicyAttribute[] = [];
  const add = (label: string, trust: boolean, before: PolicyValue, after: PolicyValue, mustParse: boolean) => {
    if (before.state === 'absent' && after.state === 'absent') return;
    if (sameText(before, after)) return;
    if (mustParse && !isPolicy(before) && !isPolicy(after)) return;
    out.push({ label, trust, before, after });
  };
  if (rc.type === 'aws_iam_role') {
    add('assume_role_policy', true, side(['assume_role_policy'], 'before'), side(['assume_role_policy'], 'after'), false);
    out.push(...inlinePolicies(c.before, c.after, step(c.afterUnknown, 'inline_policy') === true, side));
  } else if ('policy' in (c.before ?? {}) || 'policy' in (c.after ?? {}) || step(c.afterUnknown, 'policy') === true) {
    add('policy', false, side(['policy'], 'before'), side(['policy'], 'after'), !IAM_POLICY_TYPES.has(rc.type));
  }
  return out;
}

type SideReader = (path: readonly (string | number)[], which: 'before' | 'after') => PolicyValue;

/**
 * A role's `inline_policy` blocks, paired by name (the block set has no stable order). When the
 * whole block set is unknown (a role that declares none gets it computed), each old block is
 * shown as known after apply and no new block is invented.
 */
function inlinePolicies(before: unknown, after: unknown, afterUnknown: boolean, side: SideReader): PolicyAttribute[] {
  const names = (values: unknown): Map<string, number> => {
    const map = new Map<string, number>();
    const list = isObject(values) && Array.isArray(values.inline_policy) ? (values.inline_policy as unknown[]) : [];
    list.forEach((block, i) => {
      const name = isObject(block) && typeof block.name === 'string' ? block.name : `#${i + 1}`;
      if (!map.has(name)) map.set(name, i);
    });
    return map;
  };
  const olds = names(before);
  const news = names(after);
  const all = [...new Set([...olds.keys(), ...news.keys()])].sort(compareText);
  const out: PolicyAttribute[] = [];
  for (const name of all) {
    const o = olds.get(name);
    const n = news.get(name);
    const b: PolicyValue = o === undefined ? { state: 'absent' } : side(['inline_policy', o, 'policy'], 'before');
    const a: PolicyValue = afterUnknown ? { state: 'unknown' } : n === undefined ? { state: 'absent' } : side(['inline_policy', n, 'policy'], 'after');
    if ((b.state === 'absent' && a.state === 'absent') || sameText(b, a)) continue;
    out.push({ label: `inline_policy[${JSON.stringify(name)}].policy`, trust: false, before: b, after: a });
  }
  return out;
}
