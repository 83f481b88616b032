import { Token } from 'cdktf';
import { TAG_LIMITS, tagKeyProblem, tagValueProblem } from '../policies/rules/iam-names';

/** A value rule: why a value is wrong, or undefined when it is fine. */
export type Rule = (value: string) => string | undefined;

/**
 * Adds `name: "value" problem` to `problems` when a literal value breaks `rule`. Undefined values
 * and unresolved tokens are skipped: Terraform knows their values only at plan time.
 */
export function checkLiteral(problems: string[], name: string, value: string | undefined, rule: Rule): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  const problem = rule(value);
  if (problem) problems.push(`${name}: ${JSON.stringify(value)} ${problem}`);
}

/** Problems of literal tags: their count, each key and each value, as IAM limits them. */
export function tagProblems(tags: Readonly<Record<string, string>> | undefined): string[] {
  if (tags === undefined || Token.isUnresolved(tags)) return [];
  const entries = Object.entries(tags);
  const problems = entries.length > TAG_LIMITS.maxTags ? [`tags: has ${entries.length} tags; expected at most ${TAG_LIMITS.maxTags}`] : [];
  for (const [key, value] of entries) {
    const keyProblem = Token.isUnresolved(key) ? undefined : tagKeyProblem(key);
    if (keyProblem) problems.push(`tags: key ${JSON.stringify(key)} ${keyProblem}`);
    checkLiteral(problems, `tags.${key}`, value, tagValueProblem);
  }
  return problems;
}
