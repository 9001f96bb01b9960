/**
 * Class 8: every infra function returns finite numbers or a typed error, quickly, whatever the inputs.
 */
import { describe, expect, it } from 'vitest';
import { estimateThroughput, getHardware, getModelSpec, gpuHourCost } from '../../src/infra/index.js';
import { errorOf } from '../support/errors.js';

const base = {
  model: 'llama-3.1-8b',
  hardware: 'h100-sxm',
  gpus: 1,
  precision: 'fp8' as const,
  inputTokens: 1000,
  outputTokens: 100,
};

function finiteNumbers(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(finiteNumbers);
  return true;
}

describe('the throughput model stays finite and quick', () => {
  it('refuses a tensor-parallel group beyond the supported size instead of looping', () => {
    const started = performance.now();
    errorOf(
      () => estimateThroughput({ ...base, gpus: 2 ** 60, tokensPerSecondPerUser: 10 }),
      'INVALID_ARGUMENT',
    );
    errorOf(
      () => estimateThroughput({ ...base, gpus: 1e15, tokensPerSecondPerUser: 10 }),
      'INVALID_ARGUMENT',
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('answers the largest group with a per-user target quickly and finitely', () => {
    const started = performance.now();
    const result = estimateThroughput({ ...base, gpus: 4096, tokensPerSecondPerUser: 20 });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(finiteNumbers(result)).toBe(true);
    expect(Object.isFrozen(result) && Object.isFrozen(result.assumptions)).toBe(true);
  });

  const h100 = getHardware('h100-sxm');
  const llama = getModelSpec('llama-3.1-8b');
  it.each([
    [{ hardware: { ...h100, memoryGB: 1e300 } }],
    [{ hardware: { ...h100, memoryTBps: Number.MIN_VALUE } }],
    [{ hardware: { ...h100, denseTflops: { fp8: 1e300 } } }],
    [{ hardware: { ...h100, family: 'toString' } }],
    [{ model: { ...llama, totalParams: 1e300, activeParams: 1e300 } }],
    [{ model: { ...llama, layers: 0.5 } }],
    [{ model: { ...llama, experts: { total: 1e300, active: 1 } } }],
    [{ efficiency: { prefill: 1e-300 } }],
    [{ efficiency: { tensorParallelOverhead: 1e300 } }],
    [{ efficiency: { prefil: 0.5 } }],
    [{ memoryFraction: 1e-300 }],
  ])('refuses or answers finitely for extreme input %j', (change) => {
    try {
      expect(finiteNumbers(estimateThroughput({ ...base, ...change } as never))).toBe(true);
    } catch {
      errorOf(() => estimateThroughput({ ...base, ...change } as never));
    }
  });

  it('gpuHourCost bounds its recovery periods and rates', () => {
    errorOf(() => gpuHourCost({ gpuPrice: '30000', powerKw: '1', lifeYears: '1e300' }), 'INVALID_ARGUMENT');
    errorOf(
      () => gpuHourCost({ gpuPrice: '30000', powerKw: '1', costOfCapital: '1e300' }),
      'INVALID_ARGUMENT',
    );
    errorOf(() => gpuHourCost({ rentPerHour: '2', gpuPrice: '1' } as never), 'INVALID_ARGUMENT');
    errorOf(() => gpuHourCost({ rentPerHour: '2', discount: '0.1' } as never), 'INVALID_ARGUMENT');
  });
});
