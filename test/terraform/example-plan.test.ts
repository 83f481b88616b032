import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExportPolicy } from '../../src/policies/export-policy';
import { buildTrustPolicy } from '../../src/policies/trust-policy';
import { EXAMPLE_APP_ARN, runCli } from '../support/cli';
import { normalizePlan, validateOffline, type PlanJson } from '../support/terraform';

const ROOT = join(__dirname, '..', '..');
const STACK = 'pinpoint-iam-123456789012';

/**
 * The main job end to end, through the CLI with a real `terraform init` (the one test that
 * does not use the shared init) and a real offline plan of the example config.
 */
describe('the offline plan of the example config', () => {
  let dir: string;
  let plan: PlanJson;
  let stdout: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pinpoint-iam-example-'));
    cpSync(join(ROOT, 'pinpoint-iam.config.json'), join(dir, 'pinpoint-iam.config.json'));
    const run = await runCli(['plan', '--offline'], dir);
    if (run.code !== 0) throw new Error(`plan failed (${run.code}):\n${run.stderr}`);
    stdout = run.stdout;
    plan = JSON.parse(readFileSync(join(dir, 'cdktf.out/stacks', STACK, 'plan.json'), 'utf8')) as PlanJson;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const creates = () => plan.resource_changes.filter((c) => c.change.actions.join() === 'create');
  const exportRole = (type: string) => creates().filter((c) => c.type === type && c.address.includes('.s3ExportRole_'));
  const after = (type: string) => exportRole(type)[0]!.change.after!;

  it('passes terraform validate', async () => {
    const result = await validateOffline(join(dir, 'cdktf.out/stacks', STACK));
    expect(result).toMatchObject({ valid: true });
  });

  it('only adds resources: nothing is changed, replaced or destroyed', () => {
    expect(plan.resource_changes.filter((c) => c.change.actions.join() !== 'create')).toEqual([]);
  });

  it('adds the export policy, role and attachment', () => {
    expect(exportRole('aws_iam_policy')).toHaveLength(1);
    expect(exportRole('aws_iam_role')).toHaveLength(1);
    expect(exportRole('aws_iam_role_policy_attachment')).toHaveLength(1);
  });

  it('adds one policy per access policy, attached to each named role and group', () => {
    const policies = creates().filter((c) => c.type === 'aws_iam_policy' && !c.address.includes('.s3ExportRole_'));
    expect(policies.map((c) => c.change.after!['name']).sort()).toEqual(['example-app-client', 'growth-analysts']);
    const attached = creates()
      .filter((c) => ['aws_iam_role_policy_attachment', 'aws_iam_group_policy_attachment'].includes(c.type) && !c.address.includes('.s3ExportRole_'))
      .map((c) => c.change.after!['role'] ?? c.change.after!['group'])
      .sort();
    expect(attached).toEqual(['example-app-cognito-unauth', 'growth-analyst', 'growth-analysts']);
  });

  it('renders the documented S3 policy for example-bucket/Exports', () => {
    const policy = JSON.parse(after('aws_iam_policy')['policy'] as string);
    expect(policy).toEqual(JSON.parse(JSON.stringify(buildExportPolicy({ partition: 'aws', bucket: 'example-bucket', folder: 'Exports', mode: 'documented' }))));
    expect(after('aws_iam_policy')['name']).toBe('s3ExportPolicy');
  });

  it('renders the trust policy with both confused-deputy conditions', () => {
    const role = after('aws_iam_role');
    expect(JSON.parse(role['assume_role_policy'] as string)).toEqual(
      JSON.parse(JSON.stringify(buildTrustPolicy({ account: '123456789012', applicationArn: EXAMPLE_APP_ARN }))),
    );
    expect(role).toMatchObject({ name: 's3ExportRole', path: '/', max_session_duration: 3600 });
  });

  it('writes plan.md with the review it printed', () => {
    const markdown = readFileSync(join(dir, 'cdktf.out/stacks', STACK, 'plan.md'), 'utf8');
    expect(stdout).toContain(markdown.trim());
    expect(markdown).toContain(`**${plan.resource_changes.length} to add, 0 to change, 0 to replace, 0 to destroy**`);
  });

  it('tags the policies and role whose config entries have tags, and only those', () => {
    const tags = creates()
      .filter((c) => c.type === 'aws_iam_policy' || c.type === 'aws_iam_role')
      .map((c) => [c.change.after!['name'], c.change.after!['tags']]);
    expect(Object.fromEntries(tags)).toEqual({
      s3ExportPolicy: { owner: 'platform-team' },
      s3ExportRole: { owner: 'platform-team' },
      'growth-analysts': { owner: 'platform-team' },
      'example-app-client': null,
    });
  });

  it('outputs the ARNs of the export role and of each access policy', () => {
    const outputs = plan['output_changes'] as Record<string, { actions: string[] }>;
    expect(Object.keys(outputs).sort()).toEqual(['access_policy_example-app-client', 'access_policy_growth-analysts', 'export_role_s3ExportRole']);
    expect(Object.values(outputs).map((o) => o.actions.join())).toEqual(['create', 'create', 'create']);
  });

  // What matters in it is asserted above: only creates, the documents, names, tags and outputs.
  it('matches the snapshot once versions and timestamps are removed', () => {
    expect(normalizePlan(plan)).toMatchSnapshot();
  });
});
