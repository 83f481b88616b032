// `npm start`: the main job on the example config (validate, synth, offline plan, print the review).
// Uses PINPOINT_IAM_PLUGIN_DIR, or a provider mirror found on this machine; with neither,
// terraform downloads the provider from the registry as usual.
const { spawnSync } = require('node:child_process');
const { ENV, findPluginMirror } = require('./plugin-mirror');

const env = { ...process.env };
const mirror = findPluginMirror(env);
if (mirror && !env[ENV]) {
  process.stderr.write(`using the provider mirror at ${mirror} (set ${ENV} to choose another)\n`);
  env[ENV] = mirror;
}
const result = spawnSync(process.execPath, [require.resolve('../bin/pinpoint-iam.js'), 'plan', '--offline', ...process.argv.slice(2)], {
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
