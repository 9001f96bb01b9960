import { describe, expect, it } from 'vitest';
import { providerSubpaths } from '../../scripts/entries.mjs';
import { catalog, channelTables, hostTables, makerTables, providerTables } from '../../src/catalog/index.js';
import {
  createPriceTable,
  estimateCost,
  findCard,
  fromAnthropicUsage,
  fromGeminiUsage,
  fromOpenAIUsage,
  getCard,
  type PriceCardInput,
  type Usage,
} from '../../src/index.js';
import { errorOf } from '../support/errors.js';

const MAKERS = [
  'openai',
  'anthropic',
  'google',
  'xai',
  'mistral',
  'deepseek',
  'alibaba',
  'moonshot',
  'zai',
  'minimax',
  'cohere',
  'perplexity',
];
const CHANNELS = ['bedrock', 'vertex', 'azure'];
const HOSTS = ['together', 'fireworks', 'groq', 'deepinfra', 'cerebras'];
const PROVIDERS = [...MAKERS, ...CHANNELS, ...HOSTS];
const total = (
  usage: Usage,
  id: string,
  options: Parameters<typeof getCard>[2] = {},
  serviceTier?: 'batch' | 'flex' | 'priority',
) =>
  estimateCost(usage, getCard(catalog, id, options), serviceTier === undefined ? {} : { serviceTier }).total
    .amount;

describe('the built-in catalog', () => {
  it('has a table per provider and builds one table of every card: makers, then channels, then hosts', () => {
    expect(Object.keys(providerTables)).toEqual(PROVIDERS);
    expect(Object.keys(makerTables)).toEqual(MAKERS);
    expect(Object.keys(channelTables)).toEqual(CHANNELS);
    expect(Object.keys(hostTables)).toEqual(HOSTS);
    const count = Object.values(providerTables).reduce((sum, table) => sum + table.cards.length, 0);
    expect(catalog.cards).toHaveLength(count);
    expect(catalog.layers.map((layer) => layer.name)).toEqual([
      'model makers',
      'channels',
      'open-weight hosts',
    ]);
    for (const [provider, table] of Object.entries(providerTables)) {
      expect(table.cards.every((card) => card.provider === provider)).toBe(true);
    }
  });

  it('gives every card its provenance: the pricing page, the day it was checked, and why', () => {
    for (const card of catalog.cards) {
      expect(card.source?.kind, card.id).toBe('published');
      if (card.source?.kind !== 'published') continue;
      expect(card.source.url, card.id).toMatch(/^https:\/\//);
      expect(card.source.checkedAt, card.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(card.source.note?.length ?? 0, `${card.provider} ${card.id} has no note`).toBeGreaterThan(10);
    }
  });

  it('holds exactly the cards createPriceTable makes of the same data (the catalog skips validating them)', () => {
    for (const [provider, table] of Object.entries(providerTables)) {
      const plain = table.cards.map((card) => JSON.parse(JSON.stringify(card)) as PriceCardInput);
      const validated = createPriceTable(plain, { name: provider });
      expect(validated.cards, provider).toEqual(table.cards);
    }
  });

  it('has a package subpath for every provider table', () => {
    expect([...providerSubpaths].sort()).toEqual([...PROVIDERS].sort());
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

describe('ids from real logs, at a date each was served', () => {
  // [id as a log holds it, a day it was served, published input and output per 1M, provider]
  const LEGACY: readonly (readonly [string, string, string, string, string])[] = [
    ['gpt-4-turbo', '2025-01-15', '10', '30', 'openai'],
    ['gpt-3.5-turbo', '2024-06-01', '0.5', '1.5', 'openai'],
    ['gpt-3.5-turbo', '2024-01-15', '1', '2', 'openai'],
    ['o1', '2025-03-01', '15', '60', 'openai'],
    ['o3-mini', '2025-03-01', '1.1', '4.4', 'openai'],
    ['o3-pro', '2025-07-01', '20', '80', 'openai'],
    ['gpt-5-pro', '2025-11-01', '15', '120', 'openai'],
    ['gpt-5.1', '2025-12-01', '1.25', '10', 'openai'],
    ['claude-sonnet-4', '2026-01-01', '3', '15', 'anthropic'],
    ['claude-opus-4', '2026-01-01', '15', '75', 'anthropic'],
    ['claude-3-7-sonnet-20250219', '2025-06-01', '3', '15', 'anthropic'],
    ['claude-3-5-sonnet-20241022', '2025-06-01', '3', '15', 'anthropic'],
    ['gemini-2.0-flash', '2026-01-01', '0.1', '0.4', 'google'],
    ['grok-4', '2026-01-01', '3', '15', 'xai'],
    ['grok-3-mini', '2025-06-01', '0.3', '0.5', 'xai'],
    ['models/gemini-2.5-flash', '2026-01-01', '0.3', '2.5', 'google'],
    ['anthropic/claude-sonnet-4.5', '2026-01-01', '3', '15', 'anthropic'],
    ['anthropic.claude-sonnet-4-20250514-v1:0', '2026-01-01', '3', '15', 'bedrock'],
    ['claude-sonnet-4@20250514', '2026-01-01', '3', '15', 'vertex'],
  ];
  it.each(LEGACY)('%s on %s', (id, at, input, output, provider) => {
    const card = getCard(catalog, id, { at });
    expect(card.provider).toBe(provider);
    expect([card.inputPerMillion, card.outputPerMillion]).toEqual([input, output]);
  });

  it('a model whose prices all ended says when it was priced, and never suggests itself', () => {
    const error = errorOf(
      () => getCard(catalog, 'claude-3-opus-20240229', { at: '2026-11-23' }),
      'RETIRED_MODEL',
    );
    expect(error.message).toBe(
      'Model "claude-3-opus-20240229" (anthropic) in price table "tokenomics catalog" was retired: it was priced until 2026-01-05; pass { at } with the time of the usage to price historical records.',
    );
    expect(error.message).not.toContain('Did you mean');
    expect(error.details).toMatchObject({
      modelId: 'claude-3-opus-20240229',
      provider: 'anthropic',
      to: '2026-01-05',
    });
    // Spelled as a gateway would, it is the same model, retired the same way.
    expect(
      errorOf(() => getCard(catalog, 'openai/gpt-4-0314', { at: '2026-05-15' }), 'RETIRED_MODEL').message,
    ).toContain('was retired: it was priced until 2026-03-26');
  });
});

describe('the newer makers and the channels, exactly', () => {
  const both = { inputTokens: 1_000_000, outputTokens: 1_000_000 };
  it('Bedrock: global list price, 10% on regional routes from Sonnet 4.5 on, one price before', () => {
    const tenth = { inputTokens: 100_000, outputTokens: 100_000 }; // below the 200K long-context tier
    expect(total(tenth, 'global.anthropic.claude-sonnet-4-5-20250929-v1:0')).toBe('1.8');
    expect(total(tenth, 'us.anthropic.claude-sonnet-4-5-20250929-v1:0')).toBe('1.98');
    expect(total(tenth, 'anthropic.claude-sonnet-4-5-20250929-v1:0')).toBe('1.98');
    expect(total(tenth, 'bedrock/eu.anthropic.claude-sonnet-4-20250514-v1:0')).toBe('1.8');
    // Long context on a regional route: 300k x 6.6 + 1k x 24.75 (Anthropic's 6/22.5, plus 10%).
    expect(
      total({ inputTokens: 300_000, outputTokens: 1000 }, 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'),
    ).toBe('2.00475');
    expect(total(tenth, 'apac.anthropic.claude-haiku-4-5-20251001-v1:0', {}, 'batch')).toBe('0.33');
    expect(total(both, 'amazon/nova-pro-v1')).toBe('4');
    expect(total(both, 'eu.amazon.nova-pro-v1:0')).toBe('5.25');
  });

  it('Vertex: Claude at the global price by its @ ids, Gemini as on the Gemini API', () => {
    const tenth = { inputTokens: 100_000, outputTokens: 100_000 };
    expect(total(tenth, 'claude-sonnet-4@20250514')).toBe('1.8');
    expect(total(tenth, 'vertex_ai/claude-opus-4-6@default')).toBe('3');
    expect(getCard(catalog, 'vertex_ai/gemini-2.5-pro').provider).toBe('vertex');
    expect(total(both, 'vertex_ai/gemini-2.5-pro')).toBe(total(both, 'gemini-2.5-pro'));
    expect(getCard(catalog, 'gemini-2.5-pro').provider).toBe('google');
  });

  it('Azure: global at the OpenAI price, Data Zone at 10% more', () => {
    expect(total(both, 'azure/gpt-5')).toBe('11.25');
    expect(total(both, 'azure/eu/gpt-5-2025-08-07')).toBe('12.375');
    expect(total(both, 'azure/global/gpt-5.1')).toBe('11.25');
    expect(findCard(catalog, 'azure/eu/gpt-5.1')).toBeUndefined(); // LiteLLM's rounded rates: not guessed
  });

  it('Qwen, Kimi, GLM, MiniMax, Cohere, Perplexity', () => {
    expect(total({ inputTokens: 40_000, outputTokens: 1000 }, 'qwen/qwen3-max')).toBe('0.108'); // 40k x 2.4 + 1k x 12
    expect(total({ inputTokens: 32_000, outputTokens: 1000 }, 'qwen3-max')).toBe('0.0444'); // 32k x 1.2 + 1k x 6
    const kimi = fromOpenAIUsage({
      prompt_tokens: 10000,
      completion_tokens: 1000,
      prompt_tokens_details: { cached_tokens: 8000 },
    });
    expect(estimateCost(kimi, getCard(catalog, 'moonshotai/kimi-k2.6')).total.amount).toBe('0.00718');
    expect(total(both, 'z-ai/glm-4.6')).toBe('2.8');
    expect(total(both, 'z-ai/glm-4.7-flash')).toBe('0');
    expect(total({ inputTokens: 300_000, outputTokens: 0 }, 'minimax/minimax-m1')).toBe('0.39');
    expect(total(both, 'cohere/command-a')).toBe('12.5');
    expect(total({ inputTokens: 1000, outputTokens: 1000 }, 'perplexity/sonar')).toBe('0.007'); // tokens + $5/1k requests
    expect(
      total(
        { inputTokens: 1000, outputTokens: 1000, reasoningTokens: 500, webSearches: 30 },
        'sonar-deep-research',
      ),
    ).toBe('0.1575'); // 1k x 2 + 500 x 8 + 500 x 3 per 1M, + 30 searches x $0.005
  });
});
