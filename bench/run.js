#!/usr/bin/env node
// `npm run bench`: times pinpoint-iam's synth and offline plan against bare baselines, each
// measurement a separate process under `/usr/bin/time -v`, repeated and reported as medians.
// Prints a Markdown table and writes bench/results.json. Not a test: nothing here asserts.
//
// usage: node bench/run.js [--runs N] [--sizes 1,10,100,1000,10000] [--plan-sizes 1,100,1000]
//                          [--skip-plan] [--skip-by-account] [--serial] [--quick] [--results FILE] [--keep] [--quiet-wait SECONDS]
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const { isAbsolute, join, relative, resolve } = require('node:path');
const { parseArgs } = require('node:util');
const { makeBareSpec, makeConfig } = require('./configs');
const { measure, round, setQuietWait, summarize } = require('./measure');
const { markdownTable, resultRows, reviewSummary, verdicts } = require('./report');
const { prepareStacks, terraformVersion, timeOneStack, timeStacksInParallel } = require('./terraform');
const { removeHeavy, sameTree } = require('./files');

const REPO = resolve(__dirname, '..');
const OUT = join(REPO, 'bench', 'out');
const BIN = join(REPO, 'bin', 'pinpoint-iam.js');
const NODE = process.execPath;
const EXAMPLE = join(REPO, 'pinpoint-iam.config.json');
/** The size the one-stack-against-twenty comparison uses. */
const BY_ACCOUNT_SIZE = 1000;
const PLAN_SIZES = [1, 100, 1000];

/** A path relative to the repository, for anything written into results.json. */
const rel = (p) => relative(REPO, p) || '.';
/** A command-line argument with any absolute path in it (`/x` or `--flag=/x`) made relative, for results.json. */
const relArg = (a) => {
  const [, flag = '', value] = /^(--[\w-]+=)?(.*)$/s.exec(a);
  return isAbsolute(value) ? `${flag}${rel(value)}` : a;
};
const started = Date.now();
/** Progress on stderr; the table goes to stdout. */
const log = (text) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}\n`);

/** Parses the command line into the bench's options. */
function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      sizes: { type: 'string' },
      'plan-sizes': { type: 'string' },
      'skip-plan': { type: 'boolean', default: false },
      serial: { type: 'boolean', default: false },
      'skip-by-account': { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      results: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'quiet-wait': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${readFileSync(__filename, 'utf8').split('\n').slice(5, 7).join('\n').replace(/\/\/ ?/g, '')}\n`);
    process.exit(0);
  }
  const list = (text) =>
    text.split(',').map((s) => {
      const n = Number(s.trim());
      if (!Number.isInteger(n) || n < 1) throw new Error(`bench: "${s}" is not a whole number of roles`);
      return n;
    });
  const sizes = values.sizes ? list(values.sizes) : values.quick ? [1, 10] : [1, 10, 100, 1000, 10000];
  const planSizes = values['skip-plan'] ? [] : values['plan-sizes'] ? list(values['plan-sizes']) : values.quick ? [1] : PLAN_SIZES.filter((n) => sizes.includes(n));
  const runs = values.runs ? list(values.runs)[0] : values.quick ? 1 : 3;
  const results = values.results ? resolve(values.results) : join(REPO, 'bench', values.quick ? 'out/results.quick.json' : 'results.json');
  const quietWait = values['quiet-wait'] !== undefined ? Number(values['quiet-wait']) : values.quick ? 0 : 120;
  return { runs, sizes, planSizes, serial: values.serial, quick: values.quick, results, keep: values.keep, quietWait, byAccount: !values['skip-by-account'] };
}

/** The mirror for `--plugin-dir`, as the project's own tests find it. */
function pluginMirror() {
  const { findPluginMirror } = require(join(REPO, 'scripts', 'plugin-mirror.js'));
  const mirror = findPluginMirror();
  if (!mirror) throw new Error('bench: no Terraform provider mirror found; set PINPOINT_IAM_PLUGIN_DIR');
  return mirror;
}

/** Inputs written by this invocation (regenerated each time, so a change to configs.js always shows). */
const written = new Set();

/**
 * Writes the config and bare spec of a size and variant once per invocation; returns their paths.
 * @param {number} size
 * @param {'one-stack' | 'by-account'} variant
 */
function inputs(size, variant) {
  const dir = join(OUT, 'configs');
  mkdirSync(dir, { recursive: true });
  const config = join(dir, `${variant}-${size}.json`);
  const bare = join(dir, `${variant}-${size}.bare.json`);
  if (!written.has(config)) {
    written.add(config);
    const c = makeConfig(size, variant);
    writeFileSync(config, `${JSON.stringify(c, null, 2)}\n`);
    writeFileSync(bare, `${JSON.stringify(makeBareSpec(c))}\n`);
  }
  return { config, bare };
}

/** Collected samples, by case key. */
const samples = new Map();
/** In-process review timings, by plan size and variant. */
const reviewCosts = new Map();
/** Sanity checks made on the first run (baseline output identical, same planned changes). */
const checks = {};

function record(key, sample) {
  if (!samples.has(key)) samples.set(key, []);
  samples.get(key).push(sample);
}

/** The environment of CLI runs: no phoning home (cdktf; the CLI sets terraform's own environment). */
function cliEnv() {
  return { ...process.env, CHECKPOINT_DISABLE: '1' };
}

/**
 * Times `pinpoint-iam synth` and the bare program on the same config, in one case folder,
 * each into a fresh output folder; on the first run checks the two outputs are byte-identical.
 */
function synthCase(size, variant, run) {
  const { config, bare } = inputs(size, variant);
  const cwd = join(OUT, `synth-${variant}-${size}`);
  mkdirSync(cwd, { recursive: true });
  for (const d of ['cli', 'bare']) rmSync(join(cwd, d), { recursive: true, force: true });
  const opts = { cwd, env: cliEnv(), scratch: cwd };
  record(`synth:${variant}:${size}`, measure(NODE, [BIN, 'synth', '--config', config, '--out', 'cli'], opts));
  record(`bare:${variant}:${size}`, measure(NODE, [join(REPO, 'bench', 'bare-synth.js'), '--spec', bare, '--out', 'bare'], opts));
  if (run === 1) checks[`bare synth output identical to pinpoint-iam synth (${variant}, ${size})`] = sameTree(join(cwd, 'cli'), join(cwd, 'bare'));
  if (size >= 10000) for (const d of ['cli', 'bare']) rmSync(join(cwd, d), { recursive: true, force: true });
}

/** Counts `resource_changes` of a plan.json. */
function changeCount(file) {
  return JSON.parse(readFileSync(file, 'utf8')).resource_changes.length;
}

/** Sums the three terraform steps of one stack into one sample (wall and CPU add up; RSS is the largest). */
function sumSteps(t) {
  const steps = [t.init, t.plan, t.show];
  const sum = (field) => steps.reduce((n, s) => n + (s[field] ?? 0), 0);
  return {
    wallSeconds: round(sum('wallSeconds'), 2),
    hrSeconds: sum('hrSeconds'),
    peakRssMiB: Math.max(...steps.map((s) => s.peakRssMiB)),
    userSeconds: sum('userSeconds'),
    systemSeconds: sum('systemSeconds'),
    foreignCpuSeconds: round(sum('foreignCpuSeconds'), 2),
    waitedSeconds: sum('waitedSeconds'),
  };
}

/**
 * Times `pinpoint-iam plan --offline` of one config and plain terraform on copies of the same
 * synthesized stacks (kept from run 1 in `synth/`), alternating which goes first from run to run
 * so neither always meets a colder or warmer page cache; then the review alone. Removes the
 * provider copies afterwards.
 */
function planCase(size, variant, run, mirror, serial) {
  const { config } = inputs(size, variant);
  const cwd = join(OUT, `plan-${variant}-${size}`);
  const pristine = join(cwd, 'synth');
  mkdirSync(cwd, { recursive: true });
  if (run === 1) rmSync(pristine, { recursive: true, force: true });
  const cli = () => {
    rmSync(join(cwd, 'cli'), { recursive: true, force: true });
    const opts = { cwd, env: cliEnv(), scratch: cwd, stdoutFile: join(cwd, 'review.md') };
    const planArgs = [BIN, 'plan', '--config', config, '--out', 'cli', '--offline', '--plugin-dir', mirror];
    if (serial) {
      record(`plan:${variant}:${size}:concurrency-1`, measure(NODE, [...planArgs, '--concurrency', '1'], opts));
      removeHeavy(join(cwd, 'cli'));
      rmSync(join(cwd, 'cli'), { recursive: true, force: true });
    }
    record(`plan:${variant}:${size}`, measure(NODE, planArgs, opts));
    removeHeavy(join(cwd, 'cli'));
    if (!existsSync(pristine)) prepareStacks(join(cwd, 'cli'), pristine);
  };
  const terraform = () => {
    const stacks = prepareStacks(pristine, join(cwd, 'tf'));
    if (variant === 'one-stack') {
      const t = timeOneStack(stacks[0], mirror, cwd);
      for (const step of ['init', 'plan', 'show']) record(`tf-${step}:${variant}:${size}`, t[step]);
      record(`tf:${variant}:${size}`, sumSteps(t));
    } else {
      record(`tf:${variant}:${size}`, timeStacksInParallel(join(cwd, 'tf'), mirror, os.availableParallelism(), cwd));
      if (serial) {
        prepareStacks(pristine, join(cwd, 'tf'));
        record(`tf:${variant}:${size}:parallel-1`, timeStacksInParallel(join(cwd, 'tf'), mirror, 1, cwd));
      }
    }
    removeHeavy(join(cwd, 'tf'));
  };
  if (run % 2 === 1 || !existsSync(pristine)) {
    cli();
    terraform();
  } else {
    terraform();
    cli();
  }
  const names = readdirSync(join(pristine, 'stacks'));
  const cliPlans = names.map((n) => join(cwd, 'cli', 'stacks', n, 'plan.json'));
  if (variant === 'one-stack') reviewCase(size, variant, cliPlans[0], cwd);
  if (run === 1) {
    const same = names.every((n, i) => changeCount(join(cwd, 'tf', 'stacks', n, 'plan.json')) === changeCount(cliPlans[i]));
    const total = cliPlans.reduce((n, f) => n + changeCount(f), 0);
    checks[`terraform baseline plans the same ${total} resource changes as pinpoint-iam plan (${variant}, ${size})`] = same;
  }
  rmSync(join(cwd, 'tf'), { recursive: true, force: true });
}

/** Times the review alone: `pinpoint-iam review plan.json` as a process, and parse + render in process. */
function reviewCase(size, variant, planJson, cwd) {
  record(`review-cli:${variant}:${size}`, measure(NODE, [BIN, 'review', planJson], { cwd, env: cliEnv(), scratch: cwd }));
  const cost = spawnSync(NODE, [join(REPO, 'bench', 'review-cost.js'), planJson], { encoding: 'utf8' });
  if (cost.status !== 0) throw new Error(`review-cost failed:\n${cost.stderr}`);
  if (!reviewCosts.has(size)) reviewCosts.set(size, []);
  reviewCosts.get(size).push(JSON.parse(cost.stdout));
}

/** Medians of every case. */
function medians() {
  return Object.fromEntries([...samples].map(([key, list]) => [key, summarize(list)]));
}

/** How much CPU other processes took during the measurements (other engineers share the machine). */
function foreignLoad() {
  const all = [...samples].flatMap(([key, list]) => list.map((s) => ({ key, f: s.foreignCpuSeconds ?? 0, wall: s.wallSeconds })));
  const worst = all.reduce((a, b) => (b.f / b.wall > a.f / a.wall ? b : a), { key: '-', f: 0, wall: 1 });
  return {
    totalForeignCpuSeconds: round(all.reduce((n, s) => n + s.f, 0), 1),
    totalMeasuredWallSeconds: round(all.reduce((n, s) => n + s.wall, 0), 1),
    worstCase: worst.key,
    worstForeignCpuPerWallSecond: round(worst.f / worst.wall, 2),
  };
}

/** Machine facts for results.json (no paths of this machine). */
function machine() {
  const pkg = (name) => JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')).version;
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' });
  return {
    cpus: os.cpus().length,
    availableParallelism: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
    platform: `${os.platform()} ${os.arch()} ${os.release()}`,
    node: process.version,
    terraform: terraformVersion(),
    cdktf: pkg('cdktf'),
    providerAws: pkg('@cdktf/provider-aws'),
    commit: git.stdout.trim() || 'unknown',
  };
}

function main() {
  const opts = options();
  mkdirSync(OUT, { recursive: true });
  setQuietWait(opts.quietWait);
  const mirror = opts.planSizes.length > 0 ? pluginMirror() : '';
  const byAccountSynth = opts.byAccount && opts.sizes.includes(BY_ACCOUNT_SIZE);
  const byAccountPlan = opts.byAccount && opts.planSizes.includes(BY_ACCOUNT_SIZE);
  log(`runs ${opts.runs}; synth sizes ${opts.sizes.join(', ')}; plan sizes ${opts.planSizes.join(', ') || 'none'}; by account: synth ${byAccountSynth}, plan ${byAccountPlan}`);
  // Warm the page cache (node modules, provider binary) so run 1 is not an outlier.
  measure(NODE, ['-e', 'require("cdktf")'], { cwd: REPO, scratch: OUT });
  for (let run = 1; run <= opts.runs; run++) {
    log(`run ${run}/${opts.runs}: floor and example`);
    record('floor', measure(NODE, ['-e', 'require("cdktf")'], { cwd: REPO, scratch: OUT }));
    const example = join(OUT, 'example');
    rmSync(example, { recursive: true, force: true });
    mkdirSync(example, { recursive: true });
    record('synth:example', measure(NODE, [BIN, 'synth', '--config', EXAMPLE, '--out', 'cdktf.out'], { cwd: example, env: cliEnv(), scratch: example }));
    for (const n of opts.sizes) {
      log(`run ${run}/${opts.runs}: synth one stack, ${n} roles`);
      synthCase(n, 'one-stack', run);
    }
    if (byAccountSynth) {
      log(`run ${run}/${opts.runs}: synth by account, ${BY_ACCOUNT_SIZE} roles`);
      synthCase(BY_ACCOUNT_SIZE, 'by-account', run);
    }
    for (const n of opts.planSizes) {
      log(`run ${run}/${opts.runs}: plan one stack, ${n} roles`);
      planCase(n, 'one-stack', run, mirror, false);
    }
    if (byAccountPlan) {
      log(`run ${run}/${opts.runs}: plan by account, ${BY_ACCOUNT_SIZE} roles${opts.serial ? ' (and serial)' : ''}`);
      planCase(BY_ACCOUNT_SIZE, 'by-account', run, mirror, opts.serial);
    }
  }
  const m = medians();
  const table = resultRows(m, { ...opts, byAccountSize: BY_ACCOUNT_SIZE, cpus: os.availableParallelism() });
  const results = {
    generatedAt: new Date().toISOString(),
    command: `node bench/run.js ${process.argv.slice(2).map(relArg).join(' ')}`.trim(),
    runs: opts.runs,
    statistic: 'median of runs; wall = GNU time elapsed; peak RSS = largest single process of the tree',
    quietWaitSeconds: opts.quietWait,
    machine: machine(),
    outputs: rel(OUT),
    rows: table,
    verdicts: verdicts(m, BY_ACCOUNT_SIZE),
    reviewInProcessMs: reviewSummary(reviewCosts),
    checks,
    foreignLoad: foreignLoad(),
    cases: m,
  };
  mkdirSync(join(opts.results, '..'), { recursive: true });
  writeFileSync(opts.results, `${JSON.stringify(results, null, 2)}\n`);
  if (!opts.keep) {
    removeHeavy(OUT);
    for (const n of opts.sizes.filter((s) => s >= 10000)) for (const f of [`one-stack-${n}.json`, `one-stack-${n}.bare.json`]) rmSync(join(OUT, 'configs', f), { force: true });
  }
  process.stdout.write(`\n## pinpoint-iam bench (${opts.runs} run${opts.runs === 1 ? '' : 's'}, medians; ${results.machine.cpus} CPUs, ${results.machine.memoryGiB} GiB, node ${results.machine.node}, terraform ${results.machine.terraform})\n\n`);
  process.stdout.write(markdownTable(table));
  for (const [k, v] of Object.entries(results.verdicts)) process.stdout.write(`\n- ${k}: ${v}`);
  for (const [n, c] of Object.entries(results.reviewInProcessMs)) process.stdout.write(`\n- review in process, ${n} roles: parse ${c.parseMs} ms + render ${c.renderMs} ms (module load ${c.loadMs} ms; plan.json ${c.planJsonBytes} bytes)`);
  const load = results.foreignLoad;
  process.stdout.write(`\n- other processes took ${load.totalForeignCpuSeconds} CPU s during ${load.totalMeasuredWallSeconds} s of measurements (worst: ${load.worstCase}, ${load.worstForeignCpuPerWallSecond} CPU s per wall s)`);
  for (const [k, v] of Object.entries(checks)) process.stdout.write(`\n- check: ${k}: ${v ? 'yes' : '**NO**'}`);
  process.stdout.write(`\n\nwrote ${rel(opts.results)}\n`);
}

main();
