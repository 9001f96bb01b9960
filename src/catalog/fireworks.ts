/**
 * Fireworks AI's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { fireworksPrices } from '../data/fireworks.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Fireworks AI's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { fireworks } from 'tokenomics/data/fireworks';
 * getCard(fireworks, 'accounts/fireworks/models/gpt-oss-120b').inputPerMillion; // '0.15'
 * ```
 */
export const fireworks: PriceTable = /* @__PURE__ */ builtInTable(fireworksPrices.cards, 'fireworks');
