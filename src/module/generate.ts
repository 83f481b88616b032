/**
 * Generates the plain Terraform module `modules/pinpoint-export-role` from the same construct
 * and policy builders as the cdktf app: synthesize {@link ExportRoleModuleStack} in memory, then
 * turn its JSON into module files with pure functions.
 */
import { App, Testing } from 'cdktf';
import { ExportRoleModuleStack } from '../stacks/export-role-module-stack';
import { MODULE_OUTPUTS, MODULE_VARIABLES, type ModuleOutput, type ModuleVariable } from '../stacks/module-variables';
import { GENERATED_MARK } from './mark';
import { renderReadme } from './readme';

/** Where the module lives in the repository, and where `pinpoint-iam module` writes by default. */
export const MODULE_DIR = 'modules/pinpoint-export-role';
/** AWS provider versions the module accepts: a range, so callers keep control of their pin. */
export const AWS_PROVIDER_VERSIONS = '>= 5.0, < 7.0';
/** Terraform versions the module accepts: 1.9 lets one variable's validation read another variable. */
export const TERRAFORM_VERSIONS = '>= 1.9';

/** The module's files: file name → content. */
export type ModuleFiles = Readonly<Record<string, string>>;

/** Synthesized Terraform JSON, as cdktf writes it. */
export type TerraformJson = Readonly<Record<string, unknown>>;

const HEADER = `${GENERATED_MARK} (npm run build:module) from src/stacks/export-role-module-stack.ts; do not edit.`;

/** Synthesizes the module stack in memory and returns its Terraform JSON. */
function synthModuleStack(): TerraformJson {
  const app = new App({ stackTraces: false });
  const stack = new ExportRoleModuleStack(app, 'pinpoint-export-role');
  return JSON.parse(Testing.synth(stack, true)) as TerraformJson;
}

/** Generates every file of the module. */
export function generateModule(): ModuleFiles {
  return moduleFiles(synthModuleStack(), MODULE_VARIABLES, MODULE_OUTPUTS);
}

/**
 * Turns the synthesized stack into module files (pure): drops cdktf's metadata, the provider
 * block and any backend; requires the AWS provider by a version range; writes the variables in
 * the table's order, adding `default = null` for derived defaults (cdktf 0.21 cannot write it).
 */
export function moduleFiles(synth: TerraformJson, variables: readonly ModuleVariable[], outputs: readonly ModuleOutput[]): ModuleFiles {
  const synthVariables = synth['variable'] as Record<string, Record<string, unknown>>;
  const synthOutputs = synth['output'] as Record<string, Record<string, unknown>>;
  const unknown = Object.keys(synth).filter((key) => !['terraform', 'provider', 'variable', 'locals', 'resource', 'output', '//'].includes(key));
  if (unknown.length > 0) throw new Error(`the module stack synthesized blocks the module generator does not handle: ${unknown.join(', ')}`);
  return {
    'versions.tf.json': json({
      terraform: {
        required_version: TERRAFORM_VERSIONS,
        required_providers: { aws: { source: 'hashicorp/aws', version: AWS_PROVIDER_VERSIONS } },
      },
    }),
    'variables.tf.json': json({ variable: Object.fromEntries(variables.map((v) => [v.name, variableBlock(v, synthVariables[v.name])])) }),
    'main.tf.json': json({ locals: synth['locals'], resource: synth['resource'] }),
    'outputs.tf.json': json({ output: Object.fromEntries(outputs.map((o) => [o.name, present(synthOutputs, o.name)])) }),
    'README.md': renderReadme(variables, outputs, { awsProviderVersions: AWS_PROVIDER_VERSIONS, terraformVersions: TERRAFORM_VERSIONS }),
  };
}

function variableBlock(v: ModuleVariable, synthesized: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!synthesized) throw new Error(`the module stack did not declare variable "${v.name}"`);
  const { description, type, nullable, validation } = synthesized;
  return { description, type, ...(v.required ? {} : { default: v.default }), nullable, validation };
}

function present(blocks: Record<string, Record<string, unknown>>, name: string): Record<string, unknown> {
  const block = blocks[name];
  if (!block) throw new Error(`the module stack did not declare output "${name}"`);
  return block;
}

/** Stable, readable JSON with the generated-file header first (JSON.stringify leaves out undefined blocks). */
function json(body: Record<string, unknown>): string {
  return `${JSON.stringify({ '//': HEADER, ...body }, null, 2)}\n`;
}
