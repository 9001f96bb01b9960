/**
 * "Did you mean" hints: a bounded edit distance and the closest known names to a mistyped one. For messages
 * only; lookup never guesses. The work is bounded whatever the input: queries longer than
 * {@link MAX_HINT_QUERY} get no hint, names whose length alone puts them out of reach are skipped, and the
 * distance stops as soon as it exceeds the cutoff.
 *
 * @module
 */

/** Queries longer than this get no hint (a typo of a model id is not 100 characters long). */
export const MAX_HINT_QUERY = 100;
/**
 * The most distance-table cells one hint search computes (about a millisecond); past it the search stops
 * with the best names found so far. Hints are best-effort; lookups never depend on them.
 */
export const HINT_WORK_BUDGET = 250_000;
let cellsLeft = Number.POSITIVE_INFINITY;

/** The most edits a hint may be away from the query: close enough to be a typo, not another name. */
export function hintCutoff(queryLength: number): number {
  return Math.min(8, Math.max(3, Math.ceil(queryLength / 3)));
}

/**
 * Levenshtein distance between `a` and `b` if it is at most `max`, else `max + 1`. Only a diagonal band of
 * width `2 x max + 1` is computed, and the loop ends once every cell of a row exceeds `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  const over = max + 1;
  let previous = new Array<number>(m + 1);
  let current = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    current[from - 1] = from === 1 && i <= max ? i : over;
    let rowMinimum = current[from - 1] as number;
    const ai = a.charCodeAt(i - 1);
    cellsLeft -= to - from + 1;
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] as number) + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (current[j - 1] as number) + 1;
      let cell = substitution < deletion ? substitution : deletion;
      if (insertion < cell) cell = insertion;
      if (cell > over) cell = over;
      current[j] = cell;
      if (cell < rowMinimum) rowMinimum = cell;
    }
    if (to < m) current[to + 1] = over;
    if (rowMinimum > max) return over;
    [previous, current] = [current, previous];
  }
  const result = previous[m] as number;
  return result > max ? over : result;
}

const BUCKETS = 32;

/** Names prepared for hints: lower-cased, with a character histogram each (32 buckets by char code). */
export interface HintNames {
  readonly names: readonly string[];
  readonly lower: readonly string[];
  readonly histograms: Uint16Array;
}

const prepared = new WeakMap<readonly string[], HintNames>();

function histogram(text: string, into: Uint16Array, offset: number): void {
  for (let i = 0; i < text.length; i++) {
    const slot = offset + (text.charCodeAt(i) & (BUCKETS - 1));
    into[slot] = (into[slot] as number) + 1;
  }
}

/** Prepares (once per array) the names hints are chosen from. */
export function hintNames(names: readonly string[]): HintNames {
  let found = prepared.get(names);
  if (found === undefined) {
    const lower = names.map((name) => name.toLowerCase());
    const histograms = new Uint16Array(names.length * BUCKETS);
    for (let index = 0; index < lower.length; index++) {
      histogram(lower[index] as string, histograms, index * BUCKETS);
    }
    found = { names, lower, histograms };
    prepared.set(names, found);
  }
  return found;
}

/**
 * Up to three names closest to `query` (ties in alphabetical order), within {@link hintCutoff} edits of it
 * or of any of `alternatives` (other spellings of the query, such as the id without a provider prefix).
 * Comparison is case-insensitive; names are returned as given. Each name is first checked against a cheap
 * lower bound (one edit changes a character histogram by at most 2), so most names cost a few operations.
 */
export function closestNames(
  names: readonly string[] | Iterable<string>,
  query: string,
  alternatives: readonly string[] = [],
): string[] {
  if (query.length === 0 || query.length > MAX_HINT_QUERY) return [];
  const list = hintNames(Array.isArray(names) ? (names as readonly string[]) : [...names]);
  const spellings = [...new Set([query, ...alternatives].map((s) => s.toLowerCase()))].filter(
    (s) => s.length > 0 && s.length <= MAX_HINT_QUERY,
  );
  const max = hintCutoff(Math.min(...spellings.map((s) => s.length)));
  const queryHistograms = spellings.map((spelling) => {
    const counts = new Uint16Array(BUCKETS);
    histogram(spelling, counts, 0);
    return counts;
  });
  const scored: [string, number][] = [];
  cellsLeft = HINT_WORK_BUDGET;
  for (let index = 0; index < list.lower.length && cellsLeft > 0; index++) {
    const lower = list.lower[index] as string;
    const offset = index * BUCKETS;
    let best = max + 1;
    for (let k = 0; k < spellings.length; k++) {
      const spelling = spellings[k] as string;
      const limit = best - 1;
      if (Math.abs(spelling.length - lower.length) > limit) continue;
      const counts = queryHistograms[k] as Uint16Array;
      let difference = 0;
      for (let b = 0; b < BUCKETS; b++) {
        const d = (counts[b] as number) - (list.histograms[offset + b] as number);
        difference += d < 0 ? -d : d;
      }
      if (Math.ceil(difference / 2) > limit) continue;
      const distance = boundedDistance(spelling, lower, limit);
      if (distance < best) best = distance;
      if (best === 0) break;
    }
    if (best <= max) scored.push([list.names[index] as string, best]);
  }
  cellsLeft = Number.POSITIVE_INFINITY;
  return scored
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, 3)
    .map(([name]) => name);
}

/** ` Did you mean "a", "b"?` for a message, or `''` when there is nothing to suggest. */
export function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length === 0
    ? ''
    : ` Did you mean ${suggestions.map((name) => JSON.stringify(name)).join(', ')}?`;
}
