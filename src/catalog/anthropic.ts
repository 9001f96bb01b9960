/**
 * Anthropic's built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { anthropicPrices } from '../data/anthropic.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Anthropic's prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { anthropic } from 'tokenomics/data/anthropic';
 * getCard(anthropic, 'claude-sonnet-4-5-20250929').id; // 'claude-sonnet-4-5'
 * ```
 */
export const anthropic: PriceTable = /* @__PURE__ */ builtInTable(anthropicPrices.cards, 'anthropic');
