import { diffPolicies, parsePolicy, type NormalizedPolicy } from '../../src/plan';

function policy(...Statement: unknown[]): NormalizedPolicy {
  const parsed = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement }));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

describe('parsePolicy', () => {
  it('reads Action and Resource given as a string or a list the same way', () => {
    expect(policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })).toEqual(
      policy({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] }),
    );
  });

  it('reads a single Statement object as a list of one', () => {
    const parsed = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: '*' } }));
    expect(parsed.ok && parsed.value.statements.map((s) => s.principals)).toEqual([['*']]);
  });

  it('writes principals as type and value, for AWS, Service and Federated, a string or a list', () => {
    const [st] = policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'b.amazonaws.com', AWS: ['arn:aws:iam::1:root', 'arn:aws:iam::2:root'], Federated: 'cognito-identity.amazonaws.com' } }).statements;
    expect(st!.principals).toEqual(['AWS: arn:aws:iam::1:root', 'AWS: arn:aws:iam::2:root', 'Federated: cognito-identity.amazonaws.com', 'Service: b.amazonaws.com']);
  });

  it('writes conditions as operator, key and values', () => {
    const [st] = policy({ Effect: 'Allow', Action: 's3:ListBucket', Condition: { StringLike: { 's3:prefix': ['b/*', 'a/*'] }, Bool: { 'aws:SecureTransport': 'true' } } }).statements;
    expect(st!.conditions.map((c) => c.text)).toEqual(['Bool aws:SecureTransport "true"', 'StringLike s3:prefix ["a/*","b/*"]']);
  });

  it.each([
    ['text that is not JSON', '{', 'is not JSON'],
    ['a JSON list', '[]', 'is not a JSON object'],
    ['an object without statements', '{"Version":"2012-10-17"}', 'has no Statement list'],
    ['a statement that is a string', '{"Statement":["x"]}', 'has a Statement that is not an object'],
  ])('rejects %s, saying why', (_what, text, reason) => {
    expect(parsePolicy(text)).toEqual({ ok: false, reason });
  });
});

describe('diffPolicies', () => {
  const read = { Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::b/*' };
  const list = { Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b' };

  it('finds no change when statements are only reordered or reformatted', () => {
    const diff = diffPolicies(policy(read, list), policy({ ...list, Action: ['s3:ListBucket'] }, { ...read, Action: 's3:GetObject' }));
    expect(diff).toEqual({ added: [], removed: [], changed: [], unchanged: 2 });
  });

  it('compares actions without case, as IAM does', () => {
    expect(diffPolicies(policy(read), policy({ ...read, Action: 'S3:getobject' })).changed).toEqual([]);
  });

  it('pairs statements by Sid and reports what each field gained and lost', () => {
    const diff = diffPolicies(policy(read), policy({ ...read, Action: ['s3:GetObject', 's3:PutObject'], Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }));
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({
      label: 'Read',
      added: { actions: ['s3:PutObject'], resources: ['*'], conditions: ['Bool aws:SecureTransport "true"'] },
      removed: { actions: [], resources: ['arn:aws:s3:::b/*'], conditions: [] },
    });
  });

  it('reports a statement whose Sid changed as one removed and one added', () => {
    const diff = diffPolicies(policy(read), policy({ ...read, Sid: 'ReadObjects' }));
    expect(diff.added.map((s) => s.label)).toEqual(['ReadObjects']);
    expect(diff.removed.map((s) => s.label)).toEqual(['Read']);
  });

  it('pairs statements without a Sid by equal content first, then by the same actions', () => {
    const a = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a/*' };
    const b = { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' };
    const diff = diffPolicies(policy(a, b), policy({ ...b, Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*'] }, a));
    expect(diff.unchanged).toBe(1);
    expect(diff.changed.map((c) => [c.label, c.added.resources])).toEqual([['#1', ['arn:aws:s3:::c/*']]]);
  });

  it('pairs statements without a Sid by the same resources when their actions change', () => {
    const a = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a/*' };
    const diff = diffPolicies(policy(a), policy({ ...a, Action: 's3:*' }));
    expect(diff.changed.map((c) => [c.added.actions, c.removed.actions])).toEqual([[['s3:*'], ['s3:GetObject']]]);
  });

  it('treats an empty document as having nothing, so every statement of the other is added', () => {
    const diff = diffPolicies({ statements: [] }, policy(read, list));
    expect(diff.added.map((s) => s.label)).toEqual(['Read', 'List']);
  });
});
