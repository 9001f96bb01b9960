/**
 * The estimator: an exact cost breakdown of a usage record on a price card.
 *
 * @module
 */

import {
  InvalidArgumentError,
  isTokenomicsError,
  type TokenomicsError,
  UnpricedUsageError,
} from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { formatSafeUnits, formatUnits } from '../money/decimal.js';
import type { Money } from '../money/money.js';
import {
  type CompiledCard,
  type CompiledServiceTier,
  compiledCardOf,
  type RateVector,
  type Units,
} from './compile.js';
import type {
  CostBreakdown,
  CostPartName,
  EstimateCostOptions,
  PriceCard,
  ServiceTierName,
  Usage,
} from './types.js';
import { type UsageLeaves, usageLeaves } from './usage.js';

const TOKEN_LEAVES = [
  'uncachedInput',
  'cacheRead',
  'cacheWrite5m',
  'cacheWrite1h',
  'textOutput',
  'reasoning',
] as const;
type TokenLeaf = (typeof TOKEN_LEAVES)[number];

const LEAF_LABELS: { readonly [K in TokenLeaf]: string } = {
  uncachedInput: 'uncached input tokens',
  cacheRead: 'cache-read tokens',
  cacheWrite5m: '5-minute cache-write tokens',
  cacheWrite1h: '1-hour cache-write tokens',
  textOutput: 'output tokens',
  reasoning: 'reasoning tokens',
};

const TIER_NAMES = new Set<string>(['standard', 'batch', 'flex', 'priority']);

/** The service tier an options object asks for (default standard); unknown options are an error. */
function serviceTierOption(options: EstimateCostOptions | undefined): ServiceTierName {
  if (options === undefined) return 'standard';
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(
      `estimateCost options are ${describeValue(options)}; pass { serviceTier: 'batch' } or leave them out.`,
      { argument: 'options', value: options },
    );
  }
  for (const key in options) {
    if (key !== 'serviceTier') {
      throw new InvalidArgumentError(
        `estimateCost has no option ${describeValue(key)}; its only option is serviceTier ('standard', 'batch', 'flex' or 'priority'). Prices depend on it, so a misspelled option is not ignored.`,
        { argument: key, value: (options as Record<string, unknown>)[key] },
      );
    }
  }
  const name = options.serviceTier;
  if (name === undefined) return 'standard';
  if (typeof name !== 'string' || !TIER_NAMES.has(name)) {
    throw new InvalidArgumentError(
      `Service tier ${describeValue(name)} is not one of 'standard', 'batch', 'flex', 'priority'; pick one of them.`,
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

/** Throws for the first leaf the usage needs but the rates do not price. */
function unpriced(
  compiled: CompiledCard,
  rates: RateVector,
  leaves: UsageLeaves,
  serviceTier: ServiceTierName,
): never {
  for (const leaf of TOKEN_LEAVES) {
    if (leaves[leaf] > 0 && rates[leaf] === null) {
      missingRate(compiled, rates.fields[leaf], leaves[leaf], LEAF_LABELS[leaf], serviceTier);
    }
  }
  return missingRate(compiled, 'webSearchPerThousand', leaves.webSearches, 'web searches', serviceTier);
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

function moneyOf(units: bigint, compiled: CompiledCard): Money {
  return units === 0n
    ? compiled.zero
    : { amount: formatUnits(units, compiled.scale), currency: compiled.card.currency };
}

function moneyOfSafe(units: number, compiled: CompiledCard): Money {
  return units === 0
    ? compiled.zero
    : { amount: formatSafeUnits(units, compiled.scale), currency: compiled.card.currency };
}

/**
 * Prices a usage record on a card, exactly. Usage is inclusive (see {@link Usage}); each leaf is priced at
 * its rate: uncached input, cache reads, 5-minute and 1-hour cache writes, text output, reasoning (at the
 * output rate unless the card prices it apart), request fees and web searches. A long prompt moves the whole
 * request to the card's context tier (strictly above the threshold). Results are canonical decimal strings.
 *
 * The card is compiled to scaled integers once and cached, so a call is a few integer operations.
 *
 * @throws {@link InvalidUsageError} for a malformed usage record.
 * @throws {@link UnpricedUsageError} when the usage needs a rate or a service tier the card does not have.
 *
 * @example
 * ```ts
 * import { createPriceCard, estimateCost } from 'tokenomics';
 * const gpt4o = createPriceCard({
 *   id: 'gpt-4o', provider: 'openai',
 *   inputPerMillion: '2.50', cacheReadPerMillion: '1.25', outputPerMillion: '10',
 * });
 * const cost = estimateCost({ inputTokens: 120_000, cacheReadTokens: 50_000, outputTokens: 8_000 }, gpt4o);
 * cost.total;              // { amount: '0.3175', currency: 'USD' }
 * cost.parts.cacheRead;    // { amount: '0.0625', currency: 'USD' }
 * ```
 */
export function estimateCost(usage: Usage, card: PriceCard, options?: EstimateCostOptions): CostBreakdown {
  const compiled = compiledCardOf(card);
  const serviceTier = serviceTierOption(options);
  const tier = serviceTierOf(compiled, serviceTier);
  const leaves = usageLeaves(usage);
  const rates = ratesFor(compiled, tier, leaves, serviceTier);
  // Unrolled on purpose: this is the metering hot path.
  if (
    (leaves.uncachedInput > 0 && rates.uncachedInput === null) ||
    (leaves.cacheRead > 0 && rates.cacheRead === null) ||
    (leaves.cacheWrite5m > 0 && rates.cacheWrite5m === null) ||
    (leaves.cacheWrite1h > 0 && rates.cacheWrite1h === null) ||
    (leaves.textOutput > 0 && rates.textOutput === null) ||
    (leaves.reasoning > 0 && rates.reasoning === null) ||
    (leaves.webSearches > 0 && compiled.webSearchFee === null)
  ) {
    unpriced(compiled, rates, leaves, serviceTier);
  }
  return (
    fastBreakdown(compiled, rates, leaves, serviceTier) ??
    exactBreakdown(compiled, rates, leaves, serviceTier)
  );
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The number path: exact as long as every product and the sum stay safe integers; `undefined` otherwise. */
function fastBreakdown(
  compiled: CompiledCard,
  rates: RateVector,
  leaves: UsageLeaves,
  serviceTier: ServiceTierName,
): CostBreakdown | undefined {
  const uncachedInput = product(leaves.uncachedInput, rates.uncachedInput);
  const cacheRead = product(leaves.cacheRead, rates.cacheRead);
  const cacheWrite5m = product(leaves.cacheWrite5m, rates.cacheWrite5m);
  const cacheWrite1h = product(leaves.cacheWrite1h, rates.cacheWrite1h);
  const textOutput = product(leaves.textOutput, rates.textOutput);
  const reasoning = product(leaves.reasoning, rates.reasoning);
  const requests = product(leaves.requests, compiled.requestFee);
  const webSearches = product(leaves.webSearches, compiled.webSearchFee);
  const total =
    uncachedInput + cacheRead + cacheWrite5m + cacheWrite1h + textOutput + reasoning + requests + webSearches;
  // NaN (an unsafe rate) and any product or sum above 2^53 - 1 fail this test; below it, float sums are exact.
  if (!(total <= MAX_SAFE)) return undefined;
  return {
    total: moneyOfSafe(total, compiled),
    parts: {
      uncachedInput: moneyOfSafe(uncachedInput, compiled),
      cacheRead: moneyOfSafe(cacheRead, compiled),
      cacheWrite5m: moneyOfSafe(cacheWrite5m, compiled),
      cacheWrite1h: moneyOfSafe(cacheWrite1h, compiled),
      textOutput: moneyOfSafe(textOutput, compiled),
      reasoning: moneyOfSafe(reasoning, compiled),
      requests: moneyOfSafe(requests, compiled),
      webSearches: moneyOfSafe(webSearches, compiled),
    },
    currency: compiled.card.currency,
    tier: rates.threshold,
    serviceTier,
    cardId: compiled.card.id,
    provider: compiled.card.provider,
  };
}

/** `count * rate` as a number; 0 for a zero count (whatever the rate); > MAX_SAFE or NaN when not exact. */
function product(count: number, rate: Units | null): number {
  if (count === 0 || rate === null) return 0;
  const value = count * rate.num;
  return value <= MAX_SAFE ? value : Number.NaN;
}

function bigProduct(count: number, rate: Units | null): bigint {
  return count === 0 || rate === null ? 0n : BigInt(count) * rate.big;
}

/** The BigInt path, for amounts beyond 2^53 units. */
function exactBreakdown(
  compiled: CompiledCard,
  rates: RateVector,
  leaves: UsageLeaves,
  serviceTier: ServiceTierName,
): CostBreakdown {
  const parts: Record<CostPartName, bigint> = {
    uncachedInput: bigProduct(leaves.uncachedInput, rates.uncachedInput),
    cacheRead: bigProduct(leaves.cacheRead, rates.cacheRead),
    cacheWrite5m: bigProduct(leaves.cacheWrite5m, rates.cacheWrite5m),
    cacheWrite1h: bigProduct(leaves.cacheWrite1h, rates.cacheWrite1h),
    textOutput: bigProduct(leaves.textOutput, rates.textOutput),
    reasoning: bigProduct(leaves.reasoning, rates.reasoning),
    requests: bigProduct(leaves.requests, compiled.requestFee),
    webSearches: bigProduct(leaves.webSearches, compiled.webSearchFee),
  };
  let total = 0n;
  for (const value of Object.values(parts)) total += value;
  return {
    total: moneyOf(total, compiled),
    parts: {
      uncachedInput: moneyOf(parts.uncachedInput, compiled),
      cacheRead: moneyOf(parts.cacheRead, compiled),
      cacheWrite5m: moneyOf(parts.cacheWrite5m, compiled),
      cacheWrite1h: moneyOf(parts.cacheWrite1h, compiled),
      textOutput: moneyOf(parts.textOutput, compiled),
      reasoning: moneyOf(parts.reasoning, compiled),
      requests: moneyOf(parts.requests, compiled),
      webSearches: moneyOf(parts.webSearches, compiled),
    },
    currency: compiled.card.currency,
    tier: rates.threshold,
    serviceTier,
    cardId: compiled.card.id,
    provider: compiled.card.provider,
  };
}

/** The result of {@link safeEstimateCost}. */
export type SafeEstimateResult =
  | { readonly ok: true; readonly value: CostBreakdown }
  | { readonly ok: false; readonly error: TokenomicsError };

/**
 * Like {@link estimateCost}, but returns `{ ok: false, error }` instead of throwing a tokenomics error
 * (anything else, a bug, still throws).
 *
 * @example
 * ```ts
 * import { safeEstimateCost } from 'tokenomics';
 * const result = safeEstimateCost({ inputTokens: 1000, outputTokens: 50, cacheWriteTokens: 800 }, gpt4o);
 * if (!result.ok) console.warn(result.error.code, result.error.message); // 'UNPRICED_USAGE'
 * ```
 */
export function safeEstimateCost(
  usage: Usage,
  card: PriceCard,
  options?: EstimateCostOptions,
): SafeEstimateResult {
  try {
    return { ok: true, value: estimateCost(usage, card, options) };
  } catch (error) {
    if (isTokenomicsError(error)) return { ok: false, error };
    throw error;
  }
}
