// The plan baseline: plain `terraform init` + `plan` + `show -json` on the same synthesized
// JSON the CLI plans, with the same offline provider override file the CLI writes.
const { spawnSync } = require('node:child_process');
const { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { measure } = require('./measure');
// The CLI's own override file and terraform environment, from the build, so the baseline plans
// exactly the same files the same way.
const { OFFLINE_OVERRIDE_FILE, offlineOverride, STEP_ARGS, terraformEnv } = require(join(__dirname, '..', 'dist', 'src', 'terraform'));

/**
 * Copies each synthesized stack's `cdk.tf.json` (nothing else: no `.terraform`, no plan) into
 * `dest/stacks/<stack>/`, with the offline override beside it. `dest` must sit at the same depth
 * below the working directory as the synth output, so the relative local-state path resolves alike.
 * @param {string} synthDir  the `--out` folder of a synth
 * @param {string} dest
 * @returns {string[]} the stack folders
 */
function prepareStacks(synthDir, dest) {
  rmSync(dest, { recursive: true, force: true });
  const override = `${JSON.stringify(offlineOverride(), null, 2)}\n`;
  return readdirSync(join(synthDir, 'stacks')).map((stack) => {
    const dir = join(dest, 'stacks', stack);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(synthDir, 'stacks', stack, 'cdk.tf.json'), join(dir, 'cdk.tf.json'));
    writeFileSync(join(dir, OFFLINE_OVERRIDE_FILE), override);
    return dir;
  });
}

/**
 * Times init, plan and show -json of one stack folder as three processes.
 * @param {string} dir
 * @param {string} pluginDir
 * @param {string} scratch
 * @returns {{ init: import('./measure').Sample, plan: import('./measure').Sample, show: import('./measure').Sample }}
 */
function timeOneStack(dir, pluginDir, scratch) {
  const env = terraformEnv();
  const run = (args, stdoutFile) => measure('terraform', args, { cwd: dir, env, scratch, stdoutFile });
  return {
    init: run([...STEP_ARGS.init, `-plugin-dir=${pluginDir}`]),
    plan: run([...STEP_ARGS.plan]),
    show: run([...STEP_ARGS.show], join(dir, 'plan.json')),
  };
}

/**
 * Times init + plan + show -json of every stack below `root/stacks`, `parallel` stacks at a time
 * (xargs -P, no Node.js involved), as one process tree.
 * @param {string} root
 * @param {string} pluginDir
 * @param {number} parallel
 * @param {string} scratch
 */
function timeStacksInParallel(root, pluginDir, parallel, scratch) {
  const perStack =
    `cd "$1" && terraform ${STEP_ARGS.init.join(' ')} "-plugin-dir=${pluginDir}" >/dev/null && ` +
    `terraform ${STEP_ARGS.plan.join(' ')} >/dev/null && terraform ${STEP_ARGS.show.join(' ')} > plan.json`;
  const script = `ls -d stacks/*/ | xargs -P ${parallel} -I{} sh -c '${perStack}' _ {}`;
  return measure('sh', ['-c', script], { cwd: root, env: terraformEnv(), scratch });
}

/** `terraform version -json`'s version, or "unknown". */
function terraformVersion() {
  const r = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8', env: terraformEnv() });
  try {
    return JSON.parse(r.stdout).terraform_version;
  } catch {
    return 'unknown';
  }
}

module.exports = { prepareStacks, terraformVersion, timeOneStack, timeStacksInParallel };
