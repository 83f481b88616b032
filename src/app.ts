import { join, relative, resolve } from 'node:path';
import { App } from 'cdktf';
import { localStateFile } from './backends/state-keys';
import type { ResolvedAccessPolicy, ResolvedConfig, ResolvedExportRole } from './config/types';
import { layoutStacks } from './stacks/layout';
import { PinpointIamStack } from './stacks/pinpoint-iam-stack';

/** Options of {@link buildApp}. */
export interface BuildAppOptions {
  /** Where `app.synth()` writes. @default "cdktf.out" */
  readonly outdir?: string;
  /** Folder that holds local state files, one `terraform.<stack>.tfstate` per stack. @default the current folder */
  readonly stateDir?: string;
}

/**
 * Builds the cdktf app for a validated config: one {@link PinpointIamStack} per account (or per
 * account and region), in first-seen order; see {@link layoutStacks}.
 */
export function buildApp(config: ResolvedConfig, options: BuildAppOptions = {}): App {
  const outdir = resolve(options.outdir ?? 'cdktf.out');
  const stateDir = resolve(options.stateDir ?? '.');
  const app = new App({ outdir, stackTraces: false });
  for (const stack of layoutStacks(config)) {
    new PinpointIamStack(app, stack.name, {
      backend: stack.backend,
      // Local state stays beside the project, as cdktf does by default, but by a relative path.
      localStatePath: relative(join(outdir, 'stacks', stack.name), join(stateDir, localStateFile(stack.name))),
      region: stack.region,
      account: stack.account,
      ...(stack.assumeRole && { assumeRole: stack.assumeRole }),
      exportRoles: stack.exportRoles.map(toProps),
      ...(stack.accessPolicies.length > 0 && { accessPolicies: stack.accessPolicies.map(toAccessProps) }),
    });
  }
  return app;
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
