/**
 * The TypeScript validation rules of `src/policies/rules` and `src/policies/arn.ts`, written as
 * Terraform expressions for the generated module, in the same order and with the same words.
 * Every reason is the TypeScript rule's own text (see {@link ruleFrom}); the parts it computes from
 * the value (a length, a region) become Terraform interpolations, and the tests prove both agree.
 */
import { parseApplicationArn } from '../policies/arn';
import { S3_ACCESS_MODES } from '../policies/export-policy';
import { PARTITIONS } from '../policies/partitions';
import { bucketNameProblem, RESERVED_PREFIXES, RESERVED_SUFFIXES } from '../policies/rules/bucket';
import { folderProblem } from '../policies/rules/folder';
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
import { boundaryPartitionProblem, POLICY_ARN_PATTERN, policyArnProblem } from '../policies/rules/policy-arn';
import { hclList, hclMap, hclString, matches, re2, templateText } from './hcl';
import { ruleFrom, templateOf, type Rule } from './module-validation';

/** An application ARN every example below uses where it needs a valid one. */
const APP_ID = '0123456789abcdef0123456789abcdef';
const arnWith = (partition: string, service: string, region: string, account: string, resource: string) =>
  `arn:${partition}:${service}:${region}:${account}:${resource}`;

/** A length rule: the TypeScript reason quotes the value's length, which Terraform computes with `length()`. */
function lengthRule(problem: (value: string) => string | undefined, rejects: string, passes: (v: string) => string): Rule {
  return ruleFrom(problem, rejects, passes, (v) => ({ [rejects.length]: `length(${v})` }));
}

/** S3 bucket name rules, as {@link bucketNameProblem}. */
export const BUCKET_RULES: readonly Rule[] = [
  lengthRule(bucketNameProblem, 'ab', (v) => `length(${v}) >= 3 && length(${v}) <= 63`),
  ruleFrom(bucketNameProblem, 'Example_Bucket', (v) => matches('^[a-z0-9.-]+$', v)),
  ruleFrom(bucketNameProblem, 'example-bucket-', (v) => `${matches('^[a-z0-9]', v)} && ${matches('[a-z0-9]$', v)}`),
  ruleFrom(bucketNameProblem, 'example..bucket', (v) => `!strcontains(${v}, "..")`),
  ruleFrom(bucketNameProblem, '192.168.5.4', (v) => `!${matches('^\\d{1,3}(\\.\\d{1,3}){3}$', v)}`),
  ruleFrom(
    bucketNameProblem,
    'xn--example-bucket',
    (v) => `!anytrue([for p in ${hclList(RESERVED_PREFIXES)} : startswith(${v}, p)])`,
    (v) => ({ 'xn--': `[for p in ${hclList(RESERVED_PREFIXES)} : p if startswith(${v}, p)][0]` }),
  ),
  ruleFrom(
    bucketNameProblem,
    'example-bucket--ol-s3',
    (v) => `!anytrue([for s in ${hclList(RESERVED_SUFFIXES)} : endswith(${v}, s)])`,
    (v) => ({ '--ol-s3': `[for s in ${hclList(RESERVED_SUFFIXES)} : s if endswith(${v}, s)][0]` }),
  ),
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
  // 513 two-byte characters: the reason quotes 1026 bytes.
  ruleFrom(folderProblem, '\u00e9'.repeat(513), (v) => `${folderBytes(v)} <= 1024`, (v) => ({ '1026': folderBytes(v) })),
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
    ruleFrom(
      reasonOf,
      arnWith('aws-moon', 'mobiletargeting', 'us-east-1', '123456789012', `apps/${APP_ID}`),
      (v) => `contains(${hclList(partitionNames)}, ${part(v, 1)})`,
      (v) => ({ 'aws-moon': part(v, 1) }),
    ),
    ruleFrom(
      reasonOf,
      arnWith('aws', 'sns', 'us-east-1', '123456789012', `apps/${APP_ID}`),
      (v) => `${part(v, 2)} == "mobiletargeting"`,
      (v) => ({ sns: part(v, 2) }),
    ),
    ruleFrom(
      reasonOf,
      arnWith('aws-cn', 'mobiletargeting', 'us-east-1', '123456789012', `apps/${APP_ID}`),
      (v) => `can(regex(${regions}[${part(v, 1)}], ${part(v, 3)}))`,
      (v) => ({ 'us-east-1': part(v, 3), 'aws-cn': part(v, 1), 'cn-north-1': `${examples}[${part(v, 1)}]` }),
    ),
    ruleFrom(
      reasonOf,
      arnWith('aws', 'mobiletargeting', 'us-east-1', '12345678901', `apps/${APP_ID}`),
      (v) => matches('^\\d{12}$', part(v, 4)),
      (v) => ({ '12345678901': part(v, 4) }),
    ),
    ruleFrom(
      reasonOf,
      arnWith('aws', 'mobiletargeting', 'us-east-1', '123456789012', `campaigns/${APP_ID}`),
      (v) => `${type(v)} == "apps"`,
      (v) => ({ campaigns: type(v) }),
    ),
    ruleFrom(
      reasonOf,
      arnWith('aws', 'mobiletargeting', 'us-east-1', '123456789012', `apps/${APP_ID.toUpperCase()}`),
      (v) => matches('^[0-9a-f]{32}$', id(v)),
      (v) => ({ [APP_ID.toUpperCase()]: id(v) }),
    ),
  ];
})();

/** Role name rule, as {@link roleNameProblem}. */
export const ROLE_NAME_RULES: readonly Rule[] = [ruleFrom(roleNameProblem, 'export role', (v) => matches(ROLE_NAME_PATTERN, v))];

/** Managed policy name rule, as {@link policyNameProblem}. */
export const POLICY_NAME_RULES: readonly Rule[] = [ruleFrom(policyNameProblem, 'p'.repeat(129), (v) => matches(POLICY_NAME_PATTERN, v))];

/** IAM path rules, as {@link pathProblem}. */
export const PATH_RULES: readonly Rule[] = [
  lengthRule(pathProblem, `/${'a'.repeat(511)}/`, (v) => `length(${v}) <= 512`),
  ruleFrom(pathProblem, 'exports/', (v) => matches(PATH_PATTERN, v)),
];

/** Description rules, as {@link descriptionProblem}. */
export const DESCRIPTION_RULES: readonly Rule[] = [
  lengthRule(descriptionProblem, 'd'.repeat(1001), (v) => `length(${v}) <= 1000`),
  ruleFrom(descriptionProblem, 'Exports \u2603', (v) => `!${matches('[^\\t\\n\\r\\u0020-\\u00ff]', v)}`),
  ruleFrom(descriptionProblem, 'Exports for ${team}', (v) => `!${matches('[$%]\\{', v)}`),
];

/** Permissions boundary rules: a managed policy ARN, in the application's partition (the config's rules). */
export const PERMISSIONS_BOUNDARY_RULES: readonly Rule[] = [
  ruleFrom(policyArnProblem, 'arn:aws:iam::123456789012:role/Boundary', (v) => matches(POLICY_ARN_PATTERN, v)),
  {
    passes: (v) => `split(":", ${v})[1] == split(":", var.pinpoint_app_arn)[1]`,
    reason: (v) =>
      templateOf(boundaryPartitionProblem('<boundary>', '<application>')!, {
        '<boundary>': `split(":", ${v})[1]`,
        '<application>': 'split(":", var.pinpoint_app_arn)[1]',
      }),
    rejects: 'arn:aws-cn:iam::aws:policy/Boundary',
  },
];

/** Maximum session duration rule, as {@link sessionDurationProblem}. */
export const SESSION_DURATION_RULES: readonly Rule[] = [
  ruleFrom(sessionDurationProblem, SESSION_DURATION.max + 1, (v) => `floor(${v}) == ${v} && ${v} >= ${SESSION_DURATION.min} && ${v} <= ${SESSION_DURATION.max}`),
];

/** S3 access rule, as the construct's check. */
export const S3_ACCESS_RULES: readonly Rule[] = [
  {
    passes: (v) => `contains(${hclList(S3_ACCESS_MODES)}, ${v})`,
    reason: () => templateText(`is not ${S3_ACCESS_MODES.map((m) => JSON.stringify(m)).join(' or ')}`),
    rejects: 'full',
  },
];

/** Tag key rules, as {@link tagKeyProblem}. */
export const TAG_KEY_RULES: readonly Rule[] = [
  lengthRule(tagKeyProblem, 'k'.repeat(TAG_LIMITS.keyLength + 1), (k) => `length(${k}) >= 1 && length(${k}) <= ${TAG_LIMITS.keyLength}`),
  ruleFrom(tagKeyProblem, 'aws:team', (k) => `!startswith(lower(${k}), "aws:")`),
  ruleFrom(tagKeyProblem, 'team#1', (k) => matches(TAG_CHARS.source, k)),
];

/** Tag value rules, as {@link tagValueProblem}. */
export const TAG_VALUE_RULES: readonly Rule[] = [
  lengthRule(tagValueProblem, 'v'.repeat(TAG_LIMITS.valueLength + 1), (v) => `length(${v}) <= ${TAG_LIMITS.valueLength}`),
  ruleFrom(tagValueProblem, 'growth#1', (v) => matches(TAG_CHARS.source, v)),
];
