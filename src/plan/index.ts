// Plan review: parse `terraform show -json` plans and render them for pull request review. Re-exports only.
export { parsePlan, countChanges } from './parse';
export { renderReview, reviewPlan, GITHUB_COMMENT_LIMIT, type Review, type ReviewOptions } from './render';
export { renderStacksSummary, type StackOutcome } from './summary';
export { findRisks, type RiskFlag, type RiskKind } from './risks';
export { analyzePlan, type AnalyzedPolicy, type AnalyzedResource, type PlanAnalysis } from './analyze';
export { diffPolicies, type PolicyDiff, type StatementChange, type FieldDelta, type LabelledStatement } from './diff';
export { parsePolicy, type NormalizedPolicy, type NormalizedStatement, type ConditionEntry, type PolicyParse } from './policy';
export type {
  Plan,
  PlanAction,
  ChangeKind,
  ReplaceOrder,
  Change,
  ResourceChange,
  OutputChange,
  AttributeValues,
  ChangeCounts,
} from './model';
