/**
 * Class 7: deep nesting and null-prototype objects in what readers walk give a typed error or a skipped
 * entry, never a RangeError or a TypeError.
 */
import { describe, expect, it } from 'vitest';
import { createPriceCard, createPriceTable, tableFromJSON, tableToJSON } from '../../src/index.js';
import {
  fromGenaiPrices,
  fromLiteLLM,
  fromModelsDev,
  fromOpenRouter,
} from '../../src/tables/adapters/index.js';
import { errorOf } from '../support/errors.js';

/** `levels` arrays (or objects under `key`) nested in one another, built without recursion. */
function nested(levels: number, key?: string): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = key === undefined ? [value] : { [key]: value };
  return value;
}

const bare = (fields: Record<string, unknown>) => Object.assign(Object.create(null), fields);

describe('deep and odd structures', () => {
  it('LiteLLM: a deeply nested search price is dropped, the model kept', () => {
    const { table, dropped } = fromLiteLLM({
      m: {
        litellm_provider: 'acme',
        mode: 'chat',
        input_cost_per_token: 1e-6,
        output_cost_per_token: 2e-6,
        search_context_cost_per_query: { low: nested(20_000), high: 0.01 },
      },
    });
    expect(table.cards).toHaveLength(1);
    expect(dropped.map((d) => d.field)).toContain('search_context_cost_per_query');
  });

  it('LiteLLM: null-prototype entries read like any other', () => {
    const { table } = fromLiteLLM(
      bare({
        m: bare({
          litellm_provider: 'acme',
          mode: 'chat',
          input_cost_per_token: 1e-6,
          output_cost_per_token: 2e-6,
        }),
      }),
    );
    expect(table.cards[0]?.inputPerMillion).toBe('1');
  });

  it('genai-prices: a deeply nested match rule and constraint skip or drop, never throw', () => {
    const { table, skipped, dropped } = fromGenaiPrices([
      {
        id: 'acme',
        models: [
          { id: 'a', match: nested(20_000, 'or'), prices: { input_mtok: 1, output_mtok: 2 } },
          {
            id: 'b',
            prices: [
              { constraint: { start_time: nested(20_000) }, prices: { input_mtok: 1, output_mtok: 2 } },
            ],
          },
        ],
      },
    ]);
    expect(table.cards.map((card) => card.id)).toEqual(['a']);
    expect(dropped.map((d) => [d.key, d.field])).toContainEqual(['acme/a', 'match']);
    expect(skipped.map((s) => [s.key, s.reason])).toEqual([['acme/b', 'unsupported-pricing']]);
  });

  it('OpenRouter and models.dev: nested junk in prices is a skipped entry', () => {
    const openrouter = fromOpenRouter({
      data: [{ id: 'a/b', pricing: { prompt: nested(20_000), completion: '1' } }],
    });
    expect(openrouter.skipped.map((s) => s.reason)).toEqual(['invalid-value']);
    const modelsdev = fromModelsDev({
      acme: { models: { m: { cost: { input: nested(20_000), output: 1 } } } },
    });
    expect(modelsdev.skipped.map((s) => s.reason)).toEqual(['invalid-value']);
  });

  it('tableFromJSON: layers nested thousands deep are refused with a typed error', () => {
    let json: unknown = { schemaVersion: 1, name: 'leaf', cards: [] };
    for (let i = 0; i < 5_000; i++) json = { schemaVersion: 1, name: `l${i}`, layers: [json] };
    expect(errorOf(() => tableFromJSON(json), 'INVALID_PRICE_TABLE').message).toContain(
      'nests layers more than 64 deep',
    );
  });

  it('bottom-up assumptions nested thousands deep are refused with a typed error', () => {
    const card = { id: 'b', provider: 'p', inputPerMillion: '1', outputPerMillion: '2' };
    const deep = { ...card, source: { kind: 'bottom-up', assumptions: { x: nested(5_000) } } };
    expect(errorOf(() => createPriceCard(deep as never), 'INVALID_PRICE_CARD').message).toContain(
      'nested at most 64 levels',
    );
    errorOf(() => tableFromJSON({ schemaVersion: 1, name: 't', cards: [deep] }), 'INVALID_PRICE_TABLE');
  });

  it('cyclic assumptions are refused, not walked forever', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const card = {
      id: 'b',
      provider: 'p',
      inputPerMillion: '1',
      outputPerMillion: '2',
      source: { kind: 'bottom-up', assumptions: cycle },
    };
    errorOf(() => createPriceCard(card as never), 'INVALID_PRICE_CARD');
  });

  it('a table whose layers contain itself is refused', () => {
    const fake: Record<string, unknown> = { kind: 'price-table', name: 'loop', cards: [] };
    fake.layers = [fake];
    errorOf(() => tableToJSON(fake as never), 'INVALID_PRICE_TABLE');
  });

  it('null-prototype cards and tables are read', () => {
    const table = createPriceTable([
      bare({ id: 'm', provider: 'p', inputPerMillion: '1', outputPerMillion: '2' }),
    ]);
    const clone = bare({ kind: 'price-table', name: 'clone', cards: table.cards, layers: [] });
    expect(tableToJSON(clone as never).cards).toEqual(table.cards);
  });
});
