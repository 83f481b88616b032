import { stateLocation } from '../../backends/state-keys';
import { layoutStacks, type StackLayout } from '../../stacks/layout';
import { parseCommandArgs, stringFlag } from '../args';
import type { CliIo } from '../io';
import { loadConfigFrom } from '../../config/load';

/** One stack as `stacks --json` prints it; a CI matrix reads these names. */
export interface StackSummary {
  readonly name: string;
  readonly account: string;
  readonly region: string;
  readonly backend: StackLayout['backend']['type'];
  /** Where its state lives: `s3://bucket/key`, `<host>/<org>/<workspace>`, or the local file. */
  readonly state: string;
  readonly assumeRoleArn?: string;
  readonly exportRoles: number;
  readonly accessPolicies: number;
}

/** The summary of each stack a config makes, in build order. */
export function summarizeStacks(stacks: readonly StackLayout[]): StackSummary[] {
  return stacks.map((s) => ({
    name: s.name,
    account: s.account,
    region: s.region,
    backend: s.backend.type,
    state: stateLocation(s.backend, s.name),
    ...(s.assumeRole && { assumeRoleArn: s.assumeRole.roleArn }),
    exportRoles: s.exportRoles.length,
    accessPolicies: s.accessPolicies.length,
  }));
}

/** `pinpoint-iam stacks [--config FILE] [--json]`: lists the stacks a config makes, writing nothing. */
export function stacksCommand(args: readonly string[], io: CliIo): number {
  const parsed = parseCommandArgs('stacks', args, { config: 'string', json: 'boolean' });
  const summaries = summarizeStacks(layoutStacks(loadConfigFrom(stringFlag(parsed, 'config'), io.env, io.cwd)));
  if (parsed.values['json'] === true) {
    io.stdout(`${JSON.stringify(summaries)}\n`);
    return 0;
  }
  const header = ['stack', 'account', 'region', 'roles', 'policies', 'state'];
  const rows = summaries.map((s) => [s.name, s.account, s.region, String(s.exportRoles), String(s.accessPolicies), s.state]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  io.stdout(`${[header, ...rows].map(line).join('\n')}\n`);
  return 0;
}
