/** The documented rule for JSON numbers that carry float arithmetic: read at 15 significant digits. */
import { describe, expect, it } from 'vitest';
import { parseDecimal, toCanonical } from '../../../src/money/decimal.js';
import { withoutFloatArtefact } from '../../../src/tables/adapters/common.js';

const intended = (text: string) => {
  const parsed = parseDecimal(text);
  if (parsed === undefined) throw new Error(text);
  return toCanonical(withoutFloatArtefact(parsed));
};

describe('withoutFloatArtefact', () => {
  it.each([
    ['0.30000000000000004', '0.3'],
    ['0.049999999999999996', '0.05'],
    ['3.0000000000000004e-7', '0.0000003'],
    ['1.2500000000000001e-06', '0.00000125'],
    ['0.000012500000000000001', '0.0000125'],
  ])('reads %s as %s', (raw, expected) => {
    expect(intended(raw)).toBe(expected);
  });

  it.each([['0.1'], ['3e-7'], ['0.123456789012345'], ['1234567.89012345'], ['0']])(
    'leaves %s (15 significant digits or fewer) as it is',
    (raw) => {
      expect(intended(raw)).toBe(
        toCanonical(parseDecimal(raw) as NonNullable<ReturnType<typeof parseDecimal>>),
      );
    },
  );

  it('rounds half to even at the 15th digit', () => {
    expect(intended('0.1234567890123445')).toBe('0.123456789012344');
    expect(intended('0.1234567890123455')).toBe('0.123456789012346');
  });
});
