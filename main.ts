/**
 * The cdktf app entry (`cdktf synth`, `cdktf deploy`): reads the config the same way the
 * CLI does (`PINPOINT_IAM_CONFIG`, else pinpoint-iam.config.json) and synthesizes its stacks.
 */
import { buildApp } from './src/app';
import { loadConfigFrom } from './src/config/load';
import { ConfigError } from './src/config/issue';

try {
  buildApp(loadConfigFrom(undefined), { outdir: process.env['CDKTF_OUTDIR'] ?? 'cdktf.out' }).synth();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
}
