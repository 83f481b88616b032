import { ACCESS_POLICY_DEFAULTS } from '../policies/names';
import { checkAccessPolicy } from '../policies/access/validate';
import type { ConfigIssue } from './issue';
import { repeats } from './repeats';
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
): AccessResolution {
  const issues: ConfigIssue[] = [];
  const placed: PlacedPolicy[] = [];
  (config.accessPolicies ?? []).forEach((policy, i) => {
    const base = `accessPolicies[${i}]`;
    const checked = checkAccessPolicy({ name: policy.name, grants: policy.grants });
    issues.push(...checked.problems.map((p) => ({ path: `${base}.${p.path}`, message: p.message })), ...attachmentIssues(policy, base));
    if (checked.scope) placed.push({ policy: resolveOne(policy, checked.scope), index: i });
  });
  if (issues.length > 0) return { placed, issues };
  return { placed, issues: duplicateNames(placed, exportRoles) };
}

/** An access policy resolved (its account found) with its index in the config. */
export interface PlacedPolicy {
  readonly policy: ResolvedAccessPolicy;
  readonly index: number;
}

/** The outcome of {@link resolveAccessPolicies}: the policies whose account was found, and every issue. */
export interface AccessResolution {
  readonly placed: readonly PlacedPolicy[];
  readonly issues: readonly ConfigIssue[];
}

function resolveOne(policy: AccessPolicyConfig, scope: { account: string; partition: string; region?: string }): ResolvedAccessPolicy {
  return {
    name: policy.name,
    ...(policy.description !== undefined && { description: policy.description }),
    path: policy.path ?? ACCESS_POLICY_DEFAULTS.path,
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
  return (['roles', 'groups', 'users'] as const).flatMap((kind) => {
    const names = policy.attachTo?.[kind] ?? [];
    return repeats(names, (name) => name.toLowerCase()).map(([k, first]) => ({
      path: `${base}.attachTo.${kind}[${k}]`,
      message: `"${names[k]}" duplicates attachTo.${kind}[${first}] (IAM names ignore case); list each principal once`,
    }));
  });
}

/** Managed policy names are unique per account, ignoring case, whatever their path: export roles' policies come first. */
function duplicateNames(placed: readonly PlacedPolicy[], exportRoles: readonly ResolvedExportRole[]): ConfigIssue[] {
  const names = [
    ...exportRoles.map((role, i) => ({ account: role.app.account, name: role.policyName, path: `exportRoles[${i}].policyName` })),
    ...placed.map(({ policy, index }) => ({ account: policy.account, name: policy.name, path: `accessPolicies[${index}].name` })),
  ];
  // Repeats among export roles alone are reported by resolveConfig, with the export-role wording.
  return repeats(names, (n) => `${n.account}/${n.name.toLowerCase()}`)
    .filter(([i]) => i >= exportRoles.length)
    .map(([i, first]) => ({
      path: names[i]!.path,
      message: `"${names[i]!.name}" duplicates ${names[first]!.path} in account ${names[i]!.account} (managed policy names are unique per account, ignoring case); set a distinct name`,
    }));
}
