/**
 * Looking cards up by model id: exact ids, declared aliases, case-insensitively, provider-qualified forms,
 * at a date and time. Never fuzzy: a wrong price is worse than an error.
 *
 * @module
 */

import { closestNames, didYouMean, editDistance } from '../cards/suggest.js';
import type { PriceCard } from '../cards/types.js';
import { AmbiguousModelError, describeValue, InvalidArgumentError, UnknownModelError } from '../errors.js';
import { type IndexEntry, indexOf, isComposed, type PriceTable } from './table.js';
import { dayOf, type Instant, inForce, type ResolvedInstant, resolveInstant } from './time.js';

/** Options of {@link findCard} and {@link getCard}. */
export interface FindCardOptions {
  /** Only cards of this provider (case-insensitive). Needed when several providers list the same id. */
  readonly provider?: string;
  /** The instant whose prices apply (effective dates, off-peak windows). Default: now. */
  readonly at?: Instant;
}

/** Options of {@link listCards}. */
export interface ListCardsOptions {
  /** Only cards of this provider. */
  readonly provider?: string;
  /** Only cards in force at this instant (dates and daily windows). Default: every card. */
  readonly at?: Instant;
}

function requireModelId(modelId: unknown): string {
  if (typeof modelId !== 'string' || modelId.length === 0) {
    throw new InvalidArgumentError(
      `Model id ${describeValue(modelId)} is not a non-empty string; pass the id your API call used, e.g. "gpt-4o".`,
      { modelId },
    );
  }
  return modelId;
}

/** The entry in force among one provider's candidates: a matching daily window wins over the all-day card. */
function pickInForce(entries: readonly IndexEntry[], instant: () => ResolvedInstant): IndexEntry | undefined {
  if (entries.length === 1) {
    const only = entries[0] as IndexEntry;
    const card = only.card;
    return card.effective === undefined && card.timeOfDay === undefined
      ? only
      : inForce(card, instant())
        ? only
        : undefined;
  }
  let allDay: IndexEntry | undefined;
  for (const entry of entries) {
    if (!inForce(entry.card, instant())) continue;
    if (entry.card.timeOfDay !== undefined) return entry;
    allDay = entry;
  }
  return allDay;
}

/** Looks a name up in a plain table; `undefined` when unknown, throws when ambiguous. */
function findInPlain(
  table: PriceTable,
  modelId: string,
  provider: string | undefined,
  instant: () => ResolvedInstant,
): PriceCard | undefined {
  const index = indexOf(table);
  const all = index.candidates.get(modelId) ?? index.candidates.get(modelId.toLowerCase());
  if (all === undefined) return undefined;
  const candidates = provider === undefined ? all : all.filter((entry) => entry.provider === provider);
  if (candidates.length === 0) return undefined;
  const first = (candidates[0] as IndexEntry).provider;
  if (candidates.every((entry) => entry.provider === first)) return pickInForce(candidates, instant)?.card;
  const groups = new Map<string, IndexEntry[]>();
  for (const entry of candidates) groups.set(entry.provider, [...(groups.get(entry.provider) ?? []), entry]);
  const found = [...groups.values()]
    .map((group) => pickInForce(group, instant))
    .filter((entry): entry is IndexEntry => entry !== undefined);
  if (found.length <= 1) return found[0]?.card;
  const providers = found.map((entry) => entry.card.provider);
  throw new AmbiguousModelError(
    `Model "${modelId}" is priced by several providers in price table "${table.name}": ${providers.join(', ')}; pass { provider } or a qualified id such as "${providers[0]}/${modelId}".`,
    { modelId, providers, table: table.name },
  );
}

function find(
  table: PriceTable,
  modelId: string,
  provider: string | undefined,
  instant: () => ResolvedInstant,
): PriceCard | undefined {
  if (!isComposed(table)) return findInPlain(table, modelId, provider, instant);
  for (const layer of table.layers) {
    const card = find(layer, modelId, provider, instant);
    if (card !== undefined) return card;
  }
  return undefined;
}

function lazyInstant(at: Instant | undefined): () => ResolvedInstant {
  let resolved: ResolvedInstant | undefined;
  return () => {
    resolved ??= resolveInstant(at);
    return resolved;
  };
}

/**
 * Finds the card for a model id, or `undefined` when the table does not know it (at that date). Matches
 * exact ids and declared aliases, case-insensitively, and provider-qualified forms (`openai/gpt-4o`,
 * `openai:gpt-4o`). It never matches fuzzily or by substring. With several effective-dated cards, the one
 * in force at `at` (default now) is returned, so past usage is priced at the price of its day; a card with
 * a daily UTC window wins over the all-day card inside its window.
 *
 * @throws {@link AmbiguousModelError} when several providers price the id and no provider is given.
 *
 * @example
 * ```ts
 * import { findCard } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * findCard(catalog, 'gpt-4o-2024-08-06')?.id;         // 'gpt-4o' (a declared alias)
 * findCard(catalog, 'o3', { at: '2025-06-01' })?.inputPerMillion; // '10' (before the 2025-06-10 price cut)
 * findCard(catalog, 'no-such-model');                  // undefined
 * ```
 */
export function findCard(
  table: PriceTable,
  modelId: string,
  options: FindCardOptions = {},
): PriceCard | undefined {
  const id = requireModelId(modelId);
  const provider = options.provider?.toLowerCase();
  return find(table, id, provider, lazyInstant(options.at));
}

/** Every id and alias of the cards, once each. */
function allNames(cards: readonly PriceCard[]): Set<string> {
  const names = new Set<string>();
  for (const card of cards) {
    names.add(card.id);
    for (const alias of card.aliases ?? []) names.add(alias);
  }
  return names;
}

/** Up to three known ids closest to the query (for messages only). */
function suggestIds(table: PriceTable, modelId: string, provider?: string): string[] {
  const query = modelId.toLowerCase();
  const bare = query.includes('/') || query.includes(':') ? query.replace(/^[^/:]+[/:]/, '') : query;
  const cards =
    provider === undefined ? table.cards : table.cards.filter((c) => c.provider.toLowerCase() === provider);
  return closestNames(
    allNames(cards),
    (name) => Math.min(editDistance(query, name.toLowerCase()), editDistance(bare, name.toLowerCase())),
    bare.length,
  );
}

/**
 * Like {@link findCard}, but throws {@link UnknownModelError} when the table does not know the model; its
 * message (and `details.suggestions`) lists up to three close known ids. Lookup itself never guesses.
 *
 * @example
 * ```ts
 * import { estimateCost, fromOpenAIUsage, getCard } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * const cost = estimateCost(fromOpenAIUsage(response.usage), getCard(catalog, 'gpt-4o'));
 * getCard(catalog, 'gpt4o'); // throws UnknownModelError: ... did you mean "gpt-4o", ...?
 * ```
 */
export function getCard(table: PriceTable, modelId: string, options: FindCardOptions = {}): PriceCard {
  const card = findCard(table, modelId, options);
  if (card !== undefined) return card;
  const provider = options.provider?.toLowerCase();
  const suggestions = suggestIds(table, modelId, provider);
  const at = options.at === undefined ? '' : ` at ${dayOf(resolveInstant(options.at))}`;
  const scope = provider === undefined ? '' : ` for provider "${options.provider}"`;
  throw new UnknownModelError(
    `Model "${modelId}" is not in price table "${table.name}"${scope}${at}; pass a known id or add a card for it.${didYouMean(suggestions)}`,
    { modelId, table: table.name, suggestions, ...(provider === undefined ? {} : { provider }) },
  );
}

/**
 * Lists a table's cards, optionally only one provider's and only those in force at an instant. For a
 * composed table, a card that an earlier layer shadows (same provider and id) is left out.
 *
 * @example
 * ```ts
 * import { listCards } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * const anthropicToday = listCards(catalog, { provider: 'anthropic', at: new Date() });
 * ```
 */
export function listCards(table: PriceTable, options: ListCardsOptions = {}): PriceCard[] {
  const provider = options.provider?.toLowerCase();
  const instant = options.at === undefined ? undefined : resolveInstant(options.at);
  const shadowed = new Set<string>();
  const result: PriceCard[] = [];
  for (const layer of isComposed(table) ? table.layers : [table]) {
    // One group per provider and id, in the order the cards first appear.
    const groups = new Map<string, IndexEntry[]>();
    for (const card of isComposed(layer) ? listCards(layer) : layer.cards) {
      const key = `${card.provider.toLowerCase()}\u0000${card.id.toLowerCase()}`;
      if (shadowed.has(key)) continue;
      groups.set(key, [...(groups.get(key) ?? []), { card, provider: card.provider.toLowerCase() }]);
    }
    for (const [key, group] of groups) {
      shadowed.add(key);
      if (provider !== undefined && (group[0] as IndexEntry).provider !== provider) continue;
      if (instant === undefined) result.push(...group.map((entry) => entry.card));
      else {
        const inForceNow = pickInForce(group, () => instant);
        if (inForceNow !== undefined) result.push(inForceNow.card);
      }
    }
  }
  return result;
}
