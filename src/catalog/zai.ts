/**
 * Z.ai (GLM)'s built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { zaiPrices } from '../data/zai.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Z.ai (GLM)'s prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { zai } from 'tokenomics/data/zai';
 * getCard(zai, 'glm-4.6').outputPerMillion; // '2.2'
 * ```
 */
export const zai: PriceTable = /* @__PURE__ */ builtInTable(zaiPrices.cards, 'zai');
