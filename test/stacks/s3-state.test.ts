/**
 * The S3 backend each stack emits, exercised by terraform's real S3 backend against a local
 * stand-in for S3: state lives at `<keyPrefix>/<stack>.tfstate`, and a plan takes S3-native lock
 * `<key>.tflock` with a conditional write, so a second run is refused while one holds it.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { offlineOverride, runTerraform, terraformEnv, type TerraformResult } from '../../src/terraform';
import { synthMultiAccountExample } from '../support/multi-account';
import { FakeS3 } from '../support/fake-aws';

const STACK = 'pinpoint-iam-111111111111';
const STATE = '/acme-terraform-state/pinpoint-iam/pinpoint-iam-111111111111.tfstate';
const LOCK = `${STATE}.tflock`;

describe('S3 state with S3-native locking, against a stand-in S3', () => {
  const s3 = new FakeS3();
  let stackDir: string;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    await s3.listen();
    dir = synthMultiAccountExample('pinpoint-iam-s3-').dir;
    stackDir = join(dir, 'out', 'stacks', STACK);
    // The provider plans offline (its own override, without the backend part); the backend is the stack's own.
    const { provider } = offlineOverride({ assumesRole: true }) as { provider: unknown };
    writeFileSync(join(stackDir, 'provider_override.tf.json'), JSON.stringify({ provider }));
    env = terraformEnv(process.env, { TF_DATA_DIR: join(dir, 'tf-data'), AWS_ACCESS_KEY_ID: 'AKIAFAKE', AWS_SECRET_ACCESS_KEY: 'fake', AWS_EC2_METADATA_DISABLED: 'true' });
    const backendConfig = {
      skip_credentials_validation: 'true',
      skip_requesting_account_id: 'true',
      skip_metadata_api_check: 'true',
      use_path_style: 'true',
      max_retries: '1',
      endpoints: `{s3="${s3.url}"}`,
    };
    const args = Object.entries(backendConfig).map(([k, v]) => `-backend-config=${k}=${v}`);
    await runTerraform(['init', '-input=false', '-no-color', `-plugin-dir=${process.env['PINPOINT_IAM_PLUGIN_DIR']}`, ...args], { cwd: stackDir, env });
  });
  afterAll(async () => {
    await s3.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    s3.requests.length = 0;
  });

  const plan = (): Promise<TerraformResult> => runTerraform(['plan', '-input=false', '-no-color', '-lock-timeout=0s'], { cwd: stackDir, env, okExitCodes: [0, 1] });
  const requests = () => s3.requests.map((r) => `${r.method} ${new URL(r.url, 'http://s3').pathname}`);

  it('reads the state at the key derived from the stack name, under the lock, and releases the lock', async () => {
    const result = await plan();
    expect(result.stdout).toContain('Plan: 6 to add, 0 to change, 0 to destroy.');
    const seen = requests();
    const lockTaken = seen.indexOf(`PUT ${LOCK}`);
    expect(lockTaken).toBeGreaterThanOrEqual(0);
    expect(s3.requests[lockTaken]!.headers['if-none-match']).toBe('*');
    expect(seen.slice(lockTaken)).toContain(`HEAD ${STATE}`);
    expect(seen.at(-1)).toBe(`DELETE ${LOCK}`);
    expect(s3.objects.has(LOCK)).toBe(false);
  });

  it('refuses to plan while another run holds the lock, and leaves that lock alone', async () => {
    const held = JSON.stringify({ ID: 'other-run', Operation: 'OperationTypeApply', Who: 'someone@elsewhere' });
    s3.objects.set(LOCK, held);
    try {
      const result = await plan();
      expect(result.stderr).toContain('Error acquiring the state lock');
      expect(result.stdout).not.toContain('Plan:');
      expect(s3.objects.get(LOCK)).toBe(held);
      expect(requests()).not.toContain(`DELETE ${LOCK}`);
    } finally {
      s3.objects.delete(LOCK);
    }
  });
});
