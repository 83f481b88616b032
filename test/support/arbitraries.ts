/**
 * fast-check arbitraries for valid and invalid config values. Valid values are built from the
 * rules in DESIGN.md ("Bad input"), not filtered through the validator under test. fast-check
 * biases towards small and repeated values, so generated names collide more often than real ones.
 */
import fc from 'fast-check';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';

const chars = (alphabet: string, min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...alphabet.split('')), minLength: min, maxLength: max });

/**
 * Valid S3 bucket names: labels of [a-z0-9] joined by '-', '--', '.', '-.' or '.-'. The first
 * character is never 's', 'a' or 'x' (no `sthree-`, `amzn-s3-demo-`, `xn--`), and the last is a
 * letter other than 'p' and 's' (no reserved suffix, no IP address form).
 */
export const validBucket: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...'bcdefghijklmnopqrtuvwyz0123456789'.split('')),
    fc.array(fc.tuple(chars(LOWER + DIGITS, 0, 12), fc.constantFrom('-', '--', '.', '-.', '.-')), { maxLength: 4 }),
    chars(LOWER + DIGITS, 0, 12),
    fc.constantFrom(...'abcdefghijklmnoqrtuvwxyz'.split('')),
  )
  .map(([first, middle, tail, last]) => {
    // A separator right after the first character must be followed by a label, so join label-first.
    const body = middle.map(([label, sep]) => `${label || 'b'}${sep}`).join('');
    return `${first}${body}${tail}${last}`;
  })
  .filter((name) => name.length >= 3 && name.length <= 63);

/** Characters a folder segment may hold: printable ASCII and Latin-1 except '/', '*', '?'. */
const FOLDER_CHARS = `${LOWER}${LOWER.toUpperCase()}${DIGITS} !"#$%&'()+,-.:;<=>@[\\]^_\`{|}~éüßÆ©±ÿ`;

/** Valid export folders: one to three segments separated by '/', no '..', '${' or '%{'. */
export const validFolder: fc.Arbitrary<string> = fc
  .array(chars(FOLDER_CHARS, 1, 20), { minLength: 1, maxLength: 3 })
  .map((segments) => segments.join('/'))
  .filter((folder) => !folder.includes('..') && !/[$%]\{/.test(folder));

const REGIONS = {
  aws: ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1', 'ca-central-1', 'me-south-1', 'af-south-1', 'il-central-1'],
  'aws-cn': ['cn-north-1', 'cn-northwest-1'],
  'aws-us-gov': ['us-gov-west-1', 'us-gov-east-1'],
} as const;

/** A partition and one of its regions. */
export const partitionAndRegion: fc.Arbitrary<{ partition: string; region: string }> = fc
  .constantFrom(...(Object.keys(REGIONS) as (keyof typeof REGIONS)[]))
  .chain((partition) => fc.constantFrom(...REGIONS[partition]).map((region) => ({ partition, region })));

/** A 12-digit account ID. */
export const account: fc.Arbitrary<string> = chars(DIGITS, 12, 12);

/** A 32-character lowercase hex application ID. */
export const applicationId: fc.Arbitrary<string> = chars(HEX, 32, 32);

/** Valid Pinpoint application ARNs across the aws, aws-cn and aws-us-gov partitions. */
export const validApplicationArn: fc.Arbitrary<string> = fc
  .tuple(partitionAndRegion, account, applicationId)
  .map(([{ partition, region }, acct, id]) => `arn:${partition}:mobiletargeting:${region}:${acct}:apps/${id}`);

/**
 * Valid IAM role names: 1-64 characters of [\w+=,.@-], and now and then one that has broken a layer
 * below before (names of Object.prototype members, a leading digit or dash).
 */
export const validRoleName: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: chars(`${LOWER}${LOWER.toUpperCase()}${DIGITS}_+=,.@-`, 1, 64) },
  { weight: 1, arbitrary: fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', '0export', '-export', '@0') },
);

/** Valid IAM paths: '/' or '/a/b/'. */
export const validPath: fc.Arbitrary<string> = fc
  .array(chars(`${LOWER}${DIGITS}-_`, 1, 10), { maxLength: 3 })
  .map((segments) => (segments.length === 0 ? '/' : `/${segments.join('/')}/`));

/** Valid tags: up to 5 entries with keys that do not start with `aws:`. */
export const validTags: fc.Arbitrary<Record<string, string>> = fc.dictionary(
  chars(`${LOWER}${DIGITS}_.:/=+-@`, 1, 20).filter((k) => !k.toLowerCase().startsWith('aws:')),
  chars(`${LOWER}${DIGITS} _.:/=+-@`, 0, 30),
  { maxKeys: 5 },
);

/** A valid export role entry, with or without each optional field. */
export const validExportRole: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    applicationArn: validApplicationArn,
    bucket: validBucket,
    folder: validFolder,
    roleName: validRoleName,
    path: validPath,
    maxSessionDuration: fc.integer({ min: 3600, max: 43200 }),
    tags: validTags,
    s3Access: fc.constantFrom('documented', 'minimal'),
  },
  { requiredKeys: ['applicationArn', 'bucket', 'folder'] },
);

/** For each field, values that break one of its rules. */
export const invalidValues: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  applicationArn: fc.oneof(
    validApplicationArn.map((arn) => arn.replace('mobiletargeting', 'pinpoint')),
    validApplicationArn.map((arn) => arn.replace(':apps/', ':segments/')),
    validApplicationArn.map((arn) => `${arn.slice(0, -1)}G`),
    validApplicationArn.map((arn) => arn.replace(/:(\d{12}):/, ':$10:')),
    fc.string({ maxLength: 30 }),
  ),
  bucket: fc.oneof(
    validBucket.map((b) => `${b}_x`),
    validBucket.map((b) => b.toUpperCase()).filter((b) => /[A-Z]/.test(b)),
    validBucket.map((b) => `xn--${b}`.slice(0, 63)),
    validBucket.map((b) => `${b}-s3alias`),
    validBucket.map((b) => `-${b}`),
    chars(LOWER, 64, 80),
    fc.constantFrom('ab', 'a..b', '192.168.5.4'),
  ),
  folder: fc.oneof(
    validFolder.map((f) => `/${f}`),
    validFolder.map((f) => `${f}/../x`),
    validFolder.map((f) => `${f}*`),
    validFolder.map((f) => `${f}?`),
    validFolder.map((f) => `${f}\${x}`),
    validFolder.map((f) => `${f}\u0007`),
    validFolder.map((f) => `${f}€`),
    fc.constant(''),
    fc.constant('a'.repeat(1025)),
  ),
  roleName: fc.oneof(fc.constant('a'.repeat(65)), fc.constant(''), validRoleName.map((n) => `${n} x`), validRoleName.map((n) => `${n}/x`)),
  path: fc.oneof(fc.constantFrom('foo', '/foo', 'foo/', '//', ''), validPath.map((p) => `${p}x`)),
  maxSessionDuration: fc.oneof(fc.integer({ min: -10, max: 3599 }), fc.integer({ min: 43201, max: 1e6 }), fc.constant(3600.5), fc.constant('3600')),
  tags: fc.oneof(
    fc.constant(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']))),
    fc.constant({ ['k'.repeat(129)]: 'v' }),
    fc.constant({ k: 'v'.repeat(257) }),
    fc.constant({ 'aws:team': 'v' }),
  ),
  s3Access: fc.constantFrom('all', 'Minimal', '', 'documented '),
};
