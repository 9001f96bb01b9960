/**
 * The price card and usage types: the one shape every price source produces and the estimator consumes.
 *
 * @module
 */

import { deepFreeze } from '../internal/freeze.js';
import type { DecimalInput } from '../money/decimal.js';
import type { Money } from '../money/money.js';

/** The token rates a card, a context tier or a service tier can name. All are per 1M tokens. */
export const TOKEN_RATE_FIELDS = /* @__PURE__ */ deepFreeze([
  'inputPerMillion',
  'outputPerMillion',
  'cacheReadPerMillion',
  'cacheWritePerMillion',
  'cacheWrite1hPerMillion',
  'reasoningPerMillion',
  'audioInputPerMillion',
  'audioCacheReadPerMillion',
  'audioOutputPerMillion',
  'imageInputPerMillion',
  'imageCacheReadPerMillion',
  'imageOutputPerMillion',
] as const);

/** The name of one per-1M-token rate. */
export type TokenRateField = (typeof TOKEN_RATE_FIELDS)[number];

/**
 * Per-1M-token rates as canonical decimal strings in the card's currency. An absent rate is *unknown*, not
 * zero; `'0'` means free.
 */
export interface TokenRates {
  /** Uncached input (prompt) tokens. */
  readonly inputPerMillion?: string;
  /** Generated tokens; also reasoning tokens unless `reasoningPerMillion` is set. */
  readonly outputPerMillion?: string;
  /** Input tokens read from a prompt cache. */
  readonly cacheReadPerMillion?: string;
  /** Input tokens written to a prompt cache with the default (5-minute) lifetime. */
  readonly cacheWritePerMillion?: string;
  /** Input tokens written to a prompt cache with a 1-hour lifetime. */
  readonly cacheWrite1hPerMillion?: string;
  /** Reasoning tokens, only when the provider prices them apart from output. */
  readonly reasoningPerMillion?: string;
  /** Audio input tokens not read from a cache (speech in). Absent: audio input is unpriced. */
  readonly audioInputPerMillion?: string;
  /** Audio input tokens read from a prompt cache. */
  readonly audioCacheReadPerMillion?: string;
  /** Audio output tokens (speech out). */
  readonly audioOutputPerMillion?: string;
  /** Image input tokens not read from a cache, when the provider prices them apart from text input. */
  readonly imageInputPerMillion?: string;
  /** Image input tokens read from a prompt cache. */
  readonly imageCacheReadPerMillion?: string;
  /** Generated image tokens. */
  readonly imageOutputPerMillion?: string;
}

/** The same rates as accepted on input: decimal strings or numbers. */
export type TokenRatesInput = { readonly [K in TokenRateField]?: DecimalInput };

/**
 * A long-context price cliff: when a request's prompt (input tokens, which already include cache reads and
 * writes) is strictly greater than `abovePromptTokens`, the *whole request* uses this tier's rates. Rates
 * the tier does not name are inherited from the base rates.
 */
export interface ContextTier extends TokenRates {
  readonly abovePromptTokens: number;
}

/** A context tier as accepted on input. */
export interface ContextTierInput extends TokenRatesInput {
  readonly abovePromptTokens: number;
}

/** The service tiers a provider may offer besides standard processing. */
/**
 * The service tiers a provider may offer besides standard processing: `batch` (asynchronous, discounted),
 * `flex` (slower, discounted), `priority` (OpenAI's priority processing, sold as Fast mode since 2026-07-30)
 * and `fast` (Anthropic's fast mode, a faster configuration of the same model at premium rates).
 */
export type ServiceTierName = 'standard' | 'batch' | 'flex' | 'priority' | 'fast';

/** Every service tier name. */
export const SERVICE_TIER_NAMES: readonly ServiceTierName[] = /* @__PURE__ */ deepFreeze([
  'standard',
  'batch',
  'flex',
  'priority',
  'fast',
] as ServiceTierName[]);

/** A service tier priced as a multiple of the standard token rates (fees are not multiplied). */
export interface ServiceTierMultiplier {
  /** E.g. `'0.5'` for a 50% batch discount; applies to every token rate, including context tiers. */
  readonly multiplier: string;
}

/**
 * A service tier with its own rates. Rates it does not name are inherited from the card's base rates. Its
 * own `tiers` price long prompts; without them, a prompt above the card's context-tier thresholds is unpriced
 * in this service tier (the standard long-context rates are not assumed to apply).
 */
export interface ServiceTierRates extends TokenRates {
  readonly tiers?: readonly ContextTier[];
}

/** How a service tier is priced. */
export type ServiceTierPricing = ServiceTierMultiplier | ServiceTierRates;

/** A service tier as accepted on input. */
export type ServiceTierPricingInput =
  | { readonly multiplier: DecimalInput }
  | (TokenRatesInput & { readonly tiers?: readonly ContextTierInput[] });

/** The non-standard service tiers of a card. */
export type ServiceTiers = { readonly [K in Exclude<ServiceTierName, 'standard'>]?: ServiceTierPricing };

/** Service tiers as accepted on input. */
export type ServiceTiersInput = {
  readonly [K in Exclude<ServiceTierName, 'standard'>]?: ServiceTierPricingInput;
};

/**
 * When a card's prices are in force: `from` inclusive, `to` exclusive. Each bound is a UTC date
 * (`'2025-06-10'`, meaning midnight UTC) or a UTC date-time (`'2025-09-05T16:00Z'`) for changes that take
 * effect during a day.
 */
export interface EffectiveRange {
  readonly from?: string;
  readonly to?: string;
}

/** A day of the week, in UTC. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * A daily time window in UTC, `HH:MM` to `HH:MM` (start inclusive, end exclusive; may wrap midnight), in
 * which a card applies, optionally only on some weekdays (a window that wraps midnight belongs to the day
 * it starts on). Used for peak and off-peak prices: DeepSeek priced 16:30-00:30 UTC at a discount in 2025,
 * and since 2026-08-16 bills weekday peak hours at twice the off-peak rate.
 */
export interface TimeOfDayWindow {
  readonly fromUtc: string;
  readonly toUtc: string;
  /** The UTC weekdays the window applies on; every day when absent. */
  readonly days?: readonly Weekday[];
}

/** Where a published price came from. */
export interface PublishedSource {
  readonly kind: 'published';
  /** The provider's pricing page. */
  readonly url: string;
  /** The day the price was checked, `YYYY-MM-DD`. */
  readonly checkedAt: string;
  /** Anything a reader should know (what the price was cross-checked against, a caveat). */
  readonly note?: string;
}

/** A card read from another tool's catalog by an adapter. */
export interface ImportedSource {
  readonly kind: 'imported';
  /** Which catalog: `'litellm'`, `'openrouter'`, `'models.dev'`, `'genai-prices'`, or your own name. */
  readonly catalog: string;
  /** The entry's key or id in that catalog. */
  readonly key: string;
  /** Where the catalog was read from, when known. */
  readonly url?: string;
  readonly note?: string;
}

/** A card computed by the bottom-up infrastructure model; `assumptions` holds every input it used. */
export interface BottomUpSource {
  readonly kind: 'bottom-up';
  readonly assumptions: Readonly<Record<string, unknown>>;
}

/** Where a card's numbers came from. */
export type CardSource = PublishedSource | ImportedSource | BottomUpSource;

/**
 * A validated, immutable price card: per-1M-token rates as canonical decimal strings, plus tiers, fees,
 * dates and provenance. Create one with `createPriceCard`.
 */
export interface PriceCard extends TokenRates {
  /** The model id the card prices, as the provider's API spells it (e.g. `'gpt-4o'`). */
  readonly id: string;
  /** The provider that charges these prices (e.g. `'openai'`). */
  readonly provider: string;
  /** ISO 4217 code of every amount on the card. */
  readonly currency: string;
  readonly inputPerMillion: string;
  readonly outputPerMillion: string;
  /** A human-readable model name for display. */
  readonly name?: string;
  /** Other ids that mean this card (dated snapshots, `-latest` names). */
  readonly aliases?: readonly string[];
  /**
   * A fee charged per request. Unlike token rates, an absent fee means the provider charges none (a
   * per-request fee is an extra, not a rate every request needs).
   */
  readonly requestFee?: string;
  /** A fee per 1,000 web searches. Absent means unknown: usage with web searches is then unpriced. */
  readonly webSearchPerThousand?: string;
  /** Long-context price cliffs, ascending by threshold. */
  readonly tiers?: readonly ContextTier[];
  /** Batch, flex and priority pricing where offered. */
  readonly serviceTiers?: ServiceTiers;
  /** When these prices are in force. */
  readonly effective?: EffectiveRange;
  /** A daily UTC window in which the card applies (off-peak pricing). */
  readonly timeOfDay?: TimeOfDayWindow;
  /** Where the numbers came from. */
  readonly source?: CardSource;
  /** Maximum prompt plus output tokens the model accepts. */
  readonly contextWindow?: number;
  /** Maximum tokens the model generates in one response. */
  readonly maxOutputTokens?: number;
}

/** What `createPriceCard` accepts: like {@link PriceCard}, with rates as decimal strings or numbers. */
export interface PriceCardInput extends TokenRatesInput {
  readonly id: string;
  readonly provider: string;
  readonly currency?: string;
  readonly inputPerMillion: DecimalInput;
  readonly outputPerMillion: DecimalInput;
  readonly name?: string;
  readonly aliases?: readonly string[];
  readonly requestFee?: DecimalInput;
  readonly webSearchPerThousand?: DecimalInput;
  readonly tiers?: readonly ContextTierInput[];
  readonly serviceTiers?: ServiceTiersInput;
  readonly effective?: EffectiveRange;
  readonly timeOfDay?: TimeOfDayWindow;
  readonly source?: CardSource | Omit<PublishedSource, 'kind'>;
  readonly contextWindow?: number;
  readonly maxOutputTokens?: number;
}

/**
 * Token usage of one request (or, with `requests`, of several), **inclusive**: `inputTokens` counts every
 * prompt token including cache reads, cache writes, audio and images; `outputTokens` counts every generated
 * token including reasoning, audio and images. The other counts are parts of their parent, never added on
 * top: `cacheReadTokens + cacheWriteTokens <= inputTokens`, `cacheWrite1hTokens <= cacheWriteTokens`,
 * `reasoningTokens + audioOutputTokens + imageOutputTokens <= outputTokens`. A modality's input count
 * includes its cache reads (`audioCacheReadTokens <= audioInputTokens`), which are also part of
 * `cacheReadTokens`.
 */
export interface Usage {
  /** All prompt tokens, cache reads and cache writes included. */
  readonly inputTokens: number;
  /** All generated tokens, reasoning included. */
  readonly outputTokens: number;
  /** The part of `inputTokens` read from a prompt cache. */
  readonly cacheReadTokens?: number;
  /** The part of `inputTokens` written to a prompt cache (every lifetime). */
  readonly cacheWriteTokens?: number;
  /** The part of `cacheWriteTokens` written with a 1-hour lifetime. */
  readonly cacheWrite1hTokens?: number;
  /** The part of `outputTokens` spent on reasoning. */
  readonly reasoningTokens?: number;
  /** How many requests the record covers. Default 1: a usage record describes one request. */
  readonly requests?: number;
  /** Web searches performed (priced per 1,000). */
  readonly webSearches?: number;
  /** The part of `inputTokens` that is audio, cache reads of audio included. */
  readonly audioInputTokens?: number;
  /** The part of `audioInputTokens` (and of `cacheReadTokens`) read from a prompt cache. */
  readonly audioCacheReadTokens?: number;
  /** The part of `outputTokens` that is audio. */
  readonly audioOutputTokens?: number;
  /** The part of `inputTokens` that is image tokens priced apart from text, cache reads included. */
  readonly imageInputTokens?: number;
  /** The part of `imageInputTokens` (and of `cacheReadTokens`) read from a prompt cache. */
  readonly imageCacheReadTokens?: number;
  /** The part of `outputTokens` that is generated images. */
  readonly imageOutputTokens?: number;
  /**
   * The service tier the provider says it used (Anthropic's `usage.service_tier`, OpenAI's
   * `response.service_tier`). `estimateCost` prices at it; an explicit option that contradicts it is an error.
   */
  readonly serviceTier?: ServiceTierName;
}

/** The priced leaves of a usage record. */
export type CostPartName =
  | 'uncachedInput'
  | 'cacheRead'
  | 'cacheWrite5m'
  | 'cacheWrite1h'
  | 'audioInput'
  | 'audioCacheRead'
  | 'imageInput'
  | 'imageCacheRead'
  | 'textOutput'
  | 'reasoning'
  | 'audioOutput'
  | 'imageOutput'
  | 'requests'
  | 'webSearches';

/** Every part name, in display order. */
export const COST_PART_NAMES: readonly CostPartName[] = /* @__PURE__ */ deepFreeze([
  'uncachedInput',
  'cacheRead',
  'cacheWrite5m',
  'cacheWrite1h',
  'audioInput',
  'audioCacheRead',
  'imageInput',
  'imageCacheRead',
  'textOutput',
  'reasoning',
  'audioOutput',
  'imageOutput',
  'requests',
  'webSearches',
] as CostPartName[]);

/** The exact cost of a usage record on a card. A plain serializable record. */
export interface CostBreakdown {
  /** The sum of every part. */
  readonly total: Money;
  /** One amount per priced leaf; zero for leaves the usage does not touch. */
  readonly parts: { readonly [K in CostPartName]: Money };
  /** The card's currency. */
  readonly currency: string;
  /** `abovePromptTokens` of the context tier that priced the request, or `null` for the base rates. */
  readonly tier: number | null;
  /** The service tier that priced the request. */
  readonly serviceTier: ServiceTierName;
  /** The card's id. */
  readonly cardId: string;
  /** The card's provider. */
  readonly provider: string;
}

/** Options of `estimateCost`. */
export interface EstimateCostOptions {
  /**
   * Which service tier to price at. Default: the usage record's own `serviceTier`, else `'standard'`. Giving
   * one that contradicts the usage record's is an error.
   */
  readonly serviceTier?: ServiceTierName;
}
