/**
 * Price tables: immutable values holding validated cards, with a lookup index built once.
 *
 * @module
 */

import { createPriceCard } from '../cards/card.js';
import type { PriceCard, PriceCardInput } from '../cards/types.js';
import { InvalidArgumentError, InvalidPriceTableError, isTokenomicsError } from '../errors.js';
import { isRecord, MAX_DEPTH, own, requireOptions } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import { type PriceTable, plainTable, type ResolvedTable, resolved, TableIndexBuilder } from './core.js';

export {
  builtInTable,
  composedTable,
  explicitNames,
  type IndexEntry,
  type PriceTable,
  plainTable,
  qualifiedNames,
  type ResolvedTable,
  type TableConflict,
  type TableIndex,
  TableIndexBuilder,
  unionTable,
} from './core.js';

/** Options of {@link createPriceTable}. */
export interface CreatePriceTableOptions {
  /** A name used in error messages. Default `'price table'`. */
  readonly name?: string;
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
