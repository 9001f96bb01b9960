/**
 * Usage records: validation of the inclusive semantics, and exact addition of records.
 *
 * @module
 */

import { InvalidUsageError } from '../errors.js';
import { hasOwn } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import type { Usage } from './types.js';

const USAGE_FIELDS = new Set<string>([
  'inputTokens',
  'outputTokens',
  'cacheReadTokens',
  'cacheWriteTokens',
  'cacheWrite1hTokens',
  'reasoningTokens',
  'requests',
  'webSearches',
]);

/** A usage record's counts with every default applied, split into the leaves the estimator prices. */
export interface UsageLeaves {
  readonly inputTokens: number;
  readonly uncachedInput: number;
  readonly cacheRead: number;
  readonly cacheWrite5m: number;
  readonly cacheWrite1h: number;
  readonly textOutput: number;
  readonly reasoning: number;
  readonly requests: number;
  readonly webSearches: number;
}

function badCount(field: string, value: unknown): never {
  throw new InvalidUsageError(
    `Usage field "${field}" is ${describeValue(value)}; token and request counts are whole numbers from 0 to ${Number.MAX_SAFE_INTEGER}.`,
    { field, value },
  );
}

function partTooLarge(
  part: string,
  partValue: number,
  parent: string,
  parentValue: number,
  hint: string,
): never {
  throw new InvalidUsageError(
    `Usage field "${part}" (${partValue}) is larger than ${parent} (${parentValue}); ${hint}`,
    { field: part, value: partValue, parent, parentValue },
  );
}

function optionalCount(value: number | undefined, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) badCount(field, value);
  return value;
}

/**
 * Checks a usage record and splits it into priced leaves. Throws {@link InvalidUsageError} for a negative,
 * fractional or unsafe count, a part larger than its parent, or a field that is not a usage field.
 */
export function usageLeaves(usage: Usage): UsageLeaves {
  if (typeof usage !== 'object' || usage === null) {
    throw new InvalidUsageError(
      `Usage ${describeValue(usage)} is not a usage record; pass { inputTokens, outputTokens, ... } (see fromOpenAIUsage and friends).`,
      { field: '(usage)', value: usage },
    );
  }
  for (const key in usage) {
    if (!USAGE_FIELDS.has(key) || !hasOwn(usage, key)) unknownField(key, usage);
  }
  const input = usage.inputTokens;
  const output = usage.outputTokens;
  if (typeof input !== 'number' || !Number.isSafeInteger(input) || input < 0) badCount('inputTokens', input);
  if (typeof output !== 'number' || !Number.isSafeInteger(output) || output < 0) {
    badCount('outputTokens', output);
  }
  const cacheRead = optionalCount(usage.cacheReadTokens, 'cacheReadTokens', 0);
  const cacheWrite = optionalCount(usage.cacheWriteTokens, 'cacheWriteTokens', 0);
  const cacheWrite1h = optionalCount(usage.cacheWrite1hTokens, 'cacheWrite1hTokens', 0);
  const reasoning = optionalCount(usage.reasoningTokens, 'reasoningTokens', 0);
  const requests = optionalCount(usage.requests, 'requests', 1);
  const webSearches = optionalCount(usage.webSearches, 'webSearches', 0);
  if (cacheRead > input) {
    partTooLarge(
      'cacheReadTokens',
      cacheRead,
      'inputTokens',
      input,
      'inputTokens counts every prompt token including cache reads (for Anthropic usage, use fromAnthropicUsage).',
    );
  }
  if (cacheWrite > input - cacheRead) {
    partTooLarge(
      'cacheWriteTokens',
      cacheWrite,
      'inputTokens minus cacheReadTokens',
      input - cacheRead,
      'inputTokens counts every prompt token including cache reads and writes (for Anthropic usage, use fromAnthropicUsage).',
    );
  }
  if (cacheWrite1h > cacheWrite) {
    partTooLarge(
      'cacheWrite1hTokens',
      cacheWrite1h,
      'cacheWriteTokens',
      cacheWrite,
      'cacheWriteTokens counts every cache write, the 1-hour ones included.',
    );
  }
  if (requests === 0 && (input > 0 || output > 0 || webSearches > 0)) {
    throw new InvalidUsageError(
      'Usage field "requests" is 0, but the record has tokens or searches; a record with usage covers at least one request (leave requests out for one).',
      { field: 'requests', value: 0 },
    );
  }
  if (reasoning > output) {
    partTooLarge(
      'reasoningTokens',
      reasoning,
      'outputTokens',
      output,
      'outputTokens counts every generated token including reasoning (for Gemini usage, use fromGeminiUsage).',
    );
  }
  return {
    inputTokens: input,
    uncachedInput: input - cacheRead - cacheWrite,
    cacheRead,
    cacheWrite5m: cacheWrite - cacheWrite1h,
    cacheWrite1h,
    textOutput: output - reasoning,
    reasoning,
    requests,
    webSearches,
  };
}

function unknownField(key: string, usage: Usage): never {
  const what = hasOwn(usage, key) ? 'is not a usage field' : 'is inherited, not an own property';
  throw new InvalidUsageError(
    `Usage field ${describeValue(key)} ${what}; the fields are ${[...USAGE_FIELDS].join(', ')} (provider payloads go through fromOpenAIUsage, fromAnthropicUsage, fromGeminiUsage or fromAISDKUsage).`,
    { field: key, value: (usage as unknown as Record<string, unknown>)[key] },
  );
}

/**
 * Checks a usage record and returns it unchanged, for validating records from outside (logs, queues).
 *
 * @throws {@link InvalidUsageError}
 *
 * @example
 * ```ts
 * import { validateUsage } from 'tokenomics';
 * validateUsage({ inputTokens: 1000, outputTokens: 200, cacheReadTokens: 800 }); // ok
 * validateUsage({ inputTokens: 100, outputTokens: 0, cacheReadTokens: 800 });   // throws
 * ```
 */
export function validateUsage(usage: Usage): Usage {
  usageLeaves(usage);
  return usage;
}

/**
 * Adds usage records field by field (requests default to 1 per record), for aggregating a log.
 *
 * @example
 * ```ts
 * import { addUsage } from 'tokenomics';
 * addUsage({ inputTokens: 100, outputTokens: 10 }, { inputTokens: 50, outputTokens: 5, cacheReadTokens: 20 });
 * // { inputTokens: 150, outputTokens: 15, cacheReadTokens: 20, ..., requests: 2 }
 * ```
 */
export function addUsage(...records: readonly Usage[]): Required<Usage> {
  const total = {
    inputTokens: 0,
    outputTokens: 0,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    cacheWrite1hTokens: 0,
    reasoningTokens: 0,
    requests: 0,
    webSearches: 0,
  };
  for (const record of records) {
    const leaves = usageLeaves(record);
    total.inputTokens += leaves.inputTokens;
    total.outputTokens += leaves.textOutput + leaves.reasoning;
    total.cacheReadTokens += leaves.cacheRead;
    total.cacheWriteTokens += leaves.cacheWrite5m + leaves.cacheWrite1h;
    total.cacheWrite1hTokens += leaves.cacheWrite1h;
    total.reasoningTokens += leaves.reasoning;
    total.requests += leaves.requests;
    total.webSearches += leaves.webSearches;
  }
  for (const [field, value] of Object.entries(total)) {
    if (!Number.isSafeInteger(value)) {
      throw new InvalidUsageError(
        `The sum of "${field}" exceeds ${Number.MAX_SAFE_INTEGER}; split the log into smaller batches and add their costs instead.`,
        { field, value: value },
      );
    }
  }
  return total;
}
