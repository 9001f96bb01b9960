/**
 * Class 6: time. A date-time without an offset is UTC whatever the host's time zone; impossible dates and
 * instants beyond what a Date holds are refused; an invalid `at` is refused even when no card has dates.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPriceTable, findCard, getCard, listCards } from '../../src/index.js';
import { errorOf } from '../support/errors.js';

const table = createPriceTable([
  { id: 'flat', provider: 'p', inputPerMillion: '1', outputPerMillion: '2' },
  {
    id: 'dated',
    provider: 'p',
    inputPerMillion: '1',
    outputPerMillion: '2',
    effective: { to: '2025-03-01' },
  },
  {
    id: 'dated',
    provider: 'p',
    inputPerMillion: '3',
    outputPerMillion: '4',
    effective: { from: '2025-03-01' },
  },
  { id: 'peak', provider: 'p', inputPerMillion: '1', outputPerMillion: '1' },
  {
    id: 'peak',
    provider: 'p',
    inputPerMillion: '2',
    outputPerMillion: '2',
    timeOfDay: { fromUtc: '01:00', toUtc: '04:00' },
  },
]);

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('instants', () => {
  it('reads a date-time without an offset as UTC in every host time zone', () => {
    const answers = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((zone) => {
      process.env.TZ = zone;
      return [
        findCard(table, 'peak', { at: '2026-11-23T02:30' })?.inputPerMillion,
        findCard(table, 'peak', { at: '2026-11-23T05:30' })?.inputPerMillion,
        findCard(table, 'dated', { at: '2025-02-28T23:59' })?.inputPerMillion,
        findCard(table, 'dated', { at: '2025-03-01T00:00' })?.inputPerMillion,
      ];
    });
    process.env.TZ = 'Asia/Shanghai';
    expect(new Date(0).getTimezoneOffset()).toBe(-480); // the host zone really changed
    for (const answer of answers) expect(answer).toEqual(['2', '1', '1', '3']);
  });

  it('honours explicit offsets', () => {
    expect(findCard(table, 'peak', { at: '2026-11-23T10:30+08:00' })?.inputPerMillion).toBe('2');
    expect(findCard(table, 'peak', { at: '2026-11-23T10:30+0800' })?.inputPerMillion).toBe('2');
    expect(findCard(table, 'peak', { at: '2026-11-22T18:30-08' })?.inputPerMillion).toBe('2');
  });

  it.each([
    '2025-02-30',
    '2023-02-29',
    '2025-13-01',
    '2025-06-10T24:00',
    '2025-06-10T23:60',
    '2025-06-10T10:00:61Z',
    '2025-06-10T10:00+25:00',
    'tomorrow',
    '',
    8.7e15,
    -8.7e15,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    new Date(Number.NaN),
  ])('refuses %j as an instant', (at) => {
    const error = errorOf(() => findCard(table, 'flat', { at: at as never }), 'INVALID_ARGUMENT');
    expect(error.details.argument).toBe('at');
    errorOf(() => getCard(table, 'flat', { at: at as never }), 'INVALID_ARGUMENT');
    errorOf(() => listCards(table, { at: at as never }), 'INVALID_ARGUMENT');
  });

  it('refuses an invalid at even when the card has no dates, and on a miss', () => {
    errorOf(() => getCard(table, 'flat', { at: 9e15 }), 'INVALID_ARGUMENT');
    errorOf(() => getCard(table, 'no-such-model', { at: 9e15 }), 'INVALID_ARGUMENT');
  });

  it('accepts the edges of the Date range', () => {
    expect(findCard(table, 'flat', { at: 8.64e15 })?.id).toBe('flat');
    expect(findCard(table, 'flat', { at: -8.64e15 })?.id).toBe('flat');
    expect(findCard(table, 'flat', { at: '0001-01-01' })?.id).toBe('flat');
  });

  it('says when a retired model was priced, instead of calling it unknown', () => {
    const retired = createPriceTable([
      {
        id: 'old',
        provider: 'p',
        inputPerMillion: '1',
        outputPerMillion: '2',
        effective: { from: '2024-01-01', to: '2025-01-01' },
      },
    ]);
    const error = errorOf(() => getCard(retired, 'old', { at: '2026-01-01' }), 'RETIRED_MODEL');
    expect(error.message).toBe(
      'Model "old" (p) in price table "price table" was retired: it was priced from 2024-01-01 until 2025-01-01; pass { at } with the time of the usage to price historical records.',
    );
    expect(error.details).toEqual({
      modelId: 'old',
      table: 'price table',
      provider: 'p',
      from: '2024-01-01',
      to: '2025-01-01',
      at: '2026-01-01T00:00:00.000Z',
    });
    expect(errorOf(() => getCard(retired, 'old', { at: '2023-01-01' }), 'RETIRED_MODEL').message).toContain(
      'is not priced yet',
    );
    expect(getCard(retired, 'old', { at: '2024-06-01' }).inputPerMillion).toBe('1');
  });
});
