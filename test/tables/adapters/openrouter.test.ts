import { describe, expect, it } from 'vitest';
import { estimateCost, findCard, getCard } from '../../../src/index.js';
import { fromOpenRouter } from '../../../src/tables/adapters/index.js';

const model = (id: string, pricing: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id,
  canonical_slug: `${id}-20260101`,
  name: id,
  context_length: 200000,
  pricing,
  top_provider: { context_length: 200000, max_completion_tokens: 64000 },
  ...extra,
});

const fixture = {
  data: [
    model('anthropic/claude-like', {
      prompt: '0.000003',
      completion: '0.000015',
      input_cache_read: '0.0000003',
      input_cache_write: '0.00000375',
      input_cache_write_1h: '0.000006',
      web_search: '0.01',
      image: '0.0048',
    }),
    model('openrouter/auto', { prompt: '-1', completion: '-1' }),
    model('vendor/odd-cache', { prompt: '0.000001', completion: '0.000002', input_cache_read: '-1' }),
    model('vendor/discounted', {
      prompt: '0.000004',
      completion: '0.000008',
      request: '0.005',
      discount: 0.25,
    }),
    model('google/tiered', {
      prompt: '0.00000125',
      completion: '0.00001',
      overrides: [
        { min_prompt_tokens: 200000, prompt: '0.0000025' },
        { min_prompt_tokens: 500000, completion: '0.00002' },
      ],
    }),
    model('vendor/night', {
      prompt: '0.000002',
      completion: '0.000004',
      overrides: [{ utc_start: '16:30', utc_end: '00:30', prompt: '0.000001', completion: '0.000002' }],
    }),
    model('google/long-audio', {
      prompt: '0.00000125',
      completion: '0.00001',
      audio: '0.000001',
      overrides: [
        {
          min_prompt_tokens: 200000,
          prompt: '0.0000025',
          audio: '0.000002',
          image: '0.01',
          completion: '0.000015',
        },
      ],
    }),
    model('vendor/free', { prompt: '0', completion: '0' }),
    model('vendor/free:free', { prompt: '0', completion: '0' }, { canonical_slug: 'vendor/free' }),
    { id: 'broken', pricing: 'none' },
  ],
};

describe('fromOpenRouter', () => {
  const { table, skipped, dropped } = fromOpenRouter(fixture);

  it('scales per-token decimal strings exactly and maps cache, web-search and request prices', () => {
    const card = getCard(table, 'anthropic/claude-like');
    expect(card).toMatchObject({
      provider: 'openrouter',
      inputPerMillion: '3',
      outputPerMillion: '15',
      cacheReadPerMillion: '0.3',
      cacheWritePerMillion: '3.75',
      cacheWrite1hPerMillion: '6',
      webSearchPerThousand: '10',
      aliases: ['anthropic/claude-like-20260101'],
      contextWindow: 200000,
      maxOutputTokens: 64000,
    });
    expect(findCard(table, 'anthropic/claude-like-20260101')?.id).toBe('anthropic/claude-like');
  });

  it('never turns the "-1" sentinel into a price', () => {
    expect(findCard(table, 'openrouter/auto')).toBeUndefined();
    expect(skipped[0]).toEqual({
      key: 'openrouter/auto',
      reason: 'unknown-price',
      detail: 'prompt is "-1", OpenRouter\'s marker for a dynamic or unknown price (a router, not a model).',
    });
    expect(getCard(table, 'vendor/odd-cache').cacheReadPerMillion).toBeUndefined();
    expect(dropped).toContainEqual({
      key: 'vendor/odd-cache',
      field: 'input_cache_read',
      detail: 'it is "-1" (unknown), so the rate is left unknown',
    });
  });

  it('applies a discount to every price exactly', () => {
    const card = getCard(table, 'vendor/discounted');
    expect([card.inputPerMillion, card.outputPerMillion, card.requestFee]).toEqual(['3', '6', '0.00375']);
  });

  it('turns min_prompt_tokens overrides into tiers, later overrides winning per key', () => {
    const card = getCard(table, 'google/tiered');
    expect(card.tiers).toEqual([
      { abovePromptTokens: 199999, inputPerMillion: '2.5' },
      { abovePromptTokens: 499999, inputPerMillion: '2.5', outputPerMillion: '20' },
    ]);
    const price = (inputTokens: number) =>
      estimateCost({ inputTokens, outputTokens: 1_000_000 }, card).total.amount;
    expect([price(199999), price(200000), price(500000)]).toEqual(['10.24999875', '10.5', '21.25']);
  });

  it('turns UTC-window overrides into time-windowed cards', () => {
    expect(getCard(table, 'vendor/night', { at: '2026-01-01T20:00Z' }).inputPerMillion).toBe('1');
    expect(getCard(table, 'vendor/night', { at: '2026-01-01T12:00Z' }).inputPerMillion).toBe('2');
  });

  it('keeps free models as free, and drops an alias that names another model', () => {
    expect(getCard(table, 'vendor/free').inputPerMillion).toBe('0');
    expect(getCard(table, 'vendor/free:free').aliases).toBeUndefined();
    expect(dropped).toContainEqual({
      key: 'vendor/free:free',
      field: 'alias "vendor/free"',
      detail: 'it already names entry "vendor/free"',
    });
    expect(dropped).toContainEqual({
      key: 'anthropic/claude-like',
      field: 'pricing.image',
      detail:
        'OpenRouter has written this as a price per image in some feeds and per image token in others, so it is not read',
    });
    expect(skipped.find((s) => s.key === 'broken')?.reason).toBe('invalid-entry');
  });

  it('keeps a model whose long-context override carries audio and image prices (the audio becomes the tier rate)', () => {
    const card = getCard(table, 'google/long-audio');
    expect(card.audioInputPerMillion).toBe('1');
    expect(card.tiers).toEqual([
      {
        abovePromptTokens: 199999,
        inputPerMillion: '2.5',
        outputPerMillion: '15',
        audioInputPerMillion: '2',
      },
    ]);
    expect(dropped.filter((entry) => entry.key === 'google/long-audio').map((entry) => entry.field)).toEqual([
      'pricing.overrides[0].image',
    ]);
  });

  it('refuses a document without a data list', () => {
    expect(() => fromOpenRouter({ models: [] })).toThrowError(
      'OpenRouter data is {"models":[]}, not a models response with a "data" list',
    );
  });
});
