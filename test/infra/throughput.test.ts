import { describe, expect, it } from 'vitest';
import {
  estimateThroughput,
  getHardware,
  getModelSpec,
  listHardware,
  listModelSpecs,
  type ModelSpec,
  type ThroughputInput,
} from '../../src/infra/index.js';
import { attentionFlopsPrefill, attentionParams } from '../../src/infra/throughput.js';
import { errorMessage } from '../support/errors.js';
import { toyHardware, toyModel } from '../support/toy-infra.js';

/** Floating-point physics, not money: equal up to the last few bits. */
function expectSame(actual: number, expected: number): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThan(1e-12);
}

const roofline = {
  prefill: 1,
  decodeCompute: 1,
  bandwidth: 1,
  tensorParallelOverhead: 0,
  expertParallelOverhead: 0,
  expertCompute: 1,
};
const toy: ThroughputInput = {
  model: toyModel,
  hardware: toyHardware,
  gpus: 1,
  precision: 'bf16',
  inputTokens: 100,
  outputTokens: 100,
  efficiency: roofline,
  memoryFraction: 1,
};

describe('estimateThroughput on a hand-computed roofline', () => {
  // weights 2 GB (bf16); KV per token 2 (K,V) x 2 heads x 64 x 2 bytes x 10 layers = 5,120 B; a sequence
  // at its average decode context (100 + 100/2 = 150 tokens) holds 768,000 B.
  it('caps the batch by the memory left after the weights', () => {
    const t = estimateThroughput({ ...toy, maxBatch: 1_000_000 });
    expect(t.maxBatch).toBe(10416); // floor(8e9 / 768,000)
    expect(t.batch).toBe(10416);
    expect(t.assumptions.weightGBPerGpu).toBe(2);
    expect(t.assumptions.kvCacheBytesPerSequence).toBe(768_000);
  });

  it('prefills at peak FLOPS over 2 x params plus causal attention per token', () => {
    // 1e14 / (2e9 + 4 x 8 heads x 64 x 10 layers x 50 average context)
    expect(estimateThroughput(toy).prefillTokensPerSecondPerGpu.toFixed(6)).toBe('49974.413100');
  });

  it('decodes a batch in the time to stream weights and KV cache plus the batch math', () => {
    const t = estimateThroughput({ ...toy, concurrency: 4 });
    // memory (2e9 + 4 x 768,000) / 1e12 = 2.003072 ms; compute 4 x (2e9 + 3,072,000) / 1e14 = 0.08012288 ms
    expect(t.decodeTokensPerSecondPerGpu.toFixed(6)).toBe('1920.127607'); // 4 / 2.08319488 ms
    expect(t.bound).toBe('memory-bandwidth');
    // Little's law: 4 / (100 x 2.08319488 ms + 4 x 100 / 49,974.4131) requests per second
    expect(t.requestsPerSecondPerGpu.toFixed(9)).toBe('18.490817904');
    expect(t.outputTokensPerSecondPerGpu.toFixed(6)).toBe('1849.081790');
    expect(t.inputTokensPerSecondPerGpu).toBe(t.outputTokensPerSecondPerGpu);
  });

  it("slows each sequence by the time spent prefilling other requests (Little's law)", () => {
    const t = estimateThroughput({ ...toy, concurrency: 4 });
    // prefill takes 18.4908 x 100 / 49,974.4131 = 3.70% of the time; per user (1 - 0.0370) / 2.08319488 ms
    expect(t.tokensPerSecondPerUser.toFixed(6)).toBe('462.270448');
    expectSame(t.timePerOutputTokenSeconds, 1 / t.tokensPerSecondPerUser);
    // first token: the request's own prefill, 100 / 49,974.4131 s, then one 2.08319488 ms decode step
    expect(t.timeToFirstTokenSeconds.toFixed(11)).toBe('0.00408421888');
    // without other requests' prompts to interleave, a sequence would decode at 1 / step = 480.03 tokens/s
    expect(t.tokensPerSecondPerUser).toBeLessThan(t.decodeTokensPerSecondPerGpu / 4);
  });

  it('saturates at the memory capacity and queues the excess, instead of refusing', () => {
    // long prompts: 5,050 tokens x 5,120 B = 25.856 MB per sequence; 8 GB left after the weights hold 309
    const long = { ...toy, inputTokens: 5000, outputTokens: 100 };
    const full = estimateThroughput(long);
    expect(full.maxBatch).toBe(309);
    const over = estimateThroughput({ ...long, concurrency: 1000 });
    expect(over.batch).toBe(309);
    expect(over.queued).toBe(691);
    expect(over.bound).toBe('memory-capacity');
    expect(over.outputTokensPerSecondPerGpu).toBe(full.outputTokensPerSecondPerGpu);
    expect(estimateThroughput({ ...long, concurrency: 309 }).queued).toBe(0);
  });

  it("caps the batch at the engine's maximum, per copy of the attention", () => {
    const capped = estimateThroughput({
      ...toy,
      maxBatch: 256,
      efficiency: { ...roofline, decodeCompute: 1 },
    });
    expect(capped.maxBatch).toBe(256);
    // 2,048 by default (TensorRT-LLM's max_batch_size), below the 10,416 sequences memory holds
    expect(estimateThroughput(toy).maxBatch).toBe(2048);
    const memoryBound = estimateThroughput({ ...toy, inputTokens: 5000, outputTokens: 100, maxBatch: 256 });
    expect(memoryBound.bound).toBe('batch-limit');
    // data-parallel attention: each of 4 accelerators schedules its own 256
    expect(estimateThroughput({ ...toy, gpus: 4, attention: 'data', maxBatch: 256 }).maxBatch).toBe(1024);
  });

  it('replicates KV heads when the tensor-parallel group is larger than their number', () => {
    // 2 KV heads on 4 accelerators: each head is held twice
    const tensor = estimateThroughput({ ...toy, gpus: 4, concurrency: 8 });
    expect(tensor.assumptions.kvReplication).toBe(2);
    expect(tensor.assumptions.kvCacheBytesPerSequence).toBe(2 * 768_000);
    // data-parallel attention keeps one copy of each sequence's cache, and every accelerator holds the
    // attention weights: 512 x 64 x (2 x 8 + 2 x 2) x 10 layers = 6,553,600 parameters
    const data = estimateThroughput({ ...toy, gpus: 4, concurrency: 8, attention: 'data' });
    expect(data.assumptions.kvReplication).toBe(1);
    expect(attentionParams(toyModel)).toBe(6_553_600);
    expectSame(data.assumptions.weightGBPerGpu, (2e9 + 3 * 2 * 6_553_600) / 4 / 1e9);
  });

  it('counts embedding lookups as no FLOPs, and the output projection once per prompt', () => {
    // vocabulary 1,000 x 512: the lookup and the last-token projection drop 2 x 512,000 parameters
    const t = estimateThroughput({ ...toy, model: { ...toyModel, vocabSize: 1000 } });
    // 1e14 / (2 x 998,976,000 + 1,024,000)
    expect(t.prefillTokensPerSecondPerGpu.toFixed(6)).toBe('50025.613114');
  });

  it('prefills MLA in its decompressed form', () => {
    // 2 x 128 heads x (2 x 128 + 64) x 61 layers x 4,000 average context
    expect(attentionFlopsPrefill(getModelSpec('deepseek-v3'), 8000)).toBe(19_988_480_000);
  });

  it('splits a request into input and output GPU-seconds that add up to the whole', () => {
    for (const shape of [
      { inputTokens: 100, outputTokens: 100 },
      { inputTokens: 5000, outputTokens: 50 },
      { inputTokens: 20, outputTokens: 2000 },
    ]) {
      const t = estimateThroughput({ ...toy, ...shape });
      const parts =
        shape.inputTokens / t.prefillTokensPerSecondPerGpu +
        shape.outputTokens / t.decodeTokensPerSecondPerGpu;
      expect(Math.abs(parts * t.requestsPerSecondPerGpu - 1)).toBeLessThan(1e-12);
    }
  });

  it('divides a tensor-parallel group into per-GPU figures', () => {
    const one = estimateThroughput({ ...toy, concurrency: 8 });
    const two = estimateThroughput({ ...toy, gpus: 2, concurrency: 8 });
    // twice the peak and bandwidth for the same batch: per GPU the same prefill, the step half as long...
    expect(two.prefillTokensPerSecondPerGpu).toBe(one.prefillTokensPerSecondPerGpu);
    expectSame(two.decodeTokensPerSecondPerGpu, one.decodeTokensPerSecondPerGpu);
    // ...and a per-doubling overhead slows both phases down.
    const slow = estimateThroughput({
      ...toy,
      gpus: 2,
      concurrency: 8,
      efficiency: { ...roofline, tensorParallelOverhead: 0.25 },
    });
    expectSame(slow.decodeTokensPerSecondPerGpu, two.decodeTokensPerSecondPerGpu / 1.25);
    expectSame(slow.prefillTokensPerSecondPerGpu, two.prefillTokensPerSecondPerGpu / 1.25);
  });

  it('charges mixture-of-experts for the all-to-all and for its grouped expert math', () => {
    // 8 experts of 0.1B, 2 per token, beside 0.2B shared: 1B total, 0.4B active, 0.2B of it routed
    const moe: ModelSpec = {
      ...toyModel,
      id: 'toy-moe',
      activeParams: 0.4e9,
      experts: { total: 8, active: 2 },
    };
    const shape = { ...toy, model: moe, gpus: 4, concurrency: 64 };
    const free = estimateThroughput(shape);
    expect(free.assumptions.attention).toBe('data');
    expect(free.assumptions.expertParallel).toBe(4);
    // all-to-all: 1 + 0.1 x log2(4) = 1.2 times longer, both phases
    const a2a = estimateThroughput({ ...shape, efficiency: { ...roofline, expertParallelOverhead: 0.1 } });
    expectSame(a2a.decodeTokensPerSecondPerGpu, free.decodeTokensPerSecondPerGpu / 1.2);
    expectSame(a2a.prefillTokensPerSecondPerGpu, free.prefillTokensPerSecondPerGpu / 1.2);
    // grouped expert math at half efficiency: the routed 0.2B count twice in prefill,
    // 1e14 x 4 / (2 x (0.2e9 + 2 x 0.2e9) + 1,024,000)
    const grouped = estimateThroughput({ ...shape, efficiency: { ...roofline, expertCompute: 0.5 } });
    expectSame(grouped.prefillTokensPerSecondPerGpu * 4, 4e14 / (2 * (0.2e9 + 2 * 0.2e9) + 1_024_000));
    expect(grouped.decodeTokensPerSecondPerGpu).toBeLessThan(free.decodeTokensPerSecondPerGpu);
  });
});

/** Llama 3.3 70B in fp8 on two H100s, as TensorRT-LLM measured it. */
const base: ThroughputInput = {
  model: 'llama-3.3-70b',
  hardware: 'h100-sxm',
  gpus: 2,
  precision: 'fp8',
  inputTokens: 1000,
  outputTokens: 1000,
};

describe('estimateThroughput laws on the presets', () => {
  it('gives the figures its documentation example quotes', () => {
    const t = estimateThroughput(base);
    expect(t.outputTokensPerSecondPerGpu.toFixed(1)).toBe('1938.4');
    expect(t.bound).toBe('memory-capacity');
  });

  it('meets a per-user speed target with the largest batch that does', () => {
    const t = estimateThroughput({ ...base, tokensPerSecondPerUser: 30 });
    expect(t.tokensPerSecondPerUser).toBeGreaterThanOrEqual(30);
    expect(estimateThroughput({ ...base, concurrency: t.batch + 1 }).tokensPerSecondPerUser).toBeLessThan(30);
    expect(t.outputTokensPerSecondPerGpu).toBeLessThan(estimateThroughput(base).outputTokensPerSecondPerGpu);
  });

  it('counts prefill stalls in the time per output token, as a server sees them', () => {
    // 25 requests of 5,000 + 500 tokens on 2 x H100: a vLLM server measured 39 ms per output token
    const t = estimateThroughput({ ...base, inputTokens: 5000, outputTokens: 500, concurrency: 25 });
    expect(t.timePerOutputTokenSeconds).toBeGreaterThan(0.035);
    expect(t.timePerOutputTokenSeconds).toBeLessThan(0.043);
  });

  it('gives less output per second as prompts grow', () => {
    const rates = [128, 1000, 8000, 64_000].map(
      (inputTokens) => estimateThroughput({ ...base, inputTokens }).outputTokensPerSecondPerGpu,
    );
    expect([...rates].sort((a, b) => b - a)).toEqual(rates);
  });

  it('decodes faster with more bandwidth, and fits more sequences with more memory', () => {
    const h100 = estimateThroughput({ ...base, concurrency: 16 });
    const h200 = estimateThroughput({ ...base, hardware: 'h200', concurrency: 16 });
    expect(h200.decodeTokensPerSecondPerGpu).toBeGreaterThan(h100.decodeTokensPerSecondPerGpu);
    expect(h200.maxBatch).toBeGreaterThan(h100.maxBatch);
  });

  it('reads only the experts a small batch touches (MoE)', () => {
    const moe = getModelSpec('qwen3-235b-a22b');
    const dense: ModelSpec = { ...moe, id: 'dense-235b', activeParams: moe.totalParams };
    const { experts: _experts, ...denseSpec } = dense;
    const shape = {
      hardware: 'h200',
      gpus: 4,
      precision: 'fp8',
      inputTokens: 1000,
      outputTokens: 1000,
      concurrency: 1,
      attention: 'tensor',
      efficiency: { expertCompute: 1 },
    } as const;
    const sparse = estimateThroughput({ ...shape, model: moe });
    const full = estimateThroughput({ ...shape, model: denseSpec });
    // one token touches 8 of 128 experts: far fewer bytes per step than the dense model of the same size
    expect(sparse.decodeTokensPerSecondPerGpu / full.decodeTokensPerSecondPerGpu).toBeGreaterThan(5);
    // with a large batch nearly every expert is touched, and the advantage shrinks to the FLOPs
    const sparseBig = estimateThroughput({ ...shape, model: moe, concurrency: 512 });
    const fullBig = estimateThroughput({ ...shape, model: denseSpec, concurrency: 512 });
    expect(sparseBig.decodeTokensPerSecondPerGpu / fullBig.decodeTokensPerSecondPerGpu).toBeLessThan(
      sparse.decodeTokensPerSecondPerGpu / full.decodeTokensPerSecondPerGpu,
    );
  });

  it('caches far less per token with MLA than with per-head keys and values', () => {
    const mla = getModelSpec('deepseek-v3');
    const mha: ModelSpec = { ...mla, id: 'v3-as-mha', attention: { kind: 'gqa' } };
    const shape = {
      hardware: 'h200',
      gpus: 8,
      precision: 'fp8',
      inputTokens: 8000,
      outputTokens: 1000,
    } as const;
    const withMla = estimateThroughput({ ...shape, model: mla });
    const withMha = estimateThroughput({ ...shape, model: mha });
    // 576 cached values per token and layer instead of 2 x 128 heads x 128 = 32,768
    expectSame(
      withMla.assumptions.kvCacheBytesPerSequence * (32_768 / 576),
      withMha.assumptions.kvCacheBytesPerSequence,
    );
    expect(withMla.maxBatch).toBeGreaterThan(40 * withMha.maxBatch);
  });

  it('caps sliding-window layers at their window', () => {
    const oss = getModelSpec('gpt-oss-120b');
    const t = estimateThroughput({
      model: oss,
      hardware: 'h100-sxm',
      gpus: 1,
      precision: 'fp4',
      inputTokens: 10_000,
      outputTokens: 1000,
    });
    // 18 full layers hold 10,500 tokens, 18 windowed layers hold 128: 2 x 8 heads x 64 x 1 byte each
    expect(t.assumptions.kvCacheBytesPerSequence).toBe(2 * 8 * 64 * (18 * 10_500 + 18 * 128));
  });

  it('runs 4-bit weights on hardware without fp4 math as weight-only quantization, in bf16', () => {
    const t = estimateThroughput({ ...base, precision: 'fp4' });
    expect(t.assumptions.computePrecision).toBe('bf16');
    expect(estimateThroughput({ ...base, hardware: 'a100-80gb', gpus: 4 }).assumptions.computePrecision).toBe(
      'bf16',
    );
    expect(
      estimateThroughput({ ...base, hardware: 'b200', gpus: 1, precision: 'fp4' }).assumptions
        .computePrecision,
    ).toBe('fp4');
  });

  it('reports whether the efficiencies were fitted for the hardware family', () => {
    expect(estimateThroughput(base).assumptions.calibrated).toBe(true);
    expect(estimateThroughput({ ...base, hardware: 'mi300x', gpus: 1 }).assumptions.calibrated).toBe(true);
    expect(estimateThroughput({ ...base, hardware: 'mi355x', gpus: 1 }).assumptions.calibrated).toBe(false);
    // overriding a factor makes the result the caller's, not the fit's
    expect(estimateThroughput({ ...base, efficiency: { bandwidth: 0.5 } }).assumptions.calibrated).toBe(
      false,
    );
  });

  it('stays physically sane on every preset pair that fits', () => {
    let checked = 0;
    for (const hardware of listHardware()) {
      for (const model of listModelSpecs()) {
        for (const gpus of [1, 8]) {
          let t: ReturnType<typeof estimateThroughput>;
          try {
            t = estimateThroughput({
              model: model.id,
              hardware: hardware.id,
              gpus,
              precision: 'bf16',
              inputTokens: 2000,
              outputTokens: 500,
            });
          } catch {
            continue;
          }
          checked++;
          const peak = (hardware.denseTflops.bf16 as number) * 1e12;
          // never above the roofline: prefill below peak / (2 x active params), decode below bandwidth limits
          expect(t.prefillTokensPerSecondPerGpu).toBeLessThan(peak / (2 * model.activeParams));
          expect(t.outputTokensPerSecondPerGpu).toBeGreaterThan(0);
          expect(t.batch).toBeGreaterThanOrEqual(1);
          expect(Number.isFinite(t.decodeTokensPerSecondPerGpu)).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('estimateThroughput, bad input', () => {
  it.each([
    [
      { gpus: 1, precision: 'bf16' },
      'CAPACITY_EXCEEDED',
      'llama-3.3-70b in bf16 needs 141.1 GB for its weights, more than the 72.0 GB usable on 1 x h100-sxm',
    ],
    [
      { model: 'llama-3.1-405b', hardware: 'l40s', gpus: 1 },
      'CAPACITY_EXCEEDED',
      'needs 405.9 GB for its weights',
    ],
    [
      { tokensPerSecondPerUser: 5000 },
      'CAPACITY_EXCEEDED',
      '5000 tokens per second per user is out of reach',
    ],
    [{ hardware: 'h300' }, 'UNKNOWN_PRESET', 'No hardware preset has the id "h300".'],
    [{ model: 'llama-4' }, 'UNKNOWN_PRESET', 'No model preset has the id "llama-4".'],
    [{ gpus: 0 }, 'INVALID_ARGUMENT', 'gpus is 0; it must be a positive whole number'],
    [{ inputTokens: 1.5 }, 'INVALID_ARGUMENT', 'inputTokens is 1.5; it must be a positive whole number'],
    [{ inputTokens: 200_000 }, 'INVALID_ARGUMENT', "exceeds llama-3.3-70b's context window of 131072 tokens"],
    [{ precision: 'int4' }, 'INVALID_ARGUMENT', "precision is \"int4\"; use 'bf16', 'fp8' or 'fp4'."],
    [
      { concurrency: 4, tokensPerSecondPerUser: 30 },
      'INVALID_ARGUMENT',
      'Pass concurrency or tokensPerSecondPerUser, not both',
    ],
    [
      { efficiency: { prefill: 1.5 } },
      'INVALID_ARGUMENT',
      'efficiency.prefill is 1.5; it must be a fraction of peak in (0, 1].',
    ],
    [{ memoryFraction: 0 }, 'INVALID_ARGUMENT', 'memoryFraction is 0'],
    [
      { model: { ...getModelSpec('llama-3.1-8b'), activeParams: 9e9 } },
      'INVALID_ARGUMENT',
      'activeParams is 9000000000; active parameters are a part of the total',
    ],
    [
      { hardware: { ...getHardware('h100-sxm'), memoryTBps: -1 } },
      'INVALID_ARGUMENT',
      'memoryTBps is -1; it must be a positive number no larger than 10000.',
    ],
  ] as const)('refuses %j', (change, code, message) => {
    expect(errorMessage(() => estimateThroughput({ ...base, ...change } as ThroughputInput), code)).toContain(
      message,
    );
  });
});
