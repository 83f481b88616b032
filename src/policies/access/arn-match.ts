/**
 * Decides whether an ARN pattern from a policy (IAM wildcards `*` and `?`) can match any ARN of a
 * catalogue resource type (`${Placeholder}`s, each one or more characters other than `/`). Both
 * are regular languages, so this walks their product automaton and reports whether any string
 * is in both: `apps/0123…/campaigns/*` fits `campaign`, `apps/*` fits every project child type,
 * and `apps/0123…` fits `app` only.
 */

type Token = { readonly kind: 'char'; readonly char: string } | { readonly kind: 'one' } | { readonly kind: 'any' } | { readonly kind: 'placeholder' };

/** Tokens of a policy pattern: `*` any run, `?` one character, anything else itself. */
function patternTokens(pattern: string): Token[] {
  return [...pattern].map((char) => (char === '*' ? { kind: 'any' } : char === '?' ? { kind: 'one' } : { kind: 'char', char }));
}

/** Tokens of a catalogue format: `${Name}` a placeholder, `*` any run, anything else itself. */
function formatTokens(format: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < format.length; i++) {
    if (format.startsWith('${', i)) {
      const end = format.indexOf('}', i);
      tokens.push({ kind: 'placeholder' });
      i = end;
    } else {
      const char = format[i]!;
      tokens.push(char === '*' ? { kind: 'any' } : { kind: 'char', char });
    }
  }
  return tokens;
}

/** Whether one character can be read by both tokens. */
function compatible(a: Token, b: Token): boolean {
  const [x, y] = a.kind === 'char' ? [a, b] : [b, a];
  if (x.kind !== 'char') return true; // neither is a literal: some character other than '/' fits both.
  if (y.kind === 'char') return x.char === y.char;
  return y.kind !== 'placeholder' || x.char !== '/';
}

/** True when some string matches both the policy pattern and the catalogue format. */
export function patternMatchesFormat(pattern: string, format: string): boolean {
  const p = patternTokens(pattern);
  const f = formatTokens(format);
  // A state is (position in p, position in f, whether the placeholder at f has read a character yet).
  const seen = new Set<string>();
  const todo: [number, number, boolean][] = [[0, 0, false]];
  while (todo.length > 0) {
    const [i, j, inside] = todo.pop()!;
    const key = `${i},${j},${inside}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i === p.length && j === f.length) return true;
    const a = p[i];
    const b = f[j];
    // Moves that read nothing: skip an empty `*`, or end a placeholder that has read something.
    if (a?.kind === 'any') todo.push([i + 1, j, inside]);
    if (b?.kind === 'any') todo.push([i, j + 1, false]);
    if (b?.kind === 'placeholder' && inside) todo.push([i, j + 1, false]);
    if (!a || !b || !compatible(a, b)) continue;
    // Read one character with both.
    const nextI = a.kind === 'any' ? i : i + 1;
    if (b.kind === 'placeholder') todo.push([nextI, j, true]);
    else todo.push([nextI, b.kind === 'any' ? j : j + 1, false]);
  }
  return false;
}

/** The resource part of an ARN or ARN format: everything after the fifth colon. */
export function resourcePart(arn: string): string {
  return arn.split(':').slice(5).join(':');
}

/** A catalogue format for people: `${AppId}` becomes `<AppId>` (error messages must not look like Terraform). */
export function readableFormat(format: string): string {
  return format.replace(/\$\{(\w+)\}/g, '<$1>');
}
