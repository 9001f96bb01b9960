/**
 * `tokenomics/infra`: the bottom-up model. Price tokens from the accelerator-hour up (rented or owned),
 * through a calibrated throughput model, to an ordinary price card; then compare it with list prices.
 *
 * @example
 * ```ts
 * import { bottomUpCard, explainCard } from 'tokenomics/infra';
 * const card = bottomUpCard({
 *   gpuHour: { rentPerHour: '2.50' },
 *   throughput: { model: 'llama-3.3-70b', hardware: 'h100-sxm', gpus: 2, precision: 'fp8', inputTokens: 1000, outputTokens: 250 },
 *   utilization: '0.6',
 * });
 * explainCard(card).output; // $/1M output tokens, by component
 * ```
 *
 * @module
 */

export { CALIBRATION } from '../data/calibration.js';
export { OWNED_DEFAULTS } from '../data/owned-defaults.js';
export {
  type AnnualCost,
  type CapacityPlan,
  type CapacityPlanInput,
  type CapacityPrices,
  type CapacityRevenue,
  type CapacityWorkload,
  capacityPlan,
} from './capacity.js';
export {
  type BottomUpInputs,
  bottomUpCard,
  type CardExplanation,
  explainCard,
  type MeasuredThroughput,
  type RateBreakdown,
} from './card.js';
export { type ContractRate, type ContractRateInput, contractRate } from './contract.js';
export {
  type CapitalParts,
  capitalRecoveryFactor,
  type GpuHourCost,
  type GpuHourOptions,
  type GpuHourParts,
  gpuHourCost,
  type OwnedGpuHourOptions,
  type RentedGpuHourOptions,
} from './gpu-hour.js';
export { getHardware, listHardware } from './hardware.js';
export {
  type BreakEven,
  breakEvenUtilization,
  type ImpliedMargin,
  impliedMargin,
  type SensitivityRow,
  sensitivity,
  type TokenMix,
} from './margin.js';
export { getModelSpec, listModelSpecs } from './models.js';
export {
  type AttentionParallelism,
  estimateThroughput,
  type Throughput,
  type ThroughputAssumptions,
  type ThroughputBound,
  type ThroughputInput,
} from './throughput.js';
export type {
  AttentionSpec,
  Efficiency,
  FamilyCalibration,
  HardwareFamily,
  HardwareSpec,
  ModelSpec,
  OwnedDefault,
  Precision,
  PurchasePrice,
  RentalPrice,
} from './types.js';
