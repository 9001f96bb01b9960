import { describe, expect, it } from 'vitest';
import {
  type CostBreakdown,
  createPriceCard,
  estimateCost,
  isTokenomicsError,
  type PriceCardInput,
  safeEstimateCost,
  type Usage,
} from '../../src/index.js';
import { errorOf } from '../support/errors.js';

const gpt4o = createPriceCard({
  id: 'gpt-4o',
  provider: 'openai',
  inputPerMillion: '2.50',
  cacheReadPerMillion: '1.25',
  outputPerMillion: '10',
});

const everyRate = createPriceCard({
  id: 'every-rate',
  provider: 'acme',
  inputPerMillion: '3',
  cacheReadPerMillion: '0.3',
  cacheWritePerMillion: '3.75',
  cacheWrite1hPerMillion: '6',
  outputPerMillion: '15',
  requestFee: '0.01',
  webSearchPerThousand: '10',
});

const tiered = createPriceCard({
  id: 'tiered',
  provider: 'acme',
  inputPerMillion: '3',
  cacheReadPerMillion: '0.3',
  cacheWritePerMillion: '3.75',
  outputPerMillion: '15',
  tiers: [
    {
      abovePromptTokens: 200_000,
      inputPerMillion: '6',
      cacheReadPerMillion: '0.6',
      outputPerMillion: '22.5',
    },
  ],
  serviceTiers: {
    batch: { multiplier: '0.5' },
    priority: { inputPerMillion: '5', outputPerMillion: '25' },
    flex: {
      inputPerMillion: '1.5',
      outputPerMillion: '7.5',
      tiers: [{ abovePromptTokens: 200_000, inputPerMillion: '3' }],
    },
  },
});

function amounts(cost: CostBreakdown): Record<string, string> {
  return Object.fromEntries(Object.entries(cost.parts).map(([name, part]) => [name, part.amount]));
}

describe('estimateCost', () => {
  it('prices the issue example exactly: 120k input of which 50k cached, 8k output on gpt-4o', () => {
    const cost = estimateCost({ inputTokens: 120_000, cacheReadTokens: 50_000, outputTokens: 8_000 }, gpt4o);
    expect(cost).toEqual({
      total: { amount: '0.3175', currency: 'USD' },
      parts: {
        uncachedInput: { amount: '0.175', currency: 'USD' },
        cacheRead: { amount: '0.0625', currency: 'USD' },
        cacheWrite5m: { amount: '0', currency: 'USD' },
        cacheWrite1h: { amount: '0', currency: 'USD' },
        audioInput: { amount: '0', currency: 'USD' },
        audioCacheRead: { amount: '0', currency: 'USD' },
        imageInput: { amount: '0', currency: 'USD' },
        imageCacheRead: { amount: '0', currency: 'USD' },
        textOutput: { amount: '0.08', currency: 'USD' },
        reasoning: { amount: '0', currency: 'USD' },
        audioOutput: { amount: '0', currency: 'USD' },
        imageOutput: { amount: '0', currency: 'USD' },
        requests: { amount: '0', currency: 'USD' },
        webSearches: { amount: '0', currency: 'USD' },
      },
      currency: 'USD',
      tier: null,
      serviceTier: 'standard',
      cardId: 'gpt-4o',
      provider: 'openai',
    });
    expect(JSON.parse(JSON.stringify(cost))).toEqual(cost);
  });

  it('prices every rate kind, each leaf at its own rate', () => {
    const usage: Usage = {
      inputTokens: 10_000,
      cacheReadTokens: 4_000,
      cacheWriteTokens: 2_000,
      cacheWrite1hTokens: 500,
      outputTokens: 1_000,
      reasoningTokens: 300,
      webSearches: 3,
    };
    const cost = estimateCost(usage, everyRate);
    expect(amounts(cost)).toEqual({
      uncachedInput: '0.012', // 4,000 x 3 / 1M
      cacheRead: '0.0012', // 4,000 x 0.3 / 1M
      cacheWrite5m: '0.005625', // 1,500 x 3.75 / 1M
      cacheWrite1h: '0.003', // 500 x 6 / 1M
      audioInput: '0',
      audioCacheRead: '0',
      imageInput: '0',
      imageCacheRead: '0',
      textOutput: '0.0105', // 700 x 15 / 1M
      reasoning: '0.0045', // 300 x 15 / 1M (output rate)
      audioOutput: '0',
      imageOutput: '0',
      requests: '0.01', // 1 request x 0.01
      webSearches: '0.03', // 3 x 10 / 1,000
    });
    expect(cost.total.amount).toBe('0.076825');
  });

  it('prices reasoning at its own rate when the card has one', () => {
    const card = createPriceCard({
      ...everyRate,
      id: 'reasoner',
      reasoningPerMillion: '20',
    } as PriceCardInput);
    const cost = estimateCost({ inputTokens: 0, outputTokens: 1_000, reasoningTokens: 300 }, card);
    expect(cost.parts.reasoning.amount).toBe('0.006');
    expect(cost.parts.textOutput.amount).toBe('0.0105');
  });

  it('multiplies request fees by the number of requests', () => {
    const cost = estimateCost({ inputTokens: 0, outputTokens: 0, requests: 250 }, everyRate);
    expect(cost.total.amount).toBe('2.5');
  });

  it('gives zero for zero usage', () => {
    const cost = estimateCost({ inputTokens: 0, outputTokens: 0, requests: 0 }, everyRate);
    expect(cost.total.amount).toBe('0');
    expect(Object.values(cost.parts).every((part) => part.amount === '0')).toBe(true);
  });

  it('stays exact beyond 2^53 units (BigInt path)', () => {
    const cost = estimateCost({ inputTokens: 9_000_000_000_000_000, outputTokens: 8_000 }, gpt4o);
    expect(cost.total.amount).toBe('22500000000.08');
    const odd = createPriceCard({
      id: 'odd',
      provider: 'acme',
      inputPerMillion: '0.123456789',
      outputPerMillion: '1',
    });
    expect(estimateCost({ inputTokens: Number.MAX_SAFE_INTEGER, outputTokens: 0 }, odd).total.amount).toBe(
      '1111999897.873515775537899',
    );
  });

  describe('context tiers', () => {
    it('keeps a prompt of exactly the threshold in the base tier', () => {
      const cost = estimateCost({ inputTokens: 200_000, outputTokens: 1_000 }, tiered);
      expect(cost.tier).toBeNull();
      expect(cost.total.amount).toBe('0.615'); // 200,000 x 3 + 1,000 x 15, per 1M
    });

    it('moves the whole request to the tier one token above the threshold', () => {
      const cost = estimateCost({ inputTokens: 200_001, outputTokens: 1_000 }, tiered);
      expect(cost.tier).toBe(200_000);
      expect(cost.total.amount).toBe('1.222506'); // 200,001 x 6 + 1,000 x 22.5, per 1M
    });

    it('counts cache reads and writes in the prompt length', () => {
      const cost = estimateCost(
        { inputTokens: 200_001, cacheReadTokens: 150_000, cacheWriteTokens: 1, outputTokens: 1_000 },
        tiered,
      );
      expect(cost.tier).toBe(200_000);
      expect(amounts(cost)).toMatchObject({
        uncachedInput: '0.3', // 50,000 x 6
        cacheRead: '0.09', // 150,000 x 0.6
        cacheWrite5m: '0.00000375', // 1 x 3.75, inherited from the base rates
        textOutput: '0.0225',
      });
      expect(cost.total.amount).toBe('0.41250375');
    });

    it('picks the highest threshold exceeded', () => {
      const card = createPriceCard({
        id: 'two-tiers',
        provider: 'acme',
        inputPerMillion: '1',
        outputPerMillion: '2',
        tiers: [
          { abovePromptTokens: 128_000, inputPerMillion: '2' },
          { abovePromptTokens: 256_000, inputPerMillion: '4', outputPerMillion: '8' },
        ],
      });
      const price = (inputTokens: number) => estimateCost({ inputTokens, outputTokens: 1_000_000 }, card);
      expect([price(128_000).tier, price(128_001).tier, price(256_000).tier, price(256_001).tier]).toEqual([
        null,
        128_000,
        128_000,
        256_000,
      ]);
      expect(price(150_000).total.amount).toBe('2.3'); // 0.15 x 2 + 1 x 2 (output inherited)
      expect(price(300_000).total.amount).toBe('9.2'); // 0.3 x 4 + 1 x 8
    });

    it('refuses aggregated usage whose prompt crosses a threshold', () => {
      const error = errorOf(() =>
        estimateCost({ inputTokens: 300_000, outputTokens: 10, requests: 2 }, tiered),
      );
      expect(error.message).toBe(
        'Card "tiered" prices each request by its prompt length above 200000 tokens, but this usage aggregates 2 requests with 300000 prompt tokens in all; price each request on its own (requests: 1).',
      );
      expect(estimateCost({ inputTokens: 150_000, outputTokens: 10, requests: 2 }, tiered).tier).toBeNull();
    });
  });

  describe('service tiers', () => {
    it('applies a multiplier to every token rate, context tiers included', () => {
      expect(
        estimateCost({ inputTokens: 100_000, outputTokens: 1_000 }, tiered, { serviceTier: 'batch' }).total
          .amount,
      ).toBe(
        '0.1575', // (100,000 x 3 + 1,000 x 15) / 2
      );
      const long = estimateCost({ inputTokens: 200_001, outputTokens: 1_000 }, tiered, {
        serviceTier: 'batch',
      });
      expect(long.tier).toBe(200_000);
      expect(long.serviceTier).toBe('batch');
      expect(long.total.amount).toBe('0.611253'); // (200,001 x 6 + 1,000 x 22.5) / 2
    });

    it('does not multiply fees', () => {
      const card = createPriceCard({
        id: 'fee',
        provider: 'acme',
        inputPerMillion: '2',
        outputPerMillion: '2',
        requestFee: '0.01',
        serviceTiers: { batch: { multiplier: '0.5' } },
      });
      const cost = estimateCost({ inputTokens: 1_000_000, outputTokens: 0 }, card, { serviceTier: 'batch' });
      expect(cost.parts.uncachedInput.amount).toBe('1');
      expect(cost.parts.requests.amount).toBe('0.01');
    });

    it('inherits rates an explicit service tier does not name', () => {
      const cost = estimateCost({ inputTokens: 10_000, cacheReadTokens: 10_000, outputTokens: 0 }, tiered, {
        serviceTier: 'priority',
      });
      expect(cost.parts.cacheRead.amount).toBe('0.003'); // base cache-read rate 0.3
      const uncached = estimateCost({ inputTokens: 10_000, outputTokens: 1_000 }, tiered, {
        serviceTier: 'priority',
      });
      expect(uncached.total.amount).toBe('0.075'); // 10,000 x 5 + 1,000 x 25
    });

    it('prices long prompts at an explicit tier only with its own context tiers', () => {
      const flex = estimateCost({ inputTokens: 200_001, outputTokens: 1_000 }, tiered, {
        serviceTier: 'flex',
      });
      expect(flex.tier).toBe(200_000);
      expect(flex.total.amount).toBe('0.607503'); // 200,001 x 3 + 1,000 x 7.5 (output inherited from flex)
      const error = errorOf(() =>
        estimateCost({ inputTokens: 200_001, outputTokens: 1_000 }, tiered, { serviceTier: 'priority' }),
      );
      expect(error.code).toBe('UNPRICED_USAGE');
      expect(error.message).toBe(
        'Card "tiered" has no priority rates for prompts above 200000 tokens (this prompt has 200001); add tiers to serviceTiers.priority or price at the standard tier.',
      );
    });

    it('refuses a service tier the card does not offer, and names that are not tiers', () => {
      expect(
        errorOf(() => estimateCost({ inputTokens: 1, outputTokens: 1 }, gpt4o, { serviceTier: 'batch' }))
          .message,
      ).toBe(
        'Card "gpt-4o" (openai) has no batch service tier; it offers standard. Price at one of those or add serviceTiers.batch to the card.',
      );
      const bad = errorOf(() =>
        estimateCost({ inputTokens: 1, outputTokens: 1 }, gpt4o, { serviceTier: 'cheap' as never }),
      );
      expect(bad.code).toBe('INVALID_ARGUMENT');
      expect(bad.message).toBe(
        "Service tier \"cheap\" is not one of 'standard', 'batch', 'flex', 'priority', 'fast'; pick one of them.",
      );
    });
  });

  describe('unknown is not zero', () => {
    it.each<[string, Usage, string]>([
      [
        'cache writes without a cache-write rate',
        { inputTokens: 1_000, cacheWriteTokens: 800, outputTokens: 50 },
        'Card "gpt-4o" (openai) has no cacheWritePerMillion rate, but the usage has 800 5-minute cache-write tokens; add the rate to the card (unknown is not zero) or remove them from the usage.',
      ],
      [
        '1-hour cache writes without their rate',
        { inputTokens: 1_000, cacheWriteTokens: 800, cacheWrite1hTokens: 800, outputTokens: 50 },
        'Card "gpt-4o" (openai) has no cacheWrite1hPerMillion rate, but the usage has 800 1-hour cache-write tokens; add the rate to the card (unknown is not zero) or remove them from the usage.',
      ],
      [
        'web searches without a search fee',
        { inputTokens: 1_000, outputTokens: 50, webSearches: 2 },
        'Card "gpt-4o" (openai) has no webSearchPerThousand rate, but the usage has 2 web searches; add the rate to the card (unknown is not zero) or remove them from the usage.',
      ],
    ])('throws UnpricedUsageError for %s', (_name, usage, message) => {
      const error = errorOf(() => estimateCost(usage, gpt4o));
      expect(isTokenomicsError(error, 'UNPRICED_USAGE')).toBe(true);
      expect(error.message).toBe(message);
    });

    it('does not need a rate for a count of zero', () => {
      expect(
        estimateCost({ inputTokens: 1_000, outputTokens: 0, cacheWriteTokens: 0, webSearches: 0 }, gpt4o)
          .total.amount,
      ).toBe('0.0025');
    });

    it('treats an absent request fee as no fee', () => {
      expect(estimateCost({ inputTokens: 0, outputTokens: 0, requests: 5 }, gpt4o).total.amount).toBe('0');
    });
  });

  describe('bad usage', () => {
    it.each<[string, unknown, string]>([
      [
        'a negative count',
        { inputTokens: -1, outputTokens: 0 },
        'Usage field "inputTokens" is -1; token and request counts are whole numbers from 0 to 9007199254740991.',
      ],
      [
        'a fractional count',
        { inputTokens: 1.5, outputTokens: 0 },
        'Usage field "inputTokens" is 1.5; token and request counts are whole numbers from 0 to 9007199254740991.',
      ],
      [
        'a string count',
        { inputTokens: '100', outputTokens: 0 },
        'Usage field "inputTokens" is "100"; token and request counts are whole numbers from 0 to 9007199254740991.',
      ],
      [
        'a missing output count',
        { inputTokens: 100 },
        'Usage field "outputTokens" is undefined; token and request counts are whole numbers from 0 to 9007199254740991.',
      ],
      [
        'cache reads larger than the input (Anthropic counts passed as-is)',
        { inputTokens: 50, cacheReadTokens: 100_000, outputTokens: 10 },
        'Usage field "cacheReadTokens" (100000) is larger than inputTokens (50); inputTokens counts every prompt token, cache reads, cache writes, audio and images included (for Anthropic usage, use fromAnthropicUsage).',
      ],
      [
        'cache reads plus writes larger than the input',
        { inputTokens: 100, cacheReadTokens: 60, cacheWriteTokens: 50, outputTokens: 10 },
        'Usage field "cacheWriteTokens" (50) is larger than inputTokens minus cacheReadTokens (40); inputTokens counts every prompt token, cache reads, cache writes, audio and images included (for Anthropic usage, use fromAnthropicUsage).',
      ],
      [
        '1-hour writes larger than all writes',
        { inputTokens: 100, cacheWriteTokens: 10, cacheWrite1hTokens: 20, outputTokens: 10 },
        'Usage field "cacheWrite1hTokens" (20) is larger than cacheWriteTokens (10); cacheWriteTokens counts every cache write, the 1-hour ones included.',
      ],
      [
        'reasoning larger than the output (Gemini counts passed as-is)',
        { inputTokens: 100, outputTokens: 10, reasoningTokens: 30 },
        'Usage field "reasoningTokens" (30) is larger than outputTokens (10); outputTokens counts every generated token, reasoning, audio and images included (for Gemini usage, use fromGeminiUsage).',
      ],
      [
        'a field that is not a usage field',
        { inputTokens: 100, outputTokens: 10, cachedTokens: 50 },
        'Usage field "cachedTokens" is not a usage field; the fields are inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens, cacheWrite1hTokens, reasoningTokens, audioInputTokens, audioCacheReadTokens, audioOutputTokens, imageInputTokens, imageCacheReadTokens, imageOutputTokens, requests, webSearches, serviceTier (provider payloads go through fromOpenAIUsage, fromAnthropicUsage, fromGeminiUsage or fromAISDKUsage).',
      ],
      [
        'not an object',
        null,
        'Usage null is not a usage record; pass { inputTokens, outputTokens, ... } (see fromOpenAIUsage and friends).',
      ],
    ])('throws InvalidUsageError for %s', (_name, usage, message) => {
      const error = errorOf(() => estimateCost(usage as Usage, gpt4o));
      expect(isTokenomicsError(error, 'INVALID_USAGE')).toBe(true);
      expect(error.message).toBe(message);
    });
  });

  it('validates a card that did not come from createPriceCard', () => {
    const plain = JSON.parse(JSON.stringify(gpt4o));
    expect(estimateCost({ inputTokens: 1_000_000, outputTokens: 0 }, plain).total.amount).toBe('2.5');
    const broken = { ...plain, inputPerMillion: '-2' };
    expect(errorOf(() => estimateCost({ inputTokens: 1, outputTokens: 0 }, broken)).code).toBe(
      'INVALID_PRICE_CARD',
    );
  });

  it('prices in the card currency', () => {
    const card = createPriceCard({
      id: 'euro',
      provider: 'acme',
      currency: 'EUR',
      inputPerMillion: '1',
      outputPerMillion: '1',
    });
    const cost = estimateCost({ inputTokens: 500_000, outputTokens: 0 }, card);
    expect(cost.total).toEqual({ amount: '0.5', currency: 'EUR' });
    expect(cost.parts.textOutput).toEqual({ amount: '0', currency: 'EUR' });
  });
});

describe('safeEstimateCost', () => {
  it('returns the breakdown or the typed error', () => {
    const ok = safeEstimateCost({ inputTokens: 1_000_000, outputTokens: 0 }, gpt4o);
    expect(ok.ok && ok.value.total.amount).toBe('2.5');
    const failed = safeEstimateCost({ inputTokens: 1_000, outputTokens: 0, cacheWriteTokens: 10 }, gpt4o);
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error.code).toBe('UNPRICED_USAGE');
  });
});
