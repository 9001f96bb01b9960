/**
 * The throughput model: how many input (prefill) and output (decode) tokens per second one accelerator
 * serves for a workload, from the model's shape and the hardware's peaks, with fitted efficiencies.
 *
 * Prefill is compute-bound: 2 FLOPs per active parameter per token, plus causal attention. Decode streams
 * the weights (only the experts a batch touches, for MoE) and every sequence's KV cache once per step and
 * does the batch's matrix math; its step time is the sum of the two (they overlap poorly in practice,
 * which the fit confirms). The batch is capped by the memory left after the weights.
 *
 * @module
 */

import { CALIBRATION } from '../data/calibration.js';
import { CapacityError, InvalidArgumentError } from '../errors.js';
import { isRecord, requireOptions } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import { deepFreeze } from '../internal/freeze.js';
import { resolveHardware, resolveModel } from './specs.js';
import type { Efficiency, HardwareSpec, ModelSpec, Precision } from './types.js';

/** A workload to estimate: a model on a tensor-parallel group of accelerators. */
export interface ThroughputInput {
  /** A preset id (`'llama-3.3-70b'`) or your own spec. */
  readonly model: string | ModelSpec;
  /** A preset id (`'h100-sxm'`) or your own spec. */
  readonly hardware: string | HardwareSpec;
  /** Accelerators in one tensor-parallel group serving one copy of the model. */
  readonly gpus: number;
  /**
   * Weight precision; the matrix math runs in it too when the hardware supports it natively, else in the
   * next wider format it has (see `assumptions.computePrecision`).
   */
  readonly precision: Precision;
  /** Prompt tokens per request. */
  readonly inputTokens: number;
  /** Generated tokens per request. */
  readonly outputTokens: number;
  /** Sequences decoded together (the batch); at most what memory holds. Default: as many as fit. */
  readonly concurrency?: number;
  /** An interactivity target: the largest batch whose decode speed per sequence reaches it. */
  readonly tokensPerSecondPerUser?: number;
  /** Overrides of the fitted efficiencies for the hardware's family. */
  readonly efficiency?: Partial<Efficiency>;
  /** KV cache precision; default fp8 when `precision` is fp8 or fp4, else bf16. */
  readonly kvCachePrecision?: 'bf16' | 'fp8';
  /** Share of accelerator memory usable for weights and KV cache (the rest: activations, runtime). Default 0.9. */
  readonly memoryFraction?: number;
}

/** What limited the result. */
export type ThroughputBound = 'compute' | 'memory-bandwidth' | 'memory-capacity';

/** Per-accelerator throughput for a workload, and how it was reached. */
export interface Throughput {
  /** Prompt tokens per second per accelerator while prefilling. */
  readonly prefillTokensPerSecondPerGpu: number;
  /** Generated tokens per second per accelerator while decoding at `batch`. */
  readonly decodeTokensPerSecondPerGpu: number;
  /** Sustained prompt tokens per second per accelerator, both phases counted (`requests/s x inputTokens`). */
  readonly inputTokensPerSecondPerGpu: number;
  /** Sustained generated tokens per second per accelerator, both phases counted. */
  readonly outputTokensPerSecondPerGpu: number;
  /** Requests completed per second per accelerator. */
  readonly requestsPerSecondPerGpu: number;
  /** Sequences decoded together. */
  readonly batch: number;
  /** The most sequences the memory left after the weights holds for this request shape. */
  readonly maxBatch: number;
  /** Decode speed seen by each sequence: tokens per second per user. */
  readonly tokensPerSecondPerUser: number;
  /** The limit that bound decode: its compute, its memory traffic, or the KV cache capacity capping the batch. */
  readonly bound: ThroughputBound;
  /** Every input the estimate used, resolved (for a card's provenance). */
  readonly assumptions: ThroughputAssumptions;
}

/** The resolved inputs of a throughput estimate. */
export interface ThroughputAssumptions {
  readonly model: string;
  readonly hardware: string;
  readonly gpus: number;
  readonly precision: Precision;
  /**
   * The precision of the matrix math: `precision` when the hardware has it natively; otherwise weights are
   * stored in `precision` and the math runs in the next wider format it has (weight-only quantization,
   * e.g. 4-bit weights on an H100 computing in fp8).
   */
  readonly computePrecision: Precision;
  readonly kvCachePrecision: 'bf16' | 'fp8';
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly memoryFraction: number;
  readonly efficiency: Efficiency;
  /** False when the family's efficiencies were borrowed rather than fitted on measurements. */
  readonly calibrated: boolean;
  /** Weight memory per accelerator, GB. */
  readonly weightGBPerGpu: number;
  /** KV cache bytes one sequence holds at its average decode context. */
  readonly kvCacheBytesPerSequence: number;
  /** Average power per accelerator in the hardware spec's server, watts, when known. */
  readonly serverWattsPerGpu?: number;
}

/** Bytes per parameter; 4-bit formats carry one 8-bit scale per 16 values (NVFP4). */
const BYTES_PER_PARAM: Readonly<Record<Precision, number>> = { bf16: 2, fp8: 1, fp4: 0.5625 };
const KV_BYTES: Readonly<Record<'bf16' | 'fp8', number>> = { bf16: 2, fp8: 1 };

/**
 * Estimates per-accelerator throughput for a workload. With neither `concurrency` nor
 * `tokensPerSecondPerUser` the answer is the maximum throughput (the largest batch memory holds).
 * Throws `CapacityError` when the weights or a single sequence do not fit, or when an
 * interactivity target cannot be met even at batch 1.
 *
 * @example
 * ```ts
 * import { estimateThroughput } from 'tokenomics/infra';
 * const t = estimateThroughput({
 *   model: 'llama-3.3-70b', hardware: 'h100-sxm', gpus: 2, precision: 'fp8',
 *   inputTokens: 1000, outputTokens: 1000,
 * });
 * t.outputTokensPerSecondPerGpu; // about 2,100 (TensorRT-LLM measured 2,102.5)
 * t.bound;                       // 'memory-capacity'
 * ```
 */
export function estimateThroughput(input: ThroughputInput): Throughput {
  if (!isRecord(input)) {
    throw new InvalidArgumentError(
      `estimateThroughput needs { model, hardware, gpus, precision, inputTokens, outputTokens }, not ${describeValue(input)}.`,
      { argument: 'input', value: input },
    );
  }
  requireOptions(input, INPUT_FIELDS, 'estimateThroughput');
  const model = resolveModel(input.model);
  const hardware = resolveHardware(input.hardware);
  const gpus = positiveInteger(input.gpus, 'gpus', 'the number of accelerators in one tensor-parallel group');
  if (gpus > MAX_GPUS) {
    throw new InvalidArgumentError(
      `gpus is ${gpus}; one tensor-parallel group has at most ${MAX_GPUS} accelerators here (model larger deployments as several groups).`,
      { argument: 'gpus', value: gpus },
    );
  }
  const precision = requirePrecision(input.precision);
  const computePrecision = computePrecisionFor(hardware, precision);
  const peakTflops = hardware.denseTflops[computePrecision] as number;
  const inputTokens = positiveInteger(input.inputTokens, 'inputTokens', 'prompt tokens per request');
  const outputTokens = positiveInteger(input.outputTokens, 'outputTokens', 'generated tokens per request');
  if (inputTokens + outputTokens > model.contextWindow) {
    throw new InvalidArgumentError(
      `A request of ${inputTokens} input and ${outputTokens} output tokens exceeds ${model.id}'s context window of ${model.contextWindow} tokens.`,
      { argument: 'inputTokens', value: inputTokens },
    );
  }
  if (input.concurrency !== undefined && input.tokensPerSecondPerUser !== undefined) {
    throw new InvalidArgumentError(
      'Pass concurrency or tokensPerSecondPerUser, not both: each one chooses the batch.',
      { argument: 'concurrency', value: input.concurrency },
    );
  }
  const kvCachePrecision = input.kvCachePrecision ?? (precision === 'bf16' ? 'bf16' : 'fp8');
  if (kvCachePrecision !== 'bf16' && kvCachePrecision !== 'fp8') {
    throw new InvalidArgumentError(
      `kvCachePrecision is ${describeValue(kvCachePrecision)}; use 'bf16' or 'fp8'.`,
      { argument: 'kvCachePrecision', value: kvCachePrecision },
    );
  }
  const memoryFraction = fraction(input.memoryFraction ?? 0.9, 'memoryFraction');
  const family = CALIBRATION[hardware.family];
  if (input.efficiency !== undefined) requireOptions(input.efficiency, EFFICIENCY_FIELDS, 'efficiency');
  const efficiency = resolveEfficiency({ ...family.efficiency, ...input.efficiency });

  // Memory: weights, then the KV cache of each sequence at its average decode context.
  const weightBytes = model.totalParams * BYTES_PER_PARAM[precision];
  const memoryBytes = gpus * hardware.memoryGB * 1e9 * memoryFraction;
  const decodeContext = inputTokens + outputTokens / 2;
  const kvPerSequence = kvBytesAt(model, decodeContext, KV_BYTES[kvCachePrecision]);
  const kvLongest = kvBytesAt(model, inputTokens + outputTokens, KV_BYTES[kvCachePrecision]);
  if (weightBytes >= memoryBytes) {
    throw new CapacityError(
      `${model.id} in ${precision} needs ${gb(weightBytes)} GB for its weights, more than the ${gb(memoryBytes)} GB usable on ${gpus} x ${hardware.id}; use more accelerators, a smaller precision or larger memory.`,
      { limit: 'weights', needed: weightBytes / 1e9, available: memoryBytes / 1e9 },
    );
  }
  const maxBatch = Math.min(MAX_BATCH, Math.floor((memoryBytes - weightBytes) / kvPerSequence));
  if (maxBatch < 1 || memoryBytes - weightBytes < kvLongest) {
    throw new CapacityError(
      `After ${gb(weightBytes)} GB of weights, ${gpus} x ${hardware.id} has ${gb(memoryBytes - weightBytes)} GB left, not enough for one ${inputTokens + outputTokens}-token sequence (${gb(kvLongest)} GB of KV cache); use more accelerators or shorter requests.`,
      { limit: 'sequence', needed: kvLongest / 1e9, available: (memoryBytes - weightBytes) / 1e9 },
    );
  }

  // Rates of the whole group.
  const peakFlops = gpus * peakTflops * 1e12;
  const bandwidth = gpus * hardware.memoryTBps * 1e12;
  const stepOverhead = 1 + efficiency.tensorParallelOverhead * Math.log2(gpus);
  const prefillFlopsPerToken = 2 * model.activeParams + attentionFlopsPrefill(model, inputTokens);
  const prefillRate = (peakFlops * efficiency.prefill) / prefillFlopsPerToken;
  const decodeFlopsPerToken = 2 * model.activeParams + attentionFlopsAt(model, decodeContext);
  const step = (batch: number) => {
    const memoryTime =
      (weightBytesRead(model, weightBytes, batch) + batch * kvPerSequence) /
      (bandwidth * efficiency.bandwidth);
    const computeTime = (batch * decodeFlopsPerToken) / (peakFlops * efficiency.decodeCompute);
    return { memoryTime, computeTime, seconds: (memoryTime + computeTime) * stepOverhead };
  };

  const batch = chooseBatch(input, maxBatch, (b) => step(b).seconds);
  const { memoryTime, computeTime, seconds } = step(batch);
  const decodeRate = batch / seconds;
  const groupSecondsPerRequest = inputTokens / prefillRate + outputTokens / decodeRate;
  const requestsPerSecondPerGpu = 1 / groupSecondsPerRequest / gpus;
  const bound: ThroughputBound =
    computeTime >= memoryTime ? 'compute' : batch === maxBatch ? 'memory-capacity' : 'memory-bandwidth';

  const serverKw = hardware.serverKwPerAccelerator;
  const result: Throughput = {
    prefillTokensPerSecondPerGpu: prefillRate / gpus,
    decodeTokensPerSecondPerGpu: decodeRate / gpus,
    inputTokensPerSecondPerGpu: requestsPerSecondPerGpu * inputTokens,
    outputTokensPerSecondPerGpu: requestsPerSecondPerGpu * outputTokens,
    requestsPerSecondPerGpu,
    batch,
    maxBatch,
    tokensPerSecondPerUser: 1 / seconds,
    bound,
    assumptions: {
      model: model.id,
      hardware: hardware.id,
      gpus,
      precision,
      computePrecision,
      kvCachePrecision,
      inputTokens,
      outputTokens,
      memoryFraction,
      efficiency,
      calibrated: family.calibrated && input.efficiency === undefined,
      weightGBPerGpu: weightBytes / gpus / 1e9,
      kvCacheBytesPerSequence: kvPerSequence,
      ...(serverKw === undefined ? {} : { serverWattsPerGpu: serverKw * 1000 }),
    },
  };
  for (const [name, value] of Object.entries(result)) {
    if (typeof value === 'number' && !(Number.isFinite(value) && value > 0)) {
      throw new InvalidArgumentError(
        `The spec's figures give ${name} = ${value}, not a positive finite number; check the hardware and model numbers.`,
        { argument: name, value },
      );
    }
  }
  return deepFreeze(result);
}

/** The fields {@link ThroughputInput} has. */
const INPUT_FIELDS = [
  'model',
  'hardware',
  'gpus',
  'precision',
  'inputTokens',
  'outputTokens',
  'concurrency',
  'tokensPerSecondPerUser',
  'efficiency',
  'kvCachePrecision',
  'memoryFraction',
];
const EFFICIENCY_FIELDS = ['prefill', 'decodeCompute', 'bandwidth', 'tensorParallelOverhead'];
/** The largest tensor-parallel group accepted. */
const MAX_GPUS = 4096;
/** The largest batch considered: far above what any engine schedules, and small enough to search exactly. */
const MAX_BATCH = 1_000_000;

const WIDER: Readonly<Record<Precision, readonly Precision[]>> = {
  fp4: ['fp4', 'fp8', 'bf16'],
  fp8: ['fp8', 'bf16'],
  bf16: ['bf16'],
};

function requirePrecision(precision: unknown): Precision {
  if (precision === 'bf16' || precision === 'fp8' || precision === 'fp4') return precision;
  throw new InvalidArgumentError(`precision is ${describeValue(precision)}; use 'bf16', 'fp8' or 'fp4'.`, {
    argument: 'precision',
    value: precision,
  });
}

/** The format the matrix math runs in: the weights' own, or the next wider one the hardware has. */
function computePrecisionFor(hardware: HardwareSpec, precision: Precision): Precision {
  const found = WIDER[precision].find((candidate) => hardware.denseTflops[candidate] !== undefined);
  if (found !== undefined) return found;
  const supported = Object.keys(hardware.denseTflops).join(', ') || 'none';
  throw new InvalidArgumentError(
    `${hardware.id} has no peak for ${precision} or any wider format (it has ${supported}); add denseTflops.bf16 to its spec.`,
    { argument: 'precision', value: precision },
  );
}

/** The batch: the caller's concurrency, the largest meeting a per-user speed target, or all that fits. */
function chooseBatch(
  input: ThroughputInput,
  maxBatch: number,
  stepSeconds: (batch: number) => number,
): number {
  if (input.concurrency !== undefined) {
    const concurrency = positiveInteger(input.concurrency, 'concurrency', 'sequences decoded together');
    if (concurrency > maxBatch) {
      throw new CapacityError(
        `Concurrency ${concurrency} needs more KV cache than memory holds: at most ${maxBatch} sequences of this shape fit; lower it or add accelerators.`,
        { limit: 'sequence', needed: concurrency, available: maxBatch },
      );
    }
    return concurrency;
  }
  if (input.tokensPerSecondPerUser !== undefined) {
    const target = input.tokensPerSecondPerUser;
    if (typeof target !== 'number' || !Number.isFinite(target) || target <= 0) {
      throw new InvalidArgumentError(
        `tokensPerSecondPerUser is ${describeValue(target)}; it must be a positive number of tokens per second.`,
        { argument: 'tokensPerSecondPerUser', value: target },
      );
    }
    const fastest = 1 / stepSeconds(1);
    if (fastest < target) {
      throw new CapacityError(
        `${target} tokens per second per user is out of reach: even one sequence decodes at ${fastest.toFixed(1)}; lower the target or add accelerators.`,
        { limit: 'interactivity', needed: target, available: fastest },
      );
    }
    // Step time grows with the batch, so the speed per user falls: binary-search the largest batch meeting it.
    let low = 1;
    let high = maxBatch;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (1 / stepSeconds(middle) >= target) low = middle;
      else high = middle - 1;
    }
    return low;
  }
  return maxBatch;
}

/** KV cache bytes one sequence holds at `context` tokens (sliding-window layers hold at most their window). */
export function kvBytesAt(model: ModelSpec, context: number, bytesPerValue: number): number {
  const perLayerPerToken =
    model.attention.kind === 'mla'
      ? (model.attention.latentDim + model.attention.ropeDim) * bytesPerValue
      : 2 * model.kvHeads * model.headDim * bytesPerValue;
  const windowed = model.slidingWindow?.layers ?? 0;
  const windowTokens = Math.min(context, model.slidingWindow?.tokens ?? context);
  return perLayerPerToken * ((model.layers - windowed) * context + windowed * windowTokens);
}

/** Attention FLOPs for one token attending over `context` earlier tokens (scores and weighted values). */
export function attentionFlopsAt(model: ModelSpec, context: number): number {
  const windowed = model.slidingWindow?.layers ?? 0;
  const windowContext = Math.min(context, model.slidingWindow?.tokens ?? context);
  return (
    attentionFlopsPerLayerToken(model) * ((model.layers - windowed) * context + windowed * windowContext)
  );
}

/** Attention FLOPs per layer for one query token and one context token. */
function attentionFlopsPerLayerToken(model: ModelSpec): number {
  return model.attention.kind === 'mla'
    ? // absorbed MLA: scores over the latent and rotary dims, values over the latent
      2 * model.queryHeads * (2 * model.attention.latentDim + model.attention.ropeDim)
    : 4 * model.queryHeads * model.headDim;
}

/** Average attention FLOPs per prompt token in a causal prefill of `tokens` tokens. */
function attentionFlopsPrefill(model: ModelSpec, tokens: number): number {
  const window = model.slidingWindow?.tokens ?? tokens;
  const windowed = model.slidingWindow?.layers ?? 0;
  // The average context of a causal prefill is half the prompt; a windowed layer's is capped by its window.
  const averageFull = tokens / 2;
  const averageWindowed = tokens <= window ? tokens / 2 : window - (window * window) / (2 * tokens);
  return (
    attentionFlopsPerLayerToken(model) *
    ((model.layers - windowed) * averageFull + windowed * averageWindowed)
  );
}

/**
 * Weight bytes a decode step reads: all of a dense model; for MoE, the shared part plus the experts the
 * batch's tokens touch (each token picks `active` of `total`; expected distinct experts
 * `total x (1 - (1 - active/total)^batch)`).
 */
function weightBytesRead(model: ModelSpec, weightBytes: number, batch: number): number {
  const experts = model.experts;
  if (experts === undefined || experts.total <= experts.active) return weightBytes;
  const perExpert = (model.totalParams - model.activeParams) / (experts.total - experts.active);
  const expertParams = perExpert * experts.total;
  const sharedParams = model.totalParams - expertParams;
  const touched = 1 - (1 - experts.active / experts.total) ** batch;
  return (weightBytes / model.totalParams) * (sharedParams + expertParams * touched);
}

function resolveEfficiency(efficiency: Efficiency): Efficiency {
  for (const key of ['prefill', 'decodeCompute', 'bandwidth'] as const) {
    const value = efficiency[key];
    if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
      throw new InvalidArgumentError(
        `efficiency.${key} is ${describeValue(value)}; it must be a fraction of peak in (0, 1].`,
        { argument: `efficiency.${key}`, value },
      );
    }
  }
  const overhead = efficiency.tensorParallelOverhead;
  if (typeof overhead !== 'number' || !Number.isFinite(overhead) || overhead < 0 || overhead > 10) {
    throw new InvalidArgumentError(
      `efficiency.tensorParallelOverhead is ${describeValue(overhead)}; it must be from 0 to 10.`,
      { argument: 'efficiency.tensorParallelOverhead', value: overhead },
    );
  }
  return Object.freeze({ ...efficiency });
}

function positiveInteger(value: unknown, name: string, meaning: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  throw new InvalidArgumentError(
    `${name} is ${describeValue(value)}; it must be a positive whole number (${meaning}).`,
    { argument: name, value },
  );
}

function fraction(value: unknown, name: string): number {
  if (typeof value === 'number' && value > 0 && value <= 1) return value;
  throw new InvalidArgumentError(`${name} is ${describeValue(value)}; it must be a fraction in (0, 1].`, {
    argument: name,
    value,
  });
}

function gb(bytes: number): string {
  return (bytes / 1e9).toFixed(1);
}
