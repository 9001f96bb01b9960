import { describe, expect, it } from 'vitest';
import {
  createPriceCard,
  createPriceTable,
  isTokenomicsError,
  type PriceCardInput,
} from '../../src/index.js';
import { errorOf } from '../support/errors.js';

const card = (change: Partial<PriceCardInput> = {}): PriceCardInput => ({
  id: 'model-a',
  provider: 'acme',
  inputPerMillion: '1',
  outputPerMillion: '2',
  ...change,
});

describe('createPriceTable', () => {
  it('validates every card and returns an immutable table', () => {
    const table = createPriceTable([card(), card({ id: 'model-b', inputPerMillion: 3 })], { name: 'mine' });
    expect(table.name).toBe('mine');
    expect(table.kind).toBe('price-table');
    expect(table.cards.map((c) => [c.id, c.inputPerMillion])).toEqual([
      ['model-a', '1'],
      ['model-b', '3'],
    ]);
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table.cards)).toBe(true);
    expect(table.layers).toEqual([]);
  });

  it('keeps cards that were already created', () => {
    const created = createPriceCard(card());
    expect(createPriceTable([created]).cards[0]).toBe(created);
  });

  it('rejects the whole table for one bad card, naming its index and id', () => {
    const error = errorOf(() =>
      createPriceTable([card(), card({ id: 'bad', outputPerMillion: '-3' })], { name: 'mine' }),
    );
    expect(isTokenomicsError(error, 'INVALID_PRICE_TABLE')).toBe(true);
    expect(error.message).toBe(
      'Price table "mine" entry 1 (id "bad") is invalid: Price card "bad" field "outputPerMillion" is "-3"; rates are non-negative decimal strings such as "2.50"; a negative price is never valid.',
    );
    expect(isTokenomicsError(error.cause, 'INVALID_PRICE_CARD')).toBe(true);
    expect(error.details).toMatchObject({ index: 1, field: 'outputPerMillion' });
  });

  it.each<[string, PriceCardInput[], string]>([
    [
      'duplicate ids of one provider',
      [card(), card({ outputPerMillion: '3' })],
      'Price table "price table" has two cards answering to "model-a" at the same time: "model-a" (acme) and "model-a" (acme); give them distinct ids or aliases, or non-overlapping effective dates or time windows.',
    ],
    [
      'ids that differ only in case',
      [card(), card({ id: 'MODEL-A' })],
      'Price table "price table" has two cards answering to "model-a" at the same time',
    ],
    [
      "an alias that is another card's id",
      [card(), card({ id: 'model-b', aliases: ['model-a'] })],
      'has two cards answering to "model-a" at the same time: "model-a" (acme) and "model-b" (acme)',
    ],
    [
      'overlapping effective dates',
      [card({ effective: { to: '2026-02-01' } }), card({ effective: { from: '2026-01-15' } })],
      '"model-a" (acme effective … to 2026-02-01) and "model-a" (acme effective 2026-01-15 to …)',
    ],
    [
      'overlapping time windows',
      [
        card({ timeOfDay: { fromUtc: '16:00', toUtc: '02:00' } }),
        card({ timeOfDay: { fromUtc: '01:00', toUtc: '03:00' } }),
      ],
      '"model-a" (acme 16:00-02:00 UTC) and "model-a" (acme 01:00-03:00 UTC)',
    ],
  ])('rejects %s', (_name, cards, message) => {
    const error = errorOf(() => createPriceTable(cards));
    expect(error.code).toBe('INVALID_PRICE_TABLE');
    expect(error.message).toContain(message);
  });

  it('accepts the same id from several providers, consecutive dates, and a window over an all-day card', () => {
    const table = createPriceTable([
      card(),
      card({ provider: 'other' }),
      card({ id: 'dated', effective: { to: '2026-02-01' } }),
      card({ id: 'dated', effective: { from: '2026-02-01' } }),
      card({ id: 'windowed' }),
      card({ id: 'windowed', timeOfDay: { fromUtc: '01:00', toUtc: '04:00', days: ['mon', 'tue'] } }),
      card({ id: 'windowed', timeOfDay: { fromUtc: '01:00', toUtc: '04:00', days: ['wed'] } }),
    ]);
    expect(table.cards).toHaveLength(7);
  });

  it('rejects __proto__-style ids and what is not a list', () => {
    expect(errorOf(() => createPriceTable([card({ id: '__proto__' })])).message).toContain(
      'field "id" is "__proto__"; this name is reserved and is not a model id.',
    );
    expect(errorOf(() => createPriceTable([card({ id: 'x', aliases: ['constructor'] })])).message).toContain(
      'field "aliases[0]" is "constructor"; this name is reserved and is not a model id.',
    );
    expect(errorOf(() => createPriceTable({} as never)).message).toBe(
      'Price table "price table" needs a list of cards, not {}; pass an array of price cards.',
    );
  });
});
