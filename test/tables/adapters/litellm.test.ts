import { describe, expect, it } from 'vitest';
import { estimateCost, getCard } from '../../../src/index.js';
import { fromLiteLLM } from '../../../src/tables/adapters/index.js';

const fixture = {
  sample_spec: { litellm_provider: 'one of https://docs.litellm.ai/docs/providers', input_cost_per_token: 0 },
  last_updated: '2026-07-24T18:23:43+00:00',
  'claude-like': {
    litellm_provider: 'anthropic',
    mode: 'chat',
    input_cost_per_token: 3e-6,
    output_cost_per_token: 1.5e-5,
    cache_read_input_token_cost: 3e-7,
    cache_creation_input_token_cost: 3.75e-6,
    cache_creation_input_token_cost_above_1hr: 6e-6,
    input_cost_per_token_above_200k_tokens: 6e-6,
    output_cost_per_token_above_200k_tokens: 2.25e-5,
    cache_creation_input_token_cost_above_1hr_above_200k_tokens: 1.2e-5,
    search_context_cost_per_query: {
      search_context_size_low: 0.01,
      search_context_size_medium: 0.01,
      search_context_size_high: 0.01,
    },
    max_input_tokens: 200000,
    max_output_tokens: 64000,
    supports_vision: true,
  },
  'gpt-like': {
    litellm_provider: 'openai',
    mode: 'responses',
    input_cost_per_token: 2.5e-6,
    output_cost_per_token: 1.5e-5,
    cache_read_input_token_cost: 2.5e-7,
    input_cost_per_token_above_272k_tokens: 5e-6,
    input_cost_per_token_batches: 1.25e-6,
    output_cost_per_token_batches: 7.5e-6,
    input_cost_per_token_priority: 5e-6,
    output_cost_per_token_priority: 3e-5,
    input_cost_per_token_above_272k_tokens_priority: 1e-5,
    input_cost_per_audio_token: 4e-5,
    search_context_cost_per_query: {
      search_context_size_low: 0.025,
      search_context_size_medium: 0.0275,
      search_context_size_high: 0.03,
    },
  },
  'float-artifact': {
    litellm_provider: 'x',
    input_cost_per_token: 8.333333333333334e-8,
    output_cost_per_token: 1.25e-7,
  },
  'deepseek/deepseek-chat': {
    litellm_provider: 'deepseek',
    mode: 'chat',
    input_cost_per_token: 2.8e-7,
    input_cost_per_token_cache_hit: 2.8e-8,
    output_cost_per_token: 4.2e-7,
  },
  'dashscope/qwen-like': {
    litellm_provider: 'dashscope',
    mode: 'chat',
    tiered_pricing: [
      { input_cost_per_token: 5e-8, output_cost_per_token: 4e-7, range: [0, 256000] },
      { input_cost_per_token: 2.5e-7, output_cost_per_token: 2e-6, range: [256000, 1000000] },
    ],
  },
  'perplexity/online': {
    litellm_provider: 'perplexity',
    mode: 'chat',
    input_cost_per_request: 0.005,
    input_cost_per_token: 0,
    output_cost_per_token: 2.8e-6,
  },
  'dall-e-like': { litellm_provider: 'openai', mode: 'image_generation', output_cost_per_image: 0.04 },
  'embedding-only': { litellm_provider: 'openai', mode: 'chat', input_cost_per_token: 1e-7 },
  negative: {
    litellm_provider: 'openai',
    mode: 'chat',
    input_cost_per_token: -1e-6,
    output_cost_per_token: 1e-6,
  },
  'together_ai/BAAI/bge': {
    litellm_provider: 'together_ai',
    mode: 'embedding',
    input_cost_per_token: 1e-8,
    output_cost_per_token: 0,
  },
  'together_ai/baai/bge': {
    litellm_provider: 'together_ai',
    mode: 'embedding',
    input_cost_per_token: 1e-8,
    output_cost_per_token: 0,
  },
};

describe('fromLiteLLM', () => {
  const { table, skipped, dropped, adjusted } = fromLiteLLM(fixture, {
    url: 'https://example.com/litellm.json',
  });

  it('scales per-token JSON numbers to per-million decimal strings exactly', () => {
    const card = getCard(table, 'claude-like');
    expect([
      card.inputPerMillion,
      card.outputPerMillion,
      card.cacheReadPerMillion,
      card.cacheWritePerMillion,
      card.cacheWrite1hPerMillion,
    ]).toEqual(['3', '15', '0.3', '3.75', '6']);
    // A float artefact (17 significant digits) is read at 15 and reported.
    expect(getCard(table, 'float-artifact').inputPerMillion).toBe('0.0833333333333333');
    expect(getCard(table, 'float-artifact').outputPerMillion).toBe('0.125');
  });

  it('maps long-context tiers (strictly above N x 1000), 1-hour writes in tiers and a flat per-query search price', () => {
    const card = getCard(table, 'claude-like');
    expect(card.tiers).toEqual([
      {
        abovePromptTokens: 200000,
        inputPerMillion: '6',
        outputPerMillion: '22.5',
        cacheWrite1hPerMillion: '12',
      },
    ]);
    expect(card.webSearchPerThousand).toBe('10');
    expect([card.contextWindow, card.maxOutputTokens]).toEqual([200000, 64000]);
    expect(card.source).toEqual({
      kind: 'imported',
      catalog: 'litellm',
      key: 'claude-like',
      url: 'https://example.com/litellm.json',
    });
  });

  it('maps batch and priority suffixes to service tiers, with their own long-context tiers', () => {
    const card = getCard(table, 'gpt-like');
    expect(card.serviceTiers).toEqual({
      batch: { inputPerMillion: '1.25', outputPerMillion: '7.5' },
      priority: {
        inputPerMillion: '5',
        outputPerMillion: '30',
        tiers: [{ abovePromptTokens: 272000, inputPerMillion: '10' }],
      },
    });
    expect(
      estimateCost({ inputTokens: 300000, outputTokens: 0 }, card, { serviceTier: 'priority' }).total.amount,
    ).toBe('3');
  });

  it('reads cache hits, tiered pricing ranges and per-request fees', () => {
    expect(getCard(table, 'deepseek/deepseek-chat').cacheReadPerMillion).toBe('0.028');
    const qwen = getCard(table, 'dashscope/qwen-like');
    expect([qwen.inputPerMillion, qwen.outputPerMillion, qwen.tiers]).toEqual([
      '0.05',
      '0.4',
      [{ abovePromptTokens: 256000, inputPerMillion: '0.25', outputPerMillion: '2' }],
    ]);
    expect(getCard(table, 'perplexity/online').requestFee).toBe('0.005');
  });

  it('reports the float artefacts it read as their intended decimal', () => {
    expect(adjusted).toEqual([
      {
        key: 'float-artifact',
        field: 'Field "input_cost_per_token"',
        from: '8.333333333333334e-8',
        to: '0.0000000833333333333333',
      },
    ]);
  });

  it('reports what it skipped and dropped, with reasons', () => {
    expect(skipped.map((s) => [s.key, s.reason])).toEqual([
      ['sample_spec', 'not-a-model'],
      ['last_updated', 'not-a-model'],
      ['dall-e-like', 'unsupported-mode'],
      ['embedding-only', 'missing-rate'],
      ['negative', 'invalid-value'],
      ['together_ai/baai/bge', 'duplicate'],
    ]);
    expect(skipped.find((s) => s.key === 'negative')?.detail).toBe(
      'Field "input_cost_per_token" is -0.000001, a negative price.',
    );
    expect(getCard(table, 'gpt-like').audioInputPerMillion).toBe('40');
    expect(dropped).toEqual([
      {
        key: 'gpt-like',
        field: 'search_context_cost_per_query',
        detail: 'search prices differ by context size, which a card cannot carry',
      },
    ]);
    expect(table.cards).toHaveLength(7);
  });

  it('refuses a document that is not an object of entries', () => {
    expect(() => fromLiteLLM([1, 2])).toThrowError(
      'LiteLLM data is [1,2], not an object of model entries; pass the parsed JSON of the LiteLLM file.',
    );
  });
});
