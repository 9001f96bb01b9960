import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bottomUpCard } from '../../src/infra/index.js';
import { root, skipWithoutBuild } from '../package/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(`Browser tests skipped: ${CHROMIUM} not found (install Debian's chromium; .ci/run does).`);
}

/**
 * The page script: the same computations the Node side runs, from the built package bundled for the browser
 * the way a pricing page bundles it.
 */
const pageSource = `
import { createPriceCard, estimateCost, formatMoney, fromAnthropicUsage, fromGeminiUsage, safeEstimateCost, isTokenomicsError, roundMoney } from 'tokenomics';
const sonnet = createPriceCard({
  id: 'claude-sonnet-4-5', provider: 'anthropic', inputPerMillion: '3', cacheWritePerMillion: '3.75',
  cacheWrite1hPerMillion: '6', cacheReadPerMillion: '0.30', outputPerMillion: '15', webSearchPerThousand: '10',
  tiers: [{ abovePromptTokens: 200000, inputPerMillion: '6', cacheReadPerMillion: '0.6', outputPerMillion: '22.5' }],
});
const usage = fromAnthropicUsage({ input_tokens: 50, cache_read_input_tokens: 100000, cache_creation_input_tokens: 2000,
  cache_creation: { ephemeral_5m_input_tokens: 1500, ephemeral_1h_input_tokens: 500 }, output_tokens: 700,
  server_tool_use: { web_search_requests: 2 } });
const big = estimateCost({ inputTokens: 9000000000000000, outputTokens: 8000 }, createPriceCard({ id: 'g', provider: 'o', inputPerMillion: '2.5', outputPerMillion: '10' }));
const long = estimateCost(fromGeminiUsage({ promptTokenCount: 250000, candidatesTokenCount: 1200, thoughtsTokenCount: 3000 }), sonnet);
const failed = safeEstimateCost({ inputTokens: 10, outputTokens: 0, reasoningTokens: 5 }, sonnet);
const cost = estimateCost(usage, sonnet);
window.__results = JSON.stringify({
  total: cost.total.amount,
  parts: cost.parts,
  formatted: formatMoney(cost.total),
  formattedEUR: formatMoney({ amount: '1234.5', currency: 'EUR' }, { locale: 'de-DE' }),
  rounded: roundMoney(cost.total, { decimals: 2, mode: 'ceil' }).amount,
  big: big.total.amount,
  long: [long.tier, long.total.amount],
  error: failed.ok ? null : [failed.error.code, isTokenomicsError(failed.error), failed.error.message],
});
`;

/** A pricing page that shows one provider's prices beside a bottom-up cost card. */
const pricingPageSource = `
import { estimateCost, getCard } from 'tokenomics';
import { together } from 'tokenomics/data/together';
import { bottomUpCard, explainCard, impliedMargin } from 'tokenomics/infra';
const ours = bottomUpCard({ gpuHour: { rentPerHour: '3.60' }, utilization: '0.5',
  throughput: { prefillTokensPerSecondPerGpu: 1000, decodeTokensPerSecondPerGpu: 100 } });
const estimated = bottomUpCard({ gpuHour: { gpuPrice: '30000', hardware: 'h100-sxm' }, utilization: '0.6',
  throughput: { model: 'llama-3.3-70b', hardware: 'h100-sxm', gpus: 2, precision: 'fp8', inputTokens: 1000, outputTokens: 250, tokensPerSecondPerUser: 30 } });
const list = getCard(together, 'meta-llama/Llama-3.3-70B-Instruct-Turbo');
window.__results = JSON.stringify({
  ours: [ours.inputPerMillion, ours.outputPerMillion, explainCard(ours).output.rent],
  estimated: [estimated.inputPerMillion, estimated.outputPerMillion],
  margin: impliedMargin(list, ours, { inputShare: '0.5' }).margin,
  request: estimateCost({ inputTokens: 1000, outputTokens: 250 }, list).total.amount,
});
`;

/** Bundles a page script against the built package the way a pricing page's bundler would. */
async function bundlePage(contents: string): Promise<string> {
  const entries = ['index', 'infra', 'data/together'];
  const bundle = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    alias: Object.fromEntries(
      entries.map((entry) => [
        entry === 'index' ? 'tokenomics' : `tokenomics/${entry}`,
        join(root, `dist/${entry}.js`),
      ]),
    ),
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]?.text ?? '';
}

describe.skipIf(!available || skipWithoutBuild)('the core in a real browser (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prices, formats and reports errors exactly as Node does', async () => {
    const script = await bundlePage(pageSource);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: script });
    const results = JSON.parse((await page.evaluate('window.__results')) as string);
    expect(errors).toEqual([]);
    expect(results.total).toBe('0.069275');
    expect(results.parts.cacheWrite1h).toEqual({ amount: '0.003', currency: 'USD' });
    expect(results.formatted).toBe('$0.069275');
    expect(results.formattedEUR).toBe('1.234,50\u00a0€');
    expect(results.rounded).toBe('0.07');
    expect(results.big).toBe('22500000000.08');
    expect(results.long).toEqual([200000, '1.5945']); // 250,000 x 6 + 4,200 x 22.5, per 1M
    expect(results.error).toEqual([
      'INVALID_USAGE',
      true,
      'Usage field "reasoningTokens" (5) is larger than outputTokens (0); outputTokens counts every generated token, reasoning, audio and images included (for Gemini usage, use fromGeminiUsage).',
    ]);
    await page.close();
  });

  it('computes bottom-up cards and margins beside a provider table, as Node does', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: await bundlePage(pricingPageSource) });
    const results = JSON.parse((await page.evaluate('window.__results')) as string);
    expect(errors).toEqual([]);
    // the estimated card, computed in Node from the same inputs (floating-point physics must agree exactly)
    const node = bottomUpCard({
      gpuHour: { gpuPrice: '30000', hardware: 'h100-sxm' },
      utilization: '0.6',
      throughput: {
        model: 'llama-3.3-70b',
        hardware: 'h100-sxm',
        gpus: 2,
        precision: 'fp8',
        inputTokens: 1000,
        outputTokens: 250,
        tokensPerSecondPerUser: 30,
      },
    });
    expect(results).toEqual({
      ours: ['2', '20', '20'],
      estimated: [node.inputPerMillion, node.outputPerMillion],
      margin: '-11.5', // Together's $0.88 blend against our $11 blend: 1 - 11 / 0.88
      request: '0.0011',
    });
    await page.close();
  });
});
