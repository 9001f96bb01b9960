/**
 * Cohere's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { coherePrices } from '../data/cohere.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Cohere's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { cohere } from 'tokenomics/data/cohere';
 * getCard(cohere, 'command-a').id; // 'command-a-03-2025'
 * ```
 */
export const cohere: PriceTable = /* @__PURE__ */ builtInTable(coherePrices.cards, 'cohere');
