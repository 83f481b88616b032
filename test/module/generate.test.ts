import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { moduleCommand } from '../../src/cli/commands/module';
import { UsageError, type CliIo } from '../../src/cli/io';
import { COMMANDS } from '../../src/cli/main';
import { AWS_PROVIDER_VERSIONS, generateModule, MODULE_DIR } from '../../src/module/generate';
import { MODULE_OUTPUTS, MODULE_VARIABLES } from '../../src/stacks/module-variables';
import { ROOT } from './helpers';

type Json = Record<string, Record<string, Record<string, unknown>>>;

/** Whether a version meets a Terraform constraint list made of `>=` and `<` terms. */
function satisfies(version: string, constraints: string): boolean {
  const compare = (a: string, b: string) => {
    const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
    for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
    return 0;
  };
  return constraints.split(',').every((term) => {
    const [op, bound] = term.trim().split(/\s+/) as [string, string];
    if (op === '>=') return compare(version, bound) >= 0;
    if (op === '<') return compare(version, bound) < 0;
    throw new Error(`unexpected constraint ${term}`);
  });
}

function io(cwd: string): CliIo & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => out.push(t), stderr: (t) => out.push(t), env: {}, cwd, progress: false };
}

describe('the generated Terraform module', () => {
  const files = generateModule();
  const parse = (name: string) => JSON.parse(files[name]!) as Json;

  it('is committed exactly as the code generates it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinpoint-iam-module-drift-'));
    try {
      expect(moduleCommand(['--out', 'out'], io(dir))).toBe(0);
      const [committedDir, generatedDir] = [join(ROOT, MODULE_DIR), join(dir, 'out')];
      const read = (folder: string, name: string) => (existsSync(join(folder, name)) ? readFileSync(join(folder, name), 'utf8') : undefined);
      const names = [...new Set([...readdirSync(committedDir), ...readdirSync(generatedDir)])].sort();
      const stale = names.filter((name) => read(committedDir, name) !== read(generatedDir, name));
      if (stale.length > 0) throw new Error(`${MODULE_DIR} differs from the generated module (${stale.join(', ')}): run npm run build:module`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the module to modules/pinpoint-export-role by default and lists what it wrote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinpoint-iam-module-cli-'));
    try {
      const run = io(dir);
      expect(moduleCommand([], run)).toBe(0);
      expect(readdirSync(join(dir, MODULE_DIR)).sort()).toEqual(Object.keys(files).sort());
      expect(run.out.join('')).toContain(`wrote ${MODULE_DIR}/variables.tf.json`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('removes Terraform files an earlier run generated but leaves other files alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinpoint-iam-module-stale-'));
    try {
      moduleCommand(['--out', 'm'], io(dir));
      writeFileSync(join(dir, 'm', 'old.tf.json'), files['outputs.tf.json']!);
      writeFileSync(join(dir, 'm', 'mine.tf'), 'locals {}\n');
      moduleCommand(['--out', 'm'], io(dir));
      expect(readdirSync(join(dir, 'm'))).not.toContain('old.tf.json');
      expect(readdirSync(join(dir, 'm'))).toContain('mine.tf');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is the CLI command named module', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinpoint-iam-module-main-'));
    try {
      expect(await COMMANDS['module']!(['--out', 'm'], io(dir))).toBe(0);
      expect(readdirSync(join(dir, 'm')).sort()).toEqual(Object.keys(files).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown flag as a usage error', () => {
    expect(() => moduleCommand(['--outdir', 'x'], io(tmpdir()))).toThrow(UsageError);
  });

  it('configures no provider and no backend, and requires hashicorp/aws by a range that admits 5.100.0', () => {
    const all = Object.entries(files).filter(([name]) => name.endsWith('.tf.json')).map(([, text]) => JSON.parse(text) as Json);
    expect(all.some((file) => 'provider' in file)).toBe(false);
    expect(all.some((file) => 'backend' in (file['terraform'] ?? {}))).toBe(false);
    expect(parse('versions.tf.json')['terraform']!['required_providers']).toEqual({ aws: { source: 'hashicorp/aws', version: AWS_PROVIDER_VERSIONS } });
    expect(satisfies('5.100.0', AWS_PROVIDER_VERSIONS)).toBe(true);
    expect(['4.67.0', '7.0.0'].map((v) => satisfies(v, AWS_PROVIDER_VERSIONS))).toEqual([false, false]);
  });

  it('names its resources this, as terraform-aws-modules does', () => {
    const resources = parse('main.tf.json')['resource']!;
    expect(Object.fromEntries(Object.entries(resources).map(([type, byName]) => [type, Object.keys(byName)]))).toEqual({
      aws_iam_policy: ['this'],
      aws_iam_role: ['this'],
      aws_iam_role_policy_attachment: ['this'],
    });
  });

  it('selects the S3 policy with a conditional over both generated documents', () => {
    const main = parse('main.tf.json');
    const policy = main['resource']!['aws_iam_policy'] as Record<string, Record<string, unknown>>;
    expect(policy['this']!['policy']).toBe('${(var.s3_access == "minimal") ? local.minimal_policy : local.documented_policy}');
    expect(Object.keys(main['locals']!)).toEqual(['documented_policy', 'minimal_policy']);
  });

  it('declares every input with a description and a type, and a default exactly when optional', () => {
    const variables = parse('variables.tf.json')['variable']!;
    expect(Object.keys(variables)).toEqual(MODULE_VARIABLES.map((v) => v.name));
    expect(Object.keys(variables)).toEqual([
      'pinpoint_app_arn', 'bucket_name', 'folder', 'role_name', 'policy_name', 'path', 'description',
      'permissions_boundary_arn', 'max_session_duration', 'tags', 's3_access',
    ]);
    for (const [name, block] of Object.entries(variables)) {
      const required = ['pinpoint_app_arn', 'bucket_name', 'folder'].includes(name);
      expect([name, typeof block['description'], typeof block['type'], 'default' in block]).toEqual([name, 'string', 'string', !required]);
      expect((block['validation'] as unknown[]).length).toBeGreaterThan(0);
    }
    expect(['role_name', 'policy_name', 'description', 'permissions_boundary_arn'].map((n) => variables[n]!['default'])).toEqual([null, null, null, null]);
  });

  it('declares the role_arn, role_name and policy_arn outputs, each with a description', () => {
    const outputs = parse('outputs.tf.json')['output']!;
    expect(Object.keys(outputs)).toEqual(['role_arn', 'role_name', 'policy_arn']);
    expect(outputs['role_arn']!['value']).toBe('${aws_iam_role.this.arn}');
    expect(Object.values(outputs).every((o) => typeof o['description'] === 'string')).toBe(true);
  });

  it('documents every input and output in the README tables, with the git source form', () => {
    const readme = files['README.md']!;
    for (const v of MODULE_VARIABLES) expect(readme).toMatch(new RegExp(`^\\| ${v.name} \\|.*\\| \`${v.type.replace(/[()]/g, '\\$&')}\` \\|`, 'm'));
    for (const o of MODULE_OUTPUTS) expect(readme).toContain(`| ${o.name} | ${o.description} |`);
    expect(readme).toContain('source = "git::https://github.com/<org>/pinpoint-iam.git//modules/pinpoint-export-role?ref=<tag>"');
    expect(readme).toMatch(/cdktf 0\.21's HCL output mishandles tokens inside policy JSON/);
  });

  it('generates byte-identical files on every run', () => {
    expect(generateModule()).toEqual(files);
  });
});
