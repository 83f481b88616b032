/**
 * Markdown building blocks for GitHub comments. Every value from a plan goes through one of
 * these, so a `|`, a backtick, a newline or `<script>` in a policy cannot break the layout.
 */

/** Escapes text for HTML contexts such as `<summary>`. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes text for Markdown prose: inline syntax is shown literally, newlines become spaces. */
export function escapeText(text: string): string {
  return escapeHtml(text.replace(/[\r\n]+/g, ' ')).replace(/([\\`*_[\]{}#+!~])/g, '\\$1');
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = text.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** A code span holding `text` literally, whatever backticks it contains; newlines become spaces. */
export function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  if (flat === '') return '`""`';
  const fence = '`'.repeat(longestBacktickRun(flat) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Makes Markdown safe inside a table cell: pipes escaped (GitHub honours `\|` even in code spans), no newlines. */
function cell(markdown: string): string {
  return markdown.replace(/\r?\n/g, '<br>').replace(/\|/g, '\\|');
}

/** One table row; cells are Markdown and are made cell-safe here. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

/** A table's heading and delimiter rows. */
export function tableHead(headers: readonly string[]): string {
  return `${tableRow(headers)}\n| ${headers.map(() => '---').join(' | ')} |`;
}

/** A table; cells are Markdown and are made cell-safe here. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [tableHead(headers), ...rows.map(tableRow)].join('\n');
}

/** Values as code spans, one per line of a cell; an em dash when there are none. */
export function codeList(values: readonly string[]): string {
  return values.length === 0 ? '—' : values.map(code).join('<br>');
}

/** A folded block; the summary is plain text. */
export function details(summary: string, body: string): string {
  return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}

/** Formats a count with its noun, e.g. `1 resource`, `3 resources` (every noun here takes an s). */
export function plural(count: number, noun: string): string {
  return `${thousands(count)} ${count === 1 ? noun : `${noun}s`}`;
}

/** Formats an integer with comma thousands separators, independent of the ICU data Node was built with. */
export function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
