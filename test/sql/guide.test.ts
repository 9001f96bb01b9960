/**
 * docs/warehouse.md runs as written: its ```sql blocks (each marked `-- postgres` or `-- duckdb`) and its
 * `tokenomics sql` commands, in order, on PGlite and DuckDB, with the file paths pointed at data this test
 * writes. The totals its queries print equal the library's: estimateCost per row, aggregateLog per team.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregateLog } from '../../src/budget/index.js';
import { catalog } from '../../src/catalog/index.js';
import { estimateCost, getCard } from '../../src/index.js';
import { USAGE_COLUMNS } from '../../src/sql/index.js';
import { cli } from '../support/cli.js';
import {
  decimalUnits,
  expectedOf,
  rowValues,
  USAGE_ROW_COLUMNS,
  type UsageRow,
  usageOf,
  usageRows,
} from './usage-rows.js';

const guide = readFileSync(fileURLToPath(new URL('../../docs/warehouse.md', import.meta.url)), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'tokenomics-guide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Step = { kind: 'sql'; engine: string; code: string } | { kind: 'sh'; code: string };

/** The guide's blocks, in order. */
function steps(): Step[] {
  return [...guide.matchAll(/```(sql|sh)\n([\s\S]*?)\n```/g)].map((match) => {
    const code = match[2] as string;
    if (match[1] === 'sh') return { kind: 'sh', code };
    const engine = /^-- (postgres|duckdb)\n/.exec(code)?.[1];
    if (engine === undefined) throw new Error(`a sql block of docs/warehouse.md names no engine:\n${code}`);
    return { kind: 'sql', engine, code };
  });
}

async function tokenomics(args: string): Promise<string> {
  const { code, stdout, stderr } = await cli(args.trim().split(/\s+/));
  expect(code, stderr).toBe(0);
  return stdout;
}

/**
 * Runs the guide's steps for one engine: SQL blocks as written (paths moved into the test's folder), and
 * the shell lines that write a script (`npx tokenomics sql ... > file` or `| psql`/`| duckdb`) or run one
 * (`psql -f file`, `duckdb db < file`). Returns each SELECT's rows, by block.
 */
async function runGuide(
  engine: 'postgres' | 'duckdb',
  exec: (sql: string) => Promise<Record<string, unknown>[]>,
): Promise<Record<string, unknown>[][]> {
  const files = new Map<string, string>();
  const results: Record<string, unknown>[][] = [];
  for (const step of steps()) {
    if (step.kind === 'sql') {
      if (step.engine !== engine) continue;
      const code = step.code
        .replaceAll("'usage/*.parquet'", `'${join(dir, 'usage', '*.parquet')}'`)
        .replaceAll("'usage.jsonl'", `'${join(dir, 'usage.jsonl')}'`);
      results.push(await exec(code));
      continue;
    }
    for (const line of step.code.split('\n')) {
      const generate = /^npx tokenomics (sql .*?)(?: > (\S+)| \| (psql|duckdb).*)?$/.exec(line);
      if (generate !== null) {
        if (!(generate[1] as string).includes(`--dialect ${engine}`)) continue;
        const script = await tokenomics(generate[1] as string);
        if (generate[2] !== undefined) files.set(generate[2], script);
        else await exec(script);
        continue;
      }
      const runFile = /^(?:psql .* -f (\S+)|duckdb \S+ < (\S+))$/.exec(line);
      if (runFile !== null) {
        const wanted = line.startsWith('psql') ? 'postgres' : 'duckdb';
        if (wanted !== engine) continue;
        const script = files.get((runFile[1] ?? runFile[2]) as string);
        expect(script, line).toBeDefined();
        await exec(script as string);
        continue;
      }
      expect(line, 'a shell line the guide test does not know').toMatch(/^npm /);
    }
  }
  return results;
}

describe('docs/warehouse.md', () => {
  it('lists every usage column', () => {
    for (const column of USAGE_COLUMNS) expect(guide).toContain(`\`${column.name}\``);
  });

  it('runs on Postgres, and its spend equals estimateCost row by row', async () => {
    const db = new PGlite();
    try {
      const results = await runGuide('postgres', async (sql) => {
        const out = await db.exec(sql);
        return (out.at(-1)?.rows ?? []) as Record<string, unknown>[];
      });
      const spend = results[2] as Record<string, unknown>[];
      const unpriced = results[3] as Record<string, unknown>[];
      expect(spend.length).toBeGreaterThan(3);
      expect(unpriced.map((row) => row.unpriced_code)).toContain('RETIRED_MODEL');
      // The block's total is the library's, request by request.
      const rows = (await db.query<Record<string, unknown>>('SELECT * FROM llm_usage ORDER BY id')).rows;
      let expected = 0n;
      for (const row of rows) {
        try {
          const card = getCard(catalog, String(row.model), { at: row.at as Date });
          const counts = Object.fromEntries(
            USAGE_ROW_COLUMNS.map((column) => {
              const value = row[column];
              return [
                column,
                typeof value === 'number' || typeof value === 'bigint' ? Number(value) : (value ?? null),
              ];
            }),
          ) as unknown as UsageRow;
          const usage = usageOf(counts);
          expected += decimalUnits(estimateCost(usage, card).total.amount);
        } catch {
          // not priced: the view leaves it out of the spend block too
        }
      }
      const total = spend.reduce((sum, row) => sum + decimalUnits(String(row.spend)), 0n);
      expect(total).toBe(expected);
    } finally {
      await db.close();
    }
  }, 60_000);

  it("runs on DuckDB over Parquet and over a JSON lines log, with the library's totals", async () => {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    try {
      // The Parquet files: 2,000 seeded rows of the catalog in two files with different column sets.
      const rows = usageRows(catalog, 2000, 11);
      mkdirSync(join(dir, 'usage'), { recursive: true });
      const columns = USAGE_COLUMNS.map((column) => `"${column.name}" ${column.type.toUpperCase()}`).join(
        ', ',
      );
      await connection.run(`CREATE TABLE seeded (row_id BIGINT, ${columns})`);
      await connection.run(
        `INSERT INTO seeded (${USAGE_ROW_COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${rows.map(rowValues).join(',\n')}`,
      );
      await connection.run(
        `COPY (SELECT * EXCLUDE (row_id) FROM seeded WHERE row_id % 2 = 0) TO '${join(dir, 'usage', 'a.parquet')}' (FORMAT parquet)`,
      );
      await connection.run(
        `COPY (SELECT * EXCLUDE (row_id, image_output_tokens) FROM seeded WHERE row_id % 2 = 1) TO '${join(dir, 'usage', 'b.parquet')}' (FORMAT parquet)`,
      );
      // The JSON lines log: the same kind of traffic in the log format, with teams.
      const logRows = usageRows(catalog, 1000, 12).filter((row) => row.model !== null && row.at !== null);
      writeFileSync(
        join(dir, 'usage.jsonl'),
        logRows
          .map((row, index) =>
            JSON.stringify({
              model: row.model,
              ...(row.provider === null ? {} : { provider: row.provider }),
              at: row.at,
              usage: usageOf(row),
              tags: { team: ['search', 'ads', 'labs'][index % 3] },
            }),
          )
          .join('\n'),
      );
      const results = await runGuide('duckdb', async (sql) => {
        const reader = await connection.runAndReadAll(sql);
        return reader.getRowObjectsJson() as Record<string, unknown>[]; // decimals as exact strings
      });
      // The monthly spend over Parquet is the library's total of the seeded rows.
      const monthly = results[1] as Record<string, unknown>[];
      const scale = decimalUnits;
      const fromDuck = monthly.reduce(
        (sum, row) => sum + (row.spend === null ? 0n : scale(String(row.spend))),
        0n,
      );
      const fromLibrary = rows
        .map((row) => expectedOf(catalog, row, new Date().toISOString()))
        .filter((expected) => expected.cost !== null)
        .reduce((sum, expected) => sum + scale(expected.cost as string), 0n);
      expect(fromDuck).toBe(fromLibrary);
      // The per-team spend over the log is aggregateLog's.
      const byTeam = results[3] as Record<string, unknown>[];
      const report = await aggregateLog(readFileSync(join(dir, 'usage.jsonl'), 'utf8').split('\n'), {
        table: catalog,
        groupBy: ['team'],
      });
      const teams = new Map<string, bigint>();
      for (const row of byTeam) {
        teams.set(String(row.team), (teams.get(String(row.team)) ?? 0n) + scale(String(row.spend)));
      }
      expect(teams.size).toBe(3);
      for (const group of report.groups) {
        expect(teams.get(String(group.key.team))).toBe(scale(group.total.amount));
      }
    } finally {
      connection.closeSync();
    }
  }, 60_000);
});
