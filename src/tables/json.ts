/**
 * tokenomics' own table format: JSON with a `schemaVersion`, read back with full validation.
 *
 * @module
 */

import type { PriceCard } from '../cards/types.js';
import { describeValue, InvalidPriceTableError } from '../errors.js';
import { composeTables } from './compose.js';
import { createPriceTable, isComposed, type PriceTable } from './table.js';

/** The version of the JSON table format this library writes and reads. */
export const TABLE_SCHEMA_VERSION = 1;

/** The JSON form of a table: cards as plain objects, or for a composed table its layers. */
export interface PriceTableJSON {
  readonly schemaVersion: typeof TABLE_SCHEMA_VERSION;
  readonly name: string;
  readonly cards?: readonly PriceCard[];
  readonly layers?: readonly PriceTableJSON[];
}

/**
 * The JSON form of a table (plain data; pass it to `JSON.stringify`). Read it back with
 * {@link tableFromJSON}.
 *
 * @example
 * ```ts
 * import { tableToJSON } from 'tokenomics';
 * import { openai } from 'tokenomics/data/openai';
 * const text = JSON.stringify(tableToJSON(openai)); // { "schemaVersion": 1, "name": "openai", "cards": [...] }
 * ```
 */
export function tableToJSON(table: PriceTable): PriceTableJSON {
  if (isComposed(table)) {
    return { schemaVersion: TABLE_SCHEMA_VERSION, name: table.name, layers: table.layers.map(tableToJSON) };
  }
  return { schemaVersion: TABLE_SCHEMA_VERSION, name: table.name, cards: table.cards };
}

/**
 * Reads a table written by {@link tableToJSON} (parsed JSON or its text), validating every card. The whole
 * table is built or nothing: any bad card throws.
 *
 * @throws {@link InvalidPriceTableError} for another schema version, bad JSON or a bad card.
 *
 * @example
 * ```ts
 * import { tableFromJSON } from 'tokenomics';
 * const table = tableFromJSON(await (await fetch('/prices.json')).text());
 * ```
 */
export function tableFromJSON(json: unknown): PriceTable {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new InvalidPriceTableError(
        `Price table JSON does not parse (${(error as Error).message}); pass the text tableToJSON produced.`,
        {},
        error,
      );
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidPriceTableError(
      `Price table JSON is ${describeValue(value)}, not an object with schemaVersion ${TABLE_SCHEMA_VERSION}; write it with tableToJSON.`,
      {},
    );
  }
  const record = value as Record<string, unknown>;
  if (record.schemaVersion !== TABLE_SCHEMA_VERSION) {
    throw new InvalidPriceTableError(
      `Price table JSON has schemaVersion ${describeValue(record.schemaVersion)}; this version of tokenomics reads schemaVersion ${TABLE_SCHEMA_VERSION}.`,
      { schemaVersion: record.schemaVersion },
    );
  }
  const name = typeof record.name === 'string' && record.name.length > 0 ? record.name : 'price table';
  if (Array.isArray(record.layers)) {
    const layers = record.layers.map((layer) => tableFromJSON(layer));
    return layers.length === 0 ? createPriceTable([], { name }) : composeTables(...layers);
  }
  if (!Array.isArray(record.cards)) {
    throw new InvalidPriceTableError(
      `Price table JSON "${name}" has no "cards" list; write it with tableToJSON.`,
      { table: name },
    );
  }
  return createPriceTable(record.cards as PriceCard[], { name });
}
