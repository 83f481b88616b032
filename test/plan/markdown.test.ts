import { code, table } from '../../src/plan/markdown';
import { renderReview } from '../../src/plan';

/** Splits a Markdown table row into cells the way GitHub does: on pipes not escaped by a backslash. */
function cells(row: string): string[] {
  return row
    .slice(2, -2)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe('Markdown escaping', () => {
  it('keeps a pipe inside a table cell from starting a new cell', () => {
    const row = table(['A', 'B'], [[code('a|b'), 'c']]).split('\n')[2]!;
    expect(cells(row)).toEqual(['`a\\|b`', 'c']);
  });

  it('keeps a newline inside a table cell from ending the row', () => {
    expect(table(['A'], [['line 1\nline 2']]).split('\n')).toHaveLength(3);
  });

  it('fences a code span with more backticks than it contains', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`a`')).toBe('`` `a` ``');
    expect(code('')).toBe('`""`');
  });

  it('renders hostile values from a policy without breaking the table or injecting HTML', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'S', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/a|b`c\n<script>', Condition: { StringLike: { 's3:prefix': 'x|y' } } }],
    };
    const md = renderReview({
      format_version: '1.2',
      resource_changes: [{ address: 'aws_iam_policy.p', type: 'aws_iam_policy', name: 'p', change: { actions: ['create'], before: null, after: { policy: JSON.stringify(doc) } } }],
    });
    const row = md.split('\n').find((l) => l.startsWith('| `S` |'))!;
    expect(cells(row)).toHaveLength(6);
    expect(row).toContain('``arn:aws:s3:::b/a\\|b`c <script>``');
    expect(row).toContain('`StringLike s3:prefix "x\\|y"`');
  });

  it('escapes an address that is not a plain identifier', () => {
    const md = renderReview({
      format_version: '1.2',
      resource_changes: [{ address: 'module.m.aws_iam_role.r["a|b"]', type: 'aws_iam_role', name: 'r', change: { actions: ['create'], before: null, after: {} } }],
    });
    expect(md).toContain('| `module.m.aws_iam_role.r["a\\|b"]` | `aws_iam_role` | + create |');
  });
});
