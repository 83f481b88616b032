import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleFiles } from './generate';

/**
 * Writes module files into a folder and removes Terraform files there that the generator no
 * longer produces, so the folder holds exactly the generated module. Returns the paths written.
 */
export function writeModule(dir: string, files: ModuleFiles): string[] {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (/\.tf(\.json)?$/.test(name) && !(name in files)) rmSync(join(dir, name));
  }
  return Object.entries(files).map(([name, content]) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  });
}
