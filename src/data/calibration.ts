/**
 * The throughput model's default efficiency factors, per hardware family, and how they were fitted.
 *
 * @module
 */

import type { Efficiency, FamilyCalibration, HardwareFamily } from '../infra/types.js';
import { deepFreeze } from '../internal/freeze.js';

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
export const CALIBRATION: Readonly<Record<HardwareFamily, FamilyCalibration>> = /* @__PURE__ */ deepFreeze({
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
});
