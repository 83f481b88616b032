/** Config helpers for tests: a config that must be valid, and the issues of one that need not be. */
import type { ConfigIssue } from '../../src/config/issue';
import type { ResolvedConfig } from '../../src/config/types';
import { validateConfig, type ValidationResult } from '../../src/config/validate';

/** Validates a config that the test expects to be valid; throws with every issue when it is not. */
export function resolved(config: unknown): ResolvedConfig {
  const result = validateConfig(config);
  if (!result.ok) throw new Error(`a config the test expects to be valid is not: ${JSON.stringify(result.issues)}`);
  return result.config;
}

/** The issues of a validation (none when it passed). */
export function issuesOf(result: ValidationResult): readonly ConfigIssue[] {
  return result.ok ? [] : result.issues;
}
