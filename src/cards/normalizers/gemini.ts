/**
 * Gemini usage metadata to an inclusive usage record.
 *
 * @module
 */

import { InvalidUsageError } from '../../errors.js';
import type { Usage } from '../types.js';
import { optionalCount, payloadObject, requirePart, safeSum, usageRecord } from './read.js';

/** The `usageMetadata` of a Gemini API response (REST and JS SDK spell it in camelCase). */
export interface GeminiUsageMetadata {
  promptTokenCount?: number | null;
  candidatesTokenCount?: number | null;
  cachedContentTokenCount?: number | null;
  thoughtsTokenCount?: number | null;
  toolUsePromptTokenCount?: number | null;
  totalTokenCount?: number | null;
}

/** The same metadata as the Python SDK serializes it (snake_case). */
export interface GeminiUsageMetadataSnake {
  prompt_token_count?: number | null;
  candidates_token_count?: number | null;
  cached_content_token_count?: number | null;
  thoughts_token_count?: number | null;
  tool_use_prompt_token_count?: number | null;
  total_token_count?: number | null;
}

const HINT = 'pass response.usageMetadata from a Gemini generateContent response.';

/**
 * Converts Gemini's `usageMetadata` into an inclusive usage record. `promptTokenCount` already includes
 * `cachedContentTokenCount` (a part, not an addition); `toolUsePromptTokenCount` (tool results fed back to
 * the model) is reported beside the prompt and billed as input; `thoughtsTokenCount` is reported beside
 * `candidatesTokenCount`, so output = candidates + thoughts, with the thoughts as reasoning. Accepts the
 * camelCase (REST, JS SDK) and snake_case (Python SDK) spellings.
 *
 * @throws {@link InvalidUsageError} for a payload of another shape or a bad count.
 *
 * @example
 * ```ts
 * import { fromGeminiUsage } from 'tokenomics';
 * fromGeminiUsage({
 *   promptTokenCount: 12_000, cachedContentTokenCount: 8_000,
 *   candidatesTokenCount: 900, thoughtsTokenCount: 1_500, totalTokenCount: 14_400,
 * });
 * // { inputTokens: 12000, outputTokens: 2400, cacheReadTokens: 8000, reasoningTokens: 1500 }
 * ```
 */
export function fromGeminiUsage(usage: GeminiUsageMetadata | GeminiUsageMetadataSnake): Usage {
  const value = payloadObject(usage, 'Gemini usage metadata', HINT);
  const keys = Object.keys(value);
  const snake = keys.some((key) => key.includes('_token'));
  const camel = keys.some((key) => /TokenCount$/.test(key));
  if (snake && camel) {
    throw new InvalidUsageError(
      `Gemini usage metadata mixes camelCase and snake_case keys (${keys.join(', ')}); pass the object one SDK produced, unchanged.`,
      { field: '(usage)', value: keys },
    );
  }
  const name = (camel: string, snakeName: string) => (snake ? snakeName : camel);
  const read = (camel: string, snakeName: string) =>
    optionalCount(value, name(camel, snakeName), name(camel, snakeName));
  const prompt = read('promptTokenCount', 'prompt_token_count');
  if (prompt === undefined) {
    throw new InvalidUsageError(`Gemini usage metadata has no promptTokenCount; ${HINT}`, {
      field: name('promptTokenCount', 'prompt_token_count'),
      value: undefined,
    });
  }
  const cached = read('cachedContentTokenCount', 'cached_content_token_count') ?? 0;
  const toolUse = read('toolUsePromptTokenCount', 'tool_use_prompt_token_count') ?? 0;
  const candidates = read('candidatesTokenCount', 'candidates_token_count') ?? 0;
  const thoughts = read('thoughtsTokenCount', 'thoughts_token_count') ?? 0;
  requirePart(
    cached,
    name('cachedContentTokenCount', 'cached_content_token_count'),
    prompt,
    name('promptTokenCount', 'prompt_token_count'),
  );
  return usageRecord({
    inputTokens: safeSum('Gemini prompt and tool-use tokens', prompt, toolUse),
    outputTokens: safeSum('Gemini candidates and thoughts tokens', candidates, thoughts),
    cacheReadTokens: cached,
    reasoningTokens: thoughts,
  });
}
