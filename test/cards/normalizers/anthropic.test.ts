import { describe, expect, it } from 'vitest';
import { createPriceCard, estimateCost, fromAnthropicUsage } from '../../../src/index.js';

const sonnet = createPriceCard({
  id: 'claude-sonnet-4-5',
  provider: 'anthropic',
  inputPerMillion: '3',
  cacheWritePerMillion: '3.75',
  cacheWrite1hPerMillion: '6',
  cacheReadPerMillion: '0.30',
  outputPerMillion: '15',
  webSearchPerThousand: '10',
  tiers: [
    {
      abovePromptTokens: 200_000,
      inputPerMillion: '6',
      cacheWritePerMillion: '7.5',
      cacheWrite1hPerMillion: '12',
      cacheReadPerMillion: '0.6',
      outputPerMillion: '22.5',
    },
  ],
});

describe('fromAnthropicUsage', () => {
  it('adds the exclusive counts into an inclusive record, keeping the 1-hour writes apart', () => {
    const usage = fromAnthropicUsage({
      input_tokens: 50,
      cache_creation_input_tokens: 2000,
      cache_read_input_tokens: 100_000,
      cache_creation: { ephemeral_5m_input_tokens: 1500, ephemeral_1h_input_tokens: 500 },
      output_tokens: 700,
      server_tool_use: { web_search_requests: 2 },
      service_tier: 'standard',
    });
    expect(usage).toEqual({
      inputTokens: 102_050,
      outputTokens: 700,
      cacheReadTokens: 100_000,
      cacheWriteTokens: 2000,
      cacheWrite1hTokens: 500,
      webSearches: 2,
      serviceTier: 'standard',
    });
    const cost = estimateCost(usage, sonnet);
    expect(cost.parts.uncachedInput.amount).toBe('0.00015'); // 50 x 3
    expect(cost.parts.cacheRead.amount).toBe('0.03'); // 100,000 x 0.30
    expect(cost.parts.cacheWrite5m.amount).toBe('0.005625'); // 1,500 x 3.75
    expect(cost.parts.cacheWrite1h.amount).toBe('0.003'); // 500 x 6
    expect(cost.parts.textOutput.amount).toBe('0.0105'); // 700 x 15
    expect(cost.parts.webSearches.amount).toBe('0.02'); // 2 x 10 / 1,000
    expect(cost.total.amount).toBe('0.069275');
  });

  it('counts cache reads toward the long-context threshold (the exclusive-count trap)', () => {
    // input_tokens alone (5,000) is far below 200k; the whole prompt is 205,000 tokens.
    const usage = fromAnthropicUsage({
      input_tokens: 5000,
      cache_read_input_tokens: 200_000,
      output_tokens: 100,
    });
    const cost = estimateCost(usage, sonnet);
    expect(cost.tier).toBe(200_000);
    expect(cost.total.amount).toBe('0.15225'); // 5,000 x 6 + 200,000 x 0.6 + 100 x 22.5, per 1M
  });

  it('reads an old payload without the lifetime split as 5-minute writes', () => {
    expect(
      fromAnthropicUsage({ input_tokens: 10, output_tokens: 5, cache_creation_input_tokens: 300 }),
    ).toEqual({
      inputTokens: 310,
      outputTokens: 5,
      cacheWriteTokens: 300,
    });
    expect(
      fromAnthropicUsage({
        input_tokens: 10,
        output_tokens: 5,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        cache_creation: null,
        server_tool_use: null,
      }),
    ).toEqual({ inputTokens: 10, outputTokens: 5 });
  });

  it.each<[string, unknown, string]>([
    [
      'a lifetime split that disagrees with the total',
      {
        input_tokens: 1,
        output_tokens: 1,
        cache_creation_input_tokens: 100,
        cache_creation: { ephemeral_5m_input_tokens: 10, ephemeral_1h_input_tokens: 10 },
      },
      'Anthropic usage says cache_creation_input_tokens is 100 but its split cache_creation.ephemeral_5m_input_tokens + ephemeral_1h_input_tokens is 20; the payload is inconsistent.',
    ],
    [
      'an OpenAI Responses payload',
      { input_tokens: 10, output_tokens: 1, input_tokens_details: { cached_tokens: 5 } },
      "Anthropic usage has input_tokens_details or output_tokens_details, which is OpenAI's Responses API format (inclusive counts); use fromOpenAIUsage.",
    ],
    [
      'an OpenAI Chat payload',
      { prompt_tokens: 10, completion_tokens: 1 },
      "Anthropic usage has prompt_tokens but no input_tokens; that is OpenAI's format, so use fromOpenAIUsage.",
    ],
    [
      'a fractional count',
      { input_tokens: 1.5, output_tokens: 1 },
      'Usage field "input_tokens" is 1.5; token counts are whole numbers of 0 or more.',
    ],
  ])('refuses %s', (_name, payload, message) => {
    expect(() => fromAnthropicUsage(payload as never)).toThrowError(message);
  });
});
