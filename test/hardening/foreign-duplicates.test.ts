/**
 * Class 2: one duplicate must not discard a whole foreign catalog. Each reader skips the duplicate
 * (reported in `skipped` with reason 'duplicate') and keeps the rest.
 */
import { describe, expect, it } from 'vitest';
import { getCard } from '../../src/index.js';
import { fromGenaiPrices, fromLiteLLM, fromOpenRouter } from '../../src/tables/adapters/index.js';

const model = (id: string, prompt: string) => ({ id, pricing: { prompt, completion: '0.00001' } });

describe('readers keep a catalog whole around a duplicate', () => {
  it('OpenRouter: the same id twice keeps the first and reports the second', () => {
    const { table, skipped } = fromOpenRouter({
      data: [model('a/one', '0.000001'), model('a/one', '0.000009'), model('b/two', '0.000002')],
    });
    expect(table.cards.map((card) => card.id)).toEqual(['a/one', 'b/two']);
    expect(getCard(table, 'a/one').inputPerMillion).toBe('1');
    expect(skipped).toEqual([expect.objectContaining({ key: 'a/one', reason: 'duplicate' })]);
  });

  const genai = (prices: unknown) => [
    {
      id: 'acme',
      models: [
        { id: 'kept', prices: { input_mtok: 1, output_mtok: 2 } },
        { id: 'model', prices },
      ],
    },
  ];

  it('genai-prices: a repeated start_date keeps the first card of that date and every other card', () => {
    const { table, skipped } = fromGenaiPrices(
      genai([
        { prices: { input_mtok: 1, output_mtok: 2 } },
        { constraint: { start_date: '2025-01-01' }, prices: { input_mtok: 3, output_mtok: 4 } },
        { constraint: { start_date: '2025-01-01' }, prices: { input_mtok: 5, output_mtok: 6 } },
      ]),
    );
    expect(getCard(table, 'model', { at: '2024-06-01' }).inputPerMillion).toBe('1');
    expect(getCard(table, 'model', { at: '2025-06-01' }).inputPerMillion).toBe('3');
    expect(getCard(table, 'kept').inputPerMillion).toBe('1');
    expect(skipped.map((entry) => [entry.key, entry.reason])).toEqual([['acme/model', 'duplicate']]);
  });

  it('genai-prices: two unconditional prices keep the first', () => {
    const { table, skipped } = fromGenaiPrices(
      genai([{ prices: { input_mtok: 1, output_mtok: 2 } }, { prices: { input_mtok: 7, output_mtok: 8 } }]),
    );
    expect(getCard(table, 'model').inputPerMillion).toBe('1');
    expect(skipped.map((entry) => entry.reason)).toEqual(['duplicate']);
  });

  it('genai-prices: overlapping time windows keep the first window', () => {
    const { table, skipped } = fromGenaiPrices(
      genai([
        { constraint: { start_time: '01:00', end_time: '05:00' }, prices: { input_mtok: 1, output_mtok: 2 } },
        { constraint: { start_time: '04:00', end_time: '08:00' }, prices: { input_mtok: 3, output_mtok: 4 } },
      ]),
    );
    expect(getCard(table, 'model', { at: '2025-01-01T04:30Z' }).inputPerMillion).toBe('1');
    expect(skipped.map((entry) => entry.reason)).toEqual(['duplicate']);
  });

  it('LiteLLM: an entry whose id another provider-key already holds is skipped, not fatal', () => {
    const entry = {
      litellm_provider: 'acme',
      mode: 'chat',
      input_cost_per_token: 1e-6,
      output_cost_per_token: 2e-6,
    };
    const { table, skipped } = fromLiteLLM({ 'Model-X': entry, 'model-x': entry, other: entry });
    expect(table.cards.map((card) => card.id)).toEqual(['Model-X', 'other']);
    expect(skipped.map((item) => [item.key, item.reason])).toEqual([['model-x', 'duplicate']]);
  });
});
