import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  estimateCost,
  getCard,
  isTokenomicsError,
  type PriceCard,
  type PriceTable,
  TOKEN_RATE_FIELDS,
} from '../../../src/index.js';
import {
  type ForeignCatalogResult,
  fromGenaiPrices,
  fromLiteLLM,
  fromModelsDev,
  fromOpenRouter,
} from '../../../src/tables/adapters/index.js';

/** The real catalogs other tools publish; present in CI and the team's workspace, absent from a user's clone. */
const FOREIGN = fileURLToPath(new URL('../../../../shared/data/foreign/', import.meta.url));
const available = existsSync(FOREIGN);
if (!available)
  console.warn(
    `Foreign-catalog conformance tests skipped: ${FOREIGN} is absent (it ships with the team workspace, not the repository).`,
  );

const read = (path: string) => JSON.parse(readFileSync(join(FOREIGN, path), 'utf8'));

function reasons(result: ForeignCatalogResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const skip of result.skipped) counts[skip.reason] = (counts[skip.reason] ?? 0) + 1;
  return counts;
}

/** Every rate of every card, tier and explicit service tier. */
function allRates(card: PriceCard): string[] {
  const rates: string[] = [];
  const collect = (record: Record<string, unknown>) => {
    for (const field of [...TOKEN_RATE_FIELDS, 'requestFee', 'webSearchPerThousand', 'multiplier'] as const) {
      const value = record[field];
      if (typeof value === 'string') rates.push(value);
    }
  };
  collect(card as unknown as Record<string, unknown>);
  for (const tier of card.tiers ?? []) collect(tier as unknown as Record<string, unknown>);
  for (const service of Object.values(card.serviceTiers ?? {})) {
    collect(service as unknown as Record<string, unknown>);
    for (const tier of ('tiers' in service ? service.tiers : undefined) ?? [])
      collect(tier as unknown as Record<string, unknown>);
  }
  return rates;
}

function checkInvariants(table: PriceTable) {
  for (const card of table.cards) {
    for (const rate of allRates(card)) {
      expect(rate, card.id).toMatch(/^(0|[1-9]\d*)(\.\d*[1-9])?$|^0\.\d*[1-9]$/);
    }
    // Every card prices a plain request; the only acceptable failures are typed (a rate the card lacks).
    try {
      estimateCost({ inputTokens: 1000, outputTokens: 100 }, card);
    } catch (error) {
      expect(isTokenomicsError(error), `${card.provider}/${card.id}: ${String(error)}`).toBe(true);
    }
  }
}

describe.skipIf(!available)('readers on the real foreign catalogs', () => {
  it('LiteLLM (2026-07-24 mirror)', () => {
    const result = fromLiteLLM(read('litellm/model_prices_and_context_window.json'));
    expect(result.table.cards).toHaveLength(2403);
    expect(reasons(result)).toEqual({
      'not-a-model': 3,
      'unsupported-mode': 444,
      'missing-rate': 134,
      duplicate: 1,
    });
    // 220 prices no card field carries (per image, per second of audio, per-size search prices...); audio and
    // image token prices are carried. 31 float artefacts read as their intended decimals.
    expect(result.dropped).toHaveLength(220);
    expect(result.adjusted).toHaveLength(31);
    expect(result.adjusted[0]).toEqual({
      key: 'databricks/databricks-claude-3-7-sonnet',
      field: 'Field "input_cost_per_token"',
      from: '0.0000029999900000000002',
      to: '0.00000299999',
    });
    expect(getCard(result.table, 'gpt-5.4')).toEqual({
      id: 'gpt-5.4',
      provider: 'openai',
      currency: 'USD',
      inputPerMillion: '2.5',
      outputPerMillion: '15',
      cacheReadPerMillion: '0.25',
      tiers: [
        {
          abovePromptTokens: 272000,
          inputPerMillion: '5',
          outputPerMillion: '22.5',
          cacheReadPerMillion: '0.5',
        },
      ],
      serviceTiers: {
        flex: { inputPerMillion: '1.25', outputPerMillion: '7.5', cacheReadPerMillion: '0.13' },
        priority: { inputPerMillion: '5', outputPerMillion: '30', cacheReadPerMillion: '0.5' },
        batch: { inputPerMillion: '1.25', outputPerMillion: '7.5' },
      },
      source: { kind: 'imported', catalog: 'litellm', key: 'gpt-5.4' },
      contextWindow: 1050000,
      maxOutputTokens: 128000,
    });
    expect(getCard(result.table, 'deepseek/deepseek-chat').cacheReadPerMillion).toBe('0.028');
    checkInvariants(result.table);
  });

  it('OpenRouter (2026-05-15 models response)', () => {
    const result = fromOpenRouter(read('openrouter/models_2026-05-15.json'));
    expect(result.table.cards).toHaveLength(361);
    expect(reasons(result)).toEqual({ 'unknown-price': 3 });
    expect(result.skipped.map((s) => s.key).sort()).toEqual([
      'openrouter/auto',
      'openrouter/bodybuilder',
      'openrouter/pareto-code',
    ]);
    expect(getCard(result.table, 'anthropic/claude-opus-4.7-fast')).toMatchObject({
      provider: 'openrouter',
      inputPerMillion: '30',
      outputPerMillion: '150',
      cacheReadPerMillion: '3',
      cacheWritePerMillion: '37.5',
      webSearchPerThousand: '10',
    });
    checkInvariants(result.table);
  });

  it('models.dev (2026-06-13 snapshot)', () => {
    const result = fromModelsDev(read('models.dev/api.json'));
    expect(result.table.cards).toHaveLength(4886);
    expect(reasons(result)).toEqual({ 'missing-rate': 372 });
    expect(result.adjusted).toHaveLength(145);
    expect(result.adjusted).toContainEqual({
      key: 'amazon-bedrock/google.gemma-3-12b-it',
      field: 'cost.input',
      from: '0.049999999999999996',
      to: '0.05',
    });
    expect(getCard(result.table, 'claude-opus-4-7', { provider: 'anthropic' })).toMatchObject({
      inputPerMillion: '5',
      outputPerMillion: '25',
      cacheReadPerMillion: '0.5',
      cacheWritePerMillion: '6.25',
      contextWindow: 1000000,
    });
    checkInvariants(result.table);
  });

  it('genai-prices (2026-08-21 feed)', () => {
    const result = fromGenaiPrices(read('genai-prices/v2_data.json'));
    expect(result.table.cards).toHaveLength(1285);
    expect(reasons(result)).toEqual({ 'missing-rate': 196 });
    expect(result.dropped).toHaveLength(182);
    expect(result.adjusted).toHaveLength(7);
    expect(getCard(result.table, 'o3', { provider: 'openai', at: '2025-06-09' }).inputPerMillion).toBe('10');
    expect(getCard(result.table, 'o3', { provider: 'openai', at: '2025-06-10' }).inputPerMillion).toBe('2');
    expect(getCard(result.table, 'claude-sonnet-4-5', { provider: 'anthropic' }).tiers?.[0]).toEqual({
      abovePromptTokens: 200000,
      inputPerMillion: '6',
      outputPerMillion: '22.5',
      cacheReadPerMillion: '0.6',
      cacheWritePerMillion: '7.5',
      cacheWrite1hPerMillion: '12',
    });
    checkInvariants(result.table);
  });
});
