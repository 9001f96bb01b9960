/**
 * What differs between the SQL engines `tableToSQL` writes for: the exact money type, integer division, the
 * epoch milliseconds of a timestamp, and exact multiplication.
 *
 * @module
 */

/** The SQL dialects the script is written for (and tested on). */
export type SqlDialect = 'duckdb' | 'postgres';

export interface Dialect {
  /** The exact type of money and per-token rates with `scale` decimals. */
  money(scale: number): string;
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
export function floorBigint(a: string, b: string): string {
  return `(((${a}) - ((((${a}) % ${b}) + ${b}) % ${b})) / ${b})`;
}

export const DIALECTS: Readonly<Record<SqlDialect, Dialect>> = {
  duckdb: {
    // At least 18 decimals, so the type (and views a user builds on the priced view) survive a refresh.
    money: (scale) => `DECIMAL(38, ${Math.max(18, scale)})`,
    floorDiv: (a, b) => `((${a}) - ((((${a}) % ${b}) + ${b}) % ${b})) // ${b}`,
    epochMs: (column) => `epoch_ms(${column})`,
    nowMs: 'epoch_ms(get_current_timestamp())',
    times: (count, rate) => `CAST(${count} AS DECIMAL(18, 0)) * ${rate}`,
  },
  postgres: {
    money: () => 'NUMERIC',
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
