import { join, relative, resolve } from 'node:path';
import { App } from 'cdktf';
import type { ResolvedConfig, ResolvedExportRole } from './config/types';
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
  for (const [account, roles] of groupByAccount(config.exportRoles)) {
    const name = stackName(account);
    new PinpointIamStack(app, name, {
      // State stays beside the project, as cdktf does by default, but by a relative path.
      localStatePath: relative(join(outdir, 'stacks', name), join(stateDir, `terraform.${name}.tfstate`)),
      region: roles[0]!.app.region,
      exportRoles: roles.map(toProps),
    });
  }
  return app;
}

function groupByAccount(roles: readonly ResolvedExportRole[]): Map<string, ResolvedExportRole[]> {
  const groups = new Map<string, ResolvedExportRole[]>();
  for (const role of roles) {
    const group = groups.get(role.app.account) ?? [];
    group.push(role);
    groups.set(role.app.account, group);
  }
  return groups;
}

function toProps(role: ResolvedExportRole) {
  return {
    id: role.roleName,
    applicationArn: role.applicationArn,
    bucket: role.bucket,
    folder: role.folder,
    roleName: role.roleName,
    policyName: role.policyName,
    path: role.path,
    description: role.description,
    permissionsBoundary: role.permissionsBoundary,
    maxSessionDuration: role.maxSessionDuration,
    tags: Object.keys(role.tags).length > 0 ? role.tags : undefined,
    s3Access: role.s3Access,
  };
}
