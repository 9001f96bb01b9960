/**
 * Vercel AI SDK usage (v5 and v6 shapes) to an inclusive usage record.
 *
 * @module
 */

import { InvalidUsageError } from '../../errors.js';
import { isRecord, own, requireOptions } from '../../internal/checks.js';
import { describeValue } from '../../internal/describe.js';
import type { Usage } from '../types.js';
import { nested, optionalCount, payloadObject, requirePart, safeSum, usageRecord } from './read.js';

/** AI SDK 6 `LanguageModelUsage`: inclusive totals with their breakdowns. */
export interface AISDKUsageV6 {
  inputTokens?: number | undefined;
  outputTokens?: number | undefined;
  totalTokens?: number | undefined;
  inputTokenDetails?: {
    noCacheTokens?: number | undefined;
    cacheReadTokens?: number | undefined;
    cacheWriteTokens?: number | undefined;
  };
  outputTokenDetails?: { textTokens?: number | undefined; reasoningTokens?: number | undefined };
  reasoningTokens?: number | undefined;
  cachedInputTokens?: number | undefined;
}

/** AI SDK 5 `LanguageModelUsage`: flat counts whose meaning depends on the provider. */
export interface AISDKUsageV5 {
  inputTokens?: number | undefined;
  outputTokens?: number | undefined;
  totalTokens?: number | undefined;
  reasoningTokens?: number | undefined;
  cachedInputTokens?: number | undefined;
}

/** Which provider produced an AI SDK 5 usage record, for its provider-specific counting. */
export type AISDKProviderFamily = 'openai' | 'anthropic' | 'google';

/** Options of {@link fromAISDKUsage}. */
export interface FromAISDKUsageOptions {
  /** `result.providerMetadata` of the same call; needed for AI SDK 5 records (it names the provider). */
  readonly providerMetadata?: unknown;
  /** Which provider family produced an AI SDK 5 record, when `providerMetadata` is not at hand. */
  readonly provider?: AISDKProviderFamily;
}

const HINT = 'pass result.usage (or result.totalUsage) from generateText or streamText.';

/**
 * Converts Vercel AI SDK usage into an inclusive usage record.
 *
 * - AI SDK 6 records (with `inputTokenDetails` / `outputTokenDetails`) are inclusive for every provider and
 *   need nothing else.
 * - AI SDK 5 records are flat, and their meaning depends on the provider: OpenAI's counts are inclusive;
 *   Anthropic's `inputTokens` exclude cache reads and writes (writes only appear in
 *   `providerMetadata.anthropic.cacheCreationInputTokens`); Google's `outputTokens` exclude
 *   `reasoningTokens`. So a v5 record needs `providerMetadata` (or `provider`), else it is refused rather
 *   than guessed.
 *
 * @throws {@link InvalidUsageError} for a bad count, or a v5 record without its provider.
 *
 * @example
 * ```ts
 * import { fromAISDKUsage } from 'tokenomics';
 * // AI SDK 6
 * fromAISDKUsage({
 *   inputTokens: 1200, outputTokens: 300,
 *   inputTokenDetails: { noCacheTokens: 200, cacheReadTokens: 1000, cacheWriteTokens: 0 },
 *   outputTokenDetails: { textTokens: 100, reasoningTokens: 200 },
 * });
 * // { inputTokens: 1200, outputTokens: 300, cacheReadTokens: 1000, reasoningTokens: 200 }
 *
 * // AI SDK 5 with Anthropic: pass the provider metadata of the same result
 * fromAISDKUsage(result.usage, { providerMetadata: result.providerMetadata });
 * ```
 */
export function fromAISDKUsage(usage: AISDKUsageV6 | AISDKUsageV5, options?: FromAISDKUsageOptions): Usage {
  const checked = requireOptions(options, ['providerMetadata', 'provider'], 'fromAISDKUsage');
  const value = payloadObject(usage, 'AI SDK usage', HINT);
  const inputDetails = nested(value, 'inputTokenDetails', 'inputTokenDetails');
  const outputDetails = nested(value, 'outputTokenDetails', 'outputTokenDetails');
  if (inputDetails !== undefined || outputDetails !== undefined)
    return fromV6(value, inputDetails, outputDetails);
  return fromV5(value, checked);
}

function fromV6(
  value: Record<string, unknown>,
  inputDetails: Record<string, unknown> | undefined,
  outputDetails: Record<string, unknown> | undefined,
): Usage {
  const input = optionalCount(value, 'inputTokens', 'inputTokens');
  const output = optionalCount(value, 'outputTokens', 'outputTokens');
  if (input === undefined || output === undefined) {
    throw new InvalidUsageError(
      `AI SDK usage has no ${input === undefined ? 'inputTokens' : 'outputTokens'} (the provider did not report it); unknown is not zero, so it cannot be priced.`,
      { field: input === undefined ? 'inputTokens' : 'outputTokens', value: undefined },
    );
  }
  const cacheRead = optionalCount(inputDetails, 'cacheReadTokens', 'inputTokenDetails.cacheReadTokens') ?? 0;
  const cacheWrite =
    optionalCount(inputDetails, 'cacheWriteTokens', 'inputTokenDetails.cacheWriteTokens') ?? 0;
  const reasoning =
    optionalCount(outputDetails, 'reasoningTokens', 'outputTokenDetails.reasoningTokens') ?? 0;
  requirePart(
    safeSum('AI SDK cache reads and writes', cacheRead, cacheWrite),
    'inputTokenDetails.cacheReadTokens + cacheWriteTokens',
    input,
    'inputTokens',
  );
  requirePart(reasoning, 'outputTokenDetails.reasoningTokens', output, 'outputTokens');
  return usageRecord({
    inputTokens: input,
    outputTokens: output,
    cacheReadTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
    reasoningTokens: reasoning,
  });
}

function providerOf(options: FromAISDKUsageOptions): {
  family: AISDKProviderFamily;
  metadata?: Record<string, unknown>;
} {
  const metadata = own(options, 'providerMetadata');
  if (isRecord(metadata)) {
    for (const family of ['anthropic', 'google', 'openai'] as const) {
      const entry = own(metadata, family);
      if (isRecord(entry)) return { family, metadata: entry };
    }
    const vertex = own(metadata, 'vertex');
    if (isRecord(vertex)) return { family: 'google', metadata: vertex };
  }
  const provider = own(options, 'provider');
  if (provider !== undefined) {
    if (provider !== 'openai' && provider !== 'anthropic' && provider !== 'google') {
      throw new InvalidUsageError(
        `AI SDK provider ${describeValue(provider)} is not one of 'openai', 'anthropic', 'google'; pass providerMetadata instead.`,
        { field: 'provider', value: provider },
      );
    }
    return { family: provider };
  }
  throw new InvalidUsageError(
    'AI SDK 5 usage does not say which provider produced it, and providers count cached and reasoning tokens differently there; pass { providerMetadata: result.providerMetadata } or { provider: "openai" | "anthropic" | "google" }.',
    { field: 'providerMetadata', value: metadata },
  );
}

function fromV5(value: Record<string, unknown>, options: FromAISDKUsageOptions): Usage {
  const input = optionalCount(value, 'inputTokens', 'inputTokens');
  const output = optionalCount(value, 'outputTokens', 'outputTokens');
  if (input === undefined || output === undefined) {
    throw new InvalidUsageError(
      `AI SDK usage has no ${input === undefined ? 'inputTokens' : 'outputTokens'} (the provider did not report it); unknown is not zero, so it cannot be priced.`,
      { field: input === undefined ? 'inputTokens' : 'outputTokens', value: undefined },
    );
  }
  const cached = optionalCount(value, 'cachedInputTokens', 'cachedInputTokens') ?? 0;
  const reasoning = optionalCount(value, 'reasoningTokens', 'reasoningTokens') ?? 0;
  const { family, metadata } = providerOf(options);
  if (family === 'anthropic') {
    // v5 Anthropic: inputTokens = input_tokens (exclusive); cache writes only in provider metadata.
    const writes =
      optionalCount(
        metadata,
        'cacheCreationInputTokens',
        'providerMetadata.anthropic.cacheCreationInputTokens',
      ) ?? 0;
    requirePart(reasoning, 'reasoningTokens', output, 'outputTokens');
    return usageRecord({
      inputTokens: safeSum('AI SDK input, cache reads and cache writes', input, cached, writes),
      outputTokens: output,
      cacheReadTokens: cached,
      cacheWriteTokens: writes,
      reasoningTokens: reasoning,
    });
  }
  if (family === 'google') {
    // v5 Google: outputTokens = candidatesTokenCount; reasoningTokens = thoughtsTokenCount beside it.
    requirePart(cached, 'cachedInputTokens', input, 'inputTokens');
    return usageRecord({
      inputTokens: input,
      outputTokens: safeSum('AI SDK output and reasoning tokens', output, reasoning),
      cacheReadTokens: cached,
      reasoningTokens: reasoning,
    });
  }
  requirePart(cached, 'cachedInputTokens', input, 'inputTokens');
  requirePart(reasoning, 'reasoningTokens', output, 'outputTokens');
  return usageRecord({
    inputTokens: input,
    outputTokens: output,
    cacheReadTokens: cached,
    reasoningTokens: reasoning,
  });
}
