import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderReview } from '../../plan';
import { parseCommandArgs } from '../args';
import { UsageError, type CliIo } from '../io';

/** `pinpoint-iam review PLAN_JSON`: prints the review markdown of any `terraform show -json` plan. */
export function reviewCommand(args: readonly string[], io: CliIo): number {
  const parsed = parseCommandArgs('review', args, {}, 1);
  const file = parsed.positionals[0];
  if (!file) throw new UsageError('review: expected the path of a `terraform show -json` plan file');
  const text = readFileSync(resolve(io.cwd, file), 'utf8');
  let plan: unknown;
  try {
    plan = JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`review: ${file} is not JSON (${(error as Error).message}); expected \`terraform show -json\` output`);
  }
  io.stdout(renderReview(plan));
  return 0;
}
