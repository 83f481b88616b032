import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../../src/app';
import { stackName } from '../../src/stacks/layout';
import { AWS_PROVIDER_VERSIONS, MODULE_DIR } from '../../src/module/generate';
import { planOffline, type PlanJson } from '../support/terraform';
import { APP_ARN, literal, planModulesOffline, removeWorkspace, workspace } from './helpers';
import { resolved } from '../support/config';

/**
 * The same export roles planned two ways: through the generated module (HCL users) and through
 * the cdktf app (config file users). Both must plan the same IAM, attribute for attribute.
 */
const ROLES = {
  // Every optional input set, documented S3 access.
  documented: {
    config: {
      applicationArn: APP_ARN,
      bucket: 'parity-bucket',
      folder: 'team/exports',
      roleName: 'parityDocumented',
      policyName: 'parityDocumentedPolicy',
      path: '/pinpoint/',
      description: 'Exports for the growth team',
      permissionsBoundary: 'arn:aws:iam::123456789012:policy/ExportBoundary',
      maxSessionDuration: 7200,
      tags: { team: 'growth', 'cost center': '42' },
      s3Access: 'documented',
    },
    module: {
      pinpoint_app_arn: APP_ARN,
      bucket_name: 'parity-bucket',
      folder: 'team/exports',
      role_name: 'parityDocumented',
      policy_name: 'parityDocumentedPolicy',
      path: '/pinpoint/',
      description: 'Exports for the growth team',
      permissions_boundary_arn: 'arn:aws:iam::123456789012:policy/ExportBoundary',
      max_session_duration: 7200,
      tags: { team: 'growth', 'cost center': '42' },
      s3_access: 'documented',
    },
  },
  // Only the required inputs and minimal S3 access: every name and the description are derived.
  minimal: {
    config: { applicationArn: APP_ARN, bucket: 'parity-minimal', folder: 'Exports', s3Access: 'minimal' },
    module: { pinpoint_app_arn: APP_ARN, bucket_name: 'parity-minimal', folder: 'Exports', s3_access: 'minimal' },
  },
} as const;

const COMPARED = ['name', 'role', 'path', 'description', 'max_session_duration', 'tags', 'permissions_boundary', 'policy', 'assume_role_policy'] as const;

/** The planned attributes that matter for one export role, by resource type; policies as parsed JSON. */
function planned(plan: PlanJson, roleName: string, policyName: string): Record<string, Record<string, unknown>> {
  const find = (type: string, key: string, value: string) => {
    const found = plan.resource_changes.filter((c) => c.type === type && c.change.after![key] === value);
    if (found.length !== 1) throw new Error(`expected one planned ${type} with ${key} ${value}, found ${found.length}`);
    return found[0]!;
  };
  const changes = [find('aws_iam_role', 'name', roleName), find('aws_iam_policy', 'name', policyName), find('aws_iam_role_policy_attachment', 'role', roleName)];
  return Object.fromEntries(
    changes.map((c) => {
      const after = c.change.after!;
      const json = (key: string) => ['policy', 'assume_role_policy'].includes(key);
      const picked = Object.fromEntries(COMPARED.filter((key) => key in after).map((key) => [key, json(key) ? JSON.parse(after[key] as string) : after[key]]));
      return [c.type, { actions: c.change.actions, ...picked }];
    }),
  );
}

describe('the module and the cdktf app', () => {
  let dir: string;
  let modulePlan: PlanJson;
  let stackPlan: PlanJson;

  beforeAll(async () => {
    dir = workspace('module-parity');
    const root = join(dir, 'parity');
    mkdirSync(root);
    writeFileSync(
      join(root, 'main.tf.json'),
      JSON.stringify({
        terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: AWS_PROVIDER_VERSIONS } } },
        provider: { aws: [{ region: 'us-east-1' }] },
        module: Object.fromEntries(Object.entries(ROLES).map(([name, role]) => [name, { source: `../${MODULE_DIR}`, ...literal(role.module) }])),
      }),
    );
    const outdir = join(dir, 'cdktf.out');
    buildApp(resolved({ exportRoles: Object.values(ROLES).map((role) => role.config) }), { outdir, stateDir: dir }).synth();
    [modulePlan, stackPlan] = await Promise.all([planModulesOffline(root), planOffline(join(outdir, 'stacks', stackName('123456789012')))]);
  });
  afterAll(() => removeWorkspace(dir));

  it('plan the same policy, role and attachment when every input is set (documented S3 access)', () => {
    const fromModule = planned(modulePlan, 'parityDocumented', 'parityDocumentedPolicy');
    expect(fromModule).toEqual(planned(stackPlan, 'parityDocumented', 'parityDocumentedPolicy'));
    expect(fromModule['aws_iam_role_policy_attachment']).toEqual({ actions: ['create'], role: 'parityDocumented' });
    expect(fromModule['aws_iam_role']).toMatchObject({ tags: { team: 'growth', 'cost center': '42' }, max_session_duration: 7200 });
  });

  it('plan the same derived role name, policy name and description with minimal S3 access', () => {
    const { roleName, policyName, description } = resolved({ exportRoles: [ROLES.minimal.config] }).exportRoles[0]!;
    expect([roleName, policyName]).toEqual([expect.stringMatching(/^pinpoint-export-0123456789ab-[0-9a-f]{8}$/), `${roleName}-s3`]);
    const fromModule = planned(modulePlan, roleName, policyName);
    expect(fromModule).toEqual(planned(stackPlan, roleName, policyName));
    expect(fromModule['aws_iam_role']).toMatchObject({ description, path: '/', max_session_duration: 3600, tags: null, permissions_boundary: null });
    expect((fromModule['aws_iam_policy']!['policy'] as { Statement: { Sid: string }[] }).Statement.map((s) => s.Sid)).toEqual([
      'GetExportBucketLocation',
      'ListExportFolder',
      'WriteExportObjects',
    ]);
  });

  it('plan nothing but the two roles, their policies and attachments', () => {
    const summary = (plan: PlanJson) => plan.resource_changes.map((c) => `${c.type}:${c.change.actions.join('+')}`).sort();
    expect(summary(modulePlan)).toEqual(summary(stackPlan));
    expect(summary(modulePlan)).toHaveLength(6);
  });
});
