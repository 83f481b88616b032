import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ConfigIssue } from './issue';

/** Parses strict JSON, turning a syntax error into an issue with line and column. */
export function parseJson(text: string): { value?: unknown; issues: ConfigIssue[] } {
  try {
    return { value: JSON.parse(text) as unknown, issues: [] };
  } catch (error) {
    // V8's messages do not always carry a position; a second, error-collecting parser always does.
    const errors: ParseError[] = [];
    parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const offset = first?.offset ?? 0;
    const comma = trailingComma(text, offset);
    const what = first ? humanize(printParseErrorCode(first.error)) : (error as Error).message;
    const message = comma === undefined ? `${what} at ${position(text, offset)}` : `trailing comma at ${position(text, comma)}, before "${text[offset]}" at ${position(text, offset)}`;
    return { issues: [{ path: '(file)', message: `is not valid JSON: ${message}` }] };
  }
}

/**
 * The offset of a comma just before a closing `]` or `}` at `offset`: the parser blames the bracket,
 * often on the next line, but the mistake a person has to find is the comma.
 */
function trailingComma(text: string, offset: number): number | undefined {
  if (text[offset] !== ']' && text[offset] !== '}') return undefined;
  const before = text.slice(0, offset).trimEnd();
  return before.endsWith(',') ? before.length - 1 : undefined;
}

function position(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}`;
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function humanize(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
