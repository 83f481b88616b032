import { resolveBackend } from '../backends/defaults';
import { didYouMean } from '../policies/did-you-mean';
import { findPartition } from '../policies/partitions';
import { joinPath, problemAt } from '../policies/problems';
import { roleArnParts } from '../policies/rules/role-arn';
import type { AccessResolution, PlacedPolicy } from './access-resolve';
import { STACK_PER } from './account-spec';
import type { ConfigIssue } from './issue';
import type { AccountSettingsConfig, PinpointIamConfig, ResolvedAccountSettings, ResolvedExportRole } from './types';

/** Where an account was first seen: its partition and the path of the entry that set it. */
interface AccountUse {
  readonly partition: string;
  readonly path: string;
}

/**
 * Resolves the stack settings (top-level defaults, then each listed account) of a config whose
 * fields are well-formed, and runs the checks that need the whole config: every listed account
 * is used, each account sits in one partition, and an account's provider role and region belong
 * to that account and partition. Pure and deterministic.
 */
export function resolveAccounts(
  config: PinpointIamConfig,
  exportRoles: readonly ResolvedExportRole[],
  /** The access policies whose account was found, and the access issues. */
  access: AccessResolution,
): { defaults: ResolvedAccountSettings; accounts: Record<string, ResolvedAccountSettings>; issues: ConfigIssue[] } {
  const defaults: ResolvedAccountSettings = { stackPer: config.stackPer ?? STACK_PER[0], backend: resolveBackend(config.backend) };
  const { uses, issues } = accountUses(exportRoles, access.placed);
  // With access issues, a policy may not have been placed, so an account may only look unused.
  const complete = access.issues.length === 0;
  const accounts: Record<string, ResolvedAccountSettings> = {};
  for (const [account, settings] of Object.entries(config.accounts ?? {})) {
    const path = joinPath('accounts', account);
    const use = uses.get(account);
    if (!use) {
      if (complete) issues.push(problemAt(path, account, unusedAccount(account, [...uses.keys()])));
      continue;
    }
    issues.push(...settingsIssues(settings, account, use, path));
    accounts[account] = {
      ...(settings.assumeRoleArn !== undefined && {
        assumeRole: { roleArn: settings.assumeRoleArn, ...(settings.externalId !== undefined && { externalId: settings.externalId }) },
      }),
      ...(settings.region !== undefined && { region: settings.region }),
      stackPer: settings.stackPer ?? defaults.stackPer,
      backend: settings.backend ? resolveBackend(settings.backend) : defaults.backend,
    };
  }
  return { defaults, accounts, issues };
}

/** The partition of each account in use; an account whose entries disagree is an issue. */
function accountUses(exportRoles: readonly ResolvedExportRole[], placed: readonly PlacedPolicy[]) {
  const uses = new Map<string, AccountUse>();
  const issues: ConfigIssue[] = [];
  const see = (account: string, partition: string, path: string, value: unknown) => {
    const first = uses.get(account);
    if (!first) uses.set(account, { partition, path });
    else if (first.partition !== partition) {
      issues.push(problemAt(path, value, `is in partition "${partition}", but ${first.path} puts account ${account} in "${first.partition}"; an account belongs to one partition`));
    }
  };
  exportRoles.forEach((role, i) => see(role.app.account, role.app.partition, `exportRoles[${i}].applicationArn`, role.applicationArn));
  placed.forEach(({ policy, index }) => see(policy.account, policy.partition, `accessPolicies[${index}].name`, policy.name));
  return { uses, issues };
}

/** Why an account entry is unused, with the closest account in use and (some of) the accounts in use. */
function unusedAccount(account: string, inUse: readonly string[]): string {
  const hint = didYouMean(account, inUse);
  const shown = inUse.length > 10 ? `${inUse.slice(0, 10).join(', ')} and ${inUse.length - 10} more` : inUse.join(', ');
  return `is an account no export role or access policy targets${hint ? ` (did you mean "${hint}"?)` : ''}; fix the account ID or remove the entry (accounts in use: ${shown})`;
}

function settingsIssues(settings: AccountSettingsConfig, account: string, use: AccountUse, path: string): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (settings.assumeRoleArn !== undefined) {
    const role = roleArnParts(settings.assumeRoleArn);
    if (role.account !== account) {
      issues.push(problemAt(joinPath(path, 'assumeRoleArn'), settings.assumeRoleArn, `is a role in account ${role.account}; expected a role in account ${account}, the account whose IAM it manages`));
    } else if (role.partition !== use.partition) {
      issues.push(problemAt(joinPath(path, 'assumeRoleArn'), settings.assumeRoleArn, `is in partition "${role.partition}"; account ${account} is in "${use.partition}" (${use.path})`));
    }
  }
  if (settings.region !== undefined && !findPartition(use.partition)?.regions.test(settings.region)) {
    issues.push(problemAt(joinPath(path, 'region'), settings.region, `is not a region of partition "${use.partition}", where account ${account} is (${use.path})`));
  }
  return issues;
}
