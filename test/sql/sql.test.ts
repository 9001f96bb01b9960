/**
 * tableToSQL's contract beyond the row-by-row agreement (engines.test.ts): typed errors for every bad
 * option, the view keeps the usage table's own columns, literals are quoted, the script refreshes in place,
 * rows without `at` are priced at the time the query runs, and the CLI prints a script that runs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import { createPriceTable, estimateCost, getCard } from '../../src/index.js';
import { tableToSQL, USAGE_COLUMNS } from '../../src/sql/index.js';
import { cli } from '../support/cli.js';
import { errorOf } from '../support/errors.js';
import { canonicalDecimal } from './usage-rows.js';

let connection: DuckDBConnection;
beforeAll(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => connection.closeSync());

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

describe('tableToSQL options', () => {
  it('refuses each bad option with a typed error naming it', () => {
    const cases: [unknown, unknown, string][] = [
      [{ cards: [] }, { dialect: 'duckdb' }, 'not a price table the library built'],
      [catalog, undefined, "such as { dialect: 'duckdb' }"],
      [catalog, { dialect: 'mysql' }, "dialect is \"mysql\"; use 'duckdb' or 'postgres'"],
      [catalog, { dialect: 'duckdb', usageTable: 'usage; DROP TABLE x' }, 'usageTable is'],
      [catalog, { dialect: 'duckdb', usageTable: 'a.b.c' }, 'usageTable is'],
      [catalog, { dialect: 'duckdb', prefix: '1abc' }, 'prefix is'],
      [catalog, { dialect: 'duckdb', prefix: 'analytics.t' }, 'no schema'],
      [catalog, { dialect: 'duckdb', at: 'not a date' }, 'not a valid instant'],
      [catalog, { dialect: 'duckdb', createUsageTable: 'yes' }, 'createUsageTable is "yes"'],
      [catalog, { dialect: 'duckdb', dialekt: 'duckdb' }, 'dialekt'],
      [catalog, { dialect: 'toString' }, 'dialect is "toString"'],
      [catalog, { dialect: 'duckdb', provider: '' }, 'provider is ""'],
      [catalog, { dialect: 'duckdb', columns: 'model' }, 'columns is "model"'],
      [
        createPriceTable(
          [{ id: 'nul\u0000id', provider: 'p', inputPerMillion: '1', outputPerMillion: '1' }],
          { name: 'n' },
        ),
        { dialect: 'postgres' },
        'contains a NUL character (U+0000) or a lone UTF-16 surrogate',
      ],
      [catalog, { dialect: 'duckdb', columns: ['model', 'input_tokens', 'tokens'] }, 'columns has "tokens"'],
      [catalog, { dialect: 'duckdb', columns: ['model', 'model', 'input_tokens', 'output_tokens'] }, 'twice'],
      [catalog, { dialect: 'duckdb', columns: ['model', 'input_tokens'] }, 'columns lacks output_tokens'],
      [
        catalog,
        { dialect: 'duckdb', provider: 'no-such-provider' },
        'has no cards of provider "no-such-provider"',
      ],
    ];
    for (const [table, options, message] of cases) {
      const error = errorOf(() => tableToSQL(table as never, options as never), 'INVALID_ARGUMENT');
      expect(error.message).toContain(message);
    }
  });

  it('documents the usage columns in a frozen list', () => {
    expect(Object.isFrozen(USAGE_COLUMNS)).toBe(true);
    expect(USAGE_COLUMNS.every((column) => Object.isFrozen(column))).toBe(true);
    expect(USAGE_COLUMNS.map((column) => column.name)).toEqual([
      'model',
      'provider',
      'at',
      'input_tokens',
      'output_tokens',
      'cache_read_tokens',
      'cache_write_tokens',
      'cache_write_1h_tokens',
      'reasoning_tokens',
      'audio_input_tokens',
      'audio_cache_read_tokens',
      'audio_output_tokens',
      'image_input_tokens',
      'image_cache_read_tokens',
      'image_output_tokens',
      'requests',
      'web_searches',
      'service_tier',
    ]);
  });
});

describe('the script on DuckDB', () => {
  const columns = USAGE_COLUMNS.map((column) => `"${column.name}" ${column.type.toUpperCase()}`).join(', ');

  it("keeps the usage table's own columns (in its order) and adds the priced ones", async () => {
    await connection.run(
      `CREATE SCHEMA analytics; CREATE TABLE analytics.llm (team TEXT, ${columns}, note TEXT)`,
    );
    await connection.run(
      `INSERT INTO analytics.llm (team, model, "at", input_tokens, output_tokens, note) VALUES ('search', 'gpt-4o', TIMESTAMP '2026-11-02 09:00:00', 120000, 8000, 'a'), ('search', 'gpt-4o', TIMESTAMP '2026-11-02 10:00:00', 1000, 100, 'b'), ('ads', 'claude-sonnet-4-5', TIMESTAMP '2026-11-02 11:00:00', 1000, 100, 'c')`,
    );
    await connection.run(
      tableToSQL(catalog, { dialect: 'duckdb', usageTable: 'analytics.llm', prefix: 'prices' }),
    );
    const described = await query('DESCRIBE analytics.llm_priced');
    expect(described.map((row) => row.column_name)).toEqual([
      'team',
      ...USAGE_COLUMNS.map((column) => column.name),
      'note',
      'cost',
      'currency',
      'card_id',
      'card_provider',
      'context_tier',
      'service_tier_priced',
      'unpriced_code',
      'unpriced_reason',
    ]);
    const byTeam = await query(
      'SELECT team, CAST(sum(cost) AS VARCHAR) AS spend FROM analytics.llm_priced GROUP BY team ORDER BY team',
    );
    const price = (model: string, usage: { inputTokens: number; outputTokens: number }) =>
      estimateCost(usage, getCard(catalog, model, { at: '2026-11-02T09:00:00Z' })).total.amount;
    expect(byTeam.map((row) => [row.team, canonicalDecimal(String(row.spend))])).toEqual([
      ['ads', price('claude-sonnet-4-5', { inputTokens: 1000, outputTokens: 100 })],
      [
        'search',
        sumExact([
          price('gpt-4o', { inputTokens: 120000, outputTokens: 8000 }),
          price('gpt-4o', { inputTokens: 1000, outputTokens: 100 }),
        ]),
      ],
    ]);
  });

  it('prices a table with only some usage columns (columns), the rest read as NULL, on DuckDB and Postgres', async () => {
    const columns = ['model', 'at', 'input_tokens', 'output_tokens', 'cache_read_tokens'];
    const create =
      'CREATE TABLE calls (team TEXT, model TEXT, "at" TIMESTAMP, input_tokens BIGINT, output_tokens BIGINT, cache_read_tokens BIGINT)';
    const insert = `INSERT INTO calls VALUES ('search', 'gpt-4o', TIMESTAMP '2026-11-02 09:00:00', 120000, 8000, 50000),
      ('ads', 'deepseek-v4-flash', TIMESTAMP '2026-11-02 18:30:00', 40000, 2000, 30000), ('ads', 'no-such-model', NULL, 1, 1, NULL)`;
    const select =
      'SELECT team, model, CAST(cost AS VARCHAR) AS cost, unpriced_code FROM calls_priced ORDER BY model';
    const expected = [
      [
        'ads',
        'deepseek-v4-flash',
        estimateCost(
          { inputTokens: 40000, outputTokens: 2000, cacheReadTokens: 30000 },
          getCard(catalog, 'deepseek-v4-flash', { at: '2026-11-02T18:30:00Z' }),
        ).total.amount,
        null,
      ],
      [
        'search',
        'gpt-4o',
        estimateCost(
          { inputTokens: 120000, outputTokens: 8000, cacheReadTokens: 50000 },
          getCard(catalog, 'gpt-4o', { at: '2026-11-02T09:00:00Z' }),
        ).total.amount,
        null,
      ],
      ['ads', 'no-such-model', null, 'UNKNOWN_MODEL'],
    ];
    const shape = (rows: Record<string, unknown>[]) =>
      rows.map((row) => [
        row.team,
        row.model,
        row.cost === null ? null : canonicalDecimal(String(row.cost)),
        row.unpriced_code,
      ]);
    await connection.run(create);
    await connection.run(insert);
    await connection.run(tableToSQL(catalog, { dialect: 'duckdb', usageTable: 'calls', columns }));
    expect(shape(await query(select))).toEqual(expected);
    const db = new PGlite();
    try {
      await db.exec(`${create}; ${insert};`);
      await db.exec(tableToSQL(catalog, { dialect: 'postgres', usageTable: 'calls', columns }));
      expect(
        shape((await db.query<Record<string, unknown>>(select.replace('VARCHAR', 'TEXT'))).rows),
      ).toEqual(expected);
    } finally {
      await db.close();
    }
  });

  it('quotes names and ids, and refreshes the rates in place when run again', async () => {
    await connection.run(`CREATE TABLE usage (${columns})`);
    await connection.run(
      `INSERT INTO usage (model, input_tokens, output_tokens) VALUES ('o''brien-1', 1000000, 0)`,
    );
    const table = (input: string) =>
      createPriceTable(
        [
          {
            id: "o'brien-1",
            aliases: ["o'b"],
            provider: "acme's",
            inputPerMillion: input,
            outputPerMillion: '1',
          },
        ],
        { name: "acme's prices" },
      );
    await connection.run(tableToSQL(table('2'), { dialect: 'duckdb' }));
    expect(await query('SELECT CAST(cost AS VARCHAR) AS cost, card_provider FROM usage_priced')).toEqual([
      { cost: '2.000000000000000000', card_provider: "acme's" },
    ]);
    await connection.run(tableToSQL(table('2.5'), { dialect: 'duckdb' }));
    expect(await query('SELECT CAST(cost AS VARCHAR) AS cost FROM usage_priced')).toEqual([
      { cost: '2.500000000000000000' }, // DECIMAL(38, 18): the type stays when the rates change
    ]);
  });

  it('prices a row without at at the time the query runs, or at the script option', async () => {
    await connection.run('DROP VIEW usage_priced; DROP TABLE usage');
    await connection.run(tableToSQL(catalog, { dialect: 'duckdb', createUsageTable: true }));
    await connection.run(
      "INSERT INTO usage (model, input_tokens, output_tokens, cache_read_tokens) VALUES ('gpt-4o', 120000, 8000, 50000)",
    );
    const usage = { inputTokens: 120000, outputTokens: 8000, cacheReadTokens: 50000 };
    const [now] = await query('SELECT CAST(cost AS VARCHAR) AS cost, card_id FROM usage_priced');
    expect(canonicalDecimal(String(now?.cost))).toBe(
      estimateCost(usage, getCard(catalog, 'gpt-4o')).total.amount,
    );
    // o3 cost 10/40 before its price cut of 2025-06-10: the `at` option prices undated rows then.
    await connection.run("UPDATE usage SET model = 'o3'");
    await connection.run(tableToSQL(catalog, { dialect: 'duckdb', at: '2025-06-01' }));
    const [then] = await query('SELECT CAST(cost AS VARCHAR) AS cost FROM usage_priced');
    expect(canonicalDecimal(String(then?.cost))).toBe(
      estimateCost(usage, getCard(catalog, 'o3', { at: '2025-06-01' })).total.amount,
    );
    expect(estimateCost(usage, getCard(catalog, 'o3', { at: '2025-06-01' })).total.amount).not.toBe(
      estimateCost(usage, getCard(catalog, 'o3')).total.amount,
    );
  });
});

describe('tokenomics sql', () => {
  it("prints a script for one provider's cards that DuckDB runs", async () => {
    const { code, stdout } = await cli([
      'sql',
      '--dialect',
      'duckdb',
      '--provider',
      'deepseek',
      '--usage-table',
      'ds_usage',
      '--create-usage-table',
    ]);
    expect(code).toBe(0);
    await connection.run(stdout);
    await connection.run(
      `INSERT INTO ds_usage (model, "at", input_tokens, output_tokens) VALUES ('deepseek-v4-flash', TIMESTAMP '2026-10-15 18:00:00', 1000000, 1000000), ('gpt-4o', TIMESTAMP '2026-10-15 18:00:00', 1, 1)`,
    );
    const rows = await query(
      'SELECT model, CAST(cost AS VARCHAR) AS cost, unpriced_code FROM ds_usage_priced ORDER BY model',
    );
    const card = getCard(catalog, 'deepseek-v4-flash', { at: '2026-10-15T18:00:00Z' });
    expect(rows).toEqual([
      {
        model: 'deepseek-v4-flash',
        cost: expect.any(String),
        unpriced_code: null,
      },
      { model: 'gpt-4o', cost: null, unpriced_code: 'UNKNOWN_MODEL' },
    ]);
    expect(canonicalDecimal(String(rows[0]?.cost))).toBe(
      estimateCost({ inputTokens: 1000000, outputTokens: 1000000 }, card).total.amount,
    );
  });

  it('keeps the layers with --provider: your card in front of the catalog, other providers left out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenomics-sql-'));
    const mine = join(dir, 'prices.json');
    // An alias the catalog's own gpt-4o card also answers to: the layers decide, as getCard does.
    writeFileSync(
      mine,
      JSON.stringify([
        {
          id: 'gpt-4o-negotiated',
          aliases: ['gpt-4o'],
          provider: 'openai',
          inputPerMillion: '2',
          outputPerMillion: '8',
        },
      ]),
    );
    const { code, stdout } = await cli([
      'sql',
      '--dialect',
      'duckdb',
      '--table',
      mine,
      '--provider',
      'OpenAI',
      '--usage-table',
      'mine',
    ]);
    expect(code).toBe(0);
    const columns = USAGE_COLUMNS.map((column) => `"${column.name}" ${column.type.toUpperCase()}`).join(', ');
    await connection.run(`CREATE TABLE mine (${columns})`);
    await connection.run(
      "INSERT INTO mine (model, input_tokens, output_tokens) VALUES ('gpt-4o', 1000000, 1000000), ('gpt-4o-mini', 1000000, 0), ('claude-sonnet-4-5', 1, 1)",
    );
    await connection.run(stdout);
    const rows = await query(
      'SELECT model, CAST(cost AS VARCHAR) AS cost, card_id, unpriced_code FROM mine_priced ORDER BY model',
    );
    const mini = estimateCost({ inputTokens: 1000000, outputTokens: 0 }, getCard(catalog, 'gpt-4o-mini'))
      .total.amount;
    expect(
      rows.map((row) => [
        row.model,
        row.cost === null ? null : canonicalDecimal(String(row.cost)),
        row.card_id,
        row.unpriced_code,
      ]),
    ).toEqual([
      ['claude-sonnet-4-5', null, null, 'UNKNOWN_MODEL'],
      ['gpt-4o', '10', 'gpt-4o-negotiated', null],
      ['gpt-4o-mini', mini, 'gpt-4o-mini', null],
    ]);
  });

  it('refuses an unknown provider (exit 1) and an unknown dialect (exit 2)', async () => {
    const unknown = await cli(['sql', '--dialect', 'postgres', '--provider', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('has no cards of provider "nope"');
    const dialect = await cli(['sql', '--dialect', 'mysql']);
    expect(dialect.code).toBe(2);
    expect(dialect.stderr).toContain('Allowed choices are duckdb, postgres');
  });
});

/** An exact sum of decimal strings (for expected totals), through scaled bigints. */
function sumExact(values: readonly string[]): string {
  const scale = Math.max(...values.map((value) => (value.split('.')[1] ?? '').length));
  const total = values.reduce((sum, value) => {
    const [whole, fraction = ''] = value.split('.');
    return sum + BigInt(`${whole}${fraction.padEnd(scale, '0')}`);
  }, 0n);
  const digits = total.toString().padStart(scale + 1, '0');
  return canonicalDecimal(scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`);
}
