/**
 * Class 1, CPU denial of service through "did you mean" hints: a miss must cost about what a hit costs,
 * whatever the id's length and the table's size. These are hang detectors with generous bounds (the
 * unbounded hints took ~10 s for a 10,000-character id and ~99 s for 100,000), not speed measurements.
 */
import { describe, expect, it } from 'vitest';
import { createPriceTable, getCard } from '../../src/index.js';
import { boundedDistance, closestNames, MAX_HINT_QUERY } from '../../src/internal/suggest.js';
import { errorOf } from '../support/errors.js';

/** A table the size of LiteLLM's (2,400 cards), with ids that share long prefixes, the costly case. */
const big = createPriceTable(
  Array.from({ length: 2_400 }, (_, i) => ({
    id: `provider-family-model-${(i * 7919).toString(36)}-instruct-v${i % 9}`,
    provider: `p${i % 12}`,
    inputPerMillion: '1',
    outputPerMillion: '2',
  })),
  { name: 'big' },
);

describe('unknown-model hints are bounded work', () => {
  it('answers a 100,000-character miss on a 2,400-card table without hints, quickly', () => {
    const started = performance.now();
    const error = errorOf(() => getCard(big, 'x'.repeat(100_000)), 'UNKNOWN_MODEL');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error.details.suggestions).toEqual([]);
    expect(error.message.length).toBeLessThan(400);
  });

  it('answers a thousand distinct misses of hint-able length in bounded time each', () => {
    const started = performance.now();
    for (let i = 0; i < 200; i++) {
      errorOf(() => getCard(big, `provider-family-model-${i}-instrukt-v${i % 9}`), 'UNKNOWN_MODEL');
    }
    // 200 misses on 2,400 similar ids: the banded distance keeps this far below a second per miss.
    expect((performance.now() - started) / 200).toBeLessThan(50);
  });

  it('still suggests close ids for a typo', () => {
    const table = createPriceTable([
      { id: 'gpt-4o', provider: 'openai', inputPerMillion: '2.5', outputPerMillion: '10' },
      { id: 'gpt-4o-mini', provider: 'openai', inputPerMillion: '0.15', outputPerMillion: '0.6' },
    ]);
    expect(errorOf(() => getCard(table, 'gpt4o'), 'UNKNOWN_MODEL').details.suggestions).toEqual(['gpt-4o']);
    expect(errorOf(() => getCard(table, 'gpt-4o-mni'), 'UNKNOWN_MODEL').details.suggestions).toEqual([
      'gpt-4o-mini',
      'gpt-4o',
    ]);
  });

  it('the banded distance equals Levenshtein within the cutoff and says "over" beyond it', () => {
    const levenshtein = (a: string, b: string) => {
      let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
          current[j] = Math.min(
            (previous[j] as number) + 1,
            (current[j - 1] as number) + 1,
            (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
        }
        previous = current;
      }
      return previous[b.length] as number;
    };
    const words = [
      'gpt-4o',
      'gpt4o',
      'gpt-4o-mini',
      'claude-sonnet-4-5',
      'claude-sonnet-4.5',
      'o3',
      'o3-pro',
      '',
    ];
    for (const a of words) {
      for (const b of words) {
        for (const max of [0, 1, 2, 3, 5, 8]) {
          const exact = levenshtein(a, b);
          expect(boundedDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
        }
      }
    }
  });

  it('gives no hint for a query longer than the cap', () => {
    expect(closestNames(['a'.repeat(MAX_HINT_QUERY + 1)], 'a'.repeat(MAX_HINT_QUERY + 1))).toEqual([]);
  });
});
