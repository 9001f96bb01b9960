/**
 * Usage records: validation of the inclusive semantics, the split into priced leaves, and exact addition.
 *
 * @module
 */

import { InvalidUsageError } from '../errors.js';
import { hasOwn } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import type { ServiceTierName, Usage } from './types.js';

/** The count fields of a usage record, in the order messages list them (and log readers store them). */
export const COUNT_FIELDS = [
  'inputTokens',
  'outputTokens',
  'cacheReadTokens',
  'cacheWriteTokens',
  'cacheWrite1hTokens',
  'reasoningTokens',
  'audioInputTokens',
  'audioCacheReadTokens',
  'audioOutputTokens',
  'imageInputTokens',
  'imageCacheReadTokens',
  'imageOutputTokens',
  'requests',
  'webSearches',
] as const;
/** One count field of a usage record. */
export type CountField = (typeof COUNT_FIELDS)[number];

const USAGE_FIELDS = new Set<string>([...COUNT_FIELDS, 'serviceTier']);
const SERVICE_TIERS = new Set<string>(['standard', 'batch', 'flex', 'priority', 'fast']);

/** The token leaves the estimator prices, in this order (each has one rate on a card). */
export const TOKEN_LEAVES = [
  'uncachedInput',
  'cacheRead',
  'cacheWrite5m',
  'cacheWrite1h',
  'audioInput',
  'audioCacheRead',
  'imageInput',
  'imageCacheRead',
  'textOutput',
  'reasoning',
  'audioOutput',
  'imageOutput',
] as const;

/** The name of one token leaf. */
export type TokenLeaf = (typeof TOKEN_LEAVES)[number];

/** A usage record split into priced leaves, every default applied. */
export interface UsageLeaves {
  /** Tokens per leaf, in {@link TOKEN_LEAVES} order. */
  readonly counts: readonly number[];
  /** All prompt tokens (for context-tier thresholds). */
  readonly inputTokens: number;
  readonly requests: number;
  readonly webSearches: number;
  /** The service tier the record says it ran at, if it says. */
  readonly serviceTier: ServiceTierName | undefined;
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

/** A count read from a record: `fallback` when absent, else a whole number from 0 to 2^53 - 1. */
function count(value: number | undefined, field: CountField, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) badCount(field, value);
  return value;
}

const INCLUSIVE_HINT =
  'inputTokens counts every prompt token, cache reads, cache writes, audio and images included (for Anthropic usage, use fromAnthropicUsage).';

/**
 * Checks a usage record and splits it into priced leaves. Throws {@link InvalidUsageError} for a negative,
 * fractional or unsafe count, a part larger than its parent, an unknown or inherited field, or a service
 * tier that is not one.
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
  if (typeof output !== 'number' || !Number.isSafeInteger(output) || output < 0)
    badCount('outputTokens', output);
  const cacheRead = count(usage.cacheReadTokens, 'cacheReadTokens', 0);
  const cacheWrite = count(usage.cacheWriteTokens, 'cacheWriteTokens', 0);
  const cacheWrite1h = count(usage.cacheWrite1hTokens, 'cacheWrite1hTokens', 0);
  const reasoning = count(usage.reasoningTokens, 'reasoningTokens', 0);
  const requests = count(usage.requests, 'requests', 1);
  const webSearches = count(usage.webSearches, 'webSearches', 0);
  let audioIn = 0;
  let audioCached = 0;
  let audioOut = 0;
  let imageIn = 0;
  let imageCached = 0;
  let imageOut = 0;
  // Modality fields are rare; skip their checks entirely when none is present (the metering hot path).
  if (
    usage.audioInputTokens !== undefined ||
    usage.audioCacheReadTokens !== undefined ||
    usage.audioOutputTokens !== undefined ||
    usage.imageInputTokens !== undefined ||
    usage.imageCacheReadTokens !== undefined ||
    usage.imageOutputTokens !== undefined
  ) {
    audioIn = count(usage.audioInputTokens, 'audioInputTokens', 0);
    audioCached = count(usage.audioCacheReadTokens, 'audioCacheReadTokens', 0);
    audioOut = count(usage.audioOutputTokens, 'audioOutputTokens', 0);
    imageIn = count(usage.imageInputTokens, 'imageInputTokens', 0);
    imageCached = count(usage.imageCacheReadTokens, 'imageCacheReadTokens', 0);
    imageOut = count(usage.imageOutputTokens, 'imageOutputTokens', 0);
  }
  const serviceTier = usage.serviceTier;
  if (serviceTier !== undefined && !(typeof serviceTier === 'string' && SERVICE_TIERS.has(serviceTier))) {
    throw new InvalidUsageError(
      `Usage field "serviceTier" is ${describeValue(serviceTier)}; it is one of 'standard', 'batch', 'flex', 'priority', 'fast'.`,
      { field: 'serviceTier', value: serviceTier },
    );
  }
  return splitLeaves(
    input,
    output,
    cacheRead,
    cacheWrite,
    cacheWrite1h,
    reasoning,
    audioIn,
    audioCached,
    audioOut,
    imageIn,
    imageCached,
    imageOut,
    requests,
    webSearches,
    serviceTier as ServiceTierName | undefined,
  );
}

/** Leaves a caller may reuse from record to record (the log aggregator's hot path allocates none). */
export interface MutableLeaves {
  counts: number[];
  inputTokens: number;
  requests: number;
  webSearches: number;
  serviceTier: ServiceTierName | undefined;
}

/**
 * Checks how a record's counts nest (every part within its parent) and splits them into leaves: the shared
 * half of {@link usageLeaves}, for callers that read counts themselves (each already a whole number from 0
 * to 2^53 - 1). Writes into `into` when given.
 */
export function splitLeaves(
  input: number,
  output: number,
  cacheRead: number,
  cacheWrite: number,
  cacheWrite1h: number,
  reasoning: number,
  audioIn: number,
  audioCached: number,
  audioOut: number,
  imageIn: number,
  imageCached: number,
  imageOut: number,
  requests: number,
  webSearches: number,
  serviceTier: ServiceTierName | undefined,
  into?: MutableLeaves,
): UsageLeaves {
  if (cacheRead > input) partTooLarge('cacheReadTokens', cacheRead, 'inputTokens', input, INCLUSIVE_HINT);
  if (cacheWrite > input - cacheRead) {
    partTooLarge(
      'cacheWriteTokens',
      cacheWrite,
      'inputTokens minus cacheReadTokens',
      input - cacheRead,
      INCLUSIVE_HINT,
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
  if (audioCached > audioIn) {
    partTooLarge(
      'audioCacheReadTokens',
      audioCached,
      'audioInputTokens',
      audioIn,
      'audioInputTokens counts every audio input token, cache reads included.',
    );
  }
  if (imageCached > imageIn) {
    partTooLarge(
      'imageCacheReadTokens',
      imageCached,
      'imageInputTokens',
      imageIn,
      'imageInputTokens counts every image input token, cache reads included.',
    );
  }
  if (audioCached + imageCached > cacheRead) {
    partTooLarge(
      'audioCacheReadTokens + imageCacheReadTokens',
      audioCached + imageCached,
      'cacheReadTokens',
      cacheRead,
      'cacheReadTokens counts every cache read, audio and image ones included.',
    );
  }
  const uncachedText = input - cacheRead - cacheWrite - (audioIn - audioCached) - (imageIn - imageCached);
  if (uncachedText < 0) {
    partTooLarge(
      'audioInputTokens + imageInputTokens (uncached)',
      audioIn - audioCached + imageIn - imageCached,
      'inputTokens minus cache reads and writes',
      input - cacheRead - cacheWrite,
      INCLUSIVE_HINT,
    );
  }
  const textOutput = output - reasoning - audioOut - imageOut;
  if (textOutput < 0) {
    partTooLarge(
      reasoning > output ? 'reasoningTokens' : 'reasoningTokens + audioOutputTokens + imageOutputTokens',
      reasoning + audioOut + imageOut,
      'outputTokens',
      output,
      'outputTokens counts every generated token, reasoning, audio and images included (for Gemini usage, use fromGeminiUsage).',
    );
  }
  if (requests === 0 && (input > 0 || output > 0 || webSearches > 0)) {
    throw new InvalidUsageError(
      'Usage field "requests" is 0, but the record has tokens or searches; a record with usage covers at least one request (leave requests out for one).',
      { field: 'requests', value: 0 },
    );
  }
  const counts: number[] = into === undefined ? new Array<number>(12) : (into.counts as number[]);
  counts[0] = uncachedText;
  counts[1] = cacheRead - audioCached - imageCached;
  counts[2] = cacheWrite - cacheWrite1h;
  counts[3] = cacheWrite1h;
  counts[4] = audioIn - audioCached;
  counts[5] = audioCached;
  counts[6] = imageIn - imageCached;
  counts[7] = imageCached;
  counts[8] = textOutput;
  counts[9] = reasoning;
  counts[10] = audioOut;
  counts[11] = imageOut;
  if (into === undefined) return { counts, inputTokens: input, requests, webSearches, serviceTier };
  into.inputTokens = input;
  into.requests = requests;
  into.webSearches = webSearches;
  into.serviceTier = serviceTier;
  return into;
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

/** Every count of a usage record, as {@link addUsage} returns it. */
export type UsageTotals = { -readonly [K in keyof Omit<Usage, 'serviceTier'>]-?: number } & {
  serviceTier?: ServiceTierName;
};

/**
 * Adds usage records field by field (requests default to 1 per record), for aggregating a log. Records of
 * different service tiers are priced differently, so adding them is an error; a shared tier is kept.
 *
 * @example
 * ```ts
 * import { addUsage } from 'tokenomics';
 * addUsage({ inputTokens: 100, outputTokens: 10 }, { inputTokens: 50, outputTokens: 5, cacheReadTokens: 20 });
 * // { inputTokens: 150, outputTokens: 15, cacheReadTokens: 20, ..., requests: 2 }
 * ```
 */
export function addUsage(...records: readonly Usage[]): UsageTotals {
  const total = Object.fromEntries(COUNT_FIELDS.map((field) => [field, 0])) as unknown as UsageTotals;
  let tier: ServiceTierName | undefined;
  for (const [index, record] of records.entries()) {
    const leaves = usageLeaves(record);
    for (const field of COUNT_FIELDS) {
      total[field] += field === 'requests' ? leaves.requests : (record[field] ?? 0);
    }
    if (index > 0 && leaves.serviceTier !== tier) {
      throw new InvalidUsageError(
        `Record ${index} has service tier ${describeValue(leaves.serviceTier)} but the records before it have ${describeValue(tier)}; add records of one service tier at a time, since each is priced at its own rates.`,
        { field: 'serviceTier', value: leaves.serviceTier },
      );
    }
    tier = leaves.serviceTier;
  }
  for (const field of COUNT_FIELDS) {
    if (!Number.isSafeInteger(total[field])) {
      throw new InvalidUsageError(
        `The sum of "${field}" exceeds ${Number.MAX_SAFE_INTEGER}; split the log into smaller batches and add their costs instead.`,
        { field, value: total[field] },
      );
    }
  }
  if (tier !== undefined) total.serviceTier = tier;
  return total;
}
