/**
 * Accelerator specs for the bottom-up model: dense peak throughput per precision, memory, bandwidth, power
 * and a typical rental price, each figure with its source. Look them up with {@link getHardware}.
 *
 * @module
 */

import { HARDWARE_PRESETS } from '../data/hardware.js';
import { UnknownPresetError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { closestNames, didYouMean } from '../internal/suggest.js';
import type { HardwareSpec } from './types.js';

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
  kind: 'hardware' | 'model',
): T {
  if (typeof id === 'string') {
    const wanted = id.toLowerCase();
    const found = presets.find((preset) => preset.id === wanted);
    if (found !== undefined) return found;
  }
  const query = typeof id === 'string' ? id.toLowerCase() : '';
  const ids = presets.map((preset) => preset.id);
  // A known id the query begins (`h100` for `h100-sxm`) is the likeliest meaning; else the closest ids.
  const prefixed = query.length === 0 ? [] : ids.filter((presetId) => presetId.startsWith(query)).slice(0, 3);
  const suggestions = prefixed.length > 0 ? prefixed : closestNames(ids, query);
  const hint =
    didYouMean(suggestions) ||
    ` Known ids: ${presets.map((p) => p.id).join(', ')}; or pass your own spec object.`;
  throw new UnknownPresetError(`No ${kind} preset has the id ${describeValue(id)}.${hint}`, {
    id,
    kind,
    suggestions,
  });
}
