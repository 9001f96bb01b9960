/**
 * tokenomics' own table format: JSON with a `schemaVersion`, read back with full validation.
 *
 * @module
 */

import type { PriceCard } from '../cards/types.js';
import { InvalidPriceTableError } from '../errors.js';
import { isRecord, MAX_DEPTH, own } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import {
  composedTable,
  createPriceTable,
  type PriceTable,
  type ResolvedTable,
  resolveTable,
} from './table.js';

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
  return toJSON(resolveTable(table));
}

function toJSON(table: ResolvedTable): PriceTableJSON {
  if (table.kind === 'composed') {
    return { schemaVersion: TABLE_SCHEMA_VERSION, name: table.table.name, layers: table.layers.map(toJSON) };
  }
  return { schemaVersion: TABLE_SCHEMA_VERSION, name: table.table.name, cards: table.table.cards };
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
  return fromJSON(json, 0);
}

function fromJSON(json: unknown, depth: number): PriceTable {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new InvalidPriceTableError(
        `Price table JSON does not parse (${(error as Error).message}); pass the text tableToJSON produced.`,
        { table: '(unparsed)' },
        { cause: error },
      );
    }
  }
  if (!isRecord(value)) {
    throw new InvalidPriceTableError(
      `Price table JSON is ${describeValue(value)}, not an object with schemaVersion ${TABLE_SCHEMA_VERSION}; write it with tableToJSON.`,
      { table: '(unnamed)' },
    );
  }
  const rawName = own(value, 'name');
  const name =
    typeof rawName === 'string' && rawName.length > 0 && rawName.length <= 200 ? rawName : 'price table';
  const version = own(value, 'schemaVersion');
  if (version !== TABLE_SCHEMA_VERSION) {
    throw new InvalidPriceTableError(
      `Price table JSON has schemaVersion ${describeValue(version)}; this version of tokenomics reads schemaVersion ${TABLE_SCHEMA_VERSION}.`,
      { table: name, field: 'schemaVersion' },
    );
  }
  const layers = own(value, 'layers');
  if (Array.isArray(layers)) {
    if (depth >= MAX_DEPTH) {
      throw new InvalidPriceTableError(
        `Price table JSON "${name}" nests layers more than ${MAX_DEPTH} deep; compose fewer levels.`,
        { table: name, field: 'layers' },
      );
    }
    const read = Array.from(layers, (layer) => fromJSON(layer, depth + 1));
    return read.length === 0
      ? createPriceTable([], { name })
      : composedTable(read, read.map((layer) => layer.name).join(' > '));
  }
  const cards = own(value, 'cards');
  if (!Array.isArray(cards)) {
    throw new InvalidPriceTableError(
      `Price table JSON "${name}" has no "cards" list; write it with tableToJSON.`,
      { table: name, field: 'cards' },
    );
  }
  return createPriceTable(cards as PriceCard[], { name });
}
