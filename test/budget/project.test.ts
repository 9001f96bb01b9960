/** projectSpend, compareCards and checkBudget: exact figures worked by hand. */
import { describe, expect, it } from 'vitest';
import { checkBudget, compareCards, projectSpend } from '../../src/budget/index.js';
import { createPriceCard, money } from '../../src/index.js';
import { errorOf } from '../support/errors.js';

const cheap = createPriceCard({
  id: 'cheap',
  provider: 'p',
  inputPerMillion: '0.1',
  cacheReadPerMillion: '0.01',
  outputPerMillion: '0.4',
});
const dear = createPriceCard({
  id: 'dear',
  provider: 'p',
  inputPerMillion: '3',
  cacheReadPerMillion: '0.3',
  outputPerMillion: '15',
  serviceTiers: { batch: { multiplier: '0.5' } },
});
const noCache = createPriceCard({
  id: 'no-cache',
  provider: 'p',
  inputPerMillion: '1',
  outputPerMillion: '1',
});
// One request: 2,000 uncached input, 8,000 cached, 500 output.
const usage = { inputTokens: 10_000, cacheReadTokens: 8_000, outputTokens: 500 };

describe('projectSpend', () => {
  it('multiplies the exact cost of a request by requests per day, per calendar month, with compound growth', () => {
    const projection = projectSpend({
      workload: { requestsPerDay: 1000, usage },
      card: dear,
      months: 3,
      start: '2026-12-15',
      growthPerPeriod: '0.1',
    });
    // Per request: 2,000 x 3 + 8,000 x 0.3 + 500 x 15 = 15,900 per 1M = 0.0159.
    expect(projection.perRequest.amount).toBe('0.0159');
    expect(projection.periods).toEqual([
      {
        start: '2026-12-15',
        end: '2027-01-15',
        days: 31,
        requests: '31000',
        cost: { amount: '492.9', currency: 'USD' },
      },
      {
        start: '2027-01-15',
        end: '2027-02-15',
        days: 31,
        requests: '34100',
        cost: { amount: '542.19', currency: 'USD' },
      },
      {
        start: '2027-02-15',
        end: '2027-03-15',
        days: 28,
        requests: '33880',
        cost: { amount: '538.692', currency: 'USD' },
      },
    ]);
    expect(projection.total.amount).toBe('1573.782');
    expect(projection.requests).toBe('98980');
  });

  it('prices a mix of request kinds by share, exactly, and one projection per card', () => {
    const [a, b] = projectSpend({
      workload: {
        requestsPerDay: '2.5',
        usage: [
          { share: '0.75', usage },
          { share: '0.25', usage: { inputTokens: 1_000_000, outputTokens: 0 } },
        ],
      },
      cards: [cheap, dear],
      days: 2,
      start: '2026-01-31',
    });
    // cheap: 0.75 x (2,000 x 0.1 + 8,000 x 0.01 + 500 x 0.4)/1M + 0.25 x 0.1 = 0.75 x 0.00048 + 0.025 = 0.02536
    expect(a?.perRequest.amount).toBe('0.02536');
    expect(a?.periods.map((p) => [p.start, p.requests, p.cost.amount])).toEqual([
      ['2026-01-31', '2.5', '0.0634'],
      ['2026-02-01', '2.5', '0.0634'],
    ]);
    expect(b?.perRequest.amount).toBe('0.761925'); // 0.75 x 0.0159 + 0.25 x 3
  });

  it('refuses shares that do not add up to 1, and ambiguous periods', () => {
    expect(
      errorOf(
        () =>
          projectSpend({
            workload: {
              requestsPerDay: 1,
              usage: [
                { share: '0.5', usage },
                { share: '0.4', usage },
              ],
            },
            card: cheap,
            days: 1,
          }),
        'INVALID_ARGUMENT',
      ).message,
    ).toContain('add up to 0.9, not 1');
    expect(
      errorOf(
        () => projectSpend({ workload: { requestsPerDay: 1, usage }, card: cheap, days: 1, months: 1 }),
        'INVALID_ARGUMENT',
      ).message,
    ).toBe('projectSpend needs one of days or months (not both).');
  });
});

describe('compareCards', () => {
  it('ranks cards cheapest first with what drives each, and lists the ones that cannot price it', () => {
    const { ranked, unpriced } = compareCards({ requestsPerDay: 1000, usage }, [dear, noCache, cheap]);
    expect(
      ranked.map((r) => [
        r.cardId,
        r.perRequest.amount,
        r.perMonth.amount,
        r.timesCheapest,
        r.overCheapest.amount,
      ]),
    ).toEqual([
      ['cheap', '0.00048', '14.4', '1', '0'],
      ['dear', '0.0159', '477', '33.12', '462.6'], // 33.125, half-even
    ]);
    expect(ranked[1]?.drivers).toEqual(['textOutput', 'uncachedInput', 'cacheRead']);
    expect(unpriced).toEqual([expect.objectContaining({ cardId: 'no-cache', code: 'UNPRICED_USAGE' })]);
  });

  it('applies the workload service tier', () => {
    const { ranked } = compareCards({ requestsPerDay: 1, usage, serviceTier: 'batch' }, [dear]);
    expect(ranked[0]?.perRequest.amount).toBe('0.00795');
  });
});

describe('checkBudget', () => {
  it('finds the instant the limit is crossed at the current rate, exactly', () => {
    const status = checkBudget({
      spent: money('1500'),
      limit: money('3000'),
      from: '2026-11-01',
      to: '2026-12-01',
      asOf: '2026-11-13T00:00:00Z',
    });
    // $125 a day: $3,000 after 24 days.
    expect(status).toEqual({
      spent: money('1500'),
      limit: money('3000'),
      remaining: money('1500'),
      over: false,
      projected: money('3750'),
      crossesAt: '2026-11-25T00:00:00.000Z',
      crossesOn: '2026-11-25',
    });
  });

  it('says null when the rate does not reach the limit in the period, and over when it has', () => {
    const under = checkBudget({
      spent: money('1'),
      limit: money('3000'),
      from: '2026-11-01',
      to: '2026-12-01',
      asOf: '2026-11-02',
    });
    expect([under.crossesAt, under.projected.amount]).toEqual([null, '30']);
    const over = checkBudget({
      spent: money('10'),
      limit: money('5'),
      from: '2026-11-01',
      to: '2026-12-01',
      asOf: '2026-11-02',
    });
    expect([over.over, over.remaining.amount, over.crossesAt]).toEqual([
      true,
      '-5',
      '2026-11-01T12:00:00.000Z',
    ]);
  });

  it('refuses a period that is not in progress and mixed currencies', () => {
    expect(
      errorOf(
        () =>
          checkBudget({
            spent: money('1'),
            limit: money('2'),
            from: '2026-11-01',
            to: '2026-12-01',
            asOf: '2027-01-01',
          }),
        'INVALID_ARGUMENT',
      ).message,
    ).toContain('is not a period in progress');
    expect(
      errorOf(
        () =>
          checkBudget({
            spent: money('1'),
            limit: money('2', 'EUR'),
            from: '2026-11-01',
            to: '2026-12-01',
            asOf: '2026-11-02',
          }),
        'INVALID_ARGUMENT',
      ).message,
    ).toBe('spent is in USD and limit in EUR; give both in one currency.');
  });
});
