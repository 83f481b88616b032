/** Where a stack keeps its Terraform state, as written in the config file. */
export type BackendConfig = LocalBackendConfig | S3BackendConfig | CloudBackendConfig;

/** Local state files beside the project, one `terraform.<stack>.tfstate` per stack (the default). */
export interface LocalBackendConfig {
  readonly type: 'local';
}

/** S3 remote state with S3-native locking (`use_lockfile`); each stack's key is `<keyPrefix>/<stack>.tfstate`. */
export interface S3BackendConfig {
  readonly type: 's3';
  /** Bucket holding the state files. */
  readonly bucket: string;
  /** Region of that bucket. */
  readonly region: string;
  /** Key prefix, no leading or trailing slash. @default "pinpoint-iam" */
  readonly keyPrefix?: string;
  /** KMS key ARN (or alias ARN) that encrypts the state objects. @default the bucket's default encryption */
  readonly kmsKeyId?: string;
  /** Role the backend assumes to reach the bucket. @default the caller's credentials */
  readonly roleArn?: string;
}

/** HCP Terraform (or Terraform Enterprise) through a `cloud` block; each stack is workspace `<workspacePrefix><stack>`. */
export interface CloudBackendConfig {
  readonly type: 'cloud';
  /** Organization that owns the workspaces. */
  readonly organization: string;
  /** Host name of HCP Terraform or a Terraform Enterprise install. @default "app.terraform.io" */
  readonly hostname?: string;
  /** Project the workspaces belong to. @default the organization's default project */
  readonly project?: string;
  /** Prefix of each workspace name. @default "" */
  readonly workspacePrefix?: string;
}

/** A backend with its defaults filled in. */
export type ResolvedBackend =
  | LocalBackendConfig
  | (Required<Omit<S3BackendConfig, 'kmsKeyId' | 'roleArn'>> & Pick<S3BackendConfig, 'kmsKeyId' | 'roleArn'>)
  | (Required<Omit<CloudBackendConfig, 'project'>> & Pick<CloudBackendConfig, 'project'>);
