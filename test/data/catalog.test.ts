import { describe, expect, it } from 'vitest';
import { catalog, providerTables } from '../../src/catalog/index.js';
import {
  estimateCost,
  findCard,
  fromAnthropicUsage,
  fromGeminiUsage,
  fromOpenAIUsage,
  getCard,
  type Usage,
} from '../../src/index.js';

const PROVIDERS = [
  'openai',
  'anthropic',
  'google',
  'xai',
  'mistral',
  'deepseek',
  'together',
  'fireworks',
  'groq',
  'deepinfra',
];
const total = (
  usage: Usage,
  id: string,
  options: Parameters<typeof getCard>[2] = {},
  serviceTier?: 'batch' | 'flex' | 'priority',
) =>
  estimateCost(usage, getCard(catalog, id, options), serviceTier === undefined ? {} : { serviceTier }).total
    .amount;

describe('the built-in catalog', () => {
  it('has a table per provider and builds one validated table of every card', () => {
    expect(Object.keys(providerTables).sort()).toEqual([...PROVIDERS].sort());
    const count = Object.values(providerTables).reduce((sum, table) => sum + table.cards.length, 0);
    expect(catalog.cards).toHaveLength(count);
    for (const [provider, table] of Object.entries(providerTables)) {
      expect(table.cards.every((card) => card.provider === provider)).toBe(true);
    }
  });

  it('gives every card its provenance: the pricing page and the day it was checked', () => {
    for (const card of catalog.cards) {
      expect(card.source?.kind, card.id).toBe('published');
      if (card.source?.kind !== 'published') continue;
      expect(card.source.url, card.id).toMatch(/^https:\/\//);
      expect(card.source.checkedAt, card.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('covers the open-weight models on the main hosts', () => {
    const has = (provider: string, pattern: RegExp) =>
      providerTables[provider]?.cards.some((card) => pattern.test(card.id)) ?? false;
    for (const host of ['together', 'fireworks']) {
      for (const size of [/3\.?1-?8b|v3p1-8b/i, /3\.?3-?70b|v3p3-70b/i, /405b/i])
        expect(has(host, size), `${host} ${size}`).toBe(true);
    }
    for (const host of ['groq', 'deepinfra']) {
      expect(has(host, /3\.1-8b/i)).toBe(true);
      expect(has(host, /3\.3-70b/i)).toBe(true);
    }
    for (const host of ['together', 'fireworks', 'groq', 'deepinfra'])
      expect(has(host, /gpt-oss-120b/)).toBe(true);
    for (const host of ['together', 'fireworks', 'deepinfra']) {
      expect(has(host, /deepseek-(v3|r1)/i)).toBe(true);
      expect(has(host, /qwen3/i)).toBe(true);
    }
  });
});

describe('exact published prices through the catalog', () => {
  it('OpenAI: the issue example, the o3 price cut, GPT-5.4 long context, priority without long context', () => {
    const usage = fromOpenAIUsage({
      prompt_tokens: 120000,
      completion_tokens: 8000,
      prompt_tokens_details: { cached_tokens: 50000 },
    });
    expect(estimateCost(usage, getCard(catalog, 'gpt-4o')).total.amount).toBe('0.3175');
    const million = { inputTokens: 1_000_000, outputTokens: 0 };
    expect(total(million, 'o3', { at: '2025-06-09T23:59Z' })).toBe('10');
    expect(total(million, 'o3', { at: '2025-06-10' })).toBe('2');
    expect(total({ inputTokens: 300000, outputTokens: 1000 }, 'gpt-5.4')).toBe('1.5225'); // 300k x 5 + 1k x 22.5
    expect(total({ inputTokens: 272000, outputTokens: 1000 }, 'gpt-5.4')).toBe('0.695'); // 272k x 2.5 + 1k x 15
    expect(total({ inputTokens: 100000, outputTokens: 1000 }, 'gpt-5.5', {}, 'priority')).toBe('1.325'); // 100k x 12.5 + 1k x 75
    expect(() => total({ inputTokens: 300000, outputTokens: 1000 }, 'gpt-5.5', {}, 'priority')).toThrowError(
      'Card "gpt-5.5" has no priority rates for prompts above 272000 tokens',
    );
    expect(total({ inputTokens: 0, outputTokens: 1_000_000 }, 'gpt-5.6-sol', { at: '2026-09-01' })).toBe(
      '20',
    );
    expect(total({ inputTokens: 0, outputTokens: 1_000_000 }, 'gpt-5.6-sol', { at: '2026-11-22' })).toBe(
      '30',
    );
    expect(total({ inputTokens: 100_000, outputTokens: 0 }, 'gpt-5.6-luna', { at: '2026-07-29' })).toBe(
      '0.1',
    );
    expect(total({ inputTokens: 100_000, outputTokens: 0 }, 'gpt-5.6-luna', { at: '2026-07-30' })).toBe(
      '0.02',
    );
    expect(total({ inputTokens: 1_000_000, outputTokens: 0 }, 'gpt-5.6-luna', { at: '2026-07-30' })).toBe(
      '0.4',
    ); // above 272K: 2x
    // The first GPT-4o snapshot keeps its own price: it is not an alias of gpt-4o.
    expect(total(million, 'gpt-4o-2024-05-13')).toBe('5');
    expect(total(million, 'gpt-4o-2024-08-06')).toBe('2.5');
  });

  it('OpenAI: unknown cache rates on GPT-6.2 Sol are unpriced, not zero', () => {
    expect(() =>
      total({ inputTokens: 1000, cacheReadTokens: 500, outputTokens: 10 }, 'gpt-6.2-sol'),
    ).toThrowError('Card "gpt-6.2-sol" (openai) has no cacheReadPerMillion rate');
  });

  it('Anthropic: exclusive usage, 1-hour writes, long context on Sonnet 4.5, batch, Haiku 5.5 at 100K', () => {
    const usage = fromAnthropicUsage({
      input_tokens: 50000,
      cache_read_input_tokens: 200000,
      cache_creation_input_tokens: 0,
      output_tokens: 2000,
    });
    expect(estimateCost(usage, getCard(catalog, 'claude-sonnet-4-5-20250929')).total.amount).toBe('0.465'); // 50k x 6 + 200k x 0.6 + 2k x 22.5
    expect(
      estimateCost(usage, getCard(catalog, 'claude-sonnet-4-5'), { serviceTier: 'batch' }).total.amount,
    ).toBe('0.2325');
    expect(estimateCost(usage, getCard(catalog, 'claude-sonnet-4-6')).total.amount).toBe('0.24'); // flat: 50k x 3 + 200k x 0.3 + 2k x 15
    expect(total({ inputTokens: 100000, outputTokens: 500 }, 'claude-haiku-5-5')).toBe('0.01025');
    expect(total({ inputTokens: 100001, outputTokens: 500 }, 'claude-haiku-5-5')).toBe('0.0512505');
    const writes = fromAnthropicUsage({
      input_tokens: 10,
      output_tokens: 100,
      cache_creation_input_tokens: 3000,
      cache_creation: { ephemeral_5m_input_tokens: 1000, ephemeral_1h_input_tokens: 2000 },
      server_tool_use: { web_search_requests: 3 },
    });
    expect(estimateCost(writes, getCard(catalog, 'claude-opus-5-5')).total.amount).toBe('0.05304'); // (10x4 + 1000x5 + 2000x8 + 100x20) per 1M + 3 x $0.01
    expect(
      total({ inputTokens: 1_000_000, cacheReadTokens: 1_000_000, outputTokens: 0 }, 'claude-sonnet-5-5', {
        at: '2026-10-06',
      }),
    ).toBe('0.2');
    expect(
      total({ inputTokens: 1_000_000, cacheReadTokens: 1_000_000, outputTokens: 0 }, 'claude-sonnet-5-5', {
        at: '2026-10-07',
      }),
    ).toBe('0.1');
  });

  it('Google: thoughts billed as output, 2.5 Pro above 200K, the scheduled Gemini 3.8 Flash price', () => {
    const usage = fromGeminiUsage({
      promptTokenCount: 300000,
      candidatesTokenCount: 400,
      thoughtsTokenCount: 600,
    });
    expect(estimateCost(usage, getCard(catalog, 'gemini-2.5-pro')).total.amount).toBe('0.765'); // 300k x 2.5 + 1k x 15
    expect(
      total({ inputTokens: 1_000_000, outputTokens: 1_000_000 }, 'gemini-3.8-flash', {
        at: '2026-12-31T23:59Z',
      }),
    ).toBe('4.5');
    expect(
      total({ inputTokens: 1_000_000, outputTokens: 1_000_000 }, 'gemini-3.8-flash', { at: '2027-01-01' }),
    ).toBe('9');
    expect(total({ inputTokens: 2_000_000, outputTokens: 0 }, 'gemini-2.5-flash-lite', {}, 'batch')).toBe(
      '0.1',
    );
  });

  it('xAI: Grok 4.7 doubles at 200K prompt tokens and above', () => {
    expect(total({ inputTokens: 199999, outputTokens: 0 }, 'grok-4.7')).toBe('0.399998');
    expect(total({ inputTokens: 200000, outputTokens: 0 }, 'grok-4.7')).toBe('0.8');
    expect(() => total({ inputTokens: 10, outputTokens: 0 }, 'grok-4.7', {}, 'batch')).toThrowError(
      'has no batch service tier',
    );
  });

  it('DeepSeek: weekday peak and off-peak from 2026-08-16 16:00 UTC, the 2025 off-peak window', () => {
    const usage = fromOpenAIUsage({
      prompt_tokens: 10000,
      completion_tokens: 1000,
      prompt_tokens_details: { cached_tokens: 8000 },
    });
    const at = (iso: string, id = 'deepseek-flash') =>
      estimateCost(usage, getCard(catalog, id, { at: iso })).total.amount;
    expect(at('2026-11-23T02:00Z')).toBe('0.001848'); // Monday peak: 2k x 0.3 + 8k x 0.006 + 1k x 1.2
    expect(at('2026-11-22T02:00Z')).toBe('0.000924'); // Sunday: off-peak
    expect(at('2026-08-16T15:59Z', 'deepseek-v4-pro')).toBe('0.001769'); // flat: 2k x 0.435 + 8k x 0.003625 + 1k x 0.87
    expect(at('2025-05-01T17:00Z', 'deepseek-chat')).toBe('0.0011'); // 2025 off-peak: 2k x 0.135 + 8k x 0.035 + 1k x 0.55
    expect(at('2025-05-01T12:00Z', 'deepseek-chat')).toBe('0.0022'); // 2k x 0.27 + 8k x 0.07 + 1k x 1.1
  });

  it('hosts and Mistral: list prices, and an id several hosts share needs a provider', () => {
    const million = { inputTokens: 1_000_000, outputTokens: 1_000_000 };
    expect(total(million, 'meta-llama/Llama-3.3-70B-Instruct-Turbo', { provider: 'together' })).toBe('1.76');
    expect(total(million, 'groq/llama-3.3-70b-versatile')).toBe('1.38');
    expect(total(million, 'accounts/fireworks/models/llama-v3p1-405b-instruct')).toBe('6');
    expect(total(million, 'openai/gpt-oss-120b', { provider: 'deepinfra' })).toBe('0.5');
    expect(() => total(million, 'openai/gpt-oss-120b')).toThrowError('is priced by several providers');
    expect(total(million, 'mistral-medium-latest')).toBe('9');
    expect(findCard(catalog, 'mistral-large-latest')?.id).toBe('mistral-large-2512');
  });
});
