import { validateIdentityPolicy } from '@cloud-copilot/iam-policy';
import { buildAccessPolicy } from '../../src/policies/access/build';
import type { AccessGrant } from '../../src/policies/access/grants';
import { accountLevelActions, readOnlyProjectActions } from '../../src/policies/access/presets';
import { documentProblems } from '../../src/policies/checks';
import { ACCOUNT, APP_A, APP_B, decide, OTHER_ACCOUNT } from './simulate';

const policyOf = (...grants: AccessGrant[]) => buildAccessPolicy(grants);
const a = (path: string) => `${APP_A}${path}`;
const b = (path: string) => `${APP_B}${path}`;
const OTHER_APP = APP_A.replace(ACCOUNT, OTHER_ACCOUNT);

describe('the read-only preset', () => {
  const policy = policyOf({ preset: 'read-only', applicationArns: [APP_A] });

  it.each([
    ['GetSegments on project A', 'mobiletargeting:GetSegments', a(''), 'Allowed'],
    ['GetCampaign on a campaign of A', 'mobiletargeting:GetCampaign', a('/campaigns/c1'), 'Allowed'],
    ['GetApp on A', 'mobiletargeting:GetApp', a(''), 'Allowed'],
    ['GetSegments on project B', 'mobiletargeting:GetSegments', b(''), 'Denied'],
    ['GetCampaign on a campaign of B', 'mobiletargeting:GetCampaign', b('/campaigns/c1'), 'Denied'],
    ['CreateCampaign on A', 'mobiletargeting:CreateCampaign', a(''), 'Denied'],
    ['DeleteApp on A', 'mobiletargeting:DeleteApp', a(''), 'Denied'],
    ['UpdateSegment on a segment of A', 'mobiletargeting:UpdateSegment', a('/segments/s1'), 'Denied'],
    ['GetCampaign on A in another account', 'mobiletargeting:GetCampaign', `${OTHER_APP}/campaigns/c1`, 'Denied'],
  ])('decides %s: %s', async (_name, action, resource, expected) => {
    expect(await decide(policy, action, resource)).toBe(expected);
  });

  it('grants only List and Read actions on project A and what is inside it', () => {
    expect(policy.Statement).toEqual([{ Sid: 'Grant0ReadProjects', Effect: 'Allow', Action: readOnlyProjectActions(), Resource: [APP_A, a('/*')] }]);
    expect(readOnlyProjectActions()).toEqual(expect.arrayContaining(['mobiletargeting:GetSegments', 'mobiletargeting:GetCampaign', 'mobiletargeting:ListTagsForResource']));
    expect(readOnlyProjectActions().every((action) => /^mobiletargeting:(Get|List)/.test(action))).toBe(true);
  });

  it('covers several projects with one statement', () => {
    const two = policyOf({ preset: 'read-only', applicationArns: [APP_A, APP_B] });
    expect(two.Statement[0]!.Resource).toEqual([APP_A, a('/*'), APP_B, b('/*')]);
  });
});

describe('the admin preset', () => {
  const policy = policyOf({ preset: 'admin', account: ACCOUNT });
  const regional = policyOf({ preset: 'admin', account: ACCOUNT, region: 'eu-west-1' });

  it.each([
    ['GetSegments on project A', 'mobiletargeting:GetSegments', a(''), 'Allowed'],
    ['GetCampaign on project B', 'mobiletargeting:GetCampaign', b('/campaigns/c1'), 'Allowed'],
    ['CreateCampaign on A', 'mobiletargeting:CreateCampaign', a(''), 'Allowed'],
    ['DeleteApp on A', 'mobiletargeting:DeleteApp', a(''), 'Allowed'],
    ['DeletePool on a pool', 'sms-voice:DeletePool', `arn:aws:sms-voice:us-east-1:${ACCOUNT}:pool/pool-1`, 'Allowed'],
    ['DescribeSpendLimits, which names no resource', 'sms-voice:DescribeSpendLimits', '*', 'Allowed'],
    ['DeleteApp in another account', 'mobiletargeting:DeleteApp', OTHER_APP, 'Denied'],
    ['SendTextMessage through another account\'s pool', 'sms-voice:SendTextMessage', `arn:aws:sms-voice:us-east-1:${OTHER_ACCOUNT}:pool/pool-1`, 'Denied'],
    ['s3:GetObject', 's3:GetObject', 'arn:aws:s3:::bucket/key', 'Denied'],
  ])('decides %s: %s', async (_name, action, resource, expected) => {
    expect(await decide(policy, action, resource)).toBe(expected);
  });

  it('confines a regional admin to its region, for ARNs and for requests that name no resource', async () => {
    expect(await decide(regional, 'mobiletargeting:DeleteApp', a('').replace('us-east-1', 'eu-west-1'))).toBe('Allowed');
    expect(await decide(regional, 'mobiletargeting:DeleteApp', a(''))).toBe('Denied');
    expect(await decide(regional, 'sms-voice:DescribeSpendLimits', '*', { 'aws:RequestedRegion': 'eu-west-1' })).toBe('Allowed');
    expect(await decide(regional, 'sms-voice:DescribeSpendLimits', '*', { 'aws:RequestedRegion': 'us-east-1' })).toBe('Denied');
  });

  it('scopes service wildcards to the account and lists account-level actions one by one', () => {
    expect(policy.Statement.map((s) => [s.Sid, s.Action, s.Resource])).toEqual([
      ['Grant0AdminPinpoint', ['mobiletargeting:*'], [`arn:aws:mobiletargeting:*:${ACCOUNT}:*`]],
      ['Grant0AdminSmsVoice', ['sms-voice:*'], [`arn:aws:sms-voice:*:${ACCOUNT}:*`]],
      ['Grant0AdminAccountLevel', accountLevelActions(), ['*']],
    ]);
    expect(accountLevelActions()).toEqual(expect.arrayContaining(['sms-voice:DescribeSpendLimits', 'sms-voice:CreatePool']));
    expect(accountLevelActions().some((action) => action.endsWith('*'))).toBe(false);
  });
});

describe('the app-client preset', () => {
  const policy = policyOf({ preset: 'app-client', applicationArns: [APP_A] });

  it.each([
    ['PutEvents to its own project', 'mobiletargeting:PutEvents', a('/events'), 'Allowed'],
    ['UpdateEndpoint in its own project', 'mobiletargeting:UpdateEndpoint', a('/endpoints/device-1'), 'Allowed'],
    ['PutEvents to project B', 'mobiletargeting:PutEvents', b('/events'), 'Denied'],
    ['UpdateEndpoint in project B', 'mobiletargeting:UpdateEndpoint', b('/endpoints/device-1'), 'Denied'],
    ['GetEndpoint, which would read other users\' endpoints', 'mobiletargeting:GetEndpoint', a('/endpoints/device-1'), 'Denied'],
    ['UpdateEndpointsBatch', 'mobiletargeting:UpdateEndpointsBatch', a(''), 'Denied'],
    ['GetSegments', 'mobiletargeting:GetSegments', a(''), 'Denied'],
  ])('decides %s: %s', async (_name, action, resource, expected) => {
    expect(await decide(policy, action, resource)).toBe(expected);
  });
});

describe('a tag-conditioned custom grant', () => {
  const policy = policyOf({
    actions: ['mobiletargeting:UpdateCampaign', 'mobiletargeting:GetCampaign'],
    resources: [{ type: 'campaign', applicationArn: APP_A, id: '*' }],
    conditions: { resourceTags: { team: 'growth' } },
  });

  it.each([
    ['with a matching aws:ResourceTag/team', { 'aws:ResourceTag/team': 'growth' }, 'Allowed'],
    ['with another team', { 'aws:ResourceTag/team': 'retention' }, 'Denied'],
    ['with no team tag', {}, 'Denied'],
  ])('decides UpdateCampaign %s', async (_name, context, expected) => {
    expect(await decide(policy, 'mobiletargeting:UpdateCampaign', a('/campaigns/c1'), context)).toBe(expected);
  });

  it('emits StringEquals on aws:ResourceTag/<key>, and the request-tag and tag-key forms beside it', () => {
    expect(policy.Statement[0]!.Condition).toEqual({ StringEquals: { 'aws:ResourceTag/team': 'growth' } });
    const tagging = policyOf({
      actions: ['mobiletargeting:CreateCampaign'],
      resources: [{ type: 'app', applicationArn: APP_A }],
      conditions: { requestTags: { team: 'growth' }, tagKeys: ['team', 'owner'] },
    });
    expect(tagging.Statement[0]!.Condition).toEqual({ StringEquals: { 'aws:RequestTag/team': 'growth' }, 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'owner'] } });
  });
});

describe('every preset document', () => {
  const grants: [string, AccessGrant][] = [
    ['read-only', { preset: 'read-only', applicationArns: [APP_A, APP_B] }],
    ['app-client', { preset: 'app-client', applicationArns: [APP_A] }],
    ['admin', { preset: 'admin', account: ACCOUNT }],
    ['regional admin', { preset: 'admin', account: ACCOUNT, region: 'us-east-1' }],
    ['admin in aws-cn', { preset: 'admin', account: ACCOUNT, region: 'cn-north-1' }],
  ];

  it.each(grants)('passes iam-policy validateIdentityPolicy and the security checks: %s', (_name, grant) => {
    const policy = policyOf(grant);
    expect(validateIdentityPolicy(policy)).toEqual([]);
    expect(documentProblems(policy, 'identity')).toEqual([]);
  });

  it('uses the partition of the region in every ARN', () => {
    const policy = policyOf({ preset: 'admin', account: ACCOUNT, region: 'cn-north-1' });
    expect(policy.Statement[0]!.Resource).toEqual([`arn:aws-cn:mobiletargeting:cn-north-1:${ACCOUNT}:*`]);
  });
});
