import type { ApplicationArnParts } from '../policies/arn';
import type { S3AccessMode } from '../policies/export-policy';
import type { AccessGrant } from '../policies/access/grants';
import type { BackendConfig, ResolvedBackend } from '../backends/types';

/** How an account's resources are split into stacks: one per account, or one per account and region. */
export type StackPer = 'account' | 'region';

/** Settings of the stacks of one account, keyed in the config by its 12-digit ID. */
export interface AccountSettingsConfig {
  /** Role in this account that Terraform's AWS provider assumes. @default the caller's credentials */
  readonly assumeRoleArn?: string;
  /** External ID the role's trust policy requires; needs assumeRoleArn. @default none */
  readonly externalId?: string;
  /** Provider region of a per-account stack, and home of access policies that name no region. @default the first export role's region */
  readonly region?: string;
  /** Split this account's stacks by region. @default the top-level stackPer */
  readonly stackPer?: StackPer;
  /** Where this account's stacks keep state. @default the top-level backend */
  readonly backend?: BackendConfig;
}

/** One export role as written in the config file. */
export interface ExportRoleConfig {
  /** Pinpoint application (project) ARN; account, region and partition come from it. */
  readonly applicationArn: string;
  /** S3 bucket that receives endpoint and segment exports. */
  readonly bucket: string;
  /** Folder (key prefix, no trailing slash) inside the bucket. */
  readonly folder: string;
  /** Role name. @default derived: `pinpoint-export-<first 12 of app id>-<hash of bucket/folder>` */
  readonly roleName?: string;
  /** Managed policy name. @default `<roleName>-s3` */
  readonly policyName?: string;
  /** IAM path of the role and policy. @default "/" */
  readonly path?: string;
  /** Description of the role and policy. @default derived from project, bucket and folder */
  readonly description?: string;
  /** ARN of a managed policy used as the role's permissions boundary. @default none */
  readonly permissionsBoundary?: string;
  /** Maximum session duration in seconds. @default 3600 */
  readonly maxSessionDuration?: number;
  /** Tags for the role and policy. @default {} */
  readonly tags?: Readonly<Record<string, string>>;
  /** `documented` (AWS's published policy) or `minimal` (least privilege). @default "documented" */
  readonly s3Access?: S3AccessMode;
}

/** The config file. */
export interface PinpointIamConfig {
  /** Editor hint pointing at the shipped JSON Schema; ignored by the tool. @default none */
  readonly $schema?: string;
  /** Roles Pinpoint assumes to write exports to S3. @default [] */
  readonly exportRoles?: readonly ExportRoleConfig[];
  /** Identity policies granting Pinpoint access to people and apps. @default [] */
  readonly accessPolicies?: readonly AccessPolicyConfig[];
  /** Where every stack keeps its state, unless its account says otherwise. @default { type: "local" } */
  readonly backend?: BackendConfig;
  /** One stack per account, or per account and region. @default "account" */
  readonly stackPer?: StackPer;
  /** Per-account settings (provider role, region, split, backend), keyed by account ID. @default {} */
  readonly accounts?: Readonly<Record<string, AccountSettingsConfig>>;
}

/** Principals an access policy is attached to, by name, in the policy's account. */
export interface AccessAttachments {
  /** Role names (in a construct, also tokens such as `role.name`, which order the attachment after the role). @default [] */
  readonly roles?: readonly string[];
  /** Group names. @default [] */
  readonly groups?: readonly string[];
  /** User names. @default [] */
  readonly users?: readonly string[];
}

/** One access policy as written in the config file. */
export interface AccessPolicyConfig {
  /** Managed policy name, unique in its account. */
  readonly name: string;
  /** Description of the policy. @default none */
  readonly description?: string;
  /** IAM path of the policy. @default "/" */
  readonly path?: string;
  /** Tags for the policy. @default {} */
  readonly tags?: Readonly<Record<string, string>>;
  /** What the policy allows: presets and custom statements, all in one account. */
  readonly grants: readonly AccessGrant[];
  /** Roles, groups and users to attach it to. @default attached to nothing */
  readonly attachTo?: AccessAttachments;
}

/** An access policy, checked against the IAM catalogue, with defaults filled and its account found. */
export interface ResolvedAccessPolicy {
  readonly name: string;
  readonly description?: string;
  readonly path: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly grants: readonly AccessGrant[];
  readonly attachTo: Required<AccessAttachments>;
  /** The account all grants target: the policy goes into that account's stack. */
  readonly account: string;
  /** The partition of its ARNs. */
  readonly partition: string;
  /** A region its grants name, if any (the stack's provider region when the account has no export role). */
  readonly region?: string;
}

/** An export role with every default filled in and its application ARN parsed. */
export interface ResolvedExportRole {
  readonly applicationArn: string;
  readonly app: ApplicationArnParts;
  readonly bucket: string;
  readonly folder: string;
  readonly roleName: string;
  readonly policyName: string;
  readonly path: string;
  readonly description: string;
  readonly permissionsBoundary?: string;
  readonly maxSessionDuration: number;
  readonly tags: Readonly<Record<string, string>>;
  readonly s3Access: S3AccessMode;
}

/** The role Terraform's AWS provider assumes for an account. */
export interface AssumeRole {
  /** ARN of a role in the account the stack manages. */
  readonly roleArn: string;
  /** External ID the role's trust policy requires. @default none */
  readonly externalId?: string;
}

/** An account's stack settings, with the top-level defaults filled in. */
export interface ResolvedAccountSettings {
  /** Role the provider assumes. @default the caller's credentials */
  readonly assumeRole?: AssumeRole;
  /** Provider region of a per-account stack, and home of region-less access policies. @default the first entry's region */
  readonly region?: string;
  /** One stack per account, or per account and region. */
  readonly stackPer: StackPer;
  /** Where the account's stacks keep state. */
  readonly backend: ResolvedBackend;
}

/** A validated config, ready to build stacks from. */
export interface ResolvedConfig {
  readonly exportRoles: readonly ResolvedExportRole[];
  readonly accessPolicies: readonly ResolvedAccessPolicy[];
  /** Settings of accounts the config does not list. @default local state, one stack per account */
  readonly defaults?: ResolvedAccountSettings;
  /** Settings of the accounts the config lists, by account ID. @default {} */
  readonly accounts?: Readonly<Record<string, ResolvedAccountSettings>>;
}
