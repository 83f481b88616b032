import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Fn, Op, TerraformLocal, Token } from 'cdktf';
import { Construct } from 'constructs';
import { documentProblems, trustProblems } from '../policies/checks';
import { policyJson, type PolicyDocument } from '../policies/document';
import { buildExportPolicy, type S3AccessMode } from '../policies/export-policy';
import { defaultDescription, defaultPolicyName, EXPORT_ROLE_DEFAULTS } from '../policies/names';
import { buildTrustPolicy, PINPOINT_SERVICE_PRINCIPAL } from '../policies/trust-policy';
import { appParts, defaultRoleNameOf, propProblems, type PinpointExportRoleProps } from './export-role-props';

export type { PinpointExportRoleProps } from './export-role-props';

/**
 * The IAM that lets Amazon Pinpoint export endpoints and segments into one folder of one
 * S3 bucket: an `aws_iam_policy`, an `aws_iam_role` that only Pinpoint, acting for one
 * project of one account, may assume, and the attachment between them.
 *
 * Props are validated on construction (literal values only; tokens are checked by
 * Terraform) and every policy document is checked against the security properties
 * before anything is synthesized.
 */
export class PinpointExportRole extends Construct {
  /** The role Pinpoint assumes. */
  readonly role: IamRole;
  /** The managed S3 policy. */
  readonly policy: IamPolicy;
  /** The attachment of the policy to the role. */
  readonly attachment: IamRolePolicyAttachment;
  /** The S3 policy document, as emitted; when `s3Access` is a token, the documented form (see {@link policyDocuments}). */
  readonly policyDocument: PolicyDocument;
  /** Every S3 policy document the role may get: the one for a literal `s3Access`, or both when it is a token. */
  readonly policyDocuments: Readonly<Partial<Record<S3AccessMode, PolicyDocument>>>;
  /** The trust policy document, as emitted. */
  readonly trustDocument: PolicyDocument;

  constructor(scope: Construct, id: string, props: PinpointExportRoleProps) {
    super(scope, id);
    const problems = propProblems(props);
    if (problems.length > 0) throw new Error(`PinpointExportRole ${this.node.path}: invalid props:\n  ${problems.join('\n  ')}`);

    const app = appParts(props.applicationArn);
    const roleName = props.roleName ?? defaultRoleNameOf(app, props.bucket, props.folder);
    const description = props.description ?? defaultDescription(app.applicationId, props.bucket, props.folder);
    const mode = props.s3Access ?? EXPORT_ROLE_DEFAULTS.s3Access;
    const build = (m: S3AccessMode) => buildExportPolicy({ partition: app.partition, bucket: props.bucket, folder: props.folder, mode: m });
    // A token mode (a Terraform variable) is chosen at plan time, so both documents are emitted and checked.
    this.policyDocuments = Token.isUnresolved(mode) ? { documented: build('documented'), minimal: build('minimal') } : { [mode]: build(mode) };
    this.policyDocument = this.policyDocuments[Token.isUnresolved(mode) ? 'documented' : mode]!;
    this.trustDocument = buildTrustPolicy({ account: app.account, applicationArn: props.applicationArn });
    // Serialized once: the same text is token-checked and emitted.
    const policyJsons = Object.fromEntries(Object.entries(this.policyDocuments).map(([m, doc]) => [m, policyJson(doc)])) as Partial<Record<S3AccessMode, string>>;
    const trustJson = policyJson(this.trustDocument);
    this.assertDocuments(policyJsons, trustJson);

    const common = { path: props.path ?? EXPORT_ROLE_DEFAULTS.path, description, tags: props.tags ? { ...props.tags } : undefined };
    this.policy = new IamPolicy(this, 'policy', { ...common, name: props.policyName ?? defaultPolicyName(roleName), policy: this.policyExpression(mode, policyJsons) });
    this.role = new IamRole(this, 'role', {
      ...common,
      name: roleName,
      assumeRolePolicy: trustJson,
      maxSessionDuration: props.maxSessionDuration ?? EXPORT_ROLE_DEFAULTS.maxSessionDuration,
      permissionsBoundary: props.permissionsBoundary,
    });
    this.attachment = new IamRolePolicyAttachment(this, 'attachment', { role: this.role.name, policyArn: this.policy.arn });
  }

  /** The role's ARN (known after apply). */
  get roleArn(): string {
    return this.role.arn;
  }

  /** The role's name. */
  get roleName(): string {
    return this.role.name;
  }

  /** The policy's ARN (known after apply). */
  get policyArn(): string {
    return this.policy.arn;
  }

  /**
   * The policy JSON: literal for a literal mode, else `mode == "minimal" ? local.minimal_policy : local.documented_policy`.
   * Each document is a local because cdktf 0.21 does not escape the quotes of a string inside an expression.
   */
  private policyExpression(mode: string, jsons: Partial<Record<S3AccessMode, string>>): string {
    if (!Token.isUnresolved(mode)) return jsons[mode as S3AccessMode]!;
    const local = (m: S3AccessMode) => new TerraformLocal(this, `${m}_policy`, jsons[m]!).asString;
    return Fn.conditional(Op.eq(mode, 'minimal'), local('minimal'), local('documented')) as string;
  }

  private assertDocuments(policyJsons: Partial<Record<S3AccessMode, string>>, trustJson: string): void {
    const modes = Object.keys(this.policyDocuments) as S3AccessMode[];
    const trustTokens = Token.isUnresolved(trustJson);
    const problems = [
      ...modes.flatMap((m) => documentProblems(this.policyDocuments[m]!, 'identity', Token.isUnresolved(policyJsons[m]!), policyJsons[m]).map((p) => `S3 policy ${p}`)),
      ...documentProblems(this.trustDocument, 'trust', trustTokens, trustJson).map((p) => `trust policy ${p}`),
      ...trustProblems(this.trustDocument, PINPOINT_SERVICE_PRINCIPAL, trustTokens).map((p) => `trust policy ${p}`),
    ];
    if (problems.length > 0) throw new Error(`PinpointExportRole ${this.node.path}: refusing to emit unsafe IAM:\n  ${problems.join('\n  ')}`);
  }
}
