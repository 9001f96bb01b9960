/**
 * The throughput model's default efficiency factors, per hardware family, and how they were fitted.
 *
 * @module
 */

import type { Efficiency, FamilyCalibration, HardwareFamily } from '../infra/types.js';
import { deepFreeze } from '../internal/freeze.js';

const FIT =
  'Fitted 2026-11-23 with `npm run calibrate -- --fit` (scripts/calibration-points.ts): coordinate descent from round middles, single factors then pairs, on 0.05 then 0.01 steps, minimizing the mean of the dense and the mixture-of-experts MAPE of output tokens per second per accelerator. Points: TensorRT-LLM performance overviews (v1.0 dense Llama, commit 00f37686; MoE, gpt-oss and Llama 3.3, commit 03e27c7d) and MLPerf Inference v5.1, listed with their sources in data/calibration/measured.json. Every third offline point per family is held out of the fit.';

const HOPPER: Efficiency = {
  prefill: 0.68,
  decodeCompute: 0.49,
  bandwidth: 0.74,
  tensorParallelOverhead: 0.16,
  expertParallelOverhead: 0.34,
  expertCompute: 0.33,
};
const BLACKWELL: Efficiency = {
  prefill: 0.51,
  decodeCompute: 0.36,
  bandwidth: 0.58,
  tensorParallelOverhead: 0.24,
  expertParallelOverhead: 0.1,
  expertCompute: 0.16,
};
const CDNA3: Efficiency = {
  prefill: 0.41,
  decodeCompute: 0.29,
  bandwidth: 0.44,
  tensorParallelOverhead: 0.16,
  expertParallelOverhead: 0.34,
  expertCompute: 0.33,
};

/** A family with no measured points borrows Hopper's factors, and says so. */
const BORROWED: FamilyCalibration = {
  efficiency: HOPPER,
  calibrated: false,
  note: 'No measured points: Hopper factors borrowed.',
};

/**
 * Default efficiencies per hardware family. Hopper (H100, H200), Blackwell (B200, GB200) and CDNA 3 (MI300X,
 * MI325X) are fitted on measured points; the other families have none and borrow a fitted family's factors,
 * which the throughput result reports as `calibrated: false`.
 *
 * @example
 * ```ts
 * import { CALIBRATION } from 'tokenomics/infra';
 * CALIBRATION.hopper.efficiency.bandwidth; // 0.8
 * CALIBRATION.cdna4.calibrated;            // false
 * ```
 */
export const CALIBRATION: Readonly<Record<HardwareFamily, FamilyCalibration>> = /* @__PURE__ */ deepFreeze({
  hopper: {
    efficiency: HOPPER,
    calibrated: true,
    note: `${FIT} Hopper: 71 fit points (H100 SXM and H200; dense Llama, DeepSeek-R1, gpt-oss, Llama 4 Maverick, Qwen3 235B): MAPE dense 5.7% in sample and 5.5% held out, MoE 15.3% and 15.8%, MLA 5.8% and 16.5%.`,
  },
  blackwell: {
    efficiency: BLACKWELL,
    calibrated: true,
    note: `${FIT} Blackwell: 68 fit points (B200 and GB200, fp4): MAPE dense 6.3% in sample and 6.2% held out, MoE 16.8% and 19.9%, MLA 32.1% and 24.6%.`,
  },
  cdna3: {
    efficiency: CDNA3,
    calibrated: true,
    note: `${FIT} CDNA 3: only MLPerf v5.1 results exist here (MI300X and MI325X, Llama 2 70B and Mixtral 8x7B, offline), so the family is fitted as two multipliers on Hopper's factors (compute 0.56, bandwidth 0.83) scored on each result's ratio to the H200 result on the same benchmark: this keeps the measured ranking against Hopper (MI300X below H200, MI325X about level). Absolute MAPE against those MLPerf results is higher (their engines beat trtllm-bench, which Hopper is fitted on, by 20-30%).`,
  },
  cdna4: {
    efficiency: CDNA3,
    calibrated: false,
    note: 'No measured points: CDNA 3 factors borrowed (same software stack).',
  },
  ampere: BORROWED,
  ada: BORROWED,
  tpu: BORROWED,
  trainium: BORROWED,
});
