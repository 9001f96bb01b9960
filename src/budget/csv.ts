/**
 * Usage logs as CSV: a header row, one request per row, columns mapped to the log record's fields.
 *
 * @module
 */

import type { ServiceTierName } from '../cards/types.js';
import { COUNT_FIELDS } from '../cards/usage.js';
import { InvalidArgumentError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import type { UsageLogRecord } from './record.js';

/** The log fields a CSV column can hold. */
export type CsvField =
  | 'model'
  | 'provider'
  | 'at'
  | 'serviceTier'
  | 'inputTokens'
  | 'outputTokens'
  | 'cacheReadTokens'
  | 'cacheWriteTokens'
  | 'cacheWrite1hTokens'
  | 'reasoningTokens'
  | 'audioInputTokens'
  | 'audioCacheReadTokens'
  | 'audioOutputTokens'
  | 'imageInputTokens'
  | 'imageCacheReadTokens'
  | 'imageOutputTokens'
  | 'requests'
  | 'webSearches';

/**
 * How a CSV file's columns map to log fields. Without `columns`, a header named like a field (camelCase or
 * snake_case: `inputTokens` or `input_tokens`) is that field. A header that is neither a field nor listed
 * in `tags` or `ignore` is refused: an unread `cached_tokens` column would misprice every row.
 */
export interface CsvMapping {
  /** Field -> header, for headers named otherwise (`{ inputTokens: 'prompt_tokens' }`). */
  readonly columns?: Partial<Record<CsvField, string>>;
  /** Headers whose values become tags of the same name (`['team', 'feature']`). */
  readonly tags?: readonly string[];
  /** Headers to leave unread on purpose (`['request_id']`). */
  readonly ignore?: readonly string[];
}

const FIELDS: readonly CsvField[] = ['model', 'provider', 'at', 'serviceTier', ...COUNT_FIELDS];
const TEXT_FIELDS = new Set<CsvField>(['model', 'provider', 'at', 'serviceTier']);

const snake = (name: string) => name.replace(/[A-Z0-9]+/g, (part) => `_${part.toLowerCase()}`);

/** Splits one CSV record (RFC 4180: quoted fields, doubled quotes) into its fields. */
export function splitCsv(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  const n = line.endsWith('\r') ? line.length - 1 : line.length;
  while (i <= n) {
    if (line.charCodeAt(i) === 34) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const quote = line.indexOf('"', j);
        if (quote === -1 || quote >= n) throw new SyntaxError('a quoted field is not closed');
        value += line.slice(j, quote);
        if (line.charCodeAt(quote + 1) === 34) {
          value += '"';
          j = quote + 2;
        } else {
          j = quote + 1;
          break;
        }
      }
      if (j < n && line.charCodeAt(j) !== 44) throw new SyntaxError('text after a quoted field');
      fields.push(value);
      i = j + 1;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma === -1 || comma > n ? n : comma;
      fields.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return fields;
}

/** True when a CSV record continues on the next line (an open quoted field). */
export function csvOpen(text: string): boolean {
  let quotes = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) quotes++;
  return quotes % 2 === 1;
}

/** What a header row means: per column, the field, the tag, or nothing (ignored). */
export type CsvColumns = readonly ({ field: CsvField } | { tag: string } | null)[];

/** Reads a header row against a mapping, or throws naming the unknown headers. */
export function csvColumns(header: readonly string[], mapping: CsvMapping | undefined): CsvColumns {
  const byHeader = new Map<string, CsvField>();
  const explicit = mapping?.columns ?? {};
  for (const field of FIELDS) {
    const named = explicit[field];
    if (named !== undefined) byHeader.set(named, field);
    else {
      byHeader.set(field, field);
      byHeader.set(snake(field), field);
    }
  }
  const tags = new Set(mapping?.tags ?? []);
  const ignore = new Set(mapping?.ignore ?? []);
  const unknown: string[] = [];
  const seen = new Set<CsvField>();
  const columns = header.map((raw) => {
    const name = raw.trim();
    if (tags.has(name)) return { tag: name };
    if (ignore.has(name)) return null;
    const field = byHeader.get(name);
    if (field === undefined || seen.has(field)) {
      unknown.push(name);
      return null;
    }
    seen.add(field);
    return { field };
  });
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `CSV header ${unknown.map((name) => describeValue(name)).join(', ')} is not a log field (or repeats one); map it with columns (e.g. { inputTokens: 'prompt_tokens' }), list it in tags, or in ignore. The fields: ${FIELDS.join(', ')}.`,
      { argument: 'csv', value: unknown },
    );
  }
  for (const required of ['model', 'inputTokens', 'outputTokens'] as const) {
    if (!seen.has(required)) {
      throw new InvalidArgumentError(
        `CSV header has no ${required} column; name one ${required} or ${snake(required)}, or map it with columns.`,
        { argument: 'csv', value: header },
      );
    }
  }
  return columns;
}

/**
 * A CSV row as a log record. Empty cells are absent fields; counts are read with `Number` and checked by
 * the usage validation (a `12.5` or `abc` count is an invalid record, not a zero).
 */
export function csvRecord(cells: readonly string[], columns: CsvColumns): UsageLogRecord {
  const usage: Record<string, number> = {};
  const record: {
    model?: string;
    provider?: string;
    at?: string;
    serviceTier?: ServiceTierName;
    usage: Record<string, number>;
    tags?: Record<string, string>;
  } = { usage };
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const cell = cells[i];
    if (column === null || column === undefined || cell === undefined || cell === '') continue;
    if ('tag' in column) {
      record.tags ??= {};
      record.tags[column.tag] = cell;
    } else if (TEXT_FIELDS.has(column.field)) {
      (record as Record<string, unknown>)[column.field] = cell;
    } else {
      const text = cell.trim();
      usage[column.field] = /^\d+$/.test(text) ? Number(text) : (text as unknown as number);
    }
  }
  return record as unknown as UsageLogRecord;
}
