/**
 * The estimator's core: an exact cost breakdown of a usage record on a compiled card. The public
 * functions (estimate.ts, and the page entry's) compile the card first.
 *
 * @module
 */

import { InvalidArgumentError, UnpricedUsageError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { formatSafeUnits, formatUnits } from '../money/decimal.js';
import type { Money } from '../money/money.js';
import type { CompiledCard, CompiledServiceTier, RateVector } from './compile.js';
import type { CostBreakdown, EstimateCostOptions, ServiceTierName, Usage } from './types.js';
import { TOKEN_LEAVES, type TokenLeaf, type UsageLeaves, usageLeaves } from './usage.js';

const LEAF_LABELS: { readonly [K in TokenLeaf]: string } = {
  uncachedInput: 'uncached input tokens',
  cacheRead: 'cache-read tokens',
  cacheWrite5m: '5-minute cache-write tokens',
  cacheWrite1h: '1-hour cache-write tokens',
  audioInput: 'audio input tokens',
  audioCacheRead: 'cached audio input tokens',
  imageInput: 'image input tokens',
  imageCacheRead: 'cached image input tokens',
  textOutput: 'output tokens',
  reasoning: 'reasoning tokens',
  audioOutput: 'audio output tokens',
  imageOutput: 'image output tokens',
};
const LEAF_COUNT = TOKEN_LEAVES.length;
const TIER_NAMES = new Set<string>(['standard', 'batch', 'flex', 'priority', 'fast']);

/**
 * The service tier to price at: the option, else the usage record's own, else standard. Unknown options
 * and an option that contradicts the record are errors.
 */
export function serviceTierFor(
  options: EstimateCostOptions | undefined,
  fromUsage: ServiceTierName | undefined,
): ServiceTierName {
  if (options === undefined) return fromUsage ?? 'standard';
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(
      `estimateCost options are ${describeValue(options)}; pass { serviceTier: 'batch' } or leave them out.`,
      { argument: 'options', value: options },
    );
  }
  for (const key in options) {
    if (key !== 'serviceTier') {
      throw new InvalidArgumentError(
        `estimateCost has no option ${describeValue(key)}; its only option is serviceTier ('standard', 'batch', 'flex', 'priority' or 'fast'). Prices depend on it, so a misspelled option is not ignored.`,
        { argument: key, value: (options as Record<string, unknown>)[key] },
      );
    }
  }
  const name = options.serviceTier;
  if (name === undefined) return fromUsage ?? 'standard';
  if (typeof name !== 'string' || !TIER_NAMES.has(name)) {
    throw new InvalidArgumentError(
      `Service tier ${describeValue(name)} is not one of 'standard', 'batch', 'flex', 'priority', 'fast'; pick one of them.`,
      { argument: 'serviceTier', value: name },
    );
  }
  if (fromUsage !== undefined && fromUsage !== name) {
    throw new InvalidArgumentError(
      `The usage record says it ran at the ${fromUsage} service tier, but the ${name} tier was asked for; leave the option out, or correct the record.`,
      { argument: 'serviceTier', value: name },
    );
  }
  return name as ServiceTierName;
}

function serviceTierOf(compiled: CompiledCard, name: ServiceTierName): CompiledServiceTier {
  const tier = compiled.serviceTiers[name];
  if (tier !== undefined) return tier;
  const offered = Object.keys(compiled.serviceTiers).join(', ');
  throw new UnpricedUsageError(
    `Card "${compiled.card.id}" (${compiled.card.provider}) has no ${name} service tier; it offers ${offered}. Price at one of those or add serviceTiers.${name} to the card.`,
    {
      cardId: compiled.card.id,
      provider: compiled.card.provider,
      reason: 'no-service-tier',
      serviceTier: name,
    },
  );
}

/** The rates that price this request: the service tier's, moved to a context tier by the prompt length. */
function ratesFor(
  compiled: CompiledCard,
  tier: CompiledServiceTier,
  leaves: UsageLeaves,
  serviceTier: ServiceTierName,
): RateVector {
  const prompt = leaves.inputTokens;
  if (prompt <= tier.firstThreshold) return tier.base;
  const card = compiled.card;
  if (leaves.requests !== 1) {
    throw new UnpricedUsageError(
      `Card "${card.id}" prices each request by its prompt length above ${tier.firstThreshold} tokens, but this usage aggregates ${leaves.requests} requests with ${prompt} prompt tokens in all; price each request on its own (requests: 1).`,
      {
        cardId: card.id,
        provider: card.provider,
        reason: 'aggregated-long-context',
        serviceTier,
        count: leaves.requests,
      },
    );
  }
  if (tier.unpricedAbove !== null && prompt > tier.unpricedAbove) {
    throw new UnpricedUsageError(
      `Card "${card.id}" has no ${serviceTier} rates for prompts above ${tier.unpricedAbove} tokens (this prompt has ${prompt}); add tiers to serviceTiers.${serviceTier} or price at the standard tier.`,
      {
        cardId: card.id,
        provider: card.provider,
        reason: 'no-long-context-rate',
        serviceTier,
        count: prompt,
      },
    );
  }
  for (const candidate of tier.tiers) {
    if (prompt > candidate.above) return candidate.rates;
  }
  return tier.base;
}

function missingRate(
  compiled: CompiledCard,
  field: string,
  count: number,
  label: string,
  serviceTier: ServiceTierName,
): never {
  const card = compiled.card;
  const where = serviceTier === 'standard' ? '' : ` at the ${serviceTier} tier`;
  throw new UnpricedUsageError(
    `Card "${card.id}" (${card.provider}) has no ${field} rate${where}, but the usage has ${count} ${label}; add the rate to the card (unknown is not zero) or remove them from the usage.`,
    { cardId: card.id, provider: card.provider, reason: 'missing-rate', field, count, serviceTier },
  );
}

/** What pricing a record resolved: the leaves, the rates, and the service tier. */
export interface Priced {
  readonly compiled: CompiledCard;
  readonly leaves: UsageLeaves;
  readonly rates: RateVector;
  readonly serviceTier: ServiceTierName;
}

/**
 * Validates a record against a compiled card and resolves its rates, or throws: the usage's leaves, the
 * rates that apply (service tier, then context tier), and an error for the first leaf without a rate.
 */
export function resolvePricing(
  compiled: CompiledCard,
  usage: Usage,
  options: EstimateCostOptions | undefined,
): Priced {
  return pricingOfLeaves(compiled, usageLeaves(usage), options);
}

/** {@link resolvePricing} for leaves already split (the log aggregator reads counts itself). */
export function pricingOfLeaves(
  compiled: CompiledCard,
  leaves: UsageLeaves,
  options: EstimateCostOptions | undefined,
  into?: { -readonly [K in keyof Priced]: Priced[K] },
): Priced {
  const serviceTier = serviceTierFor(options, leaves.serviceTier);
  const rates = ratesFor(compiled, serviceTierOf(compiled, serviceTier), leaves, serviceTier);
  const counts = leaves.counts;
  for (let i = 0; i < LEAF_COUNT; i++) {
    if (rates.rates[i] === null && (counts[i] as number) > 0) {
      missingRate(
        compiled,
        rates.fields[i] as string,
        counts[i] as number,
        LEAF_LABELS[TOKEN_LEAVES[i] as TokenLeaf],
        serviceTier,
      );
    }
  }
  if (leaves.webSearches > 0 && compiled.webSearchFee === null) {
    missingRate(compiled, 'webSearchPerThousand', leaves.webSearches, 'web searches', serviceTier);
  }
  if (into === undefined) return { compiled, leaves, rates, serviceTier };
  into.compiled = compiled;
  into.leaves = leaves;
  into.rates = rates;
  into.serviceTier = serviceTier;
  return into;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * The cost of each part in units of the card's scale (token leaves, then requests, then web searches), as
 * safe-integer numbers when every product and the sum fit (`sum` then holds the total), else `undefined`.
 */
export function numberParts(priced: Priced, into: number[]): number | undefined {
  const { compiled, leaves, rates } = priced;
  const counts = leaves.counts;
  let sum = 0;
  for (let i = 0; i < LEAF_COUNT; i++) {
    const count = counts[i] as number;
    const rate = rates.rates[i];
    const value = count === 0 || rate == null ? 0 : count * rate.num;
    into[i] = value;
    sum += value;
  }
  const requestFee = compiled.requestFee;
  const requests = leaves.requests === 0 || requestFee === null ? 0 : leaves.requests * requestFee.num;
  const searchFee = compiled.webSearchFee;
  const searches = leaves.webSearches === 0 || searchFee === null ? 0 : leaves.webSearches * searchFee.num;
  into[LEAF_COUNT] = requests;
  into[LEAF_COUNT + 1] = searches;
  sum += requests + searches;
  // NaN (an unsafe rate) and any product or sum above 2^53 - 1 fail this test; below it, float sums are exact.
  return sum <= MAX_SAFE ? sum : undefined;
}

/** The same parts as BigInts: exact whatever their size. */
export function bigParts(priced: Priced): bigint[] {
  const { compiled, leaves, rates } = priced;
  const parts = leaves.counts.map((count, i) => {
    const rate = rates.rates[i];
    return count === 0 || rate == null ? 0n : BigInt(count) * rate.big;
  });
  const requestFee = compiled.requestFee;
  const searchFee = compiled.webSearchFee;
  parts.push(leaves.requests === 0 || requestFee === null ? 0n : BigInt(leaves.requests) * requestFee.big);
  parts.push(
    leaves.webSearches === 0 || searchFee === null ? 0n : BigInt(leaves.webSearches) * searchFee.big,
  );
  return parts;
}

/** A safe-integer amount of units as money (the shared zero for 0). */
function moneyOfSafe(units: number, compiled: CompiledCard): Money {
  return units === 0
    ? compiled.zero
    : { amount: formatSafeUnits(units, compiled.scale), currency: compiled.card.currency };
}

/** A BigInt amount of units as money. */
function moneyOfBig(units: bigint, compiled: CompiledCard): Money {
  return units === 0n
    ? compiled.zero
    : { amount: formatUnits(units, compiled.scale), currency: compiled.card.currency };
}

/** The breakdown record, written as a literal so every result has the same shape (a fast object). */
function breakdown(priced: Priced, total: Money, m: (i: number) => Money): CostBreakdown {
  const card = priced.compiled.card;
  return {
    total,
    parts: {
      uncachedInput: m(0),
      cacheRead: m(1),
      cacheWrite5m: m(2),
      cacheWrite1h: m(3),
      audioInput: m(4),
      audioCacheRead: m(5),
      imageInput: m(6),
      imageCacheRead: m(7),
      textOutput: m(8),
      reasoning: m(9),
      audioOutput: m(10),
      imageOutput: m(11),
      requests: m(12),
      webSearches: m(13),
    },
    currency: card.currency,
    tier: priced.rates.threshold,
    serviceTier: priced.serviceTier,
    cardId: card.id,
    provider: card.provider,
  };
}

/** Scratch space for the number path (the library is synchronous: one call uses it at a time). */
const scratch: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

/** {@link estimateCost} on a compiled card. */
export function costOf(compiled: CompiledCard, usage: Usage, options?: EstimateCostOptions): CostBreakdown {
  const priced = resolvePricing(compiled, usage, options);
  const sum = numberParts(priced, scratch);
  if (sum !== undefined) {
    // Unrolled on purpose: this is the metering hot path (a closure per part costs a fifth of the call).
    const n = scratch as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const c = compiled;
    return {
      total: moneyOfSafe(sum, c),
      parts: {
        uncachedInput: moneyOfSafe(n[0], c),
        cacheRead: moneyOfSafe(n[1], c),
        cacheWrite5m: moneyOfSafe(n[2], c),
        cacheWrite1h: moneyOfSafe(n[3], c),
        audioInput: moneyOfSafe(n[4], c),
        audioCacheRead: moneyOfSafe(n[5], c),
        imageInput: moneyOfSafe(n[6], c),
        imageCacheRead: moneyOfSafe(n[7], c),
        textOutput: moneyOfSafe(n[8], c),
        reasoning: moneyOfSafe(n[9], c),
        audioOutput: moneyOfSafe(n[10], c),
        imageOutput: moneyOfSafe(n[11], c),
        requests: moneyOfSafe(n[12], c),
        webSearches: moneyOfSafe(n[13], c),
      },
      currency: c.card.currency,
      tier: priced.rates.threshold,
      serviceTier: priced.serviceTier,
      cardId: c.card.id,
      provider: c.card.provider,
    };
  }
  const parts = bigParts(priced);
  let total = 0n;
  for (const part of parts) total += part;
  return breakdown(priced, moneyOfBig(total, compiled), (i) => moneyOfBig(parts[i] as bigint, compiled));
}

/** `estimateTotal` on a compiled card. */
export function totalOf(compiled: CompiledCard, usage: Usage, options?: EstimateCostOptions): Money {
  const priced = resolvePricing(compiled, usage, options);
  const sum = numberParts(priced, scratch);
  if (sum !== undefined) return moneyOfSafe(sum, compiled);
  let total = 0n;
  for (const part of bigParts(priced)) total += part;
  return moneyOfBig(total, compiled);
}
