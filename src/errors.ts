/**
 * Typed errors. Every error the library throws on purpose is a {@link TokenomicsError} with a literal
 * `code`, a one-sentence message that names the bad value and how to fix it, and `details` whose shape is
 * fixed by the code (see {@link TokenomicsErrorDetails}).
 *
 * @module
 */

/** Why a usage record could not be priced on a card. */
export type UnpricedReason =
  /** The usage has tokens (or searches) of a kind the card has no rate for: unknown is not zero. */
  | 'missing-rate'
  /** The card does not offer the service tier asked for. */
  | 'no-service-tier'
  /** The prompt is above a long-context threshold, and the service tier has no rates for it. */
  | 'no-long-context-rate'
  /** The record aggregates several requests, but the card prices each by its own prompt length. */
  | 'aggregated-long-context';

/** Why loading a price table failed. */
export type TableLoadFailure =
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'too-large'
  | 'invalid-json'
  | 'invalid-table'
  | 'too-few-cards';

/** Why a usage-log record was not priced. */
export type LogProblemReason =
  | 'invalid-json'
  | 'invalid-record'
  | 'invalid-at'
  | 'invalid-usage'
  | 'unknown-model'
  | 'retired-model'
  | 'ambiguous-model'
  | 'unpriced';

/** The structured facts each error code carries: a discriminated union keyed by `code`. */
export interface TokenomicsErrorDetails {
  /** A decimal amount could not be read. `limit` names the bound it crossed, when that was the problem. */
  INVALID_AMOUNT: { readonly value: unknown; readonly limit?: string };
  /** An argument or option is of the wrong type or outside its range. */
  INVALID_ARGUMENT: { readonly argument: string; readonly value: unknown };
  /** A usage record (or a provider payload) is malformed; `field` is the offending field's path. */
  INVALID_USAGE: {
    readonly field: string;
    readonly value: unknown;
    readonly parent?: string;
    readonly parentValue?: number;
  };
  /** A price card is malformed; `card` is its id (quoted) and `field` the offending field's path. */
  INVALID_PRICE_CARD: { readonly card: string; readonly field: string; readonly value: unknown };
  /** A price table is malformed: a bad entry (by `index`) or two cards answering to one `name` at once. */
  INVALID_PRICE_TABLE: {
    readonly table: string;
    readonly index?: number;
    readonly name?: string;
    readonly cards?: readonly string[];
    readonly field?: string;
  };
  /** The usage needs what the card does not price. */
  UNPRICED_USAGE: {
    readonly cardId: string;
    readonly provider: string;
    readonly reason: UnpricedReason;
    readonly serviceTier: string;
    /** The card field that is missing (`'cacheWritePerMillion'`, `'webSearchPerThousand'`...). */
    readonly field?: string;
    /** How many tokens (or searches) needed it. */
    readonly count?: number;
  };
  /** Two amounts in different currencies met. */
  CURRENCY_MISMATCH: { readonly currencies: readonly [string, string] };
  /** No card answers to the id; `suggestions` are close known ids (for messages only). */
  UNKNOWN_MODEL: {
    readonly modelId: string;
    readonly table: string;
    readonly suggestions: readonly string[];
    readonly provider?: string;
    readonly at?: string;
  };
  /** The model's prices all ended (or start later) at the instant asked: it is known, but not priced then. */
  RETIRED_MODEL: {
    readonly modelId: string;
    readonly table: string;
    readonly provider: string;
    /** When its first card took effect (`undefined`: since before records began). */
    readonly from?: string;
    /** When its last card ended (`undefined` when it is not retired, only not yet released). */
    readonly to?: string;
    /** The instant asked, `YYYY-MM-DDTHH:MM:SS.sssZ`. */
    readonly at: string;
  };
  /** Several providers price the id. */
  AMBIGUOUS_MODEL: {
    readonly modelId: string;
    readonly providers: readonly string[];
    readonly table: string;
  };
  /** No hardware or model preset has the id. */
  UNKNOWN_PRESET: {
    readonly id: unknown;
    readonly kind: 'hardware' | 'model';
    readonly suggestions: readonly string[];
  };
  /** A foreign catalog document is not of the expected overall shape. */
  INVALID_FOREIGN_CATALOG: { readonly catalog: string };
  /** Loading a table failed; `reason` says at which step. */
  TABLE_LOAD_FAILED: {
    readonly where: string;
    readonly reason: TableLoadFailure;
    readonly status?: number;
    readonly limit?: number;
  };
  /**
   * A usage-log record could not be priced (strict aggregation): its 1-based `line` (or record number),
   * why, and the underlying error's code when there was one.
   */
  INVALID_LOG_RECORD: {
    readonly line: number;
    readonly reason: LogProblemReason;
    readonly model?: string;
    readonly cause?: string;
  };
  /** A workload does not fit the hardware. */
  CAPACITY_EXCEEDED: {
    readonly limit: 'weights' | 'sequence' | 'interactivity';
    readonly needed: number;
    readonly available: number;
  };
}

/** Every error code the library uses. */
export type TokenomicsErrorCode = keyof TokenomicsErrorDetails;

/** A brand that survives realms (iframes, workers, duplicated copies of the package): `Symbol.for` is global. */
const BRAND: unique symbol = Symbol.for('tokenomics.error') as never;

/**
 * The base class of every error tokenomics throws on purpose. Each subclass fixes its `code` and `name`;
 * `details` has the shape {@link TokenomicsErrorDetails} gives for the code.
 *
 * @example
 * ```ts
 * import { estimateCost, isTokenomicsError } from 'tokenomics';
 * try {
 *   estimateCost({ inputTokens: -1, outputTokens: 0 }, card);
 * } catch (error) {
 *   if (isTokenomicsError(error)) console.log(error.code); // 'INVALID_USAGE'
 * }
 * ```
 */
export abstract class TokenomicsError<Code extends TokenomicsErrorCode = TokenomicsErrorCode> extends Error {
  /** A stable, literal error code; check it rather than the message. */
  abstract readonly code: Code;
  /** Structured facts about the failure, shaped by the code. */
  readonly details: Readonly<TokenomicsErrorDetails[Code]>;
  /** @internal cross-realm brand */
  readonly [BRAND] = true;

  constructor(
    message: string,
    details: TokenomicsErrorDetails[Code],
    options?: { readonly cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.details = Object.freeze({ ...details });
  }
}

/**
 * A decimal amount could not be read: not a finite decimal number, or out of the supported range.
 *
 * @example
 * ```ts
 * import { money } from 'tokenomics';
 * money('1,50'); // throws InvalidAmountError: Amount "1,50" is not a decimal number; ...
 * ```
 */
export class InvalidAmountError extends TokenomicsError<'INVALID_AMOUNT'> {
  readonly code = 'INVALID_AMOUNT';
  override readonly name = 'InvalidAmountError';
}

/**
 * An option or argument is of the wrong type or outside what the function accepts (an unknown option, a
 * rounding mode, a utilization of 0, ...).
 *
 * @example
 * ```ts
 * import { roundMoney, money } from 'tokenomics';
 * roundMoney(money('1.005'), { decimals: -1 }); // throws InvalidArgumentError
 * ```
 */
export class InvalidArgumentError extends TokenomicsError<'INVALID_ARGUMENT'> {
  readonly code = 'INVALID_ARGUMENT';
  override readonly name = 'InvalidArgumentError';
}

/**
 * A usage record is malformed: a negative or fractional count, or a part larger than its parent.
 *
 * @example
 * ```ts
 * import { estimateCost } from 'tokenomics';
 * estimateCost({ inputTokens: 10, outputTokens: 0, cacheReadTokens: 20 }, card); // throws InvalidUsageError
 * ```
 */
export class InvalidUsageError extends TokenomicsError<'INVALID_USAGE'> {
  readonly code = 'INVALID_USAGE';
  override readonly name = 'InvalidUsageError';
}

/**
 * A price card is malformed: a missing required rate, a negative or malformed rate, a bad tier.
 *
 * @example
 * ```ts
 * import { createPriceCard } from 'tokenomics';
 * createPriceCard({ id: 'x', provider: 'p', inputPerMillion: '-1', outputPerMillion: '1' }); // throws
 * ```
 */
export class InvalidPriceCardError extends TokenomicsError<'INVALID_PRICE_CARD'> {
  readonly code = 'INVALID_PRICE_CARD';
  override readonly name = 'InvalidPriceCardError';
}

/**
 * A price table is malformed: a bad card in it, duplicate ids, overlapping effective dates.
 *
 * @example
 * ```ts
 * import { createPriceTable } from 'tokenomics';
 * createPriceTable([card, card]); // throws InvalidPriceTableError (duplicate id)
 * ```
 */
export class InvalidPriceTableError extends TokenomicsError<'INVALID_PRICE_TABLE'> {
  readonly code = 'INVALID_PRICE_TABLE';
  override readonly name = 'InvalidPriceTableError';
}

/**
 * The usage needs a rate the card does not have (unknown is not zero), or a service tier it does not offer.
 * `details.reason` says which.
 *
 * @example
 * ```ts
 * import { estimateCost } from 'tokenomics';
 * estimateCost({ inputTokens: 100, outputTokens: 0, cacheWriteTokens: 50 }, cardWithoutCacheWrites); // throws
 * ```
 */
export class UnpricedUsageError extends TokenomicsError<'UNPRICED_USAGE'> {
  readonly code = 'UNPRICED_USAGE';
  override readonly name = 'UnpricedUsageError';
}

/**
 * Two amounts in different currencies met without an explicit conversion rate.
 *
 * @example
 * ```ts
 * import { addMoney, money } from 'tokenomics';
 * addMoney(money('1', 'USD'), money('1', 'EUR')); // throws CurrencyMismatchError
 * ```
 */
export class CurrencyMismatchError extends TokenomicsError<'CURRENCY_MISMATCH'> {
  readonly code = 'CURRENCY_MISMATCH';
  override readonly name = 'CurrencyMismatchError';
}

/**
 * No card in the table answers to the model id. `details.suggestions` lists up to three close ids.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * getCard(table, 'gpt-4-o'); // throws UnknownModelError: ... Did you mean "gpt-4o"?
 * ```
 */
export class UnknownModelError extends TokenomicsError<'UNKNOWN_MODEL'> {
  readonly code = 'UNKNOWN_MODEL';
  override readonly name = 'UnknownModelError';
}

/**
 * The table knows the model, but none of its prices is in force at the instant asked: it was retired
 * (`details.to`) or not yet released (`details.from`). Pass `at` to price historical usage.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * getCard(catalog, 'deepseek-chat'); // throws RetiredModelError: ... priced until 2026-07-24T15:59Z; pass { at } ...
 * getCard(catalog, 'deepseek-chat', { at: '2025-10-01' }).inputPerMillion; // '0.28'
 * ```
 */
export class RetiredModelError extends TokenomicsError<'RETIRED_MODEL'> {
  readonly code = 'RETIRED_MODEL';
  override readonly name = 'RetiredModelError';
}

/**
 * A model id matches cards from several providers; pass `provider` (or a provider-qualified id) to choose.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * getCard(table, 'deepseek-ai/DeepSeek-V3'); // throws AmbiguousModelError when two hosts list it
 * ```
 */
export class AmbiguousModelError extends TokenomicsError<'AMBIGUOUS_MODEL'> {
  readonly code = 'AMBIGUOUS_MODEL';
  override readonly name = 'AmbiguousModelError';
}

/**
 * No hardware or model preset has that id. `details.suggestions` lists close ids.
 *
 * @example
 * ```ts
 * import { getHardware } from 'tokenomics/infra';
 * getHardware('h100'); // throws UnknownPresetError: ... Did you mean "h100-sxm"?
 * ```
 */
export class UnknownPresetError extends TokenomicsError<'UNKNOWN_PRESET'> {
  readonly code = 'UNKNOWN_PRESET';
  override readonly name = 'UnknownPresetError';
}

/**
 * A foreign catalog (LiteLLM, OpenRouter, models.dev, genai-prices) is not of the expected overall shape.
 *
 * @example
 * ```ts
 * import { fromLiteLLM } from 'tokenomics/adapters';
 * fromLiteLLM([1, 2, 3]); // throws InvalidForeignCatalogError
 * ```
 */
export class InvalidForeignCatalogError extends TokenomicsError<'INVALID_FOREIGN_CATALOG'> {
  readonly code = 'INVALID_FOREIGN_CATALOG';
  override readonly name = 'InvalidForeignCatalogError';
}

/**
 * Loading a price table at run time failed (network, timeout, size, invalid JSON, invalid cards).
 * `loadPriceTable` returns it as the reason beside its fallback rather than throwing it.
 *
 * @example
 * ```ts
 * import { loadPriceTable } from 'tokenomics/adapters';
 * const result = await loadPriceTable({ url, format: 'litellm', fallback });
 * if (result.source === 'fallback') console.warn(result.error.details.reason, result.error.message);
 * ```
 */
export class TableLoadError extends TokenomicsError<'TABLE_LOAD_FAILED'> {
  readonly code = 'TABLE_LOAD_FAILED';
  override readonly name = 'TableLoadError';
}

/**
 * A workload does not fit the hardware: the weights alone exceed the accelerators' memory, one sequence
 * does not fit beside them, or an interactivity target is out of reach even at batch 1.
 *
 * @example
 * ```ts
 * import { estimateThroughput } from 'tokenomics/infra';
 * estimateThroughput({ model: 'llama-3.1-405b', hardware: 'l40s', gpus: 1, precision: 'bf16',
 *   inputTokens: 1000, outputTokens: 100 }); // throws: 811.7 GB of weights on one 48 GB card
 * ```
 */
export class CapacityError extends TokenomicsError<'CAPACITY_EXCEEDED'> {
  readonly code = 'CAPACITY_EXCEEDED';
  override readonly name = 'CapacityError';
}

/**
 * A usage-log record could not be priced and the aggregation was strict: the message names the line and
 * the reason; `cause` is the underlying error, when there was one.
 *
 * @example
 * ```ts
 * import { aggregateUsage } from 'tokenomics/budget';
 * import { catalog } from 'tokenomics/data';
 * await aggregateUsage(['{"model":"no-such-model","usage":{"inputTokens":1,"outputTokens":1}}'], { table: catalog, strict: true });
 * // throws InvalidLogRecordError: Line 1: ...
 * ```
 */
export class InvalidLogRecordError extends TokenomicsError<'INVALID_LOG_RECORD'> {
  readonly code = 'INVALID_LOG_RECORD';
  override readonly name = 'InvalidLogRecordError';
}

/** Maps each code to the error class that carries it, for {@link isTokenomicsError} narrowing. */
export interface TokenomicsErrorByCode {
  INVALID_AMOUNT: InvalidAmountError;
  INVALID_ARGUMENT: InvalidArgumentError;
  INVALID_USAGE: InvalidUsageError;
  INVALID_PRICE_CARD: InvalidPriceCardError;
  INVALID_PRICE_TABLE: InvalidPriceTableError;
  UNPRICED_USAGE: UnpricedUsageError;
  CURRENCY_MISMATCH: CurrencyMismatchError;
  UNKNOWN_MODEL: UnknownModelError;
  RETIRED_MODEL: RetiredModelError;
  AMBIGUOUS_MODEL: AmbiguousModelError;
  UNKNOWN_PRESET: UnknownPresetError;
  INVALID_FOREIGN_CATALOG: InvalidForeignCatalogError;
  TABLE_LOAD_FAILED: TableLoadError;
  INVALID_LOG_RECORD: InvalidLogRecordError;
  CAPACITY_EXCEEDED: CapacityError;
}

/**
 * Tells whether a value is a tokenomics error, optionally of one code. It checks a realm-independent brand
 * and the `code`, not `instanceof`, so it also works for errors from another realm or another copy of the
 * package.
 *
 * @example
 * ```ts
 * import { isTokenomicsError } from 'tokenomics';
 * if (isTokenomicsError(error, 'UNKNOWN_MODEL')) console.log(error.details.suggestions);
 * ```
 */
export function isTokenomicsError(value: unknown): value is TokenomicsError;
export function isTokenomicsError<C extends TokenomicsErrorCode>(
  value: unknown,
  code: C,
): value is TokenomicsErrorByCode[C];
export function isTokenomicsError(value: unknown, code?: TokenomicsErrorCode): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { [BRAND]?: unknown; code?: unknown };
  if (candidate[BRAND] !== true || typeof candidate.code !== 'string') return false;
  return code === undefined || candidate.code === code;
}
