import { renderStacksSummary, type StackOutcome } from '../../src/plan';
import type { RiskFlag } from '../../src/plan';

const counts = (add: number, change = 0, replace = 0, destroy = 0) => ({ add, change, replace, destroy, forget: 0, read: 0, noOp: 0 });
const risks = (n: number) => Array.from({ length: n }, () => ({}) as RiskFlag);

describe('renderStacksSummary', () => {
  const outcomes: StackOutcome[] = [
    { stack: 'pinpoint-iam-111111111111', review: { counts: counts(6), risks: [], errored: false } },
    { stack: 'pinpoint-iam-222222222222', review: { counts: counts(0, 2, 1, 1), risks: risks(3), errored: false } },
    { stack: 'pinpoint-iam-333333333333', review: { counts: counts(1), risks: risks(1), errored: true } },
    { stack: 'pinpoint-iam-444444444444', error: 'terraform init failed (exit 1): Failed to query available provider packages' },
  ];
  const lines = renderStacksSummary(outcomes).trimEnd().split('\n');

  it('heads the table with the number of stacks', () => {
    expect(lines[0]).toBe('## pinpoint-iam plan: 4 stacks');
    expect(lines[2]).toBe('| Stack | Add | Change | Replace | Destroy | Review |');
  });

  it('gives each stack a row with its changes and how many risk flags its review raises', () => {
    expect(lines.slice(4, 7)).toEqual([
      '| `pinpoint-iam-111111111111` | 6 | 0 | 0 | 0 | no risk flags |',
      '| `pinpoint-iam-222222222222` | 0 | 2 | 1 | 1 | **3 risk flags** |',
      '| `pinpoint-iam-333333333333` | 1 | 0 | 0 | 0 | **incomplete plan** |',
    ]);
  });

  it('says a stack failed, and why', () => {
    expect(lines[7]).toBe('| `pinpoint-iam-444444444444` | — | — | — | — | **failed**: terraform init failed (exit 1): Failed to query available provider packages |');
  });

  it('totals the changes, risk flags and failures', () => {
    expect(lines[8]).toBe('| **all stacks** | 7 | 2 | 1 | 1 | 4 risk flags, 1 failed |');
  });

  it('says one risk flag and one stack in the singular', () => {
    const one = renderStacksSummary([{ stack: 's', review: { counts: counts(1), risks: risks(1), errored: false } }]).trimEnd().split('\n');
    expect(one[0]).toBe('## pinpoint-iam plan: 1 stack');
    expect(one.slice(-2)).toEqual(['| `s` | 1 | 0 | 0 | 0 | **1 risk flag** |', '| **all stacks** | 1 | 0 | 0 | 0 | 1 risk flag |']);
  });
});
