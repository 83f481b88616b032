/** One problem found in a config: where it is and what is wrong, quoting the value and the expected form. */
export interface ConfigIssue {
  /** Field path such as `exportRoles[2].bucket`; `(file)` for problems with the file itself. */
  readonly path: string;
  /** The quoted value, what is wrong with it, and the expected form. */
  readonly message: string;
}

/** Quotes a value for an error message; long values are shortened so one line stays readable. */
export function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 100)}…" (${text.length} characters)` : text;
}

/** Formats issues one per line, `path: message`, in a stable order. */
export function formatIssues(issues: readonly ConfigIssue[]): string {
  return issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
}

/** Thrown by loaders when a config is invalid; carries every issue found. */
export class ConfigError extends Error {
  /** Every problem, reported together. */
  readonly issues: readonly ConfigIssue[];

  constructor(source: string, issues: readonly ConfigIssue[]) {
    const n = issues.length;
    super(`${source}: ${n} problem${n === 1 ? '' : 's'} found, nothing was written:\n${formatIssues(issues)}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}
