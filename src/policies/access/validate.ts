/**
 * Checks an access policy against the IAM catalogue: every resource is one some action of its
 * statement acts on, every action acts on some resource of its statement, every condition key is
 * one the services or IAM define, Sids are unique, all grants target one account, and the
 * document passes the security checks and fits the managed-policy quota.
 */
import { documentProblems, minifiedSize, POLICY_SIZE_LIMITS } from '../checks';
import type { PolicyDocument } from '../document';
import { parseApplicationArn } from '../arn';
import { patternMatchesFormat, readableFormat, resourcePart } from './arn-match';
import { buildAccessPolicy } from './build';
import { matchActions, mayNameNoResource, pinpointCatalogue, resourceTypeOf, type CatalogueAction } from './catalogue';
import { grantValueProblems } from './grant-values';
import { isPreset, type AccessGrant, type CustomGrant } from './grants';
import { joinPath, problemAt, quote, type AccessProblem } from '../problems';
import { arnScope, partitionFor, referenceScope, resourceInputArn } from './references';

/** What is checked: the policy's name (for messages) and its grants. */
export interface AccessPolicyInput {
  /** Managed policy name. */
  readonly name: string;
  /** The grants, in order. */
  readonly grants: readonly AccessGrant[];
}

/** The result: every problem, and when there are none, the document and the account it belongs to. */
export interface AccessCheckResult {
  /** Every problem found; empty when the policy is fine. */
  readonly problems: readonly AccessProblem[];
  /** The policy document, when there are no problems. @default absent when there are problems */
  readonly document?: PolicyDocument;
  /** The account (its stack), partition and a region the grants name, when there are no problems. @default absent when there are problems */
  readonly scope?: { readonly account: string; readonly partition: string; readonly region?: string };
}

/**
 * Results by grants list, then policy name. A config's policy is checked when the config is
 * resolved and again by its construct, with the same (readonly) grants list: the second check
 * is a lookup. Weak, so results go when the grants do.
 */
const results = new WeakMap<readonly AccessGrant[], Map<string, AccessCheckResult>>();

/** Runs every check; paths are relative to the policy (`grants[2].resources[0]`). Grants are not to be changed afterwards: results are kept by grants list. */
export function checkAccessPolicy(policy: AccessPolicyInput): AccessCheckResult {
  let byName = results.get(policy.grants);
  const known = byName?.get(policy.name);
  if (known) return known;
  const result = runChecks(policy);
  if (!byName) results.set(policy.grants, (byName = new Map()));
  byName.set(policy.name, result);
  return result;
}

function runChecks(policy: AccessPolicyInput): AccessCheckResult {
  if (policy.grants.length === 0) return { problems: [{ path: 'grants', message: 'is empty; expected at least one grant' }] };
  const values = policy.grants.flatMap((g, i) => grantValueProblems(g, `grants[${i}]`));
  if (values.length > 0) return { problems: values };
  const problems = policy.grants.flatMap((g, i) => (isPreset(g) ? [] : customFitProblems(g, `grants[${i}]`)));
  const scoped = scopeOf(policy.grants);
  problems.push(...scoped.problems);
  if (problems.length > 0) return { problems };
  const document = buildAccessPolicy(policy.grants);
  // A repeated Sid is reported once, at the grant that set it, not again by the document checks.
  const sids = sidProblems(policy.grants, document);
  problems.push(...(sids.length > 0 ? sids : documentChecks(policy.name, document)));
  return problems.length > 0 ? { problems } : { problems, document, scope: scoped.scope! };
}

/** Just the problems of {@link checkAccessPolicy}. */
export function accessPolicyProblems(policy: AccessPolicyInput): readonly AccessProblem[] {
  return checkAccessPolicy(policy).problems;
}

function actionsOf(grant: CustomGrant): CatalogueAction[] {
  return [...new Set(grant.actions.flatMap((a) => matchActions(a)))];
}

/** The ARN formats an action acts on, in its own service. */
function formatsOf(action: CatalogueAction): string[] {
  return action.resourceTypes.map((r) => resourceTypeOf(action, r.name)?.arnFormat).filter((f): f is string => f !== undefined);
}

function fits(action: CatalogueAction, arn: string): boolean {
  if (arn === '*') return true;
  return arn.split(':')[2] === action.service && formatsOf(action).some((f) => patternMatchesFormat(resourcePart(arn), resourcePart(f)));
}

function describe(actions: readonly CatalogueAction[]): string {
  const formats = [...new Set(actions.flatMap(formatsOf))];
  const shown = formats.slice(0, 4).map(readableFormat).join(', ');
  const more = formats.length > 4 ? ` and ${formats.length - 4} more` : '';
  const star = actions.some(mayNameNoResource) ? `${formats.length > 0 ? ' or ' : ''}"*"` : '';
  return `${shown}${more}${star}`;
}

/** Resources no action acts on, actions that act on no resource, and conditions no action supports. */
function customFitProblems(grant: CustomGrant, base: string): AccessProblem[] {
  const actions = actionsOf(grant);
  const arns = grant.resources.map((r) => resourceInputArn(r)!);
  const problems: AccessProblem[] = [];
  arns.forEach((arn, k) => {
    const accepted = arn === '*' ? actions.some(mayNameNoResource) : actions.some((a) => fits(a, arn));
    if (accepted) return;
    const why = arn === '*' ? 'every action of this statement acts on a specific resource type' : 'no action of this statement acts on it';
    problems.push(problemAt(`${base}.resources[${k}]`, grant.resources[k], `is not a resource this statement can grant: ${why}; expected ${describe(actions)}`));
  });
  grant.actions.forEach((pattern, j) => {
    const matched = matchActions(pattern);
    if (matched.some((a) => arns.some((arn) => fits(a, arn)))) return;
    problems.push(problemAt(`${base}.actions[${j}]`, pattern, `acts on none of this statement's resources; it acts on ${describe(matched)}`));
  });
  return [...problems, ...conditionProblems(grant, base, actions)];
}

const TAG_KEYS = { resource: 'aws:resourcetag/${tagkey}', request: 'aws:requesttag/${tagkey}', keys: 'aws:tagkeys' } as const;

function supports(action: CatalogueAction, key: string): boolean {
  const own = action.conditionKeys.some((k) => k.toLowerCase() === key);
  if (own || key !== TAG_KEYS.resource) return own;
  return action.resourceTypes.some((r) => resourceTypeOf(action, r.name)?.conditionKeys.some((k) => k.toLowerCase() === key));
}

function conditionProblems(grant: CustomGrant, base: string, actions: readonly CatalogueAction[]): AccessProblem[] {
  const conditions = grant.conditions ?? {};
  const problems: AccessProblem[] = [];
  const need = (field: 'resourceTags' | 'requestTags' | 'tagKeys', key: string, what: string) => {
    const value = conditions[field];
    const empty = value === undefined || (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0);
    if (empty || actions.some((a) => supports(a, key))) return;
    problems.push(problemAt(`${base}.conditions.${field}`, value, `can never hold: no action of this statement supports ${what} in the IAM catalogue; expected actions that do, or no ${field}`));
  };
  need('resourceTags', TAG_KEYS.resource, 'aws:ResourceTag (a tagged resource)');
  need('requestTags', TAG_KEYS.request, 'aws:RequestTag (tags set by the request)');
  need('tagKeys', TAG_KEYS.keys, 'aws:TagKeys');
  const catalogue = pinpointCatalogue();
  const services = [...new Set(actions.map((a) => a.service))];
  const serviceKeys = services.flatMap((s) => catalogue.serviceConditionKeys[s]);
  const known = [...catalogue.globalConditionKeys, ...serviceKeys];
  for (const [operator, keys] of Object.entries(conditions.operators ?? {})) {
    for (const key of Object.keys(keys)) {
      const path = joinPath(joinPath(`${base}.conditions.operators`, operator), key);
      if (!isKnownKey(key, known)) {
        problems.push(problemAt(path, key, `is not a condition key of ${services.join(' or ')} nor a global condition key; expected one such as "aws:SourceIp" or "aws:ResourceTag/<key>"`));
      } else if (operator === 'StringEquals' && taggedBy(key, conditions)) {
        problems.push(problemAt(path, key, 'is also set by resourceTags or requestTags; set it in one place'));
      }
    }
  }
  return problems;
}

/** Exact keys, and keys with a variable part (`aws:ResourceTag/${TagKey}`, `aws:PrincipalTag/tag-key`) by prefix. */
function isKnownKey(key: string, known: readonly string[]): boolean {
  const lower = key.toLowerCase();
  return known.some((k) => {
    const slash = k.indexOf('/');
    if (slash < 0) return k.toLowerCase() === lower;
    return lower.startsWith(k.slice(0, slash + 1).toLowerCase()) && lower.length > slash + 1;
  });
}

function taggedBy(key: string, conditions: NonNullable<CustomGrant['conditions']>): boolean {
  const [prefix, tag] = [key.slice(0, key.indexOf('/') + 1).toLowerCase(), key.slice(key.indexOf('/') + 1)];
  if (prefix === 'aws:resourcetag/') return tag in (conditions.resourceTags ?? {});
  if (prefix === 'aws:requesttag/') return tag in (conditions.requestTags ?? {});
  return false;
}

interface Located {
  readonly path: string;
  readonly value: unknown;
  readonly account: string;
  /** Undefined for a custom grant's bare `account`, which says nothing about the partition. */
  readonly partition?: string;
  readonly region?: string;
}

/** Where each grant points: one entry per application ARN, admin account, resource or custom account. */
function locations(grant: AccessGrant, base: string): Located[] {
  if (isPreset(grant)) {
    if (grant.preset === 'admin') {
      return [{ path: `${base}.account`, value: grant.account, account: grant.account, partition: partitionFor(grant.region, grant.partition), region: grant.region }];
    }
    return grant.applicationArns.flatMap((arn, i) => {
      const app = parseApplicationArn(arn);
      return app.ok ? [{ path: `${base}.applicationArns[${i}]`, value: arn, account: app.value.account, partition: app.value.partition, region: app.value.region }] : [];
    });
  }
  const found: Located[] = grant.account === undefined ? [] : [{ path: `${base}.account`, value: grant.account, account: grant.account }];
  grant.resources.forEach((r, k) => {
    const scope = typeof r === 'string' ? arnScope(r) : referenceScope(r);
    if (scope) found.push({ path: `${base}.resources[${k}]`, value: r, account: scope.account, partition: scope.partition, region: scope.region === '*' ? undefined : scope.region });
  });
  return found;
}

/** One account and partition for the whole policy: its stack. Everything else is a problem. */
function scopeOf(grants: readonly AccessGrant[]): { problems: AccessProblem[]; scope?: AccessCheckResult['scope'] } {
  const all = grants.flatMap((g, i) => locations(g, `grants[${i}]`));
  const first = all.find((l) => l.partition !== undefined) ?? all[0];
  if (!first) {
    return { problems: [{ path: 'grants', message: 'name no account: every resource is "*"; expected "account" on a custom grant, so the policy has a stack' }] };
  }
  const split = 'an access policy belongs to one account\'s stack: split it into one policy per account';
  const problems = all.flatMap((l) => {
    if (l.account !== first.account) return [problemAt(l.path, l.value, `is in account ${l.account}, but ${first.path} is in account ${first.account}; ${split}`)];
    if (l.partition !== undefined && first.partition !== undefined && l.partition !== first.partition) {
      return [problemAt(l.path, l.value, `is in partition "${l.partition}", but ${first.path} is in "${first.partition}"; every ARN of a policy must use one partition`)];
    }
    return [];
  });
  const region = all.find((l) => l.region !== undefined)?.region;
  return { problems, scope: { account: first.account, partition: first.partition ?? 'aws', ...(region !== undefined && { region }) } };
}

function sidProblems(grants: readonly AccessGrant[], document: PolicyDocument): AccessProblem[] {
  const counts = new Map<string, number>();
  for (const st of document.Statement) counts.set(st.Sid ?? '', (counts.get(st.Sid ?? '') ?? 0) + 1);
  return grants.flatMap((g, i) =>
    !isPreset(g) && g.sid !== undefined && (counts.get(g.sid) ?? 0) > 1
      ? [problemAt(`grants[${i}].sid`, g.sid, 'is the Sid of another statement of this policy; expected a Sid unique in the policy')]
      : [],
  );
}

function documentChecks(name: string, document: PolicyDocument): AccessProblem[] {
  const json = JSON.stringify(document);
  const size = minifiedSize(json);
  const limit = POLICY_SIZE_LIMITS.identity;
  if (size > limit) {
    const message = `make policy ${quote(name)} ${size} characters long without whitespace, over the IAM quota of ${limit} for a managed policy; split them over several policies`;
    return [{ path: 'grants', message }];
  }
  return documentProblems(document, 'identity', false, json).map((p) => ({ path: 'grants', message: `make a policy that fails a security check: ${p}` }));
}
