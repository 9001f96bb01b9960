/**
 * aggregateUsage / aggregateLog: exact totals against an independent sum, every path (records, JSON lines,
 * text in arbitrary chunks, the scanner and JSON.parse) giving the same report, each record priced at its
 * own instant, and every record that cannot be priced reported with its line and reason.
 */
import DecimalBase from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateLog,
  aggregateUsage,
  createUsageAggregator,
  type UsageLogRecord,
} from '../../src/budget/index.js';
import { catalog } from '../../src/catalog/index.js';
import { createPriceTable, estimateCost, getCard } from '../../src/index.js';
import { rejectionOf } from '../support/errors.js';

/** Wide enough that no sum here is rounded. */
const Decimal = DecimalBase.clone({ precision: 200 });

const table = createPriceTable(
  [
    {
      id: 'alpha',
      provider: 'p',
      inputPerMillion: '0.15',
      cacheReadPerMillion: '0.075',
      outputPerMillion: '0.6',
    },
    {
      id: 'beta',
      provider: 'p',
      inputPerMillion: '3',
      cacheReadPerMillion: '0.3',
      outputPerMillion: '15',
      tiers: [{ abovePromptTokens: 200_000, inputPerMillion: '6', outputPerMillion: '22.5' }],
      serviceTiers: { batch: { multiplier: '0.5' } },
    },
    {
      id: 'gamma',
      provider: 'q',
      inputPerMillion: '0.000000000000001',
      outputPerMillion: '999999999999999',
      requestFee: '0.0001',
    },
    {
      id: 'old',
      provider: 'p',
      inputPerMillion: '1',
      outputPerMillion: '2',
      effective: { to: '2025-01-01' },
    },
  ],
  { name: 'test prices' },
);

const recordArbitrary = fc.record({
  model: fc.constantFrom('alpha', 'beta', 'gamma'),
  day: fc.integer({ min: 0, max: 40 }),
  input: fc.integer({ min: 0, max: 400_000 }),
  cachedShare: fc.integer({ min: 0, max: 100 }),
  output: fc.integer({ min: 0, max: 10_000_000 }),
  team: fc.constantFrom('a', 'b', undefined),
  batch: fc.boolean(),
});

type RawRecord = typeof recordArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toRecord(r: RawRecord): UsageLogRecord {
  const cacheReadTokens = r.model === 'gamma' ? 0 : Math.floor((r.input * r.cachedShare) / 100);
  return {
    model: r.model,
    at: new Date(Date.UTC(2026, 9, 1) + r.day * 86_400_000 + 3_600_000).toISOString(),
    usage: { inputTokens: r.input, cacheReadTokens, outputTokens: r.output },
    ...(r.batch && r.model === 'beta' ? { serviceTier: 'batch' as const } : {}),
    ...(r.team === undefined ? {} : { tags: { team: r.team } }),
  };
}

/** The independent sum: estimateCost per record, added with decimal.js. */
function expectedTotals(records: readonly UsageLogRecord[]): Map<string, string> {
  const sums = new Map<string, DecimalBase>();
  for (const record of records) {
    const cost = estimateCost(
      record.usage as NonNullable<UsageLogRecord['usage']>,
      getCard(table, record.model, { at: record.at as string }),
      record.serviceTier === undefined ? undefined : { serviceTier: record.serviceTier },
    );
    const key = `${record.model}|${record.tags?.team ?? ''}`;
    sums.set(key, (sums.get(key) ?? new Decimal(0)).plus(cost.total.amount));
  }
  return new Map([...sums].map(([key, sum]) => [key, sum.toFixed()]));
}

function chunks(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const point of points) {
    out.push(text.slice(from, point));
    from = point;
  }
  out.push(text.slice(from));
  return out;
}

describe('aggregateUsage and aggregateLog: exact totals', () => {
  it('equal an independent decimal sum of estimateCost, by every path and any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(recordArbitrary, { minLength: 1, maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (raw, cuts) => {
          const records = raw.map(toRecord);
          const expected = expectedTotals(records);
          const options = { table, groupBy: ['model', 'team'] };
          const text = records.map((record) => JSON.stringify(record)).join('\n');
          const reports = [
            await aggregateUsage(records, options),
            await aggregateUsage(
              records.map((record) => JSON.stringify(record)),
              options,
            ),
            await aggregateLog(chunks(text, cuts), options),
            await aggregateLog(new TextEncoder().encode(text), options),
          ];
          for (const report of reports) {
            const got = new Map(
              report.groups.map((group) => [
                `${group.key.model}|${group.key.team ?? ''}`,
                group.total.amount,
              ]),
            );
            expect(got).toEqual(expected);
            expect(report.records).toEqual({ read: records.length, priced: records.length, unpriced: 0 });
          }
          expect(reports[1]).toEqual(reports[0]);
          expect(reports[2]).toEqual(reports[0]);
        },
      ),
      { numRuns: 150, seed: 20261123 },
    );
  });

  it('keeps sums exact far beyond 2^53 units (a rate of 10^15 per 1M and 10^-15 per 1M in one group)', async () => {
    const records = Array.from({ length: 50 }, () => ({
      model: 'gamma',
      at: '2026-10-01',
      usage: { inputTokens: 9_000_000_000_000, outputTokens: 9_000_000_000_000 },
    }));
    const report = await aggregateUsage(records, { table });
    // Each: 9e12 x 1e-15 / 1e6 + 9e12 x 999999999999999 / 1e6 + 0.0001 per request.
    const one = new Decimal('9e12')
      .times('1e-15')
      .div(1e6)
      .plus(new Decimal('9e12').times('999999999999999').div(1e6))
      .plus('0.0001');
    expect(report.totals[0]?.total.amount).toBe(one.times(50).toFixed());
    expect(report.groups[0]?.counts.inputTokens).toBe(450_000_000_000_000);
  });

  it('sums token counts as usage records count them (inclusive), with request counts', async () => {
    const report = await aggregateUsage(
      [
        { model: 'alpha', usage: { inputTokens: 100, cacheReadTokens: 40, outputTokens: 10 } },
        { model: 'alpha', usage: { inputTokens: 50, outputTokens: 5, requests: 3 } },
      ],
      { table, at: '2026-10-01' },
    );
    expect(report.groups[0]?.counts).toMatchObject({
      inputTokens: 150,
      cacheReadTokens: 40,
      outputTokens: 15,
      requests: 4,
      webSearches: 0,
    });
    expect(report.groups[0]?.parts.cacheRead.amount).toBe('0.000003'); // 40 x 0.075 per 1M
  });
});

describe('each record at its own instant', () => {
  it("prices DeepSeek's peak and off-peak hours apart, and groups by UTC day and month", async () => {
    const usage = { inputTokens: 10_000, cacheReadTokens: 8_000, outputTokens: 1_000 };
    const report = await aggregateUsage(
      [
        { model: 'deepseek-flash', at: '2026-11-23T02:00:00Z', usage }, // Monday peak
        { model: 'deepseek-flash', at: '2026-11-22T02:00:00Z', usage }, // Sunday off-peak
        { model: 'deepseek-flash', at: '2026-11-23T09:00:00+08:00', usage }, // = 01:00Z Monday, peak
      ],
      { table: catalog, groupBy: ['day', 'month'] },
    );
    expect(report.groups.map((g) => [g.key.day, g.key.month, g.total.amount])).toEqual([
      ['2026-11-22', '2026-11', '0.000924'],
      ['2026-11-23', '2026-11', '0.003696'],
    ]);
  });

  it('uses the `at` option for records without one, and refuses an invalid one', async () => {
    const records = [{ model: 'old', usage: { inputTokens: 1_000_000, outputTokens: 0 } }];
    expect((await aggregateUsage(records, { table, at: '2024-06-01' })).totals[0]?.total.amount).toBe('1');
    const report = await aggregateUsage(records, { table, at: '2026-01-01' });
    expect(report.problems[0]).toMatchObject({ line: 1, reason: 'retired-model', model: 'old' });
    const bad = await aggregateUsage(
      [{ model: 'alpha', at: '2025-02-30T00:00:00Z', usage: { inputTokens: 1, outputTokens: 1 } }],
      { table },
    );
    expect(bad.problems[0]).toMatchObject({ reason: 'invalid-at' });
  });
});

describe('records that cannot be priced', () => {
  const lines = [
    '{"model":"alpha","at":"2026-10-01T00:00:00Z","usage":{"inputTokens":10,"outputTokens":1}}',
    '{"model":"alpha","usage":{"inputTokens":10,"outputTokens":1}',
    '',
    '{"model":"nope","usage":{"inputTokens":10,"outputTokens":1}}',
    '{"model":"old","at":"2026-10-01","usage":{"inputTokens":10,"outputTokens":1}}',
    '{"model":"alpha","usage":{"inputTokens":10,"cacheReadTokens":20,"outputTokens":1}}',
    '{"model":"alpha","usage":{"inputTokens":10,"outputTokens":1,"cacheWriteTokens":5}}',
    '{"model":"alpha","usgae":{"inputTokens":10,"outputTokens":1}}',
    '{"model":"alpha","usage":{"inputTokens":10.5,"outputTokens":1}}',
    '{"model":"gamma","serviceTier":"batch","usage":{"inputTokens":10,"outputTokens":1}}',
    '   ',
  ];

  it('are counted and reported with their line and reason, never priced at $0', async () => {
    const report = await aggregateLog(lines.join('\r\n'), { table, at: '2026-10-02' });
    expect(report.records).toEqual({ read: 9, priced: 1, unpriced: 8 });
    expect(report.problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'invalid-json'],
      [4, 'unknown-model'],
      [5, 'retired-model'],
      [6, 'invalid-usage'],
      [7, 'unpriced'],
      [8, 'invalid-record'],
      [9, 'invalid-usage'],
      [10, 'unpriced'],
    ]);
    expect(report.problemCounts).toEqual({
      'invalid-json': 1,
      'unknown-model': 1,
      'retired-model': 1,
      'invalid-usage': 2,
      unpriced: 2,
      'invalid-record': 1,
    });
    expect(report.problems[5]?.message).toContain('field "usgae" is not a log field');
    expect(report.totals[0]?.total.amount).toBe('0.0000021');
  });

  it('under strict, the first one throws an InvalidLogRecordError naming the line', async () => {
    const error = await rejectionOf(
      () => aggregateLog(lines.join('\n'), { table, strict: true }),
      'INVALID_LOG_RECORD',
    );
    expect(error.message).toMatch(/^Line 2: not JSON/);
    expect(error.details).toEqual({ line: 2, reason: 'invalid-json' });
  });

  it('keeps the first maxProblems in full and counts the rest', async () => {
    const report = await aggregateUsage(
      Array.from({ length: 10 }, () => '{"model":"nope","usage":{"inputTokens":1,"outputTokens":1}}'),
      { table, maxProblems: 3 },
    );
    expect(report.problems).toHaveLength(3);
    expect(report.problemCounts).toEqual({ 'unknown-model': 10 });
  });

  it('needs a provider for an id several providers price', async () => {
    const report = await aggregateUsage(
      [
        { model: 'openai/gpt-oss-120b', usage: { inputTokens: 1, outputTokens: 1 } },
        {
          model: 'openai/gpt-oss-120b',
          provider: 'groq',
          usage: { inputTokens: 1_000_000, outputTokens: 0 },
        },
      ],
      { table: catalog, groupBy: ['provider'] },
    );
    expect(report.problems[0]?.reason).toBe('ambiguous-model');
    expect(report.groups.map((g) => [g.key.provider, g.total.amount])).toEqual([['groq', '0.15']]);
  });
});

describe('the line scanner agrees with JSON.parse on every line', () => {
  const piece = fc.constantFrom(
    '{"model":"alpha","usage":{"inputTokens":12,"outputTokens":3}}',
    '{ "model" : "alpha" , "usage" : { "inputTokens" : 12 , "outputTokens" : 3 } }',
    '{"usage":{"outputTokens":3,"inputTokens":12},"model":"alpha","tags":{"team":"a"}}',
    '{"model":"al\\u0070ha","usage":{"inputTokens":12,"outputTokens":3}}',
    '{"model":"alpha","usage":{"inputTokens":012,"outputTokens":3}}',
    '{"model":"alpha","usage":{"inputTokens":1.0,"outputTokens":3}}',
    '{"model":"alpha","usage":{"inputTokens":1e3,"outputTokens":3}}',
    '{"model":"alpha","usage":{"inputTokens":-1,"outputTokens":3}}',
    '{"model":"alpha","model":"beta","usage":{"inputTokens":1,"outputTokens":3}}',
    '{"model":"alpha","usage":{"inputTokens":1,"inputTokens":2,"outputTokens":3}}',
    '{"model":"alpha","tags":{"team":"a","team":"b"},"usage":{"inputTokens":1,"outputTokens":3}}',
    '{"model":"alpha","tags":{"team":"a\tb"},"usage":{"inputTokens":1,"outputTokens":3}}',
    '{"model":"alpha","tags":{"n":1},"usage":{"inputTokens":1,"outputTokens":3}}',
    '{"model":"alpha","at":"2026-10-01T05:06:07.089Z","usage":{"inputTokens":1,"outputTokens":3}}',
    '{"model":"alpha","at":"2026-10-01 05:06","usage":{"inputTokens":1,"outputTokens":3}}',
    '{"model":"alpha","at":"2026-02-29T00:00:00Z","usage":{"inputTokens":1,"outputTokens":3}}',
    '{"model":"beta","serviceTier":"batch","usage":{"inputTokens":300000,"outputTokens":3}}',
    '{"model":"beta","usage":{"inputTokens":300000,"outputTokens":3,"serviceTier":"flex"}}',
    '{"model":"alpha","usage":{"inputTokens":1,"outputTokens":3}} x',
    '{"model":"alpha","usage":{"inputTokens":1,"outputTokens":3},}',
    '{"model":"","usage":{"inputTokens":1,"outputTokens":3}}',
    '{"model":"alpha","usage":{"inputTokens":1}}',
    '{"model":"alpha","usage":{"inputTokens":1234567890123456,"outputTokens":3}}',
    '{"model":"alpha","provider":"p","usage":{"inputTokens":5,"outputTokens":3,"requests":2}}',
    '{"model":"alpha","usage":{"inputTokens":5,"outputTokens":3,"requests":0}}',
  );

  it('the same report whether a line is scanned in place or parsed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 20 }), async (lines) => {
        const options = { table, at: '2026-10-02', groupBy: ['model', 'team', 'serviceTier'] };
        const scanned = await aggregateLog(lines.join('\n'), options);
        // The reference: JSON.parse every line and hand over objects (no scanning).
        const reference = createUsageAggregator(options);
        lines.forEach((line, index) => {
          let value: unknown;
          try {
            value = JSON.parse(line);
          } catch {
            reference.add(line, index + 1); // reported as invalid JSON by the same code
            return;
          }
          reference.add(value as UsageLogRecord, index + 1);
        });
        expect(scanned).toEqual(reference.report());
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('CSV logs', () => {
  it('maps columns, reads quoted fields and tags, and refuses headers it would not read', async () => {
    const csv = [
      'model,at,prompt_tokens,cached,output_tokens,team,request_id',
      'alpha,2026-10-01T00:00:00Z,1000,500,100,"search, web",r1',
      '"beta",2026-10-01,2000,,"10",evals,r2',
    ].join('\n');
    const report = await aggregateLog(csv, {
      table,
      format: 'csv',
      csv: {
        columns: { inputTokens: 'prompt_tokens', cacheReadTokens: 'cached' },
        tags: ['team'],
        ignore: ['request_id'],
      },
      groupBy: ['team'],
    });
    expect(report.groups.map((g) => [g.key.team, g.total.amount])).toEqual([
      ['evals', '0.00615'],
      ['search, web', '0.0001725'],
    ]);
    await expect(
      aggregateLog('model,input_tokens,output_tokens,cached_tokens\n', { table, format: 'csv' }),
    ).rejects.toThrow('CSV header "cached_tokens" is not a log field');
  });
});
