/**
 * Loading a price table at run time, all or nothing.
 *
 * @module
 */

import { describeValue, InvalidArgumentError, isTokenomicsError, TableLoadError } from '../../errors.js';
import { tableFromJSON } from '../json.js';
import type { PriceTable } from '../table.js';
import type { DroppedField, ForeignCatalogOptions, ForeignCatalogResult, SkippedEntry } from './common.js';
import { fromGenaiPrices } from './genaiprices.js';
import { fromLiteLLM } from './litellm.js';
import { fromModelsDev } from './modelsdev.js';
import { fromOpenRouter } from './openrouter.js';

/** The formats {@link loadPriceTable} reads. */
export type PriceTableFormat = 'tokenomics' | 'litellm' | 'openrouter' | 'models.dev' | 'genai-prices';

const READERS: Readonly<
  Record<
    Exclude<PriceTableFormat, 'tokenomics'>,
    (json: unknown, options: ForeignCatalogOptions) => ForeignCatalogResult
  >
> = {
  litellm: fromLiteLLM,
  openrouter: fromOpenRouter,
  'models.dev': fromModelsDev,
  'genai-prices': fromGenaiPrices,
};

/** Options of {@link loadPriceTable}. Give `url` (fetched with `fetch`) or `load` (your own loader). */
export interface LoadPriceTableOptions {
  /** Where the table is published; fetched with the global `fetch` (or `fetchImpl`). */
  readonly url?: string;
  /** Your own loader, instead of `url`: returns the JSON text, the parsed JSON, or a fetch `Response`. */
  readonly load?: (signal: AbortSignal) => Promise<unknown>;
  /** A `fetch` implementation for `url` (default: the global one). */
  readonly fetchImpl?: (url: string, init: { signal: AbortSignal }) => Promise<Response>;
  /** The format of the document. */
  readonly format: PriceTableFormat;
  /** Give up after this many milliseconds. Default 10,000. */
  readonly timeoutMs?: number;
  /** The table to use when anything fails (typically the built-in catalog). */
  readonly fallback: PriceTable;
  /** Fewer cards than this is a failure (a truncated feed). Default 1. */
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
    }
  | { readonly source: 'fallback'; readonly table: PriceTable; readonly error: TableLoadError };

function isResponse(value: unknown): value is Response {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Response).text === 'function' &&
    'ok' in value
  );
}

async function readBody(value: unknown, where: string): Promise<unknown> {
  if (isResponse(value)) {
    if (!value.ok)
      throw new TableLoadError(`Price table request to ${where} failed with HTTP ${value.status}.`, {
        status: value.status,
      });
    return readBody(await value.text(), where);
  }
  if (typeof value === 'string') {
    try {
      return JSON.parse(value);
    } catch (error) {
      throw new TableLoadError(
        `Price table from ${where} is not valid JSON (${(error as Error).message}).`,
        {},
        error,
      );
    }
  }
  return value;
}

/**
 * Fetches a price table, validates it and builds it whole, or returns `fallback` with the reason. Nothing
 * is ever half-applied: a network error, a timeout, an HTTP error, invalid JSON, a document of the wrong
 * shape, invalid cards (tokenomics format) or too few cards all give `{ source: 'fallback', error }`.
 * Foreign formats report the entries they skipped and the fields they dropped beside the table.
 *
 * @throws `InvalidArgumentError` (exported by `tokenomics`) only for bad options (no fallback, both or neither of url/load).
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
  if (
    typeof options !== 'object' ||
    options === null ||
    typeof options.fallback !== 'object' ||
    options.fallback === null
  ) {
    throw new InvalidArgumentError(
      'loadPriceTable needs a fallback table; pass { fallback: catalog } or your own table.',
      {},
    );
  }
  if ((options.url === undefined) === (options.load === undefined)) {
    throw new InvalidArgumentError(
      'loadPriceTable needs exactly one of { url } or { load }; pass where to read the table from.',
      {},
    );
  }
  if (options.format !== 'tokenomics' && !(options.format in READERS)) {
    throw new InvalidArgumentError(
      `Table format ${describeValue(options.format)} is not one of 'tokenomics', 'litellm', 'openrouter', 'models.dev', 'genai-prices'.`,
      { format: options.format },
    );
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  const where = options.url ?? 'the loader';
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        new TableLoadError(`Price table from ${where} did not arrive within ${timeoutMs} ms.`, { timeoutMs }),
      );
    }, timeoutMs);
  });
  try {
    const fetched = options.load
      ? options.load(controller.signal)
      : (options.fetchImpl ?? globalThis.fetch)(options.url as string, { signal: controller.signal });
    const json = await readBody(await Promise.race([fetched, timeout]), where);
    const read =
      options.format === 'tokenomics'
        ? { table: tableFromJSON(json), skipped: [], dropped: [] }
        : READERS[options.format](json, {
            ...(options.name === undefined ? {} : { name: options.name }),
            ...(options.url === undefined ? {} : { url: options.url }),
          });
    const minCards = options.minCards ?? 1;
    if (read.table.cards.length < minCards) {
      throw new TableLoadError(
        `Price table from ${where} has ${read.table.cards.length} cards, fewer than the ${minCards} required.`,
        {
          cards: read.table.cards.length,
        },
      );
    }
    return { source: 'loaded', table: read.table, skipped: read.skipped, dropped: read.dropped };
  } catch (error) {
    const reason = isTokenomicsError(error, 'TABLE_LOAD_FAILED')
      ? error
      : new TableLoadError(
          `Price table from ${where} could not be loaded: ${isTokenomicsError(error) ? error.message : String((error as Error)?.message ?? error)}`,
          isTokenomicsError(error) ? { code: error.code } : {},
          error,
        );
    return { source: 'fallback', table: options.fallback, error: reason };
  } finally {
    clearTimeout(timer);
  }
}
