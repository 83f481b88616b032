import type { Problem } from '../policies/problems';

/** One problem found in a config: a field path such as `exportRoles[2].bucket` (`(file)` for the file itself) and what is wrong, quoting the value and the expected form. */
export type ConfigIssue = Problem;

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
