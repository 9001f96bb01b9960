/**
 * DeepSeek's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { deepseekPrices } from '../data/deepseek.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * DeepSeek's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { deepseek } from 'tokenomics/data/deepseek';
 * getCard(deepseek, 'deepseek-flash', { at: '2026-11-23T02:00Z' }).inputPerMillion; // '0.3' (weekday peak)
 * ```
 */
export const deepseek: PriceTable = /* @__PURE__ */ builtInTable(deepseekPrices.cards, 'deepseek');
