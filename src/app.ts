import { join, relative, resolve } from 'node:path';
import { App } from 'cdktf';
import type { ResolvedAccessPolicy, ResolvedConfig, ResolvedExportRole } from './config/types';
import { findPartition } from './policies/partitions';
import { PinpointIamStack } from './stacks/pinpoint-iam-stack';

/** Options of {@link buildApp}. */
export interface BuildAppOptions {
  /** Where `app.synth()` writes. @default "cdktf.out" */
  readonly outdir?: string;
  /** Folder that holds local state files, one `terraform.<stack>.tfstate` per stack. @default the current folder */
  readonly stateDir?: string;
}

/** The stack name for an account: one stack, and so one state, per account. */
export function stackName(account: string): string {
  return `pinpoint-iam-${account}`;
}

/** Builds the cdktf app for a validated config: one {@link PinpointIamStack} per account, in first-seen order. */
export function buildApp(config: ResolvedConfig, options: BuildAppOptions = {}): App {
  const outdir = resolve(options.outdir ?? 'cdktf.out');
  const stateDir = resolve(options.stateDir ?? '.');
  const app = new App({ outdir, stackTraces: false });
  for (const [account, { roles, policies }] of groupByAccount(config)) {
    const name = stackName(account);
    new PinpointIamStack(app, name, {
      // State stays beside the project, as cdktf does by default, but by a relative path.
      localStatePath: relative(join(outdir, 'stacks', name), join(stateDir, `terraform.${name}.tfstate`)),
      region: stackRegion(roles, policies),
      exportRoles: roles.map(toProps),
      ...(policies.length > 0 && { accessPolicies: policies.map(toAccessProps) }),
    });
  }
  return app;
}

interface AccountGroup {
  readonly roles: ResolvedExportRole[];
  readonly policies: ResolvedAccessPolicy[];
}

/** Export roles and access policies by account, accounts in first-seen order (export roles first). */
function groupByAccount(config: ResolvedConfig): Map<string, AccountGroup> {
  const groups = new Map<string, AccountGroup>();
  const groupOf = (account: string) => {
    const group = groups.get(account) ?? { roles: [], policies: [] };
    groups.set(account, group);
    return group;
  };
  for (const role of config.exportRoles) groupOf(role.app.account).roles.push(role);
  for (const policy of config.accessPolicies) groupOf(policy.account).policies.push(policy);
  return groups;
}

/**
 * The provider region: the first export role's, else a region the access policies name, else
 * the partition's usual one. IAM is global; the region only routes API calls.
 */
function stackRegion(roles: readonly ResolvedExportRole[], policies: readonly ResolvedAccessPolicy[]): string {
  if (roles[0]) return roles[0].app.region;
  const named = policies.find((p) => p.region !== undefined)?.region;
  return named ?? findPartition(policies[0]!.partition)?.exampleRegion ?? 'us-east-1';
}

/** Tags only when there are any, so an empty map adds no `tags` attribute. */
function someTags(tags: Readonly<Record<string, string>>): Readonly<Record<string, string>> | undefined {
  return Object.keys(tags).length > 0 ? tags : undefined;
}

/** Access policy props: the resolved policy less what only picked its stack. */
function toAccessProps({ account: _account, partition: _partition, region: _region, tags, ...props }: ResolvedAccessPolicy) {
  return { ...props, tags: someTags(tags) };
}

/** Export role props: the resolved role, keyed by its name, less the parsed ARN the construct re-derives. */
function toProps({ app: _app, tags, ...props }: ResolvedExportRole) {
  return { id: props.roleName, ...props, tags: someTags(tags) };
}
