/**
 * Class 5: numbers beyond what the money path holds are refused at card creation with a typed error naming
 * the limit, and every card createPriceCard accepts survives tableToJSON -> tableFromJSON and prices.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPriceCard,
  createPriceTable,
  estimateCost,
  formatMoney,
  money,
  multiplyMoney,
  type PriceCardInput,
  tableFromJSON,
  tableToJSON,
} from '../../src/index.js';
import { errorOf } from '../support/errors.js';

const base = { id: 'm', provider: 'p', inputPerMillion: '1', outputPerMillion: '2' };

describe('card numbers are bounded', () => {
  it.each([
    ['inputPerMillion', '1e400', 'below 10^15'],
    ['inputPerMillion', '123e398', 'below 10^15'],
    ['inputPerMillion', '1e15', 'below 10^15'],
    ['inputPerMillion', '1e-400', 'at most 20'],
    ['inputPerMillion', '0.000000000000000000001', 'at most 20'],
    ['requestFee', '1e-400', 'at most 20'],
    ['requestFee', '1e20', 'below 10^15'],
    ['webSearchPerThousand', '1e16', 'below 10^15'],
  ])('%s %s is refused, naming the limit', (field, value, limit) => {
    const error = errorOf(() => createPriceCard({ ...base, [field]: value }), 'INVALID_PRICE_CARD');
    expect(error.details.field).toBe(field);
    expect(error.message).toContain(limit);
  });

  it.each([['0'], ['1001'], ['1e-21'], ['-1']])('a multiplier of %s is refused', (multiplier) => {
    errorOf(
      () => createPriceCard({ ...base, serviceTiers: { batch: { multiplier } } }),
      'INVALID_PRICE_CARD',
    );
  });

  it('accepts the largest and the finest values the limits allow, and prices them exactly', () => {
    const card = createPriceCard({
      ...base,
      inputPerMillion: '999999999999999.99999999999999999999',
      outputPerMillion: '0.00000000000000000001',
      requestFee: '999999999999999',
      serviceTiers: { batch: { multiplier: '1000' } },
    });
    const cost = estimateCost({ inputTokens: 9_007_199_254_740_991, outputTokens: 1 }, card, {
      serviceTier: 'batch',
    });
    const Exact = Decimal.clone({ precision: 100 });
    const expected = (rate: string, tokens: number) =>
      new Exact(rate).mul(tokens).mul(1000).div(1_000_000).toFixed();
    expect(cost.parts.uncachedInput.amount).toBe(expected(card.inputPerMillion, 9_007_199_254_740_991));
    expect(cost.parts.uncachedInput.amount).toBe('9007199254740990999999999999.99999990992800745259009');
    expect(cost.parts.textOutput.amount).toBe(expected(card.outputPerMillion, 1));
  });

  const decimalArbitrary = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 35n - 1n }), fc.integer({ min: 0, max: 20 }))
    .filter(([units, scale]) => units < 10n ** BigInt(15 + scale))
    .map(([units, scale]) => {
      const digits = units.toString().padStart(scale + 1, '0');
      return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    });

  it('every card createPriceCard accepts round-trips through tableToJSON and tableFromJSON', () => {
    fc.assert(
      fc.property(decimalArbitrary, decimalArbitrary, decimalArbitrary, (input, output, fee) => {
        const card: PriceCardInput = {
          ...base,
          inputPerMillion: input,
          outputPerMillion: output,
          requestFee: fee,
        };
        const table = createPriceTable([card]);
        const back = tableFromJSON(JSON.parse(JSON.stringify(tableToJSON(table))));
        expect(back.cards).toEqual(table.cards);
        const usage = { inputTokens: 123_456_789, outputTokens: 98_765 };
        expect(estimateCost(usage, back.cards[0] as never)).toEqual(
          estimateCost(usage, table.cards[0] as never),
        );
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});

describe('money stays readable and printable', () => {
  it('formatMoney refuses amounts Intl would print as infinity', () => {
    const error = errorOf(() => formatMoney(money(`1${'0'.repeat(330)}`)), 'INVALID_AMOUNT');
    expect(error.message).toContain('more than the 300 Intl.NumberFormat shows exactly');
    expect(formatMoney(money(`1${'0'.repeat(299)}`))).toMatch(/^\$100,000,/);
  });

  it('a product with more digits than an amount may hold is refused instead of returned unreadable', () => {
    const huge = money(`9${'9'.repeat(250)}`);
    errorOf(() => multiplyMoney(huge, huge.amount), 'INVALID_AMOUNT');
  });
});
