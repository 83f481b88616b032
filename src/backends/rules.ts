/**
 * Rules for backend settings. Each returns why a value is wrong (starting with a verb) or
 * undefined; the caller quotes the value and names the field.
 */

import { patternRule } from '../policies/rules/pattern-rule';

/** S3 key prefix: `/`-separated segments of S3's safe characters, no empty, `.` or `..` segment. */
export const KEY_PREFIX_PATTERN = "^(?!.*(^|/)\\.{1,2}(/|$))[A-Za-z0-9!_.*'()=+,@-]+(/[A-Za-z0-9!_.*'()=+,@-]+)*$";
/** HCP Terraform organization names: letters, digits, `-` and `_`. */
export const ORGANIZATION_PATTERN = '^[A-Za-z0-9_-]{1,80}$';
/** HCP Terraform project names: 1-40 letters, digits, spaces, `-` and `_`. */
export const PROJECT_PATTERN = '^[A-Za-z0-9_-][A-Za-z0-9 _-]{0,39}$';
/** Workspace name prefix: letters, digits, `-` and `_`, short enough that prefix and stack name fit HCP's 90. */
export const WORKSPACE_PREFIX_PATTERN = '^[A-Za-z0-9_-]{0,40}$';
/** A host name, optionally with a port. */
export const HOSTNAME_PATTERN = '^(?=.{1,253}(:|$))[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\\d{1,5})?$';
/** A KMS key or alias ARN. */
export const KMS_KEY_ARN_PATTERN = '^arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key/[A-Za-z0-9-]{1,128}|alias/[A-Za-z0-9/_-]{1,250})$';


/** Checks an S3 state key prefix. */
export const keyPrefixProblem = patternRule(
  KEY_PREFIX_PATTERN,
  "an S3 key prefix; expected '/'-separated segments of letters, digits and !_.*'()=+,@- with no leading, trailing or doubled '/' and no '.' or '..' segment",
);
/** Checks an HCP Terraform organization name. */
export const organizationProblem = patternRule(ORGANIZATION_PATTERN, 'an organization name; expected 1-80 letters, digits, - and _');
/** Checks an HCP Terraform project name. */
export const projectProblem = patternRule(PROJECT_PATTERN, 'a project name; expected 1-40 letters, digits, spaces, - and _, not starting with a space');
/** Checks a workspace name prefix. */
export const workspacePrefixProblem = patternRule(WORKSPACE_PREFIX_PATTERN, 'a workspace name prefix; expected at most 40 letters, digits, - and _');
/** Checks a host name. */
export const hostnameProblem = patternRule(HOSTNAME_PATTERN, 'a host name such as "app.terraform.io" (lower case, optional ":port", no scheme or path)');
/** Checks a KMS key ARN. */
export const kmsKeyArnProblem = patternRule(KMS_KEY_ARN_PATTERN, 'a KMS key ARN; expected arn:<partition>:kms:<region>:<account>:key/<id> or …:alias/<name>');
