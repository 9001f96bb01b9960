/**
 * "Did you mean" hints: edit distance and the closest known names to a mistyped one. For messages only;
 * lookup never guesses.
 *
 * @module
 */

/** Levenshtein distance, for "did you mean" hints only (never for lookup). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * Up to three names closest to a query by `distance` (ties in alphabetical order), keeping only those
 * within `max(3, ceil(queryLength / 2))` edits: close enough to be a typo, not a different name.
 */
export function closestNames(
  names: Iterable<string>,
  distance: (name: string) => number,
  queryLength: number,
): string[] {
  const limit = Math.max(3, Math.ceil(queryLength / 2));
  return [...names]
    .map((name) => [name, distance(name)] as const)
    .filter(([, d]) => d <= limit)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([name]) => name);
}

/** ` Did you mean "a", "b"?` for a message, or `''` when there is nothing to suggest. */
export function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length === 0
    ? ''
    : ` Did you mean ${suggestions.map((name) => `"${name}"`).join(', ')}?`;
}
