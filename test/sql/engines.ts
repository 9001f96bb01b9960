/**
 * Running tableToSQL's script on the real engines for tests: DuckDB (@duckdb/node-api) and Postgres
 * (PGlite), a usage table with the seeded rows, and the view's answers beside the library's, row by row.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { expect } from 'vitest';
import type { PriceTable } from '../../src/index.js';
import { tableToSQL, USAGE_COLUMNS } from '../../src/sql/index.js';
import {
  canonicalDecimal,
  type Expected,
  rowValues,
  USAGE_ROW_COLUMNS,
  type UsageRow,
} from './usage-rows.js';

/** The instant of rows without `at`, given to the script and to the library alike. */
export const FALLBACK_AT = '2026-11-01T12:34:56.789Z';

/** The priced columns of the view, as one engine returns them, text for exact comparison. */
export interface Priced {
  readonly row_id: number;
  readonly cost: string | null;
  readonly currency: string | null;
  readonly card_id: string | null;
  readonly context_tier: number | null;
  readonly service_tier_priced: string | null;
  readonly unpriced_code: string | null;
  readonly unpriced_reason: string | null;
}

export const SELECT_PRICED = `SELECT row_id, CAST(cost AS VARCHAR) AS cost, currency, card_id, CAST(context_tier AS INTEGER) AS context_tier,
  service_tier_priced, unpriced_code, unpriced_reason FROM usage_priced ORDER BY row_id`;

export function createUsage(): string {
  return `CREATE TABLE usage (row_id BIGINT, ${USAGE_COLUMNS.map((column) => `"${column.name}" ${column.type.toUpperCase()}`).join(', ')});`;
}

export function inserts(rows: readonly UsageRow[]): string[] {
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
export const ENGINES = {
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

export function compare(
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

export async function priceOn(
  engine: keyof typeof ENGINES,
  table: PriceTable,
  rows: readonly UsageRow[],
): Promise<Priced[]> {
  const script = tableToSQL(table, { dialect: engine, at: FALLBACK_AT });
  const result = await ENGINES[engine]([createUsage(), ...inserts(rows), script], SELECT_PRICED);
  return result as unknown as Priced[];
}
