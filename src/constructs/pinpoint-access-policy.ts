import { ACCESS_POLICY_DEFAULTS } from '../policies/names';
import { IamGroupPolicyAttachment } from '@cdktf/provider-aws/lib/iam-group-policy-attachment';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { IamUserPolicyAttachment } from '@cdktf/provider-aws/lib/iam-user-policy-attachment';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { checkAccessPolicy } from '../policies/access/validate';
import { policyJson, type PolicyDocument } from '../policies/document';
import { accessPropProblems, type PinpointAccessPolicyProps } from './access-policy-props';

export type { AccessPolicyAttachments, PinpointAccessPolicyProps } from './access-policy-props';

/**
 * An identity-based policy that grants Amazon Pinpoint access to people and apps: one
 * `aws_iam_policy` built from presets and custom statements, and its attachments to existing
 * roles, groups and users (`aws_iam_{role,group,user}_policy_attachment`, by name).
 *
 * The grants are checked against the IAM service-authorization catalogue on construction
 * (known actions, resources some action acts on, supported condition keys, one account), and
 * the document must pass the security checks and the 6,144-character quota before anything is
 * synthesized.
 */
export class PinpointAccessPolicy extends Construct {
  /** The managed policy. */
  readonly policy: IamPolicy;
  /** The policy document, as emitted. */
  readonly policyDocument: PolicyDocument;
  /** The account every grant targets. */
  readonly account: string;
  /** Attachments to roles, in `attachTo.roles` order. */
  readonly roleAttachments: readonly IamRolePolicyAttachment[];
  /** Attachments to groups, in `attachTo.groups` order. */
  readonly groupAttachments: readonly IamGroupPolicyAttachment[];
  /** Attachments to users, in `attachTo.users` order. */
  readonly userAttachments: readonly IamUserPolicyAttachment[];

  constructor(scope: Construct, id: string, props: PinpointAccessPolicyProps) {
    super(scope, id);
    const problems = accessPropProblems(props);
    if (problems.length > 0) fail(this, 'invalid props', problems);
    if (Token.isUnresolved(JSON.stringify(props.grants))) fail(this, 'invalid grants', ['grants: contain unresolved tokens; grants must be literal values, they are checked against the IAM catalogue']);

    const name = Token.isUnresolved(props.name) ? 'access policy' : props.name;
    // Returns a document only when it passed every check, the security checks and quota included.
    const checked = checkAccessPolicy({ name, grants: props.grants });
    if (!checked.document || !checked.scope) fail(this, 'invalid grants', checked.problems.map((p) => `${p.path}: ${p.message}`));
    this.policyDocument = checked.document;
    this.account = checked.scope.account;

    this.policy = new IamPolicy(this, 'policy', {
      name: props.name,
      path: props.path ?? ACCESS_POLICY_DEFAULTS.path,
      description: props.description,
      policy: policyJson(this.policyDocument),
      tags: props.tags && Object.keys(props.tags).length > 0 ? { ...props.tags } : undefined,
    });
    const policyArn = this.policy.arn;
    // IDs carry a ':' no IAM name contains, so `role:x` never collides and never names an Object.prototype member.
    this.roleAttachments = (props.attachTo?.roles ?? []).map((role, i) => new IamRolePolicyAttachment(this, attachmentId('role', role, i), { role, policyArn }));
    this.groupAttachments = (props.attachTo?.groups ?? []).map((group, i) => new IamGroupPolicyAttachment(this, attachmentId('group', group, i), { group, policyArn }));
    this.userAttachments = (props.attachTo?.users ?? []).map((user, i) => new IamUserPolicyAttachment(this, attachmentId('user', user, i), { user, policyArn }));
  }

  /** The policy's ARN (known after apply). */
  get policyArn(): string {
    return this.policy.arn;
  }
}

/** Throws with the construct's path, what failed and every problem, one a line. */
function fail(construct: Construct, what: string, problems: readonly string[]): never {
  throw new Error(`PinpointAccessPolicy ${construct.node.path}: ${what}:\n  ${problems.join('\n  ')}`);
}

/** A stable construct ID for an attachment: the principal's name, or its position when the name is a token. */
function attachmentId(kind: string, name: string, index: number): string {
  return Token.isUnresolved(name) ? `${kind}:#${index}` : `${kind}:${name}`;
}
