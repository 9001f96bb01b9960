/**
 * OpenAI's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { openaiPrices } from '../data/openai.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * OpenAI's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { openai } from 'tokenomics/data/openai';
 * getCard(openai, 'gpt-4o').inputPerMillion; // '2.5'
 * ```
 */
export const openai: PriceTable = /* @__PURE__ */ builtInTable(openaiPrices.cards, 'openai');
