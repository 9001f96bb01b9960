/**
 * Perplexity's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { perplexityPrices } from '../data/perplexity.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Perplexity's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { perplexity } from 'tokenomics/data/perplexity';
 * getCard(perplexity, 'sonar').requestFee; // '0.005' (low search context)
 * ```
 */
export const perplexity: PriceTable = /* @__PURE__ */ builtInTable(perplexityPrices.cards, 'perplexity');
