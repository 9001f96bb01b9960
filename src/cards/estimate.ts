/**
 * The estimator: an exact cost breakdown of a usage record on a price card.
 *
 * @module
 */

import { isTokenomicsError, type TokenomicsError } from '../errors.js';
import type { Money } from '../money/money.js';
import { createPriceCard } from './card.js';
import { type CompiledCard, compileCard, compiledMadeCard } from './compile.js';
import { costOf, totalOf } from './pricing.js';
import type { CostBreakdown, EstimateCostOptions, PriceCard, Usage } from './types.js';

export { bigParts, numberParts, type Priced, pricingOfLeaves } from './pricing.js';

/**
 * The compiled form of a card: cached for cards the library made; any other object is validated and
 * compiled on every call (correct, but slower: create cards once).
 */
export function compiledCardOf(card: PriceCard): CompiledCard {
  return compiledMadeCard(card) ?? compileCard(createPriceCard(card));
}

/**
 * Prices a usage record on a card, exactly. Usage is inclusive (see {@link Usage}); each leaf is priced at
 * its rate: uncached input, cache reads, 5-minute and 1-hour cache writes, audio and image input (uncached
 * and cached), text output, reasoning (at the output rate unless the card prices it apart), audio and image
 * output, request fees and web searches. A long prompt moves the whole request to the card's context tier
 * (strictly above the threshold). The service tier is the option's, else the usage record's own, else
 * standard. Results are canonical decimal strings.
 *
 * The card is compiled to scaled integers once and cached, so a call is a few integer operations.
 *
 * @throws {@link InvalidUsageError} for a malformed usage record.
 * @throws {@link UnpricedUsageError} when the usage needs a rate or a service tier the card does not have.
 * @throws {@link InvalidArgumentError} for an unknown option, or a service tier that contradicts the usage.
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
  return costOf(compiledCardOf(card), usage, options);
}

/**
 * The total of {@link estimateCost} alone, for hot loops that meter requests and need no breakdown: the same
 * validation, the same exact arithmetic, one decimal string instead of fifteen.
 *
 * @throws the same errors as {@link estimateCost}.
 *
 * @example
 * ```ts
 * import { estimateTotal, getCard } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * const gpt4o = getCard(catalog, 'gpt-4o');
 * estimateTotal({ inputTokens: 120_000, cacheReadTokens: 50_000, outputTokens: 8_000 }, gpt4o);
 * // { amount: '0.3175', currency: 'USD' }
 * ```
 */
export function estimateTotal(usage: Usage, card: PriceCard, options?: EstimateCostOptions): Money {
  return totalOf(compiledCardOf(card), usage, options);
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
