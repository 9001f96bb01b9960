import { describe, expect, it } from 'vitest';
import { composeTables, createPriceTable, getCard, tableFromJSON, tableToJSON } from '../../src/index.js';

const table = createPriceTable(
  [
    {
      id: 'model-a',
      provider: 'acme',
      inputPerMillion: '1.25',
      outputPerMillion: '10',
      tiers: [{ abovePromptTokens: 200000, inputPerMillion: '2.5' }],
      serviceTiers: { batch: { multiplier: '0.5' } },
      effective: { from: '2025-06-10T16:00Z' },
      source: { url: 'https://example.com', checkedAt: '2026-11-22' },
    },
  ],
  { name: 'acme' },
);

describe('table JSON', () => {
  it('round-trips through JSON text with a schema version', () => {
    const text = JSON.stringify(tableToJSON(table));
    expect(JSON.parse(text).schemaVersion).toBe(1);
    const back = tableFromJSON(text);
    expect(back.cards).toEqual(table.cards);
    expect(back.name).toBe('acme');
    expect(getCard(back, 'model-a').tiers?.[0]?.inputPerMillion).toBe('2.5');
  });

  it('round-trips a composed table as its layers', () => {
    const other = createPriceTable(
      [{ id: 'model-a', provider: 'acme', inputPerMillion: '9', outputPerMillion: '9' }],
      { name: 'mine' },
    );
    const back = tableFromJSON(JSON.parse(JSON.stringify(tableToJSON(composeTables(other, table)))));
    expect(back.layers.map((layer) => layer.name)).toEqual(['mine', 'acme']);
    expect(getCard(back, 'model-a').inputPerMillion).toBe('9');
  });

  it.each<[string, unknown, string]>([
    ['text that is not JSON', '{ nope', 'Price table JSON does not parse'],
    [
      'another schema version',
      { schemaVersion: 2, cards: [] },
      'Price table JSON has schemaVersion 2; this version of tokenomics reads schemaVersion 1.',
    ],
    ['a list', [], 'Price table JSON is [], not an object with schemaVersion 1; write it with tableToJSON.'],
    [
      'no cards',
      { schemaVersion: 1, name: 'x' },
      'Price table JSON "x" has no "cards" list; write it with tableToJSON.',
    ],
    [
      'an invalid card',
      {
        schemaVersion: 1,
        name: 'x',
        cards: [{ id: 'a', provider: 'p', inputPerMillion: 'free', outputPerMillion: '1' }],
      },
      'Price table "x" entry 0 (id "a") is invalid: Price card "a" field "inputPerMillion" is "free"',
    ],
  ])('refuses %s', (_name, json, message) => {
    expect(() => tableFromJSON(json)).toThrowError(message);
  });
});
