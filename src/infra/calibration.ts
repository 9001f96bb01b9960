/**
 * The throughput model's default efficiency factors, per hardware family, and how they were fitted.
 *
 * @module
 */

import type { HardwareFamily } from './hardware.js';

/**
 * The fractions of peak a serving engine reaches, per phase. Pure rooflines (all ones, no overhead) run
 * 1.5-2x optimistic against real engines.
 */
export interface Efficiency {
  /** Fraction of dense peak FLOPS reached in prefill (compute-bound), in (0, 1]. */
  readonly prefill: number;
  /** Fraction of dense peak FLOPS reached by decode's matrix math, in (0, 1]. */
  readonly decodeCompute: number;
  /** Fraction of peak memory bandwidth reached when decode streams weights and KV cache, in (0, 1]. */
  readonly bandwidth: number;
  /**
   * Extra decode step time per doubling of the tensor-parallel group (all-reduces, synchronization):
   * a step on `gpus` accelerators takes `1 + overhead * log2(gpus)` times its roofline time. At least 0.
   */
  readonly tensorParallelOverhead: number;
}

/** Default efficiencies for one hardware family, with whether they were fitted on measurements. */
export interface FamilyCalibration {
  readonly efficiency: Efficiency;
  /** True when fitted on measured points of this family; false when borrowed from a fitted one. */
  readonly calibrated: boolean;
  readonly note: string;
}

const FIT_SOURCE =
  'Fitted 2026-11-22 with `npm run calibrate -- --fit` on the TensorRT-LLM v1.0 max-throughput points for Llama 3.1 8B, 3.3 70B and 3.1 405B (NVIDIA/TensorRT-LLM perf-overview.md at commit 00f37686): a 0.1 grid then coordinate descent on a 0.02 grid per family, minimizing the mean absolute percentage error of output tokens per second per GPU, memory fraction fixed at 0.9.';

const HOPPER: Efficiency = {
  prefill: 0.54,
  decodeCompute: 0.6,
  bandwidth: 0.88,
  tensorParallelOverhead: 0.28,
};
const BLACKWELL: Efficiency = {
  prefill: 0.36,
  decodeCompute: 0.38,
  bandwidth: 0.58,
  tensorParallelOverhead: 0.26,
};

/** A family with no measured points borrows Hopper's factors, and says so. */
const BORROWED: FamilyCalibration = {
  efficiency: HOPPER,
  calibrated: false,
  note: 'No measured points: Hopper factors borrowed.',
};

/**
 * Default efficiencies per hardware family. Hopper (H100, H200) and Blackwell (B200) are fitted; the
 * other families have no measured points in the calibration set and borrow Hopper's factors, which the
 * throughput result reports as `calibrated: false`.
 */
export const CALIBRATION: Readonly<Record<HardwareFamily, FamilyCalibration>> = /* @__PURE__ */ Object.freeze(
  {
    hopper: {
      efficiency: HOPPER,
      calibrated: true,
      note: `${FIT_SOURCE} 60 Hopper points (H100 SXM and H200, fp8): MAPE 5.9%.`,
    },
    blackwell: {
      efficiency: BLACKWELL,
      calibrated: true,
      note: `${FIT_SOURCE} 20 B200 points (fp4): MAPE 5.4%.`,
    },
    ampere: BORROWED,
    ada: BORROWED,
    cdna3: BORROWED,
    tpu: BORROWED,
    trainium: BORROWED,
  },
);
