/**
 * Reader for OpenRouter's `GET /api/v1/models` response: USD per token as decimal strings.
 *
 * @module
 */

import * as z from 'zod/mini';
import type { ContextTierInput, PriceCardInput, TimeOfDayWindow, TokenRateField } from '../../cards/types.js';
import { describeValue } from '../../internal/describe.js';
import type { ScaledDecimal } from '../../money/decimal.js';
import {
  buildTable,
  type Candidate,
  type ForeignCatalogOptions,
  type ForeignCatalogResult,
  issueText,
  type RateRecord,
  Report,
  readDecimal,
  readerOptions,
  requireShape,
  shift,
  times,
  tokenCount,
} from './common.js';

/** OpenRouter per-token price keys and the card rate each becomes. */
const TOKEN_KEYS: readonly (readonly [string, TokenRateField])[] = [
  ['prompt', 'inputPerMillion'],
  ['completion', 'outputPerMillion'],
  ['input_cache_read', 'cacheReadPerMillion'],
  ['input_cache_write', 'cacheWritePerMillion'],
  ['input_cache_write_1h', 'cacheWrite1hPerMillion'],
  ['internal_reasoning', 'reasoningPerMillion'],
  ['audio', 'audioInputPerMillion'],
];
/** Price keys a card cannot carry, with why (reported in `dropped`, never guessed). */
const DROPPED_KEYS: ReadonlyMap<string, string> = new Map([
  [
    'image',
    'OpenRouter has written this as a price per image in some feeds and per image token in others, so it is not read',
  ],
]);
const FEE_KEYS = new Set(['request', 'web_search']);
const CONDITION_KEYS = new Set(['min_prompt_tokens', 'utc_start', 'utc_end']);
const NOT_PRICES = new Set(['overrides', 'discount']);
/** OpenRouter's "price is dynamic or unknown" sentinel. */
const SENTINEL = '-1';

const Model = z.looseObject({
  id: z.string(),
  canonical_slug: z.optional(z.nullable(z.string())),
  name: z.optional(z.string()),
  context_length: z.optional(z.nullable(z.number())),
  pricing: z.record(z.string(), z.unknown()),
  top_provider: z.optional(
    z.nullable(z.looseObject({ max_completion_tokens: z.optional(z.nullable(z.number())) })),
  ),
});

type Prices = Record<string, unknown>;

function isSentinel(value: unknown): boolean {
  return value === SENTINEL || value === -1;
}

/** Token rates of one price object, per 1M tokens (× (1 − discount)); `undefined` after reporting a problem. */
function tokenRates(
  key: string,
  prices: Prices,
  factor: ScaledDecimal,
  report: Report,
  where: string,
): RateRecord | undefined {
  const rates: RateRecord = {};
  for (const [name, field] of TOKEN_KEYS) {
    const value = prices[name];
    if (value === undefined || value === null || value === '') continue;
    if (isSentinel(value)) {
      if (name === 'prompt' || name === 'completion') {
        report.skip(
          key,
          'unknown-price',
          `${where}${name} is "-1", OpenRouter's marker for a dynamic or unknown price (a router, not a model).`,
        );
        return undefined;
      }
      report.drop(key, `${where}${name}`, 'it is "-1" (unknown), so the rate is left unknown');
      continue;
    }
    const rate = report.rate(key, `${where}${name}`, value);
    if (rate === undefined) return undefined;
    rates[field] = shift(times(rate, factor), 6);
  }
  return rates;
}

function utcTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?Z?$/.exec(value);
  return match === null ? undefined : `${match[1]}:${match[2]}`;
}

/**
 * Reads an OpenRouter models response (`{ data: [...] }`, parsed) into a price table. Per-token decimal
 * strings are scaled by 10^6 exactly. `"-1"` is OpenRouter's marker for a dynamic or unknown price: such a
 * model is skipped, never given a negative rate. A `discount` multiplies every price by (1 − discount).
 * Pricing `overrides` become cards' context tiers (`min_prompt_tokens` applies when the prompt reaches it, so
 * the tier starts strictly above `min_prompt_tokens − 1`; later overrides win per price key, as OpenRouter
 * documents) and UTC time windows (`utc_start`/`utc_end`). Cards are provider `openrouter`, with OpenRouter's
 * model ids (`anthropic/claude-sonnet-4.5`), and the `canonical_slug` as an alias.
 *
 * @throws `InvalidForeignCatalogError` (exported by `tokenomics`) when the document is not `{ data: [...] }`.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { fromOpenRouter } from 'tokenomics/adapters';
 * const { table, skipped } = fromOpenRouter(await (await fetch('https://openrouter.ai/api/v1/models')).json());
 * getCard(table, 'openai/gpt-4o').inputPerMillion;
 * skipped.filter((s) => s.reason === 'unknown-price'); // the router pseudo-models
 * ```
 */
export function fromOpenRouter(json: unknown, options?: ForeignCatalogOptions): ForeignCatalogResult {
  const settings = readerOptions(options, 'fromOpenRouter');
  const root = json as { data?: unknown };
  requireShape(
    typeof json === 'object' && json !== null && Array.isArray(root.data),
    json,
    'OpenRouter',
    'a models response with a "data" list',
  );
  const report = new Report();
  const candidates: Candidate[] = [];
  for (const [index, value] of (root.data as unknown[]).entries()) {
    const checked = Model.safeParse(value);
    const key =
      typeof (value as { id?: unknown })?.id === 'string' ? (value as { id: string }).id : `data[${index}]`;
    if (!checked.success) {
      report.skip(
        key,
        'invalid-entry',
        `The entry does not read as an OpenRouter model: ${issueText(checked.error)}.`,
      );
      continue;
    }
    const model = checked.data;
    candidates.push(...modelCards(key, model, settings, report));
  }
  return report.result(buildTable(candidates, report, settings.name ?? 'openrouter'));
}

function modelCards(
  key: string,
  model: z.infer<typeof Model>,
  options: ForeignCatalogOptions,
  report: Report,
): Candidate[] {
  const pricing = model.pricing;
  let factor: ScaledDecimal = { units: 1n, scale: 0 };
  if (pricing.discount !== undefined && pricing.discount !== null && pricing.discount !== 0) {
    const discount = readDecimal(pricing.discount);
    if ('problem' in discount || discount.value.units >= 10n ** BigInt(discount.value.scale)) {
      report.skip(
        key,
        'invalid-value',
        `discount ${describeValue(pricing.discount)} is not a fraction from 0 to 1.`,
      );
      return [];
    }
    factor = {
      units: 10n ** BigInt(discount.value.scale) - discount.value.units,
      scale: discount.value.scale,
    };
  }
  const base = tokenRates(key, pricing, factor, report, '');
  if (base === undefined) return [];
  if (base.inputPerMillion === undefined || base.outputPerMillion === undefined) {
    report.skip(key, 'missing-rate', 'The model has no prompt or completion price; unknown is not zero.');
    return [];
  }
  for (const [name, value] of Object.entries(pricing)) {
    if (TOKEN_KEYS.some(([known]) => known === name) || FEE_KEYS.has(name) || NOT_PRICES.has(name)) continue;
    if (value !== undefined && value !== null && value !== '0' && value !== 0 && !isSentinel(value)) {
      report.drop(
        key,
        `pricing.${name}`,
        DROPPED_KEYS.get(name) ?? 'no price-card field carries this kind of price',
      );
    }
  }
  const card: { -readonly [K in keyof PriceCardInput]: PriceCardInput[K] } = {
    id: model.id,
    provider: 'openrouter',
    ...base,
    inputPerMillion: base.inputPerMillion,
    outputPerMillion: base.outputPerMillion,
    source: {
      kind: 'imported',
      catalog: 'openrouter',
      key,
      ...(options.url === undefined ? {} : { url: options.url }),
    },
  };
  if (model.name !== undefined && model.name.trim().length > 0) card.name = model.name.trim();
  if (typeof model.canonical_slug === 'string' && model.canonical_slug !== model.id)
    card.aliases = [model.canonical_slug];
  const context = tokenCount(model.context_length);
  if (context !== undefined) card.contextWindow = context;
  const maxOutput = tokenCount(model.top_provider?.max_completion_tokens);
  if (maxOutput !== undefined) card.maxOutputTokens = maxOutput;
  for (const [name, power] of [
    ['request', 0],
    ['web_search', 3],
  ] as const) {
    const value = pricing[name];
    if (value === undefined || value === null || isSentinel(value)) continue;
    const fee = readDecimal(value);
    if ('problem' in fee) {
      report.drop(key, `pricing.${name}`, fee.problem);
      continue;
    }
    if (name === 'request' && fee.value.units === 0n) continue;
    card[name === 'request' ? 'requestFee' : 'webSearchPerThousand'] = shift(times(fee.value, factor), power);
  }
  const overrides = pricing.overrides;
  if (overrides === undefined || overrides === null) return [{ key, card }];
  if (!Array.isArray(overrides)) {
    report.skip(key, 'invalid-entry', 'pricing.overrides is not a list.');
    return [];
  }
  return withOverrides(key, card, overrides as unknown[], factor, report);
}

/** Turns OpenRouter's conditional overrides into tiers and time-windowed cards. */
function withOverrides(
  key: string,
  card: PriceCardInput,
  overrides: readonly unknown[],
  factor: ScaledDecimal,
  report: Report,
): Candidate[] {
  interface Override {
    min: number;
    window: TimeOfDayWindow | undefined;
    rates: RateRecord;
  }
  const parsed: Override[] = [];
  for (const [index, raw] of overrides.entries()) {
    if (typeof raw !== 'object' || raw === null) {
      report.skip(key, 'invalid-entry', `pricing.overrides[${index}] is not an object.`);
      return [];
    }
    const entry = raw as Prices;
    for (const name of Object.keys(entry)) {
      const why = DROPPED_KEYS.get(name);
      if (why !== undefined) report.drop(key, `pricing.overrides[${index}].${name}`, why);
    }
    const unknownCondition = Object.keys(entry).find(
      (name) =>
        !CONDITION_KEYS.has(name) && !DROPPED_KEYS.has(name) && !TOKEN_KEYS.some(([known]) => known === name),
    );
    if (unknownCondition !== undefined) {
      report.skip(
        key,
        'unsupported-pricing',
        `pricing.overrides[${index}] has "${unknownCondition}", which a card cannot carry.`,
      );
      return [];
    }
    const rates = tokenRates(key, entry, factor, report, `pricing.overrides[${index}].`);
    if (rates === undefined) return [];
    const min = entry.min_prompt_tokens === undefined ? 0 : entry.min_prompt_tokens;
    if (typeof min !== 'number' || !Number.isSafeInteger(min) || min < 0) {
      report.skip(
        key,
        'invalid-value',
        `pricing.overrides[${index}].min_prompt_tokens is ${describeValue(min)}.`,
      );
      return [];
    }
    let window: TimeOfDayWindow | undefined;
    if (entry.utc_start !== undefined || entry.utc_end !== undefined) {
      const fromUtc = utcTime(entry.utc_start);
      const toUtc = utcTime(entry.utc_end);
      if (fromUtc === undefined || toUtc === undefined || fromUtc === toUtc) {
        report.skip(
          key,
          'unsupported-pricing',
          `pricing.overrides[${index}] has a time window that is not HH:MM to HH:MM UTC.`,
        );
        return [];
      }
      window = { fromUtc, toUtc };
    }
    parsed.push({ min, window, rates });
  }
  const windows = [
    ...new Map(
      parsed.filter((o) => o.window).map((o) => [`${o.window?.fromUtc}-${o.window?.toUtc}`, o.window]),
    ).values(),
  ];
  const variants: (TimeOfDayWindow | undefined)[] = [undefined, ...windows];
  return variants.map((window) => {
    // The overrides in force under this window (or with none), in document order: later ones win per key.
    const applicable = parsed.filter(
      (o) =>
        o.window === undefined ||
        (window !== undefined && o.window.fromUtc === window.fromUtc && o.window.toUtc === window.toUtc),
    );
    const atStart = mergeRates(applicable.filter((o) => o.min <= 1));
    const thresholds = [...new Set(applicable.map((o) => o.min).filter((min) => min > 1))].sort(
      (a, b) => a - b,
    );
    const tiers: ContextTierInput[] = thresholds.map((threshold) => ({
      abovePromptTokens: threshold - 1,
      ...mergeRates(applicable.filter((o) => o.min <= threshold)),
    }));
    const variant: PriceCardInput = {
      ...card,
      ...atStart,
      ...(tiers.length === 0 ? {} : { tiers }),
      ...(window === undefined ? {} : { timeOfDay: window }),
    };
    return { key, card: variant };
  });
}

/** Merges override rates in document order: a later override wins per key. */
function mergeRates(overrides: readonly { readonly rates: RateRecord }[]): RateRecord {
  const merged: RateRecord = {};
  for (const override of overrides) Object.assign(merged, override.rates);
  return merged;
}
