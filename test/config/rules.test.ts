/**
 * Every rule of DESIGN.md "Bad input", as accept/reject tables. Each rejection must name the field
 * by its path, quote the value, and state the expected form.
 */
import { validateConfig, validateConfigText, type ValidationResult } from '../../src/config/validate';

const APP_ID = '0123456789abcdef0123456789abcdef';
const APP_ARN = `arn:aws:mobiletargeting:us-east-1:123456789012:apps/${APP_ID}`;
const ROLE = { applicationArn: APP_ARN, bucket: 'example-bucket', folder: 'Exports' };

/** Validates a config of one export role: the example with `change` applied. */
const withRole = (change: Record<string, unknown>): ValidationResult => validateConfig({ exportRoles: [{ ...ROLE, ...change }] });

/** The value as the validator quotes it: JSON, shortened to its first 100 characters when long. */
function quoted(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 120 ? text.slice(0, 100) : text;
}

/** Asserts a rejection: an issue at `path` whose message quotes `value` (when given) and matches `expected`. */
function expectIssue(result: ValidationResult, path: string, value: unknown, expected: RegExp): void {
  expect(result.ok).toBe(false);
  const issues = result.ok ? [] : result.issues;
  const issue = issues.find((i) => i.path === path);
  expect({ path, issues }).toEqual({ path, issues: expect.arrayContaining([expect.objectContaining({ path })]) });
  if (value !== undefined) expect(issue!.message.startsWith(quoted(value))).toBe(true);
  expect(issue!.message).toMatch(expected);
}

const acceptsField = (field: string) => (_name: string, value: unknown) => {
  const result = withRole({ [field]: value });
  expect(result.ok ? [] : result.issues).toEqual([]);
};

const rejectsField = (field: string, form: RegExp) => (_name: string, value: unknown, reason: RegExp) => {
  const result = withRole({ [field]: value });
  expectIssue(result, `exportRoles[0].${field}`, value, reason);
  expectIssue(result, `exportRoles[0].${field}`, value, form);
};

describe('bucket names', () => {
  const FORM = /expected 3-63 characters of a-z, 0-9, '\.' and '-', starting and ending with a letter or digit, not an IP address$/;
  it.each([
    ['the shortest, 3 characters', 'abc'],
    ['the longest, 63 characters', 'a'.repeat(63)],
    ['dashes and dots', 'example-bucket.logs-2024'],
    ['digits only', '1234567890'],
    ['a double dash inside', 'my--bucket'],
    ['an IP address with a letter after it', '192.168.5.4x'],
    ['a reserved prefix without its dash', 'sthree'],
    ['a reserved suffix not at the end', 'a-s3alias-b'],
  ])('accepts %s (%s)', acceptsField('bucket'));

  it.each([
    ['2 characters', 'ab', /is 2 characters long/],
    ['64 characters', 'a'.repeat(64), /is 64 characters long/],
    ['uppercase letters', 'Example-Bucket', /has characters other than a-z, 0-9, '\.' and '-'/],
    ['an underscore', 'example_bucket', /has characters other than/],
    ['a space', 'example bucket', /has characters other than/],
    ['a non-ASCII letter', 'exämple', /has characters other than/],
    ['a leading dash', '-example', /must start and end with a letter or digit/],
    ['a trailing dash', 'example-', /must start and end with a letter or digit/],
    ['a leading dot', '.example', /must start and end with a letter or digit/],
    ['a trailing dot', 'example.', /must start and end with a letter or digit/],
    ['two adjacent dots', 'example..bucket', /contains "\.\."/],
    ['the form of an IP address', '192.168.5.4', /is formatted as an IP address/],
    ['the reserved prefix xn--', 'xn--example', /starts with the reserved prefix "xn--"/],
    ['the reserved prefix sthree-', 'sthree-example', /starts with the reserved prefix "sthree-"/],
    ['the reserved prefix amzn-s3-demo-', 'amzn-s3-demo-example', /starts with the reserved prefix "amzn-s3-demo-"/],
    ['the reserved suffix -s3alias', 'example-s3alias', /ends with the reserved suffix "-s3alias"/],
    ['the reserved suffix --ol-s3', 'example--ol-s3', /ends with the reserved suffix "--ol-s3"/],
    ['the reserved suffix .mrap', 'example.mrap', /ends with the reserved suffix "\.mrap"/],
    ['the reserved suffix --x-s3', 'example--x-s3', /ends with the reserved suffix "--x-s3"/],
  ])('rejects a bucket with %s (%s)', rejectsField('bucket', FORM));

  it('rejects a bucket that is not a string', () => {
    expectIssue(withRole({ bucket: 42 }), 'exportRoles[0].bucket', 42, /is not a string/);
  });
});

describe('folders', () => {
  const FORM = /expected a key prefix such as "Exports" or "team\/exports": 1-1024 bytes, no leading '\/', no '\.\.', '\*', '\?', '\$\{', '%\{', control or non-Latin-1 characters$/;
  it.each([
    ['one segment', 'Exports'],
    ['nested segments', 'a/b'],
    ['deeper nesting', 'team/exports/2024'],
    ['Latin-1 letters', 'Exporté'],
    ['spaces and punctuation', "team exports (EU), v2.1 & more+@!'"],
    ['$, % and braces not forming a template', 'cost$ 100% {x}'],
    ['1,024 ASCII bytes', 'a'.repeat(1024)],
    ['1,024 UTF-8 bytes of Latin-1', 'é'.repeat(512)],
  ])('accepts %s (%s)', acceptsField('folder'));

  it.each([
    ['nothing in it', '', /is empty/],
    ['a leading slash', '/Exports', /starts with '\/'/],
    ['a trailing slash (the policy adds it)', 'Exports/', /ends with '\/'/],
    ['a ".." segment', 'a/../b', /contains '\.\.'/],
    ['".." alone', '..', /contains '\.\.'/],
    ['a "*" wildcard', 'Ex*ports', /contains a wildcard/],
    ['a "?" wildcard', 'Exports?', /contains a wildcard/],
    ['a Terraform interpolation', '${var.folder}', /contains a template sequence/],
    ['a Terraform directive', 'a%{if true}b', /contains a template sequence/],
    ['an IAM policy variable', 'home/${aws:username}', /contains a template sequence/],
    ['a NUL', 'a\u0000b', /contains a control character/],
    ['a tab', 'a\tb', /contains a control character/],
    ['a newline', 'a\nb', /contains a control character/],
    ['DEL', 'a\u007fb', /contains a control character/],
    ['a C1 control (NEL)', 'a\u0085b', /contains a control character/],
    ['the euro sign', 'Exports€', /contains a character outside Latin-1/],
    ['Japanese', '日本', /contains a character outside Latin-1/],
    ['an emoji', 'exports-📦', /contains a character outside Latin-1/],
    ['1,025 ASCII bytes', 'a'.repeat(1025), /is 1025 bytes long/],
    ['1,026 UTF-8 bytes of Latin-1', 'é'.repeat(513), /is 1026 bytes long/],
  ])('rejects a folder with %s (%j)', rejectsField('folder', FORM));
});

describe('application ARNs', () => {
  const arn = (partition: string, region: string, resource = `apps/${APP_ID}`, account = '123456789012', service = 'mobiletargeting') =>
    `arn:${partition}:${service}:${region}:${account}:${resource}`;
  it.each([
    ['aws, us-east-1', arn('aws', 'us-east-1')],
    ['aws, eu-central-1', arn('aws', 'eu-central-1')],
    ['aws, ap-southeast-2', arn('aws', 'ap-southeast-2')],
    ['aws-cn, cn-north-1', arn('aws-cn', 'cn-north-1')],
    ['aws-cn, cn-northwest-1', arn('aws-cn', 'cn-northwest-1')],
    ['aws-us-gov, us-gov-west-1', arn('aws-us-gov', 'us-gov-west-1')],
    ['aws-us-gov, us-gov-east-1', arn('aws-us-gov', 'us-gov-east-1')],
  ])('accepts an application in %s', acceptsField('applicationArn'));

  const FORM = /expected|for example|of the form arn:<partition>/;
  it.each([
    ['something that is not an ARN', 'not-an-arn', /is not an ARN of the form arn:<partition>:mobiletargeting:<region>:<12-digit account>:apps\/<32 lowercase hex>/],
    ['too few segments', `arn:aws:mobiletargeting:us-east-1:123456789012`, /is not an ARN of the form/],
    ['an unknown partition', arn('aws-mars', 'us-east-1'), /has unknown partition "aws-mars"; expected one of .*aws-cn.*aws$/],
    ['another service', arn('aws', 'us-east-1', undefined, undefined, 'pinpoint'), /has service "pinpoint"; expected "mobiletargeting"/],
    ['another resource type', arn('aws', 'us-east-1', `segments/${APP_ID}`), /has resource type "segments"; expected "apps\/<application id>"/],
    ['no application ID', arn('aws', 'us-east-1', 'apps'), /has application ID ""; expected 32 lowercase hex characters/],
    ['an 11-digit account', arn('aws', 'us-east-1', undefined, '12345678901'), /has account "12345678901"; expected exactly 12 digits/],
    ['a 13-digit account', arn('aws', 'us-east-1', undefined, '1234567890123'), /has account "1234567890123"; expected exactly 12 digits/],
    ['an account with letters', arn('aws', 'us-east-1', undefined, '12345678901a'), /expected exactly 12 digits/],
    ['a China region in the aws partition', arn('aws', 'cn-north-1'), /has region "cn-north-1", which is not a region of partition "aws" \(for example us-east-1\)/],
    ['a commercial region in aws-cn', arn('aws-cn', 'us-east-1'), /has region "us-east-1", which is not a region of partition "aws-cn" \(for example cn-north-1\)/],
    ['a commercial region in aws-us-gov', arn('aws-us-gov', 'us-east-1'), /not a region of partition "aws-us-gov"/],
    ['a GovCloud region in aws', arn('aws', 'us-gov-west-1'), /not a region of partition "aws"/],
    ['no region', arn('aws', ''), /has region ""/],
    ['an application ID with uppercase hex', arn('aws', 'us-east-1', `apps/${APP_ID.toUpperCase()}`), /expected 32 lowercase hex characters/],
    ['a 31-character application ID', arn('aws', 'us-east-1', `apps/${APP_ID.slice(1)}`), /has application ID "[0-9a-f]{31}"; expected 32 lowercase hex/],
    ['a 33-character application ID', arn('aws', 'us-east-1', `apps/${APP_ID}0`), /expected 32 lowercase hex/],
    ['a wildcard application ID', arn('aws', 'us-east-1', 'apps/*'), /expected 32 lowercase hex/],
    ['a path after the application', arn('aws', 'us-east-1', `apps/${APP_ID}/campaigns/x`), /expected 32 lowercase hex/],
  ])('rejects an application ARN with %s', rejectsField('applicationArn', FORM));
});

describe('IAM names, paths and session duration', () => {
  it.each([
    ['a one-character role name', 'roleName', 'r'],
    ['a 64-character role name', 'roleName', 'r'.repeat(64)],
    ['a role name with every allowed symbol', 'roleName', 'Pinpoint_Export+=,.@-1'],
    ['a 128-character policy name', 'policyName', 'p'.repeat(128)],
    ['the root path', 'path', '/'],
    ['a one-segment path', 'path', '/pinpoint/'],
    ['a nested path', 'path', '/teams/growth/exports/'],
    ['a 512-character path', 'path', `/${'a'.repeat(510)}/`],
    ['the shortest session, 3600', 'maxSessionDuration', 3600],
    ['the longest session, 43200', 'maxSessionDuration', 43200],
  ])('accepts %s', (_name, field, value) => acceptsField(field)(_name, value));

  const ROLE_FORM = /expected 1-64 characters of letters, digits and \+=,\.@_-$/;
  const POLICY_FORM = /expected 1-128 characters of letters, digits and \+=,\.@_-$/;
  const PATH_FORM = /expected '\/' or '\/segment\/\.\.\.\/' \(starts and ends with '\/', printable ASCII\)$|expected an IAM path of at most 512 characters$/;
  const SESSION_FORM = /expected (a whole number from )?3600 to 43200$/;
  it.each([
    ['a 65-character role name', 'roleName', 'r'.repeat(65), ROLE_FORM],
    ['an empty role name', 'roleName', '', ROLE_FORM],
    ['a role name with a space', 'roleName', 'export role', ROLE_FORM],
    ['a role name with a slash', 'roleName', 'team/export', ROLE_FORM],
    ['a role name with a non-ASCII letter', 'roleName', 'rôle', ROLE_FORM],
    ['a 129-character policy name', 'policyName', 'p'.repeat(129), POLICY_FORM],
    ['a policy name with a colon', 'policyName', 'export:s3', POLICY_FORM],
    // IAM's own pattern is (\u002F)|(\u002F[\u0021-\u007E]+\u002F): '/' alone, or '/x…/' with at least one character between.
    ['a path without slashes', 'path', 'foo', PATH_FORM],
    ['a path without a trailing slash', 'path', '/foo', PATH_FORM],
    ['a path without a leading slash', 'path', 'foo/', PATH_FORM],
    ['the path "//", which has nothing between its slashes', 'path', '//', PATH_FORM],
    ['an empty path', 'path', '', PATH_FORM],
    ['a path with a space', 'path', '/my team/', PATH_FORM],
    ['a 513-character path', 'path', `/${'a'.repeat(511)}/`, PATH_FORM],
    ['a session of 3599 seconds', 'maxSessionDuration', 3599, SESSION_FORM],
    ['a session of 43201 seconds', 'maxSessionDuration', 43201, SESSION_FORM],
    ['a session of 3600.5 seconds', 'maxSessionDuration', 3600.5, SESSION_FORM],
    ['a session given as a string', 'maxSessionDuration', '3600', /is not a whole number/],
  ])('rejects %s', (_name, field, value, form) => {
    expectIssue(withRole({ [field]: value }), `exportRoles[0].${field}`, value, form);
  });
});

describe('tags', () => {
  const tags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`key${i}`, `value${i}`]));
  it.each([
    ['50 tags', tags(50)],
    ['a 128-character key and a 256-character value', { ['k'.repeat(128)]: 'v'.repeat(256) }],
    ['an empty value', { team: '' }],
    ['keys with IAM tag symbols and Unicode letters', { 'team:name/sub=x+y-z@w_1.2': 'growth', équipe: 'croissance' }],
  ])('accepts %s', acceptsField('tags'));

  it('rejects more than 50 tags, stating the count and the limit', () => {
    expectIssue(withRole({ tags: tags(51) }), 'exportRoles[0].tags', undefined, /^has 51 entries; expected at most 50$/);
  });

  it.each([
    ['a 129-character key', { ['k'.repeat(129)]: 'v' }, `exportRoles[0].tags.${'k'.repeat(129)}`, 'k'.repeat(129), /is 129 characters long; expected a tag key of 1-128 characters/],
    ['an empty key', { '': 'v' }, 'exportRoles[0].tags[""]', '', /is 0 characters long; expected a tag key of 1-128 characters/],
    ['a 257-character value', { team: 'v'.repeat(257) }, 'exportRoles[0].tags.team', 'v'.repeat(257), /is 257 characters long; expected at most 256/],
    ['a key with the aws: prefix', { 'aws:team': 'v' }, 'exportRoles[0].tags["aws:team"]', 'aws:team', /reserved prefix 'aws:'; expected a key that does not start with 'aws:'/],
    ['a key with the AWS: prefix in uppercase', { 'AWS:team': 'v' }, 'exportRoles[0].tags["AWS:team"]', 'AWS:team', /reserved prefix 'aws:'/],
    ['a key with characters IAM tags refuse', { 'team#1': 'v' }, 'exportRoles[0].tags["team#1"]', 'team#1', /expected letters, digits, spaces and _\.:\/=\+-@/],
    ['a value with a Terraform interpolation', { team: '${var.x}' }, 'exportRoles[0].tags.team', '${var.x}', /expected letters, digits, spaces and _\.:\/=\+-@/],
  ])('rejects a tag with %s', (_name, value, path, quotedValue, form) => {
    expectIssue(withRole({ tags: value }), path, quotedValue, form);
  });
});

describe('the config as a whole', () => {
  it('rejects role names that differ only in case, in the same account', () => {
    const result = validateConfig({ exportRoles: [{ ...ROLE, roleName: 'PinpointExport' }, { ...ROLE, folder: 'Other', roleName: 'pinpointexport' }] });
    expectIssue(result, 'exportRoles[1].roleName', 'pinpointexport', /duplicates exportRoles\[0\]\.roleName in account 123456789012 .*; set a distinct roleName$/);
  });

  it('accepts the same role name in two accounts', () => {
    const other = APP_ARN.replace('123456789012', '210987654321');
    expect(validateConfig({ exportRoles: [{ ...ROLE, roleName: 'PinpointExport' }, { ...ROLE, applicationArn: other, roleName: 'PinpointExport' }] }).ok).toBe(true);
  });

  it('rejects two roles for the same project, bucket and folder, whose derived names collide', () => {
    expectIssue(validateConfig({ exportRoles: [ROLE, ROLE] }), 'exportRoles[1].roleName', undefined, /^"pinpoint-export-0123456789ab-[0-9a-f]{8}" duplicates/);
  });

  it.each([
    ['an export role field', { exportRoles: [{ ...ROLE, bucketName: 'x' }] }, 'exportRoles[0].bucketName', /is not a known field; did you mean "bucket"\? \(known: applicationArn, bucket, folder/],
    ['a misspelt export role field', { exportRoles: [{ ...ROLE, fodler: 'x' }] }, 'exportRoles[0].fodler', /did you mean "folder"\?/],
    ['a top-level field', { exportRoles: [ROLE], exportRole: [] }, 'exportRole', /did you mean "exportRoles"\?/],
    ['a field like no other', { exportRoles: [{ ...ROLE, zzz: 1 }] }, 'exportRoles[0].zzz', /^is not a known field \(known: /],
  ])('rejects an unknown field: %s, suggesting the closest', (_name, config, path, expected) => {
    expectIssue(validateConfig(config), path, undefined, expected);
  });

  it.each([
    ['a missing bucket', { exportRoles: [{ applicationArn: APP_ARN, folder: 'Exports' }] }, 'exportRoles[0].bucket', /^is required: S3 bucket/],
    ['no export roles', { exportRoles: [] }, 'exportRoles', /^is missing or empty\b.*; expected at least one export role\b/],
    ['export roles that are not a list', { exportRoles: ROLE }, 'exportRoles', /is not a list$/],
    ['a config that is not an object', [ROLE], '', /is not an object$/],
    ['an s3Access mode that does not exist', { exportRoles: [{ ...ROLE, s3Access: 'minimall' }] }, 'exportRoles[0].s3Access', /^"minimall" is not one of "documented", "minimal" \(did you mean "minimal"\?\)$/],
    [
      'a permissions boundary in another partition',
      { exportRoles: [{ ...ROLE, permissionsBoundary: 'arn:aws-cn:iam::123456789012:policy/boundary' }] },
      'exportRoles[0].permissionsBoundary',
      /is in partition "aws-cn" but the application is in "aws"; every ARN must use the application's partition$/,
    ],
    ['a description with a Terraform interpolation', { exportRoles: [{ ...ROLE, description: 'for ${var.team}' }] }, 'exportRoles[0].description', /contains '\$\{' or '%\{'/],
  ])('rejects %s', (_name, config, path, expected) => {
    expectIssue(validateConfig(config), path, undefined, expected);
  });

  it('reports five different problems in one file together', () => {
    const result = validateConfig({
      exportRoles: [
        { ...ROLE, bucket: 'Bad_Bucket', folder: '/abs', bucketName: 'x' },
        { ...ROLE, applicationArn: APP_ARN.replace('us-east-1', 'cn-north-1'), maxSessionDuration: 60 },
      ],
    });
    expect(result.ok ? [] : result.issues.map((i) => i.path).sort()).toEqual(
      ['exportRoles[0].bucket', 'exportRoles[0].bucketName', 'exportRoles[0].folder', 'exportRoles[1].applicationArn', 'exportRoles[1].maxSessionDuration'].sort(),
    );
  });
});

describe('malformed JSON', () => {
  it.each([
    ['a trailing comma on line 3', '{\n  "exportRoles": [\n    { "bucket": "x" },\n  ]\n}\n', /^is not valid JSON: trailing comma at line 3, column 22, before "\]" at line 4, column 3$/],
    ['a trailing comma before a closing brace', '{\n  "exportRoles": [],\n}', /^is not valid JSON: trailing comma at line 2, column 20/],
    ['a missing closing brace', '{\n  "exportRoles": [\n', /^is not valid JSON: .* at line 3, column 1$/],
    ['single quotes', "{\n  'exportRoles': []\n}", /^is not valid JSON: .* at line 2, column 3$/],
    ['a comment', '{\n  // roles\n  "exportRoles": []\n}', /^is not valid JSON: .* at line 2, column 3$/],
    ['an empty file', '', /^is not valid JSON: .* at line 1, column 1$/],
  ])('rejects %s with its line and column', (_name, text, expected) => {
    expectIssue(validateConfigText(text), '(file)', undefined, expected);
  });
});
