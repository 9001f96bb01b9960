/**
 * The bottom-up model's real arithmetic: a private decimal.js clone (never the host's global settings) and
 * the conversions between it, the library's exact decimal inputs and money records.
 *
 * @module
 */

import Decimal from 'decimal.js';
import { InvalidArgumentError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { type DecimalInput, parseDecimal, requireDecimal, toCanonical } from '../money/decimal.js';

/**
 * A private decimal.js constructor: 40 significant digits, half-even. `Decimal.set` is never called, so an
 * application's own decimal.js configuration is left alone and ours is not disturbed by it.
 */
export const Real = /* @__PURE__ */ Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -100,
  toExpPos: 100,
});

/** A value of the private decimal type. */
export type RealValue = InstanceType<typeof Real>;

/** Hours in a (365-day) year, the unit between annual costs and GPU-hours. */
export const HOURS_PER_YEAR = 8760;

/** Reads an exact decimal input (string, or a number through its shortest decimal form) into a real. */
export function real(value: DecimalInput, what: string): RealValue {
  const parsed = parseDecimal(value);
  if (parsed === undefined) {
    throw new InvalidArgumentError(
      `${what} is ${describeValue(value)}; it must be a decimal number (a string such as "2.50", or a finite number).`,
      { argument: what, value },
    );
  }
  return new Real(toCanonical(parsed));
}

/** Reads a real that must lie in `[min, max]` (either bound optional, `open` excludes the bounds). */
export function realInRange(
  value: unknown,
  what: string,
  range: { min?: number; max?: number; minOpen?: boolean; maxOpen?: boolean; hint: string },
): RealValue {
  const parsed = real(value as DecimalInput, what);
  const belowMin =
    range.min !== undefined && (range.minOpen === true ? parsed.lte(range.min) : parsed.lt(range.min));
  const aboveMax =
    range.max !== undefined && (range.maxOpen === true ? parsed.gte(range.max) : parsed.gt(range.max));
  if (belowMin || aboveMax) {
    throw new InvalidArgumentError(`${what} is ${describeValue(value)}; ${range.hint}`, {
      argument: what,
      value,
    });
  }
  return parsed;
}

/** A real from a finite number, through its shortest decimal form. */
export function fromNumber(value: number, what: string): RealValue {
  if (!Number.isFinite(value)) {
    throw new InvalidArgumentError(`${what} is ${describeValue(value)}; it must be a finite number.`, {
      argument: what,
      value,
    });
  }
  return new Real(String(value));
}

/** A whole number from 0 to `max` (decimal places), or an error naming `name`. */
export function wholeNumber(value: unknown, name: string, max: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max) return value;
  throw new InvalidArgumentError(`${name} is ${describeValue(value)}; use a whole number from 0 to ${max}.`, {
    argument: name,
    value,
  });
}

/** The canonical decimal string of a real rounded to `decimals` places, half-even (no exponent, no trailing zeros). */
export function toDecimal(value: RealValue, decimals: number): string {
  const rounded = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_EVEN);
  return toCanonical(requireDecimal(rounded.toFixed()));
}
