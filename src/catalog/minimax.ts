/**
 * MiniMax's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { minimaxPrices } from '../data/minimax.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * MiniMax's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { minimax } from 'tokenomics/data/minimax';
 * getCard(minimax, 'minimax-m2.5').inputPerMillion; // '0.3'
 * ```
 */
export const minimax: PriceTable = /* @__PURE__ */ builtInTable(minimaxPrices.cards, 'minimax');
