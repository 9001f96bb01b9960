/**
 * examples/pricing-page in a real browser: the page a web developer would ship, bundled as a site bundles
 * it, typed into, and every number read back and checked exactly against the estimator in Node.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openai } from '../../src/catalog/openai.js';
import { compareMonthlyCost, formatMoney, toPriceRows } from '../../src/index.js';
import { root, skipWithoutBuild } from '../package/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`Pricing-page test skipped: ${CHROMIUM} not found (.ci/run installs chromium).`);

describe.skipIf(!available || skipWithoutBuild)('examples/pricing-page in Chromium', () => {
  let browser: Browser;
  let script: string;
  let gzipBytes: number;
  beforeAll(async () => {
    const { bundlePricingPage } = await import(join(root, 'examples/pricing-page/build.mjs'));
    ({ code: script, gzipBytes } = await bundlePricingPage());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openPage() {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const html = readFileSync(join(root, 'examples/pricing-page/index.html'), 'utf8').replace(
      '<script src="out/page.js"></script>',
      '',
    );
    await page.setContent(html);
    await page.addScriptTag({ content: script });
    return { page, errors };
  }

  it('shows the price table the library computes', async () => {
    const { page, errors } = await openPage();
    const shown = await page.$$eval('#prices tbody tr', (rows) =>
      rows.map((row) => [
        (row as HTMLElement).dataset.model,
        ...Array.from(row.querySelectorAll('td'), (td) => td.textContent),
      ]),
    );
    const expected = toPriceRows(openai).map((row) => {
      const rate = (amount: string | undefined) =>
        amount === undefined ? '-' : formatMoney({ amount, currency: row.currency });
      return [
        row.id,
        row.name,
        rate(row.input),
        rate(row.cachedInput),
        rate(row.output),
        row.batch === undefined ? '-' : rate(row.batch.output),
        row.contextTiers.length === 0
          ? ''
          : `above ${row.contextTiers[0]?.abovePromptTokens.toLocaleString('en-US')} tokens`,
      ];
    });
    expect(shown).toEqual(expected);
    expect(shown.find((row) => row[0] === 'gpt-4o')?.slice(2, 6)).toEqual([
      '$2.50',
      '$1.25',
      '$10.00',
      '$5.00',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prices the volumes typed into the calculator exactly, cheapest first', async () => {
    const { page, errors } = await openPage();
    await page.fill('#input', '1234.567891');
    await page.fill('#cached', '89');
    await page.fill('#output', '45.5');
    const shown = await page.$$eval('#monthly tbody tr', (rows) =>
      rows.map((row) => [(row as HTMLElement).dataset.model, row.querySelector('.monthly')?.textContent]),
    );
    const month = {
      inputTokens: 1_234_567_891 + 89_000_000,
      cacheReadTokens: 89_000_000,
      outputTokens: 45_500_000,
    };
    const { ranked } = compareMonthlyCost(openai, month);
    expect(shown).toEqual(ranked.slice(0, 10).map((cost) => [cost.id, formatMoney(cost.monthly)]));
    expect(shown.length).toBe(10);
    // a bad figure is reported, not priced
    await page.fill('#output', '-3');
    expect(await page.textContent('#status')).toBe('output must be a number of millions of tokens');
    expect(await page.$$eval('#monthly tbody tr', (rows) => rows.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads a bundle with one provider, no zod, no decimal.js and no validator', () => {
    for (const other of ['claude-', 'gemini-', 'grok-', 'deepseek-reasoner'])
      expect(script).not.toContain(other);
    expect(script).not.toContain('decimal.js');
    expect(script).not.toContain('repeats the id or another alias');
    // Measured 15.7 KB gzipped (README "Pricing pages"); the budget keeps it from growing unnoticed.
    expect(gzipBytes).toBeLessThan(16_500);
  });
});
