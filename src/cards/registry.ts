/**
 * Which cards the library made (validated by `createPriceCard`, or the catalog's own data) and so may be
 * priced without validating them again. Its own module so that pricing a made card does not bring the
 * validator into a page's bundle.
 *
 * @module
 */

import { deepFreeze } from '../internal/freeze.js';
import type { PriceCard, PriceCardInput } from './types.js';

/** Cards made by `createPriceCard` or `trustedCard`: valid and deeply frozen, so their compiled form can be cached. */
const createdCards = new WeakSet<object>();

/** True when the card came out of `createPriceCard` (validated and deeply frozen) or a built-in table. */
export function isCreatedCard(card: unknown): boolean {
  return typeof card === 'object' && card !== null && createdCards.has(card);
}

/** Registers a validated, frozen card as made by the library. */
export function markCreated(card: PriceCard): PriceCard {
  createdCards.add(card);
  return card;
}

/**
 * A built-in card, frozen and registered as created without being validated again: for the catalog's own
 * data only, which a test checks is exactly what `createPriceCard` makes of it (so the catalog does not pay
 * for validating 450 cards on every cold start).
 *
 * @internal
 */
export function trustedCard(input: PriceCardInput): PriceCard {
  return markCreated(deepFreeze({ ...input, currency: input.currency ?? 'USD' } as PriceCard));
}
