/**
 * Runs @cloud-copilot/iam-simulate (a devDependency, AGPL) and turns its answer into "Allowed" or a
 * denial. A simulation the simulator rejects, or one where it dropped a context key, fails the test
 * with its details: a deny for the wrong reason must never pass for a deny.
 */
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import type { PolicyDocument } from '../../src/policies/document';

/** The account and role of the examples in AWS's export-role documentation. */
export const ACCOUNT = '123456789012';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/s3ExportRole`;
/** The session Pinpoint holds after assuming the role; S3 sees this principal. */
export const ROLE_SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/s3ExportRole/pinpoint-export`;

/** What a request comes to: allowed, or denied (implicitly or explicitly). */
export type Decision = 'Allowed' | 'Denied';

/** One request: who, what, on which resource, with which context keys. */
export interface Request {
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  readonly context?: Record<string, string | string[]>;
}

/** The policies in force: identity policies of the caller and the resource (trust) policy. */
export interface Policies {
  readonly identity?: readonly PolicyDocument[];
  readonly resource?: PolicyDocument;
}

/** Evaluates one request and returns the decision; throws with the simulator's errors when it could not evaluate. */
export async function decide(request: Request, policies: Policies, account = ACCOUNT): Promise<Decision> {
  const simulation: Simulation = {
    request: {
      principal: request.principal,
      action: request.action,
      resource: { resource: request.resource, accountId: account },
      contextVariables: { ...request.context },
    },
    identityPolicies: (policies.identity ?? []).map((policy, i) => ({ name: `policy${i}`, policy })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    ...(policies.resource && { resourcePolicy: policies.resource }),
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === 'error') {
    throw new Error(`the simulator rejected the simulation, so its answer would not mean anything:\n${JSON.stringify(result.errors, null, 2)}`);
  }
  // A key the simulator drops would make an "allowed only with key K" case pass for the wrong reason.
  const ignored = result.resultType === 'single' ? (result.result.ignoredContextKeys ?? []) : result.results.flatMap((r) => r.ignoredContextKeys ?? []);
  if (ignored.length > 0) throw new Error(`the simulator ignored context keys ${JSON.stringify(ignored)} for ${request.action}`);
  return result.overallResult === 'Allowed' ? 'Allowed' : 'Denied';
}
