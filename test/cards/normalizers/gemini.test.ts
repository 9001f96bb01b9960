import { describe, expect, it } from 'vitest';
import { createPriceCard, estimateCost, fromGeminiUsage } from '../../../src/index.js';

const pro = createPriceCard({
  id: 'gemini-2.5-pro',
  provider: 'google',
  inputPerMillion: '1.25',
  cacheReadPerMillion: '0.125',
  outputPerMillion: '10',
  tiers: [
    {
      abovePromptTokens: 200_000,
      inputPerMillion: '2.5',
      cacheReadPerMillion: '0.25',
      outputPerMillion: '15',
    },
  ],
});

describe('fromGeminiUsage', () => {
  it('adds thoughts to the output (they are reported beside the candidates) and keeps cached content as a part', () => {
    const usage = fromGeminiUsage({
      promptTokenCount: 12_000,
      candidatesTokenCount: 900,
      totalTokenCount: 14_400,
      cachedContentTokenCount: 8000,
      thoughtsTokenCount: 1500,
    });
    expect(usage).toEqual({
      inputTokens: 12_000,
      outputTokens: 2400,
      cacheReadTokens: 8000,
      reasoningTokens: 1500,
    });
    const cost = estimateCost(usage, pro);
    expect(cost.parts.uncachedInput.amount).toBe('0.005'); // 4,000 x 1.25
    expect(cost.parts.cacheRead.amount).toBe('0.001'); // 8,000 x 0.125
    expect(cost.parts.textOutput.amount).toBe('0.009'); // 900 x 10
    expect(cost.parts.reasoning.amount).toBe('0.015'); // 1,500 x 10 (thinking is billed as output)
    expect(cost.total.amount).toBe('0.03');
  });

  it('bills tool-use prompt tokens as input (a real search-grounded payload)', () => {
    const usage = fromGeminiUsage({
      promptTokenCount: 151,
      candidatesTokenCount: 1089,
      totalTokenCount: 20_689,
      toolUsePromptTokenCount: 18_329,
      thoughtsTokenCount: 1120,
      promptTokensDetails: [{ modality: 'TEXT', tokenCount: 151 }],
    } as never);
    expect(usage).toEqual({ inputTokens: 18_480, outputTokens: 2209, reasoningTokens: 1120 });
  });

  it('reads the Python SDK snake_case spelling', () => {
    expect(
      fromGeminiUsage({
        prompt_token_count: 300_000,
        candidates_token_count: 100,
        cached_content_token_count: 250_000,
        total_token_count: 300_100,
      }),
    ).toEqual({ inputTokens: 300_000, outputTokens: 100, cacheReadTokens: 250_000 });
  });

  it('moves a long prompt to the long-context tier', () => {
    const cost = estimateCost(
      fromGeminiUsage({ promptTokenCount: 200_001, candidatesTokenCount: 1000 }),
      pro,
    );
    expect(cost.tier).toBe(200_000);
    expect(cost.total.amount).toBe('0.5150025'); // 200,001 x 2.5 + 1,000 x 15, per 1M
  });

  it('reads absent counts as zero, as Gemini omits zero fields', () => {
    expect(fromGeminiUsage({ promptTokenCount: 7 })).toEqual({ inputTokens: 7, outputTokens: 0 });
  });

  it.each<[string, unknown, string]>([
    [
      'a payload without a prompt count',
      { prompt_tokens: 10 },
      'Gemini usage metadata has no promptTokenCount; pass response.usageMetadata from a Gemini generateContent response.',
    ],
    [
      'cached content larger than the prompt',
      { promptTokenCount: 10, cachedContentTokenCount: 20 },
      'Usage field "cachedContentTokenCount" (20) is larger than "promptTokenCount" (10), which includes it',
    ],
  ])('refuses %s', (_name, payload, message) => {
    expect(() => fromGeminiUsage(payload as never)).toThrowError(message);
  });
});
