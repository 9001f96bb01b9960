/**
 * Model architecture specs for the bottom-up model: parameter counts (total and active), layer and head
 * shapes, attention kind (GQA, MLA, sliding windows) and mixture-of-experts routing. Look them up with
 * {@link getModelSpec}, or pass your own {@link ModelSpec}.
 *
 * @module
 */

import { MODEL_PRESETS } from '../data/models.js';
import { findPreset } from './hardware.js';
import type { ModelSpec } from './types.js';

/**
 * Returns a model preset by id, or throws `UnknownPresetError` with close ids as suggestions.
 *
 * @example
 * ```ts
 * import { getModelSpec } from 'tokenomics/infra';
 * const v3 = getModelSpec('deepseek-v3');
 * v3.activeParams; // 37000000000 of 671000000000
 * v3.attention;    // { kind: 'mla', latentDim: 512, ropeDim: 64 }
 * ```
 */
export function getModelSpec(id: string): ModelSpec {
  return findPreset(MODEL_PRESETS, id, 'model');
}

/**
 * Every model preset, in a stable order.
 *
 * @example
 * ```ts
 * import { listModelSpecs } from 'tokenomics/infra';
 * listModelSpecs().filter((m) => m.experts).map((m) => m.id); // the mixture-of-experts models
 * ```
 */
export function listModelSpecs(): readonly ModelSpec[] {
  return MODEL_PRESETS;
}
