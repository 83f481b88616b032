/**
 * The PinpointExportRole construct and the app's stacks, synthesized: one snapshot, and the
 * assertions that say what in it matters.
 */
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { App, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/app';
import { PinpointExportRole, type PinpointExportRoleProps } from '../../src/constructs/pinpoint-export-role';
import { buildExportPolicy } from '../../src/policies/export-policy';
import { buildTrustPolicy } from '../../src/policies/trust-policy';
import { validateOffline } from '../support/terraform';
import { resolved } from '../support/config';

const APP_ARN = 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef';
const PROPS: PinpointExportRoleProps = { applicationArn: APP_ARN, bucket: 'example-bucket', folder: 'Exports', roleName: 's3ExportRole', policyName: 's3ExportPolicy' };

interface Synthesized {
  readonly resource: Record<string, Record<string, Record<string, unknown>>>;
  readonly output?: Record<string, { value: unknown }>;
  readonly provider: { aws: { region: string }[] };
}

/** Synthesizes one construct in a stack of its own; `props` may add variables to the stack. */
function synthRole(props: (stack: TerraformStack) => PinpointExportRoleProps = () => PROPS) {
  const stack = new TerraformStack(Testing.app(), 'test');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  const role = new PinpointExportRole(stack, 'export', props(stack));
  const text = Testing.synth(stack);
  return { stack, role, text, json: JSON.parse(text) as Synthesized };
}

/** The one resource of a type: its Terraform name and its attributes. */
function only(json: Synthesized, type: string): [string, Record<string, unknown>] {
  const entries = Object.entries(json.resource[type] ?? {});
  expect(entries).toHaveLength(1);
  return entries[0]!;
}

describe('PinpointExportRole', () => {
  const { text, json } = synthRole();

  it('synthesizes the policy, role and attachment (snapshot)', () => {
    expect(text).toMatchSnapshot();
  });

  it('emits exactly one aws_iam_policy, aws_iam_role and aws_iam_role_policy_attachment, and nothing else', () => {
    expect(Object.keys(json.resource).sort()).toEqual(['aws_iam_policy', 'aws_iam_role', 'aws_iam_role_policy_attachment']);
    for (const type of Object.keys(json.resource)) only(json, type);
  });

  it("attaches the policy by its ARN to the role by its name", () => {
    const [roleId] = only(json, 'aws_iam_role');
    const [policyId] = only(json, 'aws_iam_policy');
    const [, attachment] = only(json, 'aws_iam_role_policy_attachment');
    expect(attachment).toEqual({ role: `\${aws_iam_role.${roleId}.name}`, policy_arn: `\${aws_iam_policy.${policyId}.arn}` });
  });

  it("emits the builders' S3 and trust documents, byte for byte", () => {
    const [, policy] = only(json, 'aws_iam_policy');
    const [, iamRole] = only(json, 'aws_iam_role');
    expect(policy['policy']).toBe(JSON.stringify(buildExportPolicy({ partition: 'aws', bucket: 'example-bucket', folder: 'Exports', mode: 'documented' })));
    expect(iamRole['assume_role_policy']).toBe(JSON.stringify(buildTrustPolicy({ account: '123456789012', applicationArn: APP_ARN })));
    expect(policy).toMatchObject({ name: 's3ExportPolicy', path: '/' });
    expect(iamRole).toMatchObject({ name: 's3ExportRole', path: '/', max_session_duration: 3600 });
  });

  it('exposes the role, the policy, their ARNs and the documents it emitted', () => {
    const { stack, role, json } = synthRole();
    const [roleId] = only(json, 'aws_iam_role');
    const [policyId] = only(json, 'aws_iam_policy');
    expect(role.role).toBeInstanceOf(IamRole);
    expect(role.policy).toBeInstanceOf(IamPolicy);
    new TerraformOutput(stack, 'exposed', { value: { roleArn: role.roleArn, roleName: role.roleName, policyArn: role.policyArn } });
    expect((JSON.parse(Testing.synth(stack)) as Synthesized).output!['exposed']!.value).toEqual({
      roleArn: `\${aws_iam_role.${roleId}.arn}`,
      roleName: `\${aws_iam_role.${roleId}.name}`,
      policyArn: `\${aws_iam_policy.${policyId}.arn}`,
    });
    expect(role.policyDocument).toEqual(buildExportPolicy({ partition: 'aws', bucket: 'example-bucket', folder: 'Exports', mode: 'documented' }));
    expect(role.trustDocument).toEqual(buildTrustPolicy({ account: '123456789012', applicationArn: APP_ARN }));
  });

  it("emits the minimal policy for s3Access 'minimal'", () => {
    const minimal = synthRole(() => ({ ...PROPS, s3Access: 'minimal' }));
    const [, policy] = only(minimal.json, 'aws_iam_policy');
    expect(policy['policy']).toBe(JSON.stringify(buildExportPolicy({ partition: 'aws', bucket: 'example-bucket', folder: 'Exports', mode: 'minimal' })));
    expect(minimal.role.policyDocument.Statement.map((s) => s.Sid)).toEqual(['GetExportBucketLocation', 'ListExportFolder', 'WriteExportObjects']);
  });

  it('uses the partition of the application in every ARN it emits (aws-cn)', () => {
    const cn = synthRole(() => ({ ...PROPS, applicationArn: APP_ARN.replace('arn:aws:', 'arn:aws-cn:').replace('us-east-1', 'cn-north-1') }));
    const [, policy] = only(cn.json, 'aws_iam_policy');
    expect(String(policy['policy']).match(/arn:[a-z-]+:/g)).toEqual(expect.arrayContaining(['arn:aws-cn:']));
    expect(String(policy['policy'])).not.toContain('arn:aws:');
  });

  it('fails on invalid literal props, listing every problem', () => {
    const bad: PinpointExportRoleProps = {
      applicationArn: 'arn:aws:mobiletargeting:us-east-1:12345:apps/x',
      bucket: 'Bad_Bucket',
      folder: '/abs',
      roleName: 'export role',
      maxSessionDuration: 60,
      tags: { 'aws:team': 'growth' },
    };
    const stack = new TerraformStack(Testing.app(), 'bad');
    let message = '';
    try {
      new PinpointExportRole(stack, 'export', bad);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^PinpointExportRole bad\/export: invalid props:/);
    for (const expected of [
      /applicationArn: "arn:aws:mobiletargeting:us-east-1:12345:apps\/x" has account "12345"/,
      /bucket: "Bad_Bucket" has characters other than a-z/,
      /folder: "\/abs" starts with '\/'/,
      /roleName: "export role" is not a valid role name/,
      /maxSessionDuration: 60 is not a whole number of seconds from 3600 to 43200/,
      /tags: key "aws:team" starts with the reserved prefix 'aws:'/,
    ]) {
      expect(message).toMatch(expected);
    }
  });

  describe('with Terraform variables for the bucket and the application ARN', () => {
    const tokens = synthRole((s) => ({
      applicationArn: new TerraformVariable(s, 'application_arn', { type: 'string' }).stringValue,
      bucket: new TerraformVariable(s, 'bucket', { type: 'string' }).stringValue,
      folder: 'Exports',
    }));

    it('does not validate them, and interpolates them into the documents', () => {
      const [, policy] = only(tokens.json, 'aws_iam_policy');
      const [, iamRole] = only(tokens.json, 'aws_iam_role');
      // The text is JSON only once Terraform has evaluated the interpolations, so compare text.
      expect(policy['policy']).toContain('"Resource":["arn:${element(split(":", var.application_arn), 1)}:s3:::${var.bucket}/Exports/*"]');
      expect(iamRole['assume_role_policy']).toContain(
        '"Condition":{"StringEquals":{"aws:SourceAccount":"${element(split(":", var.application_arn), 4)}"},"ArnLike":{"aws:SourceArn":"${var.application_arn}"}}',
      );
    });

    it('derives the default role name with Terraform functions, as the TypeScript rule does', () => {
      const [, iamRole] = only(tokens.json, 'aws_iam_role');
      expect(iamRole['name']).toMatch(/^\$\{format\("pinpoint-export-%s-%s", substr\(.*var\.application_arn.*, 0, 12\), substr\(sha256\(format\("%s\/%s", var\.bucket, "Exports"\)\), 0, 8\)\)\}$/);
    });

    it('passes terraform validate', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pinpoint-iam-construct-'));
      try {
        const app = new App({ outdir: dir, stackTraces: false });
        const s = new TerraformStack(app, 'tokens');
        new AwsProvider(s, 'aws', { region: 'us-east-1' });
        new PinpointExportRole(s, 'export', {
          applicationArn: new TerraformVariable(s, 'application_arn', { type: 'string' }).stringValue,
          bucket: new TerraformVariable(s, 'bucket', { type: 'string' }).stringValue,
          folder: 'Exports',
        });
        app.synth();
        await expect(validateOffline(join(dir, 'stacks', 'tokens'))).resolves.toMatchObject({ valid: true });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

describe('the app built from a config', () => {
  const config = (roles: Record<string, unknown>[]) => resolved({ exportRoles: roles });
  const EU = APP_ARN.replace('us-east-1', 'eu-west-1');
  const CN = 'arn:aws-cn:mobiletargeting:cn-north-1:210987654321:apps/fedcba9876543210fedcba9876543210';
  const app = buildApp(
    config([
      { applicationArn: EU, bucket: 'example-bucket', folder: 'Exports', roleName: 's3ExportRole' },
      { applicationArn: EU, bucket: 'example-bucket', folder: 'Segments', roleName: 'segments-export', s3Access: 'minimal' },
      { applicationArn: CN, bucket: 'cn-bucket', folder: 'Exports' },
    ]),
    { outdir: join(tmpdir(), 'pinpoint-iam-unused') },
  );
  const stacks = Object.fromEntries(app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack).map((s) => [s.node.id, JSON.parse(Testing.synth(s)) as Synthesized]));

  it('has one stack per account, with the provider region taken from the application ARN', () => {
    expect(Object.keys(stacks)).toEqual(['pinpoint-iam-123456789012', 'pinpoint-iam-210987654321']);
    expect(stacks['pinpoint-iam-123456789012']!.provider.aws).toEqual([expect.objectContaining({ region: 'eu-west-1' })]);
    expect(stacks['pinpoint-iam-210987654321']!.provider.aws).toEqual([expect.objectContaining({ region: 'cn-north-1' })]);
  });

  it("has a TerraformOutput per export role with the role's and the policy's ARNs", () => {
    const stack = stacks['pinpoint-iam-123456789012']!;
    expect(Object.keys(stack.output ?? {})).toEqual(['export_role_s3ExportRole', 'export_role_segments-export']);
    const roleIds = Object.keys(stack.resource['aws_iam_role']!);
    const policyIds = Object.keys(stack.resource['aws_iam_policy']!);
    expect(stack.output!['export_role_s3ExportRole']!.value).toEqual({
      role_arn: `\${aws_iam_role.${roleIds.find((id) => id.startsWith('s3ExportRole'))}.arn}`,
      policy_arn: `\${aws_iam_policy.${policyIds.find((id) => id.startsWith('s3ExportRole'))}.arn}`,
    });
    expect(Object.keys(stacks['pinpoint-iam-210987654321']!.output ?? {})).toEqual([expect.stringMatching(/^export_role_pinpoint-export-fedcba987654-[0-9a-f]{8}$/)]);
  });

  it('passes terraform validate with role names that have broken synthesis before (constructor, __proto__, 0export, -export)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinpoint-iam-names-'));
    try {
      const names = ['constructor', '__proto__', 'toString', '0export', '-export', '+=,.@'];
      buildApp(config(names.map((roleName, i) => ({ applicationArn: APP_ARN, bucket: 'example-bucket', folder: `f${i}`, roleName }))), { outdir: dir }).synth();
      const stackDir = join(dir, 'stacks', 'pinpoint-iam-123456789012');
      await expect(validateOffline(stackDir)).resolves.toMatchObject({ valid: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
