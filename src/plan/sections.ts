import type { AnalyzedPolicy, AnalyzedResource } from './analyze';
import { policyOf, type PolicyValue } from './attributes';
import { DIFF_FIELDS, isEmptyDiff, type FieldDelta, type LabelledStatement, type PolicyDiff } from './diff';
import { code, codeList, details, plural, table } from './markdown';
import type { ChangeKind } from './model';
import type { NormalizedStatement } from './policy';

/** What Terraform shows for a value it learns only during apply. */
export const KNOWN_AFTER_APPLY = '(known after apply)';

/** Bodies longer than this are folded, so a review opens on its risks and summaries. */
const FOLD_CHARS = 1500;

/** Values listed in one table cell before the rest is counted instead. */
const MAX_CELL_VALUES = 40;

const STATEMENT_HEADERS = ['Sid', 'Effect', 'Actions', 'Resources', 'Conditions', 'Principals'] as const;

/** Lists values in a cell, with a `NotAction`-style label for the exclusion form. */
function listCell(values: readonly string[], notValues: readonly string[], notLabel: string): string {
  const capped = (list: readonly string[]) =>
    list.length > MAX_CELL_VALUES ? `${codeList(list.slice(0, MAX_CELL_VALUES))}<br>… ${list.length - MAX_CELL_VALUES} more` : codeList(list);
  if (notValues.length === 0) return capped(values);
  const not = `**${notLabel}** ${capped(notValues)}`;
  return values.length === 0 ? not : `${capped(values)}<br>${not}`;
}

/** The Actions, Resources, Conditions and Principals cells of a statement, or of what a statement gained or lost. */
function fieldCells(f: FieldDelta): string[] {
  return [listCell(f.actions, f.notActions, 'NotAction'), listCell(f.resources, f.notResources, 'NotResource'), listCell(f.conditions, [], ''), listCell(f.principals, f.notPrincipals, 'NotPrincipal')];
}

function statementRow(label: string, st: NormalizedStatement): string[] {
  return [st.sid === undefined ? label : code(label), st.effect, ...fieldCells({ ...st, conditions: st.conditions.map((c) => c.text) })];
}

/** A policy's statements as a table: Sid, Effect, Actions, Resources, Conditions, Principals. */
function statementTable(statements: readonly LabelledStatement[]): string {
  return table(STATEMENT_HEADERS, statements.map((s) => statementRow(s.label, s.statement)));
}

function deltaRow(label: string, change: string, d: FieldDelta): string[] {
  return [label, change, ...fieldCells(d)];
}

/** Statements present on both sides: what each gained and lost, field by field. */
function changedTable(diff: PolicyDiff): string {
  const rows: string[][] = [];
  const isEmpty = (d: FieldDelta) => DIFF_FIELDS.every((f) => d[f].length === 0);
  for (const c of diff.changed) {
    const label = c.after.sid === undefined ? c.label : code(c.label);
    const effect = c.before.effect === c.after.effect ? '' : `Effect ${c.before.effect} → ${c.after.effect}`;
    const mine: string[][] = [];
    if (effect) mine.push([label, effect, '', '', '', '']);
    if (!isEmpty(c.added)) mine.push(deltaRow(mine.length ? '' : label, 'added', c.added));
    if (!isEmpty(c.removed)) mine.push(deltaRow(mine.length ? '' : label, 'removed', c.removed));
    rows.push(...mine);
  }
  return table(['Statement', 'Change', 'Actions', 'Resources', 'Conditions', 'Principals'], rows);
}

/** One line counting what a diff does, e.g. `1 statement added, 2 changed, 3 unchanged`. */
function diffSummary(diff: PolicyDiff): string {
  const parts = [
    diff.added.length ? `${plural(diff.added.length, 'statement')} added` : '',
    diff.removed.length ? `${plural(diff.removed.length, 'statement')} removed` : '',
    diff.changed.length ? `${plural(diff.changed.length, 'statement')} changed` : '',
    diff.unchanged ? `${plural(diff.unchanged, 'statement')} unchanged` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** The permission-level diff of an update or replacement. */
function diffBody(diff: PolicyDiff): string {
  if (isEmptyDiff(diff)) return 'No permission change: the documents differ only in formatting or order.';
  const parts: string[] = [];
  if (diff.added.length) parts.push(`**Statements added**\n\n${statementTable(diff.added)}`);
  if (diff.removed.length) parts.push(`**Statements removed**\n\n${statementTable(diff.removed)}`);
  if (diff.changed.length) parts.push(`**Statements changed**\n\n${changedTable(diff)}`);
  return parts.join('\n\n');
}

function fold(summary: string, body: string): string {
  return body.length > FOLD_CHARS ? details(summary, body) : body;
}

function valueNote(v: PolicyValue): string | undefined {
  if (v.state === 'unknown') return KNOWN_AFTER_APPLY;
  if (v.state === 'sensitive') return '(sensitive value)';
  if (v.state === 'known' && !v.parsed.ok) return `(not a policy document: ${v.parsed.reason})`;
  return undefined;
}

function statementCount(v: PolicyValue): string {
  const policy = policyOf(v);
  return policy ? plural(policy.statements.length, 'statement') : (valueNote(v) ?? 'none');
}

/** The body of one policy attribute's section. */
function policyBody(p: AnalyzedPolicy, kind: ChangeKind): string {
  const diff = p.diff;
  if (!diff) return `- before: ${statementCount(p.before)}\n- after: ${statementCount(p.after)}`;
  if (p.before.state === 'absent') {
    return fold(`Policy: ${plural(diff.added.length, 'statement')}`, statementTable(diff.added));
  }
  if (p.after.state === 'absent') {
    const what = kind === 'delete' ? 'destroyed with the resource' : 'removed';
    return `All statements ${what}.\n\n${fold(`${plural(diff.removed.length, 'statement')} removed`, statementTable(diff.removed))}`;
  }
  return `${diffSummary(diff) || 'No statements'}.\n\n${fold(`Details: ${diffSummary(diff)}`, diffBody(diff))}`;
}

/** Markdown section for one policy attribute of one resource. */
export function policySection(r: AnalyzedResource, p: AnalyzedPolicy): string {
  const kind = r.rc.change.kind;
  const role = p.trust ? ' (trust policy)' : '';
  const whole = p.before.state === 'absent' && kind !== 'create' ? ', policy added' : p.after.state === 'absent' && kind !== 'delete' ? ', policy removed' : '';
  return `#### ${code(r.rc.address)} ${code(p.label)}${role}: ${kind}${whole}\n\n${policyBody(p, kind)}`;
}
