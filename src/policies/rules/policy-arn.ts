/** Rules for the permissions boundary: a managed policy ARN in the application's partition. */

import { patternRule } from './pattern-rule';

/** IAM managed policy ARN, for permissions boundaries. */
export const POLICY_ARN_PATTERN = '^arn:aws[a-z-]*:iam::(\\d{12}|aws):policy/[\\w+=,.@/-]{1,512}$';

/** Returns why `arn` is not a managed policy ARN, or undefined when it is. */
export const policyArnProblem = patternRule(POLICY_ARN_PATTERN, 'a managed policy ARN; expected arn:<partition>:iam::<account or aws>:policy/<path/name>');

/** Returns why a boundary in `partition` does not fit an application in `appPartition`, or undefined. */
export function boundaryPartitionProblem(partition: string, appPartition: string): string | undefined {
  return partition === appPartition
    ? undefined
    : `is in partition "${partition}" but the application is in "${appPartition}"; every ARN must use the application's partition`;
}
