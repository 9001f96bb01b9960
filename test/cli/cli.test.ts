/**
 * The `tokenomics` command line: outputs (tables for people, stable JSON and CSV for machines), exit codes
 * (0 / 1 bad input or unpriced under --strict / 2 wrong flags), and a progress bar only on a terminal.
 * Most cases run the program in-process; a few run the built executable as a user would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, skipWithoutBuild } from '../package/helpers.js';
import { cli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tokenomics-cli-'));
const log = join(dir, 'usage.jsonl');
writeFileSync(
  log,
  [
    '{"model":"gpt-4o","at":"2026-11-02T09:00:00Z","usage":{"inputTokens":120000,"cacheReadTokens":50000,"outputTokens":8000},"tags":{"team":"search"}}',
    '{"model":"gpt-4o","at":"2026-11-03T09:00:00Z","usage":{"inputTokens":1000,"outputTokens":100},"tags":{"team":"support"}}',
    '{"model":"claude-sonnet-4-5","at":"2026-11-03T10:00:00Z","anthropic":{"input_tokens":12,"cache_read_input_tokens":4000,"output_tokens":250}}',
  ].join('\n'),
);
const badLog = join(dir, 'bad.jsonl');
writeFileSync(
  badLog,
  '{"model":"gpt-4o","at":"2026-11-02","usage":{"inputTokens":10,"outputTokens":1}}\n{"model":"no-such-model","usage":{"inputTokens":1,"outputTokens":1}}\n',
);

describe('tokenomics estimate', () => {
  it('prints the breakdown for people, exact', async () => {
    const result = await cli([
      'estimate',
      '--model',
      'gpt-4o',
      '--input',
      '120000',
      '--cache-read',
      '50000',
      '--output',
      '8000',
      '--at',
      '2026-11-01',
    ]);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'gpt-4o (openai), standard tier, base rates',
        'part               cost',
        '--------------  -------',
        'uncached input   $0.175',
        'cache reads     $0.0625',
        'output            $0.08',
        'total           $0.3175',
        '',
      ].join('\n'),
    });
  });

  it("--json is the library's CostBreakdown", async () => {
    const result = await cli([
      'estimate',
      '--model',
      'gpt-4o',
      '--input',
      '1000',
      '--output',
      '10',
      '--tier',
      'batch',
      '--json',
      '--at',
      '2026-11-01',
    ]);
    const cost = JSON.parse(result.stdout);
    expect(Object.keys(cost)).toEqual([
      'total',
      'parts',
      'currency',
      'tier',
      'serviceTier',
      'cardId',
      'provider',
    ]);
    expect(cost.total).toEqual({ amount: '0.0013', currency: 'USD' }); // (1,000 x 2.5 + 10 x 10) / 1M, halved
    expect(cost.serviceTier).toBe('batch');
  });

  it('exits 1 for a bad input, with the message; 2 for a wrong flag', async () => {
    const unknown = await cli(['estimate', '--model', 'gpt4o', '--input', '10']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('tokenomics: Model "gpt4o" is not in price table "tokenomics catalog"');
    expect(unknown.stderr).toContain('Did you mean "gpt-4o"');
    const unpriced = await cli(['estimate', '--model', 'gpt-6.2-sol', '--input', '10', '--cache-read', '5']);
    expect(unpriced.code).toBe(1);
    expect(unpriced.stderr).toContain('has no cacheReadPerMillion rate');
    const flag = await cli(['estimate', '--model', 'gpt-4o', '--input', '1.5']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--input takes a whole number of tokens (0 or more), not "1.5".');
    expect((await cli(['estimate', '--input', '5'])).code).toBe(2); // --model is required
    expect((await cli(['estimate', '--model', 'gpt-4o', '--tier', 'cheap'])).code).toBe(2);
    expect((await cli(['nonsense'])).code).toBe(2);
    expect((await cli(['--help'])).code).toBe(0);
  });
});

describe('tokenomics price, compare, catalog', () => {
  it('price shows a card with its source', async () => {
    const result = await cli(['price', 'anthropic/claude-sonnet-4.5']);
    expect(result.stdout).toMatch(/^claude-sonnet-4-5 \(anthropic\): Claude Sonnet 4.5\n/);
    expect(result.stdout).toContain('source: https://platform.claude.com/docs/en/about-claude/pricing');
  });

  it('compare ranks models cheapest first; --csv is stable', async () => {
    const result = await cli([
      'compare',
      '--input',
      '10000',
      '--cache-read',
      '8000',
      '--output',
      '500',
      '--requests-per-day',
      '1000',
      '--at',
      '2026-11-01',
      '--csv',
      'gpt-4o',
      'gpt-4o-mini',
    ]);
    expect(result.stdout).toBe(
      [
        'rank,model,provider,per request,per day,per 30 days,x cheapest,largest part',
        '1,gpt-4o-mini,openai,0.0012,1.2,36,1,cacheRead', // 2,000 x 0.15 + 8,000 x 0.075 + 500 x 0.6
        '2,gpt-4o,openai,0.02,20,600,16.67,cacheRead', // 2,000 x 2.5 + 8,000 x 1.25 + 500 x 10
        '',
      ].join('\n'),
    );
  });

  it('catalog lists one provider', async () => {
    const result = await cli(['catalog', '--provider', 'cohere', '--csv']);
    expect(result.stdout.split('\n')[0]).toBe('provider,model,input,cache_read,output,from,to');
    expect(result.stdout).toContain('cohere,command-a-03-2025,2.5,,10,,');
  });
});

describe('tokenomics capacity', () => {
  const site = [
    'capacity',
    '--hardware',
    'gb200',
    '--model',
    'deepseek-r1',
    '--gpus',
    '4',
    '--precision',
    'fp4',
  ];

  it('plans a site from its power, with revenue at a catalog card', async () => {
    const result = await cli([
      ...site,
      '--power-mw',
      '1000',
      '--tokens-per-second-per-user',
      '30',
      '--list',
      'deepseek-v4-pro',
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    // 1,000 MW / 1.2 PUE / 1.8 kW per GPU, in copies of 4
    expect(lines[0]).toBe(
      '462,960 x gb200 (115,740 copies of deepseek-r1), 833.328 MW IT, 999.9936 MW with cooling',
    );
    expect(lines.some((line) => line.startsWith('up front: $'))).toBe(true);
    expect(lines.at(-2)).toMatch(
      /^a year's revenue at list prices: \$[\d.]+, gross margin -?[\d.]+%, payback /,
    );
  });

  it('prices the hour from a compute contract; --json is the CapacityPlan', async () => {
    const result = await cli([
      ...site,
      '--accelerators',
      '100000',
      '--contract-usd',
      '10000000000',
      '--contract-years',
      '5',
      '--json',
    ]);
    const plan = JSON.parse(result.stdout);
    expect(plan.accelerators).toBe(100000);
    // $10 billion / (100,000 x 5 x 8,760 hours) = $2.283105 an hour, 8,760 hours x 100,000 a year
    expect(plan.annualCost.rent).toEqual({ amount: '1999999980', currency: 'USD' });
  });

  it('exits 1 on conflicting or incomplete flags, naming them', async () => {
    const both = await cli([...site, '--accelerators', '8', '--rent', '2', '--gpu-price', '30000']);
    expect([both.code, both.stderr]).toEqual([
      1,
      'tokenomics: pass one of --rent, --contract-usd or --gpu-price.\n',
    ]);
    const half = await cli([...site, '--accelerators', '8', '--contract-usd', '1000']);
    expect(half.stderr).toBe('tokenomics: --contract-usd and --contract-years go together.\n');
    const none = await cli(site);
    expect(none.stderr).toContain("Pass the site's size: powerMW (total facility power) or accelerators.");
  });
});

describe('tokenomics usage', () => {
  it('totals a log by group for people', async () => {
    const result = await cli(['usage', log, '--group-by', 'model,team']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('total: $0.325986 over 3 records'); // 0.3175 + 0.0035 + 0.004986
    expect(result.stderr).toBe('');
  });

  it('--json is the UsageReport, --csv one row per group', async () => {
    const json = JSON.parse((await cli(['usage', log, '--group-by', 'day', '--json'])).stdout);
    expect(Object.keys(json)).toEqual(['groups', 'totals', 'records', 'problems', 'problemCounts']);
    expect(json.groups.map((g: { key: { day: string } }) => g.key.day)).toEqual(['2026-11-02', '2026-11-03']);
    const csv = (await cli(['usage', log, '--group-by', 'team', '--csv'])).stdout.split('\n');
    expect(csv[0]).toBe('team,currency,total,records,input_tokens,output_tokens,cache_read_tokens,requests');
    expect(csv[1]).toBe(',USD,0.004986,1,4012,250,4000,1'); // no team tag: 12 x 3 + 4,000 x 0.3 + 250 x 15
  });

  it('reports records it cannot price on stderr, and exits 1 on them only under --strict', async () => {
    const lenient = await cli(['usage', badLog]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain(
      '1 of 2 records not priced (1 unknown-model):\n  line 2: Model "no-such-model"',
    );
    const strict = await cli(['usage', badLog, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/^tokenomics: Line 2: Model "no-such-model"/);
    const missing = await cli(['usage', join(dir, 'absent.jsonl')]);
    expect([missing.code, missing.stderr.startsWith('tokenomics: cannot read')]).toEqual([1, true]);
  });

  it('reads standard input with -', async () => {
    const result = await cli(['usage', '-', '--json'], {
      stdin: '{"model":"gpt-4o","at":"2026-11-02","usage":{"inputTokens":1000000,"outputTokens":0}}\n',
    });
    expect(JSON.parse(result.stdout).totals[0].total.amount).toBe('2.5');
  });

  it('draws a progress bar on a terminal only', async () => {
    const big = join(dir, 'big.jsonl');
    const line =
      '{"model":"gpt-4o-mini","at":"2026-11-02T09:00:00Z","usage":{"inputTokens":1000,"outputTokens":100}}\n';
    writeFileSync(big, line.repeat(Math.ceil((9 * 1024 * 1024) / line.length)));
    const piped = await cli(['usage', big, '--json']);
    expect(piped.stderr).toBe('');
    const terminal = await cli(['usage', big, '--json'], { tty: true });
    expect(terminal.stderr).toContain('pricing');
    expect(terminal.stdout).toBe(piped.stdout);
  });
});

describe.skipIf(skipWithoutBuild)('the built executable', () => {
  const bin = join(root, 'dist', 'cli.cjs');
  it('runs as a user runs it, with the exit codes documented', () => {
    const ok = execFileSync(
      process.execPath,
      [bin, 'estimate', '--model', 'gpt-4o', '--input', '1000000', '--at', '2026-11-01', '--json'],
      {
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(ok).total.amount).toBe('2.5');
    expect(spawnSync(process.execPath, [bin, 'estimate', '--model', 'nope', '--input', '1']).status).toBe(1);
    expect(spawnSync(process.execPath, [bin, 'estimate', '--model']).status).toBe(2);
    const piped = spawnSync(process.execPath, [bin, 'usage', '-', '--csv'], {
      input: '{"model":"gpt-4o","at":"2026-11-02","usage":{"inputTokens":10,"outputTokens":1}}\n',
      encoding: 'utf8',
    });
    expect([piped.status, piped.stderr, piped.stdout.split('\n')[1]]).toEqual([
      0,
      '',
      'USD,0.000035,1,10,1,0,1',
    ]);
  });
});
