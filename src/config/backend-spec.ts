import { BACKEND_DEFAULTS } from '../backends/defaults';
import {
  HOSTNAME_PATTERN,
  hostnameProblem,
  KEY_PREFIX_PATTERN,
  keyPrefixProblem,
  KMS_KEY_ARN_PATTERN,
  kmsKeyArnProblem,
  ORGANIZATION_PATTERN,
  organizationProblem,
  PROJECT_PATTERN,
  projectProblem,
  WORKSPACE_PREFIX_PATTERN,
  workspacePrefixProblem,
} from '../backends/rules';
import type { BackendConfig, CloudBackendConfig, LocalBackendConfig, S3BackendConfig } from '../backends/types';
import { oneOf } from '../policies/did-you-mean';
import { BUCKET_PATTERN, bucketNameProblem } from '../policies/rules/bucket';
import { ROLE_ARN_PATTERN, roleArnProblem } from '../policies/rules/role-arn';
import { plain, regionSpec } from './string-specs';
import type { ObjectSpec, StringSpec, UnionSpec } from './spec';

type Fields<T> = Record<keyof T, ObjectSpec['fields'][string]>;

const BACKEND_TYPES = ['local', 's3', 'cloud'] as const satisfies readonly BackendConfig['type'][];
const typeField = (name: BackendConfig['type']): { required: true; spec: StringSpec } => ({
  required: true,
  spec: { kind: 'string', description: `Selects the ${name} backend.`, enum: [name] },
});

const LOCAL: ObjectSpec = {
  kind: 'object',
  description: 'Local state files beside the project, one terraform.<stack>.tfstate per stack.',
  fields: { type: typeField('local') } satisfies Fields<LocalBackendConfig>,
};

const S3: ObjectSpec = {
  kind: 'object',
  description: 'S3 remote state with S3-native locking (use_lockfile, Terraform >= 1.10); each stack keeps <keyPrefix>/<stack>.tfstate.',
  fields: {
    type: typeField('s3'),
    bucket: { required: true, spec: { kind: 'string', description: 'Bucket holding the state files.', pattern: BUCKET_PATTERN, check: bucketNameProblem } },
    region: { required: true, spec: regionSpec('Region of the state bucket.') },
    keyPrefix: {
      spec: plain({ description: 'Key prefix of the state files, no leading or trailing slash.', pattern: KEY_PREFIX_PATTERN, default: BACKEND_DEFAULTS.s3KeyPrefix, check: keyPrefixProblem }),
    },
    kmsKeyId: { spec: plain({ description: 'KMS key (or alias) ARN that encrypts the state objects; default the bucket\'s encryption.', pattern: KMS_KEY_ARN_PATTERN, check: kmsKeyArnProblem }) },
    roleArn: { spec: plain({ description: 'Role the backend assumes to reach the bucket; default the caller\'s credentials.', pattern: ROLE_ARN_PATTERN, check: roleArnProblem }) },
  } satisfies Fields<S3BackendConfig>,
};

const CLOUD: ObjectSpec = {
  kind: 'object',
  description: 'HCP Terraform or Terraform Enterprise (a cloud block); each stack is the workspace <workspacePrefix><stack>.',
  fields: {
    type: typeField('cloud'),
    organization: { required: true, spec: plain({ description: 'Organization that owns the workspaces.', pattern: ORGANIZATION_PATTERN, check: organizationProblem }) },
    hostname: { spec: plain({ description: 'Host of HCP Terraform or Terraform Enterprise.', pattern: HOSTNAME_PATTERN, default: BACKEND_DEFAULTS.cloudHostname, check: hostnameProblem }) },
    project: { spec: plain({ description: 'Project the workspaces belong to; default the organization\'s default project.', pattern: PROJECT_PATTERN, check: projectProblem }) },
    workspacePrefix: {
      spec: plain({ description: 'Prefix of each workspace name.', pattern: WORKSPACE_PREFIX_PATTERN, default: BACKEND_DEFAULTS.workspacePrefix, check: workspacePrefixProblem }),
    },
  } satisfies Fields<CloudBackendConfig>,
};

/** The spec of a backend: local (the default), s3 or cloud, chosen by `type`. */
export const BACKEND_SPEC: UnionSpec = {
  kind: 'union',
  description: 'Where each stack keeps its Terraform state: { "type": "local" } (default), "s3" or "cloud". State keys and workspaces are derived from the stack name.',
  variants: [LOCAL, S3, CLOUD],
  select: (value) => {
    const type = value['type'];
    if (type === undefined) return `has no "type"; expected "type": ${oneOf(type, BACKEND_TYPES)}`;
    const index = BACKEND_TYPES.indexOf(type as BackendConfig['type']);
    return index >= 0 ? index : { field: 'type', problem: `is not ${oneOf(type, BACKEND_TYPES)}` };
  },
};
