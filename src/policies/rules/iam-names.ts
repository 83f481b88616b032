/** IAM naming and quota rules for roles, policies, groups, users, paths and tags. */

import { patternRule } from './pattern-rule';

/** Role names: IAM's character set, 1-64 characters. */
export const ROLE_NAME_PATTERN = '^[\\w+=,.@-]{1,64}$';
/** Managed policy names: IAM's character set, 1-128 characters. */
export const POLICY_NAME_PATTERN = '^[\\w+=,.@-]{1,128}$';
/** IAM group names: the policy-name rule (IAM's character set, 1-128 characters). */
export const GROUP_NAME_PATTERN = POLICY_NAME_PATTERN;
/** IAM user names: the role-name rule (IAM's character set, 1-64 characters). */
export const USER_NAME_PATTERN = ROLE_NAME_PATTERN;
/** IAM paths: `/` or `/segment/.../`, at most 512 characters. */
export const PATH_PATTERN = '^/([\\u0021-\\u007e]+/)?$';
/** Session duration bounds, seconds. */
export const SESSION_DURATION = { min: 3600, max: 43200 } as const;
/** IAM tag quotas. */
export const TAG_LIMITS = { maxTags: 50, keyLength: 128, valueLength: 256 } as const;
/** IAM's tag character set (Unicode letters, digits, space and `_ . : / = + - @`). */
export const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

const NAME_CHARS = 'letters, digits and +=,.@_-';

/** Returns why `name` is not a valid role name, or undefined. */
export const roleNameProblem = patternRule(ROLE_NAME_PATTERN, `a valid role name; expected 1-64 characters of ${NAME_CHARS}`);
/** Returns why `name` is not a valid managed policy name, or undefined. */
export const policyNameProblem = patternRule(POLICY_NAME_PATTERN, `a valid policy name; expected 1-128 characters of ${NAME_CHARS}`);
/** Returns why `name` is not a valid group name, or undefined. */
export const groupNameProblem = patternRule(GROUP_NAME_PATTERN, `a valid group name; expected 1-128 characters of ${NAME_CHARS}`);
/** Returns why `name` is not a valid user name, or undefined. */
export const userNameProblem = patternRule(USER_NAME_PATTERN, `a valid user name; expected 1-64 characters of ${NAME_CHARS}`);

/** Returns why `path` is not a valid IAM path, or undefined. */
export function pathProblem(path: string): string | undefined {
  if (path.length > 512) return `is ${path.length} characters long; expected an IAM path of at most 512 characters`;
  return new RegExp(PATH_PATTERN).test(path)
    ? undefined
    : "is not an IAM path; expected '/' or '/segment/.../' (starts and ends with '/', printable ASCII)";
}

/** Returns why `seconds` is not a valid maximum session duration, or undefined. */
export function sessionDurationProblem(seconds: number): string | undefined {
  const { min, max } = SESSION_DURATION;
  return Number.isInteger(seconds) && seconds >= min && seconds <= max
    ? undefined
    : `is not a whole number of seconds from ${min} to ${max}`;
}

/** Returns why `description` is not a valid IAM description, or undefined. */
export function descriptionProblem(description: string): string | undefined {
  if (description.length > 1000) return `is ${description.length} characters long; expected at most 1000`;
  // IAM descriptions accept tab, LF, CR and U+0020-U+00FF only.
  if (/[^\t\n\r\u0020-\u00ff]/.test(description)) return 'contains characters IAM does not accept; expected tab, LF, CR or U+0020-U+00FF';
  if (/[$%]\{/.test(description)) return "contains '${' or '%{', which Terraform would evaluate; remove it";
  return undefined;
}

/** Returns why a tag key is invalid, or undefined. */
export function tagKeyProblem(key: string): string | undefined {
  if (key.length < 1 || key.length > TAG_LIMITS.keyLength) {
    return `is ${key.length} characters long; expected a tag key of 1-${TAG_LIMITS.keyLength} characters`;
  }
  if (key.toLowerCase().startsWith('aws:')) return "starts with the reserved prefix 'aws:'; expected a key that does not start with 'aws:' in any case";
  // TAG_CHARS has no '$', '%' or '{', so it also keeps out '${' and '%{', which Terraform would evaluate.
  if (!TAG_CHARS.test(key)) return 'has characters IAM tags do not accept; expected letters, digits, spaces and _.:/=+-@';
  return undefined;
}

/** Returns why a tag value is invalid, or undefined. */
export function tagValueProblem(value: string): string | undefined {
  if (value.length > TAG_LIMITS.valueLength) {
    return `is ${value.length} characters long; expected a tag value of at most ${TAG_LIMITS.valueLength} characters`;
  }
  if (!TAG_CHARS.test(value)) return 'has characters IAM tags do not accept; expected letters, digits, spaces and _.:/=+-@';
  return undefined;
}
