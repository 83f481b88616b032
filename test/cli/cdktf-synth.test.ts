import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli';

const ROOT = join(__dirname, '..', '..');
const STACK = 'stacks/pinpoint-iam-123456789012/cdk.tf.json';

describe('npx cdktf synth', () => {
  const viaCdktf = 'cdktf.out.test-cdktf';
  const viaCli = 'cdktf.out.test-cli';
  afterAll(() => {
    for (const dir of [viaCdktf, viaCli]) rmSync(join(ROOT, dir), { recursive: true, force: true });
  });

  it('writes the same cdk.tf.json as pinpoint-iam synth for the example config', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1' };
    delete env['PINPOINT_IAM_CONFIG'];
    execFileSync('npx', ['cdktf', 'synth', '--output', viaCdktf], { cwd: ROOT, env, stdio: 'pipe' });
    const run = await runCli(['synth', '--out', viaCli], ROOT, { env });
    expect(run.code).toBe(0);
    const fromCdktf = readFileSync(join(ROOT, viaCdktf, STACK), 'utf8');
    expect(readFileSync(join(ROOT, viaCli, STACK), 'utf8')).toBe(fromCdktf);
    expect(JSON.parse(fromCdktf).resource.aws_iam_role).toBeDefined();
  });
});
