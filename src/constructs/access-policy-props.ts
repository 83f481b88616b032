import { Token } from 'cdktf';
import type { AccessAttachments } from '../config/types';
import type { AccessGrant } from '../policies/access/grants';
import { interpolationProblem } from '../policies/access/rules';
import { descriptionProblem, groupNameProblem, pathProblem, policyNameProblem, roleNameProblem, userNameProblem } from '../policies/rules/iam-names';
import { checkLiteral, tagProblems, type Rule } from './prop-checks';

/** Principals to attach an access policy to: the config's `attachTo`, whose names may also be tokens here. */
export type AccessPolicyAttachments = AccessAttachments;

/**
 * Props of {@link PinpointAccessPolicy}. Names, description, path, tags and principals may be
 * unresolved tokens; grants must be literal, because they are checked against the IAM catalogue.
 */
export interface PinpointAccessPolicyProps {
  /** Managed policy name, unique in its account. */
  readonly name: string;
  /** What the policy allows: presets and custom statements, all in one account. */
  readonly grants: readonly AccessGrant[];
  /** Description of the policy (IAM replaces the policy when it changes). @default no description */
  readonly description?: string;
  /** IAM path of the policy. @default "/" */
  readonly path?: string;
  /** Tags for the policy. @default no tags */
  readonly tags?: Readonly<Record<string, string>>;
  /** Roles, groups and users to attach the policy to. @default attached to nothing */
  readonly attachTo?: AccessPolicyAttachments;
}

/** Checks every literal prop except the grants (checked against the catalogue by the construct); tokens are skipped. */
export function accessPropProblems(props: PinpointAccessPolicyProps): string[] {
  const problems: string[] = [];
  // `${` and `%{` first: Terraform would evaluate them before any other rule could matter.
  const check = (name: string, value: string | undefined, rule: Rule) => checkLiteral(problems, name, value, (v) => interpolationProblem(v) ?? rule(v));
  check('name', props.name, policyNameProblem);
  check('description', props.description, descriptionProblem);
  check('path', props.path, pathProblem);
  const rules = { roles: roleNameProblem, groups: groupNameProblem, users: userNameProblem } as const;
  for (const kind of ['roles', 'groups', 'users'] as const) {
    const names = props.attachTo?.[kind] ?? [];
    names.forEach((name, i) => check(`attachTo.${kind}[${i}]`, name, rules[kind]));
    const literal = names.filter((n) => !Token.isUnresolved(n)).map((n) => n.toLowerCase());
    if (new Set(literal).size < literal.length) problems.push(`attachTo.${kind}: names a principal twice (IAM names ignore case)`);
  }
  problems.push(...tagProblems(props.tags));
  return problems;
}
