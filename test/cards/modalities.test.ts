/**
 * Audio and image tokens, and the service tier that travels with a usage record: parts of their parents,
 * priced at their own rates, unpriced (never free) when the card has no rate for them.
 */
import { describe, expect, it } from 'vitest';
import {
  createPriceCard,
  estimateCost,
  fromAnthropicUsage,
  fromGeminiUsage,
  fromOpenAIUsage,
  type Usage,
} from '../../src/index.js';
import { errorOf } from '../support/errors.js';

const realtime = createPriceCard({
  id: 'gpt-realtime',
  provider: 'openai',
  inputPerMillion: '4',
  cacheReadPerMillion: '0.4',
  outputPerMillion: '16',
  audioInputPerMillion: '32',
  audioCacheReadPerMillion: '0.4',
  audioOutputPerMillion: '64',
  imageInputPerMillion: '5',
  imageCacheReadPerMillion: '0.5',
  serviceTiers: { priority: { multiplier: '2' } },
});

describe('audio and image parts', () => {
  it('prices each modality leaf at its own rate; the text leaves are what is left', () => {
    const usage: Usage = {
      inputTokens: 10_000,
      cacheReadTokens: 3_000,
      audioInputTokens: 4_000,
      audioCacheReadTokens: 1_000,
      imageInputTokens: 2_000,
      imageCacheReadTokens: 500,
      outputTokens: 1_000,
      audioOutputTokens: 600,
    };
    const cost = estimateCost(usage, realtime);
    const amounts = Object.fromEntries(Object.entries(cost.parts).map(([name, part]) => [name, part.amount]));
    expect(amounts).toMatchObject({
      uncachedInput: '0.01', // 10,000 - 3,000 cached - 3,000 uncached audio - 1,500 uncached image = 2,500 x 4 / 1M
      cacheRead: '0.0006', // 3,000 - 1,000 audio - 500 image = 1,500 x 0.4 / 1M
      audioInput: '0.096', // 3,000 x 32 / 1M
      audioCacheRead: '0.0004', // 1,000 x 0.4 / 1M
      imageInput: '0.0075', // 1,500 x 5 / 1M
      imageCacheRead: '0.00025', // 500 x 0.5 / 1M
      textOutput: '0.0064', // 400 x 16 / 1M
      audioOutput: '0.0384', // 600 x 64 / 1M
    });
    expect(cost.total.amount).toBe('0.15955');
  });

  it('a modality the card has no rate for is unpriced, never free or priced as text', () => {
    const text = createPriceCard({ id: 't', provider: 'p', inputPerMillion: '1', outputPerMillion: '2' });
    const error = errorOf(
      () => estimateCost({ inputTokens: 100, outputTokens: 0, audioInputTokens: 10 }, text),
      'UNPRICED_USAGE',
    );
    expect(error.details).toEqual({
      cardId: 't',
      provider: 'p',
      reason: 'missing-rate',
      field: 'audioInputPerMillion',
      count: 10,
      serviceTier: 'standard',
    });
    errorOf(
      () => estimateCost({ inputTokens: 0, outputTokens: 5, imageOutputTokens: 5 }, text),
      'UNPRICED_USAGE',
    );
  });

  it.each([
    [
      { inputTokens: 10, outputTokens: 0, audioInputTokens: 11 },
      'audioInputTokens + imageInputTokens (uncached)',
    ],
    [
      { inputTokens: 10, outputTokens: 0, audioInputTokens: 5, audioCacheReadTokens: 6, cacheReadTokens: 9 },
      'audioCacheReadTokens',
    ],
    [
      { inputTokens: 10, outputTokens: 0, audioInputTokens: 5, audioCacheReadTokens: 5, cacheReadTokens: 4 },
      'audioCacheReadTokens + imageCacheReadTokens',
    ],
    [
      { inputTokens: 10, outputTokens: 5, reasoningTokens: 3, audioOutputTokens: 3 },
      'reasoningTokens + audioOutputTokens + imageOutputTokens',
    ],
  ])('refuses parts larger than their parents: %j', (usage, field) => {
    expect(errorOf(() => estimateCost(usage, realtime), 'INVALID_USAGE').details.field).toBe(field);
  });
});

describe('modalities from provider payloads', () => {
  it('OpenAI Chat Completions audio tokens become audio parts', () => {
    expect(
      fromOpenAIUsage({
        prompt_tokens: 500,
        completion_tokens: 300,
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 120 },
        completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 250 },
      }),
    ).toEqual({ inputTokens: 500, outputTokens: 300, audioInputTokens: 120, audioOutputTokens: 250 });
  });

  it('OpenAI Realtime usage splits cached tokens by modality', () => {
    const usage = fromOpenAIUsage({
      input_tokens: 10_000,
      output_tokens: 1_000,
      input_token_details: {
        cached_tokens: 3_000,
        text_tokens: 4_000,
        audio_tokens: 4_000,
        image_tokens: 2_000,
        cached_tokens_details: { text_tokens: 1_500, audio_tokens: 1_000, image_tokens: 500 },
      },
      output_token_details: { text_tokens: 400, audio_tokens: 600 },
    });
    expect(usage).toEqual({
      inputTokens: 10_000,
      outputTokens: 1_000,
      cacheReadTokens: 3_000,
      audioInputTokens: 4_000,
      audioCacheReadTokens: 1_000,
      imageInputTokens: 2_000,
      imageCacheReadTokens: 500,
      audioOutputTokens: 600,
    });
    expect(estimateCost(usage, realtime).total.amount).toBe('0.15955');
  });

  it('OpenAI Images API input image tokens become image input', () => {
    expect(
      fromOpenAIUsage({
        input_tokens: 50,
        input_tokens_details: { text_tokens: 40, image_tokens: 10 },
        output_tokens: 4160,
      }),
    ).toEqual({ inputTokens: 50, outputTokens: 4160, imageInputTokens: 10 });
  });

  it('Gemini per-modality details split audio in, cached audio, audio and image out', () => {
    const usage = fromGeminiUsage({
      promptTokenCount: 1_000,
      cachedContentTokenCount: 400,
      candidatesTokenCount: 1_500,
      thoughtsTokenCount: 100,
      promptTokensDetails: [
        { modality: 'TEXT', tokenCount: 300 },
        { modality: 'AUDIO', tokenCount: 500 },
        { modality: 'IMAGE', tokenCount: 200 },
      ],
      cacheTokensDetails: [
        { modality: 'AUDIO', tokenCount: 250 },
        { modality: 'TEXT', tokenCount: 150 },
      ],
      candidatesTokensDetails: [
        { modality: 'TEXT', tokenCount: 200 },
        { modality: 'IMAGE', tokenCount: 1_290 },
        { modality: 'AUDIO', tokenCount: 10 },
      ],
    });
    expect(usage).toEqual({
      inputTokens: 1_000,
      outputTokens: 1_600,
      cacheReadTokens: 400,
      reasoningTokens: 100,
      audioInputTokens: 500,
      audioCacheReadTokens: 250,
      audioOutputTokens: 10,
      imageOutputTokens: 1_290,
    });
    const snake = fromGeminiUsage({
      prompt_token_count: 10,
      candidates_token_count: 5,
      prompt_tokens_details: [{ modality: 'AUDIO', token_count: 4 }],
    });
    expect(snake).toEqual({ inputTokens: 10, outputTokens: 5, audioInputTokens: 4 });
  });

  it('Gemini details that exceed their totals are refused', () => {
    errorOf(
      () =>
        fromGeminiUsage({
          promptTokenCount: 10,
          candidatesTokenCount: 0,
          promptTokensDetails: [{ modality: 'AUDIO', tokenCount: 11 }],
        }),
      'INVALID_USAGE',
    );
    errorOf(
      () => fromGeminiUsage({ promptTokenCount: 10, promptTokensDetails: 'audio' } as never),
      'INVALID_USAGE',
    );
  });
});

describe('the service tier travels with the usage', () => {
  const sonnet = createPriceCard({
    id: 'claude-sonnet-4-5',
    provider: 'anthropic',
    inputPerMillion: '3',
    outputPerMillion: '15',
    serviceTiers: { batch: { multiplier: '0.5' } },
  });

  it('an Anthropic batch result is priced at batch rates, not twice that', () => {
    const usage = fromAnthropicUsage({
      input_tokens: 1_000_000,
      output_tokens: 100_000,
      service_tier: 'batch',
    });
    expect(usage.serviceTier).toBe('batch');
    const cost = estimateCost(usage, sonnet);
    expect(cost.serviceTier).toBe('batch');
    expect(cost.total.amount).toBe('2.25'); // (3 + 1.5) x 0.5
    expect(estimateCost(usage, sonnet, { serviceTier: 'batch' }).total.amount).toBe('2.25');
  });

  it('an option that contradicts the usage record is an error', () => {
    const usage = fromAnthropicUsage({ input_tokens: 10, output_tokens: 1, service_tier: 'batch' });
    const error = errorOf(() => estimateCost(usage, sonnet, { serviceTier: 'standard' }), 'INVALID_ARGUMENT');
    expect(error.message).toBe(
      'The usage record says it ran at the batch service tier, but the standard tier was asked for; leave the option out, or correct the record.',
    );
  });

  it.each([
    ['default', 'standard'],
    ['flex', 'flex'],
    ['priority', 'priority'],
    ['batch', 'batch'],
  ])('OpenAI service_tier %s is priced at %s', (raw, tier) => {
    expect(
      fromOpenAIUsage({ prompt_tokens: 1, completion_tokens: 1 }, { serviceTier: raw }).serviceTier,
    ).toBe(tier);
  });

  it.each(['scale', 'auto', 'fast', 5])('OpenAI service_tier %j is refused', (raw) => {
    errorOf(
      () => fromOpenAIUsage({ prompt_tokens: 1, completion_tokens: 1 }, { serviceTier: raw as never }),
      'INVALID_USAGE',
    );
  });

  it('an unknown Anthropic tier is refused, and the tier is checked on the record itself', () => {
    errorOf(
      () => fromAnthropicUsage({ input_tokens: 1, output_tokens: 1, service_tier: 'turbo' }),
      'INVALID_USAGE',
    );
    errorOf(
      () => estimateCost({ inputTokens: 1, outputTokens: 1, serviceTier: 'toString' as never }, sonnet),
      'INVALID_USAGE',
    );
  });
});
