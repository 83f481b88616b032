import { asList, type PolicyDocument } from './document';

/** What kind of document a check applies to; quotas and rules differ. */
export type DocumentKind = 'identity' | 'trust';

/** IAM quotas, counted in characters without whitespace. */
export const POLICY_SIZE_LIMITS: Readonly<Record<DocumentKind, number>> = { identity: 6144, trust: 2048 };

/**
 * Checks the security properties every emitted document must keep (DESIGN.md, 1-6)
 * and returns one sentence per violation. Values that are unresolved tokens are
 * only checked structurally: their size and characters are decided at apply time. `json` is
 * the document's JSON text when the caller already has it (it is measured, not made again).
 */
export function documentProblems(doc: PolicyDocument, kind: DocumentKind, hasTokens = false, json?: string): string[] {
  const problems: string[] = [];
  if (doc.Version !== '2012-10-17') problems.push(`Version is "${String(doc.Version)}"; expected "2012-10-17"`);
  if (doc.Statement.length === 0) problems.push('has no statements');
  problems.push(...sidProblems(doc));
  for (const [i, st] of doc.Statement.entries()) {
    const raw = st as unknown as Record<string, unknown>;
    for (const banned of ['NotAction', 'NotResource', 'NotPrincipal']) {
      if (banned in raw) problems.push(`Statement[${i}] uses ${banned}, which grants by exclusion`);
    }
    for (const action of asList(st.Action)) {
      if (action === '*') problems.push(`Statement[${i}] grants every action ("*")`);
      if (kind === 'identity' && /^(iam|sts):/i.test(action)) {
        problems.push(`Statement[${i}] grants "${action}"; identity policies emitted here never touch iam or sts`);
      }
    }
  }
  if (!hasTokens) {
    // The decoded strings, not the JSON text: JSON.stringify escapes control characters to ASCII.
    if (hasUnacceptedCharacter(doc)) problems.push('contains characters IAM does not accept (allowed: tab, LF, CR, U+0020-U+00FF)');
    const size = minifiedSize(json ?? JSON.stringify(doc));
    const limit = POLICY_SIZE_LIMITS[kind];
    if (size > limit) problems.push(`is ${size} characters without whitespace; the IAM quota for a ${kind} policy is ${limit}`);
  }
  return problems;
}

function sidProblems(doc: PolicyDocument): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const st of doc.Statement) {
    if (st.Sid === undefined) continue;
    if (!/^[A-Za-z0-9]*$/.test(st.Sid)) problems.push(`Sid "${st.Sid}" has characters other than A-Z, a-z and 0-9`);
    if (seen.has(st.Sid)) problems.push(`Sid "${st.Sid}" is used twice`);
    seen.add(st.Sid);
  }
  return problems;
}

const UNACCEPTED = /[^\t\n\r\u0020-\u00ff]/;

/** True when any string in a document, keys included, has a character IAM does not accept; tested in place. */
function hasUnacceptedCharacter(value: unknown): boolean {
  if (typeof value === 'string') return UNACCEPTED.test(value);
  if (Array.isArray(value)) return value.some(hasUnacceptedCharacter);
  if (typeof value === 'object' && value !== null) return Object.entries(value).some(([k, v]) => UNACCEPTED.test(k) || hasUnacceptedCharacter(v));
  return false;
}

/** Counts characters the way IAM does for quotas: whitespace outside and inside strings is not counted. */
export function minifiedSize(json: string): number {
  return json.replace(/\s/g, '').length;
}

/** Trust-specific checks: one Allow statement, only Pinpoint, only sts:AssumeRole, both source conditions agreeing. */
export function trustProblems(doc: PolicyDocument, servicePrincipal: string, hasTokens = false): string[] {
  const problems: string[] = [];
  if (doc.Statement.length !== 1) return [`has ${doc.Statement.length} statements; expected exactly one`];
  const st = doc.Statement[0]!;
  if (st.Effect !== 'Allow') problems.push('statement is not an Allow');
  const principal = st.Principal;
  const services = typeof principal === 'object' ? asList(principal.Service) : [];
  if (typeof principal !== 'object' || Object.keys(principal).join() !== 'Service' || services.join() !== servicePrincipal) {
    problems.push(`principal is not exactly { Service: "${servicePrincipal}" }`);
  }
  if (asList(st.Action).join() !== 'sts:AssumeRole') problems.push('action is not exactly sts:AssumeRole');
  const account = st.Condition?.['StringEquals']?.['aws:SourceAccount'];
  const sourceArn = st.Condition?.['ArnLike']?.['aws:SourceArn'];
  if (typeof account !== 'string') problems.push('lacks a single StringEquals aws:SourceAccount condition');
  if (typeof sourceArn !== 'string') problems.push('lacks a single ArnLike aws:SourceArn condition');
  if (!hasTokens && typeof account === 'string' && typeof sourceArn === 'string' && sourceArn.split(':')[4] !== account) {
    problems.push(`aws:SourceArn account "${sourceArn.split(':')[4] ?? ''}" differs from aws:SourceAccount "${account}"`);
  }
  return problems;
}
