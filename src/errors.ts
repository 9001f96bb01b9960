/**
 * Typed errors. Every error the library throws on purpose is a {@link TokenomicsError} with a literal
 * `code`, a one-sentence message that names the bad value and how to fix it, and structured `details`.
 *
 * @module
 */

/** Every error code the library uses. */
export type TokenomicsErrorCode =
  | 'INVALID_AMOUNT'
  | 'INVALID_ARGUMENT'
  | 'INVALID_USAGE'
  | 'INVALID_PRICE_CARD'
  | 'INVALID_PRICE_TABLE'
  | 'UNPRICED_USAGE'
  | 'CURRENCY_MISMATCH'
  | 'UNKNOWN_MODEL'
  | 'AMBIGUOUS_MODEL'
  | 'UNKNOWN_PRESET'
  | 'INVALID_FOREIGN_CATALOG'
  | 'TABLE_LOAD_FAILED'
  | 'CAPACITY_EXCEEDED';

/** A brand that survives realms (iframes, workers, duplicated copies of the package): `Symbol.for` is global. */
const BRAND: unique symbol = Symbol.for('tokenomics.error') as never;

/**
 * The base class of every error tokenomics throws on purpose.
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
export class TokenomicsError<Code extends TokenomicsErrorCode = TokenomicsErrorCode> extends Error {
  /** A stable, literal error code; check it rather than the message. */
  readonly code: Code;
  /** Structured facts about the failure (the field, the value, suggestions...). */
  readonly details: Readonly<Record<string, unknown>>;
  /** @internal cross-realm brand */
  readonly [BRAND] = true;

  constructor(code: Code, message: string, details: Readonly<Record<string, unknown>> = {}, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.details = details;
    this.name = 'TokenomicsError';
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
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('INVALID_AMOUNT', message, details);
    this.name = 'InvalidAmountError';
  }
}

/**
 * An option or argument is outside what the function accepts (a rounding mode, a utilization of 0, ...).
 *
 * @example
 * ```ts
 * import { roundMoney, money } from 'tokenomics';
 * roundMoney(money('1.005'), { decimals: -1 }); // throws InvalidArgumentError
 * ```
 */
export class InvalidArgumentError extends TokenomicsError<'INVALID_ARGUMENT'> {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('INVALID_ARGUMENT', message, details);
    this.name = 'InvalidArgumentError';
  }
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
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('INVALID_USAGE', message, details);
    this.name = 'InvalidUsageError';
  }
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
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('INVALID_PRICE_CARD', message, details);
    this.name = 'InvalidPriceCardError';
  }
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
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}, cause?: unknown) {
    super('INVALID_PRICE_TABLE', message, details, cause);
    this.name = 'InvalidPriceTableError';
  }
}

/**
 * The usage needs a rate the card does not have (unknown is not zero), or a service tier it does not offer.
 *
 * @example
 * ```ts
 * import { estimateCost } from 'tokenomics';
 * estimateCost({ inputTokens: 100, outputTokens: 0, cacheWriteTokens: 50 }, cardWithoutCacheWrites); // throws
 * ```
 */
export class UnpricedUsageError extends TokenomicsError<'UNPRICED_USAGE'> {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('UNPRICED_USAGE', message, details);
    this.name = 'UnpricedUsageError';
  }
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
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('CURRENCY_MISMATCH', message, details);
    this.name = 'CurrencyMismatchError';
  }
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
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('UNKNOWN_MODEL', message, details);
    this.name = 'UnknownModelError';
  }
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
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('AMBIGUOUS_MODEL', message, details);
    this.name = 'AmbiguousModelError';
  }
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
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('UNKNOWN_PRESET', message, details);
    this.name = 'UnknownPresetError';
  }
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
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}, cause?: unknown) {
    super('INVALID_FOREIGN_CATALOG', message, details, cause);
    this.name = 'InvalidForeignCatalogError';
  }
}

/**
 * Loading a price table at run time failed (network, timeout, invalid JSON, invalid cards).
 * `loadPriceTable` returns it as the reason beside its fallback rather than throwing it.
 *
 * @example
 * ```ts
 * import { loadPriceTable } from 'tokenomics/adapters';
 * const { table, error } = await loadPriceTable({ url, format: 'litellm', fallback });
 * if (error) console.warn(error.message);
 * ```
 */
export class TableLoadError extends TokenomicsError<'TABLE_LOAD_FAILED'> {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}, cause?: unknown) {
    super('TABLE_LOAD_FAILED', message, details, cause);
    this.name = 'TableLoadError';
  }
}

/**
 * A workload does not fit the hardware: the weights alone exceed the GPUs' memory, or no batch fits.
 *
 * @example
 * ```ts
 * import { estimateThroughput } from 'tokenomics/infra';
 * estimateThroughput({ model: 'llama-3.1-405b', hardware: 'l40s', gpus: 1, precision: 'bf16', ... }); // throws
 * ```
 */
export class CapacityError extends TokenomicsError<'CAPACITY_EXCEEDED'> {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('CAPACITY_EXCEEDED', message, details);
    this.name = 'CapacityError';
  }
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
  AMBIGUOUS_MODEL: AmbiguousModelError;
  UNKNOWN_PRESET: UnknownPresetError;
  INVALID_FOREIGN_CATALOG: InvalidForeignCatalogError;
  TABLE_LOAD_FAILED: TableLoadError;
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

/** Renders a value for an error message: strings quoted, everything else as JSON where possible. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
