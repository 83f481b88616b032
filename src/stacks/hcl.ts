/**
 * Small, pure helpers that write Terraform expressions as text, for the generated module's
 * variable validations. Every string that ends up in a `.tf.json` file is a template, so
 * literal `${` and `%{` must be escaped as `$${` and `%%{`.
 */

/** Escapes text for a Terraform template, so `${` and `%{` stay literal. */
export function templateText(text: string): string {
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/** A quoted Terraform string literal holding exactly `text`. */
export function hclString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
  return `"${templateText(escaped)}"`;
}

/** A Terraform list literal of strings. */
export function hclList(items: readonly string[]): string {
  return `[${items.map(hclString).join(', ')}]`;
}

/** A Terraform object literal of strings. */
export function hclMap(entries: Readonly<Record<string, string>>): string {
  return `{ ${Object.entries(entries).map(([k, v]) => `${hclString(k)} = ${hclString(v)}`).join(', ')} }`;
}

/**
 * Rewrites a JavaScript regular expression source for Terraform's RE2: `\uXXXX` becomes
 * `\x{XXXX}`. Lookarounds have no RE2 form, so patterns that use them are refused.
 */
export function re2(source: string): string {
  if (/\(\?[=!<]/.test(source)) throw new Error(`pattern ${source} uses a lookaround, which RE2 (Terraform's regex) does not support`);
  return source.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => `\\x{${hex.toLowerCase()}}`);
}

/** `can(regex(<pattern>, <value>))`: true when the value matches a JavaScript-style pattern. */
export function matches(pattern: string, value: string): string {
  return `can(regex(${hclString(re2(pattern))}, ${value}))`;
}

/** An interpolation that never fails: Terraform evaluates error messages even when the value is fine. */
export function interp(expression: string): string {
  return `\${try(${expression}, "")}`;
}
