/** A rule that passes values matching `pattern` and otherwise says what was expected ("is not …"). */
export function patternRule(pattern: string, expected: string): (value: string) => string | undefined {
  const regex = new RegExp(pattern);
  return (value) => (regex.test(value) ? undefined : `is not ${expected}`);
}
