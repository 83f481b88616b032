/**
 * The problem type every validator returns, and helpers to word and place it. Config validation
 * reports it as ConfigIssue and access-policy checks as AccessProblem; it lives here because
 * src/policies may not import src/config.
 */

/** One problem: the field's path (`exportRoles[2].bucket`, `grants[2].actions[1]`) and what is wrong. */
export interface Problem {
  /** Path of the offending field: relative to the access policy, or to the config file (`(file)` for the file itself). */
  readonly path: string;
  /** The quoted value, what is wrong with it, and the expected form. */
  readonly message: string;
}

/** A problem found by the access-policy checks. */
export type AccessProblem = Problem;

/** Quotes a value for an error message; long values are shortened so one line stays readable. */
export function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 100)}…" (${text.length} characters)` : text;
}

/** A problem with `value` at `path`: `"value" problem`. */
export function problemAt(path: string, value: unknown, problem: string): Problem {
  return { path, message: `${quote(value)} ${problem}` };
}

/** Joins a key onto a path: `.name` for identifiers, `["aws:SourceIp"]` otherwise. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const part = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (path === '') return part;
  return part.startsWith('[') ? `${path}${part}` : `${path}.${part}`;
}

/** Every string (keys included) below `value` that contains `${` or `%{`, with its path. */
export function interpolations(value: unknown, path: string): { path: string; value: string }[] {
  if (typeof value === 'string') return /[$%]\{/.test(value) ? [{ path, value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => interpolations(item, joinPath(path, i)));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...(/[$%]\{/.test(key) ? [{ path: joinPath(path, key), value: key }] : []),
    ...interpolations(item, joinPath(path, key)),
  ]);
}
