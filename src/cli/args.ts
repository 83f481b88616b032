import { parseArgs } from 'node:util';
import { UsageError } from './io';

/** The options a command accepts: name → whether it takes a value (`strings`: a value, and may repeat). */
export type OptionSpec = Readonly<Record<string, 'string' | 'strings' | 'boolean'>>;

/** Parsed flags and positionals of one command. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | readonly string[] | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** Parses a command's arguments strictly; unknown flags become a {@link UsageError} (exit 2). */
export function parseCommandArgs(command: string, args: readonly string[], spec: OptionSpec, maxPositionals = 0): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, type]) => [name, type === 'strings' ? { type: 'string' as const, multiple: true } : { type }]),
  );
  try {
    const parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    if (parsed.positionals.length > maxPositionals) {
      throw new UsageError(`${command}: unexpected argument "${parsed.positionals[maxPositionals]}"`);
    }
    return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${command}: ${(error as Error).message}`);
  }
}

/** A string flag's value, if given. */
export function stringFlag(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable string flag's values, in order; empty when not given. */
export function stringsFlag(parsed: ParsedArgs, name: string): readonly string[] {
  const value = parsed.values[name];
  return Array.isArray(value) ? value : [];
}
