import { CONFIG_SPEC } from './root-spec';
import type { Spec } from './spec';

/** Where the generated JSON Schema is committed; a test fails when it is stale. */
export const SCHEMA_FILE = 'schema/pinpoint-iam.config.schema.json';

type JsonSchema = Record<string, unknown>;

/** Generates the config's JSON Schema (draft 2020-12) from the same spec the validator walks. */
export function configJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'pinpoint-iam.config.schema.json',
    title: 'pinpoint-iam config',
    ...toSchema(CONFIG_SPEC),
  };
}

/** Serialized schema text, exactly as committed. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

function toSchema(spec: Spec): JsonSchema {
  const base = { description: spec.description };
  switch (spec.kind) {
    case 'string':
      return strip({ ...base, type: 'string', enum: spec.enum, pattern: spec.enum ? undefined : spec.pattern, minLength: spec.minLength, maxLength: spec.maxLength, default: spec.default, examples: spec.examples });
    case 'integer':
      return strip({ ...base, type: 'integer', minimum: spec.minimum, maximum: spec.maximum, default: spec.default });
    case 'array':
      return strip({ ...base, type: 'array', items: toSchema(spec.items), minItems: spec.minItems, maxItems: spec.maxItems });
    case 'map':
      return strip({ ...base, type: 'object', maxProperties: spec.maxProperties, propertyNames: spec.keyPattern ? { pattern: spec.keyPattern } : undefined, additionalProperties: toSchema(spec.values) });
    case 'object': {
      const required = Object.entries(spec.fields).filter(([, f]) => f.required).map(([name]) => name);
      const properties = Object.fromEntries(Object.entries(spec.fields).map(([name, f]) => [name, toSchema(f.spec)]));
      return strip({ ...base, type: 'object', additionalProperties: false, required: required.length ? required : undefined, properties });
    }
    case 'union':
      return { ...base, oneOf: spec.variants.map(toSchema) };
  }
}

function strip(schema: Record<string, unknown>): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([, v]) => v !== undefined));
}
