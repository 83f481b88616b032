/**
 * Proof by evaluation for access policies: one identity policy, one request by a user of
 * {@link ACCOUNT} (see test/support/iam-simulation.ts for the simulator's guards).
 */
import type { PolicyDocument } from '../../src/policies/document';
import { ACCOUNT, decide as simulate, type Decision } from '../support/iam-simulation';

export { ACCOUNT, type Decision };
/** Another account, for cross-account denials. */
export const OTHER_ACCOUNT = '210987654321';
/** Project A and project B of {@link ACCOUNT}, in us-east-1. */
export const APP_A = `arn:aws:mobiletargeting:us-east-1:${ACCOUNT}:apps/0123456789abcdef0123456789abcdef`;
export const APP_B = `arn:aws:mobiletargeting:us-east-1:${ACCOUNT}:apps/fedcba9876543210fedcba9876543210`;
/** The caller: a user of {@link ACCOUNT}. */
export const CALLER = `arn:aws:iam::${ACCOUNT}:user/analyst`;

/** Evaluates `action` on `resource` (an ARN or `*`) under `policy`, with optional context keys. */
export function decide(policy: PolicyDocument, action: string, resource: string, context: Record<string, string | string[]> = {}): Promise<Decision> {
  const account = resource === '*' ? ACCOUNT : resource.split(':')[4]!;
  return simulate({ principal: CALLER, action, resource, context }, { identity: [policy] }, account);
}
