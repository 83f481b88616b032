import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectWith, runCli } from '../support/cli';
import { MULTI_ACCOUNT_CONFIG } from '../support/multi-account';

const MULTI_ACCOUNT = readFileSync(MULTI_ACCOUNT_CONFIG, 'utf8');
const EMEA = 'pinpoint-iam-222222222222-eu-central-1';
const LABS = 'pinpoint-iam-333333333333';

interface PlanJson {
  resource_changes: { type: string; change: { actions: string[]; after: { name?: string } } }[];
}
interface StackJson {
  terraform: { backend?: Record<string, unknown>; cloud?: Record<string, unknown> };
  provider: { aws: { assume_role?: unknown }[] };
}

describe('pinpoint-iam stacks', () => {
  let dir: string;
  beforeEach(() => {
    dir = projectWith(MULTI_ACCOUNT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints each stack with its account, region and state as JSON a CI matrix can read, and writes nothing', async () => {
    const run = await runCli(['stacks', '--json'], dir);
    expect(run.code).toBe(0);
    const stacks = JSON.parse(run.stdout) as { name: string; state: string; backend: string; exportRoles: number; accessPolicies: number }[];
    expect(stacks.map((s) => [s.name, s.backend, s.state])).toEqual([
      ['pinpoint-iam-111111111111', 's3', 's3://acme-terraform-state/pinpoint-iam/pinpoint-iam-111111111111.tfstate'],
      ['pinpoint-iam-222222222222-eu-west-1', 's3', 's3://emea-terraform-state/iam/pinpoint/pinpoint-iam-222222222222-eu-west-1.tfstate'],
      [EMEA, 's3', `s3://emea-terraform-state/iam/pinpoint/${EMEA}.tfstate`],
      ['pinpoint-iam-333333333333', 'cloud', 'app.terraform.io/acme/iam-pinpoint-iam-333333333333'],
      ['pinpoint-iam-444444444444', 'local', 'terraform.pinpoint-iam-444444444444.tfstate'],
    ]);
    expect(stacks.reduce((n, s) => n + s.exportRoles, 0)).toBe(6);
    expect(stacks.reduce((n, s) => n + s.accessPolicies, 0)).toBe(2);
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });

  it('prints a table with one row per stack', async () => {
    const run = await runCli(['stacks'], dir);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^stack\s+account\s+region\s+roles\s+policies\s+state$/);
    expect(lines).toHaveLength(6);
    expect(lines[3]).toMatch(new RegExp(`^${EMEA}\\s+222222222222\\s+eu-central-1\\s+1\\s+1\\s+s3://emea-terraform-state/`));
  });

  it('rejects an invalid config with exit 2', async () => {
    const broken = projectWith({ ...JSON.parse(MULTI_ACCOUNT), stackPer: 'zone' });
    const run = await runCli(['stacks'], broken);
    rmSync(broken, { recursive: true, force: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('stackPer: "zone" is not one of "account", "region"');
  });
});

describe('pinpoint-iam plan --stack', () => {
  let dir: string;
  const planOf = (stack: string) => JSON.parse(readFileSync(join(dir, 'cdktf.out', 'stacks', stack, 'plan.json'), 'utf8')) as PlanJson;
  const stackJson = (stack: string) => JSON.parse(readFileSync(join(dir, 'cdktf.out', 'stacks', stack, 'cdk.tf.json'), 'utf8')) as StackJson;
  beforeAll(() => {
    dir = projectWith(MULTI_ACCOUNT);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects a stack name the config does not make, with exit 2, a suggestion, and nothing written', async () => {
    const fresh = projectWith(MULTI_ACCOUNT);
    const run = await runCli(['plan', '--offline', '--stack', 'pinpoint-iam-33333333333'], fresh);
    const written = existsSync(join(fresh, 'cdktf.out'));
    rmSync(fresh, { recursive: true, force: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--stack "pinpoint-iam-33333333333" is not a stack of this config (did you mean "pinpoint-iam-333333333333"?)');
    expect(written).toBe(false);
  });

  // Real terraform init and plan: one stack has an S3 backend that assumes a role and a provider
  // that assumes another, the other an HCP Terraform cloud block; both must plan offline
  // without reaching S3, STS or HCP Terraform.
  it('plans only the named stacks offline, reaching neither their remote state nor their provider role, and leaves them deployable', async () => {
    const run = await runCli(['plan', '--offline', '--stack', EMEA, '--stack', LABS], dir);
    expect(run.stderr).toBe(`review of ${EMEA}: cdktf.out/stacks/${EMEA}/plan.md\nreview of ${LABS}: cdktf.out/stacks/${LABS}/plan.md\n`);
    expect(run.code).toBe(0);
    const roleNames = (stack: string) => planOf(stack).resource_changes.filter((c) => c.type === 'aws_iam_role').map((c) => c.change.after.name);
    expect(roleNames(EMEA)).toEqual(['pinpoint-export-eu-central-1']);
    expect(roleNames(LABS)).toHaveLength(1);
    expect(planOf(EMEA).resource_changes.filter((c) => c.type === 'aws_iam_policy').map((c) => c.change.after.name).sort()).toEqual(['emea-analysts', 'pinpoint-export-eu-central-1-s3']);
    expect(run.stdout).toMatch(/^## pinpoint-iam plan: 2 stacks\n/);
    expect(run.stdout).toContain(`## pinpoint-iam plan: ${EMEA}`);
    const others = ['pinpoint-iam-111111111111', 'pinpoint-iam-444444444444'].map((s) => join(dir, 'cdktf.out', 'stacks', s, 'plan.json'));
    expect(others.filter(existsSync)).toEqual([]);

    // Deployable afterwards: the override is gone, so terraform reads the stack as synthesized,
    // with its real backend and provider role, and the offline init lives in its own data folder.
    const emea = stackJson(EMEA);
    expect(Object.keys(emea.terraform.backend ?? {})).toEqual(['s3']);
    expect(emea.provider.aws[0]!.assume_role).toEqual([{ role_arn: 'arn:aws:iam::222222222222:role/pinpoint-iam-deployer', session_name: 'pinpoint-iam' }]);
    expect(stackJson(LABS).terraform.cloud).toMatchObject({ organization: 'acme', workspaces: { name: `iam-${LABS}` } });
    for (const stack of [EMEA, LABS]) {
      const files = readdirSync(join(dir, 'cdktf.out', 'stacks', stack));
      expect(files.filter((f) => f.endsWith('.tf.json'))).toEqual(['cdk.tf.json']);
      expect(files).toContain('.terraform-offline');
      expect(files).not.toContain('.terraform');
    }
  });
});
