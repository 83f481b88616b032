import { spawn } from 'node:child_process';

/** The terraform binary: `PINPOINT_IAM_TERRAFORM` if set, else `terraform` from PATH. */
export function terraformBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env['PINPOINT_IAM_TERRAFORM'] || 'terraform';
}

/** Raised when the terraform binary cannot be started at all. */
export class TerraformNotFoundError extends Error {
  constructor(binary: string) {
    super(`terraform was not found (tried "${binary}"); install Terraform 1.11 on PATH or set PINPOINT_IAM_TERRAFORM to its path`);
    this.name = 'TerraformNotFoundError';
  }
}

/** Raised when a terraform command exits non-zero; carries the tail of its output. */
export class TerraformCommandError extends Error {
  /** The failed step, e.g. "init". */
  readonly step: string;
  /** The exit code. */
  readonly exitCode: number;
  /** One line for summaries: the step, the exit code and terraform's first `Error:` line, without the folder. */
  readonly brief: string;

  constructor(step: string, dir: string, exitCode: number, output: string) {
    super(`terraform ${step} failed (exit ${exitCode}) in ${dir}:\n${tail(output, 30)}`);
    this.name = 'TerraformCommandError';
    this.step = step;
    this.exitCode = exitCode;
    const error = /^[\s│╷]*Error: (.+)$/m.exec(output)?.[1]?.trim();
    this.brief = `terraform ${step} failed (exit ${exitCode})${error ? `: ${error}` : ''}`;
  }
}

/** What a finished terraform command printed. */
export interface TerraformResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runTerraform}. */
export interface RunOptions {
  /** Working directory. */
  readonly cwd: string;
  /** Environment, already prepared by {@link terraformEnv}. */
  readonly env: NodeJS.ProcessEnv;
  /** The step's name for errors. @default the first argument */
  readonly step?: string;
  /** Exit codes that count as success (validate -json exits 1 on invalid code yet prints its result). @default [0] */
  readonly okExitCodes?: readonly number[];
}

/** Runs terraform with arguments (never through a shell) and resolves with its output, or rejects with a typed error. */
export function runTerraform(args: readonly string[], options: RunOptions): Promise<TerraformResult> {
  const binary = terraformBinary(options.env);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(binary, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' || error.code === 'EACCES' ? new TerraformNotFoundError(binary) : error);
    });
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if ((options.okExitCodes ?? [0]).includes(code ?? -1)) resolvePromise({ stdout, stderr });
      else reject(new TerraformCommandError(options.step ?? args[0] ?? 'command', options.cwd, code ?? -1, `${stderr}\n${stdout}`.trim()));
    });
  });
}

/** The environment terraform runs in: no phoning home, no prompts, automation-friendly output. */
export function terraformEnv(base: NodeJS.ProcessEnv = process.env, extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return { ...base, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_INPUT: '0', ...extra };
}

function tail(text: string, lines: number): string {
  const all = text.split('\n');
  return all.slice(-lines).map((l) => `  ${l}`).join('\n');
}
