import { compareText } from '../policies/compare';
import { child } from './json';
import type { AttributeValues, Change, ResourceChange } from './model';
import { parsePolicy, type NormalizedPolicy, type PolicyParse } from './policy';

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

/** The document of one side, when that side is known and parses as a policy. */
export function policyOf(v: PolicyValue): NormalizedPolicy | undefined {
  return v.state === 'known' && v.parsed.ok ? v.parsed.value : undefined;
}

/** Looks one step into a mirror object (`after_unknown`, `*_sensitive`): `true` covers everything below. */
export function mirrorStep(mirror: unknown, key: string | number): unknown {
  return mirror === true ? true : child(mirror, key);
}

/** Resource types whose `policy` attribute is an IAM policy by definition. */
const IAM_POLICY_TYPES: ReadonlySet<string> = new Set(['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy']);

/** One side as read from the plan, before its text is parsed. */
type RawValue = Exclude<PolicyValue, { readonly state: 'known' }> | { readonly state: 'known'; readonly text: string };

const ABSENT: RawValue = { state: 'absent' };
const UNKNOWN: RawValue = { state: 'unknown' };

type Path = readonly (string | number)[];

function readSide(c: Change<AttributeValues>, which: 'before' | 'after', path: Path): RawValue {
  let value: unknown = which === 'before' ? c.before : c.after;
  let unknown: unknown = which === 'before' ? false : c.afterUnknown;
  let sensitive: unknown = which === 'before' ? c.beforeSensitive : c.afterSensitive;
  for (const key of path) {
    value = child(value, key);
    unknown = mirrorStep(unknown, key);
    sensitive = mirrorStep(sensitive, key);
  }
  if (unknown === true) return UNKNOWN;
  if (sensitive === true) return { state: 'sensitive' };
  if (typeof value !== 'string' || value.trim() === '') return ABSENT;
  return { state: 'known', text: value };
}

function parsed(v: RawValue): PolicyValue {
  return v.state === 'known' ? { ...v, parsed: parsePolicy(v.text) } : v;
}

/**
 * The attribute with both sides parsed, unless it is absent on both sides, has the same text on
 * both (so nothing is parsed only to be dropped), or (`mustParse`) neither side is a policy.
 */
function changedAttribute(label: string, trust: boolean, rawBefore: RawValue, rawAfter: RawValue, mustParse: boolean): PolicyAttribute | undefined {
  if (rawBefore.state === 'absent' && rawAfter.state === 'absent') return undefined;
  if (rawBefore.state === 'known' && rawAfter.state === 'known' && rawBefore.text === rawAfter.text) return undefined;
  const before = parsed(rawBefore);
  const after = parsed(rawAfter);
  if (mustParse && !policyOf(before) && !policyOf(after)) return undefined;
  return { label, trust, before, after };
}

/**
 * Finds the policy-bearing attributes of a resource change: the `policy` of IAM policy types,
 * a role's `assume_role_policy` and `inline_policy[*].policy`, and any other resource's
 * top-level `policy` when one side parses as a policy document. Attributes whose text is the
 * same on both sides are left out.
 */
export function policyAttributes(rc: ResourceChange): PolicyAttribute[] {
  const c = rc.change;
  const attribute = (name: string, trust: boolean, mustParse: boolean) =>
    changedAttribute(name, trust, readSide(c, 'before', [name]), readSide(c, 'after', [name]), mustParse);
  let found: (PolicyAttribute | undefined)[] = [];
  if (rc.type === 'aws_iam_role') {
    found = [attribute('assume_role_policy', true, false), ...inlinePolicies(c)];
  } else if ('policy' in (c.before ?? {}) || 'policy' in (c.after ?? {}) || mirrorStep(c.afterUnknown, 'policy') === true) {
    found = [attribute('policy', false, !IAM_POLICY_TYPES.has(rc.type))];
  }
  return found.filter((a): a is PolicyAttribute => a !== undefined);
}

/** Index of each `inline_policy` block by name (the first, when a name repeats). */
function inlineBlocks(values: AttributeValues): Map<string, number> {
  const map = new Map<string, number>();
  const list = child(values, 'inline_policy');
  if (!Array.isArray(list)) return map;
  list.forEach((block: unknown, i) => {
    const name = child(block, 'name');
    const key = typeof name === 'string' ? name : `#${i + 1}`;
    if (!map.has(key)) map.set(key, i);
  });
  return map;
}

/**
 * A role's `inline_policy` blocks, paired by name (the block set has no stable order). When the
 * whole block set is unknown (a role that declares none gets it computed), each old block is
 * shown as known after apply and no new block is invented.
 */
function inlinePolicies(c: Change<AttributeValues>): (PolicyAttribute | undefined)[] {
  const olds = inlineBlocks(c.before);
  const news = inlineBlocks(c.after);
  const allUnknown = mirrorStep(c.afterUnknown, 'inline_policy') === true;
  return [...new Set([...olds.keys(), ...news.keys()])].sort(compareText).map((name) => {
    const o = olds.get(name);
    const n = news.get(name);
    const before = o === undefined ? ABSENT : readSide(c, 'before', ['inline_policy', o, 'policy']);
    const after = allUnknown ? UNKNOWN : n === undefined ? ABSENT : readSide(c, 'after', ['inline_policy', n, 'policy']);
    return changedAttribute(`inline_policy[${JSON.stringify(name)}].policy`, false, before, after, false);
  });
}
