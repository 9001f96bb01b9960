import { describe, expect, it } from 'vitest';
import { createPriceCard, isTokenomicsError, type PriceCardInput } from '../../src/index.js';
import { errorOf } from '../support/errors.js';

const base: PriceCardInput = {
  id: 'model-a',
  provider: 'acme',
  inputPerMillion: '3',
  outputPerMillion: '15',
};

describe('createPriceCard', () => {
  it('returns a frozen card with canonical decimal strings and USD by default', () => {
    const card = createPriceCard({
      ...base,
      inputPerMillion: '3.00',
      cacheReadPerMillion: 0.3,
      outputPerMillion: 15,
      requestFee: '0.0100',
      aliases: ['model-a-2026-01-01'],
      tiers: [
        { abovePromptTokens: 500_000, inputPerMillion: '9' },
        { abovePromptTokens: 200_000, inputPerMillion: '6.0', outputPerMillion: '22.50' },
      ],
      serviceTiers: {
        batch: { multiplier: '0.50' },
        priority: { inputPerMillion: '6', outputPerMillion: '30' },
      },
      effective: { from: '2026-01-01', to: '2027-01-01' },
      source: { url: 'https://example.com/pricing', checkedAt: '2026-11-22' },
      contextWindow: 1_000_000,
    });
    expect(card).toEqual({
      id: 'model-a',
      provider: 'acme',
      currency: 'USD',
      inputPerMillion: '3',
      outputPerMillion: '15',
      cacheReadPerMillion: '0.3',
      requestFee: '0.01',
      aliases: ['model-a-2026-01-01'],
      tiers: [
        { abovePromptTokens: 200_000, inputPerMillion: '6', outputPerMillion: '22.5' },
        { abovePromptTokens: 500_000, inputPerMillion: '9' },
      ],
      serviceTiers: {
        batch: { multiplier: '0.5' },
        priority: { inputPerMillion: '6', outputPerMillion: '30' },
      },
      effective: { from: '2026-01-01', to: '2027-01-01' },
      source: { kind: 'published', url: 'https://example.com/pricing', checkedAt: '2026-11-22' },
      contextWindow: 1_000_000,
    });
    expect(Object.isFrozen(card)).toBe(true);
    expect(Object.isFrozen(card.tiers)).toBe(true);
    expect(Object.isFrozen(card.tiers?.[0])).toBe(true);
    expect(Object.isFrozen(card.serviceTiers?.batch)).toBe(true);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });

  it('returns a created card unchanged', () => {
    const card = createPriceCard(base);
    expect(createPriceCard(card)).toBe(card);
  });

  it('keeps "0" (free) apart from an absent (unknown) rate', () => {
    const card = createPriceCard({ ...base, cacheReadPerMillion: '0' });
    expect(card.cacheReadPerMillion).toBe('0');
    expect(card.cacheWritePerMillion).toBeUndefined();
    expect('cacheWritePerMillion' in card).toBe(false);
  });

  it.each<[string, Partial<Record<string, unknown>>, string]>([
    [
      'a negative rate',
      { outputPerMillion: '-1' },
      'Price card "model-a" field "outputPerMillion" is "-1"; rates are non-negative decimal strings such as "2.50"; a negative price is never valid.',
    ],
    [
      'a malformed rate',
      { inputPerMillion: '$3' },
      'Price card "model-a" field "inputPerMillion" is "$3"; rates are non-negative decimal strings such as "2.50".',
    ],
    [
      'a non-finite rate',
      { inputPerMillion: Number.POSITIVE_INFINITY },
      'Price card "model-a" field "inputPerMillion" is Infinity; rates are non-negative decimal strings such as "2.50".',
    ],
    [
      'a rate with spaces',
      { inputPerMillion: ' 3' },
      'Price card "model-a" field "inputPerMillion" is " 3"; rates are non-negative decimal strings such as "2.50".',
    ],
    [
      'a missing output rate',
      { outputPerMillion: undefined },
      'Price card "model-a" field "outputPerMillion" is undefined; every card needs input and output rates (write "0" if free).',
    ],
    [
      'a misspelled field',
      { cachedInputPerMillion: '1.25' },
      'Price card "model-a" field "cachedInputPerMillion" is "1.25"; it is not a price card field; did you mean "cacheReadPerMillion"? Remove it or rename it.',
    ],
    [
      'a bad currency',
      { currency: 'dollars' },
      'Price card "model-a" field "currency" is "dollars"; it must be a three-letter ISO 4217 code such as "USD".',
    ],
    [
      'a reserved id',
      { id: '__proto__' },
      'Price card "__proto__" field "id" is "__proto__"; this name is reserved and is not a model id.',
    ],
    [
      'an empty id',
      { id: '' },
      'Price card "" field "id" is ""; it must be a non-empty string without leading or trailing spaces.',
    ],
    [
      'a provider with a slash',
      { provider: 'open/ai' },
      'Price card "model-a" field "provider" is "open/ai"; a provider id has no spaces, "/" or ":", e.g. "openai".',
    ],
    [
      'a fractional tier threshold',
      { tiers: [{ abovePromptTokens: 1.5, inputPerMillion: '1' }] },
      'Price card "model-a" field "tiers[0].abovePromptTokens" is 1.5; it must be a positive whole number of tokens.',
    ],
    [
      'duplicate tier thresholds',
      {
        tiers: [
          { abovePromptTokens: 10, inputPerMillion: '1' },
          { abovePromptTokens: 10, outputPerMillion: '1' },
        ],
      },
      'Price card "model-a" field "tiers[1].abovePromptTokens" is 10; another tier has the same threshold; merge them.',
    ],
    [
      'a tier without rates',
      { tiers: [{ abovePromptTokens: 10 }] },
      'Price card "model-a" field "tiers[0]" is {"abovePromptTokens":10}; a context tier must name at least one rate.',
    ],
    [
      'an unknown service tier',
      { serviceTiers: { standard: { multiplier: '1' } } },
      'Price card "model-a" field "serviceTiers.standard" is {"multiplier":"1"}; service tiers are "batch", "flex", "priority" and "fast" (standard is the card).',
    ],
    [
      'a zero multiplier',
      { serviceTiers: { batch: { multiplier: '0' } } },
      'Price card "model-a" field "serviceTiers.batch.multiplier" is "0"; a multiplier must be above 0 and at most 1000.',
    ],
    [
      'a multiplier beside rates',
      { serviceTiers: { batch: { multiplier: '0.5', inputPerMillion: '1' } } },
      'Price card "model-a" field "serviceTiers.batch" is {"multiplier":"0.5","inputPerMillion":"1"}; give either { multiplier } or explicit rates, not both.',
    ],
    [
      'an impossible date',
      { effective: { from: '2026-02-30' } },
      'Price card "model-a" field "effective.from" is "2026-02-30"; it must be a UTC date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MMZ).',
    ],
    [
      'an empty date range',
      { effective: { from: '2026-02-01', to: '2026-02-01' } },
      'Price card "model-a" field "effective.to" is "2026-02-01"; it must be after effective.from (2026-02-01); "to" is exclusive.',
    ],
    [
      'a bad time window',
      { timeOfDay: { fromUtc: '16:30', toUtc: '24:30' } },
      'Price card "model-a" field "timeOfDay.toUtc" is "24:30"; it must be a UTC time written HH:MM, e.g. "16:30".',
    ],
    [
      'a source without a date',
      { source: { url: 'https://example.com' } },
      'Price card "model-a" field "source.checkedAt" is undefined; it must be a calendar date written YYYY-MM-DD.',
    ],
    [
      'a duplicated alias',
      { aliases: ['MODEL-A'] },
      'Price card "model-a" field "aliases[0]" is "MODEL-A"; it repeats the id or another alias (case-insensitively).',
    ],
    [
      'a zero context window',
      { contextWindow: 0 },
      'Price card "model-a" field "contextWindow" is 0; it must be a positive whole number of tokens.',
    ],
  ])('refuses %s with a message naming the field', (_name, change, message) => {
    const error = errorOf(() => createPriceCard({ ...base, ...change } as PriceCardInput));
    expect(error.message).toBe(message);
    expect(isTokenomicsError(error, 'INVALID_PRICE_CARD')).toBe(true);
  });

  it('refuses something that is not an object', () => {
    const error = errorOf(() => createPriceCard(null as never));
    expect(error.message).toBe('Price card (without an id) field "(card)" is null; it must be an object.');
  });

  it('accepts the three source kinds', () => {
    expect(
      createPriceCard({ ...base, source: { kind: 'imported', catalog: 'litellm', key: 'gpt-4o' } }).source,
    ).toEqual({
      kind: 'imported',
      catalog: 'litellm',
      key: 'gpt-4o',
    });
    const bottomUp = createPriceCard({
      ...base,
      source: { kind: 'bottom-up', assumptions: { hardware: 'h100-sxm', utilization: '0.6', gpus: [1, 2] } },
    });
    expect(bottomUp.source).toEqual({
      kind: 'bottom-up',
      assumptions: { hardware: 'h100-sxm', utilization: '0.6', gpus: [1, 2] },
    });
    expect(
      Object.isFrozen((bottomUp.source as unknown as { assumptions: { gpus: number[] } }).assumptions.gpus),
    ).toBe(true);
    expect(() =>
      createPriceCard({
        ...base,
        source: { kind: 'bottom-up', assumptions: { when: new Date(0) } },
      } as never),
    ).toThrowError('Price card "model-a" field "source.assumptions.when"');
  });
});
