/**
 * Helpers for the module tests: copy the committed module and example into a temp folder with
 * the same layout, and plan or validate configurations that call modules on top of the shared
 * `terraform init` (test/support/global-setup.js).
 *
 * A configuration with `module` blocks needs its modules recorded in `<TF_DATA_DIR>/modules`,
 * which the shared data dir does not have (and must not get: other tests share it). So each
 * folder gets its own small data dir that links the shared provider install and records its
 * local modules with `terraform get` (no network, no provider install; not an init).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODULE_DIR } from '../../src/module/generate';
import { templateText } from '../../src/stacks/hcl';
import { OFFLINE_OVERRIDE_FILE, offlineOverride, planWorkdir, runTerraform, terraformEnv, validateWorkdir } from '../../src/terraform';
import { adoptSharedInit, type PlanJson } from '../support/terraform';

/** The repository root. */
export const ROOT = join(__dirname, '..', '..');
/** The committed example, relative to the root. */
export const EXAMPLE_PATH = 'examples/terraform-module';
/** The seed application ARN. */
export const APP_ARN = 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef';

/** A temp folder holding a copy of the committed module (and the example) at their repository paths. */
export function workspace(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `pinpoint-iam-${prefix}-`));
  cpSync(join(ROOT, MODULE_DIR), join(dir, MODULE_DIR), { recursive: true });
  cpSync(join(ROOT, EXAMPLE_PATH), join(dir, EXAMPLE_PATH), { recursive: true });
  return dir;
}

/** Removes a temp folder. */
export function removeWorkspace(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Gives `dir` its own data dir on top of the shared init and records its local modules; returns the env to run terraform with. */
async function adoptSharedInitWithModules(dir: string): Promise<Record<string, string>> {
  const shared = adoptSharedInit(dir)['TF_DATA_DIR']!;
  const own = join(dir, '.terraform-data');
  if (!existsSync(own)) {
    mkdirSync(own);
    symlinkSync(join(shared, 'providers'), join(own, 'providers'));
    for (const file of ['plugin_path', 'terraform.tfstate']) {
      if (existsSync(join(shared, file))) copyFileSync(join(shared, file), join(own, file));
    }
  }
  const env = { TF_DATA_DIR: own };
  await runTerraform(['get', '-no-color'], { cwd: dir, env: terraformEnv(process.env, env) });
  return env;
}

/** Plans a folder that calls modules, offline, and returns the parsed `terraform show -json` output. */
export async function planModulesOffline(dir: string): Promise<PlanJson> {
  const env = await adoptSharedInitWithModules(dir);
  return JSON.parse(await planWorkdir(dir, { offline: true, skipInit: true, env })) as PlanJson;
}

/** `terraform validate -json` in a folder that calls modules (or is one). */
export async function validateModulesOffline(dir: string): Promise<{ valid: boolean; diagnostics: unknown[] }> {
  const env = await adoptSharedInitWithModules(dir);
  return (await validateWorkdir(dir, env)) as { valid: boolean; diagnostics: unknown[] };
}

/** One diagnostic of `terraform plan -json`. */
export interface Diagnostic {
  readonly severity: string;
  readonly summary: string;
  readonly detail: string;
  /** The enclosing block of the reported expression, such as `module "bad_bucket"`. */
  readonly context?: string;
}

/** Runs `terraform plan -json` offline (the CLI's provider override) expecting it to fail, and returns its error diagnostics. */
export async function planDiagnostics(dir: string): Promise<Diagnostic[]> {
  const env = await adoptSharedInitWithModules(dir);
  writeFileSync(join(dir, OFFLINE_OVERRIDE_FILE), JSON.stringify(offlineOverride()));
  const result = await runTerraform(['plan', '-json', '-input=false', '-no-color'], { cwd: dir, env: terraformEnv(process.env, env), okExitCodes: [0, 1] });
  return result.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { type: string; diagnostic?: { severity: string; summary: string; detail: string; snippet?: { context?: string } } })
    .filter((message) => message.type === 'diagnostic' && message.diagnostic?.severity === 'error')
    .map(({ diagnostic: d }) => ({ severity: d!.severity, summary: d!.summary, detail: d!.detail, context: d!.snippet?.context }));
}

/** Escapes a value for Terraform JSON syntax, where every string is a template. */
export function literal<T>(value: T): T {
  if (typeof value === 'string') return templateText(value) as T;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [literal(k), literal(v)])) as T;
  }
  return value;
}

