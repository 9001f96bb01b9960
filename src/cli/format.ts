/**
 * Output for people (aligned tables, exact amounts) and for machines (CSV with a header row). JSON output
 * is the library's own result objects, written with `JSON.stringify`.
 *
 * @module
 */

import type { Money } from '../money/money.js';

/** An amount as a person reads it: the exact decimal, with `$` for US dollars, else the currency code. */
export function amount(money: Money): string {
  return money.currency === 'USD' ? `$${money.amount}` : `${money.amount} ${money.currency}`;
}

/** A whole number with thousands separators. */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/**
 * Rows as an aligned table: a header, then the rows; columns listed in `right` are right-aligned (numbers).
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const widths = header.map((name, column) =>
    Math.max(name.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        right.includes(column)
          ? cell.padStart(widths[column] as number)
          : cell.padEnd(widths[column] as number),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV (RFC 4180) with a header row. */
export function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n');
}
