// Runs one `terraform init` for the whole test run (the provider binary is ~700 MB, so init is
// the slow part) and shares it with every plan test through TF_DATA_DIR and a copied lock file.
const { execFileSync } = require('node:child_process');
const { mkdtempSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { ENV, findPluginMirror } = require('../../scripts/plugin-mirror');
const { SHARED_BACKEND, sharedProviderConfig } = require('./shared-init-config');

module.exports = async function globalSetup() {
  const mirror = findPluginMirror();
  if (!mirror) throw new Error(`No Terraform provider mirror: set ${ENV} (see README, "Offline provider mirror").`);
  process.env[ENV] = mirror;
  process.env.CHECKPOINT_DISABLE = '1';
  const root = mkdtempSync(join(tmpdir(), 'pinpoint-iam-tf-'));
  writeFileSync(join(root, 'main.tf.json'), JSON.stringify({ terraform: { ...sharedProviderConfig, backend: SHARED_BACKEND } }));
  const dataDir = join(root, 'data');
  execFileSync('terraform', ['init', '-input=false', '-no-color', `-plugin-dir=${mirror}`], {
    cwd: root,
    env: { ...process.env, TF_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  process.env.PINPOINT_IAM_TEST_TF_ROOT = root;
  process.env.PINPOINT_IAM_TEST_TF_DATA_DIR = dataDir;
  process.env.PINPOINT_IAM_TEST_LOCK_FILE = join(root, '.terraform.lock.hcl');
};
