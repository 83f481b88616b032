/** Where the CLI reads its environment and writes its output; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Whether to print progress lines on stderr (see {@link showsProgress}). */
  readonly progress: boolean;
}

/** The real process's streams and environment. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    progress: showsProgress(Boolean(process.stderr.isTTY), process.env),
  };
}

/**
 * Progress lines go to stderr when someone watches it live: a terminal, or a CI log (`CI` set, as
 * GitHub Actions and most CI services do), where a long multi-stack plan would otherwise be silent.
 * Piped output elsewhere stays quiet.
 */
export function showsProgress(stderrIsTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  const ci = env['CI']?.toLowerCase();
  return stderrIsTTY || (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0');
}

/** Exit codes other tools rely on. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A usage mistake (unknown command or flag): exit 2, nothing written. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
