import { describe, expect, it } from 'vitest';
import { estimateCost, findCard, getCard } from '../../../src/index.js';
import { fromGenaiPrices } from '../../../src/tables/adapters/index.js';

const fixture = [
  {
    id: 'openai',
    name: 'OpenAI',
    models: [
      {
        id: 'o3',
        match: { or: [{ equals: 'o3' }, { equals: 'o3-2025-04-16' }] },
        prices: [
          { prices: { input_mtok: 10, cache_read_mtok: 2.5, output_mtok: 40 } },
          {
            constraint: { start_date: '2025-06-10' },
            prices: { input_mtok: 2, cache_read_mtok: 0.5, output_mtok: 8 },
          },
        ],
      },
      {
        id: 'gpt-5.4',
        match: { starts_with: 'gpt-5.4' },
        context_window: 1050000,
        prices: {
          input_mtok: { base: 2.5, tiers: [{ start: 272000, price: 5 }] },
          output_mtok: { base: 15, tiers: [{ start: 272000, price: 22.5 }] },
          cache_read_mtok: 0.25,
          input_audio_mtok: 40,
        },
      },
      { id: 'text-embedding-3-small', prices: { input_mtok: 0.02 } },
      {
        id: 'search-model',
        prices: { input_mtok: 1, output_mtok: 1, requests_kcount: 5, web_searches_kcount: 10 },
      },
    ],
  },
  {
    id: 'deepseek',
    name: 'DeepSeek',
    models: [
      {
        id: 'deepseek-chat',
        prices: [
          { prices: { input_mtok: 0.135, cache_read_mtok: 0.035, output_mtok: 0.55 } },
          {
            constraint: { start_time: '00:30:00Z', end_time: '16:30:00Z' },
            prices: { input_mtok: 0.27, cache_read_mtok: 0.07, output_mtok: 1.1 },
          },
        ],
      },
      {
        id: 'mixed',
        prices: [
          { prices: { input_mtok: 1, output_mtok: 1 } },
          { constraint: { start_date: '2026-01-01' }, prices: { input_mtok: 2, output_mtok: 2 } },
          {
            constraint: { start_time: '00:00:00Z', end_time: '08:00:00Z' },
            prices: { input_mtok: 3, output_mtok: 3 },
          },
        ],
      },
    ],
  },
];

describe('fromGenaiPrices', () => {
  const { table, skipped, dropped } = fromGenaiPrices(fixture);

  it('turns start-date constraints into effective-dated cards and equals rules into aliases', () => {
    expect(getCard(table, 'o3', { at: '2025-06-09' }).inputPerMillion).toBe('10');
    expect(getCard(table, 'o3-2025-04-16', { at: '2025-06-10' }).inputPerMillion).toBe('2');
  });

  it('turns {base, tiers} into context tiers strictly above start, and keeps no fuzzy match rules', () => {
    const card = getCard(table, 'gpt-5.4');
    expect(card.tiers).toEqual([
      { abovePromptTokens: 272000, inputPerMillion: '5', outputPerMillion: '22.5' },
    ]);
    expect(estimateCost({ inputTokens: 272001, outputTokens: 0 }, card).tier).toBe(272000);
    expect(findCard(table, 'gpt-5.4-mini')).toBeUndefined();
    expect(dropped).toContainEqual({
      key: 'openai/gpt-5.4',
      field: 'match',
      detail:
        'prefix, substring and pattern rules are not carried; look the model up by its id or an exact alias',
    });
  });

  it('turns time-of-day constraints into UTC windows over the default card', () => {
    expect(getCard(table, 'deepseek-chat', { at: '2025-05-01T10:00Z' }).inputPerMillion).toBe('0.27');
    expect(getCard(table, 'deepseek-chat', { at: '2025-05-01T20:00Z' }).inputPerMillion).toBe('0.135');
  });

  it('reads requests and web searches per 1,000', () => {
    const card = getCard(table, 'search-model');
    expect([card.requestFee, card.webSearchPerThousand]).toEqual(['0.005', '10']);
  });

  it('reports input-only models and mixed constraints', () => {
    expect(skipped.map((s) => [s.key, s.reason, s.detail])).toEqual([
      ['openai/text-embedding-3-small', 'missing-rate', 'prices has no output_mtok; unknown is not zero.'],
      ['deepseek/mixed', 'unsupported-pricing', 'The prices mix start-date and time-of-day constraints.'],
    ]);
  });

  it('refuses a document that is not a list of providers', () => {
    expect(() => fromGenaiPrices({ providers: [] })).toThrowError(
      'genai-prices data is {"providers":[]}, not a list of providers',
    );
  });
});
