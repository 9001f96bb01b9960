import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  addUsage,
  compareMoney,
  createPriceCard,
  estimateCost,
  type PriceCard,
  type PriceCardInput,
  type Usage,
} from '../../src/index.js';

/** An independent oracle: decimal.js at high precision, never used by the estimator itself. */
const Oracle = Decimal.clone({ precision: 80 });
const RUNS = { numRuns: 1000 };

const rate = fc
  .tuple(fc.nat({ max: 2_000_000_000 }), fc.nat({ max: 7 }))
  .map(([units, scale]) => new Oracle(units).div(new Oracle(10).pow(scale)).toFixed());

const cardInput = fc.record(
  {
    inputPerMillion: rate,
    outputPerMillion: rate,
    cacheReadPerMillion: rate,
    cacheWritePerMillion: rate,
    cacheWrite1hPerMillion: rate,
    reasoningPerMillion: rate,
    requestFee: rate,
    webSearchPerThousand: rate,
  },
  {
    requiredKeys: [
      'inputPerMillion',
      'outputPerMillion',
      'cacheReadPerMillion',
      'cacheWritePerMillion',
      'cacheWrite1hPerMillion',
      'requestFee',
      'webSearchPerThousand',
    ],
  },
);

const cardArbitrary = cardInput.map((input) =>
  createPriceCard({ id: 'random', provider: 'acme', ...input } as PriceCardInput),
);

const count = (max: number) => fc.nat({ max });

/** A valid inclusive usage record, parts no larger than their parents. */
const usageArbitrary = fc
  .record({
    input: count(3_000_000_000),
    output: count(200_000_000),
    readShare: fc.double({ min: 0, max: 1, noNaN: true }),
    writeShare: fc.double({ min: 0, max: 1, noNaN: true }),
    oneHourShare: fc.double({ min: 0, max: 1, noNaN: true }),
    reasoningShare: fc.double({ min: 0, max: 1, noNaN: true }),
    requests: fc.integer({ min: 1, max: 1_000 }),
    webSearches: count(1_000),
  })
  .map(
    ({
      input,
      output,
      readShare,
      writeShare,
      oneHourShare,
      reasoningShare,
      requests,
      webSearches,
    }): Usage => {
      const cacheReadTokens = Math.floor(input * readShare);
      const cacheWriteTokens = Math.floor((input - cacheReadTokens) * writeShare);
      return {
        inputTokens: input,
        outputTokens: output,
        cacheReadTokens,
        cacheWriteTokens,
        cacheWrite1hTokens: Math.floor(cacheWriteTokens * oneHourShare),
        reasoningTokens: Math.floor(output * reasoningShare),
        requests,
        webSearches,
      };
    },
  );

function oracleTotal(usage: Usage, card: PriceCard): string {
  const million = new Oracle(1_000_000);
  const r = (value: string | undefined) => new Oracle(value ?? '0');
  const read = usage.cacheReadTokens ?? 0;
  const write = usage.cacheWriteTokens ?? 0;
  const write1h = usage.cacheWrite1hTokens ?? 0;
  const reasoning = usage.reasoningTokens ?? 0;
  return new Oracle(usage.inputTokens - read - write)
    .mul(r(card.inputPerMillion))
    .plus(new Oracle(read).mul(r(card.cacheReadPerMillion)))
    .plus(new Oracle(write - write1h).mul(r(card.cacheWritePerMillion)))
    .plus(new Oracle(write1h).mul(r(card.cacheWrite1hPerMillion)))
    .plus(new Oracle(usage.outputTokens - reasoning).mul(r(card.outputPerMillion)))
    .plus(new Oracle(reasoning).mul(r(card.reasoningPerMillion ?? card.outputPerMillion)))
    .div(million)
    .plus(new Oracle(usage.requests ?? 1).mul(r(card.requestFee)))
    .plus(new Oracle(usage.webSearches ?? 0).mul(r(card.webSearchPerThousand)).div(1000))
    .toFixed();
}

describe('estimator laws (fast-check)', () => {
  it('agrees exactly with an independent decimal oracle', () => {
    fc.assert(
      fc.property(usageArbitrary, cardArbitrary, (usage, card) => {
        expect(estimateCost(usage, card).total.amount).toBe(oracleTotal(usage, card));
      }),
      RUNS,
    );
  });

  it('the parts add up to the total', () => {
    fc.assert(
      fc.property(usageArbitrary, cardArbitrary, (usage, card) => {
        const cost = estimateCost(usage, card);
        const sum = Object.values(cost.parts).reduce((a, b) => addMoney(a, b));
        expect(sum).toEqual(cost.total);
      }),
      RUNS,
    );
  });

  it('zero usage costs zero on any card', () => {
    fc.assert(
      fc.property(cardArbitrary, (card) => {
        expect(estimateCost({ inputTokens: 0, outputTokens: 0, requests: 0 }, card).total.amount).toBe('0');
      }),
      RUNS,
    );
  });

  it('is additive in usage for a card without tiers', () => {
    fc.assert(
      fc.property(usageArbitrary, usageArbitrary, cardArbitrary, (a, b, card) => {
        const separately = addMoney(estimateCost(a, card).total, estimateCost(b, card).total);
        expect(estimateCost(addUsage(a, b), card).total).toEqual(separately);
      }),
      RUNS,
    );
  });

  it('is monotone in every count (adding tokens to a part adds them to its parent too)', () => {
    const grow = fc.constantFrom(
      'inputTokens',
      'outputTokens',
      'cacheReadTokens',
      'cacheWriteTokens',
      'cacheWrite1hTokens',
      'reasoningTokens',
      'requests',
      'webSearches',
    );
    fc.assert(
      fc.property(usageArbitrary, cardArbitrary, grow, count(1_000_000), (usage, card, field, extra) => {
        const more: Record<string, number> = { ...(usage as unknown as Record<string, number>) };
        more[field] = (more[field] ?? 0) + extra;
        if (field === 'cacheReadTokens' || field === 'cacheWriteTokens' || field === 'cacheWrite1hTokens') {
          more.inputTokens = (more.inputTokens ?? 0) + extra;
        }
        if (field === 'cacheWrite1hTokens') more.cacheWriteTokens = (more.cacheWriteTokens ?? 0) + extra;
        if (field === 'reasoningTokens') more.outputTokens = (more.outputTokens ?? 0) + extra;
        const before = estimateCost(usage, card).total;
        const after = estimateCost(more as unknown as Usage, card).total;
        expect(compareMoney(after, before)).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('is monotone in the prompt on a tiered card whose tier rates are not below the base', () => {
    const card = createPriceCard({
      id: 'tiered',
      provider: 'acme',
      inputPerMillion: '1.25',
      cacheReadPerMillion: '0.125',
      outputPerMillion: '10',
      tiers: [
        {
          abovePromptTokens: 200_000,
          inputPerMillion: '2.5',
          cacheReadPerMillion: '0.25',
          outputPerMillion: '15',
        },
      ],
    });
    fc.assert(
      fc.property(count(1_000_000), count(1_000_000), count(100_000), (input, extra, output) => {
        const before = estimateCost({ inputTokens: input, outputTokens: output }, card).total;
        const after = estimateCost({ inputTokens: input + extra, outputTokens: output }, card).total;
        expect(compareMoney(after, before)).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('a batch multiplier scales every token part exactly', () => {
    fc.assert(
      fc.property(usageArbitrary, cardInput, (usage, input) => {
        const card = createPriceCard({
          id: 'batched',
          provider: 'acme',
          ...input,
          requestFee: '0',
          serviceTiers: { batch: { multiplier: '0.5' } },
        } as PriceCardInput);
        const standard = new Oracle(estimateCost(usage, card).total.amount);
        const batch = estimateCost(usage, card, { serviceTier: 'batch' }).total.amount;
        const searches = new Oracle(estimateCost(usage, card).parts.webSearches.amount);
        expect(batch).toBe(standard.minus(searches).div(2).plus(searches).toFixed());
      }),
      RUNS,
    );
  });
});
