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
import { instantMs } from '../internal/dates.js';
import { describeValue } from '../internal/describe.js';
import { formatUnits } from '../money/decimal.js';
import { type PriceTable, type ResolvedTable, resolved } from '../tables/core.js';
import { VENDOR_PREFIXES } from '../tables/lookup.js';
import { type Instant, parseWindow, resolveInstant } from '../tables/time.js';
import { LEAF_COLUMNS, MAX_COUNT, USAGE_COLUMNS } from './columns.js';
import { DIALECTS, type SqlDialect } from './dialects.js';
import { viewSQL } from './view.js';

export { USAGE_COLUMNS } from './columns.js';
export type { SqlDialect } from './dialects.js';

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
  /**
   * Only this provider's cards (case-insensitive), the table's layers kept: rows are priced as
   * `getCard` would on a table holding that provider's cards only. Default: every card.
   */
  readonly provider?: string;
  /**
   * The usage columns the table has (names from {@link USAGE_COLUMNS}; `model`, `input_tokens` and
   * `output_tokens` at least): the view reads the others as NULL, so a table that records no audio, images
   * or web searches needs no empty columns. Default: every usage column.
   */
  readonly columns?: readonly string[];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}(\.[A-Za-z_][A-Za-z0-9_]{0,62})?$/;
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
  requireOptions(
    options,
    ['dialect', 'usageTable', 'prefix', 'at', 'createUsageTable', 'provider', 'columns'],
    'tableToSQL',
  );
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
  const provider = own(options, 'provider');
  if (provider !== undefined && (typeof provider !== 'string' || provider.length === 0)) {
    throw new InvalidArgumentError(
      `provider is ${describeValue(provider)}; pass a provider id such as 'openai', or leave it out for every card.`,
      { argument: 'provider', value: provider },
    );
  }
  const wanted = provider?.toLowerCase();
  const columns = usageColumns(own(options, 'columns'));
  const layers = plainLayers(known);
  const cards = new Map<PriceCard, { key: number; compiled: CompiledCard }>();
  for (const layer of layers) {
    for (const card of layer.table.cards) {
      if (cards.has(card) || (wanted !== undefined && card.provider.toLowerCase() !== wanted)) continue;
      cards.set(card, { key: cards.size + 1, compiled: compiledMadeCard(card) as CompiledCard });
    }
  }
  if (cards.size === 0) {
    throw new InvalidArgumentError(
      `Price table ${describeValue(known.table.name)} has no cards${wanted === undefined ? '' : ` of provider ${describeValue(wanted)}`}; the script would price nothing.`,
      { argument: wanted === undefined ? 'table' : 'provider', value: wanted ?? known.table.name },
    );
  }
  const scale = Math.max(0, ...[...cards.values()].map((entry) => entry.compiled.scale));
  const money = DIALECTS[dialect].money(scale);
  const t = (name: string) => `${prefix}_${name}`;
  const view = `${usageTable}_priced`;

  const cardRows = [...cards].map(([card, { key, compiled }]) => {
    const window = card.timeOfDay === undefined ? undefined : parseWindow(card.timeOfDay);
    return [
      String(key),
      text(card.provider),
      text(card.id),
      text(card.currency),
      card.effective?.from === undefined ? 'NULL' : String(instantMs(card.effective.from)),
      card.effective?.to === undefined ? 'NULL' : String(instantMs(card.effective.to)),
      window === undefined ? 'NULL' : String(window.from),
      window === undefined ? 'NULL' : String(window.to),
      window === undefined ? 'NULL' : String(window.days),
      compiled.requestFee === null ? 'NULL' : formatUnits(compiled.requestFee.big, compiled.scale),
      compiled.webSearchFee === null ? 'NULL' : formatUnits(compiled.webSearchFee.big, compiled.scale),
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
        ...rates.rates.map((rate) => (rate === null ? 'NULL' : formatUnits(rate.big, compiled.scale))),
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
        const card = cards.get(entry.card);
        if (card === undefined) continue; // another provider's, with `provider`
        nameRows.push([String(index), text(name), String(card.key), text(entry.provider), String(ordinal++)]);
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
      `CREATE TABLE IF NOT EXISTS ${usageTable} (\n${USAGE_COLUMNS.map((column) => `  "${column.name}" ${column.type.toUpperCase()}`).join(',\n')}\n);`,
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
    viewSQL({ dialect, usageTable, view, t, money, fallbackMs, columns, replace: refill }),
    'COMMIT;',
  );
  return `${lines.join('\n')}\n`;
}

const REQUIRED_COLUMNS = ['model', 'input_tokens', 'output_tokens'];

/** The usage columns a table has: every documented one by default, else the checked list. */
function usageColumns(value: unknown): ReadonlySet<string> {
  const known = USAGE_COLUMNS.map((column) => column.name);
  if (value === undefined) return new Set(known);
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError(
      `columns is ${describeValue(value)}; pass the usage columns your table has, such as ['model', 'at', 'input_tokens', 'output_tokens'].`,
      { argument: 'columns', value },
    );
  }
  const columns = new Set<string>();
  for (const name of value) {
    if (typeof name !== 'string' || !known.includes(name) || columns.has(name)) {
      throw new InvalidArgumentError(
        `columns has ${describeValue(name)}${columns.has(name as string) ? ' twice' : ''}; each is one of ${known.join(', ')}, once.`,
        { argument: 'columns', value: name },
      );
    }
    columns.add(name);
  }
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    throw new InvalidArgumentError(
      `columns lacks ${missing.join(', ')}; a usage row needs at least model, input_tokens and output_tokens.`,
      { argument: 'columns', value },
    );
  }
  return columns;
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

/** Half of a UTF-16 surrogate pair without the other: not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A SQL string literal (refusing what SQL text cannot hold). */
function text(value: string): string {
  if (value.includes('\u0000') || LONE_SURROGATE.test(value)) {
    throw new InvalidArgumentError(
      `${describeValue(value)} contains a NUL character (U+0000) or a lone UTF-16 surrogate, which DuckDB and Postgres text cannot hold; rename the card, alias or table.`,
      { argument: 'table', value },
    );
  }
  return `'${value.replaceAll("'", "''")}'`;
}

function inserts(table: string, rows: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((row) => `(${row.join(', ')})`);
    out.push(`INSERT INTO ${table} VALUES\n${chunk.join(',\n')};`);
  }
  return out;
}
