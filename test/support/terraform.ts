/**
 * Test helpers around the shared terraform init: plan or validate any folder of Terraform
 * configuration without running `terraform init` again.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planWorkdir, runTerraform, terraformEnv, validateWorkdir } from '../../src/terraform';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SHARED_BACKEND } = require('./shared-init-config') as { SHARED_BACKEND: object };

function sharedEnv(): Record<string, string> {
  const dataDir = process.env['PINPOINT_IAM_TEST_TF_DATA_DIR'];
  if (!dataDir) throw new Error('the shared terraform init is missing: run the tests through jest (test/support/global-setup.js)');
  return { TF_DATA_DIR: dataDir };
}

/** Makes a folder use the shared init: the same backend (as an override file) and the same lock file. */
export function adoptSharedInit(dir: string): Record<string, string> {
  const env = sharedEnv();
  writeFileSync(join(dir, 'shared_backend_override.tf.json'), JSON.stringify({ terraform: { backend: SHARED_BACKEND } }));
  copyFileSync(process.env['PINPOINT_IAM_TEST_LOCK_FILE']!, join(dir, '.terraform.lock.hcl'));
  return env;
}

/** Plans a folder offline with the shared init and returns the parsed `terraform show -json` output. */
export async function planOffline(dir: string): Promise<PlanJson> {
  const env = adoptSharedInit(dir);
  return JSON.parse(await planWorkdir(dir, { offline: true, skipInit: true, env })) as PlanJson;
}

/** Runs `terraform validate -json` in a folder with the shared init. */
export async function validateOffline(dir: string): Promise<{ valid: boolean; diagnostics: unknown[] }> {
  const env = adoptSharedInit(dir);
  return (await validateWorkdir(dir, env)) as { valid: boolean; diagnostics: unknown[] };
}

/** The parts of a plan the tests read. */
export interface PlanJson {
  readonly format_version: string;
  readonly terraform_version?: string;
  readonly resource_changes: readonly {
    readonly address: string;
    readonly type: string;
    readonly change: { readonly actions: readonly string[]; readonly after: Record<string, unknown> | null };
  }[];
  readonly [key: string]: unknown;
}

/** Removes what changes from machine to machine or run to run, so a plan can be snapshotted. */
export function normalizePlan(plan: PlanJson): unknown {
  return JSON.parse(
    // relevant_attributes comes out in a different order from run to run, so it is sorted.
    JSON.stringify(plan, (key, value: unknown) => {
      if (['terraform_version', 'timestamp', 'provider_version'].includes(key)) return undefined;
      if (key === 'relevant_attributes' && Array.isArray(value)) return [...value].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      return value;
    }),
  ) as unknown;
}

/**
 * `terraform init -backend=false` then `validate -json` in a folder, with a data folder of the
 * caller's (several folders with the same provider requirement can share one): checks a
 * configuration whose backend cannot be reached, as CI would before it has credentials.
 */
export async function validateWithoutBackend(dir: string, dataDir: string): Promise<{ valid: boolean; diagnostics: unknown[] }> {
  const pluginDir = process.env['PINPOINT_IAM_PLUGIN_DIR'];
  if (!pluginDir) throw new Error('PINPOINT_IAM_PLUGIN_DIR is unset: run the tests through jest (test/support/global-setup.js)');
  const env = terraformEnv(process.env, { TF_DATA_DIR: dataDir });
  await runTerraform(['init', '-backend=false', '-input=false', '-no-color', `-plugin-dir=${pluginDir}`], { cwd: dir, env });
  return (await validateWorkdir(dir, { TF_DATA_DIR: dataDir })) as { valid: boolean; diagnostics: unknown[] };
}
