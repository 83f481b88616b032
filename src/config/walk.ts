import { didYouMean, oneOf } from '../policies/did-you-mean';
import { joinPath, problemAt } from '../policies/problems';
import type { ConfigIssue } from './issue';
import type { ArraySpec, IntegerSpec, MapSpec, ObjectSpec, Spec, StringSpec } from './spec';

/** Validates a parsed JSON value against a spec and returns every problem found. */
export function walk(value: unknown, spec: Spec, path: string): ConfigIssue[] {
  switch (spec.kind) {
    case 'string':
      return walkString(value, spec, path);
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return [problemAt(path, value, `is not a whole number; expected a whole number from ${range(spec)}`)];
      if ((spec.minimum !== undefined && value < spec.minimum) || (spec.maximum !== undefined && value > spec.maximum)) {
        return [problemAt(path, value, `is out of range; expected ${range(spec)}`)];
      }
      return checked(path, value, spec.check?.(value));
    case 'array':
      return walkArray(value, spec, path);
    case 'object':
      return walkObject(value, spec, path);
    case 'map':
      return walkMap(value, spec, path);
    case 'union': {
      const text = spec.variants.find((v) => v.kind === 'string');
      if (text && typeof value === 'string') return walk(value, text, path);
      if (!isPlainObject(value)) return [problemAt(path, value, text ? 'is neither a string nor an object' : 'is not an object')];
      const chosen = spec.select(value);
      if (typeof chosen === 'string') return [problemAt(path, value, chosen)];
      if (typeof chosen === 'object') return [problemAt(joinPath(path, chosen.field), value[chosen.field], chosen.problem)];
      return walk(value, spec.variants[chosen]!, path);
    }
  }
}

function range(spec: IntegerSpec): string {
  return `${spec.minimum ?? '-∞'} to ${spec.maximum ?? '∞'}`;
}

function walkString(value: unknown, spec: StringSpec, path: string): ConfigIssue[] {
  if (typeof value !== 'string') return [problemAt(path, value, 'is not a string')];
  if (spec.enum && !spec.enum.includes(value)) return [problemAt(path, value, `is not ${oneOf(value, spec.enum)}`)];
  if (spec.minLength !== undefined && value.length < spec.minLength) {
    return [problemAt(path, value, `is shorter than ${spec.minLength} characters`)];
  }
  if (spec.maxLength !== undefined && value.length > spec.maxLength) {
    return [problemAt(path, value, `is ${value.length} characters long; expected at most ${spec.maxLength}`)];
  }
  return checked(path, value, spec.check?.(value));
}

function walkArray(value: unknown, spec: ArraySpec, path: string): ConfigIssue[] {
  if (!Array.isArray(value)) return [problemAt(path, value, 'is not a list')];
  if (spec.minItems !== undefined && value.length < spec.minItems) {
    return [problemAt(path, value, `has ${value.length} entries; expected at least ${spec.minItems}`)];
  }
  if (spec.maxItems !== undefined && value.length > spec.maxItems) {
    return [{ path, message: `has ${value.length} entries; expected at most ${spec.maxItems}` }];
  }
  return value.flatMap((item, i) => walk(item, spec.items, `${path}[${i}]`));
}

function walkObject(value: unknown, spec: ObjectSpec, path: string): ConfigIssue[] {
  if (!isPlainObject(value)) return [problemAt(path, value, 'is not an object')];
  const known = Object.keys(spec.fields);
  const issues: ConfigIssue[] = [];
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const hint = didYouMean(key, known);
    issues.push({
      path: joinPath(path, key),
      message: `is not a known field${hint ? `; did you mean "${hint}"?` : ''} (known: ${known.join(', ')})`,
    });
  }
  for (const [name, field] of Object.entries(spec.fields)) {
    const child = joinPath(path, name);
    if (value[name] === undefined) {
      if (field.required) issues.push({ path: child, message: `is required: ${field.spec.description}` });
      continue;
    }
    issues.push(...walk(value[name], field.spec, child));
  }
  if (issues.length > 0 || !spec.check) return issues;
  return spec.check(value).map((p) => problemAt(joinPath(path, p.field), value[p.field], p.problem));
}

function walkMap(value: unknown, spec: MapSpec, path: string): ConfigIssue[] {
  if (!isPlainObject(value)) return [problemAt(path, value, 'is not an object')];
  const entries = Object.entries(value);
  if (spec.maxProperties !== undefined && entries.length > spec.maxProperties) {
    return [{ path, message: `has ${entries.length} entries; expected at most ${spec.maxProperties}` }];
  }
  return entries.flatMap(([key, item]) => {
    const keyProblem = spec.keyCheck?.(key);
    const child = joinPath(path, key);
    return keyProblem ? [problemAt(child, key, `is not a valid key: it ${keyProblem}`)] : walk(item, spec.values, child);
  });
}

function checked(path: string, value: unknown, problem: string | undefined): ConfigIssue[] {
  return problem === undefined ? [] : [problemAt(path, value, problem)];
}

/** True for `{...}` objects parsed from JSON (not arrays, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
