/**
 * Reading a usage log as text: JSONL or CSV, from a string, chunks of text or bytes (a file stream, a
 * `fetch` body), split into lines here and priced line by line.
 *
 * @module
 */

import { InvalidArgumentError } from '../errors.js';
import { own, requireOptions } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import { type AggregateOptions, Aggregator, isBlank, type UsageReport } from './aggregate.js';
import { type CsvColumns, type CsvMapping, csvColumns, csvOpen, csvRecord, splitCsv } from './csv.js';

/** Options of {@link aggregateLog}: those of `aggregateUsage`, the format, and progress. */
export interface AggregateLogOptions extends AggregateOptions {
  /** `jsonl` (default): one JSON record per line; `csv`: a header row, then one request per row. */
  readonly format?: 'jsonl' | 'csv';
  /** How CSV columns map to log fields. */
  readonly csv?: CsvMapping;
  /** Called about every 65,536 lines with the lines and bytes (characters) read so far. */
  readonly onProgress?: (progress: { readonly lines: number; readonly bytes: number }) => void;
}

/** Text to read: a whole string or buffer, or chunks of text or UTF-8 bytes, synchronous or not. */
export type LogText =
  | string
  | Uint8Array
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>
  | ReadableStream<string | Uint8Array>;

const LOG_OPTIONS = [
  'table',
  'groupBy',
  'serviceTier',
  'at',
  'strict',
  'maxProblems',
  'format',
  'csv',
  'onProgress',
] as const;
const PROGRESS_EVERY = 65_536;

/** A line handler: the line is `text[start, end)`. */
type LineHandler = (text: string, start: number, end: number, line: number) => void;

/**
 * Splits text chunks into lines and hands each to `onLine` as a span of its chunk (no slicing); a line cut
 * by a chunk boundary is joined first. Counts lines and characters for progress.
 */
class LineSplitter {
  private rest = '';
  private decoder: TextDecoder | undefined;
  lines = 0;
  bytes = 0;
  private nextProgress = PROGRESS_EVERY;

  constructor(
    private readonly onLine: LineHandler,
    private readonly progress: ((progress: { lines: number; bytes: number }) => void) | undefined,
  ) {}

  push(chunk: string | Uint8Array): void {
    let text: string;
    if (typeof chunk === 'string') text = chunk;
    else if (chunk instanceof Uint8Array) {
      this.decoder ??= new TextDecoder('utf-8');
      text = this.decoder.decode(chunk, { stream: true });
    } else {
      throw new InvalidArgumentError(
        `A log chunk is ${describeValue(chunk)}; chunks are strings or Uint8Arrays (UTF-8 bytes).`,
        { argument: 'source', value: chunk },
      );
    }
    this.bytes += text.length;
    let newline = text.indexOf('\n');
    if (newline === -1) {
      this.rest += text;
      return;
    }
    let start = 0;
    if (this.rest.length > 0) {
      this.joined(this.rest + text.slice(0, newline));
      this.rest = '';
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    while (newline !== -1) {
      this.emit(text, start, newline);
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    this.rest = text.slice(start);
  }

  end(): void {
    if (this.decoder !== undefined) this.rest += this.decoder.decode();
    if (this.rest.length > 0) this.joined(this.rest);
    this.rest = '';
    this.progress?.({ lines: this.lines, bytes: this.bytes });
  }

  private joined(line: string): void {
    this.emit(line, 0, line.length);
  }

  private emit(text: string, start: number, end: number): void {
    this.lines++;
    if (this.progress !== undefined && this.lines === this.nextProgress) {
      this.nextProgress += PROGRESS_EVERY;
      this.progress({ lines: this.lines, bytes: this.bytes });
    }
    this.onLine(text, start, end, this.lines);
  }
}

/** Turns CSV lines (a record may span lines inside quotes) into records for the aggregator. */
class CsvReader {
  private columns: CsvColumns | undefined;
  private pending = '';
  private pendingLine = 0;

  constructor(
    private readonly aggregator: Aggregator,
    private readonly mapping: CsvMapping | undefined,
  ) {}

  line(text: string, number: number): void {
    if (this.pending.length > 0) {
      this.pending += `\n${text}`;
      if (csvOpen(this.pending)) return;
      text = this.pending;
      number = this.pendingLine;
      this.pending = '';
    } else if (csvOpen(text)) {
      this.pending = text;
      this.pendingLine = number;
      return;
    }
    if (isBlank(text)) return;
    if (this.columns === undefined) {
      let header: string[];
      try {
        header = splitCsv(text);
      } catch (error) {
        throw new InvalidArgumentError(
          `The CSV header (line ${number}) is not a CSV row: ${(error as Error).message}; the first line names the columns.`,
          { argument: 'source', value: text.length > 200 ? `${text.slice(0, 200)}...` : text },
        );
      }
      this.columns = csvColumns(header, this.mapping);
      return;
    }
    let cells: string[];
    try {
      cells = splitCsv(text);
    } catch (error) {
      this.aggregator.reportUnreadable(number, `not a CSV row (${(error as Error).message})`);
      return;
    }
    this.aggregator.addValue(csvRecord(cells, this.columns), number);
  }

  end(): void {
    if (this.pending.length > 0) {
      this.aggregator.reportUnreadable(this.pendingLine, 'a quoted CSV field is not closed before the end');
    }
  }
}

function readMapping(value: unknown): CsvMapping | undefined {
  if (value === undefined) return undefined;
  const checked = requireOptions(value as CsvMapping, ['columns', 'tags', 'ignore'], 'aggregateLog csv');
  for (const name of ['tags', 'ignore'] as const) {
    const list = own(checked, name);
    if (list !== undefined && !(Array.isArray(list) && list.every((item) => typeof item === 'string'))) {
      throw new InvalidArgumentError(`csv.${name} is ${describeValue(list)}; pass a list of header names.`, {
        argument: `csv.${name}`,
        value: list,
      });
    }
  }
  const columns = own(checked, 'columns');
  if (
    columns !== undefined &&
    (typeof columns !== 'object' ||
      columns === null ||
      !Object.values(columns).every((name) => typeof name === 'string'))
  ) {
    throw new InvalidArgumentError(
      `csv.columns is ${describeValue(columns)}; map fields to header names, e.g. { inputTokens: 'prompt_tokens' }.`,
      { argument: 'csv.columns', value: columns },
    );
  }
  return checked;
}

/**
 * Prices and totals a usage log given as text: a JSONL file (one {@link UsageLogRecord} per line) or a CSV
 * file (a header row naming the fields; see {@link CsvMapping}), as a string, as chunks (a Node file stream,
 * a web `ReadableStream`, an async generator) of text or UTF-8 bytes. Lines are split here, so a
 * gigabyte log streams through with memory proportional to the number of groups. Blank lines are skipped;
 * problems carry 1-based line numbers. Everything else is {@link aggregateUsage}.
 *
 * @throws `InvalidArgumentError` for a bad option or CSV header; `InvalidLogRecordError` under `strict`.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { aggregateLog } from 'tokenomics/budget';
 * import { catalog } from 'tokenomics/data';
 * const report = await aggregateLog(createReadStream('usage.jsonl'), { table: catalog, groupBy: ['model', 'day'] });
 * for (const group of report.groups) console.log(group.key.model, group.key.day, group.total.amount);
 * console.log(report.records, report.problemCounts);
 * ```
 */
export async function aggregateLog(source: LogText, options: AggregateLogOptions): Promise<UsageReport> {
  const checked = requireOptions(options, LOG_OPTIONS, 'aggregateLog');
  const format = own(checked, 'format') ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'csv') {
    throw new InvalidArgumentError(`Log format ${describeValue(format)} is not 'jsonl' or 'csv'.`, {
      argument: 'format',
      value: format,
    });
  }
  const onProgress = own(checked, 'onProgress');
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new InvalidArgumentError(
      `onProgress is ${describeValue(onProgress)}; pass a function or leave it out.`,
      {
        argument: 'onProgress',
        value: onProgress,
      },
    );
  }
  const { format: _format, csv, onProgress: _progress, ...aggregateOptions } = checked;
  const aggregator = new Aggregator(aggregateOptions);
  let onLine: LineHandler;
  let finish = (): void => {};
  if (format === 'csv') {
    const reader = new CsvReader(aggregator, readMapping(csv));
    onLine = (text, start, end, number) => reader.line(text.slice(start, end), number);
    finish = () => reader.end();
  } else {
    onLine = (text, start, end, number) => aggregator.addSpan(text, start, end, number);
  }
  const splitter = new LineSplitter(onLine, onProgress as AggregateLogOptions['onProgress']);
  if (typeof source === 'string' || source instanceof Uint8Array) splitter.push(source);
  else if (typeof ReadableStream !== 'undefined' && source instanceof ReadableStream) {
    const reader = source.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      splitter.push(value);
    }
  } else if (typeof source === 'object' && source !== null && Symbol.asyncIterator in source) {
    for await (const chunk of source as AsyncIterable<string | Uint8Array>) splitter.push(chunk);
  } else if (typeof source === 'object' && source !== null && Symbol.iterator in source) {
    for (const chunk of source as Iterable<string | Uint8Array>) splitter.push(chunk);
  } else {
    throw new InvalidArgumentError(
      `aggregateLog reads text: a string, or chunks of text or bytes (a stream, an iterable), not ${describeValue(source)}.`,
      { argument: 'source', value: source },
    );
  }
  splitter.end();
  finish();
  return aggregator.report();
}
