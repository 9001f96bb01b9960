/**
 * Mistral AI's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { mistralPrices } from '../data/mistral.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Mistral AI's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { mistral } from 'tokenomics/data/mistral';
 * getCard(mistral, 'mistral-medium-latest').id; // 'mistral-medium-3-5'
 * ```
 */
export const mistral: PriceTable = /* @__PURE__ */ builtInTable(mistralPrices.cards, 'mistral');
