import { describe, expect, it } from 'vitest';
import {
  composeTables,
  createPriceTable,
  findCard,
  getCard,
  isTokenomicsError,
  listCards,
  type PriceCardInput,
} from '../../src/index.js';

const base = { inputPerMillion: '1', outputPerMillion: '2' };
const table = createPriceTable(
  [
    { id: 'gpt-4o', provider: 'openai', aliases: ['gpt-4o-2024-08-06'], ...base },
    { id: 'gpt-4o-mini', provider: 'openai', ...base },
    { id: 'o3', provider: 'openai', ...base, inputPerMillion: '10', effective: { to: '2025-06-10' } },
    { id: 'o3', provider: 'openai', ...base, inputPerMillion: '2', effective: { from: '2025-06-10' } },
    { id: 'shared-model', provider: 'host-a', ...base },
    { id: 'shared-model', provider: 'host-b', ...base, inputPerMillion: '5' },
    { id: 'chat', provider: 'deep', ...base, inputPerMillion: '0.27' },
    {
      id: 'chat',
      provider: 'deep',
      ...base,
      inputPerMillion: '0.135',
      timeOfDay: { fromUtc: '16:30', toUtc: '00:30' },
    },
    {
      id: 'flash',
      provider: 'deep',
      ...base,
      inputPerMillion: '0.15',
      effective: { from: '2026-08-16T16:00Z' },
    },
    ...(['01:00', '06:00'] as const).map(
      (fromUtc): PriceCardInput => ({
        id: 'flash',
        provider: 'deep',
        ...base,
        inputPerMillion: '0.3',
        effective: { from: '2026-08-16T16:00Z' },
        timeOfDay: {
          fromUtc,
          toUtc: fromUtc === '01:00' ? '04:00' : '10:00',
          days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        },
      }),
    ),
  ],
  { name: 'test' },
);

describe('findCard and getCard', () => {
  it('match exact ids, declared aliases, any case, and provider-qualified forms', () => {
    for (const query of [
      'gpt-4o',
      'GPT-4o',
      'gpt-4o-2024-08-06',
      'openai/gpt-4o',
      'openai:gpt-4o',
      'OpenAI/GPT-4O-2024-08-06',
    ]) {
      expect(findCard(table, query)?.id).toBe('gpt-4o');
    }
  });

  it('never match fuzzily, by prefix or by substring', () => {
    for (const query of [
      'gpt-4',
      'gpt-4o-2024-11-20',
      'gpt4o',
      'gpt-4o ',
      'openai/gpt',
      'anthropic/gpt-4o',
    ]) {
      expect(findCard(table, query)).toBeUndefined();
    }
  });

  it('picks the effective-dated card in force at `at` (from inclusive, to exclusive)', () => {
    expect(getCard(table, 'o3', { at: '2025-06-09T23:59:59Z' }).inputPerMillion).toBe('10');
    expect(getCard(table, 'o3', { at: '2025-06-10' }).inputPerMillion).toBe('2');
    expect(getCard(table, 'o3', { at: new Date('2030-01-01') }).inputPerMillion).toBe('2');
    expect(getCard(table, 'o3', { at: Date.UTC(2025, 0, 1) }).inputPerMillion).toBe('10');
  });

  it('picks a daily UTC window over the all-day card, wrapping midnight', () => {
    const at = (time: string) => getCard(table, 'chat', { at: `2025-05-01T${time}Z` }).inputPerMillion;
    expect([at('16:29'), at('16:30'), at('23:59'), at('00:29'), at('00:30'), at('12:00')]).toEqual([
      '0.27',
      '0.135',
      '0.135',
      '0.135',
      '0.27',
      '0.27',
    ]);
  });

  it('honours weekday windows and date-time effective bounds', () => {
    const at = (iso: string) => findCard(table, 'flash', { at: iso })?.inputPerMillion;
    expect(at('2026-11-23T02:00Z')).toBe('0.3'); // Monday, peak
    expect(at('2026-11-23T05:00Z')).toBe('0.15'); // Monday, between the two peak windows
    expect(at('2026-11-27T09:59Z')).toBe('0.3'); // Friday
    expect(at('2026-11-28T02:00Z')).toBe('0.15'); // Saturday
    expect(at('2026-08-16T15:59Z')).toBeUndefined(); // before the 16:00 UTC start
    expect(at('2026-08-16T16:00Z')).toBe('0.15');
  });

  it('reports ambiguity across providers instead of picking one', () => {
    try {
      findCard(table, 'shared-model');
      expect.unreachable();
    } catch (error) {
      expect(isTokenomicsError(error, 'AMBIGUOUS_MODEL')).toBe(true);
      expect((error as Error).message).toBe(
        'Model "shared-model" is priced by several providers in price table "test": host-a, host-b; pass { provider } or a qualified id such as "host-a/shared-model".',
      );
    }
    expect(getCard(table, 'shared-model', { provider: 'HOST-B' }).inputPerMillion).toBe('5');
    expect(getCard(table, 'host-b/shared-model').inputPerMillion).toBe('5');
    expect(findCard(table, 'gpt-4o', { provider: 'anthropic' })).toBeUndefined();
  });

  it("prefers an id over another card's qualified form of the same provider, but not of another", () => {
    const prefixed = createPriceTable([
      { id: 'computer-use', provider: 'azure', ...base },
      { id: 'azure/computer-use', provider: 'azure', ...base, inputPerMillion: '9' },
      { id: 'openai/gpt-4o', provider: 'openrouter', ...base, inputPerMillion: '3' },
      { id: 'gpt-4o', provider: 'openai', ...base },
    ]);
    expect(getCard(prefixed, 'azure/computer-use').inputPerMillion).toBe('9');
    expect(() => getCard(prefixed, 'openai/gpt-4o')).toThrowError('is priced by several providers');
    expect(getCard(prefixed, 'openai/gpt-4o', { provider: 'openrouter' }).inputPerMillion).toBe('3');
    expect(getCard(prefixed, 'openai/gpt-4o', { provider: 'openai' }).inputPerMillion).toBe('1');
  });

  it('throws UnknownModelError with up to three close suggestions', () => {
    try {
      getCard(table, 'gpt-4-o');
      expect.unreachable();
    } catch (error) {
      expect(isTokenomicsError(error, 'UNKNOWN_MODEL')).toBe(true);
      expect((error as Error).message).toBe(
        'Model "gpt-4-o" is not in price table "test"; pass a known id or add a card for it. Did you mean "gpt-4o"?',
      );
      expect((error as { details: { suggestions: string[] } }).details.suggestions).toEqual(['gpt-4o']);
    }
    // Only close ids are suggested, at most three, closest first.
    expect(() => getCard(table, 'gpt-4o-min')).toThrowError('Did you mean "gpt-4o-mini", "gpt-4o"?');
    expect(() => getCard(table, 'llama-3.3-70b')).toThrowError(
      'Model "llama-3.3-70b" is not in price table "test"; pass a known id or add a card for it.',
    );
    expect(() => getCard(table, 'o3', { at: '2025-06-01', provider: 'anthropic' })).toThrowError(
      'Model "o3" is not in price table "test" for provider "anthropic" at 2025-06-01; pass a known id or add a card for it.',
    );
  });

  it('refuses bad arguments', () => {
    expect(() => findCard(table, '')).toThrowError('Model id "" is not a non-empty string');
    expect(() => findCard(table, 'o3', { at: 'yesterday' })).toThrowError(
      'Instant "yesterday" is not a valid instant; pass a Date, epoch milliseconds, or an ISO 8601 date such as "2025-06-10" or "2025-06-10T16:45:00Z" (a date-time without an offset is UTC).',
    );
    expect(() => findCard({ kind: 'nope' } as never, 'o3')).toThrowError('is not a price table');
  });
});

describe('composeTables', () => {
  const mine = createPriceTable(
    [{ id: 'gpt-4o', provider: 'openai', inputPerMillion: '2', outputPerMillion: '8' }],
    { name: 'mine' },
  );
  const prices = composeTables(mine, table);

  it('lets the first table that knows a model win', () => {
    expect(getCard(prices, 'gpt-4o').inputPerMillion).toBe('2');
    expect(getCard(prices, 'GPT-4o-2024-08-06').inputPerMillion).toBe('1'); // only the second table has that alias
    expect(getCard(prices, 'gpt-4o-mini').inputPerMillion).toBe('1');
    expect(prices.name).toBe('mine > test');
  });

  it('falls through when the first table has no card in force at that date', () => {
    const dated = createPriceTable([
      { id: 'o3', provider: 'openai', ...base, inputPerMillion: '1.5', effective: { from: '2026-01-01' } },
    ]);
    const layered = composeTables(dated, table);
    expect(getCard(layered, 'o3', { at: '2026-06-01' }).inputPerMillion).toBe('1.5');
    expect(getCard(layered, 'o3', { at: '2025-01-01' }).inputPerMillion).toBe('10');
  });

  it('lists the cards of every layer, leaving out shadowed ones', () => {
    const listed = listCards(prices, { provider: 'openai', at: '2026-01-01' });
    expect(listed.map((c) => [c.id, c.inputPerMillion])).toEqual([
      ['gpt-4o', '2'],
      ['gpt-4o-mini', '1'],
      ['o3', '2'],
    ]);
  });

  it('refuses what is not a table', () => {
    expect(() => composeTables()).toThrowError('composeTables needs at least one table');
    expect(() => composeTables(mine, [] as never)).toThrowError(
      'composeTables argument 1 is [], not a price table',
    );
  });
});

describe('listCards', () => {
  it('filters by provider and by the instant', () => {
    // At a weekday peak hour the peak window card is the one in force, not the all-day off-peak card.
    expect(
      listCards(table, { provider: 'deep', at: '2026-11-23T02:00Z' }).map((c) => [c.id, c.inputPerMillion]),
    ).toEqual([
      ['chat', '0.27'],
      ['flash', '0.3'],
    ]);
    expect(
      listCards(table, { provider: 'deep', at: '2026-11-22T17:00Z' }).map((c) => [c.id, c.inputPerMillion]),
    ).toEqual([
      ['chat', '0.135'],
      ['flash', '0.15'],
    ]);
    expect(listCards(table)).toHaveLength(table.cards.length);
  });
});
