/**
 * tableToSQL on the real engines: the generated script runs in DuckDB (@duckdb/node-api) and in Postgres
 * (PGlite, Postgres compiled to WASM), and every one of 100,000 seeded usage rows priced by the view
 * equals what getCard + estimateCost say of it, exactly: the cost, the card, the context and service tier,
 * or the error code and reason of a row the library refuses.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import { composeTables, createPriceTable, type PriceTable } from '../../src/index.js';
import { tableToSQL, USAGE_COLUMNS } from '../../src/sql/index.js';
import {
  canonicalDecimal,
  type Expected,
  expectedOf,
  rowValues,
  USAGE_ROW_COLUMNS,
  type UsageRow,
  usageRows,
} from './usage-rows.js';

const FALLBACK_AT = '2026-11-01T12:34:56.789Z';
const ROWS = 100_000;

/** The priced columns of the view, as one engine returns them, text for exact comparison. */
interface Priced {
  readonly row_id: number;
  readonly cost: string | null;
  readonly currency: string | null;
  readonly card_id: string | null;
  readonly context_tier: number | null;
  readonly service_tier_priced: string | null;
  readonly unpriced_code: string | null;
  readonly unpriced_reason: string | null;
}

const SELECT_PRICED = `SELECT row_id, CAST(cost AS VARCHAR) AS cost, currency, card_id, CAST(context_tier AS INTEGER) AS context_tier,
  service_tier_priced, unpriced_code, unpriced_reason FROM usage_priced ORDER BY row_id`;

function createUsage(): string {
  return `CREATE TABLE usage (row_id BIGINT, ${USAGE_COLUMNS.map((column) => `"${column.name}" ${column.type === 'timestamp' ? 'TIMESTAMP' : column.type === 'bigint' ? 'BIGINT' : 'TEXT'}`).join(', ')});`;
}

function inserts(rows: readonly UsageRow[]): string[] {
  const statements: string[] = [];
  for (let i = 0; i < rows.length; i += 5000) {
    statements.push(
      `INSERT INTO usage (${USAGE_ROW_COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${rows
        .slice(i, i + 5000)
        .map(rowValues)
        .join(',\n')};`,
    );
  }
  return statements;
}

/** Runs statements and a query on a fresh in-memory engine. */
const ENGINES = {
  async duckdb(statements: readonly string[], query: string): Promise<Record<string, unknown>[]> {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      for (const statement of statements) await connection.run(statement);
      const reader = await connection.runAndReadAll(query);
      return reader.getRowObjectsJS() as Record<string, unknown>[];
    } finally {
      connection.closeSync();
    }
  },
  async postgres(statements: readonly string[], query: string): Promise<Record<string, unknown>[]> {
    const db = new PGlite();
    try {
      for (const statement of statements) await db.exec(statement);
      return (await db.query<Record<string, unknown>>(query.replaceAll('VARCHAR', 'TEXT'))).rows;
    } finally {
      await db.close();
    }
  },
} as const;

function compare(
  rows: readonly UsageRow[],
  expected: readonly Expected[],
  priced: readonly Priced[],
): string[] {
  const mismatches: string[] = [];
  expect(priced.length).toBe(rows.length);
  priced.forEach((got, index) => {
    const want = expected[index] as Expected;
    const actual: Expected = {
      cost: got.cost === null ? null : canonicalDecimal(got.cost),
      currency: got.currency,
      cardId: got.card_id,
      contextTier: got.context_tier === null ? null : Number(got.context_tier),
      serviceTier: got.service_tier_priced,
      code: got.unpriced_code,
      reason: got.unpriced_reason,
    };
    const wanted = { ...want, cost: want.cost === null ? null : canonicalDecimal(want.cost) };
    if (Number(got.row_id) !== index || JSON.stringify(actual) !== JSON.stringify(wanted)) {
      mismatches.push(
        `${JSON.stringify(rows[index])}\n  library: ${JSON.stringify(wanted)}\n  sql:     ${JSON.stringify(actual)}`,
      );
    }
  });
  if (mismatches.length > 0) console.log(`${mismatches.length} of ${rows.length} rows differ`);
  return mismatches;
}

async function priceOn(
  engine: keyof typeof ENGINES,
  table: PriceTable,
  rows: readonly UsageRow[],
): Promise<Priced[]> {
  const script = tableToSQL(table, { dialect: engine, at: FALLBACK_AT });
  const result = await ENGINES[engine]([createUsage(), ...inserts(rows), script], SELECT_PRICED);
  return result as unknown as Priced[];
}

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
