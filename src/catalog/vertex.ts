/**
 * Google Cloud Vertex AI's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { vertexPrices } from '../data/vertex.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Google Cloud Vertex AI's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { vertex } from 'tokenomics/data/vertex';
 * getCard(vertex, 'claude-sonnet-4@20250514').inputPerMillion; // '3'
 * ```
 */
export const vertex: PriceTable = /* @__PURE__ */ builtInTable(vertexPrices.cards, 'vertex');
