import { ruleFrom, templateOf } from '../../src/stacks/module-validation';

describe('module validation messages', () => {
  it('turns the computed parts of a TypeScript message into interpolations and escapes the rest', () => {
    expect(templateOf('is 2 characters long; no ${ here', { '2': 'length(var.x)' })).toBe('is ${try(length(var.x), "")} characters long; no $${ here');
  });

  it.each([
    ['missing', 'is 3 characters long'],
    ['repeated', 'is 2 of 2'],
  ])('fails when a computed part is %s in the message', (_, text) => {
    expect(() => templateOf(text, { '2': 'length(var.x)' })).toThrow(/does not occur exactly once/);
  });

  it('fails when a rule example passes its own rule', () => {
    expect(() => ruleFrom((v: string) => (v.length > 3 ? 'is too long' : undefined), 'ok', (v) => `length(${v}) <= 3`)).toThrow(/passes its own rule/);
  });
});
