import { createHash } from 'node:crypto';
import type { S3AccessMode } from './export-policy';
import { SESSION_DURATION } from './rules/iam-names';

/** Defaults of an export role's optional settings: one source for the config, the construct and the module. */
export const EXPORT_ROLE_DEFAULTS: { readonly path: string; readonly maxSessionDuration: number; readonly s3Access: S3AccessMode } = {
  path: '/',
  maxSessionDuration: SESSION_DURATION.min,
  s3Access: 'documented',
};

/** Defaults of an access policy, shared by the config spec, the resolver and the construct. */
export const ACCESS_POLICY_DEFAULTS: { readonly path: string } = { path: EXPORT_ROLE_DEFAULTS.path };

/**
 * The default export role name: stable, unique per application and bucket/folder, and well
 * inside IAM's 64 characters. The module path computes the same name with Terraform's
 * `substr` and `sha256`, so both paths agree.
 */
export function defaultRoleName(applicationId: string, bucket: string, folder: string): string {
  return `pinpoint-export-${applicationId.slice(0, 12)}-${exportDigest(bucket, folder)}`;
}

/** The default managed policy name for a role. */
export function defaultPolicyName(roleName: string): string {
  return `${roleName}-s3`;
}

/** The default description of the role and the policy; the module path builds it from Terraform expressions. */
export function defaultDescription(applicationId: string, bucket: string, folder: string): string {
  return `Lets Amazon Pinpoint project ${applicationId} export to s3://${bucket}/${folder}/`;
}

/** First 8 hex characters of sha256("bucket/folder"). */
export function exportDigest(bucket: string, folder: string): string {
  return createHash('sha256').update(`${bucket}/${folder}`).digest('hex').slice(0, 8);
}
