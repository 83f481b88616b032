/**
 * The machinery that turns ordered validation rules into Terraform `validation` blocks.
 * The TypeScript validators report the first problem of a value; the blocks do the same:
 * each rule applies only when every earlier rule of the same value passed.
 */
import { interp, templateText } from './hcl';

/** One `validation` block of a module variable, with a value it rejects. */
export interface VariableValidation {
  /** Terraform boolean expression (without `${}`), true when the value is acceptable. */
  readonly condition: string;
  /** Template text of the message; it names the variable, quotes the value and states the expected form. */
  readonly errorMessage: string;
  /** A value this block rejects and every earlier block of the variable accepts; the tests feed it to Terraform and TypeScript. */
  readonly rejects: unknown;
}

/** One ordered rule of a single value, as Terraform expressions over the value expression `v`. */
export interface Rule {
  /** Terraform boolean expression over `v`, true when the value passes this rule. */
  readonly passes: (v: string) => string;
  /** The reason, as template text over `v`; the same words as the TypeScript rule's. */
  readonly reason: (v: string) => string;
  /** A value this rule rejects and the rules before it accept. */
  readonly rejects: unknown;
}

/**
 * A rule whose reason is the TypeScript rule's own text for the rejected value. `computed` maps
 * each part of that text that depends on the value (a length, a segment) to the Terraform
 * expression that computes it from `v`.
 */
export function ruleFrom<T>(
  problem: (value: T) => string | undefined,
  rejects: T,
  passes: (v: string) => string,
  computed: (v: string) => Readonly<Record<string, string>> = () => ({}),
): Rule {
  const reason = problem(rejects);
  if (reason === undefined) throw new Error(`rule example ${JSON.stringify(rejects)} passes its own rule`);
  return { passes, reason: (v) => templateOf(reason, computed(v)), rejects };
}

/**
 * A TypeScript message as template text: each key of `parts`, which must occur exactly once in
 * it, becomes an interpolation of its Terraform expression; the rest stays literal.
 */
export function templateOf(text: string, parts: Readonly<Record<string, string>> = {}): string {
  const holes = Object.entries(parts)
    .map(([literal, expression]) => {
      const at = text.indexOf(literal);
      if (at < 0 || text.includes(literal, at + 1)) throw new Error(`"${literal}" does not occur exactly once in "${text}"`);
      return { at, end: at + literal.length, expression };
    })
    .sort((x, y) => x.at - y.at);
  let out = '';
  let last = 0;
  for (const hole of holes) {
    if (hole.at < last) throw new Error(`computed parts overlap in "${text}"`);
    out += templateText(text.slice(last, hole.at)) + interp(hole.expression);
    last = hole.end;
  }
  return out + templateText(text.slice(last));
}

/** `!(earlier rules pass) || this rule passes`, so only the first failing rule of a value fires. */
function gated(rules: readonly Rule[], index: number, v: string): string {
  const own = `try(${rules[index]!.passes(v)}, false)`;
  if (index === 0) return own;
  const earlier = rules.slice(0, index).map((r) => r.passes(v));
  return `!try(${earlier.join(' && ')}, false) || ${own}`;
}

/**
 * Validation blocks for a scalar variable: message `<name>: <value as JSON> <reason>`, the form
 * the construct's prop checks use. A nullable variable's null (use the default) always passes.
 */
export function scalarValidations(name: string, nullable: boolean, rules: readonly Rule[]): VariableValidation[] {
  const v = `var.${name}`;
  return rules.map((rule, i) => ({
    condition: nullable ? `${v} == null ? true : (${gated(rules, i, v)})` : gated(rules, i, v),
    errorMessage: `${name}: ${interp(`jsonencode(${v})`)} ${rule.reason(v)}`,
    rejects: rule.rejects,
  }));
}

/** Validation blocks applying ordered rules to every key of a map variable: `<name>: key <key as JSON> <reason>`. */
export function mapKeyValidations(name: string, rules: readonly Rule[]): VariableValidation[] {
  return rules.map((rule, i) => {
    const firstBad = `[for k in keys(var.${name}) : k if !(${gated(rules, i, 'k')})][0]`;
    return {
      condition: `alltrue([for k in keys(var.${name}) : ${gated(rules, i, 'k')}])`,
      errorMessage: `${name}: key ${interp(`jsonencode(${firstBad})`)} ${rule.reason(firstBad)}`,
      rejects: { [rule.rejects as string]: 'value' },
    };
  });
}

/** Validation blocks applying ordered rules to every value of a map variable: `<name>.<key>: <value as JSON> <reason>`. */
export function mapValueValidations(name: string, rules: readonly Rule[]): VariableValidation[] {
  return rules.map((rule, i) => {
    const firstBad = `[for k, value in var.${name} : k if !(${gated(rules, i, 'value')})][0]`;
    const value = `var.${name}[${firstBad}]`;
    return {
      condition: `alltrue([for value in values(var.${name}) : ${gated(rules, i, 'value')}])`,
      errorMessage: `${name}.${interp(firstBad)}: ${interp(`jsonencode(${value})`)} ${rule.reason(value)}`,
      rejects: { team: rule.rejects },
    };
  });
}
