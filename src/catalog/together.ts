/**
 * Together AI's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { togetherPrices } from '../data/together.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Together AI's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { together } from 'tokenomics/data/together';
 * getCard(together, 'meta-llama/Llama-3.3-70B-Instruct-Turbo').outputPerMillion; // '0.88'
 * ```
 */
export const together: PriceTable = /* @__PURE__ */ builtInTable(togetherPrices.cards, 'together');
