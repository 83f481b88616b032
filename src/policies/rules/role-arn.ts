/** Rules for IAM role ARNs that Terraform assumes (the provider's and the S3 backend's). */

import { patternRule } from './pattern-rule';

/** An IAM role ARN: `arn:<partition>:iam::<account>:role/<path/name>`. */
export const ROLE_ARN_PATTERN = '^arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}$';

/** The expected form, stated in every role ARN error. */
export const ROLE_ARN_FORM = 'arn:<partition>:iam::<12-digit account>:role/<path/name>';

/** Returns why `arn` is not an IAM role ARN, or undefined when it is. */
export const roleArnProblem = patternRule(ROLE_ARN_PATTERN, `an IAM role ARN; expected ${ROLE_ARN_FORM}`);

/** The partition and account of a role ARN that passed {@link roleArnProblem}. */
export function roleArnParts(arn: string): { partition: string; account: string } {
  const [, partition = '', , , account = ''] = arn.split(':');
  return { partition, account };
}

/** An STS external ID: 2-1224 characters of letters, digits and `+=,.@:/-_`. */
export const EXTERNAL_ID_PATTERN = '^[\\w+=,.@:/-]{2,1224}$';

/** Returns why `id` is not an STS external ID, or undefined when it is. */
export const externalIdProblem = patternRule(EXTERNAL_ID_PATTERN, "an STS external ID; expected 2-1224 characters of letters, digits and '+=,.@:/-_'");
