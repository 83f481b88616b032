import type { ParseResult } from '../policies/arn';
import { compareText } from '../policies/compare';
import { isObject, type JsonObject } from './json';

/** One condition test: operator, key and the values, sorted. */
export interface ConditionEntry {
  /** Condition operator, e.g. `StringEquals`. */
  readonly operator: string;
  /** Condition key, e.g. `aws:SourceArn`. */
  readonly key: string;
  /** The values, sorted; one value and a one-element list mean the same. */
  readonly values: readonly string[];
  /** Display and comparison form, e.g. `StringEquals aws:SourceAccount "123456789012"`. */
  readonly text: string;
}

/**
 * A statement reduced to sets, so that two statements can be compared by meaning: lists are
 * sorted and deduplicated, a string and a one-element list are the same, and a principal is
 * written `Service: pinpoint.amazonaws.com`.
 */
export interface NormalizedStatement {
  /** Statement ID. @default undefined */
  readonly sid?: string;
  /** `Allow` or `Deny` (or whatever the document says). */
  readonly effect: string;
  /** `Action`, sorted. */
  readonly actions: readonly string[];
  /** `NotAction`, sorted. */
  readonly notActions: readonly string[];
  /** `Resource`, sorted. */
  readonly resources: readonly string[];
  /** `NotResource`, sorted. */
  readonly notResources: readonly string[];
  /** `Principal`, as `Type: value` or `*`, sorted. */
  readonly principals: readonly string[];
  /** `NotPrincipal`, as `Type: value` or `*`, sorted. */
  readonly notPrincipals: readonly string[];
  /** Condition tests, sorted by their text. */
  readonly conditions: readonly ConditionEntry[];
}

/** A policy document reduced for comparison. */
export interface NormalizedPolicy {
  /** `Version`, when present. @default undefined */
  readonly version?: string;
  /** The statements in document order. */
  readonly statements: readonly NormalizedStatement[];
}

/** The outcome of reading a policy JSON string. */
export type PolicyParse = ParseResult<NormalizedPolicy>;

/** Reads a string-or-list field; other scalars are shown as JSON rather than dropped. */
function strings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
}

/** Sorts in code-unit order and drops repeats, in place (callers pass fresh arrays). */
function sortedUnique(values: string[]): string[] {
  if (values.length < 2) return values;
  values.sort();
  let kept = 1;
  for (let i = 1; i < values.length; i++) if (values[i] !== values[kept - 1]) values[kept++] = values[i];
  values.length = kept;
  return values;
}

function principals(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!isObject(value)) return strings(value);
  const out: string[] = [];
  for (const type of Object.keys(value)) {
    for (const v of strings(value[type])) out.push(`${type}: ${v}`);
  }
  return sortedUnique(out);
}

function conditions(value: unknown): ConditionEntry[] {
  if (!isObject(value)) return [];
  const out: ConditionEntry[] = [];
  for (const operator of Object.keys(value)) {
    const block = value[operator];
    if (!isObject(block)) continue;
    for (const key of Object.keys(block)) {
      const values = sortedUnique(strings(block[key]));
      const shown = values.length === 1 ? JSON.stringify(values[0]) : JSON.stringify(values);
      out.push({ operator, key, values, text: `${operator} ${key} ${shown}` });
    }
  }
  return out.sort((a, b) => compareText(a.text, b.text));
}

function normalizeStatement(raw: JsonObject): NormalizedStatement {
  const st: NormalizedStatement = {
    effect: typeof raw.Effect === 'string' ? raw.Effect : JSON.stringify(raw.Effect ?? null),
    actions: sortedUnique(strings(raw.Action)),
    notActions: sortedUnique(strings(raw.NotAction)),
    resources: sortedUnique(strings(raw.Resource)),
    notResources: sortedUnique(strings(raw.NotResource)),
    principals: principals(raw.Principal),
    notPrincipals: principals(raw.NotPrincipal),
    conditions: conditions(raw.Condition),
  };
  return typeof raw.Sid === 'string' && raw.Sid !== '' ? { sid: raw.Sid, ...st } : st;
}

/** Everything but the Sid as one string: equal keys mean the statements mean the same (actions compare without case, as IAM does). */
export function statementKey(st: NormalizedStatement): string {
  // Separators that cannot occur in IAM policy text keep distinct statements' keys distinct.
  return [
    st.effect,
    st.actions.join('\u0001').toLowerCase(),
    st.notActions.join('\u0001').toLowerCase(),
    st.resources.join('\u0001'),
    st.notResources.join('\u0001'),
    st.principals.join('\u0001'),
    st.notPrincipals.join('\u0001'),
    st.conditions.map((c) => c.text).join('\u0001'),
  ].join('\u0002');
}

/**
 * Parses a policy JSON string as Terraform stores it (keys sorted, Action/Resource a string or
 * a list, Statement a list or a single object). Anything else is reported, not thrown: a
 * review must still render when one attribute holds something that is not a policy.
 */
export function parsePolicy(text: string): PolicyParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'is not JSON' };
  }
  if (!isObject(json)) return { ok: false, reason: 'is not a JSON object' };
  const raw = json.Statement;
  const list = Array.isArray(raw) ? (raw as unknown[]) : isObject(raw) ? [raw] : undefined;
  if (!list) return { ok: false, reason: 'has no Statement list' };
  if (!list.every(isObject)) return { ok: false, reason: 'has a Statement that is not an object' };
  return {
    ok: true,
    value: {
      ...(typeof json.Version === 'string' ? { version: json.Version } : {}),
      statements: list.map(normalizeStatement),
    },
  };
}

/** The display label of a statement: its Sid, else its position (1-based). */
export function statementLabel(st: NormalizedStatement, index: number): string {
  return st.sid ?? `#${index + 1}`;
}

/** Whether an action is a whole-service or global wildcard: `*`, `s3:*`. */
export function isServiceWildcard(action: string): boolean {
  return action === '*' || /^[^:*?]+:\*$/.test(action);
}

/** Whether an action uses a wildcard inside its name, e.g. `s3:Get*`. */
export function isPartialWildcard(action: string): boolean {
  return !isServiceWildcard(action) && /[*?]/.test(action);
}
