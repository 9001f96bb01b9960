/**
 * Amazon Bedrock's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { bedrockPrices } from '../data/bedrock.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Amazon Bedrock's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { bedrock } from 'tokenomics/data/bedrock';
 * getCard(bedrock, 'us.anthropic.claude-sonnet-4-5-20250929-v1:0').inputPerMillion; // '3.3' (regional)
 * ```
 */
export const bedrock: PriceTable = /* @__PURE__ */ builtInTable(bedrockPrices.cards, 'bedrock');
