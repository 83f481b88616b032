import type { ApplicationArnParts } from '../policies/arn';
import type { S3AccessMode } from '../policies/export-policy';

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
}
