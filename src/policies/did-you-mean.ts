/** Suggests the closest known name for a misspelt one, or undefined when nothing is close. */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  const contained = containing(name, known);
  if (contained !== undefined) return contained;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Allow roughly one edit per three characters: close enough to be a typo, not a different word.
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/**
 * A known name that the given one contains, or that contains it (`bucketName` → `bucket`): a
 * common slip that edit distance misses or misdirects (`folderName` is two edits from `roleName`).
 * The longest such name wins; very short names never match.
 */
function containing(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const matches = known.filter((k) => Math.min(k.length, name.length) >= 4 && (lower.includes(k.toLowerCase()) || k.toLowerCase().includes(lower)));
  return matches.sort((a, b) => b.length - a.length)[0];
}

/** Levenshtein distance with a single rolling row. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** `one of "a", "b"`, and ` (did you mean "x"?)` when `value` is a string close to one of them. */
export function oneOf(value: unknown, known: readonly string[]): string {
  const hint = typeof value === 'string' ? didYouMean(value, known) : undefined;
  return `one of ${known.map((k) => `"${k}"`).join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`;
}
