#!/usr/bin/env node
// The synth baseline: a plain cdktf program with deep provider imports that emits the same
// Terraform JSON as `pinpoint-iam synth` (provider, local backend, policy + role + attachment
// and one output per role, one stack per account) from precomputed literal policy strings:
// no config validation, no policy builders, no security checks.
//
// usage: node bench/bare-synth.js --spec BARE_SPEC_JSON --out DIR   (state paths relative to the cwd, as the CLI)
const { readFileSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');
const { App, LocalBackend, TerraformOutput, TerraformStack } = require('cdktf');
const { Construct } = require('constructs');
const { AwsProvider } = require('@cdktf/provider-aws/lib/provider');
const { IamPolicy } = require('@cdktf/provider-aws/lib/iam-policy');
const { IamRole } = require('@cdktf/provider-aws/lib/iam-role');
const { IamRolePolicyAttachment } = require('@cdktf/provider-aws/lib/iam-role-policy-attachment');

/**
 * Reads `--name value` from argv.
 * @param {string} name
 * @returns {string}
 */
function flag(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || !process.argv[i + 1]) throw new Error(`bare-synth: --${name} is required`);
  return process.argv[i + 1];
}

/**
 * The local state path pinpoint-iam writes into each stack (relative, from the stack folder to
 * the spec's state file in the working directory, as src/app.ts), so the output is byte-identical.
 * @param {string} cwd
 * @param {string} outdir absolute
 * @param {{ name: string, stateFile: string }} stack
 */
function localStatePath(cwd, outdir, stack) {
  return relative(join(outdir, 'stacks', stack.name), join(cwd, stack.stateFile));
}

/**
 * Emits one role's three resources and its output into a stack.
 * @param {TerraformStack} stack
 * @param {{ id: string, roleName: string, policyName: string, description: string, policy: string, trust: string }} r
 */
function addRole(stack, r) {
  const scope = new Construct(stack, r.id);
  const policy = new IamPolicy(scope, 'policy', { path: '/', description: r.description, name: r.policyName, policy: r.policy });
  const role = new IamRole(scope, 'role', { path: '/', description: r.description, name: r.roleName, assumeRolePolicy: r.trust, maxSessionDuration: 3600 });
  new IamRolePolicyAttachment(scope, 'attachment', { role: role.name, policyArn: policy.arn });
  new TerraformOutput(stack, `export_role_${r.id}`, {
    description: `ARNs of export role ${r.id} and its S3 policy`,
    value: { role_arn: role.arn, policy_arn: policy.arn },
  });
}

function main() {
  const spec = JSON.parse(readFileSync(flag('spec'), 'utf8'));
  const outdir = resolve(flag('out'));
  const app = new App({ outdir, stackTraces: false });
  for (const s of spec.stacks) {
    const stack = new TerraformStack(app, s.name);
    new AwsProvider(stack, 'aws', { region: s.region, allowedAccountIds: [s.account] });
    new LocalBackend(stack, { path: localStatePath(process.cwd(), outdir, s) });
    for (const r of s.roles) addRole(stack, r);
  }
  app.synth();
}

main();
