/**
 * Rows for a pricing page's table: each card's rates per 1M or 1K tokens, with its long-context tiers and
 * its batch rates resolved, exact. No validator and no lookup machinery, so a page bundles little.
 *
 * @module
 */

import type { ContextTier, PriceCard, ServiceTierPricing, TokenRates } from '../cards/types.js';
import { InvalidArgumentError } from '../errors.js';
import { isRecord, own, requireOptions } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import { multiplyScaled, parseDecimal, type ScaledDecimal, toCanonical } from '../money/decimal.js';
import { type PriceTable, resolved } from '../tables/core.js';
import { list, type Query, readQuery } from '../tables/find.js';
import type { Instant } from '../tables/time.js';

/** The unit rates are shown per: 1M tokens (as cards hold them) or 1K tokens. */
export type RateUnit = '1M' | '1K';

/** The rates of one row, per `per` tokens, as exact decimal strings in the card's currency. */
export interface PriceRowRates {
  readonly input?: string;
  /** Input read from a prompt cache. */
  readonly cachedInput?: string;
  /** Input written to a prompt cache (the default, 5-minute lifetime). */
  readonly cacheWrite?: string;
  readonly output?: string;
  /** Reasoning tokens, when priced apart from output. */
  readonly reasoning?: string;
}

/** One row of a price table: a model's rates, tiers and batch rates. */
export interface PriceRow extends PriceRowRates {
  readonly id: string;
  readonly provider: string;
  /** The card's display name, else its id. */
  readonly name: string;
  readonly currency: string;
  readonly per: RateUnit;
  /** Rates that apply when a prompt is longer than `abovePromptTokens` (the whole request moves). */
  readonly contextTiers: readonly (PriceRowRates & { readonly abovePromptTokens: number })[];
  /** Batch rates (discount applied) where the card offers batch processing. */
  readonly batch?: PriceRowRates;
  /** A fee per request, when the provider charges one (per request, not per `per` tokens). */
  readonly requestFee?: string;
  /** The card itself, for anything else the page shows. */
  readonly card: PriceCard;
}

/** Options of {@link toPriceRows}. */
export interface PriceRowsOptions {
  /** Only this provider's cards. */
  readonly provider?: string;
  /** The prices in force at this instant. Default: now. */
  readonly at?: Instant;
  /** Show rates per 1M tokens (default, as cards hold them) or per 1K. */
  readonly per?: RateUnit;
}

const FIELDS: readonly [keyof PriceRowRates, keyof TokenRates][] = [
  ['input', 'inputPerMillion'],
  ['cachedInput', 'cacheReadPerMillion'],
  ['cacheWrite', 'cacheWritePerMillion'],
  ['output', 'outputPerMillion'],
  ['reasoning', 'reasoningPerMillion'],
];

/**
 * The rows of a pricing table: every card of a table (or of one provider) in force at an instant, with
 * its rates per 1M or 1K tokens, its long-context tiers and its batch rates, as exact decimal strings.
 * The table must be one the library built (`tokenomics/data/<provider>`, `createPriceTable`).
 *
 * @example
 * ```ts
 * import { toPriceRows } from 'tokenomics';
 * import { openai } from 'tokenomics/data/openai';
 * const rows = toPriceRows(openai, { per: '1K' });
 * const gpt4o = rows.find((row) => row.id === 'gpt-4o');
 * gpt4o?.input;        // '0.0025' (per 1K tokens)
 * gpt4o?.batch?.input; // '0.00125'
 * ```
 */
export function toPriceRows(table: PriceTable, options?: PriceRowsOptions): PriceRow[] {
  const known = isRecord(table) ? resolved.get(table) : undefined;
  if (known === undefined) {
    throw new InvalidArgumentError(
      `${describeValue(table)} is not a price table the library built; pass one from tokenomics/data or createPriceTable.`,
      { argument: 'table', value: table },
    );
  }
  const checked = requireOptions(options, ['provider', 'at', 'per'], 'toPriceRows');
  const per = own(checked, 'per') ?? '1M';
  if (per !== '1M' && per !== '1K') {
    throw new InvalidArgumentError(`per is ${describeValue(per)}; use '1M' or '1K'.`, {
      argument: 'per',
      value: per,
    });
  }
  const { provider, at } = checked as PriceRowsOptions;
  const query = readQuery(
    { ...(provider === undefined ? {} : { provider }), ...(at === undefined ? {} : { at }) },
    'toPriceRows',
    'now',
  ) as Query;
  const shift = per === '1K' ? 3 : 0;
  return list(known, query.provider, query.instant).map((card) => row(card, per, shift));
}

function row(card: PriceCard, per: RateUnit, shift: number): PriceRow {
  const batch = card.serviceTiers?.batch;
  return {
    id: card.id,
    provider: card.provider,
    name: card.name ?? card.id,
    currency: card.currency,
    per,
    ...rates(card, undefined, shift),
    contextTiers: (card.tiers ?? []).map((tier) => ({
      abovePromptTokens: tier.abovePromptTokens,
      ...rates(card, tier, shift),
    })),
    ...(batch === undefined ? {} : { batch: batchRates(card, batch, shift) }),
    ...(card.requestFee === undefined ? {} : { requestFee: card.requestFee }),
    card,
  };
}

/** The rates of the base card or of a context tier (a tier inherits the rates it does not set). */
function rates(card: TokenRates, tier: ContextTier | undefined, shift: number, multiplier?: ScaledDecimal) {
  const out: { -readonly [K in keyof PriceRowRates]?: string } = {};
  for (const [name, field] of FIELDS) {
    const value = tier?.[field] ?? card[field];
    if (value !== undefined) out[name] = scaled(value, shift, multiplier);
  }
  return out;
}

function batchRates(card: PriceCard, batch: ServiceTierPricing, shift: number): PriceRowRates {
  if ('multiplier' in batch) return rates(card, undefined, shift, parseDecimal(batch.multiplier));
  // Explicit batch rates inherit the base rates they do not name.
  return rates({ ...card, ...batch }, undefined, shift);
}

/** A rate per 1M as a rate per `10^shift` fewer tokens, times a multiplier: exact. */
function scaled(rate: string, shift: number, multiplier?: ScaledDecimal): string {
  const value = parseDecimal(rate) as ScaledDecimal;
  const product = multiplier === undefined ? value : multiplyScaled(value, multiplier);
  return toCanonical({ units: product.units, scale: product.scale + shift });
}
