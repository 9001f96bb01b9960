/**
 * Exact decimals as scaled integers: a value is `units / 10^scale` with `units` a BigInt. Parsing, canonical
 * rendering, alignment, multiplication, and division/rounding with an explicit mode. No floating point and
 * no decimal library: this is what the estimator and the money functions stand on.
 *
 * @module
 */

import { InvalidAmountError, InvalidArgumentError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { deepFreeze } from '../internal/freeze.js';

/** A decimal amount as accepted on input: a decimal string (`"2.50"`, `"3e-6"`) or a finite number. */
export type DecimalInput = string | number;

/** An exact decimal `units / 10^scale`, with `scale >= 0`. */
export interface ScaledDecimal {
  readonly units: bigint;
  readonly scale: number;
}

/** How to round a value that has more digits than wanted. */
export type RoundingMode = 'half-even' | 'half-up' | 'up' | 'down' | 'ceil' | 'floor';

/** Every rounding mode, for validation and documentation. */
export const ROUNDING_MODES: readonly RoundingMode[] = /* @__PURE__ */ deepFreeze([
  'half-even',
  'half-up',
  'up',
  'down',
  'ceil',
  'floor',
] as RoundingMode[]);

/** A private copy: validation never reads the exported (frozen, but shared) list. */
const MODES = new Set<string>(['half-even', 'half-up', 'up', 'down', 'ceil', 'floor']);

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/** Beyond this many digits (or this exponent) an input is refused: token prices never need it. */
export const MAX_DIGITS = 400;
/** Longer texts are not read at all (a decimal of at most 400 digits and a 3-digit exponent is shorter). */
const MAX_TEXT_LENGTH = 420;

const POWERS_OF_TEN: bigint[] = [1n];
/** 10^n as a BigInt, cached. */
export function pow10(n: number): bigint {
  let cached = POWERS_OF_TEN[n];
  if (cached !== undefined) return cached;
  for (let i = POWERS_OF_TEN.length; i <= n; i++) {
    cached = (POWERS_OF_TEN[i - 1] as bigint) * 10n;
    POWERS_OF_TEN.push(cached);
  }
  return POWERS_OF_TEN[n] as bigint;
}

/**
 * Reads a decimal string or a finite number exactly. Numbers go through their shortest round-trip decimal
 * form (`String(1.25e-7)` is `"1.25e-7"`), never through float arithmetic. Returns `undefined` for anything
 * that is not a finite decimal within the supported range.
 */
export function parseDecimal(input: unknown): ScaledDecimal | undefined {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return undefined;
    text = String(input);
  } else if (typeof input === 'string') {
    if (input.length > MAX_TEXT_LENGTH) return undefined;
    text = input;
  } else {
    return undefined;
  }
  const match = DECIMAL_PATTERN.exec(text);
  if (match === null) return undefined;
  const sign = match[1] ?? '';
  const integerDigits = match[2] ?? '';
  const fractionDigits = match[3] ?? '';
  if (integerDigits.length === 0 && fractionDigits.length === 0) return undefined;
  if (integerDigits.length + fractionDigits.length > MAX_DIGITS) return undefined;
  const exponent = match[4] === undefined ? 0 : Number(match[4]);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_DIGITS) return undefined;
  let units = BigInt(`${integerDigits}${fractionDigits}` || '0');
  let scale = fractionDigits.length - exponent;
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  if (sign === '-') units = -units;
  return normalize(units, scale);
}

/** Strips trailing zero digits so every value has one representation. */
export function normalize(units: bigint, scale: number): ScaledDecimal {
  if (units === 0n) return { units: 0n, scale: 0 };
  let u = units;
  let s = scale;
  while (s > 0 && u % 10n === 0n) {
    u /= 10n;
    s--;
  }
  return { units: u, scale: s };
}

/**
 * Reads a decimal or throws {@link InvalidAmountError} naming the value.
 *
 * @param what - how the value is called in the message, e.g. `Amount` or `Field "inputPerMillion"`
 */
export function requireDecimal(input: unknown, what = 'Amount'): ScaledDecimal {
  const parsed = parseDecimal(input);
  if (parsed === undefined) {
    throw new InvalidAmountError(
      `${what} ${describeValue(input)} is not a finite decimal number of at most ${MAX_DIGITS} digits; write it as a decimal string such as "2.50" or "0.000125".`,
      { value: input },
    );
  }
  return parsed;
}

/** Renders `units / 10^scale` canonically: no exponent, no trailing zeros, `"0"` for zero. */
export function formatUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString();
  return (negative ? '-' : '') + placePoint(digits, scale);
}

/**
 * The same as {@link formatUnits} for a non-negative safe integer held in a number (the estimator's fast
 * path): `String(n)` of a safe integer is its exact digits.
 */
export function formatSafeUnits(units: number, scale: number): string {
  return placePoint(String(units), scale);
}

function placePoint(digits: string, scale: number): string {
  if (scale === 0) return digits;
  if (digits === '0') return '0';
  let text = digits;
  if (text.length <= scale) text = '0'.repeat(scale - text.length + 1) + text;
  const cut = text.length - scale;
  let end = text.length;
  while (end > cut && text.charCodeAt(end - 1) === 48) end--;
  const integerPart = text.slice(0, cut);
  return end === cut ? integerPart : `${integerPart}.${text.slice(cut, end)}`;
}

/** Canonical string of a scaled decimal. */
export function toCanonical(value: ScaledDecimal): string {
  return formatUnits(value.units, value.scale);
}

/**
 * Turns a decimal string or number into its canonical decimal string, exactly.
 *
 * @example
 * ```ts
 * import { toDecimalString } from 'tokenomics';
 * toDecimalString('2.500'); // '2.5'
 * toDecimalString(1.25e-7); // '0.000000125'
 * toDecimalString(3e-6);    // '0.000003'
 * ```
 */
export function toDecimalString(value: DecimalInput): string {
  return toCanonical(requireDecimal(value));
}

/** Brings two decimals to the same scale. */
export function align(a: ScaledDecimal, b: ScaledDecimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.units, b.units, a.scale];
  if (a.scale > b.scale) return [a.units, b.units * pow10(a.scale - b.scale), a.scale];
  return [a.units * pow10(b.scale - a.scale), b.units, b.scale];
}

/** Exact sum. */
export function addScaled(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  const [x, y, scale] = align(a, b);
  return normalize(x + y, scale);
}

/** Exact difference. */
export function subtractScaled(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  const [x, y, scale] = align(a, b);
  return normalize(x - y, scale);
}

/** Exact product. */
export function multiplyScaled(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  return normalize(a.units * b.units, a.scale + b.scale);
}

/** -1, 0 or 1. */
export function compareScaled(a: ScaledDecimal, b: ScaledDecimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Checks a rounding mode given at run time. */
export function requireRoundingMode(mode: unknown): RoundingMode {
  if (typeof mode === 'string' && MODES.has(mode)) {
    return mode as RoundingMode;
  }
  throw new InvalidArgumentError(
    `Rounding mode ${describeValue(mode)} is not supported; use one of ${ROUNDING_MODES.map((m) => `'${m}'`).join(', ')}.`,
    { argument: 'mode', value: mode },
  );
}

/** Checks a number of decimal places given at run time. */
export function requireDecimals(decimals: unknown): number {
  if (typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0 && decimals <= MAX_DIGITS) {
    return decimals;
  }
  throw new InvalidArgumentError(
    `Decimal places ${describeValue(decimals)} is not a whole number from 0 to ${MAX_DIGITS}; pass e.g. { decimals: 2 }.`,
    { argument: 'decimals', value: decimals },
  );
}

/**
 * `numerator / denominator` rounded to an integer with the given mode. The denominator must not be zero.
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  let n = numerator;
  let d = denominator;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const quotient = n / d; // truncates toward zero
  const remainder = n % d; // has the sign of n
  if (remainder === 0n) return quotient;
  const sign = n < 0n ? -1n : 1n;
  const twiceRemainder = (remainder < 0n ? -remainder : remainder) * 2n;
  switch (mode) {
    case 'down':
      return quotient;
    case 'up':
      return quotient + sign;
    case 'ceil':
      return sign > 0n ? quotient + 1n : quotient;
    case 'floor':
      return sign < 0n ? quotient - 1n : quotient;
    case 'half-up':
      return twiceRemainder >= d ? quotient + sign : quotient;
    case 'half-even':
      if (twiceRemainder > d) return quotient + sign;
      if (twiceRemainder < d) return quotient;
      return quotient % 2n === 0n ? quotient : quotient + sign;
  }
}

/** Rounds to at most `decimals` decimal places with the given mode. */
export function roundScaled(value: ScaledDecimal, decimals: number, mode: RoundingMode): ScaledDecimal {
  if (value.scale <= decimals) return value;
  return normalize(divideRounded(value.units, pow10(value.scale - decimals), mode), decimals);
}

/** `a / b` rounded to `decimals` places. Throws {@link InvalidArgumentError} when `b` is zero. */
export function divideScaled(
  a: ScaledDecimal,
  b: ScaledDecimal,
  decimals: number,
  mode: RoundingMode,
): ScaledDecimal {
  if (b.units === 0n) {
    throw new InvalidArgumentError('Cannot divide by zero; pass a non-zero divisor.', {
      argument: 'divisor',
      value: '0',
    });
  }
  // a/b = (ua / 10^sa) / (ub / 10^sb); scaled to `decimals` places: ua * 10^(sb + decimals) / (ub * 10^sa)
  const numerator = a.units * pow10(b.scale + decimals);
  const denominator = b.units * pow10(a.scale);
  return normalize(divideRounded(numerator, denominator, mode), decimals);
}
