import { relative, resolve } from 'node:path';
import { generateModule, MODULE_DIR } from '../../module/generate';
import { writeModule } from '../../module/write';
import { parseCommandArgs, stringFlag } from '../args';
import type { CliIo } from '../io';

/**
 * `pinpoint-iam module [--out DIR]`: writes the plain Terraform module (default
 * modules/pinpoint-export-role), generated from the same construct and policy code as the app.
 * Every file is generated in memory before anything is written.
 */
export function moduleCommand(args: readonly string[], io: CliIo): number {
  const parsed = parseCommandArgs('module', args, { out: 'string' });
  const dir = resolve(io.cwd, stringFlag(parsed, 'out') ?? MODULE_DIR);
  const files = generateModule();
  for (const path of writeModule(dir, files)) io.stdout(`wrote ${relative(io.cwd, path) || path}\n`);
  return 0;
}
