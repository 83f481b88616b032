import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COMMANDS } from '../../src/cli/main';

const ROOT = join(__dirname, '..', '..');
const WORKFLOW = join(ROOT, '.github', 'workflows', 'pinpoint-iam-plan.yml');

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Readonly<Record<string, unknown>>;
  readonly env?: Readonly<Record<string, unknown>>;
}

interface Workflow {
  readonly on: Readonly<Record<string, unknown>>;
  readonly permissions?: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string>>;
  readonly jobs: Readonly<Record<string, { readonly permissions?: Readonly<Record<string, string>>; readonly steps: readonly Step[] }>>;
}

const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as Workflow;
/** The comment script both workflows share, and the github-script call that runs it. */
const COMMENT_SCRIPT = join(ROOT, '.github', 'scripts', 'plan-comment.js');
const COMMENT_SOURCE = readFileSync(COMMENT_SCRIPT, 'utf8');
const COMMENT_STEP = "await require('./.github/scripts/plan-comment.js')({ github, context, core })";
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const uses = (action: string) => steps.find((s) => s.uses?.startsWith(`${action}@`));

describe('the plan review workflow', () => {
  it('runs on pull requests', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
  });

  it('runs npm only for ci or for scripts that package.json defines', () => {
    const used = runs.flatMap((r) => [...r.matchAll(/\bnpm (run(?: --silent)? )?([\w:-]+)/g)].map((m) => ({ script: Boolean(m[1]), name: m[2]! })));
    expect(used.length).toBeGreaterThan(0); // the install step at least, so the loop below checks something
    for (const { script, name } of used) expect(script ? scripts : ['ci']).toContain(name);
  });

  it('runs only pinpoint-iam commands the CLI has, and runs the plan', () => {
    const used = runs.flatMap((r) => [...r.matchAll(/\bnpx pinpoint-iam ([\w-]+)/g)].map((m) => m[1]!));
    expect(used).toContain('plan');
    for (const command of used) expect(Object.keys(COMMANDS)).toContain(command);
  });

  it('installs with npm ci on Node 20 and Terraform 1.11', () => {
    expect(runs).toContain('npm ci');
    expect(uses('actions/setup-node')?.with).toMatchObject({ 'node-version': 20 });
    expect(String(uses('hashicorp/setup-terraform')?.with?.['terraform_version'])).toMatch(/^1\.11(\.|$)/);
  });

  it('requests an OIDC token and only the other permissions it needs', () => {
    const job = Object.values(workflow.jobs)[0]!;
    expect({ ...workflow.permissions, ...job.permissions }).toEqual({ 'id-token': 'write', contents: 'read', 'pull-requests': 'write' });
  });

  it('assumes the plan role named by a repository variable', () => {
    expect(uses('aws-actions/configure-aws-credentials')?.with?.['role-to-assume']).toBe('${{ vars.PINPOINT_IAM_PLAN_ROLE_ARN }}');
  });

  it('plans into the folder the comment script reads the reviews from', () => {
    expect(runs).toContain('npx pinpoint-iam plan --out cdktf.out');
    expect(uses('actions/github-script')?.with?.['script']).toBe(COMMENT_STEP);
    expect(COMMENT_SOURCE).toContain("const ROOT = 'cdktf.out/stacks';");
    expect(COMMENT_SOURCE).toContain("'plan.md'");
  });

  it('marks its comment with the marker the comment script looks for', () => {
    expect(workflow.env?.['REVIEW_MARKER']).toBe('<!-- pinpoint-iam-plan -->');
  });

  it('comments even when the plan fails, then fails the job', () => {
    const plan = steps.find((s) => s.run?.includes('pinpoint-iam plan'));
    expect(plan).toMatchObject({ id: 'plan', 'continue-on-error': true });
    expect(uses('actions/github-script')).toMatchObject({ if: '${{ !cancelled() }}' });
    expect(steps.at(-1)).toMatchObject({ if: "steps.plan.outcome == 'failure'", run: 'exit 1' });
  });
});

describe('the comment script of the plan review workflows', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const planComment = require(COMMENT_SCRIPT) as (args: { github: unknown; context: unknown; core: unknown }) => Promise<void>;

  /** Runs the script as actions/github-script would, in a folder holding the given stack reviews. */
  async function runScript(reviews: Readonly<Record<string, string>>, existing: readonly { id: number; body: string; user: { type: string } }[], outcome = 'success', summary?: string) {
    const dir = mkdtempSync(join(tmpdir(), 'pinpoint-iam-workflow-'));
    if (summary !== undefined) {
      mkdirSync(join(dir, 'cdktf.out'), { recursive: true });
      writeFileSync(join(dir, 'cdktf.out', 'plan-summary.md'), summary);
    }
    for (const [stack, md] of Object.entries(reviews)) {
      mkdirSync(join(dir, 'cdktf.out', 'stacks', stack), { recursive: true });
      writeFileSync(join(dir, 'cdktf.out', 'stacks', stack, 'plan.md'), md);
    }
    const calls: { method: string; args: Record<string, unknown> }[] = [];
    const record = (method: string) => async (args: Record<string, unknown>) => void calls.push({ method, args });
    const github = {
      paginate: async () => existing,
      rest: { issues: { listComments: () => undefined, updateComment: record('update'), createComment: record('create') } },
    };
    const context = { serverUrl: 'https://github.com', runId: 7, repo: { owner: 'o', repo: 'r' }, issue: { number: 12 } };
    const core = { summary: { addRaw: () => ({ write: async () => undefined }) } };
    const cwd = process.cwd();
    const env = { ...process.env };
    process.chdir(dir);
    Object.assign(process.env, { REVIEW_MARKER: workflow.env?.['REVIEW_MARKER'], PLAN_OUTCOME: outcome });
    try {
      await planComment({ github, context, core });
    } finally {
      process.chdir(cwd);
      process.env = env;
      rmSync(dir, { recursive: true, force: true });
    }
    return calls;
  }

  it('creates a comment with the marker and every stack review when there is none', async () => {
    const calls = await runScript({ b: '## review b', a: '## review a' }, [{ id: 1, body: 'unrelated', user: { type: 'User' } }]);
    expect(calls).toEqual([{ method: 'create', args: { owner: 'o', repo: 'r', issue_number: 12, body: '<!-- pinpoint-iam-plan -->\n\n## review a\n\n## review b' } }]);
  });

  it('puts the table over all stacks before the reviews when plan wrote one', async () => {
    const calls = await runScript({ b: '## review b', a: '## review a' }, [], 'success', '## pinpoint-iam plan: 2 stacks\n');
    expect(calls[0]!.args['body']).toBe('<!-- pinpoint-iam-plan -->\n\n## pinpoint-iam plan: 2 stacks\n\n## review a\n\n## review b');
  });

  it('names the expected stacks that left no review', async () => {
    process.env['EXPECTED_STACKS'] = JSON.stringify(['a', 'b', 'c']);
    try {
      const [call] = await runScript({ a: '## review a' }, [], 'failure');
      expect(call!.args['body']).toContain('> **No review for 2 of 3 stacks** (failed, cancelled or not run): `b`, `c`.');
      expect(call!.args['body']).toContain('## review a');
    } finally {
      delete process.env['EXPECTED_STACKS'];
    }
  });

  it('updates the comment that carries the marker', async () => {
    const calls = await runScript({ a: '## review a' }, [{ id: 5, body: '<!-- pinpoint-iam-plan -->\n\nold', user: { type: 'Bot' } }]);
    expect(calls).toEqual([{ method: 'update', args: { owner: 'o', repo: 'r', comment_id: 5, body: '<!-- pinpoint-iam-plan -->\n\n## review a' } }]);
  });

  it('keeps the comment under GitHub limit when several long reviews do not fit together', async () => {
    const long = `## review\n\n${'x'.repeat(60000)}`;
    const [call] = await runScript({ a: long, b: long }, []);
    const body = String(call!.args['body']);
    expect(body.length).toBeLessThan(65536);
    expect(body).toContain('… 1 more stack review did not fit in one comment');
  });

  it('says so when the plan failed', async () => {
    const [call] = await runScript({}, [], 'failure');
    expect(call!.args['body']).toContain('**The plan failed** (failure)');
    expect(call!.args['body']).toContain('No plan review was produced.');
  });
});

describe('the per-stack matrix workflow example', () => {
  const matrix = parse(readFileSync(join(ROOT, 'examples', 'ci', 'pinpoint-iam-plan-matrix.yml'), 'utf8')) as Workflow & {
    jobs: Record<string, { needs?: string | string[]; if?: string; outputs?: Record<string, string>; strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, string> }; steps: Step[] }>;
  };
  const { stacks, plan, comment } = matrix.jobs;
  const matrixRuns = Object.values(matrix.jobs).flatMap((job) => job.steps.flatMap((s) => (s.run ? [s.run] : [])));

  it('has a job listing the stacks, one plan job per stack, and one comment job', () => {
    expect(Object.keys(matrix.jobs)).toEqual(['stacks', 'plan', 'comment']);
    expect(plan!.needs).toBe('stacks');
    expect(comment!.needs).toEqual(['stacks', 'plan']);
  });

  it('builds the matrix from `pinpoint-iam stacks --json`, failing when the listing fails', () => {
    const list = stacks!.steps.find((s) => s.id === 'list')!;
    expect(list.run).toContain('npx pinpoint-iam stacks --json');
    expect(list.run).toMatch(/^set -o pipefail\n/);
    expect(stacks!.outputs?.['stacks']).toBe('${{ steps.list.outputs.stacks }}');
    expect(plan!.strategy?.matrix?.['stack']).toBe('${{ fromJSON(needs.stacks.outputs.stacks) }}');
  });

  it('plans each stack on its own, and lets every stack finish when one fails', () => {
    expect(matrixRuns).toContain('npx pinpoint-iam plan --out cdktf.out --stack "${{ matrix.stack }}"');
    expect(plan!.strategy?.['fail-fast']).toBe(false);
  });

  it('runs only CLI commands that exist', () => {
    const used = matrixRuns.flatMap((r) => [...r.matchAll(/\bnpx pinpoint-iam ([\w-]+)/g)].map((m) => m[1]!));
    expect(used).toEqual(['stacks', 'plan']);
    for (const command of used) expect(Object.keys(COMMANDS)).toContain(command);
  });

  it('hands each review to the comment job at the path the comment script reads', () => {
    const upload = plan!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload).toMatchObject({ if: 'always()', with: { name: '${{ matrix.stack }}', path: 'cdktf.out/stacks/${{ matrix.stack }}/plan.md', overwrite: true } });
    const download = comment!.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with?.['path']).toBe('cdktf.out/stacks');
    const post = comment!.steps.find((s) => s.uses?.startsWith('actions/github-script@'))!;
    expect(post.with?.['script']).toBe(COMMENT_STEP);
    expect(post.env?.['PLAN_OUTCOME']).toBe('${{ needs.plan.result }}');
    expect(post.env?.['EXPECTED_STACKS']).toBe('${{ needs.stacks.outputs.stacks }}');
  });

  it('comments even when a stack failed (not on a cancelled run), then fails', () => {
    expect(comment!.needs).toEqual(['stacks', 'plan']);
    expect(comment!.if).toBe("${{ !cancelled() && needs.stacks.result == 'success' }}");
    expect(comment!.steps.at(-1)).toMatchObject({ if: "needs.plan.result != 'success'", run: 'exit 1' });
    expect(matrix.env?.['REVIEW_MARKER']).toBe(workflow.env?.['REVIEW_MARKER']);
  });
});
