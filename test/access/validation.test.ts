import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '../../src/config/validate';
import { ACCOUNT, APP_A, APP_B, OTHER_ACCOUNT } from './simulate';
import { issuesOf as issuesOfResult } from '../support/config';

const OTHER_APP = APP_A.replace(ACCOUNT, OTHER_ACCOUNT);
const CAMPAIGNS = `${APP_A}/campaigns/*`;
const EXPORT_ROLE = { applicationArn: APP_A, bucket: 'example-bucket', folder: 'Exports', policyName: 'taken' };

/** A config of one access policy named `p` with these grants (and any other policy fields). */
const policy = (grants: unknown[], extra: Record<string, unknown> = {}) => ({ accessPolicies: [{ name: 'p', grants, ...extra }] });
/** A custom grant on the campaigns of project A, with `change` applied. */
const custom = (change: Record<string, unknown>) => policy([{ actions: ['mobiletargeting:GetCampaign'], resources: [CAMPAIGNS], ...change }]);

const issuesOf = (config: unknown) => issuesOfResult(validateConfig(config));

describe('access policy validation', () => {
  it.each<[string, unknown, string, RegExp]>([
    // Actions, against the IAM catalogue.
    ['an unknown action, with a did-you-mean', custom({ actions: ['mobiletargeting:GetCampain'] }), 'grants[0].actions[0]', /^"mobiletargeting:GetCampain" is not a mobiletargeting action in the IAM catalogue; did you mean "mobiletargeting:GetCampaign"\?$/],
    ['an unknown action with nothing close', custom({ actions: ['sms-voice:Teleport'] }), 'grants[0].actions[0]', /^"sms-voice:Teleport" is not a sms-voice action in the IAM catalogue; expected "mobiletargeting:<Action>"/],
    ['a wildcard that matches no action', custom({ actions: ['mobiletargeting:Fly*'] }), 'grants[0].actions[0]', /^"mobiletargeting:Fly\*" matches no mobiletargeting action; expected a pattern such as "mobiletargeting:Get\*"$/],
    ['an action of another service', custom({ actions: ['s3:GetObject'] }), 'grants[0].actions[0]', /^"s3:GetObject" is an action of "s3"; access policies grant only mobiletargeting and sms-voice actions$/],
    ['every action of every service', custom({ actions: ['*'] }), 'grants[0].actions[0]', /^"\*" grants every action of every service/],
    ['an action without a service', custom({ actions: ['GetCampaign'] }), 'grants[0].actions[0]', /^"GetCampaign" is not of the form <service>:<Action>/],
    ['an action that acts on none of the resources', custom({ actions: ['mobiletargeting:GetCampaign', 'mobiletargeting:GetSegment'] }), 'grants[0].actions[1]', /^"mobiletargeting:GetSegment" acts on none of this statement's resources; it acts on arn:<Partition>:mobiletargeting:<Region>:<Account>:apps\/<AppId>\/segments\/<SegmentId>$/],
    ['a wildcard-only action without "*"', custom({ actions: ['mobiletargeting:GetCampaign', 'sms-voice:DescribeSpendLimits'] }), 'grants[0].actions[1]', /^"sms-voice:DescribeSpendLimits" acts on none of this statement's resources; it acts on "\*"$/],
    // Resources, against the actions of their statement.
    ['a resource no action of the statement acts on', custom({ resources: [`${APP_A}/segments/*`] }), 'grants[0].resources[0]', /^".*\/segments\/\*" is not a resource this statement can grant: no action of this statement acts on it; expected arn:<Partition>:mobiletargeting:<Region>:<Account>:apps\/<AppId>\/campaigns\/<CampaignId>$/],
    ['a typed reference no action acts on', custom({ resources: [{ type: 'journey', applicationArn: APP_A, id: '*' }] }), 'grants[0].resources[0]', /^\{"type":"journey".* is not a resource this statement can grant/],
    ['an SMS resource for Pinpoint actions', custom({ resources: [CAMPAIGNS, `arn:aws:sms-voice:us-east-1:${ACCOUNT}:pool/*`] }), 'grants[0].resources[1]', /no action of this statement acts on it/],
    ['"*" for actions that always name a resource', custom({ resources: ['*'] }), 'grants[0].resources[0]', /^"\*" is not a resource this statement can grant: every action of this statement acts on a specific resource type/],
    ['a resource ARN of another service', custom({ resources: ['arn:aws:s3:::bucket/*'] }), 'grants[0].resources[0]', /^"arn:aws:s3:::bucket\/\*" has service "s3"; access policies name only mobiletargeting and sms-voice resources/],
    ['a resource ARN with a wildcard account', custom({ resources: ['arn:aws:mobiletargeting:us-east-1:*:apps/*'] }), 'grants[0].resources[0]', /has account "\*"; expected exactly 12 digits/],
    ['a resource ARN with a region outside its partition', custom({ resources: [`arn:aws-cn:mobiletargeting:us-east-1:${ACCOUNT}:apps/*`] }), 'grants[0].resources[0]', /has region "us-east-1", which is not a region of partition "aws-cn"/],
    ['a misspelt reference type, with a did-you-mean', custom({ resources: [{ type: 'campain', applicationArn: APP_A, id: '*' }] }), 'grants[0].resources[0].type', /^"campain" is not a resource type; expected one of "app", .* \(did you mean "campaign"\?\)$/],
    ['a reference without a type', custom({ resources: [{ applicationArn: APP_A }] }), 'grants[0].resources[0]', /has no "type"; expected one of/],
    ['a resource that is neither a string nor an object', custom({ resources: [42] }), 'grants[0].resources[0]', /^42 is neither a string nor an object$/],
    ['a template type that does not exist', custom({ actions: ['mobiletargeting:GetEmailTemplate'], resources: [{ type: 'template', account: ACCOUNT, region: 'us-east-1', name: 'welcome', templateType: 'FAX' }] }), 'grants[0].resources[0].templateType', /^"FAX" is not one of "EMAIL", "SMS", "VOICE", "PUSH", "INAPP", "\*"/],
    ['a sender ID country that is not ISO 3166-1', custom({ actions: ['sms-voice:UpdateSenderId'], resources: [{ type: 'sender-id', account: ACCOUNT, region: 'eu-west-1', id: 'ACME', country: 'Germany' }] }), 'grants[0].resources[0].country', /^"Germany" is not an ISO 3166-1 alpha-2 country code/],
    ['a reference partition that lacks the region', custom({ actions: ['sms-voice:DeletePool'], resources: [{ type: 'pool', account: ACCOUNT, region: 'us-east-1', partition: 'aws-cn', id: '*' }] }), 'grants[0].resources[0].partition', /^"aws-cn" does not contain region "us-east-1"$/],
    // Conditions, against the services' and IAM's global condition keys.
    ['an unsupported condition key', custom({ conditions: { operators: { StringEquals: { 's3:prefix': ['x'] } } } }), 'grants[0].conditions.operators.StringEquals["s3:prefix"]', /^"s3:prefix" is not a condition key of mobiletargeting nor a global condition key; expected one such as "aws:SourceIp"/],
    ['a misspelt condition operator, with a did-you-mean', custom({ conditions: { operators: { StringEqualz: { 'aws:SourceIp': ['10.0.0.0/8'] } } } }), 'grants[0].conditions.operators.StringEqualz', /is not an IAM condition operator; did you mean "StringEquals"\?$/],
    ['a key set both as a resource tag and an operator', custom({ conditions: { resourceTags: { team: 'growth' }, operators: { StringEquals: { 'aws:ResourceTag/team': ['x'] } } } }), 'grants[0].conditions.operators.StringEquals["aws:ResourceTag/team"]', /is also set by resourceTags or requestTags/],
    ['resource tags on resources that carry none', custom({ actions: ['mobiletargeting:GetEndpoint'], resources: [`${APP_A}/endpoints/*`], conditions: { resourceTags: { team: 'growth' } } }), 'grants[0].conditions.resourceTags', /^\{"team":"growth"\} can never hold: no action of this statement supports aws:ResourceTag/],
    ['request tags on actions that take none', custom({ conditions: { requestTags: { team: 'growth' } } }), 'grants[0].conditions.requestTags', /can never hold: no action of this statement supports aws:RequestTag/],
    ['a tag key with the reserved aws: prefix', custom({ conditions: { resourceTags: { 'aws:team': 'growth' } } }), 'grants[0].conditions.resourceTags["aws:team"]', /starts with the reserved prefix 'aws:'/],
    // Text that Terraform or IAM would evaluate.
    ['${ in a resource ARN', custom({ resources: [`${APP_A}/campaigns/\${var.id}`] }), 'grants[0].resources[0]', /^".*\$\{var\.id\}" contains '\$\{' or '%\{', which Terraform or IAM would evaluate; remove it$/],
    ['${ in a reference ID', custom({ resources: [{ type: 'campaign', applicationArn: APP_A, id: '${aws:username}' }] }), 'grants[0].resources[0].id', /contains '\$\{' or '%\{'/],
    ['%{ in a policy name', policy([{ preset: 'read-only', applicationArns: [APP_A] }], { name: 'p%{x}' }), 'name', /^"p%\{x\}" contains '\$\{' or '%\{'/],
    ['${ in a description', policy([{ preset: 'read-only', applicationArns: [APP_A] }], { description: 'for ${team}' }), 'description', /contains '\$\{' or '%\{'/],
    ['${ in a resource tag value', custom({ conditions: { resourceTags: { team: '${team}' } } }), 'grants[0].conditions.resourceTags.team', /^"\$\{team\}" contains '\$\{' or '%\{'/],
    ['${ in a condition value', custom({ conditions: { operators: { StringLike: { 'aws:userid': ['${aws:userid}'] } } } }), 'grants[0].conditions.operators.StringLike["aws:userid"][0]', /contains '\$\{' or '%\{'/],
    ['${ in a condition key', custom({ conditions: { operators: { StringEquals: { 'aws:PrincipalTag/${x}': ['a'] } } } }), 'grants[0].conditions.operators.StringEquals["aws:PrincipalTag/${x}"]', /contains '\$\{' or '%\{'/],
    // Shape: unknown fields and presets.
    ['an unknown policy field, with a did-you-mean', { accessPolicies: [{ name: 'p', grant: [] }] }, 'grant', /^is not a known field; did you mean "grants"\?/],
    ['an unknown grant field, with a did-you-mean', policy([{ action: ['mobiletargeting:GetCampaign'], actions: ['mobiletargeting:GetCampaign'], resources: [CAMPAIGNS] }]), 'grants[0].action', /did you mean "actions"\?/],
    ['a field another preset has', policy([{ preset: 'read-only', applicationArns: [APP_A], account: ACCOUNT }]), 'grants[0].account', /^is not a known field/],
    ['a misspelt preset, with a did-you-mean', policy([{ preset: 'readonly', applicationArns: [APP_A] }]), 'grants[0].preset', /^"readonly" is not one of "read-only", "app-client", "admin" \(did you mean "read-only"\?\)/],
    ['a preset without projects', policy([{ preset: 'app-client', applicationArns: [] }]), 'grants[0].applicationArns', /has 0 entries; expected at least 1/],
    ['a malformed application ARN', policy([{ preset: 'read-only', applicationArns: [`${APP_A}/`] }]), 'grants[0].applicationArns[0]', /^".*" /],
    ['a policy without grants', policy([]), 'grants', /has 0 entries; expected at least 1/],
    ['an admin region that is not a region', policy([{ preset: 'admin', account: ACCOUNT, region: 'moon-1' }]), 'grants[0].region', /^"moon-1" is not a region name/],
    ['an admin partition that lacks its region', policy([{ preset: 'admin', account: ACCOUNT, region: 'eu-west-1', partition: 'aws-cn' }]), 'grants[0].partition', /does not contain region "eu-west-1"/],
    ['an admin account that is not 12 digits', policy([{ preset: 'admin', account: '1234' }]), 'grants[0].account', /^"1234" is not a 12-digit account ID$/],
    ['a Sid with punctuation', custom({ sid: 'Read-Campaigns' }), 'grants[0].sid', /is not a Sid of 1-128 letters and digits/],
    // Across grants and policies.
    ['a policy spanning two accounts', policy([{ preset: 'read-only', applicationArns: [APP_A] }, { preset: 'read-only', applicationArns: [OTHER_APP] }]), 'grants[1].applicationArns[0]', /^".*" is in account 210987654321, but grants\[0\]\.applicationArns\[0\] is in account 123456789012; an access policy belongs to one account's stack: split it into one policy per account$/],
    ['an admin grant for another account', policy([{ preset: 'read-only', applicationArns: [APP_A] }, { preset: 'admin', account: OTHER_ACCOUNT }]), 'grants[1].account', /is in account 210987654321/],
    ['a custom grant with only "*" and no account', policy([{ actions: ['sms-voice:DescribeSpendLimits'], resources: ['*'] }]), 'grants', /^name no account: every resource is "\*"; expected "account" on a custom grant/],
    ['a Sid used twice', policy([{ preset: 'read-only', applicationArns: [APP_A] }, { sid: 'Grant0ReadProjects', actions: ['mobiletargeting:GetCampaign'], resources: [CAMPAIGNS] }]), 'grants[1].sid', /^"Grant0ReadProjects" is the Sid of another statement of this policy/],
    ['a principal named twice', policy([{ preset: 'read-only', applicationArns: [APP_A] }], { attachTo: { groups: ['analysts', 'Analysts'] } }), 'attachTo.groups[1]', /^"Analysts" duplicates attachTo.groups\[0\] \(IAM names ignore case\)/],
    ['a role name with a space', policy([{ preset: 'read-only', applicationArns: [APP_A] }], { attachTo: { roles: ['my role'] } }), 'attachTo.roles[0]', /is not a valid role name/],
    ['a policy too large for the IAM quota', policy([{ preset: 'read-only', applicationArns: Array.from({ length: 40 }, (_, i) => APP_A.replace(/.{4}$/, i.toString(16).padStart(4, '0'))) }], { name: 'everything' }), 'grants', /^make policy "everything" \d+ characters long without whitespace, over the IAM quota of 6144 for a managed policy; split them over several policies$/],
  ])('rejects %s', (_name, config, path, message) => {
    const issues = issuesOf(config);
    const found = issues.find((i) => i.path === `accessPolicies[0].${path}`);
    // The issues ride along so a failure shows what was reported instead.
    expect({ issues, found: found?.message }).toEqual({ issues, found: expect.stringMatching(message) });
  });

  it('rejects a policy name that another policy of the account already has, ignoring case', () => {
    const grants = [{ preset: 'read-only', applicationArns: [APP_A] }];
    const issues = issuesOf({ exportRoles: [EXPORT_ROLE], accessPolicies: [{ name: 'Taken', grants }, { name: 'p', grants }, { name: 'P', grants }] });
    expect(issues).toEqual([
      { path: 'accessPolicies[0].name', message: expect.stringMatching(/^"Taken" duplicates exportRoles\[0\]\.policyName in account 123456789012/) },
      { path: 'accessPolicies[2].name', message: expect.stringMatching(/^"P" duplicates accessPolicies\[1\]\.name/) },
    ]);
  });

  it('reports a Sid two custom grants share once per grant, and not again as a failed security check', () => {
    const grant = { sid: 'Dup', actions: ['mobiletargeting:GetCampaign'], resources: [CAMPAIGNS] };
    const issues = issuesOf(policy([grant, grant]));
    expect(issues.map((i) => i.path)).toEqual(['accessPolicies[0].grants[0].sid', 'accessPolicies[0].grants[1].sid']);
  });

  it('reports every problem of every policy at once', () => {
    const issues = issuesOf({
      accessPolicies: [
        { name: 'a', grants: [{ actions: ['mobiletargeting:GetCampain', 's3:GetObject'], resources: [CAMPAIGNS] }] },
        { name: 'b', grants: [{ preset: 'admin', account: 'x' }] },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual(['accessPolicies[0].grants[0].actions[0]', 'accessPolicies[0].grants[0].actions[1]', 'accessPolicies[1].grants[0].account']);
  });
});

describe('valid access policies', () => {
  it('accept the example config and resolve each policy to its account', () => {
    const example = JSON.parse(readFileSync(join(__dirname, '..', '..', 'pinpoint-iam.config.json'), 'utf8')) as unknown;
    const result = validateConfig(example);
    expect(result.ok && result.config.accessPolicies.map((p) => [p.name, p.account, p.region])).toEqual([
      ['growth-analysts', ACCOUNT, 'us-east-1'],
      ['example-app-client', ACCOUNT, 'us-east-1'],
    ]);
  });

  it('need no export role, and fill the defaults', () => {
    const result = validateConfig(policy([{ preset: 'admin', account: ACCOUNT }]));
    expect(result).toEqual({
      ok: true,
      config: {
        exportRoles: [],
        accessPolicies: [{ name: 'p', path: '/', tags: {}, grants: [{ preset: 'admin', account: ACCOUNT }], attachTo: { roles: [], groups: [], users: [] }, account: ACCOUNT, partition: 'aws' }],
        defaults: { stackPer: 'account', backend: { type: 'local' } },
        accounts: {},
      },
    });
  });

  it.each<[string, unknown]>([
    ['every typed reference', policy([{
      actions: ['mobiletargeting:TagResource', 'mobiletargeting:GetRecommenderConfiguration', 'sms-voice:TagResource'],
      resources: [
        { type: 'app', applicationArn: APP_A },
        { type: 'campaign', applicationArn: APP_A, id: '*' },
        { type: 'journey', applicationArn: APP_B, id: 'j1' },
        { type: 'segment', applicationArn: APP_A, id: 's-*' },
        { type: 'template', account: ACCOUNT, region: '*', name: 'welcome', templateType: 'EMAIL' },
        { type: 'recommender', account: ACCOUNT, region: 'us-east-1', id: '*' },
        { type: 'configuration-set', account: ACCOUNT, region: 'us-east-1', name: 'prod-*' },
        { type: 'opt-out-list', account: ACCOUNT, region: 'us-east-1', name: 'Default' },
        { type: 'phone-number', account: ACCOUNT, region: 'us-east-1', id: 'phone-0123' },
        { type: 'pool', account: ACCOUNT, region: 'us-east-1', id: '*' },
        { type: 'sender-id', account: ACCOUNT, region: 'eu-west-1', id: 'ACME', country: 'DE' },
      ],
      conditions: { tagKeys: ['team'], requestTags: { team: 'growth' } },
    }])],
    ['a wildcard-only action on "*" with an account', policy([{ actions: ['sms-voice:DescribeSpendLimits'], resources: ['*'], account: ACCOUNT }])],
    ['global condition keys', custom({ conditions: { operators: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] }, 'ForAnyValue:StringLike': { 'aws:PrincipalTag/team': ['growth*'] } } } })],
    ['an action pattern whose matches act on different resources', custom({ actions: ['mobiletargeting:GetCampaign*'] })],
  ])('accept %s', (_name, config) => {
    expect(issuesOf(config)).toEqual([]);
  });
});
