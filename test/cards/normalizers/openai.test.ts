import { describe, expect, it } from 'vitest';
import { createPriceCard, estimateCost, fromOpenAIUsage, isTokenomicsError } from '../../../src/index.js';

const gpt4o = createPriceCard({
  id: 'gpt-4o',
  provider: 'openai',
  inputPerMillion: '2.50',
  cacheReadPerMillion: '1.25',
  outputPerMillion: '10',
});

describe('fromOpenAIUsage', () => {
  it('reads a Chat Completions usage with cached and reasoning tokens as parts, not additions', () => {
    const usage = fromOpenAIUsage({
      prompt_tokens: 2006,
      completion_tokens: 300,
      total_tokens: 2306,
      prompt_tokens_details: { cached_tokens: 1920, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 128,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    });
    expect(usage).toEqual({
      inputTokens: 2006,
      outputTokens: 300,
      cacheReadTokens: 1920,
      reasoningTokens: 128,
    });
    // Trap: adding cached_tokens on top of prompt_tokens would bill 3,926 prompt tokens.
    const cost = estimateCost(usage, gpt4o);
    expect(cost.parts.uncachedInput.amount).toBe('0.000215'); // 86 x 2.50 / 1M
    expect(cost.parts.cacheRead.amount).toBe('0.0024'); // 1,920 x 1.25 / 1M
    expect(cost.total.amount).toBe('0.005615'); // + 300 x 10 / 1M
  });

  it('reads a Responses API usage', () => {
    expect(
      fromOpenAIUsage({
        input_tokens: 36,
        input_tokens_details: { cached_tokens: 0 },
        output_tokens: 87,
        output_tokens_details: { reasoning_tokens: 0 },
        total_tokens: 123,
      }),
    ).toEqual({ inputTokens: 36, outputTokens: 87 });
    expect(
      fromOpenAIUsage({
        input_tokens: 5000,
        input_tokens_details: { cached_tokens: 4096, cache_write_tokens: 512 },
        output_tokens: 1500,
        output_tokens_details: { reasoning_tokens: 1024 },
        total_tokens: 6500,
      }),
    ).toEqual({
      inputTokens: 5000,
      outputTokens: 1500,
      cacheReadTokens: 4096,
      cacheWriteTokens: 512,
      reasoningTokens: 1024,
    });
  });

  it('reads a minimal usage without details and with null details', () => {
    expect(fromOpenAIUsage({ prompt_tokens: 10, completion_tokens: 2, total_tokens: 12 })).toEqual({
      inputTokens: 10,
      outputTokens: 2,
    });
    expect(
      fromOpenAIUsage({
        prompt_tokens: 10,
        completion_tokens: 2,
        prompt_tokens_details: null,
        completion_tokens_details: null,
      }),
    ).toEqual({ inputTokens: 10, outputTokens: 2 });
  });

  it.each<[string, unknown, string]>([
    [
      'an Anthropic payload',
      { input_tokens: 50, cache_read_input_tokens: 100_000, output_tokens: 10 },
      "OpenAI usage has cache_read_input_tokens or cache_creation_input_tokens, which is Anthropic's exclusive format; use fromAnthropicUsage.",
    ],
    [
      'a whole response instead of its usage',
      { id: 'chatcmpl-1', usage: { prompt_tokens: 1, completion_tokens: 1 } },
      'OpenAI usage has neither prompt_tokens/completion_tokens nor input_tokens/output_tokens; pass response.usage from a Chat Completions, Responses, Realtime or Images API response.',
    ],
    [
      'cached tokens larger than the prompt',
      { prompt_tokens: 10, completion_tokens: 1, prompt_tokens_details: { cached_tokens: 20 } },
      'Usage field "prompt_tokens_details.cached_tokens + cache_write_tokens" (20) is larger than "prompt_tokens" (10), which includes it; the payload is inconsistent or from another provider\'s format.',
    ],
    [
      'a negative count',
      { prompt_tokens: -1, completion_tokens: 1 },
      'Usage field "prompt_tokens" is -1; token counts are whole numbers of 0 or more.',
    ],
    [
      'a missing completion count',
      { prompt_tokens: 5 },
      'Usage field "completion_tokens" is missing; pass response.usage from a Chat Completions, Responses, Realtime or Images API response.',
    ],
    [
      'more audio tokens than prompt tokens',
      { prompt_tokens: 500, completion_tokens: 10, prompt_tokens_details: { audio_tokens: 600 } },
      'Usage field "prompt_tokens_details.audio_tokens + image_tokens" (600) is larger than "prompt_tokens" (500), which includes it; the payload is inconsistent or from another provider\'s format.',
    ],
    [
      'not an object',
      'usage',
      'OpenAI usage "usage" is not an object; pass response.usage from a Chat Completions, Responses, Realtime or Images API response.',
    ],
  ])('refuses %s', (_name, payload, message) => {
    try {
      fromOpenAIUsage(payload as never);
      expect.unreachable();
    } catch (error) {
      expect(isTokenomicsError(error, 'INVALID_USAGE')).toBe(true);
      expect((error as Error).message).toBe(message);
    }
  });
});
