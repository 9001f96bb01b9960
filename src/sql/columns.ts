/**
 * The columns of the SQL that `tableToSQL` writes: the usage table's (documented, in the order
 * `createUsageTable` makes them), the rates table's per-token leaves, and the bounds the view checks.
 *
 * @module
 */

/**
 * The usage table's columns, in the order `createUsageTable` creates them: the usage record of
 * `tokenomics` and the log format of `tokenomics/budget`, one row per request or per aggregate. Every one
 * must exist in the table the view prices (NULL where not recorded); other columns pass through.
 *
 * @example
 * ```ts
 * import { USAGE_COLUMNS } from 'tokenomics/sql';
 * const ddl = `CREATE TABLE usage (${USAGE_COLUMNS.map((c) => `"${c.name}" ${c.type}`).join(', ')})`;
 * ```
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
export const LEAF_COLUMNS = [
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

/** Counts above this are refused by the estimator (2^53 - 1); the view marks them invalid-usage too. */
export const MAX_COUNT = '9007199254740991';
/** Bounds of the time segments, beyond any instant a timestamp holds (epoch milliseconds). */
export const MIN_MS = '-4611686018427387904';
export const MAX_MS = '4611686018427387904';

/** Count columns of the usage table that must be whole numbers from 0 to 2^53 - 1 when present. */
export const COUNT_COLUMNS = USAGE_COLUMNS.filter((column) => column.type === 'bigint').map(
  (column) => column.name,
);
