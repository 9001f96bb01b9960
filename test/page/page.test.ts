import { describe, expect, it } from 'vitest';
import { anthropic } from '../../src/catalog/anthropic.js';
import { catalog } from '../../src/catalog/index.js';
import { openai } from '../../src/catalog/openai.js';
import {
  compareMonthlyCost,
  createPriceCard,
  createPriceTable,
  estimateCost,
  getCard,
  listCards,
  toPriceRows,
} from '../../src/index.js';
import * as lite from '../../src/lite/index.js';
import { errorMessage } from '../support/errors.js';

describe('toPriceRows', () => {
  it('shows rates per 1K tokens exactly, with batch rates resolved', () => {
    const gpt4o = toPriceRows(openai, { per: '1K' }).find((row) => row.id === 'gpt-4o');
    expect(gpt4o).toMatchObject({
      provider: 'openai',
      name: 'GPT-4o',
      currency: 'USD',
      per: '1K',
      input: '0.0025',
      cachedInput: '0.00125',
      output: '0.01',
      contextTiers: [],
      // Batch takes 50% off every rate
      batch: { input: '0.00125', cachedInput: '0.000625', output: '0.005' },
    });
  });

  it('carries long-context tiers with the rates they inherit, per 1M by default', () => {
    const sonnet = toPriceRows(anthropic).find((row) => row.id === 'claude-sonnet-4-5');
    expect(sonnet).toMatchObject({
      per: '1M',
      input: '3',
      cachedInput: '0.3',
      cacheWrite: '3.75',
      output: '15',
      contextTiers: [
        { abovePromptTokens: 200_000, input: '6', cachedInput: '0.6', cacheWrite: '7.5', output: '22.5' },
      ],
    });
  });

  it('takes explicit service-tier rates over the base ones, and a provider and date from a composed table', () => {
    const mine = createPriceTable([
      {
        id: 'm',
        provider: 'p',
        inputPerMillion: '4',
        outputPerMillion: '8',
        serviceTiers: { batch: { inputPerMillion: '1' } },
        effective: { from: '2026-01-01' },
      },
      {
        id: 'm',
        provider: 'p',
        inputPerMillion: '5',
        outputPerMillion: '9',
        effective: { to: '2026-01-01' },
      },
    ]);
    expect(toPriceRows(mine, { at: '2026-06-01' })).toMatchObject([
      { id: 'm', input: '4', output: '8', batch: { input: '1', output: '8' } },
    ]);
    expect(toPriceRows(mine, { at: '2025-06-01' })[0]?.input).toBe('5');
    const rows = toPriceRows(catalog, { provider: 'anthropic' });
    expect(rows.map((row) => row.id)).toEqual(
      listCards(catalog, { provider: 'anthropic', at: new Date() }).map((card) => card.id),
    );
  });

  it.each([
    [
      () => toPriceRows({ kind: 'price-table', cards: [] } as never),
      'is not a price table the library built',
    ],
    [() => toPriceRows(openai, { per: '1B' as never }), "per is \"1B\"; use '1M' or '1K'."],
    [() => toPriceRows(openai, { perr: '1K' } as never), 'perr'],
  ])('refuses bad input %#', (call, message) => {
    expect(errorMessage(call, 'INVALID_ARGUMENT')).toContain(message);
  });
});

describe('compareMonthlyCost', () => {
  const month = { inputTokens: 300_000_000, cacheReadTokens: 100_000_000, outputTokens: 20_000_000 };

  it('ranks every model in force, cheapest first, at exactly what estimateCost says', () => {
    const { ranked, unpriced } = compareMonthlyCost(openai, month);
    expect(ranked.length).toBeGreaterThan(20);
    for (const row of ranked) expect(row.monthly).toEqual(estimateCost(month, getCard(openai, row.id)).total);
    const amounts = ranked.map((row) => Number(row.monthly.amount));
    expect([...amounts].sort((a, b) => a - b)).toEqual(amounts);
    // a model without a cache-read rate is listed apart, never counted as free
    expect(unpriced.every((row) => row.code === 'UNPRICED_USAGE')).toBe(true);
    expect(unpriced.map((row) => row.id)).not.toContain('gpt-4o');
  });

  it('prices a list of cards at a service tier', () => {
    const a = createPriceCard({
      id: 'a',
      provider: 'p',
      inputPerMillion: '2',
      outputPerMillion: '4',
      serviceTiers: { batch: { multiplier: '0.5' } },
    });
    const b = createPriceCard({ id: 'b', provider: 'p', inputPerMillion: '1', outputPerMillion: '3' });
    const { ranked, unpriced } = compareMonthlyCost(
      [a, b],
      { inputTokens: 1_000_000, outputTokens: 1_000_000 },
      { serviceTier: 'batch' },
    );
    expect(ranked.map((row) => [row.id, row.monthly.amount])).toEqual([['a', '3']]);
    expect(unpriced).toMatchObject([{ id: 'b', code: 'UNPRICED_USAGE' }]);
  });

  it('refuses a malformed month, a plain card, and table options with a list', () => {
    expect(
      errorMessage(() => compareMonthlyCost(openai, { inputTokens: -1, outputTokens: 0 }), 'INVALID_USAGE'),
    ).toContain('inputTokens');
    const plain = { id: 'x', provider: 'p', currency: 'USD', inputPerMillion: '1', outputPerMillion: '1' };
    expect(errorMessage(() => compareMonthlyCost([plain], month), 'INVALID_ARGUMENT')).toContain(
      'create it with createPriceCard',
    );
    expect(
      errorMessage(() => compareMonthlyCost([], month, { provider: 'openai' }), 'INVALID_ARGUMENT'),
    ).toContain('provider and at select cards from a table');
  });
});

describe('tokenomics/lite', () => {
  const usages = [
    { inputTokens: 1200, outputTokens: 300 },
    { inputTokens: 250_000, cacheReadTokens: 100_000, outputTokens: 4000, reasoningTokens: 1000 },
    { inputTokens: 10, outputTokens: 0, requests: 3 },
  ];

  it('prices every catalog card exactly as the full estimator does', () => {
    let compared = 0;
    for (const card of listCards(catalog, { at: new Date() })) {
      for (const usage of usages) {
        const full = (() => {
          try {
            return estimateCost(usage, card);
          } catch (error) {
            return (error as { code: string }).code;
          }
        })();
        const lean = (() => {
          try {
            return lite.estimateCost(usage, card);
          } catch (error) {
            return (error as { code: string }).code;
          }
        })();
        expect(lean).toEqual(full);
        if (typeof full !== 'string') expect(lite.estimateTotal(usage, card)).toEqual(full.total);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('finds ids, aliases and qualified names as getCard does, at an instant', () => {
    for (const name of ['gpt-4o', 'GPT-4O', 'gpt-4o-2024-08-06', 'openai/gpt-4o', 'openai:gpt-4o']) {
      expect(lite.getCard(openai, name)).toBe(getCard(openai, name));
    }
    expect(lite.getCard(catalog, 'o3', { at: '2025-06-01' })).toBe(
      getCard(catalog, 'o3', { at: '2025-06-01' }),
    );
    expect(lite.getCard(catalog, 'claude-sonnet-4-5', { provider: 'anthropic' })).toBe(
      getCard(catalog, 'claude-sonnet-4-5', { provider: 'anthropic' }),
    );
  });

  it('throws the same typed errors, without the hints', () => {
    expect(errorMessage(() => lite.getCard(openai, 'gpt4o'), 'UNKNOWN_MODEL')).toBe(
      'Model "gpt4o" is not in price table "openai"; pass a known id or add a card for it.',
    );
    expect(errorMessage(() => lite.getCard(openai, 'gpt-4-0314'), 'RETIRED_MODEL')).toContain('was retired');
    const plain = { id: 'x', provider: 'p', currency: 'USD', inputPerMillion: '1', outputPerMillion: '1' };
    expect(
      errorMessage(() => lite.estimateCost({ inputTokens: 1, outputTokens: 1 }, plain), 'INVALID_ARGUMENT'),
    ).toContain('was not made by tokenomics');
    // a card created by the full entry is one the library made
    expect(
      lite.estimateCost({ inputTokens: 1_000_000, outputTokens: 0 }, createPriceCard(plain)).total.amount,
    ).toBe('1');
  });
});
