/**
 * Azure OpenAI's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { azurePrices } from '../data/azure.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Azure OpenAI's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { azure } from 'tokenomics/data/azure';
 * getCard(azure, 'eu/gpt-5').inputPerMillion; // '1.375' (Data Zone)
 * ```
 */
export const azure: PriceTable = /* @__PURE__ */ builtInTable(azurePrices.cards, 'azure');
