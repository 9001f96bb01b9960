/**
 * Cerebras's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { cerebrasPrices } from '../data/cerebras.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Cerebras's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { cerebras } from 'tokenomics/data/cerebras';
 * getCard(cerebras, 'gpt-oss-120b').outputPerMillion; // '0.75'
 * ```
 */
export const cerebras: PriceTable = /* @__PURE__ */ builtInTable(cerebrasPrices.cards, 'cerebras');
