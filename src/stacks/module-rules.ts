/**
 * The TypeScript validation rules of `src/policies/rules` and `src/policies/arn.ts`, written as
 * Terraform expressions for the generated module, in the same order and with the same words.
 * Static reasons are taken from the TypeScript rule itself (see {@link ruleFrom}); reasons that
 * quote a computed part (a length, a region) are templates, and the tests prove both agree.
 */
import { APPLICATION_ARN_FORM, parseApplicationArn } from '../policies/arn';
import { PARTITIONS } from '../policies/partitions';
import { BUCKET_FORM, bucketNameProblem, RESERVED_PREFIXES, RESERVED_SUFFIXES } from '../policies/rules/bucket';
import { FOLDER_FORM, folderProblem } from '../policies/rules/folder';
import {
  descriptionProblem,
  PATH_PATTERN,
  pathProblem,
  POLICY_NAME_PATTERN,
  policyNameProblem,
  ROLE_NAME_PATTERN,
  roleNameProblem,
  SESSION_DURATION,
  sessionDurationProblem,
  TAG_CHARS,
  TAG_LIMITS,
  tagKeyProblem,
  tagValueProblem,
} from '../policies/rules/iam-names';
import { POLICY_ARN_PATTERN, policyArnProblem } from '../policies/rules/policy-arn';
import { hclList, hclMap, hclString, interp, matches, re2, templateText } from './hcl';
import { ruleFrom, type Rule } from './module-validation';

/** An application ARN every example below uses where it needs a valid one. */
const APP_ID = '0123456789abcdef0123456789abcdef';
const arnWith = (partition: string, service: string, region: string, account: string, resource: string) =>
  `arn:${partition}:${service}:${region}:${account}:${resource}`;

/** S3 bucket name rules, as {@link bucketNameProblem}. */
export const BUCKET_RULES: readonly Rule[] = [
  {
    passes: (v) => `length(${v}) >= 3 && length(${v}) <= 63`,
    reason: (v) => `is ${interp(`length(${v})`)} characters long; expected ${templateText(BUCKET_FORM)}`,
    rejects: 'ab',
  },
  ruleFrom(bucketNameProblem, 'Example_Bucket', (v) => matches('^[a-z0-9.-]+$', v)),
  ruleFrom(bucketNameProblem, 'example-bucket-', (v) => `${matches('^[a-z0-9]', v)} && ${matches('[a-z0-9]$', v)}`),
  ruleFrom(bucketNameProblem, 'example..bucket', (v) => `!strcontains(${v}, "..")`),
  ruleFrom(bucketNameProblem, '192.168.5.4', (v) => `!${matches('^\\d{1,3}(\\.\\d{1,3}){3}$', v)}`),
  {
    passes: (v) => `!anytrue([for p in ${hclList(RESERVED_PREFIXES)} : startswith(${v}, p)])`,
    reason: (v) => `starts with the reserved prefix "${interp(`[for p in ${hclList(RESERVED_PREFIXES)} : p if startswith(${v}, p)][0]`)}"; expected ${templateText(BUCKET_FORM)}`,
    rejects: 'xn--example-bucket',
  },
  {
    passes: (v) => `!anytrue([for s in ${hclList(RESERVED_SUFFIXES)} : endswith(${v}, s)])`,
    reason: (v) => `ends with the reserved suffix "${interp(`[for s in ${hclList(RESERVED_SUFFIXES)} : s if endswith(${v}, s)][0]`)}"; expected ${templateText(BUCKET_FORM)}`,
    rejects: 'example-bucket--ol-s3',
  },
];

/** Export folder rules, as {@link folderProblem}. Bytes are counted as Latin-1 in UTF-8: one, or two from U+0080. */
export const FOLDER_RULES: readonly Rule[] = [
  ruleFrom(folderProblem, '', (v) => `length(${v}) > 0`),
  ruleFrom(folderProblem, '/Exports', (v) => `!startswith(${v}, "/")`),
  ruleFrom(folderProblem, 'Exports/', (v) => `!endswith(${v}, "/")`),
  ruleFrom(folderProblem, 'Exports/../other', (v) => `!strcontains(${v}, "..")`),
  ruleFrom(folderProblem, 'Exports/*', (v) => `!${matches('[*?]', v)}`),
  ruleFrom(folderProblem, 'Exports/${team}', (v) => `!${matches('[$%]\\{', v)}`),
  ruleFrom(folderProblem, 'Exports\ttab', (v) => `!${matches('[\\u0000-\\u001f\\u007f-\\u009f]', v)}`),
  ruleFrom(folderProblem, 'Exports\u2603', (v) => `!${matches('[^\\u0000-\\u00ff]', v)}`),
  {
    passes: (v) => `${folderBytes(v)} <= 1024`,
    reason: (v) => `is ${interp(folderBytes(v))} bytes long; expected ${templateText(FOLDER_FORM)}`,
    rejects: '\u00e9'.repeat(513),
  },
];

function folderBytes(v: string): string {
  return `(length(${v}) + length(regexall(${hclString(re2('[\\u0080-\\u00ff]'))}, ${v})))`;
}

/** Application ARN rules, as {@link parseApplicationArn}, one per segment. */
export const APPLICATION_ARN_RULES: readonly Rule[] = (() => {
  const part = (v: string, n: number) => `split(":", ${v})[${n}]`;
  const resource = (v: string) => part(v, 5);
  const type = (v: string) => `regex("^[^/]*", ${resource(v)})`;
  const id = (v: string) => `try(regex("^[^/]*/(.*)$", ${resource(v)})[0], "")`;
  const regions = hclMap(Object.fromEntries(PARTITIONS.map((p) => [p.name, re2(p.regions.source)])));
  const examples = hclMap(Object.fromEntries(PARTITIONS.map((p) => [p.name, p.exampleRegion])));
  const partitionNames = PARTITIONS.map((p) => p.name);
  const reasonOf = (arn: string) => {
    const parsed = parseApplicationArn(arn);
    if (parsed.ok) throw new Error(`rule example ${arn} is a valid application ARN`);
    return parsed.reason;
  };
  return [
    ruleFrom(reasonOf, 'arn:aws:mobiletargeting:us-east-1:123456789012', (v) => `length(split(":", ${v})) == 6 && ${part(v, 0)} == "arn"`),
    {
      passes: (v) => `contains(${hclList(partitionNames)}, ${part(v, 1)})`,
      reason: (v) => `has unknown partition "${interp(part(v, 1))}"; expected one of ${templateText(partitionNames.join(', '))}`,
      rejects: arnWith('aws-moon', 'mobiletargeting', 'us-east-1', '123456789012', `apps/${APP_ID}`),
    },
    {
      passes: (v) => `${part(v, 2)} == "mobiletargeting"`,
      reason: (v) => `has service "${interp(part(v, 2))}"; expected "mobiletargeting" (${templateText(APPLICATION_ARN_FORM)})`,
      rejects: arnWith('aws', 'sns', 'us-east-1', '123456789012', `apps/${APP_ID}`),
    },
    {
      passes: (v) => `can(regex(${regions}[${part(v, 1)}], ${part(v, 3)}))`,
      reason: (v) =>
        `has region "${interp(part(v, 3))}", which is not a region of partition "${interp(part(v, 1))}" (for example ${interp(`${examples}[${part(v, 1)}]`)})`,
      rejects: arnWith('aws-cn', 'mobiletargeting', 'us-east-1', '123456789012', `apps/${APP_ID}`),
    },
    {
      passes: (v) => matches('^\\d{12}$', part(v, 4)),
      reason: (v) => `has account "${interp(part(v, 4))}"; expected exactly 12 digits`,
      rejects: arnWith('aws', 'mobiletargeting', 'us-east-1', '12345678901', `apps/${APP_ID}`),
    },
    {
      passes: (v) => `${type(v)} == "apps"`,
      reason: (v) => `has resource type "${interp(type(v))}"; expected "apps/<application id>"`,
      rejects: arnWith('aws', 'mobiletargeting', 'us-east-1', '123456789012', `campaigns/${APP_ID}`),
    },
    {
      passes: (v) => matches('^[0-9a-f]{32}$', id(v)),
      reason: (v) => `has application ID "${interp(id(v))}"; expected 32 lowercase hex characters`,
      rejects: arnWith('aws', 'mobiletargeting', 'us-east-1', '123456789012', `apps/${APP_ID.toUpperCase()}`),
    },
  ];
})();

/** Role name rule, as {@link roleNameProblem}. */
export const ROLE_NAME_RULES: readonly Rule[] = [ruleFrom(roleNameProblem, 'export role', (v) => matches(ROLE_NAME_PATTERN, v))];

/** Managed policy name rule, as {@link policyNameProblem}. */
export const POLICY_NAME_RULES: readonly Rule[] = [ruleFrom(policyNameProblem, 'p'.repeat(129), (v) => matches(POLICY_NAME_PATTERN, v))];

/** IAM path rules, as {@link pathProblem}. */
export const PATH_RULES: readonly Rule[] = [
  {
    passes: (v) => `length(${v}) <= 512`,
    reason: (v) => `is ${interp(`length(${v})`)} characters long; expected an IAM path of at most 512 characters`,
    rejects: `/${'a'.repeat(511)}/`,
  },
  ruleFrom(pathProblem, 'exports/', (v) => matches(PATH_PATTERN, v)),
];

/** Description rules, as {@link descriptionProblem}. */
export const DESCRIPTION_RULES: readonly Rule[] = [
  {
    passes: (v) => `length(${v}) <= 1000`,
    reason: (v) => `is ${interp(`length(${v})`)} characters long; expected at most 1000`,
    rejects: 'd'.repeat(1001),
  },
  ruleFrom(descriptionProblem, 'Exports \u2603', (v) => `!${matches('[^\\t\\n\\r\\u0020-\\u00ff]', v)}`),
  ruleFrom(descriptionProblem, 'Exports for ${team}', (v) => `!${matches('[$%]\\{', v)}`),
];

/** Permissions boundary rules: a managed policy ARN, in the application's partition (the config's rules). */
export const PERMISSIONS_BOUNDARY_RULES: readonly Rule[] = [
  ruleFrom(policyArnProblem, 'arn:aws:iam::123456789012:role/Boundary', (v) => matches(POLICY_ARN_PATTERN, v)),
  {
    passes: (v) => `split(":", ${v})[1] == split(":", var.pinpoint_app_arn)[1]`,
    reason: (v) =>
      `is in partition "${interp(`split(":", ${v})[1]`)}" but the application is in "${interp('split(":", var.pinpoint_app_arn)[1]')}"; every ARN must use the application's partition`,
    rejects: 'arn:aws-cn:iam::aws:policy/Boundary',
  },
];

/** Maximum session duration rule, as {@link sessionDurationProblem}. */
export const SESSION_DURATION_RULES: readonly Rule[] = [
  ruleFrom(sessionDurationProblem, SESSION_DURATION.max + 1, (v) => `floor(${v}) == ${v} && ${v} >= ${SESSION_DURATION.min} && ${v} <= ${SESSION_DURATION.max}`),
];

/** The two S3 access modes. */
export const S3_ACCESS_MODES = ['documented', 'minimal'] as const;

/** S3 access rule, as the construct's check. */
export const S3_ACCESS_RULES: readonly Rule[] = [
  {
    passes: (v) => `contains(${hclList(S3_ACCESS_MODES)}, ${v})`,
    reason: () => templateText(`is not ${S3_ACCESS_MODES.map((m) => JSON.stringify(m)).join(' or ')}`),
    rejects: 'full',
  },
];


/** Tag key rules, as {@link tagKeyProblem}; its `${` rule is left out because the character rule already rejects `$`. */
export const TAG_KEY_RULES: readonly Rule[] = [
  {
    passes: (k) => `length(${k}) >= 1 && length(${k}) <= ${TAG_LIMITS.keyLength}`,
    reason: (k) => `is ${interp(`length(${k})`)} characters long; expected a tag key of 1-${TAG_LIMITS.keyLength} characters`,
    rejects: 'k'.repeat(TAG_LIMITS.keyLength + 1),
  },
  ruleFrom(tagKeyProblem, 'aws:team', (k) => `!startswith(lower(${k}), "aws:")`),
  ruleFrom(tagKeyProblem, 'team#1', (k) => matches(TAG_CHARS.source, k)),
];

/** Tag value rules, as {@link tagValueProblem}. */
export const TAG_VALUE_RULES: readonly Rule[] = [
  {
    passes: (v) => `length(${v}) <= ${TAG_LIMITS.valueLength}`,
    reason: (v) => `is ${interp(`length(${v})`)} characters long; expected a tag value of at most ${TAG_LIMITS.valueLength} characters`,
    rejects: 'v'.repeat(TAG_LIMITS.valueLength + 1),
  },
  ruleFrom(tagValueProblem, 'growth#1', (v) => matches(TAG_CHARS.source, v)),
];
