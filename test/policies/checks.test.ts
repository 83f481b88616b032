/**
 * The checks the construct runs before emitting IAM must be able to fail: each is fed a document
 * broken in exactly one way and must name that violation.
 */
import { documentProblems, trustProblems } from '../../src/policies/checks';
import type { PolicyDocument, Statement } from '../../src/policies/document';
import { buildExportPolicy } from '../../src/policies/export-policy';
import { buildTrustPolicy, PINPOINT_SERVICE_PRINCIPAL } from '../../src/policies/trust-policy';

const APP_ARN = 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef';
const good = buildExportPolicy({ partition: 'aws', bucket: 'example-bucket', folder: 'Exports', mode: 'documented' });
const goodTrust = buildTrustPolicy({ account: '123456789012', applicationArn: APP_ARN });

/** The good policy with its first statement changed (or replaced by `extra` statements). */
function broken(change: Record<string, unknown>, base: PolicyDocument = good): PolicyDocument {
  const [first, ...rest] = base.Statement;
  return { ...base, Statement: [{ ...first, ...change } as unknown as Statement, ...rest] };
}

/** The good policy with one more statement. */
function withStatement(statement: Record<string, unknown>, base: PolicyDocument = good): PolicyDocument {
  return { ...base, Statement: [...base.Statement, statement as unknown as Statement] };
}

describe('documentProblems', () => {
  it('finds nothing wrong with the emitted documents', () => {
    expect(documentProblems(good, 'identity')).toEqual([]);
    expect(documentProblems(goodTrust, 'trust')).toEqual([]);
  });

  it.each<[string, PolicyDocument, 'identity' | 'trust', RegExp]>([
    ['another policy language version', { ...good, Version: '2008-10-17' as '2012-10-17' }, 'identity', /Version is "2008-10-17"; expected "2012-10-17"/],
    ['a missing version', { ...good, Version: undefined as unknown as '2012-10-17' }, 'identity', /Version is "undefined"/],
    ['no statements', { ...good, Statement: [] }, 'identity', /has no statements/],
    ['a Sid used twice', broken({ Sid: good.Statement[1]!.Sid }), 'identity', /Sid "AllowRootAndHomeListingOfBucket" is used twice/],
    ['a Sid with characters IAM rejects', broken({ Sid: 'Allow-Listing' }), 'identity', /Sid "Allow-Listing" has characters other than/],
    ['NotAction', broken({ NotAction: ['iam:*'] }), 'identity', /Statement\[0\] uses NotAction/],
    ['NotResource', broken({ NotResource: ['arn:aws:s3:::example-bucket'] }), 'identity', /Statement\[0\] uses NotResource/],
    ['NotPrincipal', broken({ NotPrincipal: { AWS: '*' } }, goodTrust), 'trust', /Statement\[0\] uses NotPrincipal/],
    ['the "*" action', broken({ Action: '*' }), 'identity', /Statement\[0\] grants every action \("\*"\)/],
    ['"*" among other actions', broken({ Action: ['s3:ListAllMyBuckets', '*'] }), 'identity', /grants every action/],
    ['an iam action', withStatement({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }), 'identity', /Statement\[4\] grants "iam:PassRole"/],
    ['an iam wildcard in upper case', withStatement({ Effect: 'Allow', Action: ['IAM:*'], Resource: '*' }), 'identity', /grants "IAM:\*"/],
    ['an sts action', withStatement({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }), 'identity', /grants "sts:AssumeRole"/],
    ['a character outside Latin-1', buildExportPolicy({ partition: 'aws', bucket: 'example-bucket', folder: 'Exports€', mode: 'minimal' }), 'identity', /characters IAM does not accept/],
    ['a control character', buildExportPolicy({ partition: 'aws', bucket: 'example-bucket', folder: 'Exports\u0007', mode: 'minimal' }), 'identity', /characters IAM does not accept/],
    ['an identity policy over 6,144 characters', buildExportPolicy({ partition: 'aws', bucket: 'example-bucket', folder: 'f'.repeat(2000), mode: 'documented' }), 'identity', /is \d+ characters without whitespace; the IAM quota for a identity policy is 6144/],
    ['a trust policy over 2,048 characters', broken({ Sid: 'S'.repeat(2000) }, goodTrust), 'trust', /the IAM quota for a trust policy is 2048/],
  ])('fails a document with %s', (_name, doc, kind, expected) => {
    const problems = documentProblems(doc, kind);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('skips size and character checks for documents holding unresolved tokens, but not structure', () => {
    const huge = buildExportPolicy({ partition: 'aws', bucket: '${TfToken[TOKEN.1]}', folder: 'f'.repeat(7000), mode: 'minimal' });
    expect(documentProblems(huge, 'identity', true)).toEqual([]);
    expect(documentProblems(broken({ Action: '*' }), 'identity', true)).toEqual([expect.stringMatching(/grants every action/)]);
  });
});

describe('trustProblems', () => {
  it('finds nothing wrong with the emitted trust policy', () => {
    expect(trustProblems(goodTrust, PINPOINT_SERVICE_PRINCIPAL)).toEqual([]);
  });

  const condition = goodTrust.Statement[0]!.Condition!;
  it.each<[string, PolicyDocument, RegExp]>([
    ['two statements', withStatement(goodTrust.Statement[0]! as unknown as Record<string, unknown>, goodTrust), /has 2 statements; expected exactly one/],
    ['a Deny', broken({ Effect: 'Deny' }, goodTrust), /statement is not an Allow/],
    ['another service principal', broken({ Principal: { Service: 'ec2.amazonaws.com' } }, goodTrust), /principal is not exactly \{ Service: "pinpoint.amazonaws.com" \}/],
    ['a second service principal', broken({ Principal: { Service: ['pinpoint.amazonaws.com', 'ec2.amazonaws.com'] } }, goodTrust), /principal is not exactly/],
    ['an AWS principal beside Pinpoint', broken({ Principal: { Service: 'pinpoint.amazonaws.com', AWS: '*' } }, goodTrust), /principal is not exactly/],
    ['the "*" principal', broken({ Principal: '*' }, goodTrust), /principal is not exactly/],
    ['sts:TagSession beside sts:AssumeRole', broken({ Action: ['sts:AssumeRole', 'sts:TagSession'] }, goodTrust), /action is not exactly sts:AssumeRole/],
    ['sts:*', broken({ Action: 'sts:*' }, goodTrust), /action is not exactly sts:AssumeRole/],
    ['no aws:SourceAccount', broken({ Condition: { ArnLike: condition['ArnLike'] } }, goodTrust), /lacks a single StringEquals aws:SourceAccount condition/],
    ['no aws:SourceArn', broken({ Condition: { StringEquals: condition['StringEquals'] } }, goodTrust), /lacks a single ArnLike aws:SourceArn condition/],
    ['no conditions at all', broken({ Condition: undefined }, goodTrust), /lacks a single StringEquals aws:SourceAccount/],
    ['a list of source accounts', broken({ Condition: { ...condition, StringEquals: { 'aws:SourceAccount': ['123456789012', '210987654321'] } } }, goodTrust), /lacks a single StringEquals aws:SourceAccount/],
    [
      'a SourceArn of another account',
      buildTrustPolicy({ account: '123456789012', applicationArn: APP_ARN.replace('123456789012', '210987654321') }),
      /aws:SourceArn account "210987654321" differs from aws:SourceAccount "123456789012"/,
    ],
  ])('fails a trust policy with %s', (_name, doc, expected) => {
    expect(trustProblems(doc, PINPOINT_SERVICE_PRINCIPAL)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });
});
