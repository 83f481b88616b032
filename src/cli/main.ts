import { ConfigError } from '../config/issue';
import { EXIT, processIo, UsageError, type CliIo } from './io';

type Command = (args: readonly string[], io: CliIo) => number | Promise<number>;

/**
 * A command loaded when it runs: cdktf and the AWS provider classes (about 370 files) are needed
 * by synth, plan and module only, so review, schema, stacks and --help start without them.
 */
function lazy(file: string, name: string): Command {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (args, io) => (require(`./commands/${file}`) as Record<string, Command>)[name]!(args, io);
}

/** The CLI's commands; the names are a public interface. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  synth: lazy('synth', 'synthCommand'),
  plan: lazy('plan', 'planCommand'),
  module: lazy('module', 'moduleCommand'),
  review: lazy('review', 'reviewCommand'),
  schema: lazy('schema', 'schemaCommand'),
  stacks: lazy('stacks', 'stacksCommand'),
};

const USAGE = `usage: pinpoint-iam <command> [options]

  synth   [--config FILE] [--out DIR]                  validate and write cdktf output
  plan    [--config FILE] [--out DIR] [--offline] [--plugin-dir DIR] [--concurrency N] [--stack NAME]...
                                                       synth, terraform init + plan (every stack, or those
                                                       named), write plan.json and plan.md
  stacks  [--config FILE] [--json]                     list the stacks, their accounts, regions and state
  module  [--out DIR]                                  write the plain Terraform module
  review  PLAN_JSON                                    print the review of a \`terraform show -json\` plan
  schema  [--out FILE]                                 write the config's JSON Schema

config: --config, else $PINPOINT_IAM_CONFIG, else ./pinpoint-iam.config.json
exit codes: 0 success, 2 invalid config or usage (nothing written), 1 any other failure
`;

/** Runs the CLI and resolves with its exit code; never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`pinpoint-iam: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(args, io);
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`pinpoint-iam: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (error instanceof ConfigError) {
    io.stderr(`pinpoint-iam: ${error.message}\n`);
    return EXIT.usage;
  }
  io.stderr(`pinpoint-iam: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT.failure;
}
