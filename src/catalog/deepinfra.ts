/**
 * DeepInfra's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { deepinfraPrices } from '../data/deepinfra.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * DeepInfra's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { deepinfra } from 'tokenomics/data/deepinfra';
 * getCard(deepinfra, 'openai/gpt-oss-120b').outputPerMillion; // '0.45'
 * ```
 */
export const deepinfra: PriceTable = /* @__PURE__ */ builtInTable(deepinfraPrices.cards, 'deepinfra');
