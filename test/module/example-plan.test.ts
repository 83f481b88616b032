import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { MODULE_DIR } from '../../src/module/generate';
import { buildExportPolicy } from '../../src/policies/export-policy';
import { buildTrustPolicy } from '../../src/policies/trust-policy';
import { terraformBinary } from '../../src/terraform';
import { normalizePlan, type PlanJson } from '../support/terraform';
import { APP_ARN, EXAMPLE_PATH, planModulesOffline, removeWorkspace, ROOT, validateModulesOffline, workspace } from './helpers';

/** The parts of a plan a reviewer reads; `configuration` repeats the module's source and is left out. */
function reviewed(plan: PlanJson): unknown {
  const { planned_values, resource_changes, output_changes } = normalizePlan(plan) as Record<string, unknown>;
  return { planned_values, resource_changes, output_changes };
}

describe('the Terraform module example', () => {
  let dir: string;
  let plan: PlanJson;

  beforeAll(async () => {
    dir = workspace('module-example');
    plan = await planModulesOffline(join(dir, EXAMPLE_PATH));
  });
  afterAll(() => removeWorkspace(dir));

  const after = (address: string) => plan.resource_changes.find((c) => c.address === address)!.change.after!;

  it('is formatted as terraform fmt writes it', () => {
    expect(() => execFileSync(terraformBinary(), ['fmt', '-check', '-diff', join(ROOT, EXAMPLE_PATH)], { stdio: 'pipe' })).not.toThrow();
  });

  it('passes terraform validate, and so does the module on its own', async () => {
    // The module is validated in a copy of its own: validation adds override files to the folder.
    const alone = workspace('module-alone');
    try {
      const [example, module] = await Promise.all([validateModulesOffline(join(dir, EXAMPLE_PATH)), validateModulesOffline(join(alone, MODULE_DIR))]);
      expect(example).toMatchObject({ valid: true, diagnostics: [] });
      expect(module).toMatchObject({ valid: true, diagnostics: [] });
    } finally {
      removeWorkspace(alone);
    }
  });

  it('plans the policy, the role and the attachment, and nothing else', () => {
    expect(plan.resource_changes.map((c) => [c.address, c.change.actions])).toEqual([
      ['module.pinpoint_export_role.aws_iam_policy.this', ['create']],
      ['module.pinpoint_export_role.aws_iam_role.this', ['create']],
      ['module.pinpoint_export_role.aws_iam_role_policy_attachment.this', ['create']],
    ]);
  });

  it('renders the documented S3 policy for example-bucket/Exports under the given names', () => {
    const policy = after('module.pinpoint_export_role.aws_iam_policy.this');
    expect(JSON.parse(policy['policy'] as string)).toEqual(buildExportPolicy({ partition: 'aws', bucket: 'example-bucket', folder: 'Exports', mode: 'documented' }));
    expect(policy['name']).toBe('s3ExportPolicy');
  });

  it('renders the trust policy for the one project of the one account', () => {
    const role = after('module.pinpoint_export_role.aws_iam_role.this');
    expect(JSON.parse(role['assume_role_policy'] as string)).toEqual(buildTrustPolicy({ account: '123456789012', applicationArn: APP_ARN }));
    expect(role).toMatchObject({ name: 's3ExportRole', path: '/', max_session_duration: 3600, permissions_boundary: null });
  });

  // What matters beyond the tests above: the example's two outputs, both ARNs known only after apply.
  it('plans the same as the snapshot', () => {
    const outputs = plan['output_changes'] as Record<string, { actions: string[]; after_unknown: boolean }>;
    expect(Object.entries(outputs).map(([name, o]) => [name, o.actions, o.after_unknown])).toEqual([
      ['export_policy_arn', ['create'], true],
      ['export_role_arn', ['create'], true],
    ]);
    expect(reviewed(plan)).toMatchSnapshot();
  });
});
