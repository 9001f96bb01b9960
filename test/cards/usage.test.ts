import { describe, expect, it } from 'vitest';
import { addUsage, validateUsage } from '../../src/index.js';

describe('usage records', () => {
  it('validates and returns a good record unchanged', () => {
    const usage = { inputTokens: 1000, outputTokens: 200, cacheReadTokens: 800 };
    expect(validateUsage(usage)).toBe(usage);
    expect(() => validateUsage({ inputTokens: 100, outputTokens: 0, cacheReadTokens: 800 })).toThrowError(
      'Usage field "cacheReadTokens" (800) is larger than inputTokens (100)',
    );
  });

  it('adds records field by field, one request per record by default', () => {
    expect(
      addUsage(
        { inputTokens: 100, outputTokens: 10 },
        { inputTokens: 50, outputTokens: 5, cacheReadTokens: 20, requests: 3, webSearches: 1 },
        { inputTokens: 7, outputTokens: 7, cacheWriteTokens: 4, cacheWrite1hTokens: 1, reasoningTokens: 2 },
      ),
    ).toEqual({
      inputTokens: 157,
      outputTokens: 22,
      cacheReadTokens: 20,
      cacheWriteTokens: 4,
      cacheWrite1hTokens: 1,
      reasoningTokens: 2,
      audioInputTokens: 0,
      audioCacheReadTokens: 0,
      audioOutputTokens: 0,
      imageInputTokens: 0,
      imageCacheReadTokens: 0,
      imageOutputTokens: 0,
      requests: 5,
      webSearches: 1,
    });
    expect(addUsage()).toEqual({
      inputTokens: 0,
      outputTokens: 0,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      cacheWrite1hTokens: 0,
      reasoningTokens: 0,
      audioInputTokens: 0,
      audioCacheReadTokens: 0,
      audioOutputTokens: 0,
      imageInputTokens: 0,
      imageCacheReadTokens: 0,
      imageOutputTokens: 0,
      requests: 0,
      webSearches: 0,
    });
  });

  it('refuses a sum beyond safe integers', () => {
    const big = { inputTokens: Number.MAX_SAFE_INTEGER, outputTokens: 0 };
    expect(() => addUsage(big, big)).toThrowError('The sum of "inputTokens" exceeds 9007199254740991');
  });
});
