import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { propProblems, type PinpointExportRoleProps } from '../../src/constructs/export-role-props';
import { validateConfig } from '../../src/config/validate';
import { MODULE_DIR } from '../../src/module/generate';
import { hclMap, hclString } from '../../src/stacks/hcl';
import { MODULE_VARIABLES, type ModuleVariable } from '../../src/stacks/module-variables';
import { APP_ARN, planDiagnostics, removeWorkspace, workspace, type Diagnostic } from './helpers';

/**
 * Bad values given to the module must fail `terraform plan` with the message the TypeScript
 * validators give for the same value. Every case is one module call, and the calls share a
 * configuration: Terraform reports all invalid inputs of all calls together. Two configurations
 * run side by side, because Terraform checks a rule that reads another variable (the boundary's
 * partition) only while planning, which it never reaches when a plain rule has failed: the
 * first holds the plain rules' cases, the second those rules and the accepted edge values.
 */
type Inputs = Readonly<Record<string, unknown>>;

const BASE: Inputs = { pinpoint_app_arn: APP_ARN, bucket_name: 'example-bucket', folder: 'Exports' };
const byName = new Map(MODULE_VARIABLES.map((v) => [v.name, v]));

/** Bad values beyond each rule's own example, from DESIGN.md's "Bad input" list. */
const MORE_BAD: readonly [string, unknown][] = [
  ['bucket_name', 'sthree-exports'],
  ['bucket_name', 'amzn-s3-demo-bucket'],
  ['bucket_name', 'exports-s3alias'],
  ['bucket_name', 'exports.mrap'],
  ['bucket_name', 'exports--x-s3'],
  ['bucket_name', 'b'.repeat(64)],
  ['folder', 'Exports/?'],
  ['folder', 'Exports/%{if true}x%{endif}'],
  ['pinpoint_app_arn', 'arn:aws:mobiletargeting:us-east-1:12345678901a:apps/0123456789abcdef0123456789abcdef'],
  ['pinpoint_app_arn', 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef'],
  ['pinpoint_app_arn', 'arn:aws-us-gov:mobiletargeting:eu-west-1:123456789012:apps/0123456789abcdef0123456789abcdef'],
  ['role_name', 'r'.repeat(65)],
  ['path', '/exports'],
  ['max_session_duration', 3599],
  ['max_session_duration', 3600.5],
];

/** Edge values every validator accepts. */
const ACCEPTED: Readonly<Record<string, Inputs>> = {
  ok_longest_names: {
    ...BASE,
    bucket_name: `a${'b'.repeat(61)}c`,
    folder: '\u00e9'.repeat(512),
    role_name: `${'r'.repeat(58)}+=,.@-`,
    policy_name: 'p'.repeat(128),
    path: '/team/exports/',
    description: 'Line one\n\tline two, caf\u00e9',
  },
  ok_china: {
    pinpoint_app_arn: 'arn:aws-cn:mobiletargeting:cn-north-1:123456789012:apps/0123456789abcdef0123456789abcdef',
    bucket_name: 'exports.example',
    folder: 'team/exports',
    permissions_boundary_arn: 'arn:aws-cn:iam::aws:policy/PowerUserAccess',
    max_session_duration: 43200,
    s3_access: 'minimal',
  },
  ok_tags: {
    ...BASE,
    tags: Object.fromEntries([['\u00c9quipe 1', ''], ['k'.repeat(128), 'v'.repeat(256)], ...Array.from({ length: 48 }, (_, i) => [`tag${i}`, 'a:b/c=d+e-f@g'])]),
  },
};

interface Case {
  readonly name: string;
  readonly inputs: Inputs;
  /** The message TypeScript gives, with the module's variable name; undefined when accepted. */
  readonly expected: string | undefined;
  /** Checked only while planning: accepted values, and rules that read another variable. */
  readonly atPlan: boolean;
}

/** Whether a validation condition reads a variable other than its own. */
function readsOtherVariables(variable: ModuleVariable, condition: string): boolean {
  return [...condition.matchAll(/var\.(\w+)/g)].some((m) => m[1] !== variable.name);
}

function toProps(inputs: Inputs): PinpointExportRoleProps {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [byName.get(name)!.prop, value])) as unknown as PinpointExportRoleProps;
}

/** TypeScript's problems for the same inputs: the construct's prop checks, and the config's for the boundary. */
function typescriptProblems(inputs: Inputs): string[] {
  const problems = propProblems(toProps(inputs)).map((p) => {
    const prop = p.slice(0, p.search(/[:.]/));
    return `${MODULE_VARIABLES.find((v) => v.prop === prop)!.name}${p.slice(prop.length)}`;
  });
  const config = validateConfig({ exportRoles: [toProps(inputs)] });
  const boundary = config.ok ? [] : config.issues.filter((i) => i.path.endsWith('.permissionsBoundary'));
  return [...problems, ...boundary.map((i) => `permissions_boundary_arn: ${i.message}`)];
}

function badCase(name: string, variable: ModuleVariable, value: unknown, atPlan = false): Case {
  const inputs = { ...BASE, [variable.name]: value };
  const problems = typescriptProblems(inputs);
  if (problems.length !== 1) throw new Error(`case ${name}: TypeScript reports ${problems.length} problems, expected one: ${problems.join('; ')}`);
  return { name, inputs, expected: problems[0], atPlan };
}

const CASES: readonly Case[] = [
  ...MODULE_VARIABLES.flatMap((v) => v.validations.map((rule, i) => badCase(`${v.name}_rule_${i + 1}`, v, rule.rejects, readsOtherVariables(v, rule.condition)))),
  ...MORE_BAD.map(([name, value], i) => badCase(`${name}_more_${i + 1}`, byName.get(name)!, value)),
  ...Object.entries(ACCEPTED).map(([name, inputs]) => ({ name, inputs, expected: undefined, atPlan: true })),
];

/** The plan-time configuration plans the accepted calls' resources, so it needs the provider (planDiagnostics makes it offline). */
const PROVIDER = `provider "aws" {
  region = "us-east-1"
}
`;

function hclValue(value: unknown): string {
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number') return String(value);
  return hclMap(value as Record<string, string>);
}

function moduleBlock({ name, inputs }: Case): string {
  const lines = Object.entries(inputs).map(([key, value]) => `  ${key} = ${hclValue(value)}`);
  return [`module "${name}" {`, `  source = "../${MODULE_DIR}"`, ...lines, '}', ''].join('\n');
}

describe('the module variable validations', () => {
  let dir: string;
  let diagnostics: Diagnostic[];
  const reported = (name: string) =>
    diagnostics.filter((d) => d.context === `module "${name}"`).map((d) => `${d.summary}: ${d.detail.split('\n\nThis was checked by')[0]}`);

  beforeAll(async () => {
    dir = workspace('module-validation');
    const configuration = (name: string, cases: readonly Case[]) => {
      const root = join(dir, name);
      mkdirSync(root);
      writeFileSync(join(root, 'main.tf'), [PROVIDER, ...cases.map(moduleBlock)].join('\n'));
      return root;
    };
    const plans = await Promise.all([
      planDiagnostics(configuration('at-validate', CASES.filter((c) => !c.atPlan))),
      planDiagnostics(configuration('at-plan', CASES.filter((c) => c.atPlan))),
    ]);
    diagnostics = plans.flat();
  });
  afterAll(() => removeWorkspace(dir));

  it('covers every rule of every input and at least twelve bad values', () => {
    expect(CASES.filter((c) => c.atPlan && c.expected).map((c) => c.name)).toEqual(['permissions_boundary_arn_rule_2']);
    expect(CASES.filter((c) => c.expected).length).toBeGreaterThanOrEqual(12 + MODULE_VARIABLES.length);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.filter((c) => c.expected).map((c) => [c.name, c] as const))('rejects %s with the TypeScript message', (_, c) => {
    expect(reported(c.name)).toEqual([`Invalid value for variable: ${c.expected}`]);
  });

  it.each(Object.keys(ACCEPTED))('accepts the edge values of %s, as TypeScript does', (name) => {
    expect(typescriptProblems(ACCEPTED[name]!)).toEqual([]);
    expect(validateConfig({ exportRoles: [toProps(ACCEPTED[name]!)] })).toMatchObject({ ok: true });
    expect(reported(name)).toEqual([]);
  });

  it('reports nothing but the expected errors', () => {
    expect(diagnostics.filter((d) => !CASES.some((c) => d.context === `module "${c.name}"`))).toEqual([]);
  });
});
