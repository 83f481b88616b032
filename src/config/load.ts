import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ConfigError } from './issue';
import type { ResolvedConfig } from './types';
import { validateConfigText } from './validate';

/** The example config at the repository root, used when nothing else is named. */
export const DEFAULT_CONFIG_FILE = 'pinpoint-iam.config.json';
/** Environment variable that names another config file. */
export const CONFIG_ENV = 'PINPOINT_IAM_CONFIG';

/** Picks the config file: an explicit path, else `PINPOINT_IAM_CONFIG`, else the default, relative to `cwd`. */
export function configPath(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, explicit ?? env[CONFIG_ENV] ?? DEFAULT_CONFIG_FILE);
}

/**
 * Reads and validates a config file; throws {@link ConfigError} listing every problem.
 * `label` names the file in errors (the CLI passes the path relative to where it runs).
 */
export function loadConfig(file: string, label = file): ResolvedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(label, [{ path: '(file)', message: `cannot be read (${code}); expected a JSON config file, see ${DEFAULT_CONFIG_FILE}` }]);
  }
  const result = validateConfigText(text);
  if (!result.ok) throw new ConfigError(label, result.issues);
  return result.config;
}

/**
 * Picks the config file as {@link configPath} does and loads it, naming it in errors by its path
 * relative to `cwd`, so no error shows more of the machine than the user typed.
 */
export function loadConfigFrom(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ResolvedConfig {
  const file = configPath(explicit, env, cwd);
  return loadConfig(file, relative(cwd, file) || file);
}
