/**
 * Display formatting with `Intl.NumberFormat`. The amount is passed to Intl as an exact decimal string, so
 * no digit is lost to floating point; rounding happens only when `decimals` asks for it.
 *
 * @module
 */

import { InvalidAmountError, InvalidArgumentError } from '../errors.js';
import { isRecord, own, requireOptions } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import {
  type RoundingMode,
  requireDecimal,
  requireDecimals,
  requireRoundingMode,
  roundScaled,
  toCanonical,
} from './decimal.js';
import { type Money, requireCurrency } from './money.js';

/** Options of {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** A BCP 47 locale such as `'en-US'` or `'de-DE'`. Default `'en-US'`. */
  readonly locale?: string;
  /**
   * Round to exactly this many decimal places (padded with zeros). When absent the amount is shown exactly,
   * with at least the currency's usual digits (2 for USD) and at most 20.
   */
  readonly decimals?: number;
  /** Rounding mode when `decimals` cuts digits. Default `'half-even'`. */
  readonly mode?: RoundingMode;
  /** How the currency is shown: `'symbol'` ($, default), `'narrowSymbol'`, `'code'` (USD) or `'name'`. */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
}

/** Intl's upper bound for fraction digits on the runtimes this package supports. */
const MAX_INTL_FRACTION_DIGITS = 20;
/** Intl reads a decimal string exactly only within a double's range; beyond 10^308 it prints "∞". */
const MAX_INTL_INTEGER_DIGITS = 300;
const OPTIONS = ['locale', 'decimals', 'mode', 'currencyDisplay'] as const;
const CURRENCY_DISPLAYS = new Set(['symbol', 'narrowSymbol', 'code', 'name']);

/**
 * Formats a money record for display.
 *
 * @example
 * ```ts
 * import { formatMoney, money } from 'tokenomics';
 * formatMoney(money('0.3175'));                          // '$0.3175'
 * formatMoney(money('0.3175'), { decimals: 2 });         // '$0.32'
 * formatMoney(money('2.5'));                             // '$2.50'
 * formatMoney(money('1234.5', 'EUR'), { locale: 'de-DE' }); // '1.234,50 €'
 * ```
 */
export function formatMoney(amount: Money, options?: FormatMoneyOptions): string {
  if (!isRecord(amount)) {
    throw new InvalidAmountError(
      `Amount ${describeValue(amount)} is not a money record; create one with money('1.50', 'USD').`,
      { value: amount },
    );
  }
  const checked = requireOptions(options, OPTIONS, 'formatMoney');
  const currency = requireCurrency(own(amount, 'currency'));
  let value = requireDecimal(own(amount, 'amount'), 'Amount');
  const digits = (value.units < 0n ? -value.units : value.units).toString().length - value.scale;
  if (digits > MAX_INTL_INTEGER_DIGITS) {
    throw new InvalidAmountError(
      `Amount ${describeValue(own(amount, 'amount'))} has ${digits} integer digits, more than the ${MAX_INTL_INTEGER_DIGITS} Intl.NumberFormat shows exactly; format it yourself.`,
      { value: own(amount, 'amount'), limit: `${MAX_INTL_INTEGER_DIGITS} integer digits` },
    );
  }
  const locale = own(checked, 'locale') ?? 'en-US';
  const currencyDisplay = own(checked, 'currencyDisplay');
  if (typeof locale !== 'string') {
    throw new InvalidArgumentError(`Locale ${describeValue(locale)} is not a string; pass e.g. "en-US".`, {
      argument: 'locale',
      value: locale,
    });
  }
  if (
    currencyDisplay !== undefined &&
    !(typeof currencyDisplay === 'string' && CURRENCY_DISPLAYS.has(currencyDisplay))
  ) {
    throw new InvalidArgumentError(
      `Currency display ${describeValue(currencyDisplay)} is not one of 'symbol', 'narrowSymbol', 'code', 'name'.`,
      { argument: 'currencyDisplay', value: currencyDisplay },
    );
  }
  const display = currencyDisplay === undefined ? {} : { currencyDisplay: currencyDisplay as 'symbol' };
  const mode = requireRoundingMode(own(checked, 'mode') ?? 'half-even');
  const decimals = own(checked, 'decimals');
  let base: Intl.NumberFormat;
  try {
    base = new Intl.NumberFormat(locale, { style: 'currency', currency, ...display });
  } catch {
    throw new InvalidArgumentError(
      `Locale ${describeValue(locale)} is not supported by Intl.NumberFormat; pass a BCP 47 locale such as "en-US".`,
      { argument: 'locale', value: locale },
    );
  }
  const currencyDigits = base.resolvedOptions().minimumFractionDigits ?? 2;
  let fractionDigits: number;
  if (decimals === undefined) {
    fractionDigits = Math.min(MAX_INTL_FRACTION_DIGITS, Math.max(currencyDigits, value.scale));
    if (value.scale > MAX_INTL_FRACTION_DIGITS) value = roundScaled(value, MAX_INTL_FRACTION_DIGITS, mode);
  } else {
    fractionDigits = requireDecimals(decimals);
    if (fractionDigits > MAX_INTL_FRACTION_DIGITS) {
      throw new InvalidArgumentError(
        `Decimal places ${fractionDigits} exceeds what Intl.NumberFormat can show (${MAX_INTL_FRACTION_DIGITS}); pass at most ${MAX_INTL_FRACTION_DIGITS}.`,
        { argument: 'decimals', value: fractionDigits },
      );
    }
    value = roundScaled(value, fractionDigits, mode);
  }
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    ...display,
  });
  // Intl.NumberFormat reads a decimal string exactly (ECMA-402 "Intl.NumberFormat v3"); the type lags behind.
  return formatter.format(toCanonical(value) as unknown as number);
}
