/**
 * Proof by evaluation: runs @cloud-copilot/iam-simulate (a devDependency, AGPL) on an identity
 * policy and one request. A simulation the simulator rejects, or one where it dropped a context
 * key, fails the test: a deny for the wrong reason must never pass for a deny.
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';
import type { PolicyDocument } from '../../src/policies/document';

/** The account of the examples. */
export const ACCOUNT = '123456789012';
/** Another account, for cross-account denials. */
export const OTHER_ACCOUNT = '210987654321';
/** Project A and project B of {@link ACCOUNT}, in us-east-1. */
export const APP_A = `arn:aws:mobiletargeting:us-east-1:${ACCOUNT}:apps/0123456789abcdef0123456789abcdef`;
export const APP_B = `arn:aws:mobiletargeting:us-east-1:${ACCOUNT}:apps/fedcba9876543210fedcba9876543210`;
/** The caller: a user of {@link ACCOUNT}. */
export const CALLER = `arn:aws:iam::${ACCOUNT}:user/analyst`;

/** Allowed, or denied (implicitly or explicitly). */
export type Decision = 'Allowed' | 'Denied';

/** Evaluates `action` on `resource` (an ARN or `*`) under `policy`, with optional context keys. */
export async function decide(policy: PolicyDocument, action: string, resource: string, context: Record<string, string | string[]> = {}): Promise<Decision> {
  const account = resource === '*' ? ACCOUNT : resource.split(':')[4]!;
  const result = await runSimulation(
    {
      request: { principal: CALLER, action, resource: { resource, accountId: account }, contextVariables: context },
      identityPolicies: [{ name: 'access', policy }],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
    },
    {},
  );
  if (result.resultType === 'error') throw new Error(`the simulator rejected ${action} on ${resource}:\n${JSON.stringify(result.errors, null, 2)}`);
  const ignored = result.resultType === 'single' ? result.result.ignoredContextKeys ?? [] : result.results.flatMap((r) => r.ignoredContextKeys ?? []);
  if (ignored.length > 0) throw new Error(`the simulator ignored context keys ${JSON.stringify(ignored)} for ${action}`);
  return result.overallResult === 'Allowed' ? 'Allowed' : 'Denied';
}
