/**
 * Model architecture specs for the bottom-up model: parameter counts (total and active), layer and head
 * shapes, attention kind (GQA, MLA, sliding windows) and mixture-of-experts routing. Look them up with
 * {@link getModelSpec}, or pass your own {@link ModelSpec}.
 *
 * @module
 */

import { findPreset } from './hardware.js';
import { MODEL_PRESETS } from './model-presets.js';

/**
 * How attention stores its cache. `gqa` covers multi-head (kvHeads = queryHeads), grouped-query and
 * multi-query attention; `mla` is DeepSeek's multi-head latent attention, which caches one compressed
 * latent (plus a small rotary key) per token and layer instead of per-head keys and values.
 */
export type AttentionSpec =
  | { readonly kind: 'gqa' }
  | { readonly kind: 'mla'; readonly latentDim: number; readonly ropeDim: number };

/** A model's shape: what the throughput model needs to count FLOPs and bytes. */
export interface ModelSpec {
  readonly id: string;
  readonly name: string;
  /** All parameters, counted once (they are all held in memory). */
  readonly totalParams: number;
  /** Parameters used per token (equal to `totalParams` for a dense model). */
  readonly activeParams: number;
  readonly layers: number;
  readonly hiddenSize: number;
  readonly queryHeads: number;
  /** Key/value heads (GQA); for MLA the cache is the latent, see `attention`. */
  readonly kvHeads: number;
  readonly headDim: number;
  readonly attention: AttentionSpec;
  /** Layers that attend over a sliding window only (e.g. gpt-oss alternates 128-token windows). */
  readonly slidingWindow?: { readonly tokens: number; readonly layers: number };
  /** Mixture of experts: routed experts per MoE layer and how many each token uses. */
  readonly experts?: { readonly total: number; readonly active: number };
  /** The longest context the model serves, in tokens. */
  readonly contextWindow: number;
  readonly source: { readonly url: string; readonly checkedAt: string; readonly note?: string };
}

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
