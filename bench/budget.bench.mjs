// Benchmark: totalling a 1,000,000-record JSONL usage log (10 models, cache reads, some long prompts, four
// teams, spread over a month) with aggregateLog, beside the floor any JSONL reader pays: splitting the same
// chunks into lines and JSON.parse on each, in the same process. Also the CLI end to end on the file.
// Run with `npm run bench` (or `node bench/budget.bench.mjs [records]` after a build).

import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregateLog } from '../dist/budget.js';
import { catalog } from '../dist/data/index.js';
import { seeded } from './harness.mjs';

const mode = process.argv[2];

/** The floor: the same chunks split into lines and parsed, nothing else. */
async function parseOnly(file) {
  let rest = '';
  let parsed = 0;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    const text = rest + chunk;
    let from = 0;
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      if (newline > from) {
        JSON.parse(text.slice(from, newline));
        parsed++;
      }
      from = newline + 1;
      newline = text.indexOf('\n', from);
    }
    rest = text.slice(from);
  }
  return parsed;
}

async function aggregate(file) {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  return aggregateLog(stream, { table: catalog, groupBy: ['model', 'team', 'day'] });
}

async function time(fn) {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}

if (mode === '--memory') {
  // A fresh process that only totals the log: its peak resident memory is the aggregation's.
  const report = await aggregate(process.argv[3]);
  console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, priced: report.records.priced }));
} else if (mode === '--run') {
  const file = process.argv[3];
  const rounds = 5;
  const parseTimes = [];
  const aggregateTimes = [];
  let report;
  await time(() => parseOnly(file)); // warm-up
  await time(() => aggregate(file));
  for (let round = 0; round < rounds; round++) {
    parseTimes.push((await time(() => parseOnly(file))).ms);
    const { ms, result } = await time(() => aggregate(file));
    aggregateTimes.push(ms);
    report = result;
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    JSON.stringify({
      parseMs: median(parseTimes),
      aggregateMs: median(aggregateTimes),
      groups: report.groups.length,
      records: report.records,
      total: report.totals[0]?.total.amount,
    }),
  );
} else if (mode === '--generate') {
  const file = process.argv[3];
  const RECORDS = Number(process.argv[4]);
  const MODELS = [
    'gpt-4o',
    'gpt-4o-mini',
    'gpt-5.4',
    'claude-sonnet-4-5',
    'claude-haiku-4-5',
    'gemini-2.5-pro',
    'gemini-2.5-flash',
    'grok-4',
    'deepseek-flash',
    'mistral-large-latest',
  ];
  const TEAMS = ['search', 'support', 'agents', 'evals'];
  const random = seeded(7);
  const start = Date.parse('2026-10-01T00:00:00Z');
  const lines = [];
  for (let i = 0; i < RECORDS; i++) {
    const long = random() < 0.02;
    const input = long ? 200_001 + Math.floor(random() * 50_000) : 1 + Math.floor(random() * 20_000);
    const cached = Math.floor(input * random() * 0.8);
    const output = 1 + Math.floor(random() * 2_000);
    const at = new Date(start + Math.floor(random() * 31 * 86_400_000)).toISOString();
    lines.push(
      JSON.stringify({
        model: MODELS[i % MODELS.length],
        at,
        usage: { inputTokens: input, cacheReadTokens: cached, outputTokens: output },
        tags: { team: TEAMS[i % TEAMS.length] },
      }),
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
} else {
  // Each step runs in its own process, so none inherits another's memory (the peak RSS is the totalling's).
  const RECORDS = Number(mode ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'tokenomics-bench-'));
  const file = join(dir, 'usage.jsonl');
  const self = new URL(import.meta.url).pathname;
  execFileSync(process.execPath, [self, '--generate', file, String(RECORDS)]);
  const size = statSync(file).size;
  const run = JSON.parse(execFileSync(process.execPath, [self, '--run', file], { encoding: 'utf8' }));
  const memory = JSON.parse(execFileSync(process.execPath, [self, '--memory', file], { encoding: 'utf8' }));
  const rate = (ms) => `${(((RECORDS / ms) * 1000) / 1e6).toFixed(2)}M records/s`;
  console.log(
    `Totalling a usage log: ${RECORDS.toLocaleString('en-US')} records, ${(size / 1e6).toFixed(0)} MB JSONL, 10 models, by model x team x day (median of 5, one process)\n`,
  );
  console.log(
    `  split + JSON.parse only (the floor)      ${run.parseMs.toFixed(0).padStart(6)} ms   ${rate(run.parseMs)}`,
  );
  console.log(
    `  aggregateLog (priced and totalled)       ${run.aggregateMs.toFixed(0).padStart(6)} ms   ${rate(run.aggregateMs)}`,
  );
  console.log(
    `  aggregateLog throughput vs the floor:    ${((run.parseMs / run.aggregateMs) * 100).toFixed(0)}%`,
  );
  console.log(`  peak RSS of a process that only totals:  ${(memory.maxRssKb / 1024).toFixed(0)} MB`);
  console.log(
    `  groups: ${run.groups}, priced: ${run.records.priced}, unpriced: ${run.records.unpriced}, total: ${run.total} USD`,
  );
  const cli = join(process.cwd(), 'dist', 'cli.cjs');
  try {
    const t0 = performance.now();
    execFileSync(process.execPath, [cli, 'usage', file, '--group-by', 'model', '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    console.log(
      `  CLI end to end (tokenomics usage <file> --group-by model --json): ${(performance.now() - t0).toFixed(0)} ms`,
    );
  } catch (error) {
    console.log(`  CLI end to end: not run (${error.message.split('\n')[0]})`);
  }
  rmSync(dir, { recursive: true, force: true });
}
