/**
 * Google (Gemini API)'s built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { googlePrices } from '../data/google.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Google (Gemini API)'s prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { google } from 'tokenomics/data/google';
 * getCard(google, 'gemini-2.5-pro').tiers?.[0]?.abovePromptTokens; // 200000
 * ```
 */
export const google: PriceTable = /* @__PURE__ */ builtInTable(googlePrices.cards, 'google');
