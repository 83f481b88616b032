/** String specs shared by the config's sections. */
import { interpolationProblem, regionProblem } from '../policies/access/rules';
import type { StringSpec } from './spec';

/** A string spec whose check first rejects `${` and `%{`, then runs `check`. */
export function plain(spec: Omit<StringSpec, 'kind'>): StringSpec {
  const check = spec.check;
  return { kind: 'string', ...spec, check: (v) => interpolationProblem(v) ?? check?.(v) };
}

/** A region name (no wildcard), checked against the known partitions. */
export const regionSpec = (description: string): StringSpec => plain({ description, check: (v) => regionProblem(v, false) });
