/**
 * Alibaba Cloud Model Studio (Qwen)'s built-in price table, on its own so that a page importing it carries no other provider's data.
 *
 * @module
 */

import { alibabaPrices } from '../data/alibaba.js';
import { builtInTable, type PriceTable } from '../tables/core.js';

/**
 * Alibaba Cloud Model Studio (Qwen)'s prices as a table: every card with its source and the date it was checked.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { alibaba } from 'tokenomics/data/alibaba';
 * getCard(alibaba, 'qwen3-max').tiers?.[0]?.abovePromptTokens; // 32000
 * ```
 */
export const alibaba: PriceTable = /* @__PURE__ */ builtInTable(alibabaPrices.cards, 'alibaba');
