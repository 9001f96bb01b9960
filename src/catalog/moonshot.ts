/**
 * Moonshot AI (Kimi)'s built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { moonshotPrices } from '../data/moonshot.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Moonshot AI (Kimi)'s prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { moonshot } from 'tokenomics/data/moonshot';
 * getCard(moonshot, 'kimi-k2.6').cacheReadPerMillion; // '0.16'
 * ```
 */
export const moonshot: PriceTable = /* @__PURE__ */ builtInTable(moonshotPrices.cards, 'moonshot');
