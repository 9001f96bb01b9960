/**
 * The shapes the bottom-up model reads: accelerator and model specs, efficiency factors and owned-mode
 * defaults. Types only, so the data modules that hold presets and the code that uses them both depend on
 * this module and not on each other.
 *
 * @module
 */

/** Number formats the model knows: weights and matrix math in bf16, fp8, or 4-bit floats (NVFP4/MXFP4). */
export type Precision = 'bf16' | 'fp8' | 'fp4';

/** Architecture families; the throughput model's efficiency factors are fitted per family. */
export type HardwareFamily =
  | 'ampere'
  | 'ada'
  | 'hopper'
  | 'blackwell'
  | 'cdna3'
  | 'cdna4'
  | 'tpu'
  | 'trainium';

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

/** An indicative purchase price per accelerator, with where and when it was reported. */
export interface PurchasePrice {
  /** Price of one accelerator (its share of the server or rack where sold as one), decimal string. */
  readonly perAccelerator: string;
  readonly currency: string;
  /** The date the price was reported, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly source: string;
  /**
   * True when the price is a share of a whole system (a rack with its CPUs, chassis and in-rack switches),
   * so owned mode adds no separate server part for it.
   */
  readonly includesServer?: boolean;
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
  /** An indicative purchase price per accelerator (for owned mode); absent when we have no sourced figure. */
  readonly purchase?: PurchasePrice;
  /** Where the specs come from, and when they were checked. */
  readonly source: { readonly url: string; readonly checkedAt: string; readonly note?: string };
}

/**
 * How attention stores its cache. `gqa` covers multi-head (kvHeads = queryHeads), grouped-query and
 * multi-query attention; `mla` is DeepSeek's multi-head latent attention, which caches one compressed
 * latent (plus a small rotary key) per token and layer instead of per-head keys and values.
 */
export type AttentionSpec =
  | { readonly kind: 'gqa' }
  | {
      readonly kind: 'mla';
      readonly latentDim: number;
      readonly ropeDim: number;
      /** Rank of the low-rank query projection (DeepSeek V3: 1,536); absent when queries are projected directly. */
      readonly queryLoraRank?: number;
    };

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
  /**
   * Vocabulary size: the embedding (and unembedding) matrices are `vocabSize x hiddenSize` parameters that a
   * token looks up rather than multiplies. Absent: all parameters count as matrix math (a slight overcount).
   */
  readonly vocabSize?: number;
  /** True when the input embedding and the output projection share one matrix. Default false. */
  readonly tiedEmbeddings?: boolean;
  readonly source: { readonly url: string; readonly checkedAt: string; readonly note?: string };
}

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
  /**
   * Extra step time per doubling of the expert-parallel group, for mixture-of-experts models (the all-to-all
   * that sends tokens to their experts and back, and the wait for the busiest expert): a step takes
   * `1 + overhead * log2(expertParallel)` times longer. At least 0; unused for dense models.
   */
  readonly expertParallelOverhead: number;
  /**
   * Mixture of experts: the share of the phase's efficiency (`prefill`, `decodeCompute`) that the routed
   * experts' matrix math reaches: grouped GEMMs over tokens scattered to their experts, with routing and
   * permutation around them. In (0, 1]; unused for dense models.
   */
  readonly expertCompute: number;
}

/** Default efficiencies for one hardware family, with whether they were fitted on measurements. */
export interface FamilyCalibration {
  readonly efficiency: Efficiency;
  /** True when fitted on measured points of this family; false when borrowed from a fitted one. */
  readonly calibrated: boolean;
  readonly note: string;
}

/** A default for an owned-hardware input, with its source and the range seen in practice. */
export interface OwnedDefault {
  readonly value: string;
  readonly range: string;
  readonly source: string;
}
