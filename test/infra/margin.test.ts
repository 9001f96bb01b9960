import { describe, expect, it } from 'vitest';
import { createPriceCard } from '../../src/index.js';
import { bottomUpCard, breakEvenUtilization, impliedMargin, sensitivity } from '../../src/infra/index.js';
import { errorMessage } from '../support/errors.js';

const list = createPriceCard({ id: 'model', provider: 'host', inputPerMillion: '1', outputPerMillion: '4' });
const cost = createPriceCard({
  id: 'model',
  provider: 'ours',
  inputPerMillion: '0.5',
  outputPerMillion: '1',
});

// At full utilization this infrastructure costs $1 per 1M input and $10 per 1M output tokens
// ($3.60/h = $0.001/s; 1 ms per input token, 10 ms per output token).
const infrastructure = {
  gpuHour: { rentPerHour: '3.60' },
  throughput: { prefillTokensPerSecondPerGpu: 1000, decodeTokensPerSecondPerGpu: 100 },
};

describe('impliedMargin', () => {
  it('blends per-1M rates by the input share', () => {
    // price 0.75 x 1 + 0.25 x 4 = 1.75; cost 0.75 x 0.5 + 0.25 x 1 = 0.625; margin 1 - 0.625/1.75
    expect(impliedMargin(list, cost, { inputShare: '0.75' })).toEqual({
      margin: '0.642857',
      price: { amount: '1.75', currency: 'USD' },
      cost: { amount: '0.625', currency: 'USD' },
    });
  });

  it('prices a usage record on both cards with the estimator', () => {
    const result = impliedMargin(
      list,
      cost,
      { usage: { inputTokens: 3_000_000, outputTokens: 1_000_000 } },
      { decimals: 4 },
    );
    expect(result.price.amount).toBe('7'); // 3 x 1 + 1 x 4
    expect(result.cost.amount).toBe('2.5'); // 3 x 0.5 + 1 x 1
    expect(result.margin).toBe('0.6429');
  });

  it('is negative when the list price is below cost', () => {
    // price 0.5 x 0.5 + 0.5 x 1 = 0.75, cost 0.5 x 1 + 0.5 x 4 = 2.5: 1 - 2.5 / 0.75
    expect(impliedMargin(cost, list, { inputShare: '0.5' }).margin).toBe('-2.333333');
  });

  it('refuses mixed currencies, a bad share, and a free list price', () => {
    const euro = createPriceCard({ ...cost, currency: 'EUR' });
    expect(
      errorMessage(() => impliedMargin(list, euro, { inputShare: '0.5' }), 'CURRENCY_MISMATCH'),
    ).toContain('is priced in USD and "model" in EUR');
    expect(
      errorMessage(() => impliedMargin(list, cost, { inputShare: '1.5' }), 'INVALID_ARGUMENT'),
    ).toContain('inputShare is "1.5"');
    const free = createPriceCard({ id: 'free', provider: 'p', inputPerMillion: '0', outputPerMillion: '0' });
    expect(
      errorMessage(() => impliedMargin(free, cost, { inputShare: '0.5' }), 'INVALID_ARGUMENT'),
    ).toContain('prices this mix at 0');
    expect(errorMessage(() => impliedMargin(list, cost, {} as never), 'INVALID_ARGUMENT')).toContain(
      'The token mix is',
    );
  });
});

describe('breakEvenUtilization', () => {
  it('is cost at full utilization over the price', () => {
    const host = createPriceCard({ id: 'm', provider: 'h', inputPerMillion: '2', outputPerMillion: '20' });
    expect(breakEvenUtilization(host, infrastructure, { inputShare: '0.9' })).toEqual({
      utilization: '0.5',
      reachable: true,
    });
    // at that utilization the bottom-up cost equals the list price
    const atBreakEven = bottomUpCard({ ...infrastructure, utilization: '0.5' });
    expect([atBreakEven.inputPerMillion, atBreakEven.outputPerMillion]).toEqual(['2', '20']);
  });

  it('says when even full utilization cannot reach the price', () => {
    const cheap = createPriceCard({ id: 'm', provider: 'h', inputPerMillion: '0.5', outputPerMillion: '5' });
    expect(breakEvenUtilization(cheap, infrastructure, { inputShare: '0.5' })).toEqual({
      utilization: '2',
      reachable: false,
    });
  });
});

describe('sensitivity', () => {
  const inputs = { ...infrastructure, utilization: '0.5' };

  it('rebuilds the card for each value of a top-level parameter', () => {
    expect(sensitivity(inputs, 'utilization', ['0.25', '0.5', '1'])).toEqual([
      { value: '0.25', inputPerMillion: '4', outputPerMillion: '40' },
      { value: '0.5', inputPerMillion: '2', outputPerMillion: '20' },
      { value: '1', inputPerMillion: '1', outputPerMillion: '10' },
    ]);
  });

  it('varies a GPU-hour option or a throughput option', () => {
    expect(sensitivity(inputs, 'rentPerHour', ['1.8', '7.2']).map((row) => row.outputPerMillion)).toEqual([
      '10',
      '40',
    ]);
    expect(
      sensitivity(inputs, 'decodeTokensPerSecondPerGpu', ['200']).map((row) => row.outputPerMillion),
    ).toEqual(['10']);
    const estimated = {
      gpuHour: { rentPerHour: '2.50' },
      throughput: {
        model: 'llama-3.3-70b',
        hardware: 'h100-sxm',
        gpus: 2,
        precision: 'fp8',
        inputTokens: 1000,
        outputTokens: 250,
      } as const,
      utilization: '0.6',
    };
    const rows = sensitivity(estimated, 'tokensPerSecondPerUser', [10, 30, 50, 200]);
    const outputs = rows.slice(0, 3).map((row) => Number(row.outputPerMillion));
    expect([...outputs].sort((a, b) => a - b)).toEqual(outputs); // faster users, smaller batches, dearer tokens
    // 200 tokens/s per user is out of reach on this hardware: the row says why, the sweep goes on
    expect(rows[3]).toEqual({
      value: 200,
      unavailable: expect.stringContaining('200 tokens per second per user is out of reach'),
    });
  });

  it('saturates a concurrency sweep at what memory holds instead of failing', () => {
    const estimated = {
      gpuHour: { rentPerHour: '2.50' },
      throughput: {
        model: 'llama-3.3-70b',
        hardware: 'h100-sxm',
        gpus: 2,
        precision: 'fp8',
        inputTokens: 1000,
        outputTokens: 250,
      } as const,
      utilization: '0.6',
    };
    const rows = sensitivity(estimated, 'concurrency', [100, 100_000, 1_000_000]);
    expect(rows.every((row) => 'outputPerMillion' in row)).toBe(true);
    expect(rows[1]).toEqual({ ...rows[2], value: 100_000 });
  });

  it('refuses an unknown parameter and an empty list', () => {
    expect(errorMessage(() => sensitivity(inputs, 'gpuPrise', ['1']), 'INVALID_ARGUMENT')).toContain(
      'No input named "gpuPrise" can vary here',
    );
    expect(errorMessage(() => sensitivity(inputs, 'utilization', []), 'INVALID_ARGUMENT')).toContain(
      'non-empty array',
    );
  });
});
