/**
 * Price tables: immutable values holding validated cards, with a lookup index built once.
 *
 * @module
 */

import { createPriceCard, trustedCard } from '../cards/card.js';
import type { PriceCard, PriceCardInput } from '../cards/types.js';
import { InvalidArgumentError, InvalidPriceTableError, isTokenomicsError } from '../errors.js';
import { isRecord, MAX_DEPTH, own, requireOptions } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
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
  /** Every id and alias, as written, for "did you mean" hints. */
  readonly names: readonly string[];
}

/** A table as lookups use it: a plain table's index, or a composed table's resolved layers. */
export type ResolvedTable =
  | { readonly kind: 'plain'; readonly table: PriceTable; readonly index: TableIndex }
  | { readonly kind: 'composed'; readonly table: PriceTable; readonly layers: readonly ResolvedTable[] };

const resolved = new WeakMap<PriceTable, ResolvedTable>();

/** The explicit names a card answers to: its id and aliases, lower-cased. */
export function explicitNames(card: PriceCard): string[] {
  return [...new Set([card.id, ...(card.aliases ?? [])].map((name) => name.toLowerCase()))];
}

/** The provider-qualified forms of a card's explicit names. */
export function qualifiedNames(card: PriceCard): string[] {
  const provider = card.provider.toLowerCase();
  return explicitNames(card).flatMap((name) => [`${provider}/${name}`, `${provider}:${name}`]);
}

/** A card for messages: id, provider, dates and window. */
export function cardLabel(card: PriceCard): string {
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

function tableName(options: unknown): string {
  const checked = requireOptions(
    options as CreatePriceTableOptions | undefined,
    ['name'],
    'createPriceTable',
  );
  const name = own(checked, 'name');
  if (name === undefined) return 'price table';
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) {
    throw new InvalidArgumentError(
      `Table name ${describeValue(name)} is not a string of 1 to 200 characters; pass e.g. { name: 'negotiated' }.`,
      { argument: 'name', value: name },
    );
  }
  return name;
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
  options?: CreatePriceTableOptions,
): PriceTable {
  const name = tableName(options);
  if (!Array.isArray(cards)) {
    throw new InvalidPriceTableError(
      `Price table "${name}" needs a list of cards, not ${describeValue(cards)}; pass an array of price cards.`,
      { table: name },
    );
  }
  const builder = new TableIndexBuilder();
  const created: PriceCard[] = [];
  for (let index = 0; index < cards.length; index++) {
    const input = cards[index];
    let card: PriceCard;
    try {
      card = createPriceCard(input as PriceCardInput);
    } catch (error) {
      if (!isTokenomicsError(error, 'INVALID_PRICE_CARD')) throw error;
      const id =
        isRecord(input) && typeof own(input, 'id') === 'string'
          ? ` (id ${describeValue(own(input, 'id'))})`
          : '';
      throw new InvalidPriceTableError(
        `Price table "${name}" entry ${index}${id} is invalid: ${error.message}`,
        { table: name, index, field: error.details.field },
        { cause: error },
      );
    }
    const clash = builder.conflictOf(card);
    if (clash !== undefined) {
      throw new InvalidPriceTableError(
        `Price table "${name}" has two cards answering to "${clash.name}" at the same time: ${cardLabel(clash.other)} and ${cardLabel(card)}; give them distinct ids or aliases, or non-overlapping effective dates or time windows.`,
        { table: name, index, name: clash.name, cards: [clash.other.id, card.id] },
      );
    }
    builder.add(card);
    created.push(card);
  }
  return plainTable(created, builder.build(), name);
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
    cards.push(...resolveTable(table).table.cards);
  }
  return plainTable(cards, () => indexOf(cards), name);
}

/** Wraps already-resolved layers into a composed table (see `composeTables`). */
export function composedTable(layers: readonly PriceTable[], name: string): PriceTable {
  const resolvedLayers = layers.map((layer) => resolveTable(layer));
  const table: PriceTable = Object.freeze({
    kind: 'price-table' as const,
    name,
    cards: Object.freeze(layers.flatMap((layer) => layer.cards)),
    layers: Object.freeze([...layers]),
  });
  resolved.set(table, { kind: 'composed', table, layers: resolvedLayers });
  return table;
}

/**
 * A table as lookups use it. A table value that did not come from this library (a structured clone, a
 * table read from elsewhere) is validated and indexed once: its cards through `createPriceTable`, its
 * layers one by one (at most 64 levels deep). Anything else is an {@link InvalidArgumentError}.
 */
export function resolveTable(table: unknown, depth = 0): ResolvedTable {
  const known = typeof table === 'object' && table !== null ? resolved.get(table as PriceTable) : undefined;
  if (known !== undefined) return known;
  if (!isRecord(table) || own(table, 'kind') !== 'price-table') {
    throw new InvalidArgumentError(
      `${describeValue(table)} is not a price table; create one with createPriceTable(cards), or use tokenomics/data.`,
      { argument: 'table', value: table },
    );
  }
  if (depth >= MAX_DEPTH) {
    throw new InvalidPriceTableError(
      `Price table ${describeValue(own(table, 'name'))} nests layers more than ${MAX_DEPTH} deep; compose fewer levels.`,
      { table: String(own(table, 'name')) },
    );
  }
  const name = typeof own(table, 'name') === 'string' ? (own(table, 'name') as string) : 'price table';
  const layers = own(table, 'layers');
  let result: ResolvedTable;
  if (Array.isArray(layers) && layers.length > 0) {
    result = {
      kind: 'composed',
      table: table as unknown as PriceTable,
      layers: Array.from(layers, (layer) => resolveTable(layer, depth + 1)),
    };
  } else {
    // Looked up through a validated copy, so lookups return validated, frozen cards.
    const cards = own(table, 'cards');
    result = resolveTable(
      createPriceTable(cards as PriceCard[], { name: name.slice(0, 200) || 'price table' }),
    );
  }
  resolved.set(table as unknown as PriceTable, result);
  return result;
}
