import { EXTERNAL_ID_PATTERN, externalIdProblem, ROLE_ARN_PATTERN, roleArnProblem } from '../policies/rules/role-arn';
import { ACCOUNT_PATTERN, accountProblem } from '../policies/access/rules';
import { plain, regionSpec } from './string-specs';
import { BACKEND_SPEC } from './backend-spec';
import type { MapSpec, ObjectSpec, StringSpec } from './spec';
import type { AccountSettingsConfig, StackPer } from './types';

/** The ways to split stacks; the default comes first. */
export const STACK_PER = ['account', 'region'] as const satisfies readonly StackPer[];

/** `stackPer`: one stack per account (the default), or one per account and region. */
export const STACK_PER_SPEC: StringSpec = {
  kind: 'string',
  description: '"account": one stack (one state, one provider) per account; "region": one per account and region, for teams that own regions separately.',
  enum: STACK_PER,
  default: STACK_PER[0],
};

const ACCOUNT_SETTINGS: ObjectSpec = {
  kind: 'object',
  description: 'Settings of the stacks of one account.',
  fields: {
    assumeRoleArn: {
      spec: plain({ description: 'Role in this account that Terraform\'s AWS provider assumes (provider assume_role); default the caller\'s credentials.', pattern: ROLE_ARN_PATTERN, check: roleArnProblem }),
    },
    externalId: { spec: plain({ description: 'External ID the role\'s trust policy requires; needs assumeRoleArn.', pattern: EXTERNAL_ID_PATTERN, check: externalIdProblem }) },
    region: { spec: regionSpec('Provider region of a per-account stack, and home of access policies that name no region; default the first export role\'s region.') },
    // No default here: an account without one takes the top-level stackPer and backend.
    stackPer: { spec: { kind: 'string', description: 'This account\'s split, "account" or "region"; default the top-level stackPer.', enum: STACK_PER } },
    backend: { spec: { ...BACKEND_SPEC, description: 'Where this account\'s stacks keep state; default the top-level backend.' } },
  } satisfies Record<keyof AccountSettingsConfig, ObjectSpec['fields'][string]>,
  check: (value) => (value['externalId'] !== undefined && value['assumeRoleArn'] === undefined ? [{ field: 'externalId', problem: 'is set without assumeRoleArn; an external ID only applies to an assumed role' }] : []),
};

/** `accounts`: settings per account, keyed by 12-digit account ID. */
export const ACCOUNTS_SPEC: MapSpec = {
  kind: 'map',
  description: 'Per-account settings, keyed by 12-digit account ID: the role the provider assumes, the region, the stack split, the backend.',
  keyPattern: ACCOUNT_PATTERN,
  keyCheck: accountProblem,
  maxProperties: 1000,
  values: ACCOUNT_SETTINGS,
};
