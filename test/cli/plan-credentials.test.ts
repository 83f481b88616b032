/**
 * `plan` without --offline: the stack's own provider settings meet real (stand-in) credentials.
 * The AWS provider finds STS through AWS_ENDPOINT_URL_STS, as it would a VPC endpoint.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectWith, runCli, staleReview } from '../support/cli';
import { FakeSts } from '../support/fake-aws';
import { MULTI_ACCOUNT_CONFIG } from '../support/multi-account';

const STACK = 'pinpoint-iam-444444444444'; // local state, no assumed role

describe('pinpoint-iam plan with credentials', () => {
  const sts = new FakeSts();
  let dir: string;
  beforeAll(async () => {
    await sts.listen();
    dir = projectWith(readFileSync(MULTI_ACCOUNT_CONFIG, 'utf8'));
  });
  afterAll(async () => {
    await sts.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    sts.requests.length = 0;
  });

  const plan = (account: string) => {
    sts.account = account;
    const env = { AWS_ENDPOINT_URL_STS: sts.url, AWS_ENDPOINT_URL_IAM: sts.url, ...FakeSts.credentialsEnv() };
    return runCli(['plan', '--stack', STACK], dir, { env });
  };

  it("plans a stack for real when the credentials are of the stack's account", async () => {
    const run = await plan('444444444444');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('**3 to add, 0 to change, 0 to replace, 0 to destroy**');
    expect(sts.actions()).toContain('GetCallerIdentity');
    expect(sts.actions()).not.toContain('AssumeRole'); // the account sets no role: the caller's own credentials
    const stackDir = join(dir, 'cdktf.out', 'stacks', STACK);
    expect([existsSync(join(stackDir, '.terraform')), existsSync(join(stackDir, 'offline_override.tf.json'))]).toEqual([true, false]);
  });

  it("fails that stack with exit 1 and terraform's reason, leaving no review, when the credentials are of another account", async () => {
    const stale = staleReview(dir, STACK);
    const run = await plan('999999999999');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`1 of 1 stacks failed to plan:\nstack ${STACK}: terraform plan failed (exit 1)`);
    expect(run.stderr).toContain('AWS account ID not allowed: 999999999999');
    expect(existsSync(stale)).toBe(false);
  });
});
