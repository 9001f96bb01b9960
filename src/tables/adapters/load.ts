/**
 * Loading a price table at run time, all or nothing, within one deadline and a byte budget.
 *
 * @module
 */

import {
  InvalidArgumentError,
  isTokenomicsError,
  TableLoadError,
  type TableLoadFailure,
} from '../../errors.js';
import { own, requireOptions } from '../../internal/checks.js';
import { describeValue } from '../../internal/describe.js';
import { tableFromJSON } from '../json.js';
import { type PriceTable, resolveTable } from '../table.js';
import type {
  AdjustedValue,
  DroppedField,
  ForeignCatalogOptions,
  ForeignCatalogResult,
  SkippedEntry,
} from './common.js';
import { fromGenaiPrices } from './genaiprices.js';
import { fromLiteLLM } from './litellm.js';
import { fromModelsDev } from './modelsdev.js';
import { fromOpenRouter } from './openrouter.js';

/** The formats {@link loadPriceTable} reads. */
export type PriceTableFormat = 'tokenomics' | 'litellm' | 'openrouter' | 'models.dev' | 'genai-prices';

type Reader = (json: unknown, options: ForeignCatalogOptions) => ForeignCatalogResult;

const READERS: ReadonlyMap<string, Reader> = new Map<string, Reader>([
  ['tokenomics', (json) => ({ table: tableFromJSON(json), skipped: [], dropped: [], adjusted: [] })],
  ['litellm', fromLiteLLM],
  ['openrouter', fromOpenRouter],
  ['models.dev', fromModelsDev],
  ['genai-prices', fromGenaiPrices],
]);

/** Default {@link LoadPriceTableOptions.timeoutMs}. */
const DEFAULT_TIMEOUT_MS = 10_000;
/** The longest {@link LoadPriceTableOptions.timeoutMs} accepted (10 minutes). */
const MAX_TIMEOUT_MS = 600_000;
/** Default {@link LoadPriceTableOptions.maxBytes}: 32 MiB, eight times the largest public catalog (models.dev). */
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
/** The largest {@link LoadPriceTableOptions.maxBytes} accepted (1 GiB). */
const MAX_MAX_BYTES = 1024 * 1024 * 1024;

const OPTIONS = [
  'url',
  'load',
  'fetchImpl',
  'format',
  'timeoutMs',
  'maxBytes',
  'fallback',
  'minCards',
  'name',
];

/** Options of {@link loadPriceTable}. Give `url` (fetched with `fetch`) or `load` (your own loader). */
export interface LoadPriceTableOptions {
  /** Where the table is published (`http:` or `https:`); fetched with the global `fetch` (or `fetchImpl`). */
  readonly url?: string;
  /** Your own loader, instead of `url`: returns the JSON text, the parsed JSON, or a fetch `Response`. */
  readonly load?: (signal: AbortSignal) => Promise<unknown>;
  /** A `fetch` implementation for `url` (default: the global one). */
  readonly fetchImpl?: (url: string, init: { signal: AbortSignal }) => Promise<Response>;
  /** The format of the document. */
  readonly format: PriceTableFormat;
  /**
   * Give up after this many milliseconds, counted over the whole load: connection, headers and body.
   * A whole number from 1 to 600,000. Default 10,000.
   */
  readonly timeoutMs?: number;
  /**
   * Refuse a body larger than this many bytes (after decompression), counted while it streams in. A whole
   * number from 1 to 1 GiB. Default 32 MiB.
   */
  readonly maxBytes?: number;
  /** The table to use when anything fails (typically the built-in catalog). */
  readonly fallback: PriceTable;
  /** Fewer cards than this is a failure (a truncated feed). A whole number, default 1. */
  readonly minCards?: number;
  /** A name for the loaded table. */
  readonly name?: string;
}

/** The outcome of {@link loadPriceTable}: the loaded table, or the fallback with the reason. */
export type LoadPriceTableResult =
  | {
      readonly source: 'loaded';
      readonly table: PriceTable;
      readonly skipped: readonly SkippedEntry[];
      readonly dropped: readonly DroppedField[];
      readonly adjusted: readonly AdjustedValue[];
    }
  | { readonly source: 'fallback'; readonly table: PriceTable; readonly error: TableLoadError };

function badOption(argument: string, value: unknown, fix: string): never {
  throw new InvalidArgumentError(`loadPriceTable option ${argument} is ${describeValue(value)}; ${fix}`, {
    argument,
    value,
  });
}

function wholeNumber(value: unknown, argument: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max) return value;
  return badOption(argument, value, `it must be a whole number from ${min} to ${max}.`);
}

/** The checked options. */
interface Plan {
  readonly url?: string;
  readonly load?: (signal: AbortSignal) => Promise<unknown>;
  readonly fetchImpl: (url: string, init: { signal: AbortSignal }) => Promise<unknown>;
  readonly reader: Reader;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly fallback: PriceTable;
  readonly minCards: number;
  readonly name?: string;
  readonly where: string;
}

function plan(options: LoadPriceTableOptions): Plan {
  if (options === undefined) badOption('(options)', options, 'pass { url, format, fallback }.');
  const checked = requireOptions(options, OPTIONS, 'loadPriceTable');
  const fallback = own(checked, 'fallback');
  if (fallback === undefined)
    badOption('fallback', fallback, 'pass the table to use when loading fails, e.g. { fallback: catalog }.');
  try {
    resolveTable(fallback);
  } catch {
    badOption(
      'fallback',
      fallback,
      'it must be a price table (createPriceTable, or catalog from tokenomics/data).',
    );
  }
  const url = own(checked, 'url');
  const load = own(checked, 'load');
  if ((url === undefined) === (load === undefined)) {
    badOption(
      'url/load',
      url ?? load,
      'pass exactly one of { url } or { load }: where to read the table from.',
    );
  }
  if (url !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = typeof url === 'string' ? new URL(url) : undefined;
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
      badOption('url', url, 'it must be an absolute http: or https: URL.');
    }
  }
  if (load !== undefined && typeof load !== 'function')
    badOption('load', load, 'it must be a function returning a promise.');
  const fetchImpl = own(checked, 'fetchImpl') ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') {
    badOption('fetchImpl', fetchImpl, 'it must be a fetch function (no global fetch is available here).');
  }
  const format = own(checked, 'format');
  const reader = typeof format === 'string' ? READERS.get(format) : undefined;
  if (reader === undefined) {
    badOption('format', format, `use one of ${[...READERS.keys()].map((f) => `'${f}'`).join(', ')}.`);
  }
  const name = own(checked, 'name');
  if (name !== undefined && (typeof name !== 'string' || name.length === 0 || name.length > 200)) {
    badOption('name', name, 'it must be a string of 1 to 200 characters.');
  }
  return {
    ...(url === undefined ? {} : { url: url as string }),
    ...(load === undefined ? {} : { load: load as Plan['load'] & object }),
    fetchImpl: fetchImpl as Plan['fetchImpl'],
    reader,
    timeoutMs: wholeNumber(own(checked, 'timeoutMs'), 'timeoutMs', 1, MAX_TIMEOUT_MS, DEFAULT_TIMEOUT_MS),
    maxBytes: wholeNumber(own(checked, 'maxBytes'), 'maxBytes', 1, MAX_MAX_BYTES, DEFAULT_MAX_BYTES),
    fallback: fallback as PriceTable,
    minCards: wholeNumber(own(checked, 'minCards'), 'minCards', 0, 100_000_000, 1),
    ...(name === undefined ? {} : { name: name as string }),
    where: url === undefined ? 'the loader' : (url as string),
  };
}

function failure(
  plan: Plan,
  reason: TableLoadFailure,
  message: string,
  extra = {},
  cause?: unknown,
): TableLoadError {
  return new TableLoadError(
    message,
    { where: plan.where, reason, ...extra },
    cause === undefined ? undefined : { cause },
  );
}

/** A value with a streaming body, as fetch `Response`s have. */
interface ResponseLike {
  readonly ok: boolean;
  readonly status: number;
  readonly headers?: { get(name: string): string | null };
  readonly body?: { getReader(): ReadableStreamDefaultReader<Uint8Array> } | null;
  text(): Promise<string>;
}

function isResponse(value: unknown): value is ResponseLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    'ok' in value &&
    typeof (value as { text?: unknown }).text === 'function'
  );
}

/** UTF-8 byte length of a string, without allocating. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Reads a response body as text, counting bytes as they arrive, and cancelling past `maxBytes`. The
 * reader's cancel is registered in `cancels`, so a timeout stops a body that never ends.
 */
async function readText(response: ResponseLike, plan: Plan, cancels: (() => void)[]): Promise<string> {
  const tooLarge = () =>
    failure(
      plan,
      'too-large',
      `Price table from ${plan.where} is larger than ${plan.maxBytes} bytes (the maxBytes option); raise it if the feed really is that large.`,
      { limit: plan.maxBytes },
    );
  const declared = Number(response.headers?.get?.('content-length'));
  if (Number.isFinite(declared) && declared > plan.maxBytes) throw tooLarge();
  const reader = response.body?.getReader?.();
  if (reader === undefined) {
    const text = await response.text();
    if (typeof text !== 'string')
      throw failure(plan, 'invalid-json', `Price table from ${plan.where} has a body that is not text.`);
    if (text.length > plan.maxBytes || utf8Length(text) > plan.maxBytes) throw tooLarge();
    return text;
  }
  cancels.push(() => {
    reader.cancel().catch(() => undefined);
  });
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > plan.maxBytes) throw tooLarge();
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
  return text + decoder.decode();
}

async function fetchDocument(plan: Plan, signal: AbortSignal, cancels: (() => void)[]): Promise<unknown> {
  const fetched =
    plan.load === undefined ? plan.fetchImpl(plan.url as string, { signal }) : plan.load(signal);
  const value = await fetched;
  let text: string;
  if (isResponse(value)) {
    if (!value.ok) {
      throw failure(
        plan,
        'http-status',
        `Price table request to ${plan.where} failed with HTTP ${value.status}.`,
        {
          status: value.status,
        },
      );
    }
    text = await readText(value, plan, cancels);
  } else if (typeof value === 'string') {
    if (value.length > plan.maxBytes || utf8Length(value) > plan.maxBytes) {
      throw failure(
        plan,
        'too-large',
        `Price table from ${plan.where} is larger than ${plan.maxBytes} bytes (the maxBytes option).`,
        { limit: plan.maxBytes },
      );
    }
    text = value;
  } else {
    return value;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw failure(
      plan,
      'invalid-json',
      `Price table from ${plan.where} is not valid JSON (${(error as Error).message}).`,
      {},
      error,
    );
  }
}

/**
 * Fetches a price table, validates it and builds it whole, or returns `fallback` with the reason. Nothing
 * is ever half-applied: a network error, a timeout (over the whole load, body included), an HTTP error, a
 * body above `maxBytes`, invalid JSON, a document of the wrong shape, invalid cards (tokenomics format) or
 * too few cards all give `{ source: 'fallback', error }`, where `error.details.reason` says which. Foreign
 * formats report the entries they skipped and the fields they dropped beside the table.
 *
 * @throws `InvalidArgumentError` (exported by `tokenomics`) only for bad options: a missing or invalid
 * fallback, both or neither of url/load, a URL that is not http(s), an unknown format, a timeout or byte
 * limit out of range, an unknown option.
 *
 * @example
 * ```ts
 * import { loadPriceTable } from 'tokenomics/adapters';
 * import { catalog } from 'tokenomics/data';
 * const result = await loadPriceTable({
 *   url: 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json',
 *   format: 'litellm',
 *   timeoutMs: 5_000,
 *   fallback: catalog,
 * });
 * if (result.source === 'fallback') console.warn(result.error.message);
 * const prices = result.table;
 * ```
 */
export async function loadPriceTable(options: LoadPriceTableOptions): Promise<LoadPriceTableResult> {
  const checked = plan(options);
  const controller = new AbortController();
  const cancels: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        failure(
          checked,
          'timeout',
          `Price table from ${checked.where} did not arrive whole within ${checked.timeoutMs} ms.`,
          {
            limit: checked.timeoutMs,
          },
        ),
      );
      controller.abort();
      for (const cancel of cancels) cancel();
    }, checked.timeoutMs);
  });
  try {
    const json = await Promise.race([
      Promise.resolve().then(() => fetchDocument(checked, controller.signal, cancels)),
      deadline,
    ]);
    let read: ForeignCatalogResult;
    try {
      read = checked.reader(json, {
        ...(checked.name === undefined ? {} : { name: checked.name }),
        ...(checked.url === undefined ? {} : { url: checked.url }),
      });
    } catch (error) {
      if (!isTokenomicsError(error)) throw error;
      throw failure(
        checked,
        'invalid-table',
        `Price table from ${checked.where} could not be read: ${error.message}`,
        {},
        error,
      );
    }
    if (read.table.cards.length < checked.minCards) {
      throw failure(
        checked,
        'too-few-cards',
        `Price table from ${checked.where} has ${read.table.cards.length} cards, fewer than the ${checked.minCards} required (minCards).`,
        { limit: checked.minCards },
      );
    }
    return {
      source: 'loaded',
      table: read.table,
      skipped: read.skipped,
      dropped: read.dropped,
      adjusted: read.adjusted,
    };
  } catch (error) {
    const reason = isTokenomicsError(error, 'TABLE_LOAD_FAILED')
      ? error
      : failure(
          checked,
          'network',
          `Price table from ${checked.where} could not be loaded: ${describeError(error)}`,
          {},
          error,
        );
    return { source: 'fallback', table: checked.fallback, error: reason };
  } finally {
    clearTimeout(timer);
  }
}

/** A thrown value's message, safely (anything can be thrown). */
function describeError(error: unknown): string {
  try {
    const message = (error as { message?: unknown })?.message;
    return typeof message === 'string' ? message : describeValue(error);
  } catch {
    return describeValue(error);
  }
}
