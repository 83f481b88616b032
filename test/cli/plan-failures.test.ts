import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleConfig, projectWith, runCli, staleReview } from '../support/cli';

const STACK = 'pinpoint-iam-123456789012';
const STACK_DIR = `cdktf.out/stacks/${STACK}`;

/** A stand-in terraform that succeeds on init and fails on the named step, to drive failure paths. */
function fakeTerraform(dir: string, failOn: 'init' | 'plan'): string {
  const file = join(dir, 'fake-terraform');
  writeFileSync(file, `#!/bin/sh\nif [ "$1" = "${failOn}" ]; then echo "Error: simulated ${failOn} failure" >&2; exit 1; fi\nexit 0\n`);
  chmodSync(file, 0o755);
  return file;
}


describe('pinpoint-iam plan failures', () => {
  let dir: string;
  beforeEach(() => {
    dir = projectWith(exampleConfig());
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails with exit 1 and one clear message when terraform is missing', async () => {
    const stale = staleReview(dir, STACK);
    const run = await runCli(['plan', '--offline'], dir, { env: { PINPOINT_IAM_TERRAFORM: join(dir, 'no-such-terraform') } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('terraform was not found');
    expect(run.stderr).toContain('PINPOINT_IAM_TERRAFORM');
    expect(existsSync(stale)).toBe(false);
  });

  it.each(['init', 'plan'] as const)('fails with exit 1, names the step, and leaves no plan.md when terraform %s fails', async (step) => {
    const stale = staleReview(dir, STACK);
    const run = await runCli(['plan', '--offline'], dir, { env: { PINPOINT_IAM_TERRAFORM: fakeTerraform(dir, step) } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`terraform ${step} failed (exit 1)`);
    expect(run.stderr).toContain(`simulated ${step} failure`);
    expect(run.stderr).toContain('1 of 1 stacks failed to plan');
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(join(dir, STACK_DIR, 'plan.json'))).toBe(false);
    expect(existsSync(join(dir, STACK_DIR, 'offline_override.tf.json'))).toBe(false);
  });

  it('fails init with exit 1 when the plugin dir holds no provider', async () => {
    mkdirSync(join(dir, 'empty-mirror'));
    const run = await runCli(['plan', '--offline', '--plugin-dir', 'empty-mirror'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('terraform init failed');
    expect(existsSync(join(dir, STACK_DIR, 'plan.md'))).toBe(false);
  });

  it('rejects an invalid config before touching terraform or earlier output', async () => {
    const stale = staleReview(dir, STACK);
    writeFileSync(join(dir, 'pinpoint-iam.config.json'), JSON.stringify(exampleConfig({ folder: 'a/../b' })));
    const run = await runCli(['plan', '--offline'], dir, { env: { PINPOINT_IAM_TERRAFORM: join(dir, 'no-such-terraform') } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('exportRoles[0].folder: "a/../b" contains \'..\'');
    expect(readFileSync(stale, 'utf8')).toBe('# Plan: 3 to add\n');
  });
});

describe('pinpoint-iam plan over several stacks', () => {
  const OTHER_APP_ARN = 'arn:aws:mobiletargeting:eu-west-1:210987654321:apps/fedcba9876543210fedcba9876543210';
  let dir: string;
  beforeEach(() => {
    const config = exampleConfig();
    config.exportRoles.push({ applicationArn: OTHER_APP_ARN, bucket: 'other-bucket', folder: 'Exports', roleName: 'otherExportRole' });
    dir = projectWith(config);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A stand-in terraform whose plan fails in the folder of one account and whose show prints a fixture plan. */
  function terraformFailingIn(account: string): string {
    const file = join(dir, 'fake-terraform');
    const fixture = join(__dirname, '..', 'fixtures', 'plans', 'create-export-role.json');
    writeFileSync(
      file,
      [
        '#!/bin/sh',
        `case "$1:$PWD" in`,
        `  plan:*${account}*) echo "Error: simulated plan failure" >&2; exit 1 ;;`,
        `  show:*) cat "${fixture}" ;;`,
        'esac',
        'exit 0',
        '',
      ].join('\n'),
    );
    chmodSync(file, 0o755);
    return file;
  }

  it("reports the failing stack by name, exits 1, and keeps the other stack's review", async () => {
    const run = await runCli(['plan', '--offline', '--concurrency', '2'], dir, { env: { PINPOINT_IAM_TERRAFORM: terraformFailingIn('210987654321') } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('1 of 2 stacks failed to plan:\nstack pinpoint-iam-210987654321: terraform plan failed (exit 1)');
    expect(run.stderr).toContain('review of pinpoint-iam-123456789012: cdktf.out/stacks/pinpoint-iam-123456789012/plan.md');
    expect(existsSync(join(dir, STACK_DIR, 'plan.md'))).toBe(true);
    expect(existsSync(join(dir, 'cdktf.out/stacks/pinpoint-iam-210987654321/plan.md'))).toBe(false);
    expect(run.stdout).toContain('## pinpoint-iam plan: pinpoint-iam-123456789012');
  });

  it('prints one summary table of every stack before the reviews', async () => {
    const run = await runCli(['plan', '--offline'], dir, { env: { PINPOINT_IAM_TERRAFORM: terraformFailingIn('210987654321') } });
    const summary = run.stdout.slice(0, run.stdout.indexOf('## pinpoint-iam plan: pinpoint-iam-123456789012'));
    expect(summary).toContain('## pinpoint-iam plan: 2 stacks');
    expect(summary).toMatch(/\| `pinpoint-iam-123456789012` \| 3 \| 0 \| 0 \| 0 \| /);
    expect(summary).toContain('| `pinpoint-iam-210987654321` | — | — | — | — | **failed**: terraform plan failed (exit 1): simulated plan failure |');
    expect(summary).not.toContain(dir);
    expect(summary).toMatch(/\| \*\*all stacks\*\* \| 3 \| 0 \| 0 \| 0 \| \d+ risk flags?, 1 failed \|/);
    expect(readFileSync(join(dir, 'cdktf.out', 'plan-summary.md'), 'utf8')).toBe(summary.trimEnd() + '\n');
  });

  it('writes no summary file when it plans one stack, and removes an earlier one', async () => {
    mkdirSync(join(dir, 'cdktf.out'), { recursive: true });
    writeFileSync(join(dir, 'cdktf.out', 'plan-summary.md'), '## stale\n');
    const run = await runCli(['plan', '--offline', '--stack', 'pinpoint-iam-123456789012'], dir, { env: { PINPOINT_IAM_TERRAFORM: terraformFailingIn('210987654321') } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^## pinpoint-iam plan: pinpoint-iam-123456789012\n/);
    expect(existsSync(join(dir, 'cdktf.out', 'plan-summary.md'))).toBe(false);
  });
});
