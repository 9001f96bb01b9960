/**
 * Reader for LiteLLM's `model_prices_and_context_window.json`: USD per token as JSON numbers.
 *
 * @module
 */

import * as z from 'zod/mini';
import type {
  ContextTierInput,
  PriceCardInput,
  ServiceTierPricingInput,
  TokenRateField,
} from '../../cards/types.js';
import { describeValue } from '../../internal/describe.js';
import {
  buildTable,
  type Candidate,
  type ForeignCatalogOptions,
  type ForeignCatalogResult,
  issueText,
  providerId,
  type RateRecord,
  Report,
  readDecimal,
  readerOptions,
  requireShape,
  shift,
  tokenCount,
} from './common.js';

/** LiteLLM modes whose entries are priced per token like a chat model. */
const TOKEN_MODES = new Set(['chat', 'completion', 'responses', 'embedding']);

/** LiteLLM per-token fields and the card rate each becomes (per 1M tokens). */
const RATE_FIELDS: readonly (readonly [string, TokenRateField])[] = [
  ['input_cost_per_token', 'inputPerMillion'],
  ['output_cost_per_token', 'outputPerMillion'],
  ['cache_read_input_token_cost', 'cacheReadPerMillion'],
  ['cache_creation_input_token_cost', 'cacheWritePerMillion'],
  ['cache_creation_input_token_cost_above_1hr', 'cacheWrite1hPerMillion'],
  ['output_cost_per_reasoning_token', 'reasoningPerMillion'],
  ['input_cost_per_audio_token', 'audioInputPerMillion'],
  ['cache_read_input_audio_token_cost', 'audioCacheReadPerMillion'],
  ['output_cost_per_audio_token', 'audioOutputPerMillion'],
  ['input_cost_per_image_token', 'imageInputPerMillion'],
  ['output_cost_per_image_token', 'imageOutputPerMillion'],
];

const ABOVE_PATTERN = /^(.+)_above_(\d+)k_tokens$/;
const SERVICE_SUFFIXES = [
  ['_batches', 'batch'],
  ['_flex', 'flex'],
  ['_priority', 'priority'],
] as const;
/** Fields that are metadata, not prices: never reported as dropped. */
const METADATA =
  /^(litellm_provider|mode|max_(input_|output_)?tokens|supports_.*|supported_.*|source|metadata|deprecation_date|comment|rpm|tpm|tool_use_system_prompt_tokens|output_vector_size|provider_specific_entry|prompt_cache_min_tokens|regional_processing_.*|rules|use_openai_responses_path|uses_embed_content|gemini_.*|audio_transcription_config|web_search_billing_unit|bedrock_.*|.*_config)$/;

const Entry = z.looseObject({
  litellm_provider: z.optional(z.string()),
  mode: z.optional(z.string()),
  max_input_tokens: z.optional(z.nullable(z.unknown())),
  max_output_tokens: z.optional(z.nullable(z.unknown())),
});

const TieredPricing = z.array(
  z.looseObject({
    range: z.array(z.number()),
    input_cost_per_token: z.optional(z.number()),
    output_cost_per_token: z.optional(z.number()),
  }),
);

interface Parsed {
  base: RateRecord;
  tiers: Map<number, RateRecord>;
  services: Map<'batch' | 'flex' | 'priority', { base: RateRecord; tiers: Map<number, RateRecord> }>;
}

/** Splits a LiteLLM price key into (rate field, tier threshold, service tier), or `undefined`. */
function classify(
  key: string,
): { field: TokenRateField; above?: number; service?: 'batch' | 'flex' | 'priority' } | undefined {
  let rest = key;
  let service: 'batch' | 'flex' | 'priority' | undefined;
  for (const [suffix, name] of SERVICE_SUFFIXES) {
    if (rest.endsWith(suffix)) {
      rest = rest.slice(0, -suffix.length);
      service = name;
      break;
    }
  }
  let above: number | undefined;
  const tier = ABOVE_PATTERN.exec(rest);
  if (tier !== null) {
    rest = tier[1] as string;
    above = Number(tier[2]) * 1000;
  }
  const field = RATE_FIELDS.find(([name]) => name === rest)?.[1];
  if (field === undefined) return undefined;
  return { field, ...(above === undefined ? {} : { above }), ...(service === undefined ? {} : { service }) };
}

function parseRates(key: string, entry: Record<string, unknown>, report: Report): Parsed | undefined {
  const parsed: Parsed = { base: {}, tiers: new Map(), services: new Map() };
  for (const [name, value] of Object.entries(entry)) {
    if (METADATA.test(name) || name === 'tiered_pricing') continue;
    const slot = classify(name);
    if (slot === undefined) {
      if (name === 'input_cost_per_token_cache_hit') continue; // same meaning as cache_read_input_token_cost
      if (name === 'search_context_cost_per_query' || name === 'input_cost_per_request') continue; // read below
      if (/cost|price/.test(name)) report.drop(key, name, 'no price-card field carries this kind of price');
      continue;
    }
    const rate = report.rate(key, `Field "${name}"`, value);
    if (rate === undefined) return undefined;
    const perMillion = shift(rate, 6);
    let target: { base: RateRecord; tiers: Map<number, RateRecord> } = parsed;
    if (slot.service !== undefined) {
      target = parsed.services.get(slot.service) ?? { base: {}, tiers: new Map() };
      parsed.services.set(slot.service, target);
    }
    if (slot.above === undefined) target.base[slot.field] = perMillion;
    else {
      const tier = target.tiers.get(slot.above) ?? {};
      tier[slot.field] = perMillion;
      target.tiers.set(slot.above, tier);
    }
  }
  if (parsed.base.cacheReadPerMillion === undefined && entry.input_cost_per_token_cache_hit !== undefined) {
    const hit = readDecimal(entry.input_cost_per_token_cache_hit);
    if ('value' in hit) parsed.base.cacheReadPerMillion = shift(hit.value, 6);
  }
  return parsed;
}

function tiersOf(map: Map<number, RateRecord>): ContextTierInput[] {
  return [...map.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([above, rates]) => ({ abovePromptTokens: above, ...rates }));
}

/** `tiered_pricing: [{ range: [from, to], input_cost_per_token, output_cost_per_token }]` as base and cliffs. */
function readTieredPricing(key: string, value: unknown, parsed: Parsed, report: Report): boolean {
  const checked = TieredPricing.safeParse(value);
  if (!checked.success) {
    report.skip(
      key,
      'invalid-entry',
      `tiered_pricing is not a list of { range, input_cost_per_token, output_cost_per_token }: ${issueText(checked.error)}.`,
    );
    return false;
  }
  const ranges = [...checked.data].sort((a, b) => (a.range[0] ?? 0) - (b.range[0] ?? 0));
  for (const [index, range] of ranges.entries()) {
    const rates: RateRecord = {};
    for (const [name, field] of [
      ['input_cost_per_token', 'inputPerMillion'],
      ['output_cost_per_token', 'outputPerMillion'],
    ] as const) {
      const value = range[name];
      if (value === undefined) continue;
      const rate = report.rate(key, `tiered_pricing[${index}].${name}`, value);
      if (rate === undefined) return false;
      rates[field] = shift(rate, 6);
    }
    const start = range.range[0] ?? 0;
    if (index === 0 && start === 0) Object.assign(parsed.base, rates);
    else if (Number.isSafeInteger(start) && start > 0)
      parsed.tiers.set(start, { ...parsed.tiers.get(start), ...rates });
    else {
      report.skip(
        key,
        'unsupported-pricing',
        `tiered_pricing[${index}].range starts at ${start}, not a token count.`,
      );
      return false;
    }
  }
  return true;
}

/**
 * Reads LiteLLM's cost map (`model_prices_and_context_window.json`, parsed) into a price table. Per-token
 * JSON numbers are read through their shortest decimal form and scaled by 10^6 exactly (`3e-06` per token
 * is `"3"` per million). Maps cache reads and writes (1-hour writes from `*_above_1hr`), reasoning,
 * `*_above_<N>k_tokens` long-context tiers (strictly above N×1000 prompt tokens), `*_batches`, `*_flex` and
 * `*_priority` service tiers, `tiered_pricing` ranges, per-request fees and a single per-query web-search
 * price. Each card's provider is the entry's `litellm_provider`; its id is the map key, as LiteLLM users
 * pass it. Entries that are not token-priced models are skipped with a reason; prices a card cannot carry
 * (per image, per second, audio...) are listed in `dropped`.
 *
 * @throws `InvalidForeignCatalogError` (exported by `tokenomics`) when the document is not an object of entries.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { fromLiteLLM } from 'tokenomics/adapters';
 * const { table, skipped } = fromLiteLLM(await (await fetch(LITELLM_URL)).json());
 * getCard(table, 'claude-sonnet-4-5').inputPerMillion; // '3'
 * ```
 */
export function fromLiteLLM(json: unknown, options?: ForeignCatalogOptions): ForeignCatalogResult {
  const settings = readerOptions(options, 'fromLiteLLM');
  const root = requireShape(
    typeof json === 'object' && json !== null && !Array.isArray(json),
    json as Record<string, unknown>,
    'LiteLLM',
    'an object of model entries',
  );
  const report = new Report();
  const candidates: Candidate[] = [];
  for (const [key, value] of Object.entries(root)) {
    if (key === 'sample_spec') {
      report.skip(key, 'not-a-model', 'LiteLLM documents its entry format under this key.');
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      report.skip(key, 'not-a-model', `The entry is ${describeValue(value)}, not a model entry.`);
      continue;
    }
    const checked = Entry.safeParse(value);
    if (!checked.success) {
      report.skip(
        key,
        'invalid-entry',
        `The entry does not read as a LiteLLM model: ${issueText(checked.error)}.`,
      );
      continue;
    }
    const entry = checked.data;
    const raw = value as Record<string, unknown>;
    if (entry.litellm_provider === undefined) {
      report.skip(key, 'not-a-model', 'The entry has no litellm_provider.');
      continue;
    }
    const provider = providerId(entry.litellm_provider);
    if (provider === undefined) {
      report.skip(
        key,
        'invalid-entry',
        `litellm_provider ${describeValue(entry.litellm_provider)} is not a provider id.`,
      );
      continue;
    }
    if (entry.mode !== undefined && !TOKEN_MODES.has(entry.mode)) {
      report.skip(key, 'unsupported-mode', `Mode "${entry.mode}" is not priced per token.`);
      continue;
    }
    const parsed = parseRates(key, raw, report);
    if (parsed === undefined) continue;
    if (raw.tiered_pricing !== undefined && !readTieredPricing(key, raw.tiered_pricing, parsed, report))
      continue;
    if (parsed.base.inputPerMillion === undefined || parsed.base.outputPerMillion === undefined) {
      const missing =
        parsed.base.inputPerMillion === undefined ? 'input_cost_per_token' : 'output_cost_per_token';
      report.skip(key, 'missing-rate', `The entry has no ${missing}; unknown is not zero.`);
      continue;
    }
    const card: { -readonly [K in keyof PriceCardInput]: PriceCardInput[K] } = {
      id: key,
      provider,
      inputPerMillion: parsed.base.inputPerMillion,
      outputPerMillion: parsed.base.outputPerMillion,
      ...parsed.base,
      source: {
        kind: 'imported',
        catalog: 'litellm',
        key,
        ...(settings.url === undefined ? {} : { url: settings.url }),
      },
    };
    if (parsed.tiers.size > 0) card.tiers = tiersOf(parsed.tiers);
    const services: { [K in 'batch' | 'flex' | 'priority']?: ServiceTierPricingInput } = {};
    for (const [name, service] of parsed.services) {
      services[name] =
        service.tiers.size > 0 ? { ...service.base, tiers: tiersOf(service.tiers) } : service.base;
    }
    if (Object.keys(services).length > 0) card.serviceTiers = services;
    readFees(key, raw, card, report);
    const context = tokenCount(entry.max_input_tokens);
    if (context !== undefined) card.contextWindow = context;
    const maxOutput = tokenCount(entry.max_output_tokens);
    if (maxOutput !== undefined) card.maxOutputTokens = maxOutput;
    candidates.push({ key, card });
  }
  return report.result(buildTable(candidates, report, settings.name ?? 'litellm'));
}

function readFees(
  key: string,
  raw: Record<string, unknown>,
  card: { -readonly [K in keyof PriceCardInput]: PriceCardInput[K] },
  report: Report,
): void {
  if (raw.input_cost_per_request !== undefined) {
    const fee = readDecimal(raw.input_cost_per_request);
    if ('value' in fee) card.requestFee = shift(fee.value, 0);
    else report.drop(key, 'input_cost_per_request', fee.problem);
  }
  const search = raw.search_context_cost_per_query;
  if (search === undefined) return;
  const values =
    typeof search === 'object' && search !== null
      ? Object.values(search as Record<string, unknown>)
      : [search];
  const distinct = new Set(values.map((value) => describeValue(value)));
  const first = readDecimal(values[0]);
  if (distinct.size === 1 && 'value' in first) card.webSearchPerThousand = shift(first.value, 3);
  else
    report.drop(
      key,
      'search_context_cost_per_query',
      'search prices differ by context size, which a card cannot carry',
    );
}
