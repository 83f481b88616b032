import { parseApplicationArn } from '../policies/arn';
import { defaultDescription, defaultPolicyName, defaultRoleName, EXPORT_ROLE_DEFAULTS } from '../policies/names';
import { resolveAccessPolicies } from './access-resolve';
import { resolveAccounts } from './account-resolve';
import { repeats } from './repeats';
import type { ConfigIssue } from './issue';
import type { ExportRoleConfig, PinpointIamConfig, ResolvedConfig, ResolvedExportRole } from './types';

/**
 * Fills defaults and derives names for a config that passed the field checks, then runs
 * the checks that span entries (duplicate names; access policies against the IAM catalogue;
 * account settings against the accounts in use).
 * Pure and deterministic.
 */
export function resolveConfig(config: PinpointIamConfig): { config: ResolvedConfig; issues: ConfigIssue[] } {
  const exportRoles = (config.exportRoles ?? []).map(resolveExportRole);
  const issues = [
    ...duplicates(exportRoles, (r) => r.roleName, 'roleName', 'role names are unique per account, ignoring case'),
    ...duplicates(exportRoles, (r) => r.policyName, 'policyName', 'managed policy names are unique per account, ignoring case'),
  ];
  const access = resolveAccessPolicies(config, exportRoles);
  const { defaults, accounts, issues: accountIssues } = resolveAccounts(config, exportRoles, access);
  return {
    config: { exportRoles, accessPolicies: access.placed.map((p) => p.policy), defaults, accounts },
    issues: [...issues, ...access.issues, ...accountIssues],
  };
}

function resolveExportRole(role: ExportRoleConfig): ResolvedExportRole {
  const parsed = parseApplicationArn(role.applicationArn);
  if (!parsed.ok) throw new Error(`resolveConfig called on an unvalidated ARN: ${parsed.reason}`);
  const app = parsed.value;
  const roleName = role.roleName ?? defaultRoleName(app.applicationId, role.bucket, role.folder);
  return {
    applicationArn: role.applicationArn,
    app,
    bucket: role.bucket,
    folder: role.folder,
    roleName,
    policyName: role.policyName ?? defaultPolicyName(roleName),
    path: role.path ?? EXPORT_ROLE_DEFAULTS.path,
    description: role.description ?? defaultDescription(app.applicationId, role.bucket, role.folder),
    ...(role.permissionsBoundary !== undefined && { permissionsBoundary: role.permissionsBoundary }),
    maxSessionDuration: role.maxSessionDuration ?? EXPORT_ROLE_DEFAULTS.maxSessionDuration,
    tags: role.tags ?? {},
    s3Access: role.s3Access ?? EXPORT_ROLE_DEFAULTS.s3Access,
  };
}

function duplicates(roles: readonly ResolvedExportRole[], name: (r: ResolvedExportRole) => string, field: string, rule: string): ConfigIssue[] {
  return repeats(roles, (r) => `${r.app.account}/${name(r).toLowerCase()}`).map(([i, first]) => ({
    path: `exportRoles[${i}].${field}`,
    message: `"${name(roles[i]!)}" duplicates exportRoles[${first}].${field} in account ${roles[i]!.app.account} (${rule}); set a distinct ${field}`,
  }));
}
