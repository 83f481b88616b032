import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { configJsonSchemaText, SCHEMA_FILE } from '../../config/schema';
import { parseCommandArgs, stringFlag } from '../args';
import type { CliIo } from '../io';

/** `pinpoint-iam schema [--out FILE]`: writes the config's JSON Schema (default schema/pinpoint-iam.config.schema.json). */
export function schemaCommand(args: readonly string[], io: CliIo): number {
  const parsed = parseCommandArgs('schema', args, { out: 'string' });
  const file = resolve(io.cwd, stringFlag(parsed, 'out') ?? SCHEMA_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, configJsonSchemaText());
  io.stdout(`wrote ${file}\n`);
  return 0;
}
