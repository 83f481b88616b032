import { GITHUB_COMMENT_LIMIT, renderReview } from '../../src/plan';
import { generatedPlan, loadFixture } from './support';

describe('the size of a review', () => {
  const huge = generatedPlan(3000);
  const md = renderReview(huge);

  it('stays under GitHub comment limit for a plan of 3,000 resources', () => {
    expect(md.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(md.length).toBeLessThanOrEqual(65000);
  });

  it('says what it left out of a plan of 3,000 resources, and why', () => {
    expect(md).toMatch(/> \*\*Shortened\*\*: [\d,]+ risk flags, [\d,]+ resources, [\d,]+ policy sections omitted to stay under GitHub's 65,536-character comment limit\./);
    expect(md).toMatch(/\n… [\d,]+ resources omitted to stay under GitHub's 65,536-character comment limit\./);
    expect(md).toMatch(/\n… [\d,]+ policy sections omitted to stay under GitHub's 65,536-character comment limit\./);
  });

  it('still counts every resource of a plan it shortens', () => {
    expect(md).toContain('**500 to add, 500 to change, 1,000 to replace, 500 to destroy** (500 unchanged, 0 to read)');
  });

  it('states how many resource rows it omitted, which with the rows shown make up every change', () => {
    const shown = md.split('\n').filter((l) => l.startsWith('| `aws_iam_')).length;
    const omitted = Number(/… ([\d,]+) resources omitted/.exec(md)![1]!.replace(/,/g, ''));
    expect(shown + omitted).toBe(2500);
    expect(shown).toBeGreaterThan(50);
  });

  it('never leaves a folded block or a table cut in half', () => {
    expect(md.split('<details>').length).toBe(md.split('</details>').length);
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith('|')).toBe(true);
  });

  it.each([200, 1000, 5000, 20000])('keeps to a maxChars of %i', (maxChars) => {
    const text = renderReview(huge, { maxChars });
    expect(text.length).toBeLessThanOrEqual(maxChars);
    expect(text).toContain('**500 to add');
  });

  it('names the limit it was given when it is not GitHub’s', () => {
    expect(renderReview(huge, { maxChars: 20000 })).toContain('omitted to stay under the 20,000-character limit.');
  });

  it('leaves a review that fits alone', () => {
    const small = renderReview(loadFixture('create-export-role'));
    expect(small).not.toContain('omitted');
    expect(renderReview(loadFixture('create-export-role'), { maxChars: small.length })).toBe(small);
  });

  it('rejects a maxChars too small to hold a review', () => {
    expect(() => renderReview(huge, { maxChars: 10 })).toThrow('renderReview: maxChars must be an integer of at least 200; got 10');
  });
});

describe('the speed of a review', () => {
  it('renders a 4.5 MB plan in well under a second', () => {
    const text = JSON.stringify(generatedPlan(3300));
    expect(text.length).toBeGreaterThan(4.5e6);
    // Warm the JIT on a small plan, then take the best of three runs: the bound is on the
    // algorithm, not on whatever else the machine is running at the same moment.
    renderReview(generatedPlan(300));
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const plan = JSON.parse(text) as unknown;
      const start = performance.now();
      renderReview(plan);
      times.push(performance.now() - start);
    }
    expect(Math.min(...times)).toBeLessThan(1000);
  });
});
