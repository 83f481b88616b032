import { APPLICATION_ARN_FORM, APPLICATION_ARN_PATTERN, applicationArnProblem, parseApplicationArn } from '../policies/arn';
import { BUCKET_PATTERN, bucketNameProblem } from '../policies/rules/bucket';
import { FOLDER_PATTERN, folderProblem } from '../policies/rules/folder';
import {
  descriptionProblem,
  PATH_PATTERN,
  pathProblem,
  POLICY_NAME_PATTERN,
  policyNameProblem,
  ROLE_NAME_PATTERN,
  roleNameProblem,
  SESSION_DURATION,
  TAG_LIMITS,
  tagKeyProblem,
  tagValueProblem,
} from '../policies/rules/iam-names';
import { EXPORT_ROLE_DEFAULTS } from '../policies/names';
import { S3_ACCESS_MODES } from '../policies/export-policy';
import { boundaryPartitionProblem, POLICY_ARN_PATTERN, policyArnProblem } from '../policies/rules/policy-arn';
import type { MapSpec, ObjectSpec } from './spec';
import type { ExportRoleConfig } from './types';

/** Tags as IAM accepts them: at most 50, keys 1-128 and values 0-256 characters. */
export const TAGS_SPEC: MapSpec = {
  kind: 'map',
  description: `Tags for the role and policy: at most ${TAG_LIMITS.maxTags}, keys 1-${TAG_LIMITS.keyLength} and values up to ${TAG_LIMITS.valueLength} characters.`,
  maxProperties: TAG_LIMITS.maxTags,
  keyCheck: tagKeyProblem,
  values: { kind: 'string', description: 'Tag value.', maxLength: TAG_LIMITS.valueLength, check: tagValueProblem },
};

const fields = {
  applicationArn: {
    required: true,
    spec: {
      kind: 'string',
      description: `Amazon Pinpoint application (project) ARN, ${APPLICATION_ARN_FORM}. Account, region and partition come from it.`,
      pattern: APPLICATION_ARN_PATTERN,
      examples: ['arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef'],
      check: applicationArnProblem,
    },
  },
  bucket: {
    required: true,
    spec: { kind: 'string', description: 'S3 bucket that receives the exports.', pattern: BUCKET_PATTERN, check: bucketNameProblem },
  },
  folder: {
    required: true,
    spec: {
      kind: 'string',
      description: 'Folder (key prefix without a trailing slash) inside the bucket; Pinpoint may write only below it.',
      pattern: FOLDER_PATTERN,
      examples: ['Exports'],
      check: folderProblem,
    },
  },
  roleName: {
    spec: { kind: 'string', description: 'Role name; default derived from the application ID and bucket/folder.', pattern: ROLE_NAME_PATTERN, check: roleNameProblem },
  },
  policyName: {
    spec: { kind: 'string', description: 'Managed policy name; default `<roleName>-s3`.', pattern: POLICY_NAME_PATTERN, check: policyNameProblem },
  },
  path: {
    spec: { kind: 'string', description: "IAM path of the role and the policy, '/' or '/segment/.../'.", pattern: PATH_PATTERN, default: EXPORT_ROLE_DEFAULTS.path, check: pathProblem },
  },
  description: {
    spec: { kind: 'string', description: 'Description of the role and the policy (at most 1000 characters).', maxLength: 1000, check: descriptionProblem },
  },
  permissionsBoundary: {
    spec: {
      kind: 'string',
      description: 'ARN of a managed policy to set as the role\'s permissions boundary.',
      pattern: POLICY_ARN_PATTERN,
      check: policyArnProblem,
    },
  },
  maxSessionDuration: {
    spec: {
      kind: 'integer',
      description: `Maximum session duration in seconds, ${SESSION_DURATION.min}-${SESSION_DURATION.max}.`,
      minimum: SESSION_DURATION.min,
      maximum: SESSION_DURATION.max,
      default: EXPORT_ROLE_DEFAULTS.maxSessionDuration,
    },
  },
  tags: { spec: TAGS_SPEC },
  s3Access: {
    spec: {
      kind: 'string',
      description: '`documented` reproduces AWS\'s published export policy; `minimal` is the opt-in least-privilege form.',
      enum: S3_ACCESS_MODES,
      default: EXPORT_ROLE_DEFAULTS.s3Access,
    },
  },
} as const satisfies Record<keyof ExportRoleConfig, ObjectSpec['fields'][string]>;

/** The spec of one entry of `exportRoles`. */
export const EXPORT_ROLE_SPEC: ObjectSpec = {
  kind: 'object',
  description: 'A role that Amazon Pinpoint assumes to write endpoint and segment exports into one folder of one bucket.',
  fields,
  check: (role) => {
    const app = parseApplicationArn(String(role['applicationArn']));
    const boundary = role['permissionsBoundary'];
    const problem = app.ok && typeof boundary === 'string' ? boundaryPartitionProblem(boundary.split(':')[1] ?? '', app.value.partition) : undefined;
    return problem ? [{ field: 'permissionsBoundary', problem }] : [];
  },
};
