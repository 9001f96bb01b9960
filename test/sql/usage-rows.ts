/**
 * Seeded usage rows for the SQL tests, spread over what pricing can meet: every card of a table under
 * its ids, aliases, qualified and gateway spellings, at instants inside and outside its effective dates
 * and daily windows, long-context thresholds, cache reads and writes, audio and images, aggregated rows,
 * web searches, every service tier, and rows that are wrong in each way the library refuses. The expected
 * answer of each row is what `getCard` + `estimateCost` say.
 */
import {
  estimateCost,
  getCard,
  isTokenomicsError,
  listCards,
  type PriceCard,
  type PriceTable,
  type Usage,
} from '../../src/index.js';
import { VENDOR_PREFIXES } from '../../src/tables/lookup.js';

/** One usage row, column by column (`null` is SQL NULL). */
export interface UsageRow {
  readonly row_id: number;
  readonly model: string | null;
  readonly provider: string | null;
  /** ISO 8601 UTC with milliseconds, or null (the script's `at`). */
  readonly at: string | null;
  readonly input_tokens: number | null;
  readonly output_tokens: number | null;
  readonly cache_read_tokens: number | null;
  readonly cache_write_tokens: number | null;
  readonly cache_write_1h_tokens: number | null;
  readonly reasoning_tokens: number | null;
  readonly audio_input_tokens: number | null;
  readonly audio_cache_read_tokens: number | null;
  readonly audio_output_tokens: number | null;
  readonly image_input_tokens: number | null;
  readonly image_cache_read_tokens: number | null;
  readonly image_output_tokens: number | null;
  readonly requests: number | null;
  readonly web_searches: number | null;
  readonly service_tier: string | null;
}

/** What the library says of a row: a cost, or an error code and reason. */
export interface Expected {
  readonly cost: string | null;
  readonly currency: string | null;
  readonly cardId: string | null;
  readonly contextTier: number | null;
  readonly serviceTier: string | null;
  readonly code: string | null;
  readonly reason: string | null;
}

/** mulberry32: small, seeded, good enough to spread rows. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const TIERS = ['standard', 'batch', 'flex', 'priority', 'fast'];
const DAY_MS = 86_400_000;
const FROM_MS = Date.UTC(2023, 0, 1);
const TO_MS = Date.UTC(2026, 11, 31);

/** Rows of usage over a table's cards, the same for the same seed. */
export function usageRows(table: PriceTable, count: number, seed = 1): UsageRow[] {
  const next = random(seed);
  const int = (max: number) => Math.floor(next() * (max + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number) => next() < p;
  const cards = listCards(table);
  const prefixesOf = new Map<string, string[]>();
  for (const [prefix, provider] of VENDOR_PREFIXES) {
    prefixesOf.set(provider, [...(prefixesOf.get(provider) ?? []), prefix]);
  }
  const thresholds = [
    ...new Set(cards.flatMap((card) => (card.tiers ?? []).map((t) => t.abovePromptTokens))),
  ];

  const spelling = (card: PriceCard): string => {
    const names = [card.id, ...(card.aliases ?? [])];
    const name = pick(names);
    const roll = next();
    if (roll < 0.5) return name;
    if (roll < 0.6) return name.toUpperCase();
    if (roll < 0.7) return `${card.provider}/${name}`;
    if (roll < 0.75) return `${card.provider}:${name}`;
    const prefixes = prefixesOf.get(card.provider.toLowerCase()) ?? [];
    if (roll < 0.88 && prefixes.length > 0) return `${pick(prefixes)}/${name}`;
    if (roll < 0.94) return `models/${name}`;
    if (prefixes.length > 0) return `${pick(prefixes)}/models/${name}`;
    return name;
  };

  const instant = (card: PriceCard): string | null => {
    if (chance(0.05)) return null;
    let time: number;
    const from = card.effective?.from === undefined ? undefined : Date.parse(card.effective.from);
    const to = card.effective?.to === undefined ? undefined : Date.parse(card.effective.to);
    const roll = next();
    if (roll < 0.1 && from !== undefined) time = from - int(2) * 1000;
    else if (roll < 0.2 && to !== undefined) time = to - 1 + int(2);
    else if (roll < 0.8 && (from !== undefined || to !== undefined)) {
      const start = from ?? (to as number) - 400 * DAY_MS;
      const end = to ?? Math.max(start + DAY_MS, TO_MS);
      time = start + Math.floor(next() * (end - start));
    } else if (roll < 0.82) time = -int(5) * DAY_MS - int(DAY_MS);
    else time = FROM_MS + Math.floor(next() * (TO_MS - FROM_MS));
    return new Date(time).toISOString();
  };

  const promptTokens = (): number => {
    const roll = next();
    if (roll < 0.5) return int(20_000);
    if (roll < 0.7 && thresholds.length > 0) return pick(thresholds) + int(4) - 2;
    if (roll < 0.9) return int(1_500_000);
    return int(200);
  };

  const rows: UsageRow[] = [];
  for (let row_id = 0; row_id < count; row_id++) {
    const card = pick(cards);
    let model: string | null = spelling(card);
    let provider: string | null = null;
    const providerRoll = next();
    if (providerRoll < 0.15) provider = card.provider;
    else if (providerRoll < 0.18) provider = card.provider.toUpperCase();
    else if (providerRoll < 0.2) provider = pick(cards).provider;
    if (chance(0.03)) model = `${model}-nonexistent`;
    const input = promptTokens();
    const cacheRead = chance(0.4) ? int(input) : chance(0.5) ? null : 0;
    const left = input - (cacheRead ?? 0);
    const cacheWrite = chance(0.25) ? int(left) : null;
    const cacheWrite1h = cacheWrite !== null && chance(0.4) ? int(cacheWrite) : null;
    const output = int(chance(0.8) ? 4_000 : 200_000);
    const reasoning = chance(0.3) ? int(output) : null;
    const multimodal = chance(0.08);
    const audioIn = multimodal ? int(Math.max(0, left - (cacheWrite ?? 0))) : null;
    const audioCached =
      multimodal && audioIn !== null && chance(0.5) ? int(Math.min(audioIn, cacheRead ?? 0)) : null;
    const audioOut = multimodal && chance(0.5) ? int(output - (reasoning ?? 0)) : null;
    const imageIn = multimodal && chance(0.3) ? 0 : null;
    const requestsRoll = next();
    const requests =
      requestsRoll < 0.8 ? null : requestsRoll < 0.9 ? 1 : requestsRoll < 0.98 ? 1 + int(20) : 0;
    const webSearches = chance(0.05) ? int(5) : null;
    const tierRoll = next();
    const serviceTier = tierRoll < 0.5 ? null : tierRoll < 0.99 ? pick(TIERS) : 'turbo';
    let usageRow: UsageRow = {
      row_id,
      model,
      provider,
      at: instant(card),
      input_tokens: input,
      output_tokens: output,
      cache_read_tokens: cacheRead,
      cache_write_tokens: cacheWrite,
      cache_write_1h_tokens: cacheWrite1h,
      reasoning_tokens: reasoning,
      audio_input_tokens: audioIn,
      audio_cache_read_tokens: audioCached,
      audio_output_tokens: audioOut,
      image_input_tokens: imageIn,
      image_cache_read_tokens: null,
      image_output_tokens: null,
      requests,
      web_searches: webSearches,
      service_tier: serviceTier,
    };
    // About 3% of rows are wrong in one of the ways the library refuses.
    if (chance(0.03)) {
      const damage = int(9);
      const bad: Partial<Record<keyof UsageRow, number | string | null>> = [
        { input_tokens: null },
        { output_tokens: -1 },
        { cache_read_tokens: input + 1 },
        { cache_write_tokens: left + 1 },
        { cache_write_1h_tokens: (cacheWrite ?? 0) + 1 },
        { reasoning_tokens: output + 1 },
        { requests: 0, input_tokens: input + 1 },
        { input_tokens: 9_007_199_254_740_992 },
        { model: pick(['', null]) },
        { provider: '' },
      ][damage] as Partial<Record<keyof UsageRow, number | string | null>>;
      usageRow = { ...usageRow, ...bad } as UsageRow;
    }
    rows.push(usageRow);
  }
  return rows;
}

/** The usage record a row stands for (absent columns left out). */
export function usageOf(row: UsageRow): Usage {
  const usage: Record<string, unknown> = {};
  const put = (field: string, value: number | string | null) => {
    if (value !== null) usage[field] = value;
  };
  put('inputTokens', row.input_tokens);
  put('outputTokens', row.output_tokens);
  put('cacheReadTokens', row.cache_read_tokens);
  put('cacheWriteTokens', row.cache_write_tokens);
  put('cacheWrite1hTokens', row.cache_write_1h_tokens);
  put('reasoningTokens', row.reasoning_tokens);
  put('audioInputTokens', row.audio_input_tokens);
  put('audioCacheReadTokens', row.audio_cache_read_tokens);
  put('audioOutputTokens', row.audio_output_tokens);
  put('imageInputTokens', row.image_input_tokens);
  put('imageCacheReadTokens', row.image_cache_read_tokens);
  put('imageOutputTokens', row.image_output_tokens);
  put('requests', row.requests);
  put('webSearches', row.web_searches);
  put('serviceTier', row.service_tier);
  return usage as unknown as Usage;
}

const LOOKUP_REASONS: Readonly<Record<string, string>> = {
  UNKNOWN_MODEL: 'unknown-model',
  RETIRED_MODEL: 'retired-model',
  AMBIGUOUS_MODEL: 'ambiguous-model',
  INVALID_ARGUMENT: 'invalid-record',
  INVALID_USAGE: 'invalid-usage',
};

/** What `getCard` and `estimateCost` say of a row; `fallbackAt` stands in for a null `at`. */
export function expectedOf(table: PriceTable, row: UsageRow, fallbackAt: string): Expected {
  const failed = (error: unknown): Expected => {
    if (!isTokenomicsError(error)) throw error;
    const reason =
      error.code === 'UNPRICED_USAGE'
        ? String((error.details as { reason?: unknown }).reason)
        : (LOOKUP_REASONS[error.code] ?? error.code);
    return {
      cost: null,
      currency: null,
      cardId: null,
      contextTier: null,
      serviceTier: null,
      code: error.code,
      reason,
    };
  };
  let card: PriceCard;
  try {
    card = getCard(table, row.model as string, {
      ...(row.provider === null ? {} : { provider: row.provider }),
      at: row.at ?? fallbackAt,
    });
  } catch (error) {
    return failed(error);
  }
  try {
    const cost = estimateCost(usageOf(row), card);
    return {
      cost: cost.total.amount,
      currency: cost.currency,
      cardId: cost.cardId,
      contextTier: cost.tier,
      serviceTier: cost.serviceTier,
      code: null,
      reason: null,
    };
  } catch (error) {
    return { ...failed(error), cardId: card.id };
  }
}

/** A decimal string without trailing zeros (`'0.003250000'` → `'0.00325'`, `'2.000'` → `'2'`). */
export function canonicalDecimal(value: string): string {
  if (!value.includes('.')) return value;
  return value.replace(/0+$/, '').replace(/\.$/, '');
}

/** A row as a SQL `VALUES` tuple, in the column order of {@link USAGE_ROW_COLUMNS}. */
export function rowValues(row: UsageRow): string {
  return `(${USAGE_ROW_COLUMNS.map((column) => {
    const value = row[column];
    if (value === null) return 'NULL';
    if (typeof value === 'number') return String(value);
    if (column === 'at') return `TIMESTAMP '${value.replace('T', ' ').replace('Z', '')}'`;
    return `'${value.replaceAll("'", "''")}'`;
  }).join(', ')})`;
}

/** The columns of a usage row, `row_id` first. */
export const USAGE_ROW_COLUMNS = [
  'row_id',
  'model',
  'provider',
  'at',
  'input_tokens',
  'output_tokens',
  'cache_read_tokens',
  'cache_write_tokens',
  'cache_write_1h_tokens',
  'reasoning_tokens',
  'audio_input_tokens',
  'audio_cache_read_tokens',
  'audio_output_tokens',
  'image_input_tokens',
  'image_cache_read_tokens',
  'image_output_tokens',
  'requests',
  'web_searches',
  'service_tier',
] as const satisfies readonly (keyof UsageRow)[];

/** A decimal string as an integer count of 10^-24 (every amount here has fewer decimals), for exact sums. */
export function decimalUnits(value: string): bigint {
  const [whole = '0', fraction = ''] = value.split('.');
  if (fraction.length > 24) throw new Error(`${value} has more than 24 decimals`);
  const negative = whole.startsWith('-');
  const units = BigInt(whole.replace('-', '') + fraction.padEnd(24, '0'));
  return negative ? -units : units;
}
