import type { CliIo } from './io';

/** Reports long steps as they start and finish, when the io asks for progress (a terminal or a CI log). */
export class Progress {
  private readonly started = Date.now();
  private step = 0;

  constructor(
    private readonly io: CliIo,
    private readonly total: number,
  ) {}

  /** Announces the next step, e.g. `[2/4] synth`. */
  start(label: string): void {
    this.step += 1;
    if (this.io.progress) this.io.stderr(`[${this.step}/${this.total}] ${label} … (${this.elapsed()})\n`);
  }

  /** A free-form progress line, e.g. stacks done of total. */
  note(text: string): void {
    if (this.io.progress) this.io.stderr(`      ${text} (${this.elapsed()})\n`);
  }

  private elapsed(): string {
    return `${((Date.now() - this.started) / 1000).toFixed(1)} s`;
  }
}
