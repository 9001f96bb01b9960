/**
 * Money as plain readonly records `{ amount, currency }`, with exact free functions over them.
 *
 * @module
 */

import { CurrencyMismatchError, InvalidAmountError, InvalidArgumentError } from '../errors.js';
import { isRecord, own, requireOptions } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import {
  addScaled,
  compareScaled,
  type DecimalInput,
  divideScaled,
  MAX_DIGITS,
  multiplyScaled,
  type RoundingMode,
  requireDecimal,
  requireDecimals,
  requireRoundingMode,
  roundScaled,
  type ScaledDecimal,
  subtractScaled,
  toCanonical,
} from './decimal.js';

/**
 * An exact amount of money: a canonical decimal string (no exponent, no trailing zeros) and an ISO 4217
 * currency code. A plain record, so it crosses `JSON.stringify`, workers and server/browser boundaries.
 */
export interface Money {
  readonly amount: string;
  readonly currency: string;
}

const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** Checks an ISO 4217-style currency code (three upper-case letters) and returns it. */
export function requireCurrency(currency: unknown, what = 'Currency'): string {
  if (typeof currency === 'string' && CURRENCY_PATTERN.test(currency)) return currency;
  throw new InvalidAmountError(
    `${what} ${describeValue(currency)} is not a three-letter ISO 4217 code; write it like "USD" or "EUR".`,
    { value: currency },
  );
}

/**
 * Creates a money record from a decimal string or number (numbers are read through their shortest decimal
 * form, never float arithmetic).
 *
 * @example
 * ```ts
 * import { money } from 'tokenomics';
 * money('2.50');        // { amount: '2.5', currency: 'USD' }
 * money(0.1, 'EUR');    // { amount: '0.1', currency: 'EUR' }
 * ```
 */
export function money(amount: DecimalInput, currency = 'USD'): Money {
  return { amount: toCanonical(requireDecimal(amount)), currency: requireCurrency(currency) };
}

/**
 * A money record from an exact scaled decimal (internal: no re-validation). A result with more than
 * `MAX_DIGITS` digits is refused, so every amount the library returns is one it can read back.
 */
export function moneyFromScaled(value: ScaledDecimal, currency: string): Money {
  const amount = toCanonical(value);
  if (amount.length > MAX_DIGITS + 2) {
    throw new InvalidAmountError(
      `The result has more than ${MAX_DIGITS} digits, beyond what an amount may hold; round the inputs first (roundMoney).`,
      { value: `${amount.slice(0, 20)}...`, limit: `${MAX_DIGITS} digits` },
    );
  }
  return { amount, currency };
}

/** Reads a money record given at run time, checking both fields. */
function read(value: Money, what: string): ScaledDecimal {
  if (!isRecord(value)) {
    throw new InvalidAmountError(
      `${what} ${describeValue(value)} is not a money record; create one with money('1.50', 'USD').`,
      { value },
    );
  }
  requireCurrency(own(value, 'currency'), `${what} currency`);
  return requireDecimal(own(value, 'amount'), `${what} amount`);
}

function sameCurrency(a: Money, b: Money, operation: string): void {
  if (a.currency !== b.currency) {
    throw new CurrencyMismatchError(
      `Cannot ${operation} ${a.amount} ${a.currency} and ${b.amount} ${b.currency}; convert one first with convertMoney(amount, { to, rate }).`,
      { currencies: [a.currency, b.currency] },
    );
  }
}

/**
 * Exact sum of two amounts in the same currency.
 *
 * @example
 * ```ts
 * import { addMoney, money } from 'tokenomics';
 * addMoney(money('0.1'), money('0.2')); // { amount: '0.3', currency: 'USD' }
 * ```
 */
export function addMoney(a: Money, b: Money): Money {
  const x = read(a, 'Left amount');
  const y = read(b, 'Right amount');
  sameCurrency(a, b, 'add');
  return moneyFromScaled(addScaled(x, y), a.currency);
}

/**
 * Exact difference `a - b` of two amounts in the same currency (may be negative).
 *
 * @example
 * ```ts
 * import { subtractMoney, money } from 'tokenomics';
 * subtractMoney(money('1'), money('0.25')); // { amount: '0.75', currency: 'USD' }
 * ```
 */
export function subtractMoney(a: Money, b: Money): Money {
  const x = read(a, 'Left amount');
  const y = read(b, 'Right amount');
  sameCurrency(a, b, 'subtract');
  return moneyFromScaled(subtractScaled(x, y), a.currency);
}

/**
 * Exact sum of many amounts. An empty list needs `currency` to know what zero to return.
 *
 * @example
 * ```ts
 * import { sumMoney, money } from 'tokenomics';
 * sumMoney([money('1.1'), money('2.2')]); // { amount: '3.3', currency: 'USD' }
 * sumMoney([], 'EUR');                    // { amount: '0', currency: 'EUR' }
 * ```
 */
export function sumMoney(items: readonly Money[], currency?: string): Money {
  if (!Array.isArray(items)) {
    throw new InvalidArgumentError(
      `sumMoney needs a list of money records, not ${describeValue(items)}; pass e.g. [money('1'), money('2')].`,
      { argument: 'items', value: items },
    );
  }
  const expected =
    currency === undefined
      ? items.length === 0
        ? undefined
        : requireCurrency(isRecord(items[0]) ? own(items[0], 'currency') : undefined, 'Item 0 currency')
      : requireCurrency(currency);
  if (expected === undefined) {
    throw new InvalidArgumentError(
      'Cannot sum an empty list without a currency; pass one, e.g. sumMoney([], "USD").',
      { argument: 'currency', value: currency },
    );
  }
  let total: ScaledDecimal = { units: 0n, scale: 0 };
  const reference: Money = { amount: '0', currency: expected };
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Money;
    const value = read(item, `Item ${index}`);
    sameCurrency(reference, item, 'sum');
    total = addScaled(total, value);
  }
  return moneyFromScaled(total, expected);
}

/**
 * Exact product of an amount and a decimal factor (a quantity, a discount, a multiplier).
 *
 * @example
 * ```ts
 * import { multiplyMoney, money } from 'tokenomics';
 * multiplyMoney(money('2.50'), '0.5'); // { amount: '1.25', currency: 'USD' }
 * multiplyMoney(money('1.25e-7'), 50000); // { amount: '0.00625', currency: 'USD' }
 * ```
 */
export function multiplyMoney(amount: Money, factor: DecimalInput): Money {
  const value = read(amount, 'Amount');
  return moneyFromScaled(multiplyScaled(value, requireDecimal(factor, 'Factor')), amount.currency);
}

/** Options of {@link divideMoney} and {@link roundMoney}. */
export interface RoundingOptions {
  /** Decimal places to keep (0 or more). */
  readonly decimals: number;
  /** How to round the digits beyond them. Default `'half-even'` (banker's rounding). */
  readonly mode?: RoundingMode;
}

function roundingOptions(options: RoundingOptions, where: string): { decimals: number; mode: RoundingMode } {
  const checked = requireOptions(options, ['decimals', 'mode'], where);
  return {
    decimals: requireDecimals(own(checked, 'decimals')),
    mode: requireRoundingMode(own(checked, 'mode') ?? 'half-even'),
  };
}

/**
 * Divides an amount by a decimal divisor, rounded to `decimals` places with an explicit mode (a quotient
 * rarely has finitely many digits, so rounding is part of the call).
 *
 * @example
 * ```ts
 * import { divideMoney, money } from 'tokenomics';
 * divideMoney(money('10'), 3, { decimals: 4 });               // { amount: '3.3333', currency: 'USD' }
 * divideMoney(money('10'), 3, { decimals: 2, mode: 'ceil' }); // { amount: '3.34', currency: 'USD' }
 * ```
 */
export function divideMoney(amount: Money, divisor: DecimalInput, options: RoundingOptions): Money {
  const value = read(amount, 'Amount');
  const { decimals, mode } = roundingOptions(options, 'divideMoney');
  return moneyFromScaled(
    divideScaled(value, requireDecimal(divisor, 'Divisor'), decimals, mode),
    amount.currency,
  );
}

/**
 * Rounds an amount to `decimals` places with an explicit mode. Rounding happens only where you ask for it
 * (an invoice line, a display); every other function is exact.
 *
 * @example
 * ```ts
 * import { roundMoney, money } from 'tokenomics';
 * roundMoney(money('0.125'), { decimals: 2 });                  // '0.12' (half-even)
 * roundMoney(money('0.125'), { decimals: 2, mode: 'half-up' }); // '0.13'
 * roundMoney(money('0.121'), { decimals: 2, mode: 'ceil' });    // '0.13'
 * ```
 */
export function roundMoney(amount: Money, options: RoundingOptions): Money {
  const value = read(amount, 'Amount');
  const { decimals, mode } = roundingOptions(options, 'roundMoney');
  return moneyFromScaled(roundScaled(value, decimals, mode), amount.currency);
}

/**
 * Compares two amounts in the same currency: -1 if `a < b`, 0 if equal, 1 if `a > b`.
 *
 * @example
 * ```ts
 * import { compareMoney, money } from 'tokenomics';
 * [money('2'), money('1.5')].sort(compareMoney); // 1.5 first
 * ```
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  const x = read(a, 'Left amount');
  const y = read(b, 'Right amount');
  sameCurrency(a, b, 'compare');
  return compareScaled(x, y);
}

/**
 * True when the amount is exactly zero.
 *
 * @example
 * ```ts
 * import { isZeroMoney, money } from 'tokenomics';
 * isZeroMoney(money('0.000')); // true
 * ```
 */
export function isZeroMoney(amount: Money): boolean {
  return read(amount, 'Amount').units === 0n;
}

/** Options of {@link convertMoney}. */
export interface ConvertMoneyOptions {
  /** The target currency code. */
  readonly to: string;
  /** Units of the target currency per one unit of the source currency (exact decimal). */
  readonly rate: DecimalInput;
}

/**
 * Converts an amount to another currency at an explicit, exact rate. There is no built-in rate source:
 * the rate is yours, and the result is exact (round it at the edge with {@link roundMoney}).
 *
 * @example
 * ```ts
 * import { convertMoney, money } from 'tokenomics';
 * convertMoney(money('2.50', 'USD'), { to: 'EUR', rate: '0.92' }); // { amount: '2.3', currency: 'EUR' }
 * ```
 */
export function convertMoney(amount: Money, options: ConvertMoneyOptions): Money {
  const value = read(amount, 'Amount');
  const checked = requireOptions(options, ['to', 'rate'], 'convertMoney');
  const to = requireCurrency(own(checked, 'to'), 'Target currency');
  const rawRate = own(checked, 'rate');
  const rate = requireDecimal(rawRate, 'Conversion rate');
  if (rate.units <= 0n) {
    throw new InvalidArgumentError(
      `Conversion rate ${describeValue(rawRate)} must be greater than zero; pass units of ${to} per 1 ${amount.currency}.`,
      { argument: 'rate', value: rawRate },
    );
  }
  return moneyFromScaled(multiplyScaled(value, rate), to);
}
