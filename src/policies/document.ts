/**
 * Plain IAM policy document types. Builders return these; constructs serialize them
 * with {@link policyJson}, which is the only serializer, so output is byte-stable.
 */

/** IAM condition block: operator → key → value(s). */
export type Conditions = Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;

/** The principal of a resource-based or trust policy statement. */
export type Principal = '*' | Readonly<Record<string, string | readonly string[]>>;

/** One statement of a policy document. */
export interface Statement {
  /** Statement ID, unique within the document. */
  readonly Sid?: string;
  /** Allow or Deny. */
  readonly Effect: 'Allow' | 'Deny';
  /** Principals, only in trust and resource policies. */
  readonly Principal?: Principal;
  /** Actions granted or denied. */
  readonly Action: string | readonly string[];
  /** Resource ARNs; absent in trust policies. */
  readonly Resource?: string | readonly string[];
  /** Conditions that must all hold. */
  readonly Condition?: Conditions;
}

/** An IAM policy document. */
export interface PolicyDocument {
  /** Always the current policy language version. */
  readonly Version: '2012-10-17';
  /** The statements, in a stable order. */
  readonly Statement: readonly Statement[];
}

/** The one policy language version pinpoint-iam emits. */
export const POLICY_VERSION = '2012-10-17' as const;

/** Serializes a document compactly; key order is the builders' order, so output is deterministic. */
export function policyJson(doc: PolicyDocument): string {
  return JSON.stringify(doc);
}

/** Returns a value as an array, for fields IAM accepts as a string or a list. */
export function asList(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
