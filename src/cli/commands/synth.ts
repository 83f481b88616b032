import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildApp } from '../../app';
import { loadConfigFrom } from '../../config/load';
import type { ResolvedConfig } from '../../config/types';
import { parseCommandArgs, stringFlag } from '../args';
import type { CliIo } from '../io';
import { Progress } from '../progress';

/** A synthesized stack: its name and the folder holding its `cdk.tf.json`. */
export interface SynthesizedStack {
  readonly name: string;
  readonly dir: string;
}

/** The default output folder, as cdktf's. */
export const DEFAULT_OUT = 'cdktf.out';

/** The output folder: `--out`, else {@link DEFAULT_OUT}, from where the CLI runs. */
export function outDir(io: CliIo, outFlag: string | undefined): string {
  return resolve(io.cwd, outFlag ?? DEFAULT_OUT);
}

/** Writes the cdktf output of a validated config and lists the stacks it wrote. */
export function synthesize(config: ResolvedConfig, io: CliIo, outFlag: string | undefined): SynthesizedStack[] {
  const outdir = outDir(io, outFlag);
  mkdirSync(outdir, { recursive: true }); // cdktf's App creates only the last level
  const app = buildApp(config, { outdir, stateDir: io.cwd });
  app.synth();
  return app.node.children.map((stack) => ({ name: stack.node.id, dir: join(outdir, 'stacks', stack.node.id) }));
}

/** `pinpoint-iam synth [--config FILE] [--out DIR]` */
export function synthCommand(args: readonly string[], io: CliIo): number {
  const parsed = parseCommandArgs('synth', args, { config: 'string', out: 'string' });
  const progress = new Progress(io, 2);
  progress.start('validate config');
  const config = loadConfigFrom(stringFlag(parsed, 'config'), io.env, io.cwd);
  progress.start('synth');
  for (const stack of synthesize(config, io, stringFlag(parsed, 'out'))) {
    io.stdout(`wrote ${relative(io.cwd, join(stack.dir, 'cdk.tf.json'))}\n`);
  }
  return 0;
}
