import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleFiles } from './generate';
import { GENERATED_MARK } from './mark';

/**
 * Writes module files into a folder and removes Terraform files there that an earlier run
 * generated but this one does not (a renamed file, say), so the folder holds exactly the module.
 * Files the generator did not write are never touched. Returns the paths written.
 */
export function writeModule(dir: string, files: ModuleFiles): string[] {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (name in files || !/\.tf(\.json)?$/.test(name)) continue;
    if (readFileSync(join(dir, name), 'utf8').includes(GENERATED_MARK)) rmSync(join(dir, name));
  }
  return Object.entries(files).map(([name, content]) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  });
}
