/**
 * The inputs and outputs of the generated Terraform module, as data: the module stack declares
 * them and the module README tables are rendered from them, so the two cannot disagree.
 */
import { APPLICATION_ARN_FORM } from '../policies/arn';
import { S3_ACCESS_MODES } from '../policies/export-policy';
import { EXPORT_ROLE_DEFAULTS } from '../policies/names';
import { SESSION_DURATION, TAG_LIMITS } from '../policies/rules/iam-names';
import {
  APPLICATION_ARN_RULES,
  BUCKET_RULES,
  DESCRIPTION_RULES,
  FOLDER_RULES,
  PATH_RULES,
  PERMISSIONS_BOUNDARY_RULES,
  POLICY_NAME_RULES,
  ROLE_NAME_RULES,
  S3_ACCESS_RULES,
  SESSION_DURATION_RULES,
  TAG_KEY_RULES,
  TAG_VALUE_RULES,
} from './module-rules';
import { mapKeyValidations, mapValueValidations, scalarValidations, type VariableValidation } from './module-validation';
import type { PinpointExportRoleProps } from '../constructs/pinpoint-export-role';

/** One input variable of the module. */
export interface ModuleVariable {
  /** The variable's name, in Terraform's snake_case. */
  readonly name: string;
  /** The construct prop it feeds. */
  readonly prop: keyof PinpointExportRoleProps;
  /** Terraform type constraint. */
  readonly type: 'string' | 'number' | 'map(string)';
  /** One or two sentences for `description` and the README. */
  readonly description: string;
  /** Whether the caller must set it. */
  readonly required: boolean;
  /** The default when optional; `null` means "derived", and the module computes it as the construct does. @default none (required) */
  readonly default?: string | number | Readonly<Record<string, string>> | null;
  /** Terraform `validation` blocks, in the order the TypeScript rules check. */
  readonly validations: readonly VariableValidation[];
}

/** One output of the module. */
export interface ModuleOutput {
  /** The output's name. */
  readonly name: string;
  /** What it holds. */
  readonly description: string;
}

const required = (name: string, prop: ModuleVariable['prop'], description: string, validations: readonly VariableValidation[]): ModuleVariable => ({
  name,
  prop,
  type: 'string',
  description,
  required: true,
  validations,
});

/** The module's input variables, in the order the README lists them. */
export const MODULE_VARIABLES: readonly ModuleVariable[] = [
  required(
    'pinpoint_app_arn',
    'applicationArn',
    `Amazon Pinpoint application (project) ARN, \`${APPLICATION_ARN_FORM}\`. Account and partition come from it.`,
    scalarValidations('pinpoint_app_arn', false, APPLICATION_ARN_RULES),
  ),
  required('bucket_name', 'bucket', 'S3 bucket that receives the endpoint and segment exports.', scalarValidations('bucket_name', false, BUCKET_RULES)),
  required(
    'folder',
    'folder',
    'Folder (key prefix without a trailing slash) inside the bucket; Pinpoint may write only below it.',
    scalarValidations('folder', false, FOLDER_RULES),
  ),
  {
    name: 'role_name',
    prop: 'roleName',
    type: 'string',
    description: 'Role name. Default (null): `pinpoint-export-<first 12 of the app ID>-<first 8 hex of sha256("bucket/folder")>`.',
    required: false,
    default: null,
    validations: scalarValidations('role_name', true, ROLE_NAME_RULES),
  },
  {
    name: 'policy_name',
    prop: 'policyName',
    type: 'string',
    description: 'Managed policy name. Default (null): `<role name>-s3`.',
    required: false,
    default: null,
    validations: scalarValidations('policy_name', true, POLICY_NAME_RULES),
  },
  {
    name: 'path',
    prop: 'path',
    type: 'string',
    description: "IAM path of the role and the policy, '/' or '/segment/.../'.",
    required: false,
    default: EXPORT_ROLE_DEFAULTS.path,
    validations: scalarValidations('path', false, PATH_RULES),
  },
  {
    name: 'description',
    prop: 'description',
    type: 'string',
    description: 'Description of the role and the policy (at most 1000 characters). Default (null) names the project, bucket and folder.',
    required: false,
    default: null,
    validations: scalarValidations('description', true, DESCRIPTION_RULES),
  },
  {
    name: 'permissions_boundary_arn',
    prop: 'permissionsBoundary',
    type: 'string',
    description: "ARN of a managed policy to set as the role's permissions boundary, in the application's partition. Default (null): no boundary.",
    required: false,
    default: null,
    validations: scalarValidations('permissions_boundary_arn', true, PERMISSIONS_BOUNDARY_RULES),
  },
  {
    name: 'max_session_duration',
    prop: 'maxSessionDuration',
    type: 'number',
    description: `Maximum session duration of the role in seconds, ${SESSION_DURATION.min}-${SESSION_DURATION.max}.`,
    required: false,
    default: EXPORT_ROLE_DEFAULTS.maxSessionDuration,
    validations: scalarValidations('max_session_duration', false, SESSION_DURATION_RULES),
  },
  {
    name: 'tags',
    prop: 'tags',
    type: 'map(string)',
    description: `Tags for the role and the policy: at most ${TAG_LIMITS.maxTags}, keys 1-${TAG_LIMITS.keyLength} and values up to ${TAG_LIMITS.valueLength} characters.`,
    required: false,
    default: {},
    validations: [
      {
        condition: `length(var.tags) <= ${TAG_LIMITS.maxTags}`,
        errorMessage: `tags: has \${length(var.tags)} tags; expected at most ${TAG_LIMITS.maxTags}`,
        rejects: Object.fromEntries(Array.from({ length: TAG_LIMITS.maxTags + 1 }, (_, i) => [`tag${i}`, 'value'])),
      },
      ...mapKeyValidations('tags', TAG_KEY_RULES),
      ...mapValueValidations('tags', TAG_VALUE_RULES),
    ],
  },
  {
    name: 's3_access',
    prop: 's3Access',
    type: 'string',
    description: `${S3_ACCESS_MODES.map((m) => `\`${m}\``).join(' or ')}: \`documented\` reproduces AWS's published export policy; \`minimal\` is the opt-in least-privilege form (AWS has not published the exact minimum).`,
    required: false,
    default: EXPORT_ROLE_DEFAULTS.s3Access,
    validations: scalarValidations('s3_access', false, S3_ACCESS_RULES),
  },
];

/** The module's outputs. */
export const MODULE_OUTPUTS: readonly ModuleOutput[] = [
  { name: 'role_arn', description: 'ARN of the export role; give it to Pinpoint as the export job role (known after apply).' },
  { name: 'role_name', description: 'Name of the export role.' },
  { name: 'policy_arn', description: 'ARN of the managed S3 policy attached to the role (known after apply).' },
];
