import { describe, expect, it } from 'vitest';
import { getHardware, getModelSpec, listHardware, listModelSpecs } from '../../src/infra/index.js';
import { errorMessage } from '../support/errors.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('hardware presets', () => {
  it('cover the accelerators the issue names', () => {
    expect(listHardware().map((h) => h.id)).toEqual([
      'h100-sxm',
      'h100-pcie',
      'h200',
      'b200',
      'gb200',
      'a100-80gb',
      'l40s',
      'mi300x',
      'mi325x',
      'h800',
      'gb300',
      'mi355x',
      'tpu-v5e',
      'tpu-v6e',
      'trainium2',
    ]);
  });

  it.each(listHardware().map((h) => [h.id, h] as const))(
    '%s has sourced, dense, self-consistent figures',
    (_id, h) => {
      expect(h.source.url).toMatch(/^https:\/\//);
      expect(h.source.checkedAt).toMatch(DATE);
      expect(h.denseTflops.bf16).toBeGreaterThan(0);
      // Dense tensor peaks double with each halving of precision; a sparse figure would break the ratio
      // against a dense one (or, if all are sparse, the bf16 peak would be out of family with the bandwidth).
      if (h.denseTflops.fp8 !== undefined) {
        expect(h.denseTflops.fp8 / (h.denseTflops.bf16 as number)).toBeGreaterThan(1.9);
        expect(h.denseTflops.fp8 / (h.denseTflops.bf16 as number)).toBeLessThan(2.1);
      }
      // fp4 doubles fp8, except on Blackwell Ultra (GB300), which raised fp4 alone to 1.5x B200's
      if (h.denseTflops.fp4 !== undefined) {
        const ratio = h.denseTflops.fp4 / (h.denseTflops.fp8 as number);
        expect(ratio > 1.999 && ratio < 2.001 ? 2 : ratio).toBe(h.id === 'gb300' ? 3 : 2);
      }
      expect(h.memoryGB).toBeGreaterThan(0);
      expect(h.memoryTBps).toBeGreaterThan(0);
      if (h.rental !== undefined) {
        expect(h.rental.perHour).toMatch(/^\d+(\.\d+)?$/);
        expect(h.rental.asOf).toMatch(DATE);
        expect(h.rental.source).toMatch(/^https:\/\//);
      }
      if (h.purchase !== undefined) {
        expect(h.purchase.perAccelerator).toMatch(/^\d+(\.\d+)?$/);
        expect(h.purchase.asOf).toMatch(DATE);
        expect(h.purchase.source).toMatch(/^https:\/\//);
      }
      expect(Object.isFrozen(h) && Object.isFrozen(h.denseTflops)).toBe(true);
    },
  );

  it('quote H100 SXM at its dense peaks, not the spec sheet sparse ones', () => {
    expect(getHardware('h100-sxm').denseTflops).toEqual({ bf16: 989, fp8: 1979 });
    expect(getHardware('H100-SXM').id).toBe('h100-sxm');
  });
});

describe('model presets', () => {
  it('cover the models the issue names', () => {
    expect(listModelSpecs().map((m) => m.id)).toEqual([
      'llama-3.1-8b',
      'llama-3.3-70b',
      'llama-3.1-405b',
      'mixtral-8x7b',
      'qwen3-235b-a22b',
      'gpt-oss-120b',
      'deepseek-v3',
      'deepseek-r1',
      'llama-2-70b',
      'qwen3-30b-a3b',
      'gpt-oss-20b',
      'llama-4-scout',
      'llama-4-maverick',
    ]);
  });

  it.each(listModelSpecs().map((m) => [m.id, m] as const))('%s is consistent', (_id, m) => {
    expect(m.source.url).toMatch(/^https:\/\/huggingface\.co\//);
    expect(m.activeParams).toBeLessThanOrEqual(m.totalParams);
    expect(m.experts === undefined).toBe(m.activeParams === m.totalParams);
    if (m.attention.kind === 'gqa') expect(m.queryHeads % m.kvHeads).toBe(0);
  });

  it('give DeepSeek R1 the V3 architecture', () => {
    const { id: _v3, name: _n3, source: _s3, ...v3 } = getModelSpec('deepseek-v3');
    const { id: _r1, name: _nr, source: _sr, ...r1 } = getModelSpec('deepseek-r1');
    expect(r1).toEqual(v3);
  });

  it('suggest close ids for an unknown one', () => {
    expect(errorMessage(() => getModelSpec('llama-3.3-70'), 'UNKNOWN_PRESET')).toBe(
      'No model preset has the id "llama-3.3-70". Did you mean "llama-3.3-70b"?',
    );
  });
});
