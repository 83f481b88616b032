import { Fn, Token } from 'cdktf';
import { applicationArnProblem, parseApplicationArn } from '../policies/arn';
import { defaultRoleName } from '../policies/names';
import { S3_ACCESS_MODES, type S3AccessMode } from '../policies/export-policy';
import { bucketNameProblem } from '../policies/rules/bucket';
import { folderProblem } from '../policies/rules/folder';
import {
  descriptionProblem,
  pathProblem,
  policyNameProblem,
  roleNameProblem,
  sessionDurationProblem,
} from '../policies/rules/iam-names';
import { checkLiteral, tagProblems, type Rule } from './prop-checks';

/** Props of {@link PinpointExportRole}. Any string may be an unresolved token (a Terraform variable, say). */
export interface PinpointExportRoleProps {
  /** Amazon Pinpoint application (project) ARN; account, region and partition come from it. */
  readonly applicationArn: string;
  /** S3 bucket that receives the exports. */
  readonly bucket: string;
  /** Folder (key prefix without trailing slash) inside the bucket. */
  readonly folder: string;
  /** Role name. @default `pinpoint-export-<first 12 of app id>-<first 8 hex of sha256("bucket/folder")>` */
  readonly roleName?: string;
  /** Managed policy name. @default `<roleName>-s3` */
  readonly policyName?: string;
  /** IAM path of the role and the policy. @default "/" */
  readonly path?: string;
  /** Description of the role and the policy. @default names the project, bucket and folder */
  readonly description?: string;
  /** ARN of the permissions boundary policy. @default no boundary */
  readonly permissionsBoundary?: string;
  /** Maximum session duration, seconds (3600-43200). @default 3600 */
  readonly maxSessionDuration?: number;
  /** Tags for the role and the policy. @default no tags */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * `documented` (AWS's published policy) or `minimal` (least privilege). A token (a Terraform
   * variable) is allowed: both documents are then emitted and checked, and Terraform picks one.
   * @default "documented"
   */
  readonly s3Access?: S3AccessMode;
}

/** The application's parts, literal or as Terraform expressions when the ARN is a token. */
export interface AppParts {
  readonly partition: string;
  readonly account: string;
  readonly applicationId: string;
}

/** Splits the application ARN; for a token, builds `element(split(":", arn), n)` expressions instead. */
export function appParts(applicationArn: string): AppParts {
  if (!Token.isUnresolved(applicationArn)) {
    const parsed = parseApplicationArn(applicationArn);
    if (parsed.ok) return parsed.value;
  }
  const segment = (n: number) => Fn.element(Fn.split(':', applicationArn), n) as string;
  return {
    partition: segment(1),
    account: segment(4),
    applicationId: Fn.element(Fn.split('/', segment(5)), 1) as string,
  };
}

/** The default role name; the same rule in TypeScript and, for tokens, in Terraform functions. */
export function defaultRoleNameOf(app: AppParts, bucket: string, folder: string): string {
  if ([app.applicationId, bucket, folder].some((v) => Token.isUnresolved(v))) {
    // format() rather than a template string: cdktf 0.21 cannot nest `${}` templates inside function arguments.
    const digest = Fn.substr(Fn.sha256(Fn.format('%s/%s', [bucket, folder])), 0, 8);
    return Fn.format('pinpoint-export-%s-%s', [Fn.substr(app.applicationId, 0, 12), digest]) as string;
  }
  return defaultRoleName(app.applicationId, bucket, folder);
}

/** Checks every literal prop; tokens are skipped because their values are known only at plan time. */
export function propProblems(props: PinpointExportRoleProps): string[] {
  const problems: string[] = [];
  const check = (name: string, value: string | undefined, rule: Rule) => checkLiteral(problems, name, value, rule);
  check('applicationArn', props.applicationArn, applicationArnProblem);
  check('bucket', props.bucket, bucketNameProblem);
  check('folder', props.folder, folderProblem);
  check('roleName', props.roleName, roleNameProblem);
  check('policyName', props.policyName, policyNameProblem);
  check('path', props.path, pathProblem);
  check('description', props.description, descriptionProblem);
  const seconds = props.maxSessionDuration;
  if (seconds !== undefined && !Token.isUnresolved(seconds) && sessionDurationProblem(seconds)) {
    problems.push(`maxSessionDuration: ${seconds} ${sessionDurationProblem(seconds)}`);
  }
  check('s3Access', props.s3Access, (v) => (S3_ACCESS_MODES.includes(v as S3AccessMode) ? undefined : 'is not "documented" or "minimal"'));
  problems.push(...tagProblems(props.tags));
  return problems;
}
