/**
 * Renders the module README from the same variable and output tables the module is built from,
 * so the documented inputs, defaults and outputs cannot drift from the code. Pure.
 */
import type { ModuleOutput, ModuleVariable } from '../stacks/module-variables';
import { GENERATED_MARK } from './mark';

/** Version ranges the README states. */
export interface ReadmeVersions {
  /** The `hashicorp/aws` version range. */
  readonly awsProviderVersions: string;
  /** The `required_version` range. */
  readonly terraformVersions: string;
}

/** The module README, in Markdown. */
export function renderReadme(variables: readonly ModuleVariable[], outputs: readonly ModuleOutput[], versions: ReadmeVersions): string {
  return [
    '# pinpoint-export-role',
    '',
    `<!-- ${GENERATED_MARK} (npm run build:module); do not edit. -->`,
    '',
    'The IAM that lets Amazon Pinpoint export endpoints and segments into one folder of one S3 bucket, as a plain',
    'Terraform module for teams that write HCL and do not run Node. It is generated from the same `PinpointExportRole`',
    'construct and the same policy builders as the pinpoint-iam cdktf app, so both paths plan the same IAM.',
    '',
    'It creates:',
    '',
    '- `aws_iam_policy.this`: the S3 export policy. With `s3_access = "documented"` (default) it is AWS\'s documented export',
    '  policy with the bucket and folder substituted; `"minimal"` is the opt-in least-privilege form (object writes under',
    '  the folder, GetBucketLocation, prefix-conditioned ListBucket). AWS has not published the exact minimum Pinpoint needs.',
    '- `aws_iam_role.this`: a role only `pinpoint.amazonaws.com` may assume, and only for this project of this account',
    '  (`aws:SourceAccount` and `aws:SourceArn` conditions against the confused-deputy problem).',
    '- `aws_iam_role_policy_attachment.this`: the attachment between them.',
    '',
    'The module configures no provider and no backend: the caller does (IAM is global; any region works).',
    '',
    '## Usage',
    '',
    'From git, pinned to a release tag:',
    '',
    '```hcl',
    ...usage('git::https://github.com/<org>/pinpoint-iam.git//modules/pinpoint-export-role?ref=<tag>'),
    '```',
    '',
    'From a checkout of this repository, by relative path (see `examples/terraform-module/main.tf`):',
    '',
    '```hcl',
    ...usage('../../modules/pinpoint-export-role'),
    '```',
    '',
    '## Requirements',
    '',
    '| Name | Version |',
    '| --- | --- |',
    `| terraform | \`${versions.terraformVersions}\` |`,
    `| hashicorp/aws | \`${versions.awsProviderVersions}\` |`,
    '',
    '## Inputs',
    '',
    '| Name | Description | Type | Default | Required |',
    '| --- | --- | --- | --- | :---: |',
    ...variables.map(inputRow),
    '',
    'Every input is validated by the same rules, in the same order and with the same messages, as the TypeScript',
    'validators (`<input>: <value as JSON> <what is wrong>; expected <form>`). Terraform reports every invalid input',
    'at once, before anything is planned.',
    '',
    '## Outputs',
    '',
    '| Name | Description |',
    '| --- | --- |',
    ...outputs.map((o) => `| ${o.name} | ${cell(o.description)} |`),
    '',
    '## Why `.tf.json`',
    '',
    'The files are Terraform JSON syntax, which Terraform reads exactly like HCL. HCL would be easier to read, but',
    "cdktf 0.21's HCL output mishandles tokens inside policy JSON (the policy documents embed `${var...}` expressions),",
    'a known cdktf bug; the project is archived upstream, so the JSON output is the reliable one.',
    '',
    '## Changing the module',
    '',
    'Do not edit these files. Change the construct, the policy builders or `src/stacks/module-*.ts`, then run',
    '`npm run build:module`; a test fails when the committed module differs from what the code generates.',
    '',
  ].join('\n');
}

function usage(source: string): string[] {
  return [
    'module "pinpoint_export_role" {',
    `  source = "${source}"`,
    '',
    '  pinpoint_app_arn = "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef"',
    '  bucket_name      = "example-bucket"',
    '  folder           = "Exports"',
    '  role_name        = "s3ExportRole"',
    '  policy_name      = "s3ExportPolicy"',
    '}',
  ];
}

function inputRow(v: ModuleVariable): string {
  const rules = v.validations.length;
  const description = `${v.description} (${rules} validation rule${rules === 1 ? '' : 's'})`;
  const fallback = v.required ? 'n/a' : `\`${JSON.stringify(v.default)}\``;
  return `| ${v.name} | ${cell(description)} | \`${v.type}\` | ${fallback} | ${v.required ? 'yes' : 'no'} |`;
}

/** Escapes a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
