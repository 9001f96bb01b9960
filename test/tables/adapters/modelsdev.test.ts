import { describe, expect, it } from 'vitest';
import { getCard } from '../../../src/index.js';
import { fromModelsDev } from '../../../src/tables/adapters/index.js';

const fixture = {
  anthropic: {
    id: 'anthropic',
    name: 'Anthropic',
    models: {
      'claude-like': {
        name: 'Claude-like',
        cost: {
          input: 5,
          output: 25,
          cache_read: 0.5,
          cache_write: 6.25,
          context_over_200k: { input: 10, output: 37.5 },
          tiers: [{ input: 10, output: 37.5, cache_read: 1, tier: { type: 'context', size: 200000 } }],
        },
        limit: { context: 1000000, output: 128000 },
      },
      'legacy-only': {
        cost: { input: 1.25, output: 10, context_over_200k: { input: 2.5, output: 15 } },
        limit: { context: 1000000, output: 0 },
      },
      'no-cost': { name: 'Unpriced', limit: { context: 1000, output: 100 } },
      'audio-model': { cost: { input: 0.1, output: 0.4, input_audio: 0.7 } },
    },
  },
  'bad provider': { models: {} },
};

describe('fromModelsDev', () => {
  const { table, skipped, dropped } = fromModelsDev(fixture);

  it('reads per-1M prices, limits and names', () => {
    expect(getCard(table, 'claude-like')).toMatchObject({
      provider: 'anthropic',
      name: 'Claude-like',
      inputPerMillion: '5',
      outputPerMillion: '25',
      cacheReadPerMillion: '0.5',
      cacheWritePerMillion: '6.25',
      contextWindow: 1000000,
      maxOutputTokens: 128000,
    });
    expect(getCard(table, 'legacy-only').maxOutputTokens).toBeUndefined();
  });

  it('reads tier sizes and the older context_over_200k as strictly-above thresholds, as the data means them', () => {
    expect(getCard(table, 'claude-like').tiers).toEqual([
      {
        abovePromptTokens: 200000,
        inputPerMillion: '10',
        outputPerMillion: '37.5',
        cacheReadPerMillion: '1',
      },
    ]);
    expect(getCard(table, 'legacy-only').tiers).toEqual([
      { abovePromptTokens: 200000, inputPerMillion: '2.5', outputPerMillion: '15' },
    ]);
  });

  it('reports models without a cost and bad providers, and carries audio prices', () => {
    expect(skipped.map((s) => [s.key, s.reason])).toEqual([
      ['anthropic/no-cost', 'missing-rate'],
      ['bad provider', 'invalid-entry'],
    ]);
    expect(dropped).toEqual([]);
    expect(getCard(table, 'anthropic/audio-model').audioInputPerMillion).toBe('0.7');
  });
});
