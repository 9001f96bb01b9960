/**
 * Price tables: immutable values holding validated cards, with a lookup index built once.
 *
 * @module
 */

import { createPriceCard } from '../cards/card.js';
import type { PriceCard, PriceCardInput } from '../cards/types.js';
import { describeValue, InvalidPriceTableError, isTokenomicsError } from '../errors.js';
import { rangesOverlap, windowsOverlap } from './time.js';

/**
 * An immutable set of price cards. A plain table holds its own `cards`; a composed table (see
 * `composeTables`) holds `layers`, consulted in order, and its `cards` are every layer's cards, earlier
 * layers first. Create one with {@link createPriceTable}; there is no module-level table to mutate.
 */
export interface PriceTable {
  readonly kind: 'price-table';
  /** A name for messages, e.g. `'tokenomics catalog'` or `'litellm'`. */
  readonly name: string;
  readonly cards: readonly PriceCard[];
  /** For a composed table, the tables it consults in order; empty for a plain table. */
  readonly layers: readonly PriceTable[];
}

/** Options of {@link createPriceTable}. */
export interface CreatePriceTableOptions {
  /** A name used in error messages. Default `'price table'`. */
  readonly name?: string;
}

/** One card of the index under one of its lookup names. */
export interface IndexEntry {
  readonly card: PriceCard;
  /** The card's provider, lower-cased. */
  readonly provider: string;
}

/**
 * The lookup index of a plain table: per lower-cased name, the candidates a lookup considers. Ids and
 * aliases come first; the provider-qualified forms (`openai/gpt-4o`, `openai:gpt-4o`) of other providers'
 * cards follow, so a catalog whose ids already carry a prefix (LiteLLM's `azure/...`) stays unambiguous
 * and an id or alias wins over the qualified form of another card of the same provider.
 */
export interface TableIndex {
  readonly candidates: ReadonlyMap<string, readonly IndexEntry[]>;
}

const indexes = new WeakMap<PriceTable, TableIndex>();

/** The explicit names a card answers to: its id and aliases, lower-cased. */
export function explicitNames(card: PriceCard): string[] {
  return [...new Set([card.id, ...(card.aliases ?? [])].map((name) => name.toLowerCase()))];
}

/** The provider-qualified forms of a card's explicit names. */
export function qualifiedNames(card: PriceCard): string[] {
  const provider = card.provider.toLowerCase();
  return explicitNames(card).flatMap((name) => [`${provider}/${name}`, `${provider}:${name}`]);
}

function label(card: PriceCard): string {
  const dates =
    card.effective === undefined
      ? ''
      : ` effective ${card.effective.from ?? '…'} to ${card.effective.to ?? '…'}`;
  const window =
    card.timeOfDay === undefined
      ? ''
      : ` ${card.timeOfDay.fromUtc}-${card.timeOfDay.toUtc} UTC${card.timeOfDay.days === undefined ? '' : ` ${card.timeOfDay.days.join(',')}`}`;
  return `"${card.id}" (${card.provider}${dates}${window})`;
}

/** Two cards of one provider under one name may not both be in force at any instant. */
function conflict(a: PriceCard, b: PriceCard): boolean {
  if (!rangesOverlap(a.effective, b.effective)) return false;
  if (a.timeOfDay === undefined && b.timeOfDay === undefined) return true;
  if (a.timeOfDay === undefined || b.timeOfDay === undefined) return false; // a window refines the all-day card
  return windowsOverlap(a.timeOfDay, b.timeOfDay);
}

function addName(map: Map<string, IndexEntry[]>, name: string, entry: IndexEntry, tableName: string): void {
  const entries = map.get(name);
  if (entries === undefined) {
    map.set(name, [entry]);
    return;
  }
  for (const other of entries) {
    if (other.provider === entry.provider && other.card !== entry.card && conflict(other.card, entry.card)) {
      throw new InvalidPriceTableError(
        `Price table "${tableName}" has two cards answering to "${name}" at the same time: ${label(other.card)} and ${label(entry.card)}; give them distinct ids or aliases, or non-overlapping effective dates or time windows.`,
        { table: tableName, name, cards: [other.card.id, entry.card.id] },
      );
    }
  }
  if (!entries.some((other) => other.card === entry.card)) entries.push(entry);
}

function buildIndex(cards: readonly PriceCard[], tableName: string): TableIndex {
  const explicit = new Map<string, IndexEntry[]>();
  const qualified = new Map<string, IndexEntry[]>();
  for (const card of cards) {
    const entry: IndexEntry = { card, provider: card.provider.toLowerCase() };
    for (const name of explicitNames(card)) addName(explicit, name, entry, tableName);
    for (const name of qualifiedNames(card)) addName(qualified, name, entry, tableName);
  }
  const candidates = new Map<string, IndexEntry[]>();
  for (const name of new Set([...explicit.keys(), ...qualified.keys()])) {
    const named = explicit.get(name) ?? [];
    const namedProviders = new Set(named.map((entry) => entry.provider));
    const others = (qualified.get(name) ?? []).filter((entry) => !namedProviders.has(entry.provider));
    candidates.set(name, [...named, ...others]);
  }
  return { candidates };
}

/**
 * Validates every card and returns an immutable table. A bad card rejects the whole table (nothing is
 * half-built) with its index and id; two cards of one provider answering to the same name (id or alias,
 * case-insensitively) at overlapping dates and times are a conflict. Cards of different providers may
 * share an id: lookup then needs the provider.
 *
 * @throws {@link InvalidPriceTableError}
 *
 * @example
 * ```ts
 * import { createPriceTable, getCard } from 'tokenomics';
 * const mine = createPriceTable(
 *   [{ id: 'gpt-4o', provider: 'openai', inputPerMillion: '2.00', outputPerMillion: '8.00' }],
 *   { name: 'negotiated' },
 * );
 * getCard(mine, 'openai/gpt-4o').inputPerMillion; // '2'
 * ```
 */
export function createPriceTable(
  cards: readonly (PriceCard | PriceCardInput)[],
  options: CreatePriceTableOptions = {},
): PriceTable {
  const name = options.name ?? 'price table';
  if (!Array.isArray(cards)) {
    throw new InvalidPriceTableError(
      `Price table "${name}" needs a list of cards, not ${describeValue(cards)}; pass an array of price cards.`,
      { table: name },
    );
  }
  const created = cards.map((input, index) => {
    try {
      return createPriceCard(input);
    } catch (error) {
      if (!isTokenomicsError(error)) throw error;
      const id =
        typeof (input as { id?: unknown })?.id === 'string' ? ` (id "${(input as { id: string }).id}")` : '';
      throw new InvalidPriceTableError(
        `Price table "${name}" entry ${index}${id} is invalid: ${error.message}`,
        { table: name, index, ...error.details },
        error,
      );
    }
  });
  const table: PriceTable = Object.freeze({
    kind: 'price-table' as const,
    name,
    cards: Object.freeze(created),
    layers: Object.freeze([]),
  });
  indexes.set(table, buildIndex(created, name));
  return table;
}

/** Wraps already-validated layers into a composed table (see `composeTables`). */
export function composedTable(layers: readonly PriceTable[], name: string): PriceTable {
  const table: PriceTable = Object.freeze({
    kind: 'price-table' as const,
    name,
    cards: Object.freeze(layers.flatMap((layer) => layer.cards)),
    layers: Object.freeze([...layers]),
  });
  return table;
}

/**
 * The index of a plain table. A table value that did not come from {@link createPriceTable} (a structured
 * clone, say) is re-validated and indexed once.
 */
export function indexOf(table: PriceTable): TableIndex {
  let index = indexes.get(table);
  if (index === undefined) {
    if (
      typeof table !== 'object' ||
      table === null ||
      table.kind !== 'price-table' ||
      !Array.isArray(table.cards)
    ) {
      throw new InvalidPriceTableError(
        `${describeValue(table)} is not a price table; create one with createPriceTable(cards) or use tokenomics/data.`,
        {},
      );
    }
    index = indexOf(createPriceTable(table.cards, { name: table.name }));
    indexes.set(table, index);
  }
  return index;
}

/** True when the table is a composition of layers (see `composeTables`). */
export function isComposed(table: PriceTable): boolean {
  return Array.isArray(table.layers) && table.layers.length > 0;
}
