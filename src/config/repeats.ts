/**
 * Each entry whose key an earlier entry already had, as `[index, firstIndex]`, in order. IAM
 * names are unique ignoring case, so callers pass lower-cased keys (with the account, where
 * names are unique per account).
 */
export function repeats<T>(items: readonly T[], key: (item: T) => string): [index: number, first: number][] {
  const seen = new Map<string, number>();
  const found: [number, number][] = [];
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else found.push([i, first]);
  });
  return found;
}
