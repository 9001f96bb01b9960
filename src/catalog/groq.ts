/**
 * Groq's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { groqPrices } from '../data/groq.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Groq's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { groq } from 'tokenomics/data/groq';
 * getCard(groq, 'llama-3.3-70b-versatile').inputPerMillion; // '0.59'
 * ```
 */
export const groq: PriceTable = /* @__PURE__ */ builtInTable(groqPrices.cards, 'groq');
