/**
 * Composition of price tables: the first table that knows a model wins.
 *
 * @module
 */

import { InvalidArgumentError, isTokenomicsError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { composedTable, type PriceTable, resolveTable } from './table.js';

/**
 * Composes tables into one whose lookups consult each table in order: the first table that knows a model
 * (at the instant asked) wins, so your own prices go before the built-in catalog. Tables are not merged:
 * an id may appear in several layers without conflict.
 *
 * @throws `InvalidArgumentError` when given something that is not a price table.
 *
 * @example
 * ```ts
 * import { composeTables, createPriceTable, getCard } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * const negotiated = createPriceTable([{ id: 'gpt-4o', provider: 'openai', inputPerMillion: '2', outputPerMillion: '8' }]);
 * const prices = composeTables(negotiated, catalog);
 * getCard(prices, 'gpt-4o').inputPerMillion;      // '2' (yours)
 * getCard(prices, 'gpt-4o-mini').inputPerMillion; // '0.15' (the catalog's)
 * ```
 */
export function composeTables(...tables: readonly PriceTable[]): PriceTable {
  if (tables.length === 0) {
    throw new InvalidArgumentError(
      'composeTables needs at least one table; pass your tables in priority order.',
      {
        argument: 'tables',
        value: tables,
      },
    );
  }
  const layers = tables.map((table, index) => {
    try {
      return resolveTable(table).table;
    } catch (error) {
      if (!isTokenomicsError(error, 'INVALID_ARGUMENT')) throw error;
      throw new InvalidArgumentError(
        `composeTables argument ${index} is ${describeValue(table)}, not a price table; create one with createPriceTable(cards).`,
        { argument: `tables[${index}]`, value: table },
        { cause: error },
      );
    }
  });
  return composedTable(layers, layers.map((table) => table.name).join(' > '));
}
