/**
 * The multi-account example (examples/multi-account): every backend the config offers, emitted
 * into real stacks, checked by terraform itself with `init -backend=false` + `validate`.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { runTerraform, terraformEnv } from '../../src/terraform';
import { synthMultiAccountExample } from '../support/multi-account';
import { validateWithoutBackend } from '../support/terraform';


interface StackJson {
  terraform: { backend?: Record<string, Record<string, unknown>>; cloud?: Record<string, unknown> };
  provider: { aws: Record<string, unknown>[] };
  resource: Record<string, Record<string, unknown>>;
}

/** What a stack says about where it runs: its backend (or cloud block) and its provider. */
function settingsOf(stack: StackJson) {
  return { backend: stack.terraform.backend, cloud: stack.terraform.cloud, provider: stack.provider.aws };
}

describe('the multi-account example', () => {
  let dir: string;
  let stacks: Record<string, StackJson>;

  beforeAll(() => {
    const example = synthMultiAccountExample('pinpoint-iam-backends-');
    dir = example.dir;
    stacks = Object.fromEntries(example.stacks.map((name) => [name, JSON.parse(readFileSync(join(example.stackDir(name), 'cdk.tf.json'), 'utf8')) as StackJson]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('splits into one stack per account, and per region for the account that asks for it', () => {
    expect(Object.keys(stacks)).toEqual([
      'pinpoint-iam-111111111111',
      'pinpoint-iam-222222222222-eu-west-1',
      'pinpoint-iam-222222222222-eu-central-1',
      'pinpoint-iam-333333333333',
      'pinpoint-iam-444444444444',
    ]);
  });

  it('emits each stack\'s backend and provider as snapshotted', () => {
    expect(Object.fromEntries(Object.entries(stacks).map(([name, stack]) => [name, settingsOf(stack)]))).toMatchSnapshot();
  });

  it('keys S3 state by stack name, with S3-native locking and encryption', () => {
    expect(stacks['pinpoint-iam-111111111111']!.terraform.backend!['s3']).toEqual({
      bucket: 'acme-terraform-state',
      key: 'pinpoint-iam/pinpoint-iam-111111111111.tfstate',
      region: 'us-east-1',
      encrypt: true,
      use_lockfile: true,
    });
    const emea = stacks['pinpoint-iam-222222222222-eu-west-1']!.terraform.backend!['s3']!;
    expect(emea).toMatchObject({ bucket: 'emea-terraform-state', key: 'iam/pinpoint/pinpoint-iam-222222222222-eu-west-1.tfstate', use_lockfile: true, encrypt: true });
    expect(emea['kms_key_id']).toBe('arn:aws:kms:eu-west-1:222222222222:alias/terraform-state');
    expect(emea['assume_role']).toEqual({ role_arn: 'arn:aws:iam::222222222222:role/terraform-state', session_name: 'pinpoint-iam-state' });
    expect(emea).not.toHaveProperty('dynamodb_table');
  });

  it('names one HCP Terraform workspace per stack, in the configured project', () => {
    const stack = stacks['pinpoint-iam-333333333333']!;
    expect(stack.terraform.backend).toBeUndefined();
    expect(stack.terraform.cloud).toEqual({
      organization: 'acme',
      hostname: 'app.terraform.io',
      workspaces: { name: 'iam-pinpoint-iam-333333333333', project: 'pinpoint' },
    });
  });

  it('keeps local state beside the project by a relative path', () => {
    const path = stacks['pinpoint-iam-444444444444']!.terraform.backend!['local']!['path'] as string;
    expect(isAbsolute(path)).toBe(false);
    expect(join(dir, 'out', 'stacks', 'pinpoint-iam-444444444444', path)).toBe(join(dir, 'terraform.pinpoint-iam-444444444444.tfstate'));
  });

  it('gives no two stacks the same state', () => {
    const addresses = Object.values(stacks).map((s) => JSON.stringify(s.terraform.backend ?? s.terraform.cloud));
    expect(new Set(addresses).size).toBe(addresses.length);
  });

  it('assumes the account\'s role in the account\'s stacks only, with the external ID where one is set', () => {
    expect(stacks['pinpoint-iam-111111111111']!.provider.aws[0]!['assume_role']).toEqual([
      { role_arn: 'arn:aws:iam::111111111111:role/pinpoint-iam-deployer', external_id: 'pinpoint-iam', session_name: 'pinpoint-iam' },
    ]);
    for (const name of ['pinpoint-iam-222222222222-eu-west-1', 'pinpoint-iam-222222222222-eu-central-1']) {
      expect(stacks[name]!.provider.aws[0]!['assume_role']).toEqual([{ role_arn: 'arn:aws:iam::222222222222:role/pinpoint-iam-deployer', session_name: 'pinpoint-iam' }]);
    }
    expect(stacks['pinpoint-iam-333333333333']!.provider.aws[0]).not.toHaveProperty('assume_role');
  });

  it('limits each provider to its own account, so credentials of another account are refused', () => {
    for (const [name, stack] of Object.entries(stacks)) {
      expect(stack.provider.aws[0]!['allowed_account_ids']).toEqual([name.split('-')[2]]);
    }
  });

  it('sets each provider\'s region: the stack\'s region, the account\'s region, or the first export role\'s', () => {
    const regions = Object.fromEntries(Object.entries(stacks).map(([name, s]) => [name, s.provider.aws[0]!['region']]));
    expect(regions).toEqual({
      'pinpoint-iam-111111111111': 'us-east-1',
      'pinpoint-iam-222222222222-eu-west-1': 'eu-west-1',
      'pinpoint-iam-222222222222-eu-central-1': 'eu-central-1',
      'pinpoint-iam-333333333333': 'eu-central-1',
      'pinpoint-iam-444444444444': 'us-east-1',
    });
  });

  it('puts an access policy in the stack of the region its grants name', () => {
    const policies = (name: string) => Object.values(stacks[name]!.resource['aws_iam_policy'] ?? {}).map((p) => (p as { name: string }).name);
    expect(policies('pinpoint-iam-222222222222-eu-central-1')).toContain('emea-analysts');
    expect(policies('pinpoint-iam-222222222222-eu-west-1')).not.toContain('emea-analysts');
    expect(policies('pinpoint-iam-333333333333')).toContain('labs-admins');
  });

  // `init -backend=false` and `validate` do not read the backend block, so the S3 blocks also go
  // through terraform's S3 backend itself, pointed at a closed local port: a block it rejects
  // (a missing key, a non-bool use_lockfile) fails before any network call; one it accepts
  // fails only when it calls the endpoint. (The S3 backend does not reject unknown attribute
  // names, so those rest on the assertions above.)
  it.each(['pinpoint-iam-111111111111', 'pinpoint-iam-222222222222-eu-west-1'])(
    "%s: terraform's S3 backend accepts the block and gets as far as calling the endpoint",
    async (name) => {
      const endpoint = 'http://127.0.0.1:9';
      const result = await runTerraform(
        [
          'init', '-input=false', '-no-color',
          '-backend-config=skip_credentials_validation=true', '-backend-config=skip_requesting_account_id=true',
          '-backend-config=skip_metadata_api_check=true', '-backend-config=use_path_style=true',
          '-backend-config=max_retries=1', '-backend-config=retry_mode=standard',
          `-backend-config=endpoints={s3="${endpoint}",sts="${endpoint}"}`,
        ],
        {
          cwd: join(dir, 'out', 'stacks', name),
          env: terraformEnv(process.env, { TF_DATA_DIR: join(dir, `s3-init-${name}`), AWS_ACCESS_KEY_ID: 'offline', AWS_SECRET_ACCESS_KEY: 'offline' }),
          okExitCodes: [1],
        },
      );
      expect(result.stderr).not.toMatch(/Missing Required Value|Incorrect attribute value type|Unsupported argument|Invalid .* value/);
      expect(result.stderr).toContain('127.0.0.1:9');
    },
  );

  describe('terraform init -backend=false + validate', () => {
    let dataDir: string;
    beforeAll(() => {
      dataDir = join(dir, 'tf-data');
    });

    it.each([
      ['S3 with an assumed provider role', 'pinpoint-iam-111111111111'],
      ['S3 with KMS and a backend role', 'pinpoint-iam-222222222222-eu-west-1'],
      ['HCP Terraform', 'pinpoint-iam-333333333333'],
      ['local', 'pinpoint-iam-444444444444'],
    ])('accepts the %s stack', async (_backend, name) => {
      const stackDir = join(dir, 'out', 'stacks', name);
      const result = await validateWithoutBackend(stackDir, dataDir);
      expect(result).toMatchObject({ valid: true, diagnostics: [] });
      expect(existsSync(join(stackDir, '.terraform.lock.hcl'))).toBe(true);
    });
  });
});
