/**
 * Reader for the genai-prices v2 feed (`data.json`): providers of models, USD per 1M tokens.
 *
 * @module
 */

import * as z from 'zod/mini';
import type {
  ContextTierInput,
  EffectiveRange,
  PriceCardInput,
  TimeOfDayWindow,
  TokenRateField,
} from '../../cards/types.js';
import { isRecord, MAX_DEPTH, own } from '../../internal/checks.js';
import { describeValue } from '../../internal/describe.js';
import type { ScaledDecimal } from '../../money/decimal.js';
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

/** genai-prices per-1M keys and the card rate each becomes. */
const TOKEN_KEYS: readonly (readonly [string, TokenRateField])[] = [
  ['input_mtok', 'inputPerMillion'],
  ['output_mtok', 'outputPerMillion'],
  ['cache_read_mtok', 'cacheReadPerMillion'],
  ['cache_write_mtok', 'cacheWritePerMillion'],
  ['cache_write_1h_mtok', 'cacheWrite1hPerMillion'],
  ['output_reasoning_mtok', 'reasoningPerMillion'],
  ['input_audio_mtok', 'audioInputPerMillion'],
  ['cache_audio_read_mtok', 'audioCacheReadPerMillion'],
  ['output_audio_mtok', 'audioOutputPerMillion'],
  ['input_image_mtok', 'imageInputPerMillion'],
  ['cache_image_read_mtok', 'imageCacheReadPerMillion'],
  ['output_image_mtok', 'imageOutputPerMillion'],
];

const Tiered = z.object({
  base: z.unknown(),
  tiers: z.array(z.object({ start: z.number(), price: z.unknown() })),
});
const Conditional = z.looseObject({
  constraint: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  prices: z.record(z.string(), z.unknown()),
});
const Model = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  match: z.optional(z.unknown()),
  context_window: z.optional(z.nullable(z.number())),
  prices: z.union([z.array(Conditional), z.record(z.string(), z.unknown())]),
});
const ProviderEntry = z.looseObject({ id: z.string(), models: z.array(z.unknown()) });

interface Priced {
  base: RateRecord;
  tiers: ContextTierInput[];
  requestFee?: string;
  webSearchPerThousand?: string;
}

/** Reads one `prices` object; `undefined` after reporting a problem. */
function readPrices(
  key: string,
  prices: Record<string, unknown>,
  report: Report,
  where: string,
): Priced | undefined {
  const base: RateRecord = {};
  const byStart = new Map<number, RateRecord>();
  const priced: Priced = { base, tiers: [] };
  for (const [name, value] of Object.entries(prices)) {
    const field = TOKEN_KEYS.find(([known]) => known === name)?.[1];
    if (field === undefined && name !== 'requests_kcount' && name !== 'web_searches_kcount') {
      report.drop(key, `${where}${name}`, 'no price-card field carries this kind of price');
      continue;
    }
    const tiered = Tiered.safeParse(value);
    if (tiered.success && field === undefined) {
      report.skip(
        key,
        'unsupported-pricing',
        `${where}${name} is tiered, which a per-request or per-search fee cannot be.`,
      );
      return undefined;
    }
    const plain = tiered.success ? tiered.data.base : value;
    const rate = report.rate(key, `${where}${name}`, plain);
    if (rate === undefined) return undefined;
    if (field === undefined) {
      // per 1,000 requests -> per request; per 1,000 searches is the card's own unit
      if (name === 'requests_kcount') priced.requestFee = shift(rate, -3);
      else priced.webSearchPerThousand = shift(rate, 0);
      continue;
    }
    base[field] = shift(rate, 0);
    if (!tiered.success) continue;
    for (const [index, tier] of tiered.data.tiers.entries()) {
      const tierRate = readDecimal(tier.price);
      if ('problem' in tierRate || !Number.isSafeInteger(tier.start) || tier.start < 1) {
        const problem = 'problem' in tierRate ? tierRate.problem : `start ${tier.start} is not a token count`;
        report.skip(key, 'invalid-value', `${where}${name}.tiers[${index}]: ${problem}.`);
        return undefined;
      }
      // genai-prices selects a tier when the prompt is greater than `start`: our abovePromptTokens.
      byStart.set(tier.start, {
        ...byStart.get(tier.start),
        [field]: shift(tierRate.value as ScaledDecimal, 0),
      });
    }
  }
  // A field without a tier at some threshold keeps its rate from the highest lower threshold (or the base).
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  let running: RateRecord = {};
  for (const start of starts) {
    running = { ...running, ...byStart.get(start) };
    priced.tiers.push({ abovePromptTokens: start, ...running });
  }
  return priced;
}

/**
 * The `equals` strings of a match rule made only of `equals` and `or`; other rules cannot be carried. The
 * rule is walked without recursion, at most `MAX_DEPTH` levels deep (deeper rules count as not carried).
 */
function equalsAliases(match: unknown): { aliases: string[]; fuzzy: boolean } {
  const aliases: string[] = [];
  let fuzzy = false;
  const pending: [unknown, number][] = [[match, 0]];
  while (pending.length > 0) {
    const [rule, depth] = pending.pop() as [unknown, number];
    if (!isRecord(rule)) continue;
    const equals = own(rule, 'equals');
    const or = own(rule, 'or');
    if (typeof equals === 'string') aliases.push(equals);
    else if (Array.isArray(or) && depth < MAX_DEPTH) {
      for (let i = or.length - 1; i >= 0; i--) pending.push([or[i], depth + 1]);
    } else fuzzy = true;
  }
  return { aliases, fuzzy };
}

function timeWindow(constraint: Record<string, unknown>): TimeOfDayWindow | undefined {
  const hhmm = (value: unknown) => {
    const match = typeof value === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?Z?$/.exec(value) : null;
    return match === null ? undefined : `${match[1]}:${match[2]}`;
  };
  const fromUtc = hhmm(constraint.start_time);
  const toUtc = hhmm(constraint.end_time);
  return fromUtc === undefined || toUtc === undefined || fromUtc === toUtc ? undefined : { fromUtc, toUtc };
}

/**
 * Reads the genai-prices v2 feed (parsed `data.json`) into a price table: one card per provider model,
 * with the provider's id. Prices are per 1M tokens (`*_mtok`), requests and web searches per 1,000. Tiered
 * prices `{ base, tiers: [{ start, price }] }` become context tiers strictly above `start`, as genai-prices
 * applies them; conditional prices become effective-dated cards (`start_date`) or UTC time-window cards
 * (`start_time`/`end_time`). Model matching rules are not carried except exact `equals` names, which become
 * aliases: tokenomics never matches by prefix or pattern. Models without input and output prices
 * (embeddings, free placeholders) are skipped; audio, image and video prices are listed in `dropped`.
 *
 * @throws `InvalidForeignCatalogError` (exported by `tokenomics`) when the document is not a list of providers.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { fromGenaiPrices } from 'tokenomics/adapters';
 * const { table } = fromGenaiPrices(await (await fetch(GENAI_PRICES_URL)).json());
 * getCard(table, 'o3', { provider: 'openai', at: '2025-06-01' }).inputPerMillion; // '10'
 * ```
 */
export function fromGenaiPrices(json: unknown, options?: ForeignCatalogOptions): ForeignCatalogResult {
  const settings = readerOptions(options, 'fromGenaiPrices');
  const providers = requireShape(
    Array.isArray(json),
    json as unknown[],
    'genai-prices',
    'a list of providers',
  );
  const report = new Report();
  const candidates: Candidate[] = [];
  for (const [index, value] of providers.entries()) {
    const entry = ProviderEntry.safeParse(value);
    const id = entry.success ? providerId(entry.data.id) : undefined;
    if (!entry.success || id === undefined) {
      const detail = entry.success
        ? `"${entry.data.id}" is not usable as a provider id`
        : issueText(entry.error);
      report.skip(
        `providers[${index}]`,
        'invalid-entry',
        `The provider does not read as a genai-prices provider: ${detail}.`,
      );
      continue;
    }
    for (const modelValue of entry.data.models) {
      const model = Model.safeParse(modelValue);
      const rawId = (modelValue as { id?: unknown })?.id;
      const key = `${id}/${typeof rawId === 'string' ? rawId : '?'}`;
      if (!model.success) {
        report.skip(
          key,
          'invalid-entry',
          `The model does not read as a genai-prices model: ${issueText(model.error)}.`,
        );
        continue;
      }
      candidates.push(...modelCards(key, id, model.data, settings, report));
    }
  }
  return report.result(buildTable(candidates, report, settings.name ?? 'genai-prices'));
}

function modelCards(
  key: string,
  provider: string,
  model: z.infer<typeof Model>,
  options: ForeignCatalogOptions,
  report: Report,
): Candidate[] {
  const { aliases, fuzzy } = equalsAliases(model.match);
  if (fuzzy)
    report.drop(
      key,
      'match',
      'prefix, substring and pattern rules are not carried; look the model up by its id or an exact alias',
    );
  const common: Omit<PriceCardInput, 'inputPerMillion' | 'outputPerMillion'> & { aliases?: string[] } = {
    id: model.id,
    provider,
    ...(model.name === undefined || model.name.trim().length === 0 ? {} : { name: model.name.trim() }),
    ...(aliases.length === 0 ? {} : { aliases }),
    ...(tokenCount(model.context_window) === undefined
      ? {}
      : { contextWindow: model.context_window as number }),
    source: {
      kind: 'imported',
      catalog: 'genai-prices',
      key,
      ...(options.url === undefined ? {} : { url: options.url }),
    },
  };
  const variants: {
    prices: Record<string, unknown>;
    effective?: EffectiveRange;
    timeOfDay?: TimeOfDayWindow;
    where: string;
  }[] = [];
  if (Array.isArray(model.prices)) {
    const conditions = model.prices.map((entry) => entry.constraint ?? undefined);
    const dated = conditions.filter((c) => c !== undefined && 'start_date' in c);
    const timed = conditions.filter((c) => c !== undefined && ('start_time' in c || 'end_time' in c));
    if (dated.length > 0 && timed.length > 0) {
      report.skip(key, 'unsupported-pricing', 'The prices mix start-date and time-of-day constraints.');
      return [];
    }
    const starts = model.prices.map((entry) => entry.constraint?.start_date);
    for (const [index, entry] of model.prices.entries()) {
      const where = `prices[${index}].`;
      const constraint = entry.constraint ?? undefined;
      if (constraint === undefined) {
        const next = starts.filter((s): s is string => typeof s === 'string').sort()[0];
        variants.push({
          prices: entry.prices,
          ...(next === undefined ? {} : { effective: { to: next } }),
          where,
        });
      } else if (typeof constraint.start_date === 'string') {
        const from = constraint.start_date;
        const next = starts.filter((s): s is string => typeof s === 'string' && s > from).sort()[0];
        variants.push({
          prices: entry.prices,
          effective: next === undefined ? { from } : { from, to: next },
          where,
        });
      } else {
        const window = timeWindow(constraint);
        if (window === undefined) {
          report.skip(
            key,
            'unsupported-pricing',
            `${where}constraint ${describeValue(constraint)} is not a UTC time window or a start date.`,
          );
          return [];
        }
        variants.push({ prices: entry.prices, timeOfDay: window, where });
      }
    }
  } else {
    variants.push({ prices: model.prices, where: 'prices.' });
  }
  const cards: Candidate[] = [];
  for (const variant of variants) {
    const priced = readPrices(key, variant.prices, report, variant.where);
    if (priced === undefined) return [];
    const { inputPerMillion, outputPerMillion } = priced.base;
    if (inputPerMillion === undefined || outputPerMillion === undefined) {
      report.skip(
        key,
        'missing-rate',
        `${variant.where.slice(0, -1)} has no ${inputPerMillion === undefined ? 'input_mtok' : 'output_mtok'}; unknown is not zero.`,
      );
      return [];
    }
    cards.push({
      key,
      card: {
        ...common,
        ...priced.base,
        inputPerMillion,
        outputPerMillion,
        ...(priced.tiers.length === 0 ? {} : { tiers: priced.tiers }),
        ...(priced.requestFee === undefined ? {} : { requestFee: priced.requestFee }),
        ...(priced.webSearchPerThousand === undefined
          ? {}
          : { webSearchPerThousand: priced.webSearchPerThousand }),
        ...(variant.effective === undefined ? {} : { effective: variant.effective }),
        ...(variant.timeOfDay === undefined ? {} : { timeOfDay: variant.timeOfDay }),
      },
    });
  }
  return cards;
}
