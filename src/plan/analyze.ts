import { compareText } from '../policies/compare';
import { policyAttributes, policyOf, type PolicyAttribute, type PolicyValue } from './attributes';
import { diffPolicies, type PolicyDiff } from './diff';
import type { Plan, ResourceChange } from './model';
import { type NormalizedPolicy } from './policy';

/** A policy-bearing attribute with its permission-level diff. */
export interface AnalyzedPolicy extends PolicyAttribute {
  /**
   * The diff, when each side is either a parsed policy or absent (an absent side counts as an
   * empty document, so a create is all additions and a destroy all removals).
   * @default undefined (a side is unknown, sensitive or not a policy)
   */
  readonly diff?: PolicyDiff;
}

/** A changed resource with its policy-bearing attributes. */
export interface AnalyzedResource {
  /** The resource change. */
  readonly rc: ResourceChange;
  /** Its policy-bearing attributes that change. */
  readonly policies: readonly AnalyzedPolicy[];
}

/** A plan sorted and read for review. */
export interface PlanAnalysis {
  /** Resources that change (create, update, replace, delete, forget), by address. */
  readonly changed: readonly AnalyzedResource[];
  /** Resources with no change, by address. */
  readonly unchanged: readonly ResourceChange[];
  /** Data sources read during apply, by address. */
  readonly reads: readonly ResourceChange[];
}

const EMPTY: NormalizedPolicy = { statements: [] };

function comparable(v: PolicyValue): NormalizedPolicy | undefined {
  return v.state === 'absent' ? EMPTY : policyOf(v);
}

function analyzePolicy(attr: PolicyAttribute): AnalyzedPolicy {
  const before = comparable(attr.before);
  const after = comparable(attr.after);
  return before && after ? { ...attr, diff: diffPolicies(before, after) } : attr;
}

/** Splits a plan into changed, unchanged and read resources, each ordered by address, and diffs their policies. */
export function analyzePlan(plan: Plan): PlanAnalysis {
  const sorted = [...plan.resourceChanges].sort((a, b) => compareText(a.address, b.address));
  const changed: AnalyzedResource[] = [];
  const unchanged: ResourceChange[] = [];
  const reads: ResourceChange[] = [];
  for (const rc of sorted) {
    if (rc.change.kind === 'no-op') unchanged.push(rc);
    else if (rc.change.kind === 'read') reads.push(rc);
    else changed.push({ rc, policies: rc.change.kind === 'forget' ? [] : policyAttributes(rc).map(analyzePolicy) });
  }
  return { changed, unchanged, reads };
}
