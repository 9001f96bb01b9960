/**
 * tableToSQL on tables read from other tools' catalogs (LiteLLM, genai-prices, models.dev, OpenRouter: ids
 * with slashes, colons and dots, thousands of cards, tiers, several providers per id): seeded rows priced by
 * each engine's view equal getCard + estimateCost. Reads ../shared/data/foreign/, absent from a user's clone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PriceTable } from '../../src/index.js';
import {
  fromGenaiPrices,
  fromLiteLLM,
  fromModelsDev,
  fromOpenRouter,
} from '../../src/tables/adapters/index.js';
import { compare, FALLBACK_AT, priceOn } from './engines.js';
import { expectedOf, usageRows } from './usage-rows.js';

const FOREIGN = fileURLToPath(new URL('../../../shared/data/foreign/', import.meta.url));
const available = existsSync(FOREIGN);
if (!available)
  console.warn(
    `SQL tests on foreign catalogs skipped: ${FOREIGN} is absent (it ships with the team workspace, not the repository).`,
  );
const read = (path: string) => JSON.parse(readFileSync(join(FOREIGN, path), 'utf8'));

const READERS: Record<string, () => PriceTable> = {
  litellm: () => fromLiteLLM(read('litellm/model_prices_and_context_window.json')).table,
  'genai-prices': () => fromGenaiPrices(read('genai-prices/v2_data.json')).table,
  'models.dev': () => fromModelsDev(read('models.dev/api.json')).table,
  openrouter: () => fromOpenRouter(read('openrouter/models_2026-05-15.json')).table,
};

describe.skipIf(!available).each(Object.keys(READERS))('tableToSQL on the %s catalog', (name) => {
  it.each(['duckdb', 'postgres'] as const)(
    'prices 5,000 seeded rows on %s as estimateCost does',
    async (engine) => {
      const table = (READERS[name] as () => PriceTable)();
      const rows = usageRows(table, 5000, 5);
      const expected = rows.map((row) => expectedOf(table, row, FALLBACK_AT));
      expect(expected.filter((e) => e.cost !== null).length).toBeGreaterThan(500);
      const mismatches = compare(rows, expected, await priceOn(engine, table, rows));
      expect(mismatches.slice(0, 3)).toEqual([]);
      expect(mismatches.length).toBe(0);
    },
    120_000,
  );
});
