/**
 * Accelerator specs for the bottom-up model: dense peak throughput per precision, memory, bandwidth, power
 * and a typical rental price, each figure with its source. Look them up with {@link getHardware}.
 *
 * @module
 */

import { closestNames, didYouMean, editDistance } from '../cards/suggest.js';
import { describeValue, UnknownPresetError } from '../errors.js';
import { HARDWARE_PRESETS } from './hardware-presets.js';

/** Number formats the model knows: weights and matrix math in bf16, fp8, or 4-bit floats (NVFP4/MXFP4). */
export type Precision = 'bf16' | 'fp8' | 'fp4';

/** Architecture families; the throughput model's efficiency factors are fitted per family. */
export type HardwareFamily = 'ampere' | 'ada' | 'hopper' | 'blackwell' | 'cdna3' | 'tpu' | 'trainium';

/** A typical on-demand rental price, with where and when it was seen. */
export interface RentalPrice {
  /** Price per accelerator-hour, decimal string. */
  readonly perHour: string;
  readonly currency: string;
  /** The date the price was published or observed, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly source: string;
  readonly note?: string;
}

/**
 * One accelerator (one GPU, or one TPU/Trainium chip). Peak figures are **dense** tensor throughput: vendors'
 * headline numbers for Hopper, Blackwell and CDNA 3 are often quoted with 2:4 sparsity, twice the dense figure.
 */
export interface HardwareSpec {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly family: HardwareFamily;
  /** Dense peak TFLOPS per precision; a precision that is absent is not supported natively. */
  readonly denseTflops: Readonly<Partial<Record<Precision, number>>>;
  /** Memory per accelerator, GB (10^9 bytes). */
  readonly memoryGB: number;
  /** Memory bandwidth per accelerator, TB/s (10^12 bytes per second). */
  readonly memoryTBps: number;
  /** Board power (TDP), watts; absent when the vendor does not publish it. */
  readonly tdpWatts?: number;
  /**
   * IT power per accelerator including its share of the host (CPUs, NICs, fans), kW, from the vendor's
   * system spec (e.g. a DGX's maximum power divided by its GPU count); absent when not published.
   */
  readonly serverKwPerAccelerator?: number;
  /** A typical on-demand rental price; absent when we have no sourced figure. */
  readonly rental?: RentalPrice;
  /** Where the specs come from, and when they were checked. */
  readonly source: { readonly url: string; readonly checkedAt: string; readonly note?: string };
}

/**
 * Returns a hardware preset by id, or throws {@link UnknownPresetError} with close ids as suggestions.
 *
 * @example
 * ```ts
 * import { getHardware } from 'tokenomics/infra';
 * const h100 = getHardware('h100-sxm');
 * h100.denseTflops.fp8; // 1979 (dense; the 3958 on the spec sheet is with sparsity)
 * h100.memoryTBps;      // 3.35
 * ```
 */
export function getHardware(id: string): HardwareSpec {
  return findPreset(HARDWARE_PRESETS, id, 'hardware');
}

/**
 * Every hardware preset, in a stable order.
 *
 * @example
 * ```ts
 * import { listHardware } from 'tokenomics/infra';
 * listHardware().map((h) => h.id); // ['h100-sxm', 'h100-pcie', 'h200', ...]
 * ```
 */
export function listHardware(): readonly HardwareSpec[] {
  return HARDWARE_PRESETS;
}

/** Finds a preset by id (case-insensitive) or throws with up to three suggestions. */
export function findPreset<T extends { readonly id: string }>(
  presets: readonly T[],
  id: unknown,
  kind: string,
): T {
  if (typeof id === 'string') {
    const wanted = id.toLowerCase();
    const found = presets.find((preset) => preset.id === wanted);
    if (found !== undefined) return found;
  }
  const query = typeof id === 'string' ? id.toLowerCase() : '';
  const suggestions = closestNames(
    presets.map((preset) => preset.id),
    (presetId) => Math.min(editDistance(query, presetId), prefixDistance(query, presetId)),
    query.length,
  );
  const hint =
    didYouMean(suggestions) ||
    ` Known ids: ${presets.map((p) => p.id).join(', ')}; or pass your own spec object.`;
  throw new UnknownPresetError(`No ${kind} preset has the id ${describeValue(id)}.${hint}`, {
    id,
    kind,
    suggestions,
  });
}

/** 0 when the query is a prefix of the id (`h100` for `h100-sxm`), else the edit distance. */
function prefixDistance(query: string, id: string): number {
  return query.length > 0 && id.startsWith(query) ? 0 : editDistance(query, id);
}
