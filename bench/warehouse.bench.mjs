// Benchmark: pricing the same usage rows two ways on one machine. DuckDB runs the script of tableToSQL and
// totals a Parquet file through the `usage_priced` view (reading the file included); the in-process
// aggregator (aggregateLog) totals the same rows as a JSONL log in our log format (reading and parsing
// included). Both group by model, and the totals must agree exactly. Rows default to 10,000,000.
// Run with `npm run bench:warehouse` (or `node bench/warehouse.bench.mjs [rows]` after a build).

import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { aggregateLog } from '../dist/budget.js';
import { catalog } from '../dist/data/index.js';
import { getCard } from '../dist/index.js';
import { tableToSQL } from '../dist/sql.js';

const rows = Number(process.argv[2] ?? 10_000_000);
const MODELS = [
  'gpt-4o',
  'gpt-4o-mini',
  'gpt-4.1',
  'o3',
  'claude-sonnet-4-5',
  'claude-haiku-4-5',
  'gemini-2.5-flash',
  'gemini-2.5-pro',
  'deepseek-v4-flash',
  'grok-4',
];
const FROM = '2026-10-01';
for (const model of MODELS) getCard(catalog, model, { at: `${FROM}T00:00:00Z` }); // each one priced then

const dir = mkdtempSync(join(tmpdir(), 'tokenomics-warehouse-'));
const parquet = join(dir, 'usage.parquet');
const jsonl = join(dir, 'usage.jsonl');

/** The rows: ten models over October 2026 (DeepSeek's off-peak hours included), cache reads on most. */
const ROWS_SQL = `SELECT
  (${`[${MODELS.map((m) => `'${m}'`).join(', ')}]`})[1 + CAST(hash(i) % ${MODELS.length} AS INTEGER)] AS model,
  CAST(NULL AS TEXT) AS provider,
  TIMESTAMP '${FROM}' + to_milliseconds(CAST(hash(i * 7 + 1) % ${30 * 86_400_000} AS BIGINT)) AS "at",
  CAST(200 + hash(i * 7 + 2) % 20000 AS BIGINT) AS input_tokens,
  CAST(hash(i * 7 + 3) % 2000 AS BIGINT) AS output_tokens,
  CAST((200 + hash(i * 7 + 2) % 20000) * (hash(i * 7 + 4) % 100) // 100 AS BIGINT) AS cache_read_tokens
FROM range(${rows}) t(i)`;

async function connect() {
  const instance = await DuckDBInstance.create(':memory:');
  return instance.connect();
}

async function time(fn) {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}

function canonical(value) {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

try {
  const setup = await connect();
  await setup.run(`COPY (${ROWS_SQL}) TO '${parquet}' (FORMAT parquet)`);
  await setup.run(
    `COPY (SELECT model, strftime("at", '%Y-%m-%dT%H:%M:%S.%gZ') AS "at", {'inputTokens': input_tokens, 'outputTokens': output_tokens, 'cacheReadTokens': cache_read_tokens} AS usage FROM read_parquet('${parquet}')) TO '${jsonl}' (FORMAT json)`,
  );
  setup.closeSync();
  const mb = (file) => (statSync(file).size / 1e6).toFixed(0);
  console.log(`${rows.toLocaleString('en-US')} rows: Parquet ${mb(parquet)} MB, JSONL ${mb(jsonl)} MB`);

  const duck = await connect();
  // The file has the columns this traffic uses; the view adds the others as NULL (the script wants them all).
  await duck.run(
    `CREATE VIEW usage AS SELECT model, provider, "at", input_tokens, output_tokens, cache_read_tokens,
      NULL::BIGINT AS cache_write_tokens, NULL::BIGINT AS cache_write_1h_tokens, NULL::BIGINT AS reasoning_tokens,
      NULL::BIGINT AS audio_input_tokens, NULL::BIGINT AS audio_cache_read_tokens, NULL::BIGINT AS audio_output_tokens,
      NULL::BIGINT AS image_input_tokens, NULL::BIGINT AS image_cache_read_tokens, NULL::BIGINT AS image_output_tokens,
      NULL::BIGINT AS requests, NULL::BIGINT AS web_searches, NULL::TEXT AS service_tier
    FROM read_parquet('${parquet}')`,
  );
  await duck.run(tableToSQL(catalog, { dialect: 'duckdb' }));
  const query = `SELECT card_id, CAST(sum(cost) AS VARCHAR) AS total, count(*) AS n, count(cost) AS priced
    FROM usage_priced GROUP BY card_id ORDER BY card_id`;
  const duckTimes = [];
  let duckRows;
  for (let round = 0; round < 3; round++) {
    const { ms, result } = await time(async () => (await duck.runAndReadAll(query)).getRowObjectsJS());
    duckTimes.push(ms);
    duckRows = result;
  }
  duck.closeSync();

  const aggregateTimes = [];
  let report;
  for (let round = 0; round < 2; round++) {
    const { ms, result } = await time(() =>
      aggregateLog(createReadStream(jsonl, { encoding: 'utf8', highWaterMark: 1 << 16 }), {
        table: catalog,
        groupBy: ['model'],
      }),
    );
    aggregateTimes.push(ms);
    report = result;
  }

  const fromDuck = new Map(duckRows.map((row) => [row.card_id, canonical(row.total)]));
  const fromAggregator = new Map(
    report.groups.map((group) => [group.key.model, canonical(group.total.amount)]),
  );
  const agree =
    fromDuck.size === fromAggregator.size &&
    [...fromAggregator].every(([model, total]) => fromDuck.get(model) === total);
  const best = (times) => Math.min(...times);
  const rate = (ms) => `${(((rows / ms) * 1000) / 1e6).toFixed(2)}M rows/s`;
  console.log(
    `DuckDB (${await threads()} threads), Parquet through usage_priced: ${(best(duckTimes) / 1000).toFixed(2)} s, ${rate(best(duckTimes))}`,
  );
  console.log(
    `aggregateLog (one thread), the same rows as JSONL: ${(best(aggregateTimes) / 1000).toFixed(2)} s, ${rate(best(aggregateTimes))}`,
  );
  console.log(
    `ratio DuckDB / aggregator: ${(best(aggregateTimes) / best(duckTimes)).toFixed(1)}x; totals per model agree exactly: ${agree}`,
  );
  if (!agree) {
    console.log({ duckdb: Object.fromEntries(fromDuck), aggregator: Object.fromEntries(fromAggregator) });
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function threads() {
  const connection = await connect();
  const reader = await connection.runAndReadAll("SELECT current_setting('threads') AS threads");
  const value = reader.getRowObjectsJS()[0].threads;
  connection.closeSync();
  return value;
}
