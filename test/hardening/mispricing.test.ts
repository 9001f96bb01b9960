/**
 * Class 11 (silent mispricing) and class 12 (functions that trust card contents): refuse or price
 * correctly, never guess.
 */
import { describe, expect, it } from 'vitest';
import {
  createPriceCard,
  estimateCost,
  fromAISDKUsage,
  fromGeminiUsage,
  money,
  type PriceCard,
  roundMoney,
} from '../../src/index.js';
import { bottomUpCard, explainCard, impliedMargin, sensitivity } from '../../src/infra/index.js';
import { errorOf } from '../support/errors.js';

const card = createPriceCard({
  id: 'm',
  provider: 'p',
  inputPerMillion: '1',
  outputPerMillion: '2',
  requestFee: '0.01',
  serviceTiers: { batch: { multiplier: '0.5' } },
});

describe('silent mispricing is refused', () => {
  it.each([
    [{ tier: 'batch' }],
    [{ at: '2025-01-01' }],
    [{ servicetier: 'batch' }],
    [{ serviceTier: 'batch', extra: 1 }],
  ])('estimateCost refuses the unknown option %j instead of pricing at standard rates', (options) => {
    const error = errorOf(
      () => estimateCost({ inputTokens: 1, outputTokens: 1 }, card, options as never),
      'INVALID_ARGUMENT',
    );
    expect(error.message).toContain('its only option is serviceTier');
  });

  it('a record with tokens and requests: 0 is refused (it would skip the per-request fee)', () => {
    errorOf(() => estimateCost({ inputTokens: 1000, outputTokens: 1, requests: 0 }, card), 'INVALID_USAGE');
    expect(estimateCost({ inputTokens: 0, outputTokens: 0, requests: 0 }, card).total.amount).toBe('0');
  });

  it('a Gemini payload mixing camelCase and snake_case is refused (it read as 0 output tokens)', () => {
    const error = errorOf(
      () => fromGeminiUsage({ promptTokenCount: 10, candidates_token_count: 500 } as never),
      'INVALID_USAGE',
    );
    expect(error.message).toContain('mixes camelCase and snake_case');
  });

  it('normalizers refuse sums beyond 2^53 - 1 instead of returning inexact counts', () => {
    const max = Number.MAX_SAFE_INTEGER;
    errorOf(() => fromGeminiUsage({ promptTokenCount: max, toolUsePromptTokenCount: max }), 'INVALID_USAGE');
    errorOf(
      () => fromGeminiUsage({ promptTokenCount: 1, candidatesTokenCount: max, thoughtsTokenCount: 2 }),
      'INVALID_USAGE',
    );
    errorOf(
      () =>
        fromAISDKUsage(
          { inputTokens: max, outputTokens: 1, cachedInputTokens: 5 },
          { provider: 'anthropic' },
        ),
      'INVALID_USAGE',
    );
    errorOf(
      () => fromAISDKUsage({ inputTokens: 1, outputTokens: max, reasoningTokens: 5 }, { provider: 'google' }),
      'INVALID_USAGE',
    );
  });

  it('fromAISDKUsage refuses unknown options', () => {
    errorOf(
      () => fromAISDKUsage({ inputTokens: 1, outputTokens: 1 }, { providr: 'openai' } as never),
      'INVALID_ARGUMENT',
    );
  });

  it('rounding refuses unknown options rather than rounding at a default', () => {
    errorOf(() => roundMoney(money('1.005'), { decimals: 2, rounding: 'up' } as never), 'INVALID_ARGUMENT');
  });

  const rented = {
    gpuHour: { rentPerHour: '2' },
    throughput: {
      model: 'llama-3.1-8b',
      hardware: 'h100-sxm',
      gpus: 1,
      precision: 'fp8' as const,
      inputTokens: 1000,
      outputTokens: 100,
    },
    utilization: '0.5',
  };

  it.each([['0x10'], ['1e3'], [' 16'], ['16abc']])(
    'sensitivity reads %j as an error, not a number',
    (value) => {
      errorOf(() => sensitivity(rented, 'gpus', [value]), 'INVALID_ARGUMENT');
    },
  );

  it('sensitivity still reads plain decimal strings for numeric inputs', () => {
    const [one, two] = sensitivity(rented, 'gpus', ['1', 2]);
    expect(one?.outputPerMillion).toBe(bottomUpCard(rented).outputPerMillion);
    expect(two?.value).toBe(2);
  });
});

describe('functions that read card contents validate them', () => {
  const measured = bottomUpCard({
    gpuHour: { rentPerHour: '3.6' },
    throughput: { prefillTokensPerSecondPerGpu: 1000, decodeTokensPerSecondPerGpu: 100 },
    utilization: '0.5',
  });
  const assumptions = (measured.source as { assumptions: Record<string, unknown> }).assumptions;
  const edited = (changes: Record<string, unknown>): PriceCard =>
    ({
      ...measured,
      source: { kind: 'bottom-up', assumptions: { ...assumptions, ...changes } },
    }) as PriceCard;

  it.each([
    [{ utilization: '-1' }, 'utilization'],
    [{ utilization: 'x' }, 'utilization'],
    [{ utilization: '2' }, 'utilization'],
    [{ grossMargin: '1' }, 'grossMargin'],
    [{ decodeTokensPerSecondPerGpu: '0' }, 'decodeTokensPerSecondPerGpu'],
    [{ rateDecimals: 99 }, 'rateDecimals'],
    [{ gpuHour: { parts: { capital: '-5' } } }, 'gpuHour.parts.capital'],
    [{ gpuHour: 'cheap' }, 'gpuHour.parts'],
    [{ wallWattsPerGpu: 'NaN' }, 'wallWattsPerGpu'],
  ])('explainCard refuses malformed assumptions %j', (change, field) => {
    const error = errorOf(() => explainCard(edited(change)), 'INVALID_ARGUMENT');
    expect(error.details.argument).toBe(`source.assumptions.${field}`);
  });

  it('impliedMargin validates a plain-object card instead of returning negative money', () => {
    const plain = {
      id: 'x',
      provider: 'p',
      inputPerMillion: '-5',
      outputPerMillion: '1',
    } as unknown as PriceCard;
    errorOf(() => impliedMargin(plain, measured, { inputShare: '0.5' }), 'INVALID_PRICE_CARD');
    errorOf(() => impliedMargin(measured, plain, { inputShare: '0.5' }), 'INVALID_PRICE_CARD');
  });

  it('bottomUpCard checks a gpuHourCost result it is handed', () => {
    const fake = {
      mode: 'rented',
      perHour: { amount: '1', currency: 'USD' },
      parts: { capital: { amount: '-9', currency: 'USD' } },
      assumptions: {},
    };
    errorOf(
      () =>
        bottomUpCard({
          ...measured,
          gpuHour: fake,
          throughput: { prefillTokensPerSecondPerGpu: 1, decodeTokensPerSecondPerGpu: 1 },
          utilization: '1',
        } as never),
      'INVALID_ARGUMENT',
    );
  });
});
