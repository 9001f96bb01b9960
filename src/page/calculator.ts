/**
 * A pricing page's calculator: a month's volumes priced on every model of a table, cheapest first, exact.
 *
 * @module
 */

import { compiledMadeCard } from '../cards/compile.js';
import { costOf } from '../cards/pricing.js';
import type { EstimateCostOptions, PriceCard, Usage } from '../cards/types.js';
import { InvalidArgumentError, isTokenomicsError } from '../errors.js';
import { isRecord, own, requireOptions } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import { compareScaled, parseDecimal, type ScaledDecimal } from '../money/decimal.js';
import type { Money } from '../money/money.js';
import { type PriceTable, resolved } from '../tables/core.js';
import { list, type Query, readQuery } from '../tables/find.js';
import type { Instant } from '../tables/time.js';

/** One model's cost for the month. */
export interface MonthlyCost {
  readonly id: string;
  readonly provider: string;
  /** The card's display name, else its id. */
  readonly name: string;
  /** The month's cost, exact. */
  readonly monthly: Money;
  readonly card: PriceCard;
}

/** A model the month's volumes cannot be priced on (a rate it lacks), and why. */
export interface MonthlyUnpriced {
  readonly id: string;
  readonly provider: string;
  readonly name: string;
  /** The error code (`UNPRICED_USAGE`...). */
  readonly code: string;
  readonly message: string;
}

/** What {@link compareMonthlyCost} returns. */
export interface MonthlyComparison {
  /** Priced models, cheapest first (grouped by currency when cards differ in it). */
  readonly ranked: readonly MonthlyCost[];
  /** Models that cannot price these volumes: listed, never counted as free. */
  readonly unpriced: readonly MonthlyUnpriced[];
}

/** Options of {@link compareMonthlyCost}. */
export interface MonthlyCostOptions {
  /** Only this provider's cards (with a table). */
  readonly provider?: string;
  /** The prices in force at this instant (with a table). Default: now. */
  readonly at?: Instant;
  /** The service tier to price at (`'batch'`...). Default: standard. */
  readonly serviceTier?: EstimateCostOptions['serviceTier'];
}

/**
 * Prices a month's volumes (a usage record of the month's totals: `inputTokens` inclusive of cached ones,
 * `outputTokens`, `cacheReadTokens`, `requests`...) on every card of a table in force at `at` (or on the
 * given cards), and ranks them cheapest first. Cards that lack a rate the volumes need are listed apart,
 * with the reason. Cards must come from the library (a table, `createPriceCard`).
 *
 * @example
 * ```ts
 * import { compareMonthlyCost } from 'tokenomics';
 * import { openai } from 'tokenomics/data/openai';
 * const month = { inputTokens: 300_000_000, cacheReadTokens: 100_000_000, outputTokens: 20_000_000 };
 * const { ranked } = compareMonthlyCost(openai, month);
 * ranked[0].id; ranked[0].monthly; // the cheapest model for this month, e.g. { amount: '...', currency: 'USD' }
 * ```
 */
export function compareMonthlyCost(
  cards: PriceTable | readonly PriceCard[],
  volumes: Usage,
  options?: MonthlyCostOptions,
): MonthlyComparison {
  const checked = requireOptions(options, ['provider', 'at', 'serviceTier'], 'compareMonthlyCost');
  const serviceTier = own(checked, 'serviceTier');
  let selected: readonly PriceCard[];
  if (Array.isArray(cards)) {
    if (own(checked, 'provider') !== undefined || own(checked, 'at') !== undefined) {
      throw new InvalidArgumentError(
        'provider and at select cards from a table; with a list of cards, pass the cards you want.',
        { argument: 'options', value: options },
      );
    }
    selected = cards;
  } else {
    const known = isRecord(cards) ? resolved.get(cards as PriceTable) : undefined;
    if (known === undefined) {
      throw new InvalidArgumentError(
        `${describeValue(cards)} is not a price table the library built or a list of cards; pass one from tokenomics/data or createPriceTable.`,
        { argument: 'cards', value: cards },
      );
    }
    const { provider, at } = checked as MonthlyCostOptions;
    const query = readQuery(
      { ...(provider === undefined ? {} : { provider }), ...(at === undefined ? {} : { at }) },
      'compareMonthlyCost',
      'now',
    ) as Query;
    selected = list(known, query.provider, query.instant);
  }
  const estimateOptions = serviceTier === undefined ? undefined : { serviceTier };
  const ranked: (MonthlyCost & { value: ScaledDecimal })[] = [];
  const unpriced: MonthlyUnpriced[] = [];
  selected.forEach((card, index) => {
    const compiled = compiledMadeCard(card);
    if (compiled === undefined) {
      throw new InvalidArgumentError(
        `cards[${index}] (${describeValue(isRecord(card) ? own(card, 'id') : card)}) was not made by the library; create it with createPriceCard.`,
        { argument: `cards[${index}]`, value: card },
      );
    }
    const name = card.name ?? card.id;
    try {
      const monthly = costOf(compiled, volumes, estimateOptions as EstimateCostOptions | undefined).total;
      ranked.push({
        id: card.id,
        provider: card.provider,
        name,
        monthly,
        card,
        value: parseDecimal(monthly.amount) as ScaledDecimal,
      });
    } catch (error) {
      // A malformed usage record is the caller's error, whatever the card.
      if (!isTokenomicsError(error) || error.code === 'INVALID_USAGE' || error.code === 'INVALID_ARGUMENT')
        throw error;
      unpriced.push({ id: card.id, provider: card.provider, name, code: error.code, message: error.message });
    }
  });
  ranked.sort(
    (a, b) =>
      (a.monthly.currency < b.monthly.currency ? -1 : a.monthly.currency > b.monthly.currency ? 1 : 0) ||
      compareScaled(a.value, b.value),
  );
  return {
    ranked: ranked.map(({ value: _value, ...cost }) => cost),
    unpriced,
  };
}
