/**
 * The measured points the throughput model is calibrated and checked against, and the fit itself. Shared by
 * `npm run calibrate` (scripts/calibrate.ts) and the calibration test (test/infra/calibration.test.ts).
 *
 * Points come from data/calibration/measured.json (in the repository, transcribed from TensorRT-LLM's
 * performance overview and MLPerf Inference v5.1, each with its source) and, when present, the team's
 * shared dense Llama set in ../shared/data/calibration/ (not in the repository).
 */

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getHardware } from '../src/infra/hardware.js';
import { getModelSpec } from '../src/infra/models.js';
import type { AttentionParallelism } from '../src/infra/throughput.js';
import { estimateThroughput } from '../src/infra/throughput.js';
import type { Efficiency, HardwareFamily, Precision } from '../src/infra/types.js';

/** How the measurement loaded the server: all requests at once, or at a latency limit. */
export type Scenario = 'offline' | 'server' | 'interactive';
/** The model's architecture, for reporting: dense, mixture of experts, or MoE with latent attention. */
export type Architecture = 'dense' | 'moe' | 'mla';

/** One measured point, normalized. */
export interface CalibrationPoint {
  readonly source: string;
  readonly model: string;
  readonly hardware: string;
  readonly gpus: number;
  readonly attention?: AttentionParallelism;
  readonly precision: Precision;
  readonly kvCachePrecision?: 'bf16' | 'fp8';
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly scenario: Scenario;
  /** The time-per-output-token limit of a server or interactive point, ms. */
  readonly tpotLimitMs?: number;
  /** Measured output tokens per second per accelerator. */
  readonly measured: number;
  readonly family: HardwareFamily;
  readonly architecture: Architecture;
  /** True for the points kept out of the fit (every third offline point per family, and all latency-bound ones). */
  readonly heldOut: boolean;
  /**
   * For a family measured only in MLPerf (AMD's), the H200 result on the same benchmark and scenario: the
   * point is scored on its ratio to that one (estimate ratio vs measured ratio), so the family is placed
   * against Hopper on one engine baseline (Hopper is fitted on trtllm-bench runs, which MLPerf's tuned
   * submissions beat by 20-30%) and the ranking between vendors is what the fit preserves.
   */
  readonly reference?: CalibrationPoint;
}

const MEASURED_FILE = fileURLToPath(new URL('../data/calibration/measured.json', import.meta.url));
/** The team's shared dense Llama set (TensorRT-LLM v1.0); absent in a user's clone. */
export const SHARED_FILE = fileURLToPath(
  new URL('../../shared/data/calibration/trtllm-v1.0-llama.json', import.meta.url),
);

const SHARED_MODELS: Readonly<Record<string, string>> = {
  'Llama-3.1-8B': 'llama-3.1-8b',
  'Llama-3.3-70B': 'llama-3.3-70b',
  'Llama-3.1-405B': 'llama-3.1-405b',
};
const SHARED_HARDWARE: Readonly<Record<string, string>> = {
  'H100-SXM': 'h100-sxm',
  H200: 'h200',
  B200: 'b200',
};

interface RawPoint {
  source: string;
  model: string;
  hardware: string;
  gpus: number;
  attention?: AttentionParallelism;
  precision: Precision;
  kvCachePrecision?: 'bf16' | 'fp8';
  inputTokens: number;
  outputTokens: number;
  scenario: Scenario;
  tpotLimitMs?: number;
  outputTokensPerSecondPerGpu: number;
}

/** Reads every point: the shared set first (when present), then the repository's. */
export function loadCalibrationPoints(): CalibrationPoint[] {
  const raw: RawPoint[] = [];
  if (existsSync(SHARED_FILE)) {
    const shared = JSON.parse(readFileSync(SHARED_FILE, 'utf8')) as {
      points: {
        model: string;
        hardware: string;
        gpus: number;
        precision: Precision;
        inputTokens: number;
        outputTokens: number;
        outputTokensPerSecondPerGpu: number;
      }[];
    };
    for (const p of shared.points) {
      raw.push({
        source: 'trtllm-v1.0-llama (shared)',
        model: SHARED_MODELS[p.model] as string,
        hardware: SHARED_HARDWARE[p.hardware] as string,
        gpus: p.gpus,
        precision: p.precision,
        inputTokens: p.inputTokens,
        outputTokens: p.outputTokens,
        scenario: 'offline',
        outputTokensPerSecondPerGpu: p.outputTokensPerSecondPerGpu,
      });
    }
  }
  raw.push(...(JSON.parse(readFileSync(MEASURED_FILE, 'utf8')) as { points: RawPoint[] }).points);
  const offlineSeen = new Map<HardwareFamily, number>();
  const points = raw.map((p): CalibrationPoint => {
    const family = getHardware(p.hardware).family;
    const model = getModelSpec(p.model);
    const architecture: Architecture =
      model.attention.kind === 'mla' ? 'mla' : model.experts === undefined ? 'dense' : 'moe';
    let heldOut = true;
    if (p.scenario === 'offline') {
      const index = offlineSeen.get(family) ?? 0;
      offlineSeen.set(family, index + 1);
      heldOut = index % 3 === 2;
    }
    return {
      source: p.source,
      model: p.model,
      hardware: p.hardware,
      gpus: p.gpus,
      ...(p.attention === undefined ? {} : { attention: p.attention }),
      precision: p.precision,
      ...(p.kvCachePrecision === undefined ? {} : { kvCachePrecision: p.kvCachePrecision }),
      inputTokens: p.inputTokens,
      outputTokens: p.outputTokens,
      scenario: p.scenario,
      ...(p.tpotLimitMs === undefined ? {} : { tpotLimitMs: p.tpotLimitMs }),
      measured: p.outputTokensPerSecondPerGpu,
      family,
      architecture,
      heldOut,
    };
  });
  return points.map((p) => {
    if (p.family !== 'cdna3') return p;
    const reference = points.find(
      (q) =>
        q.source === p.source && q.model === p.model && q.scenario === p.scenario && q.hardware === 'h200',
    );
    return reference === undefined ? p : { ...p, reference };
  });
}

/**
 * The model's output tokens per second per accelerator for a point: at maximum throughput for an offline
 * point, at the per-user speed its TPOT limit implies for a latency-bound one.
 */
export function estimatePoint(point: CalibrationPoint, efficiency?: Efficiency): number {
  return estimateThroughput({
    model: point.model,
    hardware: point.hardware,
    gpus: point.gpus,
    precision: point.precision,
    inputTokens: point.inputTokens,
    outputTokens: point.outputTokens,
    ...(point.attention === undefined ? {} : { attention: point.attention }),
    ...(point.kvCachePrecision === undefined ? {} : { kvCachePrecision: point.kvCachePrecision }),
    ...(point.tpotLimitMs === undefined ? {} : { tokensPerSecondPerUser: 1000 / point.tpotLimitMs }),
    ...(efficiency === undefined ? {} : { efficiency }),
  }).outputTokensPerSecondPerGpu;
}

/**
 * Signed relative error of the estimate for a point; for a point with a `reference`, of the ratio to it
 * (the reference estimated with `referenceEfficiency`, default its family's calibrated factors).
 */
export function relativeError(
  point: CalibrationPoint,
  efficiency?: Efficiency,
  referenceEfficiency?: Efficiency,
): number {
  const estimate = estimatePoint(point, efficiency);
  if (point.reference === undefined) return (estimate - point.measured) / point.measured;
  const referenceRatio = estimatePoint(point.reference, referenceEfficiency) / point.reference.measured;
  return estimate / (point.measured * referenceRatio) - 1;
}

/** Mean absolute percentage error over points (a fraction), 0 for none. */
export function mape(
  points: readonly CalibrationPoint[],
  efficiency?: Efficiency,
  referenceEfficiency?: Efficiency,
): number {
  if (points.length === 0) return 0;
  return (
    points.reduce((sum, p) => sum + Math.abs(relativeError(p, efficiency, referenceEfficiency)), 0) /
    points.length
  );
}

/**
 * The fit's objective: the mean of the dense points' MAPE and the mixture-of-experts points' (MLA included),
 * so the many dense points do not outvote the MoE ones.
 */
export function balancedError(
  points: readonly CalibrationPoint[],
  efficiency: Efficiency,
  referenceEfficiency?: Efficiency,
): number {
  const groups = new Map<boolean, CalibrationPoint[]>();
  for (const p of points) {
    const moe = p.architecture !== 'dense';
    groups.set(moe, [...(groups.get(moe) ?? []), p]);
  }
  let total = 0;
  for (const group of groups.values()) total += mape(group, efficiency, referenceEfficiency);
  return total / Math.max(groups.size, 1);
}

/** No engine streams weights at more than 90% of peak bandwidth; fits stop there. */
const BANDWIDTH_CEILING = 0.9;

const GRID: Readonly<Record<keyof Efficiency, readonly [number, number]>> = {
  prefill: [0.1, 1],
  decodeCompute: [0.1, 1],
  bandwidth: [0.3, BANDWIDTH_CEILING],
  tensorParallelOverhead: [0, 0.5],
  expertParallelOverhead: [0, 0.5],
  expertCompute: [0.05, 1],
};

/**
 * Fits one family's efficiencies on points: coordinate descent from `start`, first on a 0.05 grid, then on
 * 0.01 steps, until no single step lowers {@link balancedError}. Factors the points cannot see (an
 * expert-parallel overhead with no multi-accelerator MoE point, say) stay at `start`.
 */
export function fitFamily(
  points: readonly CalibrationPoint[],
  start: Efficiency,
  referenceEfficiency?: Efficiency,
): { efficiency: Efficiency; error: number } {
  let best = start;
  let bestError = balancedError(points, best, referenceEfficiency);
  const keys = Object.keys(GRID) as (keyof Efficiency)[];
  const clamp = (key: keyof Efficiency, value: number) =>
    Math.round(Math.min(GRID[key][1], Math.max(GRID[key][0], value)) * 100) / 100;
  const tryCandidate = (candidate: Efficiency) => {
    const error = balancedError(points, candidate, referenceEfficiency);
    if (error < bestError - 1e-9) {
      best = candidate;
      bestError = error;
      return true;
    }
    return false;
  };
  for (const step of [0.05, 0.01]) {
    for (let improved = true; improved; ) {
      improved = false;
      // One factor at a time over its whole range...
      for (const key of keys) {
        const [low, high] = GRID[key];
        for (let i = 0; low + i * step <= high + 1e-9; i++) {
          const value = Math.round((low + i * step) * 100) / 100;
          if (value !== best[key] && tryCandidate({ ...best, [key]: value })) improved = true;
        }
      }
      // ...then pairs moved together by one step, to slide along ridges where two factors trade off.
      for (let a = 0; a < keys.length; a++) {
        for (let b = a + 1; b < keys.length; b++) {
          for (const [da, db] of [
            [1, 1],
            [1, -1],
            [-1, 1],
            [-1, -1],
          ] as const) {
            const ka = keys[a] as keyof Efficiency;
            const kb = keys[b] as keyof Efficiency;
            const candidate = {
              ...best,
              [ka]: clamp(ka, best[ka] + da * step),
              [kb]: clamp(kb, best[kb] + db * step),
            };
            if (tryCandidate(candidate)) improved = true;
          }
        }
      }
    }
  }
  return { efficiency: best, error: bestError };
}

/** Where every fit starts: round middles, so the result is reproduced rather than confirmed from the defaults. */
export const NEUTRAL_START: Efficiency = {
  prefill: 0.5,
  decodeCompute: 0.5,
  bandwidth: 0.7,
  tensorParallelOverhead: 0.2,
  expertParallelOverhead: 0.1,
  expertCompute: 0.5,
};

/**
 * Fits a family with few points (AMD's four MLPerf results) as one multiplier on a fitted family's
 * efficiencies (prefill, decode compute and bandwidth together), from 0.3 to 1.5 in 0.01 steps: one number
 * on a handful of points, rather than six.
 */
export function fitScaled(
  points: readonly CalibrationPoint[],
  base: Efficiency,
  referenceEfficiency?: Efficiency,
): { efficiency: Efficiency; error: number; scale: number } {
  const scaled = (scale: number): Efficiency => ({
    ...base,
    prefill: Math.min(1, Math.round(base.prefill * scale * 100) / 100),
    decodeCompute: Math.min(1, Math.round(base.decodeCompute * scale * 100) / 100),
    bandwidth: Math.min(BANDWIDTH_CEILING, Math.round(base.bandwidth * scale * 100) / 100),
  });
  let best = { efficiency: base, error: balancedError(points, base, referenceEfficiency), scale: 1 };
  for (let step = 30; step <= 150; step++) {
    const efficiency = scaled(step / 100);
    const error = balancedError(points, efficiency, referenceEfficiency);
    if (error < best.error - 1e-9) best = { efficiency, error, scale: step / 100 };
  }
  return best;
}

/**
 * Fits every family with measured points on its fit split: Hopper and Blackwell by {@link fitFamily} from
 * {@link NEUTRAL_START}; a family with few points (AMD's) by {@link fitScaled} on the fitted Hopper factors,
 * scored against Hopper on the same benchmarks.
 */
export function fitAll(points: readonly CalibrationPoint[]): Map<HardwareFamily, Efficiency> {
  const fitted = new Map<HardwareFamily, Efficiency>();
  const families = [...new Set(points.map((p) => p.family))].sort(
    (a, b) => Number(b === 'hopper') - Number(a === 'hopper'),
  );
  for (const family of families) {
    const selected = points.filter((p) => p.family === family && !p.heldOut);
    const hopper = fitted.get('hopper');
    fitted.set(
      family,
      family === 'hopper' || family === 'blackwell' || hopper === undefined
        ? fitFamily(selected, NEUTRAL_START).efficiency
        : fitScaled(selected, hopper, hopper).efficiency,
    );
  }
  return fitted;
}
