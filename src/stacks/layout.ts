import { DEFAULT_BACKEND } from '../backends/defaults';
import type { ResolvedBackend } from '../backends/types';
import type { AssumeRole, ResolvedAccessPolicy, ResolvedAccountSettings, ResolvedConfig, ResolvedExportRole } from '../config/types';
import { findPartition } from '../policies/partitions';

/** One stack to build: what goes in it and how its provider and state are set up. */
export interface StackLayout {
  /** Stack name, `pinpoint-iam-<account>` or `pinpoint-iam-<account>-<region>`; state keys derive from it. */
  readonly name: string;
  /** The account whose IAM the stack manages (the provider's allowed_account_ids). */
  readonly account: string;
  /** The partition of the account. */
  readonly partition: string;
  /** Provider region (IAM is global; the region routes API calls, and names the stack when split by region). */
  readonly region: string;
  /** Role the provider assumes, if the account sets one. */
  readonly assumeRole?: AssumeRole;
  /** Where the stack keeps its state. */
  readonly backend: ResolvedBackend;
  /** The export roles of the stack, in config order. */
  readonly exportRoles: readonly ResolvedExportRole[];
  /** The access policies of the stack, in config order. */
  readonly accessPolicies: readonly ResolvedAccessPolicy[];
}

/** The stack name for an account, or for an account and region when the account is split by region. */
export function stackName(account: string, region?: string): string {
  return region === undefined ? `pinpoint-iam-${account}` : `pinpoint-iam-${account}-${region}`;
}

interface Draft extends StackLayout {
  readonly exportRoles: ResolvedExportRole[];
  readonly accessPolicies: ResolvedAccessPolicy[];
}

/**
 * Splits a config into stacks, in first-seen order (export roles first): one per account, or
 * one per account and region where the account's `stackPer` is "region". An access policy goes
 * to the stack of the region its grants name, else of the account's `region`, else of the
 * account's first export role. Pure and deterministic.
 */
export function layoutStacks(config: ResolvedConfig): StackLayout[] {
  const stacks = new Map<string, Draft>();
  const homeRegion = new Map<string, string>();
  const stackFor = (account: string, partition: string, wanted: string | undefined): Draft => {
    const settings = settingsOf(config, account);
    const byRegion = settings.stackPer === 'region';
    const region = (byRegion ? wanted : (settings.region ?? wanted)) ?? findPartition(partition)?.exampleRegion ?? 'us-east-1';
    const name = stackName(account, byRegion ? region : undefined);
    const existing = stacks.get(name);
    if (existing) return existing;
    const draft: Draft = {
      name,
      account,
      partition,
      region,
      ...(settings.assumeRole && { assumeRole: settings.assumeRole }),
      backend: settings.backend,
      exportRoles: [],
      accessPolicies: [],
    };
    stacks.set(name, draft);
    return draft;
  };
  for (const role of config.exportRoles) {
    if (!homeRegion.has(role.app.account)) homeRegion.set(role.app.account, role.app.region);
    stackFor(role.app.account, role.app.partition, role.app.region).exportRoles.push(role);
  }
  for (const policy of config.accessPolicies) {
    const settings = settingsOf(config, policy.account);
    const wanted = policy.region ?? settings.region ?? homeRegion.get(policy.account);
    stackFor(policy.account, policy.partition, wanted).accessPolicies.push(policy);
  }
  return [...stacks.values()];
}

/** Settings of a config that sets none: local state, one stack per account, the caller's credentials. */
const NO_SETTINGS: ResolvedAccountSettings = { stackPer: 'account', backend: DEFAULT_BACKEND };

function settingsOf(config: ResolvedConfig, account: string): ResolvedAccountSettings {
  return config.accounts?.[account] ?? config.defaults ?? NO_SETTINGS;
}
