/**
 * xAI's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { xaiPrices } from '../data/xai.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * xAI's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { xai } from 'tokenomics/data/xai';
 * getCard(xai, 'grok-4.7').outputPerMillion; // '6'
 * ```
 */
export const xai: PriceTable = /* @__PURE__ */ builtInTable(xaiPrices.cards, 'xai');
