/**
 * Compiles a price card once into exact scaled integers, so that pricing a usage record is a handful of
 * integer multiplications with no parsing, no validation of the card and no decimal library.
 *
 * Every amount of a compiled card is an integer number of *units*, one unit being `10^-scale` of the card's
 * currency. Token rates are units per token; fees are units per request or per search.
 *
 * @module
 */

import { parseDecimal, pow10, type ScaledDecimal } from '../money/decimal.js';
import type { Money } from '../money/money.js';
import { isCreatedCard } from './registry.js';
import type {
  ContextTier,
  PriceCard,
  ServiceTierName,
  ServiceTierPricing,
  TokenRateField,
  TokenRates,
} from './types.js';
import { TOKEN_RATE_FIELDS } from './types.js';
import { TOKEN_LEAVES, type TokenLeaf } from './usage.js';

/** A rate in units: exact as a BigInt, and as a number when it is a safe integer (else `NaN`). */
export interface Units {
  readonly big: bigint;
  readonly num: number;
}

/** The card field that prices each token leaf (reasoning falls back to output, see {@link vector}). */
const LEAF_FIELDS: { readonly [K in TokenLeaf]: TokenRateField } = {
  uncachedInput: 'inputPerMillion',
  cacheRead: 'cacheReadPerMillion',
  cacheWrite5m: 'cacheWritePerMillion',
  cacheWrite1h: 'cacheWrite1hPerMillion',
  audioInput: 'audioInputPerMillion',
  audioCacheRead: 'audioCacheReadPerMillion',
  imageInput: 'imageInputPerMillion',
  imageCacheRead: 'imageCacheReadPerMillion',
  textOutput: 'outputPerMillion',
  reasoning: 'reasoningPerMillion',
  audioOutput: 'audioOutputPerMillion',
  imageOutput: 'imageOutputPerMillion',
};

/** The rates a priced request needs, resolved (inheritance applied); `null` is an unknown rate. */
export interface RateVector {
  /** Units per token for each leaf, in `TOKEN_LEAVES` order. */
  readonly rates: readonly (Units | null)[];
  /** Which card field each rate came from, for messages. */
  readonly fields: readonly TokenRateField[];
  /** `abovePromptTokens` of the context tier these rates belong to, `null` for the base rates. */
  readonly threshold: number | null;
}

/** One service tier of a compiled card. */
export interface CompiledServiceTier {
  readonly base: RateVector;
  /** Context tiers, highest threshold first. */
  readonly tiers: readonly { readonly above: number; readonly rates: RateVector }[];
  /** Prompts above this many tokens have no rates in this service tier (explicit rates without own tiers). */
  readonly unpricedAbove: number | null;
  /** The lowest threshold at which the rates change (or become unknown); `Infinity` when none. */
  readonly firstThreshold: number;
}

/** A card compiled for the estimator. */
export interface CompiledCard {
  readonly card: PriceCard;
  /** Decimal places of a unit. */
  readonly scale: number;
  readonly serviceTiers: { readonly [K in ServiceTierName]?: CompiledServiceTier };
  readonly requestFee: Units | null;
  readonly webSearchFee: Units | null;
  /** A shared zero amount in the card's currency. */
  readonly zero: Money;
}

const compiledCards = new WeakMap<PriceCard, CompiledCard>();

/**
 * The compiled form of a card the library made (`createPriceCard`, a built-in table), cached per card;
 * `undefined` for any other object, which the caller validates first (see `compiledCardOf` in estimate.ts).
 */
export function compiledMadeCard(card: PriceCard): CompiledCard | undefined {
  const cached = compiledCards.get(card);
  if (cached !== undefined) return cached;
  if (!isCreatedCard(card)) return undefined;
  const compiled = compileCard(card);
  compiledCards.set(card, compiled);
  return compiled;
}

type DecimalRates = { [K in TokenRateField]?: ScaledDecimal };

function decimalRates(rates: TokenRates): DecimalRates {
  const out: DecimalRates = {};
  for (const field of TOKEN_RATE_FIELDS) {
    const value = rates[field];
    if (value !== undefined) out[field] = parseDecimal(value) as ScaledDecimal;
  }
  return out;
}

function scaleRates(rates: DecimalRates, multiplier: ScaledDecimal): DecimalRates {
  const out: DecimalRates = {};
  for (const field of TOKEN_RATE_FIELDS) {
    const value = rates[field];
    if (value !== undefined) {
      out[field] = { units: value.units * multiplier.units, scale: value.scale + multiplier.scale };
    }
  }
  return out;
}

interface DecimalServiceTier {
  base: DecimalRates;
  tiers: { above: number; rates: DecimalRates }[];
  unpricedAbove: number | null;
}

function resolveTiers(base: DecimalRates, tiers: readonly ContextTier[] | undefined) {
  return (tiers ?? []).map((tier) => ({
    above: tier.abovePromptTokens,
    rates: { ...base, ...decimalRates(tier) },
  }));
}

function decimalServiceTier(card: PriceCard, pricing: ServiceTierPricing | undefined): DecimalServiceTier {
  const cardBase = decimalRates(card);
  const standard: DecimalServiceTier = {
    base: cardBase,
    tiers: resolveTiers(cardBase, card.tiers),
    unpricedAbove: null,
  };
  if (pricing === undefined) return standard;
  if ('multiplier' in pricing) {
    const multiplier = parseDecimal(pricing.multiplier) as ScaledDecimal;
    return {
      base: scaleRates(standard.base, multiplier),
      tiers: standard.tiers.map((tier) => ({ above: tier.above, rates: scaleRates(tier.rates, multiplier) })),
      unpricedAbove: null,
    };
  }
  const base = { ...cardBase, ...decimalRates(pricing) };
  const cardFirstTier = card.tiers?.[0]?.abovePromptTokens;
  return {
    base,
    tiers: resolveTiers(base, pricing.tiers),
    unpricedAbove: pricing.tiers === undefined && cardFirstTier !== undefined ? cardFirstTier : null,
  };
}

function toUnits(value: ScaledDecimal, targetScale: number): Units {
  const big = value.units * pow10(targetScale - value.scale);
  const num = Number(big);
  return { big, num: Number.isSafeInteger(num) ? num : Number.NaN };
}

/** The per-leaf rates of one set of card rates; reasoning without its own rate is priced as output. */
function vector(rates: DecimalRates, rateScale: number, threshold: number | null): RateVector {
  const fields = TOKEN_LEAVES.map((leaf) =>
    leaf === 'reasoning' && rates.reasoningPerMillion === undefined ? 'outputPerMillion' : LEAF_FIELDS[leaf],
  );
  return {
    rates: fields.map((field) => {
      const value = rates[field];
      return value === undefined ? null : toUnits(value, rateScale);
    }),
    fields,
    threshold,
  };
}

/** Compiles a validated card. */
export function compileCard(card: PriceCard): CompiledCard {
  const names: ServiceTierName[] = ['standard'];
  for (const name of ['batch', 'flex', 'priority', 'fast'] as const) {
    if (card.serviceTiers?.[name] !== undefined) names.push(name);
  }
  const decimalTiers = names.map(
    (name) =>
      [name, decimalServiceTier(card, name === 'standard' ? undefined : card.serviceTiers?.[name])] as const,
  );
  const requestFee =
    card.requestFee === undefined ? undefined : (parseDecimal(card.requestFee) as ScaledDecimal);
  const webSearch =
    card.webSearchPerThousand === undefined
      ? undefined
      : (parseDecimal(card.webSearchPerThousand) as ScaledDecimal);

  // Per-1M rates with d decimals are per-token rates with d + 6 decimals; fees need their own digits.
  let rateDecimals = 0;
  for (const [, tier] of decimalTiers) {
    for (const rates of [tier.base, ...tier.tiers.map((t) => t.rates)]) {
      for (const value of Object.values(rates)) rateDecimals = Math.max(rateDecimals, value.scale);
    }
  }
  let scale = rateDecimals + 6;
  if (requestFee !== undefined) scale = Math.max(scale, requestFee.scale);
  if (webSearch !== undefined) scale = Math.max(scale, webSearch.scale + 3);
  const rateScale = scale - 6; // units per token = per-1M rate * 10^(scale - 6)

  const serviceTiers: { [K in ServiceTierName]?: CompiledServiceTier } = {};
  for (const [name, tier] of decimalTiers) {
    const tiers = tier.tiers
      .map((t) => ({ above: t.above, rates: vector(t.rates, rateScale, t.above) }))
      .sort((a, b) => b.above - a.above);
    const thresholds = tiers.map((t) => t.above);
    if (tier.unpricedAbove !== null) thresholds.push(tier.unpricedAbove);
    serviceTiers[name] = {
      base: vector(tier.base, rateScale, null),
      tiers,
      unpricedAbove: tier.unpricedAbove,
      firstThreshold: thresholds.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...thresholds),
    };
  }
  return {
    card,
    scale,
    serviceTiers,
    requestFee: requestFee === undefined ? null : toUnits(requestFee, scale),
    webSearchFee: webSearch === undefined ? null : toUnits(webSearch, scale - 3),
    zero: Object.freeze({ amount: '0', currency: card.currency }),
  };
}
