import type { ConfigIssue } from './issue';
import { parseJson } from './parse';
import { resolveConfig } from './resolve';
import { CONFIG_SPEC } from './root-spec';
import type { PinpointIamConfig, ResolvedConfig } from './types';
import { walk } from './walk';

/** The outcome of validation: a resolved config, or every issue found. */
export type ValidationResult = { readonly ok: true; readonly config: ResolvedConfig } | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

/**
 * Validates a parsed config value against every rule and resolves its defaults.
 * Reports all problems together; never throws for bad input.
 */
export function validateConfig(value: unknown): ValidationResult {
  const issues = walk(value, CONFIG_SPEC, '');
  if (issues.length > 0) return { ok: false, issues };
  const config = value as PinpointIamConfig;
  if ((config.exportRoles ?? []).length === 0 && (config.accessPolicies ?? []).length === 0) {
    return { ok: false, issues: [{ path: 'exportRoles', message: 'is missing or empty (and so is accessPolicies); expected at least one export role or access policy' }] };
  }
  const resolved = resolveConfig(config);
  return resolved.issues.length > 0 ? { ok: false, issues: resolved.issues } : { ok: true, config: resolved.config };
}

/** Parses and validates config text: JSON syntax first (with line and column), then every rule. */
export function validateConfigText(text: string): ValidationResult {
  const parsed = parseJson(text);
  if (parsed.issues.length > 0) return { ok: false, issues: parsed.issues };
  return validateConfig(parsed.value);
}
