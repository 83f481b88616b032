/**
 * The stack settings of a config (`backend`, `stackPer`, `accounts`): what is accepted, and each
 * rejection naming the field by path, quoting the value and stating the expected form.
 */
import { validateConfig, type ValidationResult } from '../../src/config/validate';
import { issuesOf } from '../support/config';

const ACCOUNT = '123456789012';
const APP_ARN = `arn:aws:mobiletargeting:us-east-1:${ACCOUNT}:apps/0123456789abcdef0123456789abcdef`;
const ROLE = { applicationArn: APP_ARN, bucket: 'example-bucket', folder: 'Exports' };
const S3 = { type: 's3', bucket: 'acme-terraform-state', region: 'us-east-1' };

const withSettings = (settings: Record<string, unknown>): ValidationResult => validateConfig({ exportRoles: [ROLE], ...settings });
const withAccount = (account: Record<string, unknown>): ValidationResult => withSettings({ accounts: { [ACCOUNT]: account } });


describe('stack settings', () => {
  it.each<[string, Record<string, unknown>]>([
    ['no settings at all (local state, one stack per account)', {}],
    ['the local backend named outright', { backend: { type: 'local' } }],
    ['S3 with only the required fields', { backend: S3 }],
    ['S3 with every field', { backend: { ...S3, keyPrefix: 'iam/pinpoint', kmsKeyId: 'arn:aws:kms:us-east-1:999999999999:key/1234abcd-12ab-34cd-56ef-1234567890ab', roleArn: 'arn:aws:iam::999999999999:role/state' } }],
    ['HCP Terraform with only an organization', { backend: { type: 'cloud', organization: 'acme' } }],
    ['HCP Terraform with every field', { backend: { type: 'cloud', organization: 'acme', hostname: 'tfe.example.com:8443', project: 'Pinpoint IAM', workspacePrefix: 'iam-' } }],
    ['stacks split by region', { stackPer: 'region' }],
    ['an account with every setting', { accounts: { [ACCOUNT]: { assumeRoleArn: `arn:aws:iam::${ACCOUNT}:role/deploy/pinpoint-iam`, externalId: 'x-123', region: 'eu-west-1', stackPer: 'region', backend: S3 } } }],
  ])('accepts %s', (_name, settings) => {
    expect(issuesOf(withSettings(settings))).toEqual([]);
  });

  it('fills the defaults: local state and one stack per account', () => {
    const result = withSettings({});
    expect(result.ok && { defaults: result.config.defaults, accounts: result.config.accounts }).toEqual({
      defaults: { stackPer: 'account', backend: { type: 'local' } },
      accounts: {},
    });
  });

  it("lets an account's settings override the top-level ones, and fills the S3 key prefix", () => {
    const result = withSettings({ backend: { type: 'cloud', organization: 'acme' }, accounts: { [ACCOUNT]: { backend: S3, stackPer: 'region' } } });
    expect(result.ok && result.config.accounts?.[ACCOUNT]).toEqual({ stackPer: 'region', backend: { ...S3, keyPrefix: 'pinpoint-iam' } });
    expect(result.ok && result.config.defaults?.backend).toEqual({ type: 'cloud', organization: 'acme', hostname: 'app.terraform.io', workspacePrefix: '' });
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['a backend type in capitals', { backend: { ...S3, type: 'S3' } }, 'backend.type', /^"S3" is not one of "local", "s3", "cloud" \(did you mean "s3"\?\)$/],
    ['a backend without a type', { backend: { bucket: 'acme-terraform-state' } }, 'backend', /^\{"bucket":"acme-terraform-state"\} has no "type"; expected "type": one of "local", "s3", "cloud"$/],
    ['an S3 backend without a bucket', { backend: { type: 's3', region: 'us-east-1' } }, 'backend.bucket', /^is required: Bucket holding the state files\.$/],
    ['an S3 backend with an invalid bucket', { backend: { ...S3, bucket: 'Terraform_State' } }, 'backend.bucket', /^"Terraform_State" has characters other than a-z, 0-9/],
    ['an S3 backend in no known region', { backend: { ...S3, region: 'us-east' } }, 'backend.region', /^"us-east" is not a region name such as "us-east-1"$/],
    ['a key prefix with a leading slash', { backend: { ...S3, keyPrefix: '/state' } }, 'backend.keyPrefix', /^"\/state" is not an S3 key prefix; expected '\/'-separated segments/],
    ['a key prefix with a ".." segment', { backend: { ...S3, keyPrefix: 'state/../other' } }, 'backend.keyPrefix', /no '\.' or '\.\.' segment$/],
    ['a key prefix with an interpolation', { backend: { ...S3, keyPrefix: '${var.env}' } }, 'backend.keyPrefix', /contains '\$\{' or '%\{'/],
    ['a KMS key given by bare ID', { backend: { ...S3, kmsKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' } }, 'backend.kmsKeyId', /^"1234abcd-[^"]*" is not a KMS key ARN; expected arn:<partition>:kms:/],
    ['a state role that is a user', { backend: { ...S3, roleArn: 'arn:aws:iam::999999999999:user/state' } }, 'backend.roleArn', /^".*" is not an IAM role ARN; expected arn:<partition>:iam::<12-digit account>:role\/<path\/name>$/],
    ['an S3 field on an HCP backend', { backend: { type: 'cloud', organization: 'acme', bucket: 'x' } }, 'backend.bucket', /^is not a known field \(known: type, organization, hostname, project, workspacePrefix\)$/],
    ['an organization with a space', { backend: { type: 'cloud', organization: 'acme corp' } }, 'backend.organization', /^"acme corp" is not an organization name; expected 1-80 letters, digits, - and _$/],
    ['a hostname with a scheme', { backend: { type: 'cloud', organization: 'acme', hostname: 'https://app.terraform.io' } }, 'backend.hostname', /no scheme or path/],
    ['a project name over 40 characters', { backend: { type: 'cloud', organization: 'acme', project: 'p'.repeat(41) } }, 'backend.project', /expected 1-40 letters/],
    ['a workspace prefix with a dot', { backend: { type: 'cloud', organization: 'acme', workspacePrefix: 'iam.' } }, 'backend.workspacePrefix', /^"iam\." is not a workspace name prefix/],
    ['a stack split that does not exist', { stackPer: 'regions' }, 'stackPer', /^"regions" is not one of "account", "region" \(did you mean "region"\?\)$/],
    ['an account key that is not 12 digits', { accounts: { '12345': {} } }, 'accounts["12345"]', /^"12345" is not a valid key: it is not a 12-digit account ID$/],
    ['an account no entry uses', { accounts: { '210987654321': {} } }, 'accounts["210987654321"]', /^"210987654321" is an account no export role or access policy targets; fix the account ID or remove the entry \(accounts in use: 123456789012\)$/],
    ['a mistyped account', { accounts: { '123456789013': {} } }, 'accounts["123456789013"]', /^"123456789013" is an account no export role or access policy targets \(did you mean "123456789012"\?\); fix/],
    ['a misspelt account field', { accounts: { [ACCOUNT]: { assumeRole: 'x' } } }, `accounts["${ACCOUNT}"].assumeRole`, /did you mean "assumeRoleArn"\?/],
  ])('rejects %s', (_name, settings, path, message) => {
    const issues = issuesOf(withSettings(settings));
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)!.message).toMatch(message);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['a provider role in another account', { assumeRoleArn: 'arn:aws:iam::210987654321:role/deploy' }, 'assumeRoleArn', /^".*" is a role in account 210987654321; expected a role in account 123456789012, the account whose IAM it manages$/],
    ['a provider role in another partition', { assumeRoleArn: `arn:aws-cn:iam::${ACCOUNT}:role/deploy` }, 'assumeRoleArn', /^".*" is in partition "aws-cn"; account 123456789012 is in "aws" \(exportRoles\[0\]\.applicationArn\)$/],
    ['a provider role that is a policy', { assumeRoleArn: `arn:aws:iam::${ACCOUNT}:policy/deploy` }, 'assumeRoleArn', /is not an IAM role ARN/],
    ['an external ID without a role', { externalId: 'x-123' }, 'externalId', /^"x-123" is set without assumeRoleArn/],
    ['an external ID of one character', { assumeRoleArn: `arn:aws:iam::${ACCOUNT}:role/deploy`, externalId: 'x' }, 'externalId', /expected 2-1224 characters/],
    ["a region outside the account's partition", { region: 'cn-north-1' }, 'region', /^"cn-north-1" is not a region of partition "aws", where account 123456789012 is/],
  ])("rejects %s in an account's settings", (_name, account, field, message) => {
    const issues = issuesOf(withAccount(account));
    const path = `accounts["${ACCOUNT}"].${field}`;
    expect(issues.map((i) => i.path)).toEqual([path]);
    expect(issues[0]!.message).toMatch(message);
  });

  it('rejects one account in two partitions, naming the entry that disagrees', () => {
    const china = `arn:aws-cn:mobiletargeting:cn-north-1:${ACCOUNT}:apps/0123456789abcdef0123456789abcdee`;
    const issues = issuesOf(validateConfig({ exportRoles: [ROLE, { ...ROLE, applicationArn: china, folder: 'China' }] }));
    expect(issues).toEqual([
      { path: 'exportRoles[1].applicationArn', message: `"${china}" is in partition "aws-cn", but exportRoles[0].applicationArn puts account ${ACCOUNT} in "aws"; an account belongs to one partition` },
    ]);
  });

  it('names an access policy in two partitions by its place in the config, even after a policy that could not be resolved', () => {
    const issues = issuesOf(
      validateConfig({
        exportRoles: [ROLE],
        accessPolicies: [
          { name: 'unplaced', grants: [{ actions: ['mobiletargeting:GetApps'], resources: ['*'] }] },
          { name: 'china', grants: [{ preset: 'admin', account: ACCOUNT, region: 'cn-north-1' }] },
        ],
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['accessPolicies[0].grants[0].resources[0]', 'accessPolicies[0].grants', 'accessPolicies[1].name']);
    expect(issues[2]!.message).toBe(`"china" is in partition "aws-cn", but exportRoles[0].applicationArn puts account ${ACCOUNT} in "aws"; an account belongs to one partition`);
  });

  it('lists at most ten accounts in use when an entry is unused', () => {
    const roles = Array.from({ length: 12 }, (_, i) => ({ ...ROLE, applicationArn: APP_ARN.replace(ACCOUNT, `1000000000${String(i).padStart(2, '0')}`) }));
    const issues = issuesOf(validateConfig({ exportRoles: roles, accounts: { '999999999999': {} } }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/\(accounts in use: 100000000000, 100000000001, .*, 100000000009 and 2 more\)$/);
  });

  it('reports every problem at once', () => {
    const issues = issuesOf(withSettings({ backend: { type: 's3' }, stackPer: 'zone', accounts: { [ACCOUNT]: { region: 'mars-1' } } }));
    expect(issues.map((i) => i.path)).toEqual(['backend.bucket', 'backend.region', 'stackPer', `accounts["${ACCOUNT}"].region`]);
  });
});
