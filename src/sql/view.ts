/**
 * The pricing view `tableToSQL` writes: the lookup of each distinct model and provider over time, then per
 * row the usage checks, the service and context tier, and the exact cost, with the semantics of
 * `estimateCost`.
 *
 * @module
 */

import { COUNT_COLUMNS, LEAF_COLUMNS, MAX_COUNT, MAX_MS, MIN_MS, USAGE_COLUMNS } from './columns.js';
import { DIALECTS, type SqlDialect } from './dialects.js';

/**
 * The pricing view: the usage table's own columns, then the priced ones. Each step mirrors the library:
 * the lookup (exact names per layer, then the spelling rules in `respellings` order, the card in force at
 * the row's instant, a daily window over the all-day card, ambiguity, retired or unknown) runs once per
 * distinct model, provider and instant; then per row the usage checks of `usageLeaves`, the service tier,
 * the context tier (`ratesFor`), missing rates, and the exact sum.
 */
/** Each usage column's SQL type, for the typed NULL of a column the table lacks. */
const COLUMN_TYPES: ReadonlyMap<string, string> = new Map(
  USAGE_COLUMNS.map((column) => [column.name, column.type.toUpperCase()]),
);

export function viewSQL(args: {
  dialect: SqlDialect;
  usageTable: string;
  view: string;
  t: (name: string) => string;
  money: string;
  fallbackMs: number | undefined;
  /** The usage columns the table has; the others read as NULL. */
  columns: ReadonlySet<string>;
  /** `CREATE OR REPLACE VIEW` (Postgres: views built on this one stay). */
  replace: boolean;
}): string {
  const { dialect, usageTable, view, t, money } = args;
  const d = DIALECTS[dialect];
  const DAY = '86400000';
  /** A usage column of a row, or a typed NULL for one the table does not have (`columns`). */
  const col = (row: string, name: string) =>
    args.columns.has(name) ? `${row}."${name}"` : `CAST(NULL AS ${COLUMN_TYPES.get(name) ?? 'BIGINT'})`;
  const atMs = (row: string) =>
    `COALESCE(${d.epochMs(col(row, 'at'))}, ${args.fallbackMs === undefined ? d.nowMs : `CAST(${args.fallbackMs} AS BIGINT)`})`;
  const providerKey = (row: string) => `COALESCE(lower(${col(row, 'provider')}), '')`;
  const c = (name: string) => col('u', name);
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
  SELECT DISTINCT ${c('model')} AS k_model, ${providerKey('u')} AS k_provider FROM ${usageTable} u WHERE ${c('model')} IS NOT NULL AND ${c('model')} <> ''
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
  // Why a row is not priced (the library's reasons, in the order its checks run); NULL when it is.
  const reason = `CASE
      WHEN ${c('model')} IS NULL OR ${c('model')} = '' OR ${c('provider')} = '' THEN 'invalid-record'
      WHEN p.ambiguous THEN 'ambiguous-model'
      WHEN k.card_key IS NULL AND kn.k_model IS NOT NULL THEN 'retired-model'
      WHEN k.card_key IS NULL THEN 'unknown-model'
      WHEN ${invalid.map((condition) => `(${condition})`).join('\n        OR ')} THEN 'invalid-usage'
      WHEN st.card_key IS NULL THEN 'no-service-tier'
      WHEN st.first_threshold IS NOT NULL AND ${c('input_tokens')} > st.first_threshold AND COALESCE(${c('requests')}, 1) <> 1 THEN 'aggregated-long-context'
      WHEN st.unpriced_above IS NOT NULL AND ${c('input_tokens')} > st.unpriced_above THEN 'no-long-context-rate'
      WHEN ${missing.join(' OR ')} OR (${z('web_searches')} > 0 AND k.web_search_fee IS NULL) THEN 'missing-rate'
    END`;
  const parts = LEAF_COLUMNS.map(
    (leaf, i) =>
      `CASE WHEN (${leaves[i]}) = 0 THEN ${zero} ELSE ${d.times(`(${leaves[i]})`, `r.${leaf}`)} END`,
  );
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
LEFT JOIN picks p ON p.k_model = ${c('model')} AND p.k_provider = ${providerKey('u')}
  AND ${atMsU} >= p.seg_from AND ${atMsU} < p.seg_to AND ${minuteOfWeek} >= p.m_from AND ${minuteOfWeek} < p.m_to
LEFT JOIN known kn ON kn.k_model = ${c('model')} AND kn.k_provider = ${providerKey('u')}
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
