import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTerraform, terraformEnv, type TerraformResult } from './process';

/** Override file that lets a stack plan with no credentials, no network and no remote state. */
export const OFFLINE_OVERRIDE_FILE = 'offline_override.tf.json';
/** Environment variable naming the provider mirror (unpacked layout) for `terraform init -plugin-dir`. */
export const PLUGIN_DIR_ENV = 'PINPOINT_IAM_PLUGIN_DIR';

/**
 * Terraform data folder of offline plans, relative to the stack folder. Offline plans use a
 * local backend; keeping their init apart means a later real `terraform init` still finds the
 * stack's own backend (S3, HCP Terraform) and does not ask to migrate state.
 */
export const OFFLINE_DATA_DIR = '.terraform-offline';

/** Options of {@link offlineOverride}. */
export interface OfflineOverrideOptions {
  /** The provider assumes a role, which would call STS: the override clears its role ARN. @default false */
  readonly assumesRole?: boolean;
}

/**
 * Settings for an offline plan: a local backend in place of any remote one (override files
 * replace the backend or cloud block), dummy credentials, every skip flag that would otherwise
 * reach AWS, and no account allow-list (there is no account to check). {@link planWorkdir}
 * writes it as a Terraform override file for the plan only and removes it afterwards, so the
 * stack folder stays deployable with real credentials and its real backend.
 */
export function offlineOverride(options: OfflineOverrideOptions = {}): object {
  return {
    terraform: { backend: { local: { path: 'terraform.tfstate' } } },
    provider: {
      aws: [
        {
          access_key: 'offline-plan',
          secret_key: 'offline-plan',
          skip_credentials_validation: true,
          skip_requesting_account_id: true,
          skip_metadata_api_check: true,
          skip_region_validation: true,
          // With no account ID requested, an account allow-list can only fail: null unsets it.
          allowed_account_ids: null,
          // An override cannot remove a nested block, only replace it. The provider skips
          // AssumeRole when role_arn is empty; Terraform warns that role_arn is missing.
          ...(options.assumesRole && { assume_role: [{ role_arn: '' }] }),
        },
      ],
    },
  };
}

/** The arguments of each step (init without `-plugin-dir`), shared with the bench's bare-terraform baseline. */
export const STEP_ARGS = {
  init: ['init', '-input=false', '-no-color'],
  plan: ['plan', '-input=false', '-no-color', '-out=tfplan'],
  show: ['show', '-json', '-no-color', 'tfplan'],
} as const;

/** Options of {@link planWorkdir}. */
export interface PlanOptions {
  /** Plan with dummy credentials and no AWS calls. @default false */
  readonly offline?: boolean;
  /** The stack's provider assumes a role, which an offline plan must clear (see {@link offlineOverride}). @default false */
  readonly assumesRole?: boolean;
  /** Provider mirror for `terraform init -plugin-dir`. @default the registry */
  readonly pluginDir?: string;
  /** Skip `terraform init` (the directory, or TF_DATA_DIR, is already initialized). @default false */
  readonly skipInit?: boolean;
  /** Extra environment, such as TF_DATA_DIR. @default none */
  readonly env?: Readonly<Record<string, string>>;
  /** The environment the extra settings are added to. @default process.env */
  readonly baseEnv?: NodeJS.ProcessEnv;
}

/** `terraform init` in a directory, from a plugin mirror when one is given. */
export function init(dir: string, options: Pick<PlanOptions, 'pluginDir' | 'env' | 'baseEnv'> = {}): Promise<TerraformResult> {
  const args = [...STEP_ARGS.init, ...(options.pluginDir ? [`-plugin-dir=${options.pluginDir}`] : [])];
  return runTerraform(args, { cwd: dir, env: terraformEnv(options.baseEnv ?? process.env, options.env) });
}

/** Runs init (unless skipped), plan and `show -json` in a synthesized stack folder; resolves with the plan JSON text. */
export async function planWorkdir(dir: string, options: PlanOptions = {}): Promise<string> {
  const base = options.baseEnv ?? process.env;
  const extra = { ...(options.offline && !base['TF_DATA_DIR'] && { TF_DATA_DIR: OFFLINE_DATA_DIR }), ...options.env };
  const env = terraformEnv(base, extra);
  const overridePath = join(dir, OFFLINE_OVERRIDE_FILE);
  if (options.offline) writeFileSync(overridePath, `${JSON.stringify(offlineOverride({ assumesRole: options.assumesRole ?? false }), null, 2)}\n`);
  else rmSync(overridePath, { force: true });
  try {
    if (!options.skipInit) {
      await init(dir, { ...options, env: extra });
    }
    await runTerraform(STEP_ARGS.plan, { cwd: dir, env });
    const shown = await runTerraform(STEP_ARGS.show, { cwd: dir, env, step: 'show' });
    return shown.stdout;
  } finally {
    // Left behind, the override would turn a later real init, plan or apply in this folder into
    // one with a local backend, dummy credentials and no account check.
    if (options.offline) rmSync(overridePath, { force: true });
  }
}

/** `terraform validate` in an initialized directory; resolves with the JSON diagnostics. */
export async function validateWorkdir(dir: string, env: Readonly<Record<string, string>> = {}): Promise<unknown> {
  const result = await runTerraform(['validate', '-json', '-no-color'], { cwd: dir, env: terraformEnv(process.env, env), step: 'validate', okExitCodes: [0, 1] });
  return JSON.parse(result.stdout) as unknown;
}
