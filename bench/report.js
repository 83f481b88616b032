// Turns measured medians into the result rows (with targets and pass/fail) and the Markdown table.
const { median, round } = require('./measure');

/**
 * @typedef {object} Row
 * @property {string} what
 * @property {string} size
 * @property {number | null} wallSeconds     median wall time of the measured thing
 * @property {number | null} peakRssMiB      median peak RSS (largest single process)
 * @property {string | null} baseline        what the ratio divides by
 * @property {number | null} baselineSeconds median wall time of the baseline
 * @property {number | null} ratio           wallSeconds / baselineSeconds
 * @property {string} target
 * @property {'pass' | 'fail' | '-'} result
 * @property {string} [why]                  which part of the target failed
 */

/**
 * A row comparing a measured case with a baseline, against optional limits.
 * @param {{ what: string, size: string | number, m: { wallSeconds: number, peakRssMiB: number } | undefined,
 *   base?: { wallSeconds: number } | undefined, baseline?: string, maxRatio?: number, maxRssMiB?: number }} spec
 * @returns {Row | null} null when the case was not measured (size not selected)
 */
function row(spec) {
  if (!spec.m) return null;
  const ratio = spec.base ? spec.m.wallSeconds / spec.base.wallSeconds : null;
  const limits = [];
  const failed = [];
  if (spec.maxRatio !== undefined) {
    limits.push(`≤ ${spec.maxRatio}× ${spec.baseline}`);
    if (ratio === null || ratio > spec.maxRatio) failed.push('time');
  }
  if (spec.maxRssMiB !== undefined) {
    limits.push(`RSS ≤ ${spec.maxRssMiB} MiB`);
    if (spec.m.peakRssMiB > spec.maxRssMiB) failed.push('RSS');
  }
  const checked = limits.length > 0 && (spec.maxRatio === undefined || spec.base);
  return {
    what: spec.what,
    size: String(spec.size),
    wallSeconds: round(spec.m.wallSeconds, 3),
    peakRssMiB: round(spec.m.peakRssMiB, 1),
    baseline: spec.base ? spec.baseline : null,
    baselineSeconds: spec.base ? round(spec.base.wallSeconds, 3) : null,
    ratio: ratio === null ? null : round(ratio, 2),
    target: limits.length > 0 ? limits.join('; ') : '-',
    result: checked ? (failed.length === 0 ? 'pass' : 'fail') : '-',
    ...(failed.length > 0 && { why: failed.join(' and ') }),
  };
}

/**
 * Formats a number of seconds or MiB for the table.
 * @param {number | null} value
 * @param {number} digits
 */
function fmt(value, digits) {
  return value === null || value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits);
}

/**
 * The Markdown table of rows.
 * @param {readonly Row[]} rows
 * @returns {string}
 */
function markdownTable(rows) {
  const head = ['what', 'size', 'median wall s', 'median peak RSS MiB', 'baseline median s', 'ratio', 'target', 'pass/fail'];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((h) => (h === 'what' || h === 'target' ? '---' : '---:')).join(' | ')} |`];
  for (const r of rows) {
    const baseline = r.baseline === null ? '-' : `${fmt(r.baselineSeconds, 3)} (${r.baseline})`;
    const result = r.result === 'fail' ? `**FAIL** (${r.why})` : r.result;
    lines.push(`| ${[r.what, r.size, fmt(r.wallSeconds, 3), fmt(r.peakRssMiB, 1), baseline, r.ratio === null ? '-' : `${r.ratio.toFixed(2)}×`, r.target, result].join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The result rows, in the order the issue lists the targets. */
function resultRows(m, opts) {
  const r = [];
  const add = (x) => x && r.push(x);
  add(row({ what: 'floor: node -e \'require("cdktf")\'', size: '-', m: m.floor }));
  add(row({ what: 'synth example config vs floor', size: 1, m: m['synth:example'], base: m.floor, baseline: 'floor', maxRatio: 2 }));
  for (const n of opts.sizes) {
    const target = n === 1000 ? { maxRatio: 1.5, maxRssMiB: 512 } : {};
    add(row({ what: 'synth, one stack, vs bare cdktf', size: n, m: m[`synth:one-stack:${n}`], base: m[`bare:one-stack:${n}`], baseline: 'bare', ...target }));
  }
  for (const n of opts.sizes) add(row({ what: 'bare cdktf synth (baseline), one stack', size: n, m: m[`bare:one-stack:${n}`] }));
  add(row({ what: 'synth 10,000 vs synth 1,000', size: 10000, m: m['synth:one-stack:10000'], base: m['synth:one-stack:1000'], baseline: 'synth 1,000', maxRatio: 12 }));
  add(row({ what: 'synth, 20 stacks (by account), vs bare cdktf', size: opts.byAccountSize, m: m[`synth:by-account:${opts.byAccountSize}`], base: m[`bare:by-account:${opts.byAccountSize}`], baseline: 'bare' }));
  add(row({ what: 'synth, 20 stacks vs one stack', size: opts.byAccountSize, m: m[`synth:by-account:${opts.byAccountSize}`], base: m[`synth:one-stack:${opts.byAccountSize}`], baseline: 'one stack' }));
  for (const n of opts.planSizes) {
    const target = n >= 100 ? { maxRatio: 1.15 } : {};
    add(row({ what: 'plan --offline (synth+init+plan+show+review), one stack, vs terraform init+plan+show', size: n, m: m[`plan:one-stack:${n}`], base: m[`tf:one-stack:${n}`], baseline: 'terraform', ...target }));
  }
  for (const n of opts.planSizes) {
    for (const step of ['init', 'plan', 'show']) add(row({ what: `terraform ${step === 'show' ? 'show -json' : step} (baseline), one stack`, size: n, m: m[`tf-${step}:one-stack:${n}`] }));
  }
  for (const n of opts.planSizes) add(row({ what: 'review process (pinpoint-iam review plan.json) vs floor', size: n, m: m[`review-cli:one-stack:${n}`], base: m.floor, baseline: 'floor' }));
  const by = opts.byAccountSize;
  const cpus = opts.cpus;
  add(row({ what: `plan, 20 stacks (by account, --concurrency ${cpus}), vs terraform ×20 (xargs -P ${cpus})`, size: by, m: m[`plan:by-account:${by}`], base: m[`tf:by-account:${by}`], baseline: 'terraform' }));
  add(row({ what: 'plan, 20 stacks (--concurrency 1), vs terraform ×20 (xargs -P 1)', size: by, m: m[`plan:by-account:${by}:concurrency-1`], base: m[`tf:by-account:${by}:parallel-1`], baseline: 'terraform' }));
  add(row({ what: 'plan, 20 stacks vs one stack', size: by, m: m[`plan:by-account:${by}`], base: m[`plan:one-stack:${by}`], baseline: 'one stack' }));
  return r;
}

/** The in-process review cost (module load excluded), medians in milliseconds. */
function reviewSummary(reviewCosts) {
  return Object.fromEntries(
    [...reviewCosts].map(([size, list]) => [
      size,
      {
        runs: list.length,
        planJsonBytes: list[0].bytes,
        reviewBytes: list[0].reviewBytes,
        loadMs: round(median(list.map((c) => c.loadMs)), 1),
        parseMs: round(median(list.map((c) => c.parseMs)), 1),
        renderMs: round(median(list.map((c) => c.renderMs)), 1),
      },
    ]),
  );
}

/** Plain-language verdicts on one stack against twenty, from the medians. */
function verdicts(m, size) {
  const out = {};
  const cmp = (label, one, twenty) => {
    if (!one || !twenty) return;
    const faster = one.wallSeconds <= twenty.wallSeconds ? 'one stack' : 'twenty stacks';
    out[label] = `${faster} wins: one stack ${one.wallSeconds.toFixed(2)} s (${one.peakRssMiB.toFixed(0)} MiB, CPU ${(one.userSeconds + one.systemSeconds).toFixed(1)} s) vs twenty stacks ${twenty.wallSeconds.toFixed(2)} s (${twenty.peakRssMiB.toFixed(0)} MiB, CPU ${(twenty.userSeconds + twenty.systemSeconds).toFixed(1)} s)`;
  };
  cmp(`synth of ${size} roles`, m[`synth:one-stack:${size}`], m[`synth:by-account:${size}`]);
  cmp(`plan of ${size} roles`, m[`plan:one-stack:${size}`], m[`plan:by-account:${size}`]);
  return out;
}

module.exports = { markdownTable, resultRows, reviewSummary, verdicts };
