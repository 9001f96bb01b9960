/**
 * Gemini usage metadata to an inclusive usage record.
 *
 * @module
 */

import { InvalidUsageError } from '../../errors.js';
import { own } from '../../internal/checks.js';
import { describeValue } from '../../internal/describe.js';
import type { Usage } from '../types.js';
import { optionalCount, payloadObject, requirePart, safeSum, usageRecord } from './read.js';

/** One entry of a Gemini per-modality token count. */
export interface GeminiModalityTokenCount {
  modality?: string | null;
  tokenCount?: number | null;
}

/** The `usageMetadata` of a Gemini API response (REST and JS SDK spell it in camelCase). */
export interface GeminiUsageMetadata {
  promptTokenCount?: number | null;
  candidatesTokenCount?: number | null;
  cachedContentTokenCount?: number | null;
  thoughtsTokenCount?: number | null;
  toolUsePromptTokenCount?: number | null;
  totalTokenCount?: number | null;
  promptTokensDetails?: readonly GeminiModalityTokenCount[] | null;
  cacheTokensDetails?: readonly GeminiModalityTokenCount[] | null;
  candidatesTokensDetails?: readonly GeminiModalityTokenCount[] | null;
  toolUsePromptTokensDetails?: readonly GeminiModalityTokenCount[] | null;
}

/** The same metadata as the Python SDK serializes it (snake_case). */
export interface GeminiUsageMetadataSnake {
  prompt_token_count?: number | null;
  candidates_token_count?: number | null;
  cached_content_token_count?: number | null;
  thoughts_token_count?: number | null;
  tool_use_prompt_token_count?: number | null;
  total_token_count?: number | null;
  prompt_tokens_details?: readonly { modality?: string | null; token_count?: number | null }[] | null;
  cache_tokens_details?: readonly { modality?: string | null; token_count?: number | null }[] | null;
  candidates_tokens_details?: readonly { modality?: string | null; token_count?: number | null }[] | null;
  tool_use_prompt_tokens_details?:
    | readonly { modality?: string | null; token_count?: number | null }[]
    | null;
}

const HINT = 'pass response.usageMetadata from a Gemini generateContent response.';

/**
 * Converts Gemini's `usageMetadata` into an inclusive usage record. `promptTokenCount` already includes
 * `cachedContentTokenCount` (a part, not an addition); `toolUsePromptTokenCount` (tool results fed back to
 * the model) is reported beside the prompt and billed as input; `thoughtsTokenCount` is reported beside
 * `candidatesTokenCount`, so output = candidates + thoughts, with the thoughts as reasoning. Per-modality
 * details split out what Gemini prices apart: AUDIO in the prompt, the cache and tool-use results becomes
 * audio input (cached audio included), AUDIO and IMAGE candidates become audio and image output. Image,
 * video and document input stay in the text input, which Gemini prices alike. Accepts the camelCase (REST,
 * JS SDK) and snake_case (Python SDK) spellings, not a mix of both.
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
  const camel = keys.some((key) => /Tokens?(Count|Details)$/.test(key));
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
  const modality = (camel: string, snakeName: string, wanted: string) =>
    modalityCount(value, name(camel, snakeName), snake ? 'token_count' : 'tokenCount', wanted);
  const audioPrompt = modality('promptTokensDetails', 'prompt_tokens_details', 'AUDIO');
  const audioTool = modality('toolUsePromptTokensDetails', 'tool_use_prompt_tokens_details', 'AUDIO');
  const audioCached = modality('cacheTokensDetails', 'cache_tokens_details', 'AUDIO');
  const audioOut = modality('candidatesTokensDetails', 'candidates_tokens_details', 'AUDIO');
  const imageOut = modality('candidatesTokensDetails', 'candidates_tokens_details', 'IMAGE');
  requirePart(
    audioPrompt,
    name('promptTokensDetails', 'prompt_tokens_details'),
    prompt,
    name('promptTokenCount', 'prompt_token_count'),
  );
  requirePart(
    audioCached,
    name('cacheTokensDetails', 'cache_tokens_details'),
    cached,
    name('cachedContentTokenCount', 'cached_content_token_count'),
  );
  requirePart(
    audioTool,
    name('toolUsePromptTokensDetails', 'tool_use_prompt_tokens_details'),
    toolUse,
    name('toolUsePromptTokenCount', 'tool_use_prompt_token_count'),
  );
  requirePart(
    safeSum('Gemini audio and image candidates', audioOut, imageOut),
    name('candidatesTokensDetails', 'candidates_tokens_details'),
    candidates,
    name('candidatesTokenCount', 'candidates_token_count'),
  );
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
    audioInputTokens: safeSum('Gemini audio prompt tokens', audioPrompt, audioTool),
    audioCacheReadTokens: audioCached,
    audioOutputTokens: audioOut,
    imageOutputTokens: imageOut,
  });
}

/** The tokens of one modality in a Gemini `*TokensDetails` list (0 when the list or the modality is absent). */
function modalityCount(
  value: Record<string, unknown>,
  key: string,
  countKey: string,
  wanted: string,
): number {
  const list = own(value, key);
  if (list === undefined || list === null) return 0;
  if (!Array.isArray(list)) {
    throw new InvalidUsageError(
      `Usage field "${key}" is ${describeValue(list)}; it is a list of { modality, ${countKey} }.`,
      {
        field: key,
        value: list,
      },
    );
  }
  let total = 0;
  for (const [index, entry] of list.entries()) {
    if (typeof entry !== 'object' || entry === null) {
      throw new InvalidUsageError(
        `Usage field "${key}[${index}]" is ${describeValue(entry)}; it is { modality, ${countKey} }.`,
        {
          field: `${key}[${index}]`,
          value: entry,
        },
      );
    }
    if (own(entry, 'modality') !== wanted) continue;
    total = safeSum(
      key,
      total,
      optionalCount(entry as Record<string, unknown>, countKey, `${key}[${index}].${countKey}`) ?? 0,
    );
  }
  return total;
}
