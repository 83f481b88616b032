/**
 * The provider settings each stack emits, exercised by the real AWS provider against a local
 * stand-in for STS: the provider assumes the account's role (with its external ID and the
 * `pinpoint-iam` session name), and `allowed_account_ids` stops a plan whose credentials belong
 * to another account before anything is read or changed.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTerraform, terraformEnv } from '../../src/terraform';
import { synthMultiAccountExample } from '../support/multi-account';
import { FakeSts } from '../support/fake-aws';
import { adoptSharedInit } from '../support/terraform';


describe('each stack provider, against a stand-in STS', () => {
  const sts = new FakeSts();
  let dir: string;

  beforeAll(async () => {
    await sts.listen();
    dir = synthMultiAccountExample('pinpoint-iam-auth-').dir;
  });
  afterAll(async () => {
    await sts.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    sts.requests.length = 0;
  });

  /** Plans a stack with real (fake) credentials whose STS and IAM calls go to the stand-in. */
  async function planWithCredentialsOf(account: string, stack: string) {
    sts.account = account;
    const stackDir = join(dir, 'out', 'stacks', stack);
    const env = adoptSharedInit(stackDir);
    const endpoints = [{ sts: sts.url, iam: sts.url }];
    writeFileSync(join(stackDir, 'auth_override.tf.json'), JSON.stringify({ provider: { aws: [{ skip_metadata_api_check: true, endpoints }] } }));
    return runTerraform(['plan', '-input=false', '-no-color'], {
      cwd: stackDir,
      env: terraformEnv(process.env, { ...env, ...FakeSts.credentialsEnv() }),
      okExitCodes: [0, 1],
    });
  }

  it("assumes the account's role with its external ID and session name, then plans", async () => {
    const result = await planWithCredentialsOf('111111111111', 'pinpoint-iam-111111111111');
    expect(result.stdout).toContain('Plan: 6 to add, 0 to change, 0 to destroy.');
    const assume = sts.params().find((r) => r.get('Action') === 'AssumeRole')!;
    expect({ role: assume.get('RoleArn'), externalId: assume.get('ExternalId'), session: assume.get('RoleSessionName') }).toEqual({
      role: 'arn:aws:iam::111111111111:role/pinpoint-iam-deployer',
      externalId: 'pinpoint-iam',
      session: 'pinpoint-iam',
    });
    expect(sts.actions()).toContain('GetCallerIdentity');
  });

  it('stops before reading or changing anything when the credentials are of another account', async () => {
    const result = await planWithCredentialsOf('999999999999', 'pinpoint-iam-111111111111');
    expect(`${result.stdout}${result.stderr}`).toContain('AWS account ID not allowed: 999999999999');
    expect(result.stdout).not.toContain('Plan:');
    expect(new Set(sts.actions())).toEqual(new Set(['AssumeRole', 'GetCallerIdentity']));
  });
});
