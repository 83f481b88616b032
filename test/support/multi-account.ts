/** The multi-account example (examples/multi-account), synthesized into a fresh folder for a test. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/app';
import { resolved } from './config';

/** The example's config file. */
export const MULTI_ACCOUNT_CONFIG = join(__dirname, '..', '..', 'examples', 'multi-account', 'pinpoint-iam.config.json');

/** A synthesized copy of the example: `dir` holds the local state folder and `out/stacks/<stack>/`. */
export interface SynthesizedExample {
  readonly dir: string;
  /** The stack names, in build order. */
  readonly stacks: readonly string[];
  /** The folder of one stack's `cdk.tf.json`. */
  readonly stackDir: (stack: string) => string;
}

/** Validates and synthesizes the multi-account example into a new temporary folder (the caller removes it). */
export function synthMultiAccountExample(prefix: string): SynthesizedExample {
  const config = resolved(JSON.parse(readFileSync(MULTI_ACCOUNT_CONFIG, 'utf8')));
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const app = buildApp(config, { outdir: join(dir, 'out'), stateDir: dir });
  app.synth();
  return { dir, stacks: app.node.children.map((s) => s.node.id), stackDir: (stack) => join(dir, 'out', 'stacks', stack) };
}
