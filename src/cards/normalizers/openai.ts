/**
 * OpenAI usage (Chat Completions and Responses API) to an inclusive usage record.
 *
 * @module
 */

import { InvalidUsageError } from '../../errors.js';
import { own } from '../../internal/checks.js';
import type { Usage } from '../types.js';
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
  } | null;
  completion_tokens_details?: {
    reasoning_tokens?: number | null;
    audio_tokens?: number | null;
    accepted_prediction_tokens?: number | null;
    rejected_prediction_tokens?: number | null;
  } | null;
}

/** The `usage` object of an OpenAI Responses API response. */
export interface OpenAIResponsesUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  total_tokens?: number | null;
  input_tokens_details?: { cached_tokens?: number | null; cache_write_tokens?: number | null } | null;
  output_tokens_details?: { reasoning_tokens?: number | null } | null;
}

const HINT = 'pass response.usage from a Chat Completions or Responses API response.';

/**
 * Converts OpenAI's `usage` (Chat Completions `prompt_tokens`/`completion_tokens` with their `*_details`,
 * or the Responses API `input_tokens`/`output_tokens` shape) into an inclusive usage record. OpenAI already
 * counts inclusively: `cached_tokens` (and, on models that bill cache writes, `cache_write_tokens`) are parts
 * of the prompt count, and `reasoning_tokens` part of the completion count, so nothing is added on top.
 * Audio tokens are refused: a text price card would misprice them.
 *
 * @throws {@link InvalidUsageError} for a payload of another shape, a bad count, or audio tokens.
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
 * ```
 */
export function fromOpenAIUsage(usage: OpenAIChatUsage | OpenAIResponsesUsage): Usage {
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
    const promptDetails = nested(value, 'prompt_tokens_details', 'prompt_tokens_details');
    const completionDetails = nested(value, 'completion_tokens_details', 'completion_tokens_details');
    refuseAudio(optionalCount(promptDetails, 'audio_tokens', 'prompt_tokens_details.audio_tokens'), 'prompt');
    refuseAudio(
      optionalCount(completionDetails, 'audio_tokens', 'completion_tokens_details.audio_tokens'),
      'completion',
    );
    return build(
      input,
      'prompt_tokens',
      output,
      'completion_tokens',
      optionalCount(promptDetails, 'cached_tokens', 'prompt_tokens_details.cached_tokens'),
      optionalCount(promptDetails, 'cache_write_tokens', 'prompt_tokens_details.cache_write_tokens'),
      optionalCount(completionDetails, 'reasoning_tokens', 'completion_tokens_details.reasoning_tokens'),
      'prompt_tokens_details',
      'completion_tokens_details',
    );
  }
  if (own(value, 'input_tokens') !== undefined || own(value, 'output_tokens') !== undefined) {
    const input = requiredCount(value, 'input_tokens', 'input_tokens', HINT);
    const output = requiredCount(value, 'output_tokens', 'output_tokens', HINT);
    const inputDetails = nested(value, 'input_tokens_details', 'input_tokens_details');
    const outputDetails = nested(value, 'output_tokens_details', 'output_tokens_details');
    return build(
      input,
      'input_tokens',
      output,
      'output_tokens',
      optionalCount(inputDetails, 'cached_tokens', 'input_tokens_details.cached_tokens'),
      optionalCount(inputDetails, 'cache_write_tokens', 'input_tokens_details.cache_write_tokens'),
      optionalCount(outputDetails, 'reasoning_tokens', 'output_tokens_details.reasoning_tokens'),
      'input_tokens_details',
      'output_tokens_details',
    );
  }
  throw new InvalidUsageError(
    `OpenAI usage has neither prompt_tokens/completion_tokens nor input_tokens/output_tokens; ${HINT}`,
    { field: '(usage)', value: Object.keys(value) },
  );
}

function build(
  input: number,
  inputPath: string,
  output: number,
  outputPath: string,
  cached: number | undefined,
  cacheWrites: number | undefined,
  reasoning: number | undefined,
  inputDetailsPath: string,
  outputDetailsPath: string,
): Usage {
  requirePart(
    safeSum(`${inputDetailsPath}.cached_tokens + cache_write_tokens`, cached ?? 0, cacheWrites ?? 0),
    `${inputDetailsPath}.cached_tokens + cache_write_tokens`,
    input,
    inputPath,
  );
  requirePart(reasoning ?? 0, `${outputDetailsPath}.reasoning_tokens`, output, outputPath);
  return usageRecord({
    inputTokens: input,
    outputTokens: output,
    cacheReadTokens: cached,
    cacheWriteTokens: cacheWrites,
    reasoningTokens: reasoning,
  });
}

function refuseAudio(count: number | undefined, side: 'prompt' | 'completion'): void {
  if (count !== undefined && count > 0) {
    throw new InvalidUsageError(
      `OpenAI usage reports ${count} ${side} audio tokens (${side}_tokens_details.audio_tokens); tokenomics prices text tokens, so audio would be priced at text rates. Price audio separately.`,
      { field: `${side}_tokens_details.audio_tokens`, value: count },
    );
  }
}
