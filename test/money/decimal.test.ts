import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  divideRounded,
  divideScaled,
  parseDecimal,
  type RoundingMode,
  roundScaled,
  toCanonical,
  toDecimalString,
} from '../../src/money/decimal.js';

const canonical = (input: string | number) => {
  const parsed = parseDecimal(input);
  return parsed === undefined ? undefined : toCanonical(parsed);
};

describe('parseDecimal and canonical form', () => {
  it.each([
    ['2.50', '2.5'],
    ['002.500', '2.5'],
    ['0', '0'],
    ['-0', '0'],
    ['-0.000', '0'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['+7', '7'],
    ['-1.230', '-1.23'],
    ['3e-6', '0.000003'],
    ['3E-06', '0.000003'],
    ['1.25e-7', '0.000000125'],
    ['1e21', '1000000000000000000000'],
    ['12.5e1', '125'],
    ['0.000000000000000000000001', '0.000000000000000000000001'],
  ])('reads %s as %s', (input, expected) => {
    expect(canonical(input)).toBe(expected);
  });

  it.each([
    [3e-6, '0.000003'],
    [1.25e-7, '0.000000125'],
    [0.1, '0.1'],
    [2.5, '2.5'],
    [1e21, '1000000000000000000000'],
    [-0, '0'],
    [123456789.123, '123456789.123'],
  ])('reads the number %s through its shortest decimal form as %s', (input, expected) => {
    expect(canonical(input)).toBe(expected);
  });

  it.each([
    '',
    ' ',
    '1,5',
    '1.2.3',
    'abc',
    '0x10',
    '1e',
    'e5',
    '--1',
    '1 ',
    'NaN',
    'Infinity',
    '1e999999',
    '.',
  ])('refuses %j', (input) => {
    expect(parseDecimal(input)).toBeUndefined();
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'refuses the number %s',
    (input) => {
      expect(parseDecimal(input)).toBeUndefined();
    },
  );

  it('refuses non-numeric types', () => {
    expect(parseDecimal(null)).toBeUndefined();
    expect(parseDecimal(undefined)).toBeUndefined();
    expect(parseDecimal({})).toBeUndefined();
    expect(parseDecimal(10n)).toBeUndefined();
  });

  it('toDecimalString throws a typed error naming the value', () => {
    expect(() => toDecimalString('1,50')).toThrowError(
      'Amount "1,50" is not a finite decimal number of at most 400 digits; write it as a decimal string such as "2.50" or "0.000125".',
    );
  });

  it('round-trips any canonical string exactly (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.nat({ max: 30 }), (units, scale) => {
        const text = toCanonical({ units, scale });
        expect(canonical(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('rounding', () => {
  const modes: RoundingMode[] = ['half-even', 'half-up', 'up', 'down', 'ceil', 'floor'];
  // value, then the expected result for each mode in the order above, rounded to 0 places
  const table: [string, string[]][] = [
    ['2.5', ['2', '3', '3', '2', '3', '2']],
    ['3.5', ['4', '4', '4', '3', '4', '3']],
    ['-2.5', ['-2', '-3', '-3', '-2', '-2', '-3']],
    ['2.4', ['2', '2', '3', '2', '3', '2']],
    ['2.6', ['3', '3', '3', '2', '3', '2']],
    ['-2.6', ['-3', '-3', '-3', '-2', '-2', '-3']],
    ['-0.4', ['0', '0', '-1', '0', '0', '-1']],
    ['7', ['7', '7', '7', '7', '7', '7']],
  ];
  for (const [value, expected] of table) {
    for (const [index, mode] of modes.entries()) {
      it(`${value} rounds ${mode} to ${expected[index]}`, () => {
        const parsed = parseDecimal(value);
        if (parsed === undefined) throw new Error('bad fixture');
        expect(toCanonical(roundScaled(parsed, 0, mode))).toBe(expected[index]);
      });
    }
  }

  it('rounds to decimal places', () => {
    const value = parseDecimal('0.123456789');
    if (value === undefined) throw new Error('bad fixture');
    expect(toCanonical(roundScaled(value, 4, 'half-even'))).toBe('0.1235');
    expect(toCanonical(roundScaled(value, 4, 'down'))).toBe('0.1234');
    expect(toCanonical(roundScaled(value, 20, 'down'))).toBe('0.123456789');
  });

  it('is idempotent in every mode (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
        fc.nat({ max: 24 }),
        fc.nat({ max: 24 }),
        fc.constantFrom(...modes),
        (units, scale, decimals, mode) => {
          const once = roundScaled({ units, scale }, decimals, mode);
          expect(toCanonical(roundScaled(once, decimals, mode))).toBe(toCanonical(once));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never moves a value by a full unit of the last kept place (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
        fc.integer({ min: 1, max: 1000 }).map((n) => BigInt(n)),
        fc.constantFrom(...modes),
        (numerator, denominator, mode) => {
          const q = divideRounded(numerator, denominator, mode);
          const error = numerator - q * denominator;
          expect(error < denominator && error > -denominator).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('divides with an explicit mode', () => {
    const ten = parseDecimal('10');
    const three = parseDecimal('3');
    if (ten === undefined || three === undefined) throw new Error('bad fixture');
    expect(toCanonical(divideScaled(ten, three, 4, 'half-even'))).toBe('3.3333');
    expect(toCanonical(divideScaled(ten, three, 2, 'ceil'))).toBe('3.34');
    expect(() => divideScaled(ten, { units: 0n, scale: 0 }, 2, 'down')).toThrowError(
      'Cannot divide by zero; pass a non-zero divisor.',
    );
  });
});
