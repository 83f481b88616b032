import { ACCESS_POLICY_DEFAULTS } from '../policies/names';
import {
  descriptionProblem,
  GROUP_NAME_PATTERN,
  groupNameProblem,
  PATH_PATTERN,
  pathProblem,
  POLICY_NAME_PATTERN,
  policyNameProblem,
  ROLE_NAME_PATTERN,
  roleNameProblem,
  USER_NAME_PATTERN,
  userNameProblem,
} from '../policies/rules/iam-names';
import { GRANT_SPEC } from './access-grant-spec';
import { plain } from './string-specs';
import { TAGS_SPEC } from './export-role-spec';
import type { ArraySpec, Check, ObjectSpec } from './spec';
import type { AccessPolicyConfig } from './types';

const names = (what: string, pattern: string, check: Check<string>): ArraySpec => ({
  kind: 'array',
  description: `Names of existing IAM ${what} to attach the policy to.`,
  maxItems: 100,
  items: plain({ description: `IAM ${what.replace(/s$/, '')} name.`, pattern, check }),
});

const ATTACH_TO: ObjectSpec = {
  kind: 'object',
  description: 'Principals (by name, in the policy\'s account) the policy is attached to.',
  fields: {
    roles: { spec: names('roles', ROLE_NAME_PATTERN, roleNameProblem) },
    groups: { spec: names('groups', GROUP_NAME_PATTERN, groupNameProblem) },
    users: { spec: names('users', USER_NAME_PATTERN, userNameProblem) },
  },
};

const fields = {
  name: { required: true, spec: plain({ description: 'Managed policy name, unique in its account.', pattern: POLICY_NAME_PATTERN, check: policyNameProblem }) },
  description: { spec: plain({ description: 'Description of the policy (at most 1000 characters); default none.', maxLength: 1000, check: descriptionProblem }) },
  path: { spec: plain({ description: "IAM path of the policy, '/' or '/segment/.../'.", pattern: PATH_PATTERN, default: ACCESS_POLICY_DEFAULTS.path, check: pathProblem }) },
  tags: { spec: TAGS_SPEC },
  grants: {
    required: true,
    spec: { kind: 'array', description: 'What the policy allows; all grants must target one account.', items: GRANT_SPEC, minItems: 1, maxItems: 100 },
  },
  attachTo: { spec: ATTACH_TO },
} as const satisfies Record<keyof AccessPolicyConfig, ObjectSpec['fields'][string]>;

/** The spec of one entry of `accessPolicies`: an identity policy for people and apps. */
export const ACCESS_POLICY_SPEC: ObjectSpec = {
  kind: 'object',
  description: 'An identity-based policy granting Amazon Pinpoint access to people and apps, attached to roles, groups and users by name.',
  fields,
};
