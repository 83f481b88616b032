#!/usr/bin/env node
// The review's own cost, in process: JSON.parse of a `terraform show -json` plan and
// renderReview on it, each timed with hrtime, after the modules are loaded (module loading is
// what `node bin/pinpoint-iam.js review` adds on top; the bench times that separately).
//
// usage: node bench/review-cost.js PLAN_JSON   → prints {"loadMs","parseMs","renderMs","bytes"} as JSON
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** Milliseconds since `start` (a bigint from hrtime). */
function msSince(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function main() {
  const file = process.argv[2];
  if (!file) throw new Error('review-cost: expected the path of a plan.json');
  let t = process.hrtime.bigint();
  const { renderReview } = require(join(__dirname, '..', 'dist', 'src', 'plan'));
  const loadMs = msSince(t);
  const text = readFileSync(file, 'utf8');
  t = process.hrtime.bigint();
  const plan = JSON.parse(text);
  const parseMs = msSince(t);
  t = process.hrtime.bigint();
  const review = renderReview(plan, { title: 'bench' });
  const renderMs = msSince(t);
  process.stdout.write(`${JSON.stringify({ loadMs, parseMs, renderMs, bytes: text.length, reviewBytes: review.length })}\n`);
}

main();
