/**
 * Proof by evaluation: the emitted trust and S3 policies, run through an IAM policy simulator,
 * let Pinpoint in for one project of one account and let the role write only under one folder.
 */
import fc from 'fast-check';
import type { PolicyDocument } from '../../src/policies/document';
import { buildExportPolicy, type S3AccessMode } from '../../src/policies/export-policy';
import { buildTrustPolicy, PINPOINT_SERVICE_PRINCIPAL } from '../../src/policies/trust-policy';
import { validBucket, validFolder } from '../support/arbitraries';
import { ACCOUNT, decide, ROLE_ARN, ROLE_SESSION, type Decision, type Request } from '../support/iam-simulation';

const MODES: readonly S3AccessMode[] = ['documented', 'minimal'];
const APP_ID = '0123456789abcdef0123456789abcdef';
const APP_ARN = `arn:aws:mobiletargeting:us-east-1:${ACCOUNT}:apps/${APP_ID}`;
const OTHER_ACCOUNT = '210987654321';
const BUCKET = 'example-bucket';
const FOLDER = 'Exports';

const trust = buildTrustPolicy({ account: ACCOUNT, applicationArn: APP_ARN });
const s3Policy = (mode: S3AccessMode, partition = 'aws') => buildExportPolicy({ partition, bucket: BUCKET, folder: FOLDER, mode });

/** Context keys Pinpoint sends when it assumes the role for the configured project. */
const FROM_PROJECT = { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': APP_ARN };

type TrustCase = readonly [name: string, principal: string, context: Record<string, string>, expected: Decision];

const trustCases: readonly TrustCase[] = [
  ['Pinpoint acting for the configured project', PINPOINT_SERVICE_PRINCIPAL, FROM_PROJECT, 'Allowed'],
  ['Pinpoint acting for another project of the account', PINPOINT_SERVICE_PRINCIPAL, { ...FROM_PROJECT, 'aws:SourceArn': APP_ARN.replace(APP_ID, 'f'.repeat(32)) }, 'Denied'],
  [
    'Pinpoint acting for the same project ID in another account',
    PINPOINT_SERVICE_PRINCIPAL,
    { 'aws:SourceAccount': OTHER_ACCOUNT, 'aws:SourceArn': APP_ARN.replace(ACCOUNT, OTHER_ACCOUNT) },
    'Denied',
  ],
  ['Pinpoint with the project ARN but another source account', PINPOINT_SERVICE_PRINCIPAL, { ...FROM_PROJECT, 'aws:SourceAccount': OTHER_ACCOUNT }, 'Denied'],
  ['Pinpoint acting for the project in another region', PINPOINT_SERVICE_PRINCIPAL, { ...FROM_PROJECT, 'aws:SourceArn': APP_ARN.replace('us-east-1', 'eu-west-1') }, 'Denied'],
  ['Pinpoint without aws:SourceArn', PINPOINT_SERVICE_PRINCIPAL, { 'aws:SourceAccount': ACCOUNT }, 'Denied'],
  ['Pinpoint without aws:SourceAccount', PINPOINT_SERVICE_PRINCIPAL, { 'aws:SourceArn': APP_ARN }, 'Denied'],
  ['Pinpoint without either source key', PINPOINT_SERVICE_PRINCIPAL, {}, 'Denied'],
  ['another service principal (ec2.amazonaws.com) with the right source keys', 'ec2.amazonaws.com', FROM_PROJECT, 'Denied'],
  ['another service principal (s3.amazonaws.com) with the right source keys', 's3.amazonaws.com', FROM_PROJECT, 'Denied'],
];

const trustTable = trustCases.map(([name, principal, context, expected]) => ({
  name: `${expected === 'Allowed' ? 'allows' : 'denies'} sts:AssumeRole to ${name}`,
  principal,
  context,
  expected,
}));

// The trust policy does not depend on the S3 access mode (buildTrustPolicy takes none), so it is simulated once.
describe('the export role trust policy', () => {
  it.each(trustTable)('$name', async ({ principal, context, expected }) => {
    const request: Request = { principal, action: 'sts:AssumeRole', resource: ROLE_ARN, context };
    await expect(decide(request, { resource: trust })).resolves.toBe(expected);
  });

  it('denies sts:AssumeRole to a user of the same account whose own policy allows it', async () => {
    const allowAssume: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE_ARN }] };
    const request: Request = { principal: `arn:aws:iam::${ACCOUNT}:user/alice`, action: 'sts:AssumeRole', resource: ROLE_ARN, context: FROM_PROJECT };
    await expect(decide(request, { identity: [allowAssume], resource: trust })).resolves.toBe('Denied');
    // Control: the same request is allowed by a trust policy that names the user, so the deny above is the trust policy's.
    const trustingAlice: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: request.principal }, Action: 'sts:AssumeRole' }] };
    await expect(decide(request, { identity: [allowAssume], resource: trustingAlice })).resolves.toBe('Allowed');
  });
});

type S3Case = readonly [action: string, resource: string, context: Record<string, string>, documented: Decision, minimal: Decision];

const object = (key: string, bucket = BUCKET) => `arn:aws:s3:::${bucket}/${key}`;
const bucketArn = (bucket = BUCKET) => `arn:aws:s3:::${bucket}`;
const listing = (prefix: string, delimiter?: string) => ({ 's3:prefix': prefix, ...(delimiter !== undefined && { 's3:delimiter': delimiter }) });

const s3Cases: readonly S3Case[] = [
  ['s3:PutObject', object('Exports/endpoints.json'), {}, 'Allowed', 'Allowed'],
  ['s3:PutObject', object('Exports/2024/06/segment-1.gz'), {}, 'Allowed', 'Allowed'],
  ['s3:AbortMultipartUpload', object('Exports/endpoints.json'), {}, 'Allowed', 'Allowed'],
  ['s3:PutObject', object('Other/endpoints.json'), {}, 'Denied', 'Denied'],
  ['s3:PutObject', object('Exports2/endpoints.json'), {}, 'Denied', 'Denied'],
  ['s3:PutObject', object('exports/endpoints.json'), {}, 'Denied', 'Denied'],
  ['s3:PutObject', object('endpoints.json'), {}, 'Denied', 'Denied'],
  ['s3:PutObject', object('Exports/endpoints.json', 'other-bucket'), {}, 'Denied', 'Denied'],
  ['s3:PutObject', object('Exports/endpoints.json', 'example-bucket2'), {}, 'Denied', 'Denied'],
  ['s3:GetObject', object('Other/secret.json'), {}, 'Denied', 'Denied'],
  ['s3:DeleteObject', object('Other/secret.json'), {}, 'Denied', 'Denied'],
  // AWS's documented policy grants s3:* inside the folder; the minimal form only writes.
  ['s3:GetObject', object('Exports/endpoints.json'), {}, 'Allowed', 'Denied'],
  ['s3:DeleteObject', object('Exports/endpoints.json'), {}, 'Allowed', 'Denied'],
  ['s3:ListBucket', bucketArn(), listing('Exports/'), 'Allowed', 'Allowed'],
  ['s3:ListBucket', bucketArn(), listing('Exports/2024/'), 'Allowed', 'Allowed'],
  ['s3:ListBucket', bucketArn(), listing('Exports/', '/'), 'Allowed', 'Allowed'],
  ['s3:ListBucket', bucketArn(), listing('', '/'), 'Allowed', 'Denied'],
  ['s3:ListBucket', bucketArn(), listing(''), 'Denied', 'Denied'],
  ['s3:ListBucket', bucketArn(), listing('Other/'), 'Denied', 'Denied'],
  ['s3:ListBucket', bucketArn(), listing('Other/', '/'), 'Denied', 'Denied'],
  ['s3:ListBucket', bucketArn(), listing('Exports2/'), 'Denied', 'Denied'],
  ['s3:ListBucket', bucketArn(), listing('Exports'), 'Denied', 'Denied'],
  ['s3:ListBucket', bucketArn(), {}, 'Denied', 'Denied'],
  ['s3:ListBucket', bucketArn('other-bucket'), listing('Exports/'), 'Denied', 'Denied'],
  ['s3:GetBucketLocation', bucketArn(), {}, 'Allowed', 'Allowed'],
  ['s3:GetBucketLocation', bucketArn('other-bucket'), {}, 'Allowed', 'Denied'],
  // s3:ListAllMyBuckets is left out: the simulator matches wildcard-only actions only against
  // `Resource: "*"`, while AWS's documented policy (reproduced exactly in documents.test.ts) uses
  // `arn:aws:s3:::*`, so the simulator's "denied" would be a statement about the simulator.
  ['s3:DeleteBucket', bucketArn(), {}, 'Denied', 'Denied'],
  ['s3:PutBucketPolicy', bucketArn(), {}, 'Denied', 'Denied'],
  ['iam:PassRole', ROLE_ARN, {}, 'Denied', 'Denied'],
];

const s3Table = s3Cases.flatMap(([action, resource, context, documented, minimal]) =>
  MODES.map((mode) => {
    const expected = mode === 'documented' ? documented : minimal;
    const shown = resource.replace(/^arn:aws:s3:::/, '');
    const keys = Object.entries(context).map(([k, v]) => `${k}="${v}"`).join(', ');
    const verb = expected === 'Allowed' ? 'allows' : 'denies';
    const name = `${verb} ${action.replace('s3:', '')} on ${shown}${keys ? ` with ${keys}` : ''} (${mode})`;
    return { name, mode, request: { principal: ROLE_SESSION, action, resource, context }, expected };
  }),
);

describe('the export role S3 policy', () => {
  it.each(s3Table)('$name', async ({ mode, request, expected }) => {
    await expect(decide(request, { identity: [s3Policy(mode)] })).resolves.toBe(expected);
  });

  it.each(MODES)('uses the partition of the application in aws-cn, so aws ARNs do not match (%s)', async (mode) => {
    const policy = s3Policy(mode, 'aws-cn');
    const put = (partition: string): Request => ({ principal: ROLE_SESSION.replace(':aws:', ':aws-cn:'), action: 's3:PutObject', resource: `arn:${partition}:s3:::${BUCKET}/${FOLDER}/endpoints.json` });
    await expect(decide(put('aws-cn'), { identity: [policy] })).resolves.toBe('Allowed');
    await expect(decide(put('aws'), { identity: [policy] })).resolves.toBe('Denied');
  });
});

describe('the export role S3 policy for any valid bucket and folder', () => {
  it('allows PutObject under <bucket>/<folder>/ and denies it under <bucket>/<folder>x/', async () => {
    await fc.assert(
      fc.asyncProperty(validBucket, validFolder, fc.constantFrom(...MODES), async (bucket, folder, mode) => {
        const policy = buildExportPolicy({ partition: 'aws', bucket, folder, mode });
        const put = (key: string): Request => ({ principal: ROLE_SESSION, action: 's3:PutObject', resource: `arn:aws:s3:::${bucket}/${key}` });
        expect(await decide(put(`${folder}/endpoints.json`), { identity: [policy] })).toBe('Allowed');
        expect(await decide(put(`${folder}x/endpoints.json`), { identity: [policy] })).toBe('Denied');
      }),
      { numRuns: 25 },
    );
  });
});
