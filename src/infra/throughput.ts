/**
 * The throughput model: how many input (prefill) and output (decode) tokens per second one accelerator
 * serves for a workload, from the model's shape and the hardware's peaks, with fitted efficiencies.
 *
 * Prefill is compute-bound: 2 FLOPs per active parameter per token (embedding lookups excluded) plus causal
 * attention (MLA in its decompressed form). Decode streams the weights (for MoE only the experts a batch
 * touches) and every sequence's KV cache once per step, and does the batch's matrix math; its step time is
 * the sum of the two. The batch is capped by the memory left after the weights and by the engine's maximum
 * batch. Attention runs tensor-parallel (KV heads split, replicated when there are fewer heads than
 * accelerators) or data-parallel (each accelerator its own sequences, attention weights replicated);
 * experts are split across the group (expert parallelism). Each sequence's speed counts the time the
 * accelerators spend prefilling other requests (Little's law). See docs/bottom-up.md for every formula.
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

/** How attention is split across the accelerators of a group. */
export type AttentionParallelism = 'tensor' | 'data';

/** A workload to estimate: a model on a group of accelerators serving one copy of it. */
export interface ThroughputInput {
  /** A preset id (`'llama-3.3-70b'`) or your own spec. */
  readonly model: string | ModelSpec;
  /** A preset id (`'h100-sxm'`) or your own spec. */
  readonly hardware: string | HardwareSpec;
  /** Accelerators in one group serving one copy of the model (tensor or expert parallel). */
  readonly gpus: number;
  /**
   * Weight precision; the matrix math runs in it too when the hardware supports it natively, else in bf16
   * (weight-only quantization; see `assumptions.computePrecision`).
   */
  readonly precision: Precision;
  /** Prompt tokens per request. */
  readonly inputTokens: number;
  /** Generated tokens per request. */
  readonly outputTokens: number;
  /**
   * Requests in flight. Up to the batch memory and the engine allow, all are decoded together; beyond it the
   * batch saturates (`bound: 'memory-capacity'` or `'batch-limit'`) and the excess waits (`queued`).
   * Default: as many as fit (maximum throughput).
   */
  readonly concurrency?: number;
  /** An interactivity target: the largest batch whose per-user decode speed, prefill stalls counted, reaches it. */
  readonly tokensPerSecondPerUser?: number;
  /**
   * The engine's cap on sequences decoded together, per copy of the attention (per accelerator when attention
   * is data-parallel). Default 2,048, TensorRT-LLM's `max_batch_size`; vLLM ships 256 (`max_num_seqs`, or 1,024
   * in some server configurations) and SGLang sizes it from memory.
   */
  readonly maxBatch?: number;
  /** Attention split: `'tensor'` (default for dense models) or `'data'` (default for MoE on several accelerators). */
  readonly attention?: AttentionParallelism;
  /** Overrides of the fitted efficiencies for the hardware's family. */
  readonly efficiency?: Partial<Efficiency>;
  /** KV cache precision; default fp8 when `precision` is fp8 or fp4, else bf16. */
  readonly kvCachePrecision?: 'bf16' | 'fp8';
  /** Share of accelerator memory usable for weights and KV cache (the rest: activations, runtime). Default 0.9. */
  readonly memoryFraction?: number;
}

/** What limited the result. */
export type ThroughputBound = 'compute' | 'memory-bandwidth' | 'memory-capacity' | 'batch-limit';

/** Per-accelerator throughput for a workload, and how it was reached. */
export interface Throughput {
  /** Prompt tokens per second per accelerator while prefilling. */
  readonly prefillTokensPerSecondPerGpu: number;
  /** Generated tokens per second per accelerator while decoding at `batch` (no prefill in between). */
  readonly decodeTokensPerSecondPerGpu: number;
  /** Sustained prompt tokens per second per accelerator, both phases counted (`requests/s x inputTokens`). */
  readonly inputTokensPerSecondPerGpu: number;
  /** Sustained generated tokens per second per accelerator, both phases counted. */
  readonly outputTokensPerSecondPerGpu: number;
  /** Requests completed per second per accelerator. */
  readonly requestsPerSecondPerGpu: number;
  /** Sequences decoded together (the whole group). */
  readonly batch: number;
  /** The most sequences the group decodes together: memory left after the weights, or the engine's cap. */
  readonly maxBatch: number;
  /** Requests of `concurrency` beyond `maxBatch`, waiting (0 when none). */
  readonly queued: number;
  /**
   * Decode speed each sequence sees, in tokens per second, counting the time the group spends prefilling
   * other requests (continuous batching interleaves them): `1 / timePerOutputToken`.
   */
  readonly tokensPerSecondPerUser: number;
  /** Seconds between a sequence's output tokens (the inverse of `tokensPerSecondPerUser`). */
  readonly timePerOutputTokenSeconds: number;
  /** Seconds from a request's start to its first token: its own prefill and one decode step, no queueing. */
  readonly timeToFirstTokenSeconds: number;
  /** The limit that bound decode: its compute, its memory traffic, the KV cache capacity, or the engine's cap. */
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
   * stored in `precision` and the math runs in bf16 (weight-only quantization, e.g. 4-bit weights on an
   * H100: W4A16).
   */
  readonly computePrecision: Precision;
  readonly kvCachePrecision: 'bf16' | 'fp8';
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly memoryFraction: number;
  readonly attention: AttentionParallelism;
  /** Accelerators the experts are spread over (1 for a dense model). */
  readonly expertParallel: number;
  /** The engine's batch cap per copy of the attention. */
  readonly engineMaxBatch: number;
  readonly efficiency: Efficiency;
  /** False when the family's efficiencies were borrowed rather than fitted on measurements. */
  readonly calibrated: boolean;
  /** Weight memory per accelerator, GB (attention weights replicated when attention is data-parallel). */
  readonly weightGBPerGpu: number;
  /** KV cache bytes one sequence holds at its average decode context, across the group. */
  readonly kvCacheBytesPerSequence: number;
  /** How many copies of each KV head the group holds (more than 1 when KV heads are fewer than accelerators). */
  readonly kvReplication: number;
  /** Average power per accelerator in the hardware spec's server, watts, when known. */
  readonly serverWattsPerGpu?: number;
}

/** Bytes per parameter; 4-bit formats carry one 8-bit scale per 16 values (NVFP4). */
const BYTES_PER_PARAM: Readonly<Record<Precision, number>> = { bf16: 2, fp8: 1, fp4: 0.5625 };
const KV_BYTES: Readonly<Record<'bf16' | 'fp8', number>> = { bf16: 2, fp8: 1 };
/** TensorRT-LLM's default `max_batch_size` (LLM API, v1.0). */
const DEFAULT_ENGINE_BATCH = 2048;

/**
 * Estimates per-accelerator throughput for a workload. With neither `concurrency` nor
 * `tokensPerSecondPerUser` the answer is the maximum throughput (the largest batch memory and the engine
 * hold). Concurrency beyond that saturates: the batch stays at its maximum and the rest queue. Throws
 * `CapacityError` when the weights or a single sequence do not fit, or when an interactivity target cannot
 * be met even at batch 1.
 *
 * @example
 * ```ts
 * import { estimateThroughput } from 'tokenomics/infra';
 * const t = estimateThroughput({
 *   model: 'llama-3.3-70b', hardware: 'h100-sxm', gpus: 2, precision: 'fp8',
 *   inputTokens: 1000, outputTokens: 1000,
 * });
 * t.outputTokensPerSecondPerGpu; // 1938.4 (TensorRT-LLM v1.0 measured 2,102.5 per GPU)
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
  const gpus = positiveInteger(
    input.gpus,
    'gpus',
    'the number of accelerators serving one copy of the model',
  );
  if (gpus > MAX_GPUS) {
    throw new InvalidArgumentError(
      `gpus is ${gpus}; one group has at most ${MAX_GPUS} accelerators here (model larger deployments as several groups).`,
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
  const moe = model.experts !== undefined && model.experts.total > model.experts.active;
  const attention = input.attention ?? (moe && gpus > 1 ? 'data' : 'tensor');
  if (attention !== 'tensor' && attention !== 'data') {
    throw new InvalidArgumentError(`attention is ${describeValue(attention)}; use 'tensor' or 'data'.`, {
      argument: 'attention',
      value: attention,
    });
  }
  const engineMaxBatch =
    input.maxBatch === undefined
      ? DEFAULT_ENGINE_BATCH
      : positiveInteger(input.maxBatch, 'maxBatch', "the engine's cap on sequences decoded together");
  const family = CALIBRATION[hardware.family];
  if (input.efficiency !== undefined) requireOptions(input.efficiency, EFFICIENCY_FIELDS, 'efficiency');
  const efficiency = resolveEfficiency({ ...family.efficiency, ...input.efficiency });
  const expertParallel = moe ? gpus : 1;

  // Memory: weights (attention replicated when it is data-parallel), then each sequence's KV cache.
  const bytesPerParam = BYTES_PER_PARAM[precision];
  const weightBytes = model.totalParams * bytesPerParam;
  const attentionBytes = Math.min(model.totalParams, attentionParams(model)) * bytesPerParam;
  const storedWeightBytes = attention === 'data' ? weightBytes + attentionBytes * (gpus - 1) : weightBytes;
  const perGpuWeightBytes = storedWeightBytes / gpus;
  const memoryBytes = gpus * hardware.memoryGB * 1e9 * memoryFraction;
  const kvReplication = attention === 'data' ? 1 : gpus / Math.min(gpus, kvHeadsOf(model));
  const decodeContext = inputTokens + outputTokens / 2;
  const kvPerSequence = kvBytesAt(model, decodeContext, KV_BYTES[kvCachePrecision]) * kvReplication;
  const kvLongest = kvBytesAt(model, inputTokens + outputTokens, KV_BYTES[kvCachePrecision]) * kvReplication;
  if (storedWeightBytes >= memoryBytes) {
    throw new CapacityError(
      `${model.id} in ${precision} needs ${gb(storedWeightBytes)} GB for its weights${attention === 'data' ? ' (attention replicated on each accelerator)' : ''}, more than the ${gb(memoryBytes)} GB usable on ${gpus} x ${hardware.id}; use more accelerators, a smaller precision or larger memory.`,
      { limit: 'weights', needed: storedWeightBytes / 1e9, available: memoryBytes / 1e9 },
    );
  }
  const memoryBatch = Math.floor((memoryBytes - storedWeightBytes) / kvPerSequence);
  if (memoryBatch < 1 || memoryBytes - storedWeightBytes < kvLongest) {
    throw new CapacityError(
      `After ${gb(storedWeightBytes)} GB of weights, ${gpus} x ${hardware.id} has ${gb(memoryBytes - storedWeightBytes)} GB left, not enough for one ${inputTokens + outputTokens}-token sequence (${gb(kvLongest)} GB of KV cache); use more accelerators or shorter requests.`,
      { limit: 'sequence', needed: kvLongest / 1e9, available: (memoryBytes - storedWeightBytes) / 1e9 },
    );
  }
  const engineBatch = Math.min(MAX_BATCH, engineMaxBatch * (attention === 'data' ? gpus : 1));
  const maxBatch = Math.min(MAX_BATCH, memoryBatch, engineBatch);

  // Rates of the whole group.
  const peakFlops = gpus * peakTflops * 1e12;
  const bandwidth = gpus * hardware.memoryTBps * 1e12;
  const tensorGroup = attention === 'tensor' ? gpus : 1;
  const overhead =
    (1 + efficiency.tensorParallelOverhead * Math.log2(tensorGroup)) *
    (1 + efficiency.expertParallelOverhead * Math.log2(expertParallel));
  // Matrix math per token: the dense part (attention projections, shared experts, unembedding) and the
  // routed experts, whose grouped GEMMs over scattered tokens reach `expertCompute` of the phase's efficiency.
  // Attention's own math (scores and weighted values over the cache) runs in the KV cache's format, not the
  // weights': its time is counted against that format's peak.
  const matmulParams = Math.max(model.activeParams - embeddingLookupParams(model), model.activeParams / 2);
  const expertParams = Math.min(routedActiveParams(model), matmulParams);
  const expertSlowdown = 1 / efficiency.expertCompute;
  const attentionPeakRatio = peakTflops / attentionPeakTflops(hardware, kvCachePrecision, peakTflops);
  // Prefill computes the output projection for the last prompt token only.
  const prefillDenseParams =
    Math.max(matmulParams - unembeddingParams(model), model.activeParams / 2) - expertParams;
  const prefillFlopsPerToken =
    2 * Math.max(prefillDenseParams, 0) +
    2 * expertParams * expertSlowdown +
    attentionFlopsPrefill(model, inputTokens) * attentionPeakRatio;
  const prefillRate = (peakFlops * efficiency.prefill) / prefillFlopsPerToken / overhead;
  const decodeFlopsPerToken =
    2 * (matmulParams - expertParams) +
    2 * expertParams * expertSlowdown +
    attentionFlopsAt(model, decodeContext) * attentionPeakRatio;
  const replicatedAttentionReads = attention === 'data' ? attentionBytes * (gpus - 1) : 0;
  const step = (batch: number) => {
    const memoryTime =
      (weightBytesRead(model, weightBytes, batch) + replicatedAttentionReads + batch * kvPerSequence) /
      (bandwidth * efficiency.bandwidth);
    const computeTime = (batch * decodeFlopsPerToken) / (peakFlops * efficiency.decodeCompute);
    return { memoryTime, computeTime, seconds: (memoryTime + computeTime) * overhead };
  };
  // At batch b, continuous batching completes b / (O x step + b x I / prefill) requests per second
  // (Little's law); between its decode steps a sequence waits for the other requests' prefill.
  const serve = (batch: number) => {
    const seconds = step(batch).seconds;
    const requestsPerSecond = batch / (outputTokens * seconds + (batch * inputTokens) / prefillRate);
    const prefillShare = (requestsPerSecond * inputTokens) / prefillRate;
    return { seconds, requestsPerSecond, perUser: (1 - prefillShare) / seconds };
  };

  const { batch, queued } = chooseBatch(input, maxBatch, (b) => serve(b).perUser);
  const { memoryTime, computeTime, seconds } = step(batch);
  const served = serve(batch);
  const requestsPerSecondPerGpu = served.requestsPerSecond / gpus;
  const bound: ThroughputBound =
    computeTime >= memoryTime
      ? 'compute'
      : batch < maxBatch
        ? 'memory-bandwidth'
        : maxBatch === memoryBatch
          ? 'memory-capacity'
          : 'batch-limit';

  const serverKw = hardware.serverKwPerAccelerator;
  const result: Throughput = {
    prefillTokensPerSecondPerGpu: prefillRate / gpus,
    decodeTokensPerSecondPerGpu: batch / seconds / gpus,
    inputTokensPerSecondPerGpu: requestsPerSecondPerGpu * inputTokens,
    outputTokensPerSecondPerGpu: requestsPerSecondPerGpu * outputTokens,
    requestsPerSecondPerGpu,
    batch,
    maxBatch,
    queued,
    tokensPerSecondPerUser: served.perUser,
    timePerOutputTokenSeconds: 1 / served.perUser,
    timeToFirstTokenSeconds: inputTokens / prefillRate + seconds,
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
      attention,
      expertParallel,
      engineMaxBatch,
      efficiency,
      calibrated: family.calibrated && input.efficiency === undefined,
      weightGBPerGpu: perGpuWeightBytes / 1e9,
      kvCacheBytesPerSequence: kvPerSequence,
      kvReplication,
      ...(serverKw === undefined ? {} : { serverWattsPerGpu: serverKw * 1000 }),
    },
  };
  for (const [name, value] of Object.entries(result)) {
    if (typeof value === 'number' && name !== 'queued' && !(Number.isFinite(value) && value > 0)) {
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
  'maxBatch',
  'attention',
];
const EFFICIENCY_FIELDS = [
  'prefill',
  'decodeCompute',
  'bandwidth',
  'tensorParallelOverhead',
  'expertParallelOverhead',
  'expertCompute',
];
/** The largest tensor-parallel group accepted. */
const MAX_GPUS = 4096;
/** The largest batch considered: far above what any engine schedules, and small enough to search exactly. */
const MAX_BATCH = 1_000_000;

/** Weight-only quantization computes in bf16 (W4A16, W8A16), as engines run it without native math. */
const WIDER: Readonly<Record<Precision, readonly Precision[]>> = {
  fp4: ['fp4', 'bf16'],
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

/**
 * Peak TFLOPS for attention's math, which runs in the KV cache's format (fp8 or bf16) whatever the weights'
 * format; bf16 when the hardware has no fp8; never above the weights' own peak.
 */
function attentionPeakTflops(hardware: HardwareSpec, kv: 'bf16' | 'fp8', weightsPeak: number): number {
  const peak = hardware.denseTflops[kv] ?? hardware.denseTflops.bf16 ?? weightsPeak;
  return Math.min(peak, weightsPeak);
}

/** The format the matrix math runs in: the weights' own, or bf16 when the hardware lacks it (weight-only). */
function computePrecisionFor(hardware: HardwareSpec, precision: Precision): Precision {
  const found = WIDER[precision].find((candidate) => hardware.denseTflops[candidate] !== undefined);
  if (found !== undefined) return found;
  const supported = Object.keys(hardware.denseTflops).join(', ') || 'none';
  throw new InvalidArgumentError(
    `${hardware.id} has no peak for ${precision} or any wider format (it has ${supported}); add denseTflops.bf16 to its spec.`,
    { argument: 'precision', value: precision },
  );
}

/**
 * The batch: the caller's concurrency (saturating at the maximum, the rest queued), the largest batch whose
 * per-user speed (prefill stalls counted) meets a target, or all that fits.
 */
function chooseBatch(
  input: ThroughputInput,
  maxBatch: number,
  perUser: (batch: number) => number,
): { batch: number; queued: number } {
  if (input.concurrency !== undefined) {
    const concurrency = positiveInteger(input.concurrency, 'concurrency', 'requests in flight');
    return concurrency > maxBatch
      ? { batch: maxBatch, queued: concurrency - maxBatch }
      : { batch: concurrency, queued: 0 };
  }
  if (input.tokensPerSecondPerUser !== undefined) {
    const target = input.tokensPerSecondPerUser;
    if (typeof target !== 'number' || !Number.isFinite(target) || target <= 0) {
      throw new InvalidArgumentError(
        `tokensPerSecondPerUser is ${describeValue(target)}; it must be a positive number of tokens per second.`,
        { argument: 'tokensPerSecondPerUser', value: target },
      );
    }
    const fastest = perUser(1);
    if (fastest < target) {
      throw new CapacityError(
        `${target} tokens per second per user is out of reach: even one sequence decodes at ${fastest.toFixed(1)}; lower the target or add accelerators.`,
        { limit: 'interactivity', needed: target, available: fastest },
      );
    }
    // The speed per user falls as the batch grows (longer steps, more prefill to interleave):
    // binary-search the largest batch meeting the target.
    let low = 1;
    let high = maxBatch;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (perUser(middle) >= target) low = middle;
      else high = middle - 1;
    }
    return { batch: low, queued: 0 };
  }
  return { batch: maxBatch, queued: 0 };
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

/**
 * Attention FLOPs per layer for one prompt token and one context token in prefill. MLA prefills in its
 * decompressed form: keys of `headDim + ropeDim`, values of `headDim`, per head (absorbing the latent
 * into the queries, as decode does, would cost 3-4 times more here).
 */
function attentionFlopsPrefillPerLayerToken(model: ModelSpec): number {
  return model.attention.kind === 'mla'
    ? 2 * model.queryHeads * (2 * model.headDim + model.attention.ropeDim)
    : 4 * model.queryHeads * model.headDim;
}

/** Average attention FLOPs per prompt token in a causal prefill of `tokens` tokens. */
export function attentionFlopsPrefill(model: ModelSpec, tokens: number): number {
  const window = model.slidingWindow?.tokens ?? tokens;
  const windowed = model.slidingWindow?.layers ?? 0;
  // The average context of a causal prefill is half the prompt; a windowed layer's is capped by its window.
  const averageFull = tokens / 2;
  const averageWindowed = tokens <= window ? tokens / 2 : window - (window * window) / (2 * tokens);
  return (
    attentionFlopsPrefillPerLayerToken(model) *
    ((model.layers - windowed) * averageFull + windowed * averageWindowed)
  );
}

/** KV heads as the cache splits across accelerators: MLA caches one latent shared by all heads. */
function kvHeadsOf(model: ModelSpec): number {
  return model.attention.kind === 'mla' ? 1 : Math.max(1, model.kvHeads);
}

/**
 * Attention parameters of the whole model (replicated on each accelerator when attention is
 * data-parallel): query, key, value and output projections per layer; for MLA the low-rank projections.
 */
export function attentionParams(model: ModelSpec): number {
  const h = model.hiddenSize;
  const heads = model.queryHeads;
  const d = model.headDim;
  if (model.attention.kind === 'mla') {
    const { latentDim, ropeDim, queryLoraRank } = model.attention;
    const query =
      queryLoraRank === undefined
        ? h * heads * (d + ropeDim)
        : h * queryLoraRank + queryLoraRank * heads * (d + ropeDim);
    const perLayer = query + h * (latentDim + ropeDim) + latentDim * heads * 2 * d + heads * d * h;
    return perLayer * model.layers;
  }
  return h * d * (2 * heads + 2 * model.kvHeads) * model.layers;
}

/** Parameters a token looks up (the input embedding), not multiplies. */
function embeddingLookupParams(model: ModelSpec): number {
  if (model.vocabSize === undefined || model.tiedEmbeddings === true) return 0;
  return model.vocabSize * model.hiddenSize;
}

/** The output projection, computed once per generated token but only for the last prompt token. */
function unembeddingParams(model: ModelSpec): number {
  return model.vocabSize === undefined ? 0 : model.vocabSize * model.hiddenSize;
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

/** Routed-expert parameters one token uses (0 for a dense model): `active` experts of `perExpert` each. */
function routedActiveParams(model: ModelSpec): number {
  const experts = model.experts;
  if (experts === undefined || experts.total <= experts.active) return 0;
  const perExpert = (model.totalParams - model.activeParams) / (experts.total - experts.active);
  return perExpert * experts.active;
}

function resolveEfficiency(efficiency: Efficiency): Efficiency {
  for (const key of ['prefill', 'decodeCompute', 'bandwidth', 'expertCompute'] as const) {
    const value = efficiency[key];
    if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
      throw new InvalidArgumentError(
        `efficiency.${key} is ${describeValue(value)}; it must be a fraction of peak in (0, 1].`,
        { argument: `efficiency.${key}`, value },
      );
    }
  }
  for (const key of ['tensorParallelOverhead', 'expertParallelOverhead'] as const) {
    const overhead = efficiency[key];
    if (typeof overhead !== 'number' || !Number.isFinite(overhead) || overhead < 0 || overhead > 10) {
      throw new InvalidArgumentError(
        `efficiency.${key} is ${describeValue(overhead)}; it must be from 0 to 10.`,
        {
          argument: `efficiency.${key}`,
          value: overhead,
        },
      );
    }
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
