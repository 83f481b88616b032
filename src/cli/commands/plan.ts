import { availableParallelism } from 'node:os';
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { renderStacksSummary, reviewPlan, type Review, type StackOutcome } from '../../plan';
import { planWorkdir, PLUGIN_DIR_ENV, TerraformCommandError, type PlanOptions } from '../../terraform';
import { didYouMean } from '../../policies/did-you-mean';
import { layoutStacks } from '../../stacks/layout';
import { parseCommandArgs, stringFlag, stringsFlag } from '../args';
import { UsageError, type CliIo } from '../io';
import { runPool } from '../pool';
import { Progress } from '../progress';
import { loadConfigFrom } from '../../config/load';
import { outDir, synthesize, type SynthesizedStack } from './synth';

/** Files `plan` writes into each stack folder. */
export const PLAN_FILES = { json: 'plan.json', markdown: 'plan.md' } as const;
/** The table over every stack planned, written into the output folder when more than one stack was planned. */
export const SUMMARY_FILE = 'plan-summary.md';

/** `pinpoint-iam plan [--config FILE] [--out DIR] [--offline] [--plugin-dir DIR] [--concurrency N] [--stack NAME]...` */
export async function planCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('plan', args, {
    config: 'string',
    out: 'string',
    offline: 'boolean',
    'plugin-dir': 'string',
    concurrency: 'string',
    stack: 'strings',
  });
  const concurrency = concurrencyOf(stringFlag(parsed, 'concurrency'));
  const pluginFlag = stringFlag(parsed, 'plugin-dir') ?? io.env[PLUGIN_DIR_ENV];
  const pluginDir = pluginFlag ? resolve(io.cwd, pluginFlag) : undefined;
  const progress = new Progress(io, 4);
  progress.start('validate config');
  const config = loadConfigFrom(stringFlag(parsed, 'config'), io.env, io.cwd);
  const layout = new Map(layoutStacks(config).map((s) => [s.name, s]));
  const only = selectedStacks(stringsFlag(parsed, 'stack'), [...layout.keys()]);
  progress.start('synth');
  const outdir = outDir(io, stringFlag(parsed, 'out'));
  const summaryPath = join(outdir, SUMMARY_FILE);
  rmSync(summaryPath, { force: true });
  const stacks = synthesize(config, io, outdir).filter((s) => !only || only.has(s.name));
  progress.start(`terraform init + plan, ${stacks.length} stack${stacks.length === 1 ? '' : 's'}, ${Math.min(concurrency, stacks.length)} at a time`);
  let done = 0;
  const results = await runPool(stacks, concurrency, async (stack) => {
    const assumesRole = layout.get(stack.name)?.assumeRole !== undefined;
    const review = await planStack(stack, { offline: parsed.values['offline'] === true, assumesRole, pluginDir, baseEnv: io.env });
    progress.note(`${++done}/${stacks.length} stacks planned (${stack.name})`);
    return review;
  });
  progress.start('review');
  return report(stacks, results, io, summaryPath);
}

/**
 * Prints the reviews (after a table over all stacks, also written to `summaryPath`, when there are
 * several) and where each was written, then every failure by stack; returns the exit code.
 */
function report(stacks: readonly SynthesizedStack[], results: readonly PromiseSettledResult<Review>[], io: CliIo, summaryPath: string): number {
  const reviews = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.text] : []));
  const outcomes = results.map((r, i): StackOutcome => ({ stack: stacks[i]!.name, ...(r.status === 'fulfilled' ? { review: r.value } : { error: brief(r.reason) }) }));
  const summary = stacks.length > 1 ? renderStacksSummary(outcomes) : undefined;
  if (summary) writeFileSync(summaryPath, summary);
  io.stdout([...(summary ? [summary] : []), ...reviews].join('\n\n'));
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') io.stderr(`review of ${stacks[i]!.name}: ${relative(io.cwd, join(stacks[i]!.dir, PLAN_FILES.markdown))}\n`);
  });
  const failures = results.flatMap((r, i) => (r.status === 'rejected' ? [`stack ${stacks[i]!.name}: ${message(r.reason)}`] : []));
  if (failures.length === 0) return 0;
  io.stderr(`${failures.length} of ${stacks.length} stacks failed to plan:\n${failures.join('\n')}\n`);
  return 1;
}

/** Plans one stack; removes any earlier plan files first so a failure never leaves a stale success behind. */
async function planStack(stack: SynthesizedStack, options: Pick<PlanOptions, 'offline' | 'assumesRole' | 'pluginDir' | 'baseEnv'>): Promise<Review> {
  const jsonPath = join(stack.dir, PLAN_FILES.json);
  const markdownPath = join(stack.dir, PLAN_FILES.markdown);
  rmSync(jsonPath, { force: true });
  rmSync(markdownPath, { force: true });
  const planText = await planWorkdir(stack.dir, options);
  const review = reviewPlan(JSON.parse(planText) as unknown, { title: `pinpoint-iam plan: ${stack.name}` });
  writeFileSync(jsonPath, planText);
  writeFileSync(markdownPath, review.text);
  return review;
}

/** The stacks `--stack` names (all when none), checked before anything is written. */
function selectedStacks(names: readonly string[], known: readonly string[]): Set<string> | undefined {
  if (names.length === 0) return undefined;
  for (const name of names) {
    if (known.includes(name)) continue;
    const hint = didYouMean(name, known);
    throw new UsageError(`plan: --stack "${name}" is not a stack of this config${hint ? ` (did you mean "${hint}"?)` : ''}; its stacks: ${known.join(', ')}`);
  }
  return new Set(names);
}

function concurrencyOf(flag: string | undefined): number {
  if (flag === undefined) return availableParallelism();
  const n = Number(flag);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`plan: --concurrency "${flag}" is not a whole number of at least 1`);
  return n;
}

/** One line on why a stack failed, for the summary table (no machine paths, no multi-line output). */
function brief(error: unknown): string {
  if (error instanceof TerraformCommandError) return error.brief;
  return message(error).split('\n').find((l) => l.trim() !== '') ?? 'failed';
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
