import { ACCESS_POLICY_SPEC } from './access-policy-spec';
import { ACCOUNTS_SPEC, STACK_PER_SPEC } from './account-spec';
import { BACKEND_SPEC } from './backend-spec';
import { EXPORT_ROLE_SPEC } from './export-role-spec';
import type { ObjectSpec } from './spec';

/** The whole config file. Fields may be added here, never renamed (other tools read them). */
export const CONFIG_SPEC: ObjectSpec = {
  kind: 'object',
  description: 'pinpoint-iam configuration: the IAM that Amazon Pinpoint and its users need.',
  fields: {
    $schema: { spec: { kind: 'string', description: 'Path or URL of this JSON Schema, for editors; ignored by pinpoint-iam.' } },
    exportRoles: {
      spec: { kind: 'array', description: 'Roles Amazon Pinpoint assumes to export endpoints and segments to S3.', items: EXPORT_ROLE_SPEC, maxItems: 20000 },
    },
    accessPolicies: {
      spec: { kind: 'array', description: 'Identity policies granting Amazon Pinpoint access to people and apps.', items: ACCESS_POLICY_SPEC, maxItems: 1500 },
    },
    backend: { spec: BACKEND_SPEC },
    stackPer: { spec: STACK_PER_SPEC },
    accounts: { spec: ACCOUNTS_SPEC },
  },
};
