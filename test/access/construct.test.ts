import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { Testing, TerraformStack } from 'cdktf';
import { buildApp } from '../../src/app';
import { PinpointAccessPolicy, type PinpointAccessPolicyProps } from '../../src/constructs/pinpoint-access-policy';
import { buildAccessPolicy } from '../../src/policies/access/build';
import { PinpointIamStack } from '../../src/stacks/pinpoint-iam-stack';
import { ACCOUNT, APP_A, OTHER_ACCOUNT } from './simulate';
import { resolved } from '../support/config';

type Synth = { resource: Record<string, Record<string, Record<string, unknown>>>; output: Record<string, unknown> };

const ANALYSTS: PinpointAccessPolicyProps = {
  name: 'growth-analysts',
  description: 'Read project A; edit campaigns tagged team=growth',
  tags: { owner: 'platform-team' },
  grants: [
    { preset: 'read-only', applicationArns: [APP_A] },
    { sid: 'EditGrowthCampaigns', actions: ['mobiletargeting:UpdateCampaign'], resources: [`${APP_A}/campaigns/*`], conditions: { resourceTags: { team: 'growth' } } },
  ],
  attachTo: { roles: ['analyst'], groups: ['growth-analysts', 'marketing'], users: ['jo'] },
};
const APP_CLIENT: PinpointAccessPolicyProps = { name: 'app-client', grants: [{ preset: 'app-client', applicationArns: [APP_A] }], attachTo: { roles: ['cognito-unauth'] } };

function synthStack(props: readonly PinpointAccessPolicyProps[]): Synth {
  const stack = new PinpointIamStack(Testing.app(), 'pinpoint-iam-123456789012', { localStatePath: 'terraform.tfstate', region: 'us-east-1', exportRoles: [], accessPolicies: props });
  return JSON.parse(Testing.synth(stack)) as Synth;
}

const values = (synth: Synth, type: string) => Object.values(synth.resource[type] ?? {});

describe('a stack with access policies', () => {
  const synth = synthStack([ANALYSTS, APP_CLIENT]);

  // What matters in it is asserted below: policies, documents, attachments and outputs.
  it('matches the snapshot', () => {
    expect(synth).toMatchSnapshot();
  });

  it('emits one aws_iam_policy per access policy, with its name, path, description, tags and checked document', () => {
    // cdktf orders resources by ID, so look policies up by name.
    const policies = values(synth, 'aws_iam_policy').sort((x, y) => String(y['name']).localeCompare(String(x['name'])));
    expect(policies.map((p) => p['name'])).toEqual(['growth-analysts', 'app-client']);
    expect(policies[0]).toMatchObject({ path: '/', description: ANALYSTS.description, tags: { owner: 'platform-team' } });
    const doc = JSON.parse(policies[0]!['policy'] as string) as { Statement: { Sid: string }[] };
    expect(doc.Statement.map((s) => s.Sid)).toEqual(['Grant0ReadProjects', 'EditGrowthCampaigns']);
  });

  it('emits each policy document exactly as the builder makes it, as compact JSON', () => {
    const emitted = Object.fromEntries(values(synth, 'aws_iam_policy').map((p) => [p['name'], p['policy']]));
    expect(emitted).toEqual({
      'growth-analysts': JSON.stringify(buildAccessPolicy(ANALYSTS.grants)),
      'app-client': JSON.stringify(buildAccessPolicy(APP_CLIENT.grants)),
    });
  });

  const arnOf = (name: string) => {
    const [id] = Object.entries(synth.resource['aws_iam_policy']!).find(([, p]) => p['name'] === name)!;
    return `\${aws_iam_policy.${id}.arn}`;
  };

  it('attaches each policy to the named roles, groups and users, by name and policy ARN', () => {
    expect(values(synth, 'aws_iam_role_policy_attachment')).toEqual([
      { role: 'cognito-unauth', policy_arn: arnOf('app-client') },
      { role: 'analyst', policy_arn: arnOf('growth-analysts') },
    ]);
    expect(values(synth, 'aws_iam_group_policy_attachment')).toEqual([
      { group: 'growth-analysts', policy_arn: arnOf('growth-analysts') },
      { group: 'marketing', policy_arn: arnOf('growth-analysts') },
    ]);
    expect(values(synth, 'aws_iam_user_policy_attachment')).toEqual([{ user: 'jo', policy_arn: arnOf('growth-analysts') }]);
  });

  it('outputs each policy ARN', () => {
    expect(synth.output).toEqual({
      'access_policy_app-client': { description: 'ARN of access policy app-client', value: { policy_arn: arnOf('app-client') } },
      'access_policy_growth-analysts': { description: 'ARN of access policy growth-analysts', value: { policy_arn: arnOf('growth-analysts') } },
    });
  });

  it('gives the same JSON for the same props', () => {
    expect(JSON.stringify(synthStack([ANALYSTS, APP_CLIENT]))).toBe(JSON.stringify(synth));
  });
});

describe('the PinpointAccessPolicy construct', () => {
  const construct = (props: PinpointAccessPolicyProps) => new PinpointAccessPolicy(new TerraformStack(Testing.app(), 's'), 'p', props);

  it('exposes its document and account, and accepts a role name token (ordering the attachment after the role)', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    const role = new IamRole(stack, 'role', { name: 'app', assumeRolePolicy: '{}' });
    const policy = new PinpointAccessPolicy(stack, 'p', { ...APP_CLIENT, attachTo: { roles: [role.name] } });
    expect(policy.account).toBe(ACCOUNT);
    expect(policy.policyDocument.Statement.map((s) => s.Sid)).toEqual(['Grant0ReportEvents', 'Grant0RegisterEndpoints']);
    const synth = JSON.parse(Testing.synth(stack)) as Synth;
    expect(values(synth, 'aws_iam_role_policy_attachment')[0]!['role']).toMatch(/^\$\{aws_iam_role\.role\.name\}$/);
  });

  it.each<[string, PinpointAccessPolicyProps, RegExp]>([
    ['an unknown action', { ...APP_CLIENT, grants: [{ actions: ['mobiletargeting:Nope'], resources: ['*'] }] }, /invalid grants:\n {2}grants\[0\]\.actions\[0\]: "mobiletargeting:Nope" is not a mobiletargeting action/],
    ['a policy spanning two accounts', { ...APP_CLIENT, grants: [{ preset: 'app-client', applicationArns: [APP_A, APP_A.replace(ACCOUNT, OTHER_ACCOUNT)] }] }, /grants\[0\]\.applicationArns\[1\]: .* is in account 210987654321/],
    ['a name IAM does not accept', { ...APP_CLIENT, name: 'has space' }, /invalid props:\n {2}name: "has space" is not a valid policy name/],
    ['${ in a role name', { ...APP_CLIENT, attachTo: { roles: ['${var.role}'] } }, /attachTo\.roles\[0\]: "\$\{var\.role\}" contains '\$\{' or '%\{'/],
    ['a group named twice', { ...APP_CLIENT, attachTo: { groups: ['a', 'A'] } }, /attachTo\.groups: names a principal twice/],
    ['grants that overflow the quota, naming the policy', { ...APP_CLIENT, name: 'huge', grants: Array.from({ length: 8 }, () => ({ preset: 'admin' as const, account: ACCOUNT })) }, /make policy "huge" \d+ characters long without whitespace, over the IAM quota of 6144/],
  ])('fails on %s', (_name, props, message) => {
    expect(() => construct(props)).toThrow(message);
  });
});

describe('buildApp with access policies', () => {
  it('puts each access policy into the stack of its account, with an export role or without one', () => {
    const config = resolved({
      exportRoles: [{ applicationArn: APP_A, bucket: 'example-bucket', folder: 'Exports' }],
      accessPolicies: [
        { name: 'analysts', grants: [{ preset: 'read-only', applicationArns: [APP_A] }] },
        { name: 'other-admins', grants: [{ preset: 'admin', account: OTHER_ACCOUNT, region: 'eu-west-1' }], attachTo: { groups: ['admins'] } },
      ],
    });
    const app = buildApp(config, { outdir: 'cdktf.out' });
    const stacks = app.node.children.filter((c): c is PinpointIamStack => c instanceof PinpointIamStack);
    expect(stacks.map((s) => [s.node.id, s.exportRoles.length, s.accessPolicies.map((p) => p.account)])).toEqual([
      [`pinpoint-iam-${ACCOUNT}`, 1, [ACCOUNT]],
      [`pinpoint-iam-${OTHER_ACCOUNT}`, 0, [OTHER_ACCOUNT]],
    ]);
    const other = JSON.parse(Testing.synth(stacks[1]!)) as Synth & { provider: { aws: { region: string }[] } };
    expect(other.provider.aws[0]!.region).toBe('eu-west-1');
  });
});
