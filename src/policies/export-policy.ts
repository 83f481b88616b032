import { s3Arn } from './arn';
import { POLICY_VERSION, type PolicyDocument } from './document';

/** The S3 access modes, in the order they are documented. */
export const S3_ACCESS_MODES = ['documented', 'minimal'] as const;

/** How much S3 access the export role gets. */
export type S3AccessMode = (typeof S3_ACCESS_MODES)[number];

/** Inputs of the S3 export policy. */
export interface ExportPolicyInput {
  /** Partition of the application ARN; every S3 ARN uses it. */
  readonly partition: string;
  /** Bucket that receives the exports. */
  readonly bucket: string;
  /** Folder (key prefix without trailing slash) inside the bucket. */
  readonly folder: string;
  /** `documented` reproduces AWS's published policy; `minimal` is the least-privilege form. */
  readonly mode: S3AccessMode;
}

/** Builds the S3 policy that lets Pinpoint write exports into one folder of one bucket. */
export function buildExportPolicy(input: ExportPolicyInput): PolicyDocument {
  return input.mode === 'minimal' ? minimalPolicy(input) : documentedPolicy(input);
}

/**
 * The four statements of AWS's documented export policy, with bucket and folder substituted.
 * Sids are AWS's own, so reviewers can compare against the documentation line by line.
 */
function documentedPolicy({ partition, bucket, folder }: ExportPolicyInput): PolicyDocument {
  const bucketArn = s3Arn(partition, bucket);
  return {
    Version: POLICY_VERSION,
    Statement: [
      {
        Sid: 'AllowUserToSeeBucketListInTheConsole',
        Effect: 'Allow',
        Action: ['s3:ListAllMyBuckets', 's3:GetBucketLocation'],
        Resource: [s3Arn(partition, '*')],
      },
      {
        Sid: 'AllowRootAndHomeListingOfBucket',
        Effect: 'Allow',
        Action: ['s3:ListBucket'],
        Resource: [bucketArn],
        Condition: { StringEquals: { 's3:delimiter': ['/'], 's3:prefix': ['', `${folder}/`] } },
      },
      {
        Sid: 'AllowListingOfUserFolder',
        Effect: 'Allow',
        Action: ['s3:ListBucket'],
        Resource: [bucketArn],
        Condition: { StringLike: { 's3:prefix': [`${folder}/*`] } },
      },
      {
        Sid: 'AllowAllS3ActionsInUserFolder',
        Effect: 'Allow',
        Action: ['s3:*'],
        Resource: [s3Arn(partition, `${bucket}/${folder}/*`)],
      },
    ],
  };
}

/**
 * Least-privilege form: object writes under the folder, the bucket's location, and listing of the
 * folder's prefix only. AWS has not published the exact minimum Pinpoint needs, so this mode is opt-in.
 */
function minimalPolicy({ partition, bucket, folder }: ExportPolicyInput): PolicyDocument {
  const bucketArn = s3Arn(partition, bucket);
  return {
    Version: POLICY_VERSION,
    Statement: [
      {
        Sid: 'GetExportBucketLocation',
        Effect: 'Allow',
        Action: ['s3:GetBucketLocation'],
        Resource: [bucketArn],
      },
      {
        Sid: 'ListExportFolder',
        Effect: 'Allow',
        Action: ['s3:ListBucket'],
        Resource: [bucketArn],
        Condition: { StringLike: { 's3:prefix': [`${folder}/`, `${folder}/*`] } },
      },
      {
        Sid: 'WriteExportObjects',
        Effect: 'Allow',
        Action: ['s3:PutObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'],
        Resource: [s3Arn(partition, `${bucket}/${folder}/*`)],
      },
    ],
  };
}
