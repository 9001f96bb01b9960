import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPriceCard, estimateCost, toDecimalString } from '../../src/index.js';
import { bottomUpCard, estimateThroughput, explainCard, gpuHourCost } from '../../src/infra/index.js';
import { errorMessage } from '../support/errors.js';

// $3.60/h is $0.001 per second; 1,000 prefill tokens/s is 1 ms per input token, 100 decode tokens/s 10 ms
// per output token. At 50% utilization: input 0.001 x 0.001 x 1e6 / 0.5 = $2 per 1M, output $20 per 1M.
const simple = {
  gpuHour: { rentPerHour: '3.60' },
  throughput: { prefillTokensPerSecondPerGpu: 1000, decodeTokensPerSecondPerGpu: 100 },
  utilization: '0.5',
};

describe('bottomUpCard', () => {
  it('prices input by prefill time and output by decode time, over utilization', () => {
    const card = bottomUpCard(simple);
    expect([card.id, card.provider, card.currency]).toEqual(['bottom-up', 'bottom-up', 'USD']);
    expect([card.inputPerMillion, card.outputPerMillion]).toEqual(['2', '20']);
    expect(card.source?.kind).toBe('bottom-up');
  });

  it('marks cost up by a gross margin: price = cost / (1 - margin)', () => {
    const card = bottomUpCard({ ...simple, grossMargin: '0.2' });
    expect([card.inputPerMillion, card.outputPerMillion]).toEqual(['2.5', '25']);
  });

  it('is an ordinary card: the estimator prices usage on it', () => {
    const card = bottomUpCard(simple);
    expect(estimateCost({ inputTokens: 1500, outputTokens: 300 }, card).total.amount).toBe('0.009'); // 0.003 + 0.006
  });

  it('names the card after the estimated model and hardware, and keeps every assumption', () => {
    const card = bottomUpCard({
      gpuHour: { gpuPrice: '30000', hardware: 'h100-sxm' },
      throughput: {
        model: 'llama-3.3-70b',
        hardware: 'h100-sxm',
        gpus: 2,
        precision: 'fp8',
        inputTokens: 1000,
        outputTokens: 250,
      },
      utilization: '0.6',
      grossMargin: '0.3',
    });
    expect(card.id).toBe('llama-3.3-70b@h100-sxm');
    const assumptions = card.source?.kind === 'bottom-up' ? card.source.assumptions : {};
    expect(Object.keys(assumptions).sort()).toEqual([
      'decodeTokensPerSecondPerGpu',
      'gpuHour',
      'grossMargin',
      'prefillTokensPerSecondPerGpu',
      'rateDecimals',
      'throughput',
      'utilization',
      'wallWattsPerGpu',
    ]);
    expect(assumptions.throughput).toMatchObject({
      model: 'llama-3.3-70b',
      hardware: 'h100-sxm',
      gpus: 2,
      precision: 'fp8',
    });
    expect(assumptions.gpuHour).toMatchObject({ mode: 'owned', perHour: '1.904133' });
    // the card survives JSON (its provenance is plain data)
    expect(createPriceCard(JSON.parse(JSON.stringify(card))).outputPerMillion).toBe(card.outputPerMillion);
  });

  it('accepts an estimate or a computed GPU-hour as well as their options', () => {
    const throughputOptions = {
      model: 'llama-3.1-8b',
      hardware: 'h100-sxm',
      gpus: 1,
      precision: 'fp8',
      inputTokens: 500,
      outputTokens: 500,
    } as const;
    const fromOptions = bottomUpCard({
      gpuHour: { rentPerHour: '2' },
      throughput: throughputOptions,
      utilization: '1',
    });
    const fromResults = bottomUpCard({
      gpuHour: gpuHourCost({ rentPerHour: '2' }),
      throughput: estimateThroughput(throughputOptions),
      utilization: '1',
    });
    expect([fromResults.inputPerMillion, fromResults.outputPerMillion]).toEqual([
      fromOptions.inputPerMillion,
      fromOptions.outputPerMillion,
    ]);
  });

  it('costs the whole workload: input and output parts add up to the GPU time it takes', () => {
    const t = estimateThroughput({
      model: 'llama-3.3-70b',
      hardware: 'h200',
      gpus: 1,
      precision: 'fp8',
      inputTokens: 2000,
      outputTokens: 400,
    });
    const card = bottomUpCard({
      gpuHour: { rentPerHour: '3.60' },
      throughput: t,
      utilization: '1',
      rateDecimals: 12,
    });
    const requests = 1000;
    const cost = estimateCost({ inputTokens: 2000 * requests, outputTokens: 400 * requests }, card).total
      .amount;
    // $0.001 per GPU-second x the GPU-seconds of 1,000 requests
    const gpuSeconds = requests / t.requestsPerSecondPerGpu;
    expect(Math.abs(Number(cost) / (0.001 * gpuSeconds) - 1)).toBeLessThan(1e-9);
  });

  it('falls as utilization rises and scales with the GPU-hour price (laws, 1,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }), // rent in cents
        fc.integer({ min: 1, max: 99 }), // utilization in percent
        fc.integer({ min: 1, max: 100 }), // percent more utilization
        fc.integer({ min: 100, max: 100_000 }), // prefill tokens/s
        fc.integer({ min: 10, max: 10_000 }), // decode tokens/s
        (cents, percent, more, prefill, decode) => {
          const rent = (cents / 100).toFixed(2);
          const low = Math.min(percent, 99);
          const high = Math.min(percent + more, 100);
          const inputs = {
            gpuHour: { rentPerHour: rent },
            throughput: { prefillTokensPerSecondPerGpu: prefill, decodeTokensPerSecondPerGpu: decode },
            rateDecimals: 12,
          };
          const lowCard = bottomUpCard({ ...inputs, utilization: String(low / 100) });
          const highCard = bottomUpCard({ ...inputs, utilization: String(high / 100) });
          expect(Number(highCard.outputPerMillion)).toBeLessThan(Number(lowCard.outputPerMillion));
          expect(Number(highCard.inputPerMillion)).toBeLessThan(Number(lowCard.inputPerMillion));
          const doubled = bottomUpCard({
            ...inputs,
            gpuHour: { rentPerHour: ((2 * cents) / 100).toFixed(2) },
            utilization: String(low / 100),
          });
          // exact up to one unit in the 12th place (each rate is rounded once)
          for (const field of ['inputPerMillion', 'outputPerMillion'] as const) {
            const gap = Math.abs(Number(doubled[field]) - 2 * Number(lowCard[field]));
            expect(gap).toBeLessThanOrEqual(2e-12 * Math.max(1, Number(doubled[field])));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('explainCard', () => {
  it('splits each rate into capital, facility, energy, operations, rent and margin that sum to it exactly', () => {
    const card = bottomUpCard({
      ...simple,
      gpuHour: { gpuPrice: '30000', hardware: 'h100-sxm' },
      grossMargin: '0.25',
    });
    const { input, output, utilization, grossMargin } = explainCard(card);
    expect([utilization, grossMargin]).toEqual(['0.5', '0.25']);
    // $1.904133/h at 1 ms per input token and 50% utilization: 1.904133 / 3600 x 1e-3 x 1e6 / 0.5 per 1M
    expect(input).toEqual({
      total: '1.410468',
      capital: '0.780274',
      facility: '0.106309',
      energy: '0.0476',
      operations: '0.123668',
      rent: '0',
      margin: '0.352617',
      gpuSecondsPerToken: '0.001',
      energyJoulesPerToken: '2.142', // 1,071 W x 1 ms / 0.5
    });
    expect(output.total).toBe('14.104688'); // 10.578516 of cost / 0.75
    expect(output.energyJoulesPerToken).toBe('21.42');
    // millionths, as integers: the parts add up to the rate with nothing lost
    const units = (amount: string) =>
      BigInt(toDecimalString(amount).replace(/^(\d+)(?:\.(\d*))?$/, (_, i, f = '') => i + f.padEnd(6, '0')));
    for (const rate of [input, output]) {
      const parts = [rate.capital, rate.facility, rate.energy, rate.operations, rate.rent, rate.margin];
      expect(parts.reduce((sum, part) => sum + units(part), 0n)).toBe(units(rate.total));
    }
  });

  it('has no energy figure for rented hardware (its power is unknown)', () => {
    const { output } = explainCard(bottomUpCard(simple));
    expect(output.rent).toBe('20');
    expect(output.energyJoulesPerToken).toBeUndefined();
  });

  it('refuses a published card, and a bottom-up card whose rates were edited', () => {
    const published = createPriceCard({
      id: 'x',
      provider: 'p',
      inputPerMillion: '1',
      outputPerMillion: '2',
    });
    expect(errorMessage(() => explainCard(published), 'INVALID_ARGUMENT')).toContain(
      'was not made by bottomUpCard',
    );
    const edited = createPriceCard({ ...bottomUpCard(simple), outputPerMillion: '19' });
    expect(errorMessage(() => explainCard(edited), 'INVALID_ARGUMENT')).toContain(
      'no longer matches its assumptions',
    );
  });
});

describe('bottomUpCard, bad input', () => {
  it.each([
    [{ utilization: '0' }, 'utilization is "0"; it is the share of paid time spent serving, in (0, 1]'],
    [{ utilization: '1.2' }, 'utilization is "1.2"'],
    [{ grossMargin: '1' }, 'grossMargin is "1"; it is a fraction of the price in [0, 1)'],
    [{ gpuHour: { rentPerHour: '-2' } }, 'rentPerHour is "-2"; a rate cannot be negative.'],
    [
      { throughput: { prefillTokensPerSecondPerGpu: 0, decodeTokensPerSecondPerGpu: 1 } },
      'prefillTokensPerSecondPerGpu is "0"',
    ],
    [{ throughput: 5 }, 'throughput is 5; pass estimateThroughput options'],
    [{ rateDecimals: 30 }, 'rateDecimals is 30'],
  ])('refuses %j', (change, message) => {
    expect(errorMessage(() => bottomUpCard({ ...simple, ...change } as never), 'INVALID_ARGUMENT')).toContain(
      message,
    );
  });
});
