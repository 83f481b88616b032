// Finds an offline Terraform provider mirror (unpacked layout) on this machine, for tests and
// `npm start`. PINPOINT_IAM_PLUGIN_DIR always wins; the search is a fallback, never a hard-coded path.
const { execFileSync } = require('node:child_process');
const { existsSync, lstatSync, readdirSync } = require('node:fs');
const { dirname, join } = require('node:path');

const ENV = 'PINPOINT_IAM_PLUGIN_DIR';

/** True when `mirror` holds the AWS provider binary itself (a plugin cache only holds links). */
function holdsAwsProvider(mirror) {
  const base = join(mirror, 'registry.terraform.io', 'hashicorp', 'aws');
  if (!existsSync(base)) return false;
  return readdirSync(base).some((version) => {
    const dir = join(base, version, 'linux_amd64');
    return existsSync(dir) && readdirSync(dir).some((f) => f.startsWith('terraform-provider-aws') && lstatSync(join(dir, f)).isFile());
  });
}

/** The mirror folder: the env variable if set, else the first `registry.terraform.io` parent found within four levels of /. */
function findPluginMirror(env = process.env) {
  if (env[ENV]) return env[ENV];
  let found = '';
  try {
    found = execFileSync('find', ['/', '-maxdepth', '4', '-type', 'd', '-name', 'registry.terraform.io'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 20000,
    });
  } catch (error) {
    found = error.stdout || ''; // find exits non-zero on unreadable folders but still prints matches
  }
  return found.split('\n').filter(Boolean).map(dirname).find(holdsAwsProvider);
}

module.exports = { ENV, findPluginMirror, holdsAwsProvider };

if (require.main === module) {
  const mirror = findPluginMirror();
  if (!mirror) {
    process.stderr.write('no Terraform provider mirror found; set PINPOINT_IAM_PLUGIN_DIR\n');
    process.exit(1);
  }
  process.stdout.write(`${mirror}\n`);
}
