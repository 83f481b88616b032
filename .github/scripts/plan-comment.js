// Posts the pinpoint-iam plan reviews (cdktf.out/stacks/*/plan.md, after the table over all stacks in
// cdktf.out/plan-summary.md when `plan` wrote one) as one pull request comment,
// found again by a hidden marker and updated in place, and writes them to the run summary.
// Called from actions/github-script: `await require('./.github/scripts/plan-comment.js')({ github, context, core })`.
// Reads REVIEW_MARKER, PLAN_OUTCOME ("success" or anything else) and, optionally, EXPECTED_STACKS (a
// JSON list of stack names: those without a review are named) from the environment.
const fs = require('node:fs');
const path = require('node:path');

/** Folder the reviews are read from: the plan command's `--out`, or the downloaded artifacts. */
const ROOT = 'cdktf.out/stacks';
/** The table over every stack, written by `plan` when it planned more than one. */
const SUMMARY = 'cdktf.out/plan-summary.md';
/** GitHub's limit on a comment body. */
const LIMIT = 65536;

module.exports = async function planComment({ github, context, core }) {
  const marker = process.env.REVIEW_MARKER;
  const runUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;

  // The review of each stack, in stack name order.
  const stacks = fs.existsSync(ROOT) ? fs.readdirSync(ROOT).sort() : [];
  const reviews = stacks
    .map((stack) => path.join(ROOT, stack, 'plan.md'))
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file, 'utf8').trim());

  const parts = [marker];
  if (process.env.PLAN_OUTCOME !== 'success') {
    parts.push(`> **The plan failed** (${process.env.PLAN_OUTCOME}); reviews below cover only the stacks that planned. See [the run log](${runUrl}).`);
  }
  const expected = process.env.EXPECTED_STACKS ? JSON.parse(process.env.EXPECTED_STACKS) : [];
  const missing = expected.filter((stack) => !fs.existsSync(path.join(ROOT, stack, 'plan.md')));
  if (missing.length > 0) {
    parts.push(`> **No review for ${missing.length} of ${expected.length} stacks** (failed, cancelled or not run): ${missing.map((s) => `\`${s}\``).join(', ')}.`);
  }
  if (reviews.length === 0) parts.push('No plan review was produced.');
  const summary = fs.existsSync(SUMMARY) ? fs.readFileSync(SUMMARY, 'utf8').trim() : '';
  if (summary) parts.push(summary);
  // Each review fits a comment on its own; together they may not, so later ones give way to a note.
  let omitted = 0;
  for (const review of reviews) {
    const room = LIMIT - parts.join('\n\n').length - 400;
    if (review.length + 2 <= room) parts.push(review);
    else omitted++;
  }
  if (omitted > 0) {
    parts.push(`… ${omitted} more stack review${omitted === 1 ? '' : 's'} did not fit in one comment; all are in [the run summary](${runUrl}).`);
  }
  const body = parts.join('\n\n');

  await core.summary.addRaw([summary, ...reviews].filter(Boolean).join('\n\n') || 'No plan review was produced.').write();

  const issue = { owner: context.repo.owner, repo: context.repo.repo, issue_number: context.issue.number };
  const comments = await github.paginate(github.rest.issues.listComments, { ...issue, per_page: 100 });
  const previous = comments.find((c) => c.user?.type === 'Bot' && c.body?.includes(marker));
  if (previous) {
    await github.rest.issues.updateComment({ owner: issue.owner, repo: issue.repo, comment_id: previous.id, body });
  } else {
    await github.rest.issues.createComment({ ...issue, body });
  }
};
