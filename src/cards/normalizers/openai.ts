/**
 * OpenAI usage (Chat Completions, Responses, Realtime and Images APIs) to an inclusive usage record.
 *
 * @module
 */

import { InvalidUsageError } from '../../errors.js';
import { own, requireOptions } from '../../internal/checks.js';
import { describeValue } from '../../internal/describe.js';
import type { ServiceTierName, Usage } from '../types.js';
import {
  nested,
  optionalCount,
  payloadObject,
  requiredCount,
  requirePart,
  safeSum,
  usageRecord,
} from './read.js';

/** The `usage` object of an OpenAI Chat Completions response. */
export interface OpenAIChatUsage {
  prompt_tokens?: number | null;
  completion_tokens?: number | null;
  total_tokens?: number | null;
  prompt_tokens_details?: {
    cached_tokens?: number | null;
    cache_write_tokens?: number | null;
    audio_tokens?: number | null;
    image_tokens?: number | null;
  } | null;
  completion_tokens_details?: {
    reasoning_tokens?: number | null;
    audio_tokens?: number | null;
    accepted_prediction_tokens?: number | null;
    rejected_prediction_tokens?: number | null;
  } | null;
}

/**
 * The `usage` object of an OpenAI Responses, Realtime or Images API response (`input_tokens` /
 * `output_tokens`, with `*_tokens_details` or the Realtime API's `*_token_details`).
 */
export interface OpenAIResponsesUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  total_tokens?: number | null;
  input_tokens_details?: {
    cached_tokens?: number | null;
    cache_write_tokens?: number | null;
    text_tokens?: number | null;
    audio_tokens?: number | null;
    image_tokens?: number | null;
  } | null;
  output_tokens_details?: {
    reasoning_tokens?: number | null;
    text_tokens?: number | null;
    audio_tokens?: number | null;
  } | null;
  input_token_details?: {
    cached_tokens?: number | null;
    text_tokens?: number | null;
    audio_tokens?: number | null;
    image_tokens?: number | null;
    cached_tokens_details?: {
      text_tokens?: number | null;
      audio_tokens?: number | null;
      image_tokens?: number | null;
    } | null;
  } | null;
  output_token_details?: { text_tokens?: number | null; audio_tokens?: number | null } | null;
}

/** Options of {@link fromOpenAIUsage}. */
export interface FromOpenAIUsageOptions {
  /**
   * `response.service_tier` of the same response (`'default'`, `'flex'`, `'priority'`), or `'batch'` for a
   * Batch API result. It travels with the usage record, so `estimateCost` prices at that tier.
   */
  readonly serviceTier?: string;
}

const HINT = 'pass response.usage from a Chat Completions, Responses, Realtime or Images API response.';

/** OpenAI's `service_tier` values and the tier each is priced at. */
const OPENAI_TIERS: ReadonlyMap<string, ServiceTierName> = new Map([
  ['default', 'standard'],
  ['standard', 'standard'],
  ['flex', 'flex'],
  ['priority', 'priority'],
  ['batch', 'batch'],
]);

function serviceTierOf(options: FromOpenAIUsageOptions | undefined): ServiceTierName | undefined {
  const checked = requireOptions(options, ['serviceTier'], 'fromOpenAIUsage');
  const raw = own(checked, 'serviceTier');
  if (raw === undefined || raw === null) return undefined;
  const tier = typeof raw === 'string' ? OPENAI_TIERS.get(raw) : undefined;
  if (tier === undefined) {
    throw new InvalidUsageError(
      `OpenAI service tier ${describeValue(raw)} is not one tokenomics prices: 'default', 'flex', 'priority' or 'batch' ('scale' is prepaid capacity billed per unit, and 'auto' is resolved in response.service_tier).`,
      { field: 'service_tier', value: raw },
    );
  }
  return tier;
}

/**
 * Converts OpenAI's `usage` into an inclusive usage record. OpenAI already counts inclusively: cached tokens
 * (and, on models that bill them, cache writes), audio and image tokens are parts of the prompt count, and
 * reasoning and audio tokens parts of the completion count, so nothing is added on top. Reads Chat
 * Completions (`prompt_tokens`/`completion_tokens` with `*_details`), the Responses and Images APIs
 * (`input_tokens`/`output_tokens` with `*_tokens_details`) and the Realtime API (`*_token_details`, whose
 * `cached_tokens_details` splits cache reads into text, audio and image). Where a payload reports cached
 * tokens without their modality, they are text cache reads. Pass `response.service_tier` as `serviceTier`
 * to price at the tier that served the request.
 *
 * @throws {@link InvalidUsageError} for a payload of another shape, a bad count, or an unknown service tier.
 *
 * @example
 * ```ts
 * import { fromOpenAIUsage } from 'tokenomics';
 * fromOpenAIUsage({
 *   prompt_tokens: 2006, completion_tokens: 300, total_tokens: 2306,
 *   prompt_tokens_details: { cached_tokens: 1920 },
 *   completion_tokens_details: { reasoning_tokens: 128 },
 * });
 * // { inputTokens: 2006, outputTokens: 300, cacheReadTokens: 1920, reasoningTokens: 128 }
 * fromOpenAIUsage(response.usage, { serviceTier: response.service_tier }); // 'flex' -> serviceTier: 'flex'
 * ```
 */
export function fromOpenAIUsage(
  usage: OpenAIChatUsage | OpenAIResponsesUsage,
  options?: FromOpenAIUsageOptions,
): Usage {
  const serviceTier = serviceTierOf(options);
  const value = payloadObject(usage, 'OpenAI usage', HINT);
  if (
    own(value, 'cache_read_input_tokens') !== undefined ||
    own(value, 'cache_creation_input_tokens') !== undefined
  ) {
    throw new InvalidUsageError(
      "OpenAI usage has cache_read_input_tokens or cache_creation_input_tokens, which is Anthropic's exclusive format; use fromAnthropicUsage.",
      { field: '(usage)', value: Object.keys(value) },
    );
  }
  if (own(value, 'prompt_tokens') !== undefined || own(value, 'completion_tokens') !== undefined) {
    const input = requiredCount(value, 'prompt_tokens', 'prompt_tokens', HINT);
    const output = requiredCount(value, 'completion_tokens', 'completion_tokens', HINT);
    const prompt = nested(value, 'prompt_tokens_details', 'prompt_tokens_details');
    const completion = nested(value, 'completion_tokens_details', 'completion_tokens_details');
    return build({
      input,
      output,
      inputPath: 'prompt_tokens',
      outputPath: 'completion_tokens',
      details: prompt,
      detailsPath: 'prompt_tokens_details',
      cachedDetails: undefined,
      outputDetails: completion,
      outputDetailsPath: 'completion_tokens_details',
      serviceTier,
    });
  }
  if (own(value, 'input_tokens') !== undefined || own(value, 'output_tokens') !== undefined) {
    const input = requiredCount(value, 'input_tokens', 'input_tokens', HINT);
    const output = requiredCount(value, 'output_tokens', 'output_tokens', HINT);
    // The Realtime API writes `input_token_details`; the Responses and Images APIs `input_tokens_details`.
    const realtime =
      own(value, 'input_token_details') !== undefined || own(value, 'output_token_details') !== undefined;
    const detailsPath = realtime ? 'input_token_details' : 'input_tokens_details';
    const outputDetailsPath = realtime ? 'output_token_details' : 'output_tokens_details';
    const details = nested(value, detailsPath, detailsPath);
    return build({
      input,
      output,
      inputPath: 'input_tokens',
      outputPath: 'output_tokens',
      details,
      detailsPath,
      cachedDetails:
        details === undefined
          ? undefined
          : nested(details, 'cached_tokens_details', `${detailsPath}.cached_tokens_details`),
      outputDetails: nested(value, outputDetailsPath, outputDetailsPath),
      outputDetailsPath,
      serviceTier,
    });
  }
  throw new InvalidUsageError(
    `OpenAI usage has neither prompt_tokens/completion_tokens nor input_tokens/output_tokens; ${HINT}`,
    { field: '(usage)', value: Object.keys(value) },
  );
}

interface Shape {
  readonly input: number;
  readonly output: number;
  readonly inputPath: string;
  readonly outputPath: string;
  readonly details: Record<string, unknown> | undefined;
  readonly detailsPath: string;
  readonly cachedDetails: Record<string, unknown> | undefined;
  readonly outputDetails: Record<string, unknown> | undefined;
  readonly outputDetailsPath: string;
  readonly serviceTier: ServiceTierName | undefined;
}

function build(shape: Shape): Usage {
  const { input, output, details, detailsPath, cachedDetails, outputDetails, outputDetailsPath } = shape;
  const count = (from: Record<string, unknown> | undefined, key: string, path: string) =>
    optionalCount(from, key, `${path}.${key}`) ?? 0;
  const cached = count(details, 'cached_tokens', detailsPath);
  const cacheWrites = count(details, 'cache_write_tokens', detailsPath);
  const audioIn = count(details, 'audio_tokens', detailsPath);
  const imageIn = count(details, 'image_tokens', detailsPath);
  const cachedPath = `${detailsPath}.cached_tokens_details`;
  const audioCached = count(cachedDetails, 'audio_tokens', cachedPath);
  const imageCached = count(cachedDetails, 'image_tokens', cachedPath);
  const reasoning = count(outputDetails, 'reasoning_tokens', outputDetailsPath);
  const audioOut = count(outputDetails, 'audio_tokens', outputDetailsPath);
  requirePart(
    safeSum(`${detailsPath}.cached_tokens + cache_write_tokens`, cached, cacheWrites),
    `${detailsPath}.cached_tokens + cache_write_tokens`,
    input,
    shape.inputPath,
  );
  requirePart(
    safeSum(`${detailsPath} audio and image tokens`, audioIn, imageIn),
    `${detailsPath}.audio_tokens + image_tokens`,
    input,
    shape.inputPath,
  );
  requirePart(audioCached, `${cachedPath}.audio_tokens`, audioIn, `${detailsPath}.audio_tokens`);
  requirePart(imageCached, `${cachedPath}.image_tokens`, imageIn, `${detailsPath}.image_tokens`);
  requirePart(
    safeSum(`${cachedPath} tokens`, audioCached, imageCached),
    `${cachedPath}.audio_tokens + image_tokens`,
    cached,
    `${detailsPath}.cached_tokens`,
  );
  requirePart(
    safeSum(`${outputDetailsPath} tokens`, reasoning, audioOut),
    `${outputDetailsPath}.reasoning_tokens + audio_tokens`,
    output,
    shape.outputPath,
  );
  return usageRecord({
    inputTokens: input,
    outputTokens: output,
    cacheReadTokens: cached,
    cacheWriteTokens: cacheWrites,
    reasoningTokens: reasoning,
    audioInputTokens: audioIn,
    audioCacheReadTokens: audioCached,
    audioOutputTokens: audioOut,
    imageInputTokens: imageIn,
    imageCacheReadTokens: imageCached,
    serviceTier: shape.serviceTier,
  });
}
