import { compareText } from '../policies/compare';
import type { AnalyzedPolicy, AnalyzedResource } from './analyze';
import { mirrorStep, policyOf } from './attributes';
import { collect, type PolicyDiff } from './diff';
import { isPartialWildcard, isServiceWildcard, type NormalizedPolicy, type NormalizedStatement } from './policy';

/** The kinds of risk a review flags, most severe first. */
const RISK_KINDS = [
  'trust-condition-lost',
  'principal-added',
  'wildcard-action',
  'not-action',
  'resource-star',
  'boundary-removed',
  'iam-destroyed',
  'iam-replaced',
  'prefix-wildcard',
] as const;

/** One kind of risk. */
export type RiskKind = (typeof RISK_KINDS)[number];

const RANK = Object.fromEntries(RISK_KINDS.map((k, i) => [k, i])) as Record<RiskKind, number>;

/** One risk found in a plan: what, where, and the values involved. */
export interface RiskFlag {
  /** The kind of risk. */
  readonly kind: RiskKind;
  /** Short title, e.g. `Wildcard action added`. */
  readonly title: string;
  /** Resource address. */
  readonly address: string;
  /** The attribute, e.g. `policy`. @default undefined (the resource as a whole) */
  readonly attribute?: string;
  /** The values involved, e.g. the actions added. */
  readonly values: readonly string[];
  /** Statement labels involved. */
  readonly statements: readonly string[];
  /** Why it matters, one sentence. */
  readonly why: string;
}

/** Roles, users and policies whose loss breaks whoever uses them. */
const IAM_LIFELINES: Readonly<Record<string, string>> = {
  aws_iam_role: 'role',
  aws_iam_policy: 'managed policy',
  aws_iam_role_policy: 'inline role policy',
  aws_iam_role_policy_attachment: 'policy attachment',
};

const TRUST_KEYS: readonly { readonly key: string; readonly why: string }[] = [
  { key: 'aws:SourceAccount', why: 'without it the trusted service can assume this role on behalf of resources in any AWS account (confused deputy).' },
  { key: 'aws:SourceArn', why: 'without it any resource of the trusted service, such as another Pinpoint project, can have this role assumed for it (confused deputy).' },
];

/** Principals that match every caller. */
const PUBLIC_PRINCIPALS: ReadonlySet<string> = new Set(['*', 'AWS: *']);

const isAllow = (st: NormalizedStatement) => st.effect === 'Allow';

function hasKey(st: NormalizedStatement, key: string): boolean {
  const k = key.toLowerCase();
  return st.conditions.some((c) => c.key.toLowerCase() === k);
}

type Hit = { readonly value: string; readonly statement: string };

/** Values of one field newly allowed by a diff that pass `test`, with the statements that allow them. */
function allowed(diff: PolicyDiff, field: 'actions' | 'notActions' | 'resources' | 'principals', test: (value: string) => boolean): Hit[] {
  // A new Allow grants all its values; a changed one grants what it gained, or all it has if it was a Deny.
  const grants = [
    ...diff.added.filter((a) => isAllow(a.statement)).map((a) => ({ values: a.statement[field], statement: a.label })),
    ...diff.changed.filter((c) => isAllow(c.after)).map((c) => ({ values: isAllow(c.before) ? c.added[field] : c.after[field], statement: c.label })),
  ];
  return grants.flatMap(({ values, statement }) => values.filter(test).map((value) => ({ value, statement })));
}

type Draft = Omit<RiskFlag, 'address' | 'attribute'>;

function draft(kind: RiskKind, title: string, why: string, hits: readonly Hit[]): Draft[] {
  if (hits.length === 0) return [];
  const values = [...new Set(hits.map((h) => h.value))];
  const statements = [...new Set(hits.map((h) => h.statement))];
  return [{ kind, title, why, values, statements }];
}

function policyRisks(p: AnalyzedPolicy): Draft[] {
  const diff = p.diff;
  if (!diff) return [];
  const out: Draft[] = [
    ...draft('wildcard-action', 'Wildcard action added', 'grants every current and future action it matches, including deletes and permission changes.', allowed(diff, 'actions', isServiceWildcard)),
    ...draft('prefix-wildcard', 'Prefix wildcard action added', 'matches every action with that prefix, including ones AWS adds later.', allowed(diff, 'actions', isPartialWildcard)),
    ...draft('not-action', 'Allow with NotAction added', 'grants every action except the ones listed, including future ones.', allowed(diff, 'notActions', () => true)),
    ...draft('resource-star', 'Resource "*" added', 'the allowed actions apply to every resource of their type, not only the intended ones.', allowed(diff, 'resources', (v) => v === '*')),
  ];
  // Principals and trust conditions are judged against an existing document only: a new role's trust is shown in full.
  const before = policyOf(p.before);
  if (!before) return out;
  const oldPrincipals = new Set(collect(before, 'principals', isAllow));
  const principals = allowed(diff, 'principals', (v) => !oldPrincipals.has(v));
  const anyone = principals.some((h) => PUBLIC_PRINCIPALS.has(h.value)) ? ' `*` means anyone, in any AWS account.' : '';
  out.push(
    ...(p.trust
      ? draft('principal-added', 'Principal added to trust policy', `the new principal can assume this role and use every permission it has.${anyone}`, principals)
      : draft('principal-added', 'Principal added to resource policy', `the new principal gains the access this policy grants.${anyone}`, principals)),
  );
  if (p.trust) out.push(...trustKeyRisks(before, diff));
  return out;
}

/**
 * A trust condition is lost when a statement that had it no longer does, or when the document
 * had it and a new Allow statement comes without it.
 */
function trustKeyRisks(before: NormalizedPolicy, diff: PolicyDiff): Draft[] {
  const out: Draft[] = [];
  for (const { key, why } of TRUST_KEYS) {
    const hadKey = before.statements.some((st) => isAllow(st) && hasKey(st, key));
    const hits = [
      ...diff.changed.filter((c) => isAllow(c.after) && hasKey(c.before, key) && !hasKey(c.after, key)).map((c) => ({ value: key, statement: c.label })),
      ...(hadKey ? diff.added.filter((a) => isAllow(a.statement) && !hasKey(a.statement, key)).map((a) => ({ value: key, statement: a.label })) : []),
    ];
    out.push(...draft('trust-condition-lost', `Trust policy lost ${key}`, why, hits));
  }
  return out;
}

/** Why losing or replacing each kind of IAM resource breaks running Pinpoint exports. */
function lifelineWhy(type: string, kind: 'delete' | 'delete-before-create' | 'create-before-delete'): string {
  const role = type === 'aws_iam_role';
  if (kind === 'delete') {
    return role
      ? 'Pinpoint exports that assume this role fail as soon as it is gone, and every configuration that names its ARN stops working.'
      : 'the role loses these permissions at once, so running Pinpoint exports fail with access denied.';
  }
  if (kind === 'delete-before-create') {
    return role
      ? 'the role is deleted before its replacement exists, so exports running in between fail; the new role also gets a new unique ID, which trust and resource policies naming the old one no longer match.'
      : 'the permissions are gone between the delete and the create, so Pinpoint exports running in between fail with access denied.';
  }
  return role
    ? 'the new role gets a new unique ID (and a new ARN if renamed); Pinpoint configurations still naming the old role fail once it is deleted.'
    : 'anything still attached to or naming the old object loses these permissions when it is deleted.';
}

function resourceRisks(r: AnalyzedResource): Draft[] {
  const { rc } = r;
  const what = IAM_LIFELINES[rc.type];
  const kind = rc.change.kind;
  const out: Draft[] = [];
  if (what && kind === 'delete') {
    out.push({ kind: 'iam-destroyed', title: `IAM ${what} destroyed`, why: lifelineWhy(rc.type, 'delete'), values: [], statements: [] });
  }
  if (what && kind === 'replace') {
    const order = rc.change.replaceOrder ?? 'delete-before-create';
    out.push({ kind: 'iam-replaced', title: `IAM ${what} replaced`, why: lifelineWhy(rc.type, order), values: [], statements: [] });
  }
  if ((rc.type === 'aws_iam_role' || rc.type === 'aws_iam_user') && (kind === 'update' || kind === 'replace')) {
    const before = rc.change.before?.permissions_boundary;
    const after = rc.change.after?.permissions_boundary;
    const unknown = mirrorStep(rc.change.afterUnknown, 'permissions_boundary') === true;
    if (typeof before === 'string' && before !== '' && !unknown && (after === null || after === undefined || after === '')) {
      out.push({ kind: 'boundary-removed', title: 'Permissions boundary removed', why: 'the boundary capped what this principal can do; without it every permission its policies grant is effective.', values: [before], statements: [] });
    }
  }
  return out;
}

/** Finds the risks of a plan's changed resources, ordered by severity, then address, then attribute. */
export function findRisks(changed: readonly AnalyzedResource[]): RiskFlag[] {
  const flags: RiskFlag[] = [];
  for (const r of changed) {
    for (const d of resourceRisks(r)) flags.push({ ...d, address: r.rc.address });
    for (const p of r.policies) for (const d of policyRisks(p)) flags.push({ ...d, address: r.rc.address, attribute: p.label });
  }
  return flags.sort((a, b) => RANK[a.kind] - RANK[b.kind] || compareText(a.address, b.address) || compareText(a.attribute ?? '', b.attribute ?? '') || compareText(a.title, b.title));
}
