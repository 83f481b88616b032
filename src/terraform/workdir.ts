import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTerraform, terraformEnv, type TerraformResult } from './process';

/** Override file that lets the AWS provider plan with no credentials and no network. */
export const OFFLINE_OVERRIDE_FILE = 'offline_override.tf.json';
/** Environment variable naming the provider mirror (unpacked layout) for `terraform init -plugin-dir`. */
export const PLUGIN_DIR_ENV = 'PINPOINT_IAM_PLUGIN_DIR';

/**
 * Provider settings for an offline plan: dummy credentials and every skip flag that would
 * otherwise reach AWS. Written as a Terraform override file so the synthesized stack itself
 * stays deployable with real credentials.
 */
export function offlineProviderOverride(): object {
  return {
    provider: {
      aws: [
        {
          access_key: 'offline-plan',
          secret_key: 'offline-plan',
          skip_credentials_validation: true,
          skip_requesting_account_id: true,
          skip_metadata_api_check: true,
          skip_region_validation: true,
        },
      ],
    },
  };
}

/** Options of {@link planWorkdir}. */
export interface PlanOptions {
  /** Plan with dummy credentials and no AWS calls. @default false */
  readonly offline?: boolean;
  /** Provider mirror for `terraform init -plugin-dir`. @default the registry */
  readonly pluginDir?: string;
  /** Skip `terraform init` (the directory, or TF_DATA_DIR, is already initialized). @default false */
  readonly skipInit?: boolean;
  /** Extra environment, such as TF_DATA_DIR. @default none */
  readonly env?: Readonly<Record<string, string>>;
  /** The environment the extra settings are added to. @default process.env */
  readonly baseEnv?: NodeJS.ProcessEnv;
  /** Called as each step starts. @default no-op */
  readonly onStep?: (step: 'init' | 'plan' | 'show') => void;
}

/** `terraform init` in a directory, from a plugin mirror when one is given. */
export function init(dir: string, options: Pick<PlanOptions, 'pluginDir' | 'env' | 'baseEnv'> = {}): Promise<TerraformResult> {
  const args = ['init', '-input=false', '-no-color'];
  if (options.pluginDir) args.push(`-plugin-dir=${options.pluginDir}`);
  return runTerraform(args, { cwd: dir, env: terraformEnv(options.baseEnv ?? process.env, options.env) });
}

/** Runs init (unless skipped), plan and `show -json` in a synthesized stack folder; resolves with the plan JSON text. */
export async function planWorkdir(dir: string, options: PlanOptions = {}): Promise<string> {
  const env = terraformEnv(options.baseEnv ?? process.env, options.env);
  const overridePath = join(dir, OFFLINE_OVERRIDE_FILE);
  if (options.offline) writeFileSync(overridePath, `${JSON.stringify(offlineProviderOverride(), null, 2)}\n`);
  else rmSync(overridePath, { force: true });
  if (!options.skipInit) {
    options.onStep?.('init');
    await init(dir, options);
  }
  options.onStep?.('plan');
  await runTerraform(['plan', '-input=false', '-no-color', '-out=tfplan'], { cwd: dir, env });
  options.onStep?.('show');
  const shown = await runTerraform(['show', '-json', '-no-color', 'tfplan'], { cwd: dir, env, step: 'show' });
  return shown.stdout;
}

/** `terraform validate` in an initialized directory; resolves with the JSON diagnostics. */
export async function validateWorkdir(dir: string, env: Readonly<Record<string, string>> = {}): Promise<unknown> {
  const result = await runTerraform(['validate', '-json', '-no-color'], { cwd: dir, env: terraformEnv(process.env, env), step: 'validate', okExitCodes: [0, 1] });
  return JSON.parse(result.stdout) as unknown;
}
