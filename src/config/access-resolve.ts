import { checkAccessPolicy } from '../policies/access/validate';
import type { ConfigIssue } from './issue';
import type { AccessPolicyConfig, PinpointIamConfig, ResolvedAccessPolicy, ResolvedExportRole } from './types';

/**
 * Checks the access policies of a config whose fields are well-formed against the IAM catalogue
 * (see checkAccessPolicy), finds each one's account, fills defaults, and runs the checks that
 * span entries: policy names unique per account (export roles' policies included) and no
 * principal named twice in one `attachTo` list. Pure and deterministic.
 */
export function resolveAccessPolicies(
  config: PinpointIamConfig,
  exportRoles: readonly ResolvedExportRole[],
): { accessPolicies: ResolvedAccessPolicy[]; indices: number[]; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const accessPolicies: ResolvedAccessPolicy[] = [];
  /** The config index of each resolved policy: a policy whose account is unknown is left out. */
  const indices: number[] = [];
  (config.accessPolicies ?? []).forEach((policy, i) => {
    const base = `accessPolicies[${i}]`;
    const checked = checkAccessPolicy({ name: policy.name, grants: policy.grants });
    issues.push(...checked.problems.map((p) => ({ path: `${base}.${p.path}`, message: p.message })), ...attachmentIssues(policy, base));
    if (!checked.scope) return;
    accessPolicies.push(resolveOne(policy, checked.scope));
    indices.push(i);
  });
  if (issues.length > 0) return { accessPolicies, indices, issues };
  return { accessPolicies, indices, issues: duplicateNames(accessPolicies, exportRoles) };
}

function resolveOne(policy: AccessPolicyConfig, scope: { account: string; partition: string; region?: string }): ResolvedAccessPolicy {
  return {
    name: policy.name,
    ...(policy.description !== undefined && { description: policy.description }),
    path: policy.path ?? '/',
    tags: policy.tags ?? {},
    grants: policy.grants,
    attachTo: { roles: policy.attachTo?.roles ?? [], groups: policy.attachTo?.groups ?? [], users: policy.attachTo?.users ?? [] },
    account: scope.account,
    partition: scope.partition,
    ...(scope.region !== undefined && { region: scope.region }),
  };
}

/** IAM names are unique ignoring case, so attaching to `Analyst` and `analyst` names one principal twice. */
function attachmentIssues(policy: AccessPolicyConfig, base: string): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const kind of ['roles', 'groups', 'users'] as const) {
    const seen = new Map<string, number>();
    (policy.attachTo?.[kind] ?? []).forEach((name, k) => {
      const first = seen.get(name.toLowerCase());
      if (first === undefined) seen.set(name.toLowerCase(), k);
      else issues.push({ path: `${base}.attachTo.${kind}[${k}]`, message: `"${name}" duplicates attachTo.${kind}[${first}] (IAM names ignore case); list each principal once` });
    });
  }
  return issues;
}

/** Managed policy names are unique per account, ignoring case, whatever their path. */
function duplicateNames(policies: readonly ResolvedAccessPolicy[], exportRoles: readonly ResolvedExportRole[]): ConfigIssue[] {
  const seen = new Map<string, string>();
  for (const [i, role] of exportRoles.entries()) seen.set(`${role.app.account}/${role.policyName.toLowerCase()}`, `exportRoles[${i}].policyName`);
  const issues: ConfigIssue[] = [];
  policies.forEach((policy, i) => {
    const key = `${policy.account}/${policy.name.toLowerCase()}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, `accessPolicies[${i}].name`);
      return;
    }
    issues.push({
      path: `accessPolicies[${i}].name`,
      message: `"${policy.name}" duplicates ${first} in account ${policy.account} (managed policy names are unique per account, ignoring case); set a distinct name`,
    });
  });
  return issues;
}
