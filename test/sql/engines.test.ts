/**
 * tableToSQL on the real engines: the generated script runs in DuckDB (@duckdb/node-api) and in Postgres
 * (PGlite, Postgres compiled to WASM), and every one of 100,000 seeded usage rows priced by the view
 * equals what getCard + estimateCost say of it, exactly: the cost, the card, the context and service tier,
 * or the error code and reason of a row the library refuses.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import { composeTables, createPriceTable } from '../../src/index.js';
import { compare, FALLBACK_AT, priceOn } from './engines.js';
import { expectedOf, usageRows } from './usage-rows.js';

const ROWS = 100_000;

describe.each(['duckdb', 'postgres'] as const)('tableToSQL on %s', (engine) => {
  it(`prices ${ROWS.toLocaleString('en-US')} seeded rows of the catalog exactly as estimateCost does`, async () => {
    const rows = usageRows(catalog, ROWS, 2026);
    const expected = rows.map((row) => expectedOf(catalog, row, FALLBACK_AT));
    // The rows reach every outcome the view can give, so agreement means something.
    const outcomes = new Set(expected.map((e) => e.reason ?? 'priced'));
    for (const outcome of [
      'priced',
      'unknown-model',
      'retired-model',
      'invalid-usage',
      'invalid-record',
      'no-service-tier',
      'aggregated-long-context',
      'missing-rate',
    ]) {
      expect(outcomes, outcome).toContain(outcome);
    }
    expect(expected.filter((e) => e.contextTier !== null).length).toBeGreaterThan(500);
    const priced = await priceOn(engine, catalog, rows);
    const mismatches = compare(rows, expected, priced);
    expect(mismatches.slice(0, 3)).toEqual([]);
    expect(mismatches.length).toBe(0);
  }, 300_000);

  it('follows a composed table layer by layer, and reports an id several providers price as ambiguous', async () => {
    const own = createPriceTable(
      [
        {
          id: 'gpt-4o',
          provider: 'openai',
          inputPerMillion: '1.25',
          outputPerMillion: '5',
          requestFee: '0.0001',
        },
        { id: 'shared-model', provider: 'alpha', inputPerMillion: '1', outputPerMillion: '2' },
        {
          id: 'shared-model',
          provider: 'beta',
          inputPerMillion: '3',
          outputPerMillion: '4',
          webSearchPerThousand: '10',
        },
        {
          id: 'night-model',
          provider: 'alpha',
          inputPerMillion: '0.5',
          outputPerMillion: '1',
          timeOfDay: { fromUtc: '22:00', toUtc: '06:00', days: ['sat'] },
        },
        { id: 'night-model', provider: 'alpha', inputPerMillion: '2', outputPerMillion: '4' },
      ],
      { name: 'own' },
    );
    const table = composeTables(own, catalog);
    const rows = usageRows(table, 5000, 7).map((row, index) =>
      index % 10 === 0 ? { ...row, model: 'shared-model', provider: index % 20 === 0 ? 'beta' : null } : row,
    );
    const expected = rows.map((row) => expectedOf(table, row, FALLBACK_AT));
    expect(expected.some((e) => e.code === 'AMBIGUOUS_MODEL')).toBe(true);
    expect(expected.some((e) => e.cardId === 'night-model' && e.cost !== null)).toBe(true);
    const mismatches = compare(rows, expected, await priceOn(engine, table, rows));
    expect(mismatches.slice(0, 3)).toEqual([]);
    expect(mismatches.length).toBe(0);
  }, 120_000);
});
