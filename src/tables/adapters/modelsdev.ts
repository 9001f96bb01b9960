/**
 * Reader for the models.dev catalog (`api.json`): providers of models, USD per 1M tokens.
 *
 * @module
 */

import * as z from 'zod/mini';
import type { ContextTierInput, PriceCardInput, TokenRateField } from '../../cards/types.js';
import {
  buildTable,
  type Candidate,
  type ForeignCatalogOptions,
  type ForeignCatalogResult,
  issueText,
  providerId,
  type RateRecord,
  Report,
  readerOptions,
  requireShape,
  shift,
  tokenCount,
} from './common.js';

/** models.dev cost keys (per 1M tokens) and the card rate each becomes. */
const COST_KEYS: readonly (readonly [string, TokenRateField])[] = [
  ['input', 'inputPerMillion'],
  ['output', 'outputPerMillion'],
  ['cache_read', 'cacheReadPerMillion'],
  ['cache_write', 'cacheWritePerMillion'],
  ['reasoning', 'reasoningPerMillion'],
  ['input_audio', 'audioInputPerMillion'],
  ['output_audio', 'audioOutputPerMillion'],
];
const STRUCTURE_KEYS = new Set(['tiers', 'tier']);
const LEGACY_TIER = /^context_over_(\d+)k$/;

const Provider = z.looseObject({ models: z.record(z.string(), z.unknown()) });
const Model = z.looseObject({
  name: z.optional(z.string()),
  cost: z.optional(z.record(z.string(), z.unknown())),
  limit: z.optional(z.looseObject({ context: z.optional(z.number()), output: z.optional(z.number()) })),
});
const Tier = z.looseObject({ tier: z.looseObject({ type: z.optional(z.string()), size: z.number() }) });

/** Rates of one cost object; `undefined` after reporting a problem. */
function rates(
  key: string,
  cost: Record<string, unknown>,
  report: Report,
  where: string,
): RateRecord | undefined {
  const out: RateRecord = {};
  for (const [name, value] of Object.entries(cost)) {
    const field = COST_KEYS.find(([known]) => known === name)?.[1];
    if (field === undefined) {
      if (!STRUCTURE_KEYS.has(name) && !LEGACY_TIER.test(name)) {
        report.drop(key, `${where}${name}`, 'no price-card field carries this kind of price');
      }
      continue;
    }
    const rate = report.rate(key, `${where}${name}`, value);
    if (rate === undefined) return undefined;
    out[field] = shift(rate, 0);
  }
  return out;
}

/**
 * Reads the models.dev catalog (parsed `api.json`) into a price table: one card per provider model, with
 * that provider's id and the model's key as id. Prices are per 1M tokens already. Long-context prices come
 * from `cost.tiers` or, when a model has no `tiers`, from the older `context_over_<N>k` field. Both are read
 * as applying to prompts strictly above their size (N×1000 for the older field): models.dev derives
 * `context_over_200k` from the same tiers, and the sizes it records are the providers' "more than N tokens"
 * thresholds (Anthropic and Google at 200K, OpenAI at 272K). Models without a cost are skipped; audio
 * prices are listed in `dropped`.
 *
 * @throws `InvalidForeignCatalogError` (exported by `tokenomics`) when the document is not an object of providers.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { fromModelsDev } from 'tokenomics/adapters';
 * const { table } = fromModelsDev(await (await fetch('https://models.dev/api.json')).json());
 * getCard(table, 'anthropic/claude-opus-4-7').outputPerMillion;
 * ```
 */
export function fromModelsDev(json: unknown, options?: ForeignCatalogOptions): ForeignCatalogResult {
  const settings = readerOptions(options, 'fromModelsDev');
  const root = requireShape(
    typeof json === 'object' && json !== null && !Array.isArray(json),
    json as Record<string, unknown>,
    'models.dev',
    'an object of providers',
  );
  const report = new Report();
  const candidates: Candidate[] = [];
  for (const [providerKey, value] of Object.entries(root)) {
    const provider = Provider.safeParse(value);
    const id = providerId(providerKey);
    if (!provider.success || id === undefined) {
      const detail = provider.success
        ? `"${providerKey}" is not usable as a provider id`
        : issueText(provider.error);
      report.skip(
        providerKey,
        'invalid-entry',
        `The provider does not read as a models.dev provider: ${detail}.`,
      );
      continue;
    }
    for (const [modelKey, modelValue] of Object.entries(provider.data.models)) {
      const key = `${providerKey}/${modelKey}`;
      const model = Model.safeParse(modelValue);
      if (!model.success) {
        report.skip(
          key,
          'invalid-entry',
          `The model does not read as a models.dev model: ${issueText(model.error)}.`,
        );
        continue;
      }
      const card = modelCard(key, id, modelKey, model.data, settings, report);
      if (card !== undefined) candidates.push({ key, card });
    }
  }
  return report.result(buildTable(candidates, report, settings.name ?? 'models.dev'));
}

function modelCard(
  key: string,
  provider: string,
  modelKey: string,
  model: z.infer<typeof Model>,
  options: ForeignCatalogOptions,
  report: Report,
): PriceCardInput | undefined {
  if (model.cost === undefined) {
    report.skip(key, 'missing-rate', 'The model has no cost; unknown is not zero.');
    return undefined;
  }
  const base = rates(key, model.cost, report, 'cost.');
  if (base === undefined) return undefined;
  if (base.inputPerMillion === undefined || base.outputPerMillion === undefined) {
    report.skip(
      key,
      'missing-rate',
      `The model's cost has no ${base.inputPerMillion === undefined ? 'input' : 'output'} price; unknown is not zero.`,
    );
    return undefined;
  }
  const tiers = readTiers(key, model.cost, report);
  if (tiers === undefined) return undefined;
  const card: { -readonly [K in keyof PriceCardInput]: PriceCardInput[K] } = {
    id: modelKey,
    provider,
    ...base,
    inputPerMillion: base.inputPerMillion,
    outputPerMillion: base.outputPerMillion,
    source: {
      kind: 'imported',
      catalog: 'models.dev',
      key,
      ...(options.url === undefined ? {} : { url: options.url }),
    },
  };
  if (tiers.length > 0) card.tiers = tiers;
  if (model.name !== undefined && model.name.trim().length > 0) card.name = model.name.trim();
  const context = tokenCount(model.limit?.context);
  if (context !== undefined) card.contextWindow = context;
  const output = tokenCount(model.limit?.output);
  if (output !== undefined) card.maxOutputTokens = output;
  return card;
}

function readTiers(
  key: string,
  cost: Record<string, unknown>,
  report: Report,
): ContextTierInput[] | undefined {
  const tiers: ContextTierInput[] = [];
  if (Array.isArray(cost.tiers)) {
    for (const [index, value] of cost.tiers.entries()) {
      const tier = Tier.safeParse(value);
      if (!tier.success || (tier.data.tier.type !== undefined && tier.data.tier.type !== 'context')) {
        const detail = tier.success
          ? `tier type "${tier.data.tier.type}" is not a context size`
          : issueText(tier.error);
        report.skip(key, 'unsupported-pricing', `cost.tiers[${index}]: ${detail}.`);
        return undefined;
      }
      const size = tier.data.tier.size;
      if (!Number.isSafeInteger(size) || size < 1) {
        report.skip(key, 'invalid-value', `cost.tiers[${index}].tier.size is ${size}, not a token count.`);
        return undefined;
      }
      const tierRates = rates(key, tier.data as Record<string, unknown>, report, `cost.tiers[${index}].`);
      if (tierRates === undefined) return undefined;
      tiers.push({ abovePromptTokens: size, ...tierRates });
    }
    return tiers;
  }
  for (const [name, value] of Object.entries(cost)) {
    const match = LEGACY_TIER.exec(name);
    if (match === null) continue;
    if (typeof value !== 'object' || value === null) {
      report.skip(key, 'invalid-value', `cost.${name} is not an object of prices.`);
      return undefined;
    }
    const tierRates = rates(key, value as Record<string, unknown>, report, `cost.${name}.`);
    if (tierRates === undefined) return undefined;
    tiers.push({ abovePromptTokens: Number(match[1]) * 1000, ...tierRates });
  }
  return tiers;
}
