import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

/** The seed example: bucket example-bucket, folder Exports, an app in us-east-1 of account 123456789012. */
export const EXAMPLE_APP_ARN = 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef';

/** What one CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with a captured io, in `cwd`. */
export async function runCli(argv: readonly string[], cwd: string, options: { env?: NodeJS.ProcessEnv; progress?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { ...process.env, PINPOINT_IAM_CONFIG: undefined, ...options.env },
    cwd,
    progress: options.progress ?? false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temp folder with a config file written into it. */
export function projectWith(config: unknown, file = 'pinpoint-iam.config.json'): string {
  const dir = mkdtempSync(join(tmpdir(), 'pinpoint-iam-cli-'));
  writeFileSync(join(dir, file), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return dir;
}

/** A minimal valid config with one export role. */
export function exampleConfig(overrides: Record<string, unknown> = {}): { exportRoles: Record<string, unknown>[] } {
  return { exportRoles: [{ applicationArn: EXAMPLE_APP_ARN, bucket: 'example-bucket', folder: 'Exports', roleName: 's3ExportRole', ...overrides }] };
}

/** Leaves a plan.md in a stack folder that claims success, as an earlier run would have; returns its path. */
export function staleReview(dir: string, stack: string): string {
  mkdirSync(join(dir, 'cdktf.out', 'stacks', stack), { recursive: true });
  const file = join(dir, 'cdktf.out', 'stacks', stack, 'plan.md');
  writeFileSync(file, '# Plan: 3 to add\n');
  return file;
}
