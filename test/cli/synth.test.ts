import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { showsProgress } from '../../src/cli/io';
import { exampleConfig, projectWith, runCli } from '../support/cli';

const STACK = 'cdktf.out/stacks/pinpoint-iam-123456789012/cdk.tf.json';

describe('pinpoint-iam synth', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one cdk.tf.json per account and exits 0', async () => {
    dir = projectWith(exampleConfig());
    const run = await runCli(['synth'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`wrote ${STACK}\n`);
    const stack = JSON.parse(readFileSync(join(dir, STACK), 'utf8'));
    expect(Object.keys(stack.resource).sort()).toEqual(['aws_iam_policy', 'aws_iam_role', 'aws_iam_role_policy_attachment']);
  });

  it('reads the config named by --config, then PINPOINT_IAM_CONFIG, before the default file', async () => {
    dir = projectWith(exampleConfig({ roleName: 'fromFlag' }), 'flag.json');
    writeFileSync(join(dir, 'env.json'), JSON.stringify(exampleConfig({ roleName: 'fromEnv' })));
    const byFlag = await runCli(['synth', '--config', 'flag.json'], dir, { env: { PINPOINT_IAM_CONFIG: 'env.json' } });
    expect(byFlag.code).toBe(0);
    expect(readFileSync(join(dir, STACK), 'utf8')).toContain('"name": "fromFlag"');
    const byEnv = await runCli(['synth'], dir, { env: { PINPOINT_IAM_CONFIG: 'env.json' } });
    expect(byEnv.code).toBe(0);
    expect(readFileSync(join(dir, STACK), 'utf8')).toContain('"name": "fromEnv"');
  });

  it('writes into the folder given by --out', async () => {
    dir = projectWith(exampleConfig());
    const run = await runCli(['synth', '--out', 'build/out'], dir);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'build/out/stacks/pinpoint-iam-123456789012/cdk.tf.json'))).toBe(true);
  });

  it('shows progress lines when asked and none otherwise', async () => {
    dir = projectWith(exampleConfig());
    const watched = await runCli(['synth'], dir, { progress: true });
    expect(watched.stderr).toMatch(/^\[1\/2\] validate config … \(\d+\.\d s\)\n\[2\/2\] synth … /);
    const piped = await runCli(['synth'], dir, { progress: false });
    expect(piped.stderr).toBe('');
  });

  it('rejects an invalid config with exit 2, every problem named, and nothing written', async () => {
    dir = projectWith(exampleConfig({ bucket: 'Bad_Bucket', folder: '/abs', maxSessionDuration: 99 }));
    const run = await runCli(['synth'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pinpoint-iam: pinpoint-iam.config.json: 3 problems found, nothing was written');
    expect(run.stderr).toContain('exportRoles[0].bucket: "Bad_Bucket" has characters other than');
    expect(run.stderr).toContain('exportRoles[0].folder: "/abs" starts with \'/\'');
    expect(run.stderr).toContain('exportRoles[0].maxSessionDuration: 99 is out of range; expected 3600 to 43200');
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });

  it('rejects an invalid config and leaves earlier output as it was', async () => {
    dir = projectWith(exampleConfig());
    expect((await runCli(['synth'], dir)).code).toBe(0);
    const before = readFileSync(join(dir, STACK), 'utf8');
    writeFileSync(join(dir, 'pinpoint-iam.config.json'), JSON.stringify(exampleConfig({ bucket: 'xn--bucket' })));
    const run = await runCli(['synth'], dir);
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, STACK), 'utf8')).toBe(before);
  });

  it('rejects malformed JSON with its line and column', async () => {
    dir = projectWith('{\n  "exportRoles": [\n    { "bucket": "a", }\n  ]\n}\n');
    const run = await runCli(['synth'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\(file\): is not valid JSON: .* at line 3, column 22/);
  });

  it('rejects a missing config file with exit 2', async () => {
    dir = projectWith(exampleConfig());
    const run = await runCli(['synth', '--config', 'nope.json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot be read (ENOENT)');
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['synth', '--bogus'], "synth: Unknown option '--bogus'"],
    [['synth', 'extra'], 'synth: unexpected argument "extra"'],
    [['review'], 'review: expected the path'],
    [['plan', '--concurrency', '0'], 'plan: --concurrency "0" is not a whole number'],
  ])('rejects the usage %j with exit 2', async (argv, message) => {
    dir = projectWith(exampleConfig());
    const run = await runCli(argv, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });

  it('prints usage for --help and exits 0', async () => {
    dir = projectWith(exampleConfig());
    const run = await runCli(['--help'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage: pinpoint-iam <command>');
  });
});

describe('showsProgress', () => {
  it.each<[string, boolean, NodeJS.ProcessEnv]>([
    ['on a terminal', true, {}],
    ['in a CI log', false, { CI: 'true' }],
    ['in a CI log that sets CI=1', false, { CI: '1' }],
  ])('shows progress %s', (_where, tty, env) => {
    expect(showsProgress(tty, env)).toBe(true);
  });

  it.each<[string, NodeJS.ProcessEnv]>([
    ['when piped outside CI', {}],
    ['when piped with CI=false', { CI: 'false' }],
    ['when piped with CI empty', { CI: '' }],
  ])('stays quiet %s', (_where, env) => {
    expect(showsProgress(false, env)).toBe(false);
  });
});
