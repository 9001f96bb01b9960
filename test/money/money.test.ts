import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  convertMoney,
  divideMoney,
  formatMoney,
  isTokenomicsError,
  isZeroMoney,
  money,
  multiplyMoney,
  roundMoney,
  subtractMoney,
  sumMoney,
} from '../../src/index.js';

describe('money records', () => {
  it('creates canonical records, USD by default', () => {
    expect(money('2.50')).toEqual({ amount: '2.5', currency: 'USD' });
    expect(money(0.1, 'EUR')).toEqual({ amount: '0.1', currency: 'EUR' });
    expect(JSON.parse(JSON.stringify(money('1.5')))).toEqual({ amount: '1.5', currency: 'USD' });
  });

  it('never goes through float arithmetic', () => {
    expect(addMoney(money('0.1'), money('0.2')).amount).toBe('0.3');
    expect(multiplyMoney(money(1.25e-7), 50000).amount).toBe('0.00625');
    expect(multiplyMoney(money('0.000003'), 1_000_000).amount).toBe('3');
  });

  it('adds, subtracts, sums, compares', () => {
    expect(subtractMoney(money('1'), money('0.25')).amount).toBe('0.75');
    expect(subtractMoney(money('0.25'), money('1')).amount).toBe('-0.75');
    expect(sumMoney([money('1.1'), money('2.2'), money('3.3')])).toEqual({ amount: '6.6', currency: 'USD' });
    expect(sumMoney([], 'EUR')).toEqual({ amount: '0', currency: 'EUR' });
    expect(compareMoney(money('2'), money('1.999'))).toBe(1);
    expect(compareMoney(money('2.0'), money('2'))).toBe(0);
    expect([money('2'), money('1.5'), money('-3')].sort(compareMoney).map((m) => m.amount)).toEqual([
      '-3',
      '1.5',
      '2',
    ]);
    expect(isZeroMoney(money('0.000'))).toBe(true);
    expect(isZeroMoney(money('0.001'))).toBe(false);
  });

  it('divides and rounds only with an explicit number of places', () => {
    expect(divideMoney(money('10'), 3, { decimals: 4 }).amount).toBe('3.3333');
    expect(divideMoney(money('10'), 3, { decimals: 2, mode: 'ceil' }).amount).toBe('3.34');
    expect(roundMoney(money('0.125'), { decimals: 2 }).amount).toBe('0.12');
    expect(roundMoney(money('0.125'), { decimals: 2, mode: 'half-up' }).amount).toBe('0.13');
    expect(roundMoney(money('0.121'), { decimals: 2, mode: 'ceil' }).amount).toBe('0.13');
    expect(roundMoney(money('-0.121'), { decimals: 2, mode: 'floor' }).amount).toBe('-0.13');
  });

  it('converts at an explicit rate', () => {
    expect(convertMoney(money('2.50', 'USD'), { to: 'EUR', rate: '0.92' })).toEqual({
      amount: '2.3',
      currency: 'EUR',
    });
  });

  it('refuses mixed currencies with a typed error', () => {
    expect(() => addMoney(money('1', 'USD'), money('1', 'EUR'))).toThrowError(
      'Cannot add 1 USD and 1 EUR; convert one first with convertMoney(amount, { to, rate }).',
    );
    try {
      sumMoney([money('1', 'USD'), money('1', 'EUR')]);
      expect.unreachable();
    } catch (error) {
      expect(isTokenomicsError(error, 'CURRENCY_MISMATCH')).toBe(true);
    }
  });

  it('refuses bad input with messages that name it', () => {
    expect(() => money('1,50')).toThrowError('Amount "1,50" is not a finite decimal number');
    expect(() => money('1', 'usd')).toThrowError(
      'Currency "usd" is not a three-letter ISO 4217 code; write it like "USD" or "EUR".',
    );
    expect(() => money(Number.NaN)).toThrowError('Amount NaN is not a finite decimal number');
    expect(() => roundMoney(money('1'), { decimals: -1 })).toThrowError(
      'Decimal places -1 is not a whole number from 0 to 400; pass e.g. { decimals: 2 }.',
    );
    expect(() => roundMoney(money('1'), { decimals: 2, mode: 'nearest' as never })).toThrowError(
      "Rounding mode \"nearest\" is not supported; use one of 'half-even', 'half-up', 'up', 'down', 'ceil', 'floor'.",
    );
    expect(() => sumMoney([])).toThrowError('Cannot sum an empty list without a currency');
    expect(() => convertMoney(money('1'), { to: 'EUR', rate: '0' })).toThrowError(
      'Conversion rate "0" must be greater than zero',
    );
    expect(() => addMoney({ amount: '1e', currency: 'USD' }, money('1'))).toThrowError(
      'Left amount amount "1e" is not a finite decimal number',
    );
  });

  const decimalString = fc
    .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat({ max: 12 }))
    .map(([units, scale]) => {
      const negative = units < 0n;
      const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
      const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      return (negative ? '-' : '') + text;
    });

  it('addition is commutative and associative, with zero as identity (property)', () => {
    fc.assert(
      fc.property(decimalString, decimalString, decimalString, (a, b, c) => {
        const [x, y, z] = [money(a), money(b), money(c)];
        expect(addMoney(x, y)).toEqual(addMoney(y, x));
        expect(addMoney(addMoney(x, y), z)).toEqual(addMoney(x, addMoney(y, z)));
        expect(addMoney(x, money('0'))).toEqual(x);
        expect(subtractMoney(addMoney(x, y), y)).toEqual(x);
      }),
      { numRuns: 1000 },
    );
  });

  it('rounding money is idempotent (property)', () => {
    fc.assert(
      fc.property(
        decimalString,
        fc.nat({ max: 12 }),
        fc.constantFrom('half-even', 'half-up', 'up', 'down', 'ceil', 'floor' as const),
        (a, decimals, mode) => {
          const once = roundMoney(money(a), { decimals, mode });
          expect(roundMoney(once, { decimals, mode })).toEqual(once);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('formats exactly by default and rounds when asked', () => {
    expect(formatMoney(money('0.3175'))).toBe('$0.3175');
    expect(formatMoney(money('0.3175'), { decimals: 2 })).toBe('$0.32');
    expect(formatMoney(money('0.125'), { decimals: 2 })).toBe('$0.12');
    expect(formatMoney(money('0.125'), { decimals: 2, mode: 'half-up' })).toBe('$0.13');
    expect(formatMoney(money('2.5'))).toBe('$2.50');
    expect(formatMoney(money('0.0000025'))).toBe('$0.0000025');
    expect(formatMoney(money('12345678901234567.89'))).toBe('$12,345,678,901,234,567.89');
    expect(formatMoney(money('1234.5', 'EUR'), { locale: 'de-DE' })).toBe('1.234,50\u00a0€');
    expect(formatMoney(money('3', 'USD'), { currencyDisplay: 'code' })).toBe('USD\u00a03.00');
    expect(formatMoney(money('1500', 'JPY'))).toBe('¥1,500');
    expect(() => formatMoney(money('1'), { decimals: 21 })).toThrowError(
      'exceeds what Intl.NumberFormat can show',
    );
  });
});
