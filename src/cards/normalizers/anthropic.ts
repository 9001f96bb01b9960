/**
 * Anthropic usage (exclusive counts) to an inclusive usage record.
 *
 * @module
 */

import { InvalidUsageError } from '../../errors.js';
import { own } from '../../internal/checks.js';
import { describeValue } from '../../internal/describe.js';
import type { Usage } from '../types.js';
import { nested, optionalCount, payloadObject, requiredCount, safeSum, usageRecord } from './read.js';

/** The `usage` object of an Anthropic Messages API response. */
export interface AnthropicUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
  cache_creation?: {
    ephemeral_5m_input_tokens?: number | null;
    ephemeral_1h_input_tokens?: number | null;
  } | null;
  server_tool_use?: { web_search_requests?: number | null; web_fetch_requests?: number | null } | null;
  service_tier?: string | null;
  /** `"fast"` when the request ran in fast mode (`speed: "fast"`). */
  speed?: string | null;
}

const HINT = 'pass message.usage from an Anthropic Messages API response.';

/**
 * Converts Anthropic's `usage` into an inclusive usage record. Anthropic counts *exclusively*:
 * `input_tokens` are only the tokens neither read from nor written to the cache, so the inclusive input is
 * `input_tokens + cache_read_input_tokens + cache_creation_input_tokens`. When the response splits cache
 * writes by lifetime (`cache_creation.ephemeral_5m_input_tokens` / `ephemeral_1h_input_tokens`), the 1-hour
 * part is kept apart; web searches come from `server_tool_use.web_search_requests`. Thinking tokens are
 * part of `output_tokens` (Anthropic does not report them apart). `service_tier` (`"standard"`,
 * `"priority"`, `"batch"`) travels with the record, so a Message Batches result is priced at batch rates;
 * `speed: "fast"` (fast mode) becomes the `fast` service tier.
 *
 * @throws {@link InvalidUsageError} for a payload of another shape, a bad count, or a lifetime split that
 * disagrees with `cache_creation_input_tokens`.
 *
 * @example
 * ```ts
 * import { fromAnthropicUsage } from 'tokenomics';
 * fromAnthropicUsage({
 *   input_tokens: 50, cache_read_input_tokens: 100_000, cache_creation_input_tokens: 2_000,
 *   output_tokens: 700,
 * });
 * // { inputTokens: 102050, outputTokens: 700, cacheReadTokens: 100000, cacheWriteTokens: 2000 }
 * ```
 */
export function fromAnthropicUsage(usage: AnthropicUsage): Usage {
  const value = payloadObject(usage, 'Anthropic usage', HINT);
  if (own(value, 'input_tokens') === undefined && own(value, 'prompt_tokens') !== undefined) {
    throw new InvalidUsageError(
      `Anthropic usage has prompt_tokens but no input_tokens; that is OpenAI's format, so use fromOpenAIUsage.`,
      { field: '(usage)', value: Object.keys(value) },
    );
  }
  if (own(value, 'input_tokens_details') !== undefined || own(value, 'output_tokens_details') !== undefined) {
    throw new InvalidUsageError(
      "Anthropic usage has input_tokens_details or output_tokens_details, which is OpenAI's Responses API format (inclusive counts); use fromOpenAIUsage.",
      { field: '(usage)', value: Object.keys(value) },
    );
  }
  const uncached = requiredCount(value, 'input_tokens', 'input_tokens', HINT);
  const output = requiredCount(value, 'output_tokens', 'output_tokens', HINT);
  const cacheRead = optionalCount(value, 'cache_read_input_tokens', 'cache_read_input_tokens') ?? 0;
  const creationTotal = optionalCount(value, 'cache_creation_input_tokens', 'cache_creation_input_tokens');
  const split = nested(value, 'cache_creation', 'cache_creation');
  const fiveMinutes = optionalCount(
    split,
    'ephemeral_5m_input_tokens',
    'cache_creation.ephemeral_5m_input_tokens',
  );
  const oneHour = optionalCount(
    split,
    'ephemeral_1h_input_tokens',
    'cache_creation.ephemeral_1h_input_tokens',
  );
  let cacheWrite = creationTotal ?? 0;
  if (fiveMinutes !== undefined || oneHour !== undefined) {
    const splitTotal = (fiveMinutes ?? 0) + (oneHour ?? 0);
    if (creationTotal !== undefined && creationTotal !== splitTotal) {
      throw new InvalidUsageError(
        `Anthropic usage says cache_creation_input_tokens is ${creationTotal} but its split cache_creation.ephemeral_5m_input_tokens + ephemeral_1h_input_tokens is ${splitTotal}; the payload is inconsistent.`,
        {
          field: 'cache_creation',
          value: splitTotal,
          parent: 'cache_creation_input_tokens',
          parentValue: creationTotal,
        },
      );
    }
    cacheWrite = splitTotal;
  }
  const tools = nested(value, 'server_tool_use', 'server_tool_use');
  const inputTokens = safeSum(
    'Anthropic input, cache-read and cache-write tokens',
    uncached,
    cacheRead,
    cacheWrite,
  );
  const tier = own(value, 'service_tier');
  if (tier !== undefined && tier !== null && tier !== 'standard' && tier !== 'priority' && tier !== 'batch') {
    throw new InvalidUsageError(
      `Anthropic usage has service_tier ${describeValue(tier)}; the tiers are "standard", "priority" and "batch".`,
      { field: 'service_tier', value: tier },
    );
  }
  const speed = own(value, 'speed');
  if (speed !== undefined && speed !== null && speed !== 'standard' && speed !== 'fast') {
    throw new InvalidUsageError(
      `Anthropic usage has speed ${describeValue(speed)}; it is "standard" or "fast".`,
      {
        field: 'speed',
        value: speed,
      },
    );
  }
  if (speed === 'fast' && tier !== undefined && tier !== null && tier !== 'standard') {
    throw new InvalidUsageError(
      `Anthropic usage has speed "fast" with service_tier ${describeValue(tier)}; fast mode is priced on its own, so a record cannot be both.`,
      { field: 'speed', value: speed },
    );
  }
  return usageRecord({
    inputTokens,
    outputTokens: output,
    cacheReadTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
    cacheWrite1hTokens: oneHour,
    webSearches: optionalCount(tools, 'web_search_requests', 'server_tool_use.web_search_requests'),
    serviceTier: speed === 'fast' ? 'fast' : tier === undefined || tier === null ? undefined : tier,
  });
}
