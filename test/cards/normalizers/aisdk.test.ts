import { describe, expect, it } from 'vitest';
import { fromAISDKUsage } from '../../../src/index.js';

describe('fromAISDKUsage', () => {
  it('reads an AI SDK 6 record (inclusive for every provider)', () => {
    expect(
      fromAISDKUsage({
        inputTokens: 1200,
        inputTokenDetails: { noCacheTokens: 200, cacheReadTokens: 900, cacheWriteTokens: 100 },
        outputTokens: 300,
        outputTokenDetails: { textTokens: 100, reasoningTokens: 200 },
        totalTokens: 1500,
        reasoningTokens: 200,
        cachedInputTokens: 900,
      }),
    ).toEqual({
      inputTokens: 1200,
      outputTokens: 300,
      cacheReadTokens: 900,
      cacheWriteTokens: 100,
      reasoningTokens: 200,
    });
  });

  it('reads an AI SDK 5 OpenAI record as inclusive', () => {
    const usage = {
      inputTokens: 2006,
      outputTokens: 300,
      totalTokens: 2306,
      reasoningTokens: 128,
      cachedInputTokens: 1920,
    };
    const expected = { inputTokens: 2006, outputTokens: 300, cacheReadTokens: 1920, reasoningTokens: 128 };
    expect(fromAISDKUsage(usage, { providerMetadata: { openai: { reasoningTokens: 128 } } })).toEqual(
      expected,
    );
    expect(fromAISDKUsage(usage, { provider: 'openai' })).toEqual(expected);
  });

  it('adds cache reads and writes back for an AI SDK 5 Anthropic record (exclusive input there)', () => {
    expect(
      fromAISDKUsage(
        { inputTokens: 50, outputTokens: 700, totalTokens: 750, cachedInputTokens: 100_000 },
        { providerMetadata: { anthropic: { cacheCreationInputTokens: 2000, usage: {} } } },
      ),
    ).toEqual({ inputTokens: 102_050, outputTokens: 700, cacheReadTokens: 100_000, cacheWriteTokens: 2000 });
  });

  it('adds reasoning to the output for an AI SDK 5 Google record (thoughts beside candidates there)', () => {
    expect(
      fromAISDKUsage(
        {
          inputTokens: 12_000,
          outputTokens: 900,
          totalTokens: 14_400,
          reasoningTokens: 1500,
          cachedInputTokens: 8000,
        },
        { providerMetadata: { google: { usageMetadata: {} } } },
      ),
    ).toEqual({ inputTokens: 12_000, outputTokens: 2400, cacheReadTokens: 8000, reasoningTokens: 1500 });
  });

  it('refuses an AI SDK 5 record whose provider is unknown rather than guessing', () => {
    expect(() => fromAISDKUsage({ inputTokens: 10, outputTokens: 5 })).toThrowError(
      'AI SDK 5 usage does not say which provider produced it, and providers count cached and reasoning tokens differently there; pass { providerMetadata: result.providerMetadata } or { provider: "openai" | "anthropic" | "google" }.',
    );
  });

  it('refuses a record whose totals the provider did not report (unknown is not zero)', () => {
    expect(() =>
      fromAISDKUsage({
        inputTokens: undefined,
        outputTokens: 5,
        inputTokenDetails: {},
        outputTokenDetails: {},
      }),
    ).toThrowError(
      'AI SDK usage has no inputTokens (the provider did not report it); unknown is not zero, so it cannot be priced.',
    );
  });

  it('refuses inconsistent breakdowns', () => {
    expect(() =>
      fromAISDKUsage({
        inputTokens: 10,
        outputTokens: 5,
        inputTokenDetails: { cacheReadTokens: 20 },
        outputTokenDetails: {},
      }),
    ).toThrowError(
      'Usage field "inputTokenDetails.cacheReadTokens + cacheWriteTokens" (20) is larger than "inputTokens" (10)',
    );
  });
});
