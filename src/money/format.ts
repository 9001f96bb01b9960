/**
 * Display formatting with `Intl.NumberFormat`. The amount is passed to Intl as an exact decimal string, so
 * no digit is lost to floating point; rounding happens only when `decimals` asks for it.
 *
 * @module
 */

import { describeValue, InvalidArgumentError } from '../errors.js';
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
export function formatMoney(amount: Money, options: FormatMoneyOptions = {}): string {
  const currency = requireCurrency(amount?.currency);
  let value = requireDecimal(amount.amount, 'Amount');
  const locale = options.locale ?? 'en-US';
  let base: Intl.NumberFormat;
  try {
    base = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(options.currencyDisplay === undefined ? {} : { currencyDisplay: options.currencyDisplay }),
    });
  } catch (error) {
    throw new InvalidArgumentError(
      `Locale ${describeValue(locale)} or currency display ${describeValue(options.currencyDisplay)} is not supported by Intl.NumberFormat; pass a BCP 47 locale such as "en-US".`,
      { locale, cause: String(error) },
    );
  }
  const currencyDigits = base.resolvedOptions().minimumFractionDigits ?? 2;
  let fractionDigits: number;
  if (options.decimals === undefined) {
    fractionDigits = Math.min(MAX_INTL_FRACTION_DIGITS, Math.max(currencyDigits, value.scale));
    if (value.scale > MAX_INTL_FRACTION_DIGITS) {
      value = roundScaled(value, MAX_INTL_FRACTION_DIGITS, requireRoundingMode(options.mode ?? 'half-even'));
    }
  } else {
    fractionDigits = requireDecimals(options.decimals);
    if (fractionDigits > MAX_INTL_FRACTION_DIGITS) {
      throw new InvalidArgumentError(
        `Decimal places ${fractionDigits} exceeds what Intl.NumberFormat can show (${MAX_INTL_FRACTION_DIGITS}); pass at most ${MAX_INTL_FRACTION_DIGITS}.`,
        { decimals: fractionDigits },
      );
    }
    value = roundScaled(value, fractionDigits, requireRoundingMode(options.mode ?? 'half-even'));
  }
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    ...(options.currencyDisplay === undefined ? {} : { currencyDisplay: options.currencyDisplay }),
  });
  // Intl.NumberFormat reads a decimal string exactly (ECMA-402 "Intl.NumberFormat v3"); the type lags behind.
  return formatter.format(toCanonical(value) as unknown as number);
}
