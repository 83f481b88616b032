import type { ApplicationArnParts } from '../policies/arn';
import type { S3AccessMode } from '../policies/export-policy';
import type { AccessGrant } from '../policies/access/grants';

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
}

/** Principals an access policy is attached to, by name, in the policy's account. */
export interface AccessAttachments {
  /** Role names. @default [] */
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

/** A validated config, ready to build stacks from. */
export interface ResolvedConfig {
  readonly exportRoles: readonly ResolvedExportRole[];
  readonly accessPolicies: readonly ResolvedAccessPolicy[];
}
