/**
 * `tokenomics/sql`: the library's prices where the usage already lives. `tableToSQL` writes one script
 * that, run on a DuckDB or Postgres database holding a usage table, creates the rates of a price table
 * (exact decimals, inherited rates materialized, names and spelling rules as tables) and a view that prices
 * every usage row with the same semantics as `estimateCost`: inclusive usage, long-context cliffs on the
 * whole request, service tiers, effective dates, UTC time-of-day windows, request and web-search fees.
 * Rows that cannot be priced have `cost` NULL and say why, never 0.
 *
 * @example
 * ```ts
 * import { catalog } from 'tokenomics/data';
 * import { tableToSQL } from 'tokenomics/sql';
 * const script = tableToSQL(catalog, { dialect: 'duckdb', usageTable: 'usage' });
 * // run it, then: SELECT model, sum(cost) FROM usage_priced GROUP BY model;
 * ```
 *
 * @module
 */

import { type CompiledCard, compiledMadeCard, type RateVector } from '../cards/compile.js';
import type { PriceCard } from '../cards/types.js';
import { InvalidArgumentError } from '../errors.js';
import { isRecord, own, requireOptions } from '../internal/checks.js';
import { instantMs, minutesOfDay } from '../internal/dates.js';
import { describeValue } from '../internal/describe.js';
import { formatUnits } from '../money/decimal.js';
import { type PriceTable, type ResolvedTable, resolved } from '../tables/core.js';
import { VENDOR_PREFIXES } from '../tables/lookup.js';
import { type Instant, resolveInstant } from '../tables/time.js';

/** The SQL dialects the script is written for (and tested on). */
export type SqlDialect = 'duckdb' | 'postgres';

/** Options of {@link tableToSQL}. */
export interface TableToSQLOptions {
  /** `'duckdb'` or `'postgres'`. */
  readonly dialect: SqlDialect;
  /** The usage table (or view) to price, optionally schema-qualified. Default `'usage'`; the view is `<it>_priced`. */
  readonly usageTable?: string;
  /** Prefix of the tables the script creates. Default `'tokenomics'` (`tokenomics_cards`, `tokenomics_rates`...). */
  readonly prefix?: string;
  /** The instant for usage rows whose `at` is NULL. Default: the time the query runs. */
  readonly at?: Instant;
  /** Also create the usage table (if it does not exist) with the documented columns. Default false. */
  readonly createUsageTable?: boolean;
}

/**
 * The usage table's columns, in the order `createUsageTable` creates them: the usage record of
 * `tokenomics` and the log format of `tokenomics/budget`, one row per request or per aggregate.
 */
export const USAGE_COLUMNS: readonly {
  readonly name: string;
  readonly type: string;
  readonly meaning: string;
}[] = Object.freeze(
  [
    { name: 'model', type: 'text', meaning: 'the model id the request used, as the API spells it' },
    {
      name: 'provider',
      type: 'text',
      meaning: 'the provider, when the model id alone is ambiguous (nullable)',
    },
    {
      name: 'at',
      type: 'timestamp',
      meaning: "when the request ran, UTC (nullable: then the script's `at`)",
    },
    { name: 'input_tokens', type: 'bigint', meaning: 'every prompt token, cache reads and writes included' },
    { name: 'output_tokens', type: 'bigint', meaning: 'every generated token, reasoning included' },
    { name: 'cache_read_tokens', type: 'bigint', meaning: 'part of input_tokens (nullable: 0)' },
    {
      name: 'cache_write_tokens',
      type: 'bigint',
      meaning: 'part of input_tokens, every lifetime (nullable: 0)',
    },
    { name: 'cache_write_1h_tokens', type: 'bigint', meaning: 'part of cache_write_tokens (nullable: 0)' },
    { name: 'reasoning_tokens', type: 'bigint', meaning: 'part of output_tokens (nullable: 0)' },
    {
      name: 'audio_input_tokens',
      type: 'bigint',
      meaning: 'part of input_tokens, with their cache reads (nullable: 0)',
    },
    {
      name: 'audio_cache_read_tokens',
      type: 'bigint',
      meaning: 'part of audio_input_tokens and cache_read_tokens (nullable: 0)',
    },
    { name: 'audio_output_tokens', type: 'bigint', meaning: 'part of output_tokens (nullable: 0)' },
    {
      name: 'image_input_tokens',
      type: 'bigint',
      meaning: 'part of input_tokens, with their cache reads (nullable: 0)',
    },
    {
      name: 'image_cache_read_tokens',
      type: 'bigint',
      meaning: 'part of image_input_tokens and cache_read_tokens (nullable: 0)',
    },
    { name: 'image_output_tokens', type: 'bigint', meaning: 'part of output_tokens (nullable: 0)' },
    { name: 'requests', type: 'bigint', meaning: 'requests the row covers (nullable: 1)' },
    { name: 'web_searches', type: 'bigint', meaning: 'web searches (nullable: 0)' },
    {
      name: 'service_tier',
      type: 'text',
      meaning: "standard, batch, flex, priority or fast (nullable: the record's own, else standard)",
    },
  ].map((column) => Object.freeze(column)),
);

/** The leaf columns of the rates table, in `TOKEN_LEAVES` order. */
const LEAF_COLUMNS = [
  'uncached_input',
  'cache_read',
  'cache_write_5m',
  'cache_write_1h',
  'audio_input',
  'audio_cache_read',
  'image_input',
  'image_cache_read',
  'text_output',
  'reasoning',
  'audio_output',
  'image_output',
] as const;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}(\.[A-Za-z_][A-Za-z0-9_]{0,62})?$/;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Counts above this are refused by the estimator (2^53 - 1); the view marks them invalid-usage too. */
const MAX_COUNT = '9007199254740991';
/** Bounds of the time segments, beyond any instant a timestamp holds (epoch milliseconds). */
const MIN_MS = '-4611686018427387904';
const MAX_MS = '4611686018427387904';

/**
 * A SQL script that prices a usage table with a price table's cards, in DuckDB or Postgres. It creates
 * `<prefix>_cards` (one row per card: dates and window as epoch milliseconds and minutes, fees),
 * `<prefix>_rates` (one row per card, service tier and long-context tier, every rate per token as an exact
 * DECIMAL/NUMERIC with inherited rates filled in), `<prefix>_names` (every name a lookup accepts: ids,
 * aliases, provider-qualified forms, per layer of the table), `<prefix>_spellings` (the gateway prefixes
 * lookups read, such as `x-ai/`), and the view `<usageTable>_priced`: every usage row with `cost`,
 * `currency`, `card_id`, `card_provider`, `context_tier`, `service_tier_priced`, and for a row that cannot
 * be priced `unpriced_code` (`UNKNOWN_MODEL`, `RETIRED_MODEL`, `AMBIGUOUS_MODEL`, `INVALID_USAGE`,
 * `UNPRICED_USAGE`, as the library's errors) and `unpriced_reason`; its `cost` is NULL.
 *
 * Running the script again replaces the tables and the view: refresh the rates when the catalog changes.
 *
 * @example
 * ```ts
 * import { catalog } from 'tokenomics/data';
 * import { tableToSQL } from 'tokenomics/sql';
 * const sql = tableToSQL(catalog, { dialect: 'postgres', usageTable: 'analytics.llm_usage' });
 * // psql -f rates.sql; then SELECT sum(cost) FROM analytics.llm_usage_priced WHERE cost IS NOT NULL;
 * ```
 */
export function tableToSQL(table: PriceTable, options: TableToSQLOptions): string {
  const known = isRecord(table) ? resolved.get(table as PriceTable) : undefined;
  if (known === undefined) {
    throw new InvalidArgumentError(
      `${describeValue(table)} is not a price table the library built; pass one from tokenomics/data, createPriceTable or composeTables.`,
      { argument: 'table', value: table },
    );
  }
  if (!isRecord(options)) {
    throw new InvalidArgumentError(
      `tableToSQL needs options with a dialect, such as { dialect: 'duckdb' }, not ${describeValue(options)}.`,
      { argument: 'options', value: options },
    );
  }
  requireOptions(options, ['dialect', 'usageTable', 'prefix', 'at', 'createUsageTable'], 'tableToSQL');
  const dialect = own(options, 'dialect');
  if (dialect !== 'duckdb' && dialect !== 'postgres') {
    throw new InvalidArgumentError(`dialect is ${describeValue(dialect)}; use 'duckdb' or 'postgres'.`, {
      argument: 'dialect',
      value: dialect,
    });
  }
  const usageTable = identifier(own(options, 'usageTable') ?? 'usage', 'usageTable');
  const prefix = identifier(own(options, 'prefix') ?? 'tokenomics', 'prefix', false);
  const at = own(options, 'at');
  const fallbackMs = at === undefined ? undefined : resolveInstant(at).time;
  const createUsage = own(options, 'createUsageTable') ?? false;
  if (typeof createUsage !== 'boolean') {
    throw new InvalidArgumentError(`createUsageTable is ${describeValue(createUsage)}; pass true or false.`, {
      argument: 'createUsageTable',
      value: createUsage,
    });
  }
  const layers = plainLayers(known);
  const cards = new Map<PriceCard, { key: number; compiled: CompiledCard }>();
  for (const layer of layers) {
    for (const card of layer.table.cards) {
      if (cards.has(card)) continue;
      cards.set(card, { key: cards.size + 1, compiled: compiledMadeCard(card) as CompiledCard });
    }
  }
  const scale = Math.max(0, ...[...cards.values()].map((entry) => entry.compiled.scale));
  const dialects = DIALECTS[dialect];
  const money = dialects.money(scale);
  const t = (name: string) => `${prefix}_${name}`;
  const view = `${usageTable}_priced`;

  const cardRows = [...cards].map(([card, { key, compiled }]) => {
    const window = card.timeOfDay;
    let days = 127;
    if (window?.days !== undefined) {
      days = 0;
      for (const day of window.days) days |= 1 << WEEKDAYS.indexOf(day);
    }
    return [
      String(key),
      text(card.provider),
      text(card.id),
      text(card.currency),
      card.effective?.from === undefined ? 'NULL' : String(instantMs(card.effective.from)),
      card.effective?.to === undefined ? 'NULL' : String(instantMs(card.effective.to)),
      window === undefined ? 'NULL' : String(minutesOfDay(window.fromUtc)),
      window === undefined ? 'NULL' : String(minutesOfDay(window.toUtc)),
      window === undefined ? 'NULL' : String(days),
      compiled.requestFee === null ? 'NULL' : decimal(compiled.requestFee.big, compiled.scale),
      compiled.webSearchFee === null ? 'NULL' : decimal(compiled.webSearchFee.big, compiled.scale),
    ];
  });
  const tierRows: string[][] = [];
  const rateRows: string[][] = [];
  for (const { key, compiled } of cards.values()) {
    for (const [name, tier] of Object.entries(compiled.serviceTiers)) {
      if (tier === undefined) continue;
      const first = Number.isFinite(tier.firstThreshold) ? String(tier.firstThreshold) : 'NULL';
      tierRows.push([
        String(key),
        text(name),
        first,
        tier.unpricedAbove === null ? 'NULL' : String(tier.unpricedAbove),
      ]);
      // Each rate row prices prompts in (prompt_above, prompt_through]: the base up to the first threshold,
      // each context tier up to the next one (ratesFor picks the highest threshold the prompt is above).
      const thresholds = [
        ...tier.tiers.map((candidate) => candidate.above),
        ...(tier.unpricedAbove === null ? [] : [tier.unpricedAbove]),
      ];
      const through = (above: number) => {
        const next = thresholds.filter((threshold) => threshold > above);
        return next.length === 0 ? MAX_COUNT : String(Math.min(...next));
      };
      const row = (rates: RateVector, contextTier: number | null) => [
        String(key),
        text(name),
        contextTier === null ? 'NULL' : String(contextTier),
        contextTier === null ? '-1' : String(contextTier),
        contextTier === null ? (first === 'NULL' ? MAX_COUNT : first) : through(contextTier),
        ...rates.rates.map((rate) => (rate === null ? 'NULL' : decimal(rate.big, compiled.scale))),
      ];
      rateRows.push(row(tier.base, null));
      for (const candidate of tier.tiers) rateRows.push(row(candidate.rates, candidate.above));
    }
  }
  const nameRows: string[][] = [];
  layers.forEach((layer, index) => {
    let ordinal = 0;
    for (const [name, entries] of layer.index.candidates) {
      for (const entry of entries) {
        nameRows.push([
          String(index),
          text(name),
          String(cards.get(entry.card)?.key),
          text(entry.provider),
          String(ordinal++),
        ]);
      }
    }
  });
  const spellingRows = [...VENDOR_PREFIXES].map(([from, to]) => [text(from), text(to)]);

  // Postgres tracks what depends on the view (a user's materialized rollup): the tables are emptied and
  // refilled and the view replaced in place, its columns unchanged. DuckDB tracks no such dependencies,
  // and the tables are made again (the money type's scale may change with the rates).
  const refill = dialect === 'postgres';
  const fill = (name: string, columns: string, rows: readonly (readonly string[])[]) => [
    refill ? `CREATE TABLE IF NOT EXISTS ${t(name)} (${columns});` : `CREATE TABLE ${t(name)} (${columns});`,
    ...(refill ? [`TRUNCATE ${t(name)};`] : []),
    ...inserts(t(name), rows),
  ];
  const lines: string[] = [
    `-- Rates of price table ${text(known.table.name)} for ${dialect}, written by tokenomics (tableToSQL).`,
    `-- ${cards.size} cards; prices the usage table ${usageTable} in the view ${view}. Run again to refresh.`,
    'BEGIN TRANSACTION;',
    ...(refill ? ['SET LOCAL client_min_messages = warning;'] : []),
  ];
  if (!refill) {
    lines.push(
      `DROP VIEW IF EXISTS ${view};`,
      ...['names', 'spellings', 'rates', 'service_tiers', 'cards'].map(
        (name) => `DROP TABLE IF EXISTS ${t(name)};`,
      ),
    );
  }
  if (createUsage) {
    lines.push(
      `CREATE TABLE IF NOT EXISTS ${usageTable} (\n${USAGE_COLUMNS.map((column) => `  ${quote(column.name)} ${dialects.type(column.type)}`).join(',\n')}\n);`,
    );
  }
  lines.push(
    ...fill(
      'cards',
      `card_key INTEGER PRIMARY KEY, provider TEXT NOT NULL, id TEXT NOT NULL, currency TEXT NOT NULL, from_ms BIGINT, to_ms BIGINT, window_from_minute INTEGER, window_to_minute INTEGER, window_days INTEGER, request_fee ${money}, web_search_fee ${money}`,
      cardRows,
    ),
    ...fill(
      'service_tiers',
      'card_key INTEGER NOT NULL, service_tier TEXT NOT NULL, first_threshold BIGINT, unpriced_above BIGINT, PRIMARY KEY (card_key, service_tier)',
      tierRows,
    ),
    ...fill(
      'rates',
      `card_key INTEGER NOT NULL, service_tier TEXT NOT NULL, context_tier BIGINT, prompt_above BIGINT NOT NULL, prompt_through BIGINT NOT NULL, ${LEAF_COLUMNS.map((leaf) => `${leaf} ${money}`).join(', ')}`,
      rateRows,
    ),
    ...fill(
      'names',
      'layer INTEGER NOT NULL, name TEXT NOT NULL, card_key INTEGER NOT NULL, provider TEXT NOT NULL, ordinal INTEGER NOT NULL',
      nameRows,
    ),
    `CREATE INDEX ${refill ? 'IF NOT EXISTS ' : ''}${prefix}_names_name ON ${t('names')} (name);`,
    ...fill('spellings', 'prefix TEXT PRIMARY KEY, provider TEXT NOT NULL', spellingRows),
    viewSQL({ dialect, usageTable, view, t, money, fallbackMs, replace: refill }),
    'COMMIT;',
  );
  return `${lines.join('\n')}\n`;
}

/** The plain tables a lookup consults, in order (a composed table's layers, depth first). */
function plainLayers(table: ResolvedTable): (ResolvedTable & { kind: 'plain' })[] {
  return table.kind === 'plain' ? [table] : table.layers.flatMap(plainLayers);
}

function identifier(value: unknown, name: string, qualified = true): string {
  if (typeof value === 'string' && IDENTIFIER.test(value) && (qualified || !value.includes('.')))
    return value;
  throw new InvalidArgumentError(
    qualified
      ? `${name} is ${describeValue(value)}; use a plain SQL identifier such as 'usage' or 'analytics.usage' (letters, digits, underscores).`
      : `${name} is ${describeValue(value)}; use a plain SQL identifier such as 'tokenomics' (letters, digits, underscores; no schema: the tables go where the usage table's session puts them).`,
    { argument: name, value },
  );
}

/** A SQL string literal. */
function text(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function quote(name: string): string {
  return `"${name}"`;
}

function decimal(units: bigint, scale: number): string {
  return formatUnits(units, scale);
}

function inserts(table: string, rows: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((row) => `(${row.join(', ')})`);
    out.push(`INSERT INTO ${table} VALUES\n${chunk.join(',\n')};`);
  }
  return out;
}

interface Dialect {
  /** The exact type of money and per-token rates with `scale` decimals. */
  money(scale: number): string;
  /** A usage column's type. */
  type(name: string): string;
  /** Integer division rounding down (both operands BIGINT, the divisor positive). */
  floorDiv(a: string, b: string): string;
  /** Epoch milliseconds of a timestamp (UTC for one without a time zone), rounded down. */
  epochMs(column: string): string;
  /** The statement's time in epoch milliseconds (one value for every row of a query). */
  nowMs: string;
  /** A count times a rate, exactly. */
  times(count: string, rate: string): string;
}

/** Integer division rounding down, in BIGINT (`%` keeps the dividend's sign in both engines). */
function floorBigint(a: string, b: string): string {
  return `(((${a}) - ((((${a}) % ${b}) + ${b}) % ${b})) / ${b})`;
}

const DIALECTS: Readonly<Record<SqlDialect, Dialect>> = {
  duckdb: {
    // At least 18 decimals, so the type (and views a user builds on the priced view) survive a refresh.
    money: (scale) => `DECIMAL(38, ${Math.max(18, scale)})`,
    type: (name) => (name === 'timestamp' ? 'TIMESTAMP' : name === 'bigint' ? 'BIGINT' : 'TEXT'),
    floorDiv: (a, b) => `((${a}) - ((((${a}) % ${b}) + ${b}) % ${b})) // ${b}`,
    epochMs: (column) => `epoch_ms(${column})`,
    nowMs: 'epoch_ms(get_current_timestamp())',
    times: (count, rate) => `CAST(${count} AS DECIMAL(18, 0)) * ${rate}`,
  },
  postgres: {
    money: () => 'NUMERIC',
    type: (name) => (name === 'timestamp' ? 'TIMESTAMP' : name === 'bigint' ? 'BIGINT' : 'TEXT'),
    // BIGINT arithmetic (div() and extract() are NUMERIC, several times slower per row).
    floorDiv: floorBigint,
    // date_part's double holds the epoch to the microsecond exactly within 2^33 seconds of 1970 (years
    // 1698 to 2242): rounded to microseconds, then floored to milliseconds in BIGINT. Beyond, the exact
    // NUMERIC form.
    epochMs: (column) =>
      `CASE WHEN abs(date_part('epoch', ${column})) < 8589934592 THEN ${floorBigint(`CAST(round(date_part('epoch', ${column}) * 1000000) AS BIGINT)`, '1000')} ELSE CAST(floor(extract(epoch FROM ${column}) * 1000) AS BIGINT) END`,
    nowMs: 'CAST(floor(extract(epoch FROM now()) * 1000) AS BIGINT)',
    times: (count, rate) => `CAST(${count} AS NUMERIC) * ${rate}`,
  },
};

/** Count columns of the usage table that must be whole numbers from 0 to 2^53 - 1 when present. */
const COUNT_COLUMNS = USAGE_COLUMNS.filter((column) => column.type === 'bigint').map((column) => column.name);

/**
 * The pricing view: the usage table's own columns, then the priced ones. Each step mirrors the library:
 * the lookup (exact names per layer, then the spelling rules in `respellings` order, the card in force at
 * the row's instant, a daily window over the all-day card, ambiguity, retired or unknown) runs once per
 * distinct model, provider and instant; then per row the usage checks of `usageLeaves`, the service tier,
 * the context tier (`ratesFor`), missing rates, and the exact sum.
 */
function viewSQL(args: {
  dialect: SqlDialect;
  usageTable: string;
  view: string;
  t: (name: string) => string;
  money: string;
  fallbackMs: number | undefined;
  /** `CREATE OR REPLACE VIEW` (Postgres: views built on this one stay). */
  replace: boolean;
}): string {
  const { dialect, usageTable, view, t, money } = args;
  const d = DIALECTS[dialect];
  const DAY = '86400000';
  const atMs = (row: string) =>
    `COALESCE(${d.epochMs(`${row}."at"`)}, ${args.fallbackMs === undefined ? d.nowMs : `CAST(${args.fallbackMs} AS BIGINT)`})`;
  const providerKey = (row: string) => `COALESCE(lower(${row}.provider), '')`;
  const c = (name: string) => `u.${name}`;
  const z = (name: string) => `COALESCE(${c(name)}, 0)`;
  const zero = `CAST(0 AS ${money})`;
  // The leaves of usageLeaves, in TOKEN_LEAVES order.
  const leaves = [
    `${c('input_tokens')} - ${z('cache_read_tokens')} - ${z('cache_write_tokens')} - (${z('audio_input_tokens')} - ${z('audio_cache_read_tokens')}) - (${z('image_input_tokens')} - ${z('image_cache_read_tokens')})`,
    `${z('cache_read_tokens')} - ${z('audio_cache_read_tokens')} - ${z('image_cache_read_tokens')}`,
    `${z('cache_write_tokens')} - ${z('cache_write_1h_tokens')}`,
    z('cache_write_1h_tokens'),
    `${z('audio_input_tokens')} - ${z('audio_cache_read_tokens')}`,
    z('audio_cache_read_tokens'),
    `${z('image_input_tokens')} - ${z('image_cache_read_tokens')}`,
    z('image_cache_read_tokens'),
    `${c('output_tokens')} - ${z('reasoning_tokens')} - ${z('audio_output_tokens')} - ${z('image_output_tokens')}`,
    z('reasoning_tokens'),
    z('audio_output_tokens'),
    z('image_output_tokens'),
  ];
  // usageLeaves' checks: missing or out-of-range counts, a tier that is not one, parts above their parents.
  const invalid = [
    `${c('input_tokens')} IS NULL OR ${c('output_tokens')} IS NULL`,
    ...COUNT_COLUMNS.map((name) => `${c(name)} < 0 OR ${c(name)} > ${MAX_COUNT}`),
    `${c('service_tier')} IS NOT NULL AND ${c('service_tier')} NOT IN ('standard', 'batch', 'flex', 'priority', 'fast')`,
    `${z('cache_read_tokens')} > ${c('input_tokens')}`,
    `${z('cache_write_tokens')} > ${c('input_tokens')} - ${z('cache_read_tokens')}`,
    `${z('cache_write_1h_tokens')} > ${z('cache_write_tokens')}`,
    `${z('audio_cache_read_tokens')} > ${z('audio_input_tokens')}`,
    `${z('image_cache_read_tokens')} > ${z('image_input_tokens')}`,
    `${z('audio_cache_read_tokens')} + ${z('image_cache_read_tokens')} > ${z('cache_read_tokens')}`,
    `(${leaves[0]}) < 0`,
    `(${leaves[8]}) < 0`,
    `${c('requests')} = 0 AND (${c('input_tokens')} > 0 OR ${c('output_tokens')} > 0 OR ${z('web_searches')} > 0)`,
  ];
  const bit = (days: string, weekday: string) => `((${days} >> ${weekday}) & 1) = 1`;
  /** The minute of the week (Sunday 00:00 UTC is 0) of epoch milliseconds, as `resolveTime` reads them. */
  const weekOf = (ms: string) => {
    const day = d.floorDiv(ms, DAY);
    return `CAST((((${day}) + 4) % 7 + 7) % 7 * 1440 + ${d.floorDiv(`${ms} - (${day}) * ${DAY}`, '60000')} AS INTEGER)`;
  };
  // A card's daily window at a minute of the week (`inWindow`): inside [from, to) of an allowed day, or
  // the early part of a window that wraps midnight and began the day before.
  const inWindow = (entry: string, mow: string) => {
    const minute = `(${mow} % 1440)`;
    const weekday = `CAST(${d.floorDiv(mow, '1440')} AS INTEGER)`;
    return `(${entry}.window_from_minute IS NULL OR CASE
        WHEN ${entry}.window_from_minute < ${entry}.window_to_minute THEN ${minute} >= ${entry}.window_from_minute AND ${minute} < ${entry}.window_to_minute AND ${bit(`${entry}.window_days`, weekday)}
        WHEN ${minute} >= ${entry}.window_from_minute THEN ${bit(`${entry}.window_days`, weekday)}
        WHEN ${minute} < ${entry}.window_to_minute THEN ${bit(`${entry}.window_days`, `((${weekday} + 6) % 7)`)}
        ELSE FALSE
      END)`;
  };
  const key = 'k_model, k_provider';
  const sameKey = (a: string, b: string) =>
    `${a}.k_model = ${b}.k_model AND ${a}.k_provider = ${b}.k_provider`;
  const cell = 'k_model, k_provider, seg_from, m_from';
  // respellings(): Gemini's `models/<id>`, and `<prefix>/<id>` read as the provider the prefix names.
  const models = (from: string, seq: number) =>
    `SELECT ${key}, ${seq} AS seq, substr(spelled, 8) AS spelled, wanted FROM ${from} WHERE lower(spelled) LIKE 'models/%'`;
  const vendor = (from: string, seq: number) =>
    `SELECT f.k_model, f.k_provider, ${seq} AS seq, substr(f.spelled, strpos(f.spelled, '/') + 1) AS spelled, v.provider AS wanted
    FROM ${from} f JOIN ${t('spellings')} v ON strpos(f.spelled, '/') > 1 AND v.prefix = lower(substr(f.spelled, 1, strpos(f.spelled, '/') - 1))
    WHERE f.wanted = '' OR f.wanted = v.provider`;
  const windowLength =
    'CASE WHEN e.window_to_minute > e.window_from_minute THEN e.window_to_minute - e.window_from_minute ELSE e.window_to_minute + 1440 - e.window_from_minute END';
  const lookup = `keys AS (
  SELECT DISTINCT u.model AS k_model, ${providerKey('u')} AS k_provider FROM ${usageTable} u WHERE u.model IS NOT NULL AND u.model <> ''
),
s0 AS (SELECT ${key}, 0 AS seq, k_model AS spelled, k_provider AS wanted FROM keys),
s1a AS (${models('s0', 1)}),
s1b AS (${vendor('s0', 2)}),
s2 AS (
  ${models('s1a', 3)}
  UNION ALL ${vendor('s1a', 4)}
  UNION ALL ${models('s1b', 5)}
  UNION ALL ${vendor('s1b', 6)}
),
spelled AS (
  SELECT * FROM s0 UNION ALL SELECT * FROM s1a UNION ALL SELECT * FROM s1b UNION ALL SELECT * FROM s2
),
entries AS (
  SELECT s.k_model, s.k_provider, s.seq * 100000 + n.layer AS place, n.card_key, n.provider AS card_provider, n.ordinal,
    k.from_ms, k.to_ms, k.window_from_minute, k.window_to_minute, k.window_days
  FROM spelled s
  JOIN ${t('names')} n ON n.name = lower(s.spelled) AND (s.wanted = '' OR n.provider = s.wanted)
  JOIN ${t('cards')} k ON k.card_key = n.card_key
  WHERE s.spelled <> ''
),
known AS (SELECT DISTINCT ${key} FROM entries),
bounds AS (
  SELECT ${key}, ${MIN_MS} AS b FROM known
  UNION SELECT ${key}, from_ms FROM entries WHERE from_ms IS NOT NULL
  UNION SELECT ${key}, to_ms FROM entries WHERE to_ms IS NOT NULL
),
segments AS (
  SELECT ${key}, b AS seg_from, COALESCE(lead(b) OVER (PARTITION BY ${key} ORDER BY b), ${MAX_MS}) AS seg_to FROM bounds
),
week_days AS (SELECT * FROM (VALUES (0), (1), (2), (3), (4), (5), (6)) AS w(d)),
minute_bounds AS (
  SELECT ${key}, 0 AS m FROM known
  UNION SELECT e.k_model, e.k_provider, (w.d * 1440 + e.window_from_minute) % 10080
    FROM entries e JOIN week_days w ON ${bit('e.window_days', 'w.d')} WHERE e.window_from_minute IS NOT NULL
  UNION SELECT e.k_model, e.k_provider, (w.d * 1440 + e.window_from_minute + ${windowLength}) % 10080
    FROM entries e JOIN week_days w ON ${bit('e.window_days', 'w.d')} WHERE e.window_from_minute IS NOT NULL
),
minute_spans AS (
  SELECT ${key}, m AS m_from, COALESCE(lead(m) OVER (PARTITION BY ${key} ORDER BY m), 10080) AS m_to FROM minute_bounds
),
cells AS (
  SELECT s.k_model, s.k_provider, s.seg_from, s.seg_to, m.m_from, m.m_to,
    CASE WHEN s.seg_from > ${MIN_MS} THEN s.seg_from WHEN s.seg_to < ${MAX_MS} THEN s.seg_to - 1 ELSE 0 END AS t
  FROM segments s JOIN minute_spans m ON ${sameKey('m', 's')}
),
live AS (
  SELECT c.k_model, c.k_provider, c.seg_from, c.seg_to, c.m_from, c.m_to, e.place, e.card_key, e.card_provider, e.ordinal,
    e.window_from_minute IS NOT NULL AS has_window
  FROM cells c JOIN entries e ON ${sameKey('e', 'c')}
  WHERE (e.from_ms IS NULL OR c.t >= e.from_ms) AND (e.to_ms IS NULL OR c.t < e.to_ms) AND ${inWindow('e', 'c.m_from')}
),
first_place AS (
  SELECT l.*, min(l.place) OVER (PARTITION BY ${cell}) AS first_place FROM live l
),
ranked AS (
  SELECT f.*, min(f.card_provider) OVER (PARTITION BY ${cell}) AS lowest_provider,
    max(f.card_provider) OVER (PARTITION BY ${cell}) AS highest_provider,
    row_number() OVER (PARTITION BY ${cell} ORDER BY f.has_window DESC, CASE WHEN f.has_window THEN f.ordinal ELSE -f.ordinal END) AS choice
  FROM first_place f WHERE f.place = f.first_place
),
picks AS (
  SELECT k_model, k_provider, seg_from, seg_to, m_from, m_to, lowest_provider <> highest_provider AS ambiguous, card_key
  FROM ranked WHERE choice = 1
)`;
  const tier = `COALESCE(${c('service_tier')}, 'standard')`;
  const missing = LEAF_COLUMNS.map((leaf, i) => `((${leaves[i]}) > 0 AND r.${leaf} IS NULL)`);
  const code = (names: Record<string, string>) => `CASE
      WHEN ${c('model')} IS NULL OR ${c('model')} = '' OR ${c('provider')} = '' THEN ${names.argument}
      WHEN p.ambiguous THEN ${names.ambiguous}
      WHEN k.card_key IS NULL AND kn.k_model IS NOT NULL THEN ${names.retired}
      WHEN k.card_key IS NULL THEN ${names.unknown}
      WHEN ${invalid.map((condition) => `(${condition})`).join('\n        OR ')} THEN ${names.invalid}
      WHEN st.card_key IS NULL THEN ${names.noTier}
      WHEN st.first_threshold IS NOT NULL AND ${c('input_tokens')} > st.first_threshold AND COALESCE(${c('requests')}, 1) <> 1 THEN ${names.aggregated}
      WHEN st.unpriced_above IS NOT NULL AND ${c('input_tokens')} > st.unpriced_above THEN ${names.noLongContext}
      WHEN ${missing.join(' OR ')} OR (${z('web_searches')} > 0 AND k.web_search_fee IS NULL) THEN ${names.missing}
    END`;
  const parts = LEAF_COLUMNS.map(
    (leaf, i) =>
      `CASE WHEN (${leaves[i]}) = 0 THEN ${zero} ELSE ${d.times(`(${leaves[i]})`, `r.${leaf}`)} END`,
  );
  const reason = code({
    argument: "'invalid-record'",
    ambiguous: "'ambiguous-model'",
    retired: "'retired-model'",
    unknown: "'unknown-model'",
    invalid: "'invalid-usage'",
    noTier: "'no-service-tier'",
    aggregated: "'aggregated-long-context'",
    noLongContext: "'no-long-context-rate'",
    missing: "'missing-rate'",
  });
  // The view's columns are exactly the usage table's (`u.*`), then the priced ones. DuckDB shares common
  // subexpressions and decorrelates laterals slowly, so there the per-row values are written out; Postgres
  // evaluates a join condition for every candidate row, so there the instant and the reason are computed
  // once per row in laterals that `OFFSET 0` keeps from being inlined.
  const fenced = dialect === 'postgres';
  const reasonOf = fenced ? 'tk_why.reason' : `(${reason})`;
  const priced = `${reasonOf} IS NULL`;
  const atMsU = fenced ? 'tk_when.at_ms' : atMs('u');
  const minuteOfWeek = fenced ? 'tk_when.minute_of_week' : weekOf(atMsU);
  return `CREATE ${args.replace ? 'OR REPLACE ' : ''}VIEW ${view} AS
WITH ${lookup}
SELECT u.*,
  CASE WHEN ${priced} THEN CAST(
    ${parts.join('\n    + ')}
    + CASE WHEN k.request_fee IS NULL OR COALESCE(${c('requests')}, 1) = 0 THEN ${zero} ELSE ${d.times(`COALESCE(${c('requests')}, 1)`, 'k.request_fee')} END
    + CASE WHEN ${z('web_searches')} = 0 THEN ${zero} ELSE ${d.times(z('web_searches'), 'k.web_search_fee')} END
  AS ${money}) END AS cost,
  CASE WHEN ${priced} THEN k.currency END AS currency,
  k.id AS card_id,
  k.provider AS card_provider,
  CASE WHEN ${priced} THEN r.context_tier END AS context_tier,
  CASE WHEN ${priced} THEN ${tier} END AS service_tier_priced,
  CASE ${reasonOf}
    WHEN 'invalid-record' THEN 'INVALID_ARGUMENT' WHEN 'ambiguous-model' THEN 'AMBIGUOUS_MODEL'
    WHEN 'retired-model' THEN 'RETIRED_MODEL' WHEN 'unknown-model' THEN 'UNKNOWN_MODEL'
    WHEN 'invalid-usage' THEN 'INVALID_USAGE' WHEN 'no-service-tier' THEN 'UNPRICED_USAGE'
    WHEN 'aggregated-long-context' THEN 'UNPRICED_USAGE' WHEN 'no-long-context-rate' THEN 'UNPRICED_USAGE'
    WHEN 'missing-rate' THEN 'UNPRICED_USAGE'
  END AS unpriced_code,
  ${reasonOf} AS unpriced_reason
FROM ${usageTable} u${
    fenced
      ? `
CROSS JOIN LATERAL (SELECT ${atMs('u')} AS at_ms, ${weekOf(atMs('u'))} AS minute_of_week OFFSET 0) tk_when`
      : ''
  }
LEFT JOIN picks p ON p.k_model = u.model AND p.k_provider = ${providerKey('u')}
  AND ${atMsU} >= p.seg_from AND ${atMsU} < p.seg_to AND ${minuteOfWeek} >= p.m_from AND ${minuteOfWeek} < p.m_to
LEFT JOIN known kn ON kn.k_model = u.model AND kn.k_provider = ${providerKey('u')}
LEFT JOIN ${t('cards')} k ON k.card_key = CASE WHEN p.ambiguous OR ${c('provider')} = '' THEN NULL ELSE p.card_key END
LEFT JOIN ${t('service_tiers')} st ON st.card_key = k.card_key AND st.service_tier = ${tier}
LEFT JOIN ${t('rates')} r ON r.card_key = k.card_key AND r.service_tier = ${tier}
  AND ${c('input_tokens')} > r.prompt_above AND ${c('input_tokens')} <= r.prompt_through${
    fenced
      ? `
CROSS JOIN LATERAL (SELECT ${reason} AS reason OFFSET 0) tk_why`
      : ''
  };`;
}
