/**
 * A small schema language for the config file. One spec drives three things: runtime
 * validation (all problems at once, with paths), the shipped JSON Schema, and the
 * did-you-mean for unknown fields, so they cannot drift apart.
 */

/** Returns why a value is wrong (starting with a verb, e.g. "is not …"), or undefined when it is fine. */
export type Check<T> = (value: T) => string | undefined;

interface Base {
  /** One sentence for editors and error messages. */
  readonly description: string;
}

/** A string field. */
export interface StringSpec extends Base {
  readonly kind: 'string';
  readonly pattern?: string;
  readonly enum?: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly default?: string;
  readonly examples?: readonly string[];
  readonly check?: Check<string>;
}

/** A whole-number field. */
export interface IntegerSpec extends Base {
  readonly kind: 'integer';
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: number;
  readonly check?: Check<number>;
}

/** A list. */
export interface ArraySpec extends Base {
  readonly kind: 'array';
  readonly items: Spec;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** A cross-field problem, blamed on one field of the object. */
export interface FieldProblem {
  readonly field: string;
  readonly problem: string;
}

/** A field of an object spec. */
export interface Field {
  readonly spec: Spec;
  readonly required?: boolean;
}

/** An object with known fields; anything else is rejected with a did-you-mean. */
export interface ObjectSpec extends Base {
  readonly kind: 'object';
  readonly fields: Readonly<Record<string, Field>>;
  /** Checks that involve several fields, run only when every field passed; each names the field it blames. */
  readonly check?: (value: Record<string, unknown>) => readonly FieldProblem[];
}

/** A string-to-value map such as tags. */
export interface MapSpec extends Base {
  readonly kind: 'map';
  readonly values: Spec;
  readonly maxProperties?: number;
  readonly keyPattern?: string;
  readonly keyCheck?: Check<string>;
}

/**
 * One of several object shapes, chosen by `select`: an index into variants, or why none fits
 * (a reason about the whole object, or a problem blamed on its discriminating field). A string
 * variant, if any, takes string values (an ARN where a typed reference is also allowed).
 */
export interface UnionSpec extends Base {
  readonly kind: 'union';
  readonly variants: readonly (ObjectSpec | StringSpec)[];
  readonly select: (value: Record<string, unknown>) => number | string | FieldProblem;
}

/** Any spec. */
export type Spec = StringSpec | IntegerSpec | ArraySpec | ObjectSpec | MapSpec | UnionSpec;
