/**
 * The shape of one provider's built-in price list: plain data, validated when the catalog builds a table.
 *
 * @module
 */

import type { PriceCardInput } from '../cards/types.js';

/** One provider's prices as authored data. */
export interface ProviderPriceList {
  /** The provider id every card uses. */
  readonly provider: string;
  /** A display name. */
  readonly name: string;
  /** The provider's pricing page. */
  readonly pricingUrl: string;
  readonly cards: readonly PriceCardInput[];
}
