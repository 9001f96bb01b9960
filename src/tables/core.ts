/**
 * The core of price tables: the table value, its lookup index, and the registry of tables the library
 * built (so a lookup never re-validates them). Validation of user tables lives in table.ts; this module
 * stays free of the card validator so a page that only looks up built-in cards does not bundle it.
 *
 * @module
 */

import { trustedCard } from '../cards/registry.js';
import type { PriceCard, PriceCardInput } from '../cards/types.js';
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
  /** Every id and alias, as written, for "did you mean" hints. */
  readonly names: readonly string[];
}

/** A table as lookups use it: a plain table's index, or a composed table's resolved layers. */
export type ResolvedTable =
  | { readonly kind: 'plain'; readonly table: PriceTable; readonly index: TableIndex }
  | { readonly kind: 'composed'; readonly table: PriceTable; readonly layers: readonly ResolvedTable[] };

/** The tables the library built or has validated, resolved for lookups. */
export const resolved = new WeakMap<PriceTable, ResolvedTable>();

/** A table the library built or validated (internal callers pass only those). */
function builtTable(table: PriceTable): ResolvedTable {
  const known = resolved.get(table);
  if (known === undefined) throw new Error(`internal: table "${table.name}" was not built by tokenomics`);
  return known;
}

/** The explicit names a card answers to: its id and aliases, lower-cased. */
export function explicitNames(card: PriceCard): string[] {
  return [...new Set([card.id, ...(card.aliases ?? [])].map((name) => name.toLowerCase()))];
}

/** The provider-qualified forms of a card's explicit names. */
export function qualifiedNames(card: PriceCard): string[] {
  const provider = card.provider.toLowerCase();
  return explicitNames(card).flatMap((name) => [`${provider}/${name}`, `${provider}:${name}`]);
}

/** Two cards of one provider under one name may not both be in force at any instant. */
function conflict(a: PriceCard, b: PriceCard): boolean {
  if (!rangesOverlap(a.effective, b.effective)) return false;
  if (a.timeOfDay === undefined && b.timeOfDay === undefined) return true;
  if (a.timeOfDay === undefined || b.timeOfDay === undefined) return false; // a window refines the all-day card
  return windowsOverlap(a.timeOfDay, b.timeOfDay);
}

/** A card another card conflicts with, under one name. */
export interface TableConflict {
  readonly name: string;
  readonly other: PriceCard;
}

/**
 * Builds a table's index card by card. {@link TableIndexBuilder.conflictOf} tells, before adding, whether a
 * card would answer to a name at the same time as a card already added (same provider), so a table can be
 * refused (`createPriceTable`) or the card skipped (the foreign-catalog readers).
 */
export class TableIndexBuilder {
  private readonly explicit = new Map<string, IndexEntry[]>();
  private readonly qualified = new Map<string, IndexEntry[]>();
  private readonly cards: PriceCard[] = [];
  /** The explicit names of the card last checked, so `add` does not compute them again. */
  private checked: { card: PriceCard; names: string[] } | undefined;

  private namesOf(card: PriceCard): string[] {
    if (this.checked?.card === card) return this.checked.names;
    const names = explicitNames(card);
    this.checked = { card, names };
    return names;
  }

  /**
   * The first conflict the card would cause, or `undefined`. Only explicit names need checking: a
   * qualified form (`provider/name`) of one provider is shared exactly when the explicit name is.
   */
  conflictOf(card: PriceCard): TableConflict | undefined {
    const provider = card.provider.toLowerCase();
    for (const name of this.namesOf(card)) {
      for (const other of this.explicit.get(name) ?? []) {
        if (other.provider === provider && other.card !== card && conflict(other.card, card)) {
          return { name, other: other.card };
        }
      }
    }
    return undefined;
  }

  /** Adds a card (check {@link TableIndexBuilder.conflictOf} first). */
  add(card: PriceCard): void {
    const provider = card.provider.toLowerCase();
    const entry: IndexEntry = { card, provider };
    for (const name of this.namesOf(card)) {
      push(this.explicit, name, entry);
      push(this.qualified, `${provider}/${name}`, entry);
      push(this.qualified, `${provider}:${name}`, entry);
    }
    this.cards.push(card);
  }

  /** The index of every card added. */
  build(): TableIndex {
    const candidates = new Map<string, IndexEntry[]>(this.explicit);
    for (const [name, entries] of this.qualified) {
      const named = this.explicit.get(name);
      if (named === undefined) {
        candidates.set(name, entries);
        continue;
      }
      const namedProviders = new Set(named.map((entry) => entry.provider));
      const others = entries.filter((entry) => !namedProviders.has(entry.provider));
      if (others.length > 0) candidates.set(name, [...named, ...others]);
    }
    const names = new Set<string>();
    for (const card of this.cards) {
      names.add(card.id);
      for (const alias of card.aliases ?? []) names.add(alias);
    }
    return { candidates, names: [...names] };
  }
}

function push(map: Map<string, IndexEntry[]>, name: string, entry: IndexEntry): void {
  const entries = map.get(name);
  if (entries === undefined) map.set(name, [entry]);
  else if (!entries.some((other) => other.card === entry.card)) entries.push(entry);
}

/**
 * Freezes and registers a plain table whose cards are already valid and free of conflicts. The index may
 * be given as a function: it is then built on the table's first lookup (the built-in catalog's tables, so
 * importing them costs no indexing until one is used).
 */
export function plainTable(
  cards: readonly PriceCard[],
  index: TableIndex | (() => TableIndex),
  name: string,
): PriceTable {
  const table: PriceTable = Object.freeze({
    kind: 'price-table' as const,
    name,
    cards: Object.freeze([...cards]),
    layers: Object.freeze([]),
  });
  if (typeof index !== 'function') {
    resolved.set(table, { kind: 'plain', table, index });
    return table;
  }
  let built: TableIndex | undefined;
  resolved.set(table, {
    kind: 'plain',
    table,
    get index(): TableIndex {
      built ??= index();
      return built;
    },
  });
  return table;
}

/**
 * A built-in provider table: the catalog's own cards, trusted (see `trustedCard`) and indexed without
 * conflict checks; the catalog's tests check that `createPriceTable` accepts the same cards and makes the
 * same cards of them.
 *
 * @internal
 */
export function builtInTable(inputs: readonly PriceCardInput[], name: string): PriceTable {
  const cards = inputs.map(trustedCard);
  return plainTable(cards, () => indexOf(cards), name);
}

function indexOf(cards: readonly PriceCard[]): TableIndex {
  const builder = new TableIndexBuilder();
  for (const card of cards) builder.add(card);
  return builder.build();
}

/**
 * One plain table of several tables' cards, for tables whose providers differ (the built-in catalog's
 * layers): cards of different providers never conflict, so nothing is validated or checked again.
 */
export function unionTable(tables: readonly PriceTable[], name: string): PriceTable {
  const cards: PriceCard[] = [];
  const providers = new Set<string>();
  for (const table of tables) {
    const own = new Set(table.cards.map((card) => card.provider.toLowerCase()));
    for (const provider of own) {
      if (providers.has(provider)) throw new Error(`unionTable: provider ${provider} is in two tables`);
      providers.add(provider);
    }
    cards.push(...builtTable(table).table.cards);
  }
  return plainTable(cards, () => indexOf(cards), name);
}

/** Wraps already-resolved layers into a composed table (see `composeTables`). */
export function composedTable(layers: readonly PriceTable[], name: string): PriceTable {
  const resolvedLayers = layers.map(builtTable);
  const table: PriceTable = Object.freeze({
    kind: 'price-table' as const,
    name,
    cards: Object.freeze(layers.flatMap((layer) => layer.cards)),
    layers: Object.freeze([...layers]),
  });
  resolved.set(table, { kind: 'composed', table, layers: resolvedLayers });
  return table;
}
