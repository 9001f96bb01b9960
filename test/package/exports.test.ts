import { describe, expect, it } from 'vitest';
import { runNode, skipWithoutBuild } from './helpers.js';

describe.skipIf(skipWithoutBuild)('the built package (dist/) through its public exports', () => {
  it('prices the issue example through the ESM entry', () => {
    const output = runNode([
      '--input-type=module',
      '-e',
      `import { createPriceCard, estimateCost } from 'tokenomics';
       const card = createPriceCard({ id: 'gpt-4o', provider: 'openai', inputPerMillion: '2.50', cacheReadPerMillion: '1.25', outputPerMillion: '10' });
       console.log(estimateCost({ inputTokens: 120000, cacheReadTokens: 50000, outputTokens: 8000 }, card).total.amount);`,
    ]);
    expect(output.trim()).toBe('0.3175');
  });

  it('prices the same through the CommonJS entry', () => {
    const output = runNode([
      '-e',
      `const { createPriceCard, estimateCost, fromAnthropicUsage } = require('tokenomics');
       const card = createPriceCard({ id: 'c', provider: 'anthropic', inputPerMillion: '3', cacheReadPerMillion: '0.3', cacheWritePerMillion: '3.75', outputPerMillion: '15' });
       const usage = fromAnthropicUsage({ input_tokens: 50, cache_read_input_tokens: 100000, cache_creation_input_tokens: 2000, output_tokens: 700 });
       console.log(estimateCost(usage, card).total.amount);`,
    ]);
    expect(output.trim()).toBe('0.04815'); // 50 x 3 + 100,000 x 0.3 + 2,000 x 3.75 + 700 x 15, per 1M
  });

  it('keeps typed errors recognizable across the ESM and CJS copies', () => {
    const output = runNode([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       import { isTokenomicsError, InvalidUsageError } from 'tokenomics';
       const cjs = createRequire(import.meta.url)('tokenomics');
       const error = new cjs.InvalidUsageError('x');
       console.log(error instanceof InvalidUsageError, isTokenomicsError(error, 'INVALID_USAGE'));`,
    ]);
    expect(output.trim()).toBe('false true');
  });

  it('exports the documented core names and nothing internal', () => {
    const output = runNode([
      '--input-type=module',
      '-e',
      `import * as m from 'tokenomics'; console.log(Object.keys(m).sort().join(','));`,
    ]);
    const names = output.trim().split(',');
    for (const name of [
      'createPriceCard',
      'estimateCost',
      'safeEstimateCost',
      'fromOpenAIUsage',
      'fromAnthropicUsage',
      'fromGeminiUsage',
      'fromAISDKUsage',
      'money',
      'formatMoney',
      'roundMoney',
      'isTokenomicsError',
    ]) {
      expect(names).toContain(name);
    }
    for (const internal of ['compileCard', 'usageLeaves', 'parseDecimal', 'describeValue', 'deepFreeze']) {
      expect(names).not.toContain(internal);
    }
  });

  it('serves the catalog and each provider through ESM and CJS subpaths', () => {
    const output = runNode([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       import { estimateCost, getCard } from 'tokenomics';
       import { catalog } from 'tokenomics/data';
       import { anthropic } from 'tokenomics/data/anthropic';
       const cjs = createRequire(import.meta.url)('tokenomics/data/openai');
       const usage = { inputTokens: 120000, cacheReadTokens: 50000, outputTokens: 8000 };
       console.log(estimateCost(usage, getCard(cjs.openai, 'gpt-4o')).total.amount,
         getCard(catalog, 'anthropic/claude-sonnet-4-5').id, anthropic.cards.every((c) => c.provider === 'anthropic'));`,
    ]);
    expect(output.trim()).toBe('0.3175 claude-sonnet-4-5 true');
  });

  it('serves the adapters through ESM and CJS', () => {
    const output = runNode([
      '-e',
      `const { fromOpenRouter } = require('tokenomics/adapters');
       const { table, skipped } = fromOpenRouter({ data: [{ id: 'a/b', pricing: { prompt: '0.000003', completion: '-1' } }] });
       console.log(table.cards.length, skipped.map((s) => s.reason).join());`,
    ]);
    expect(output.trim()).toBe('0 unknown-price');
  });

  it('serves the bottom-up model through ESM and CJS, its cards priced by the core estimator', () => {
    const output = runNode([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       import { estimateCost } from 'tokenomics';
       import { bottomUpCard } from 'tokenomics/infra';
       const cjs = createRequire(import.meta.url)('tokenomics/infra');
       const inputs = { gpuHour: { rentPerHour: '3.60' }, utilization: '0.5',
         throughput: { prefillTokensPerSecondPerGpu: 1000, decodeTokensPerSecondPerGpu: 100 } };
       const card = bottomUpCard(inputs);
       console.log(card.inputPerMillion, card.outputPerMillion, cjs.bottomUpCard(inputs).outputPerMillion,
         estimateCost({ inputTokens: 1500, outputTokens: 300 }, card).total.amount);`,
    ]);
    expect(output.trim()).toBe('2 20 20 0.009');
  });

  it('leaves the host application decimal.js settings alone', () => {
    const output = runNode([
      '--input-type=module',
      '-e',
      `import Decimal from 'decimal.js';
       Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
       const { capitalRecoveryFactor } = await import('tokenomics/infra');
       console.log(capitalRecoveryFactor('0.1', '4'), new Decimal(2).div(3).toString());`,
    ]);
    expect(output.trim()).toBe('0.3154708037060978237448825684119801766861 0.66666');
  });
});

describe('the source type-checks subpath imports as a consumer writes them', () => {
  it('maps every public subpath to its source in tsconfig.json (examples type-check before any build)', async () => {
    const { readFileSync } = await import('node:fs');
    const { entries } = await import('../../scripts/entries.mjs');
    const tsconfig = JSON.parse(readFileSync(new URL('../../tsconfig.json', import.meta.url), 'utf8'));
    const paths: Record<string, string[]> = tsconfig.compilerOptions.paths;
    for (const entry of entries) {
      const specifier = `tokenomics${entry.subpath.slice(1)}`;
      const provider = /^tokenomics\/data\/(.+)$/.exec(specifier)?.[1];
      const mapped =
        provider === undefined
          ? paths[specifier]?.[0]
          : paths['tokenomics/data/*']?.[0]?.replace('*', provider);
      expect(mapped, specifier).toBe(`./${entry.source}`);
    }
  });
});
