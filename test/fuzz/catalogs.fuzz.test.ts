/**
 * The readers on mutated real catalogs: slices of the four foreign catalogs in ../shared/data/foreign/ (when
 * present; a small in-repo sample otherwise), with one value anywhere in the document replaced by a hostile
 * one. Every read must return a table (the bad entry skipped or its field dropped) or throw
 * `INVALID_FOREIGN_CATALOG` for a document of the wrong overall shape; never anything else, and the rest of
 * the document is kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTokenomicsError } from '../../src/index.js';
import {
  type ForeignCatalogResult,
  fromGenaiPrices,
  fromLiteLLM,
  fromModelsDev,
  fromOpenRouter,
} from '../../src/tables/adapters/index.js';
import { validArguments } from './arguments.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 600) / 2;
const foreign = fileURLToPath(new URL('../../../shared/data/foreign/', import.meta.url));
const shared = existsSync(foreign);
if (!shared)
  console.warn(
    `Catalog fuzzing uses the in-repo samples: ${foreign} is absent (it ships with the team's shared data).`,
  );

function read(path: string): unknown {
  return JSON.parse(readFileSync(`${foreign}${path}`, 'utf8'));
}

/** The first `count` entries of an object (or list) catalog. */
function slice(document: unknown, count: number): unknown {
  if (Array.isArray(document)) return document.slice(0, count);
  return Object.fromEntries(Object.entries(document as Record<string, unknown>).slice(0, count));
}

const samples: Record<string, { reader: (json: unknown) => ForeignCatalogResult; document: unknown }> = {
  litellm: {
    reader: fromLiteLLM,
    document: shared
      ? slice(read('litellm/model_prices_and_context_window.json'), 120)
      : validArguments.fromLiteLLM?.[0]?.[0],
  },
  openrouter: {
    reader: fromOpenRouter,
    document: shared
      ? { data: (read('openrouter/models_2026-05-15.json') as { data: unknown[] }).data.slice(0, 80) }
      : validArguments.fromOpenRouter?.[0]?.[0],
  },
  'models.dev': {
    reader: fromModelsDev,
    document: shared ? slice(read('models.dev/api.json'), 6) : validArguments.fromModelsDev?.[0]?.[0],
  },
  'genai-prices': {
    reader: fromGenaiPrices,
    document: shared ? slice(read('genai-prices/v2_data.json'), 6) : validArguments.fromGenaiPrices?.[0]?.[0],
  },
};

/** Every path to a value inside a JSON document. */
function paths(document: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const pending: [unknown, (string | number)[]][] = [[document, []]];
  while (pending.length > 0) {
    const [value, path] = pending.pop() as [unknown, (string | number)[]];
    found.push(path);
    if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        pending.push([
          (value as Record<string, unknown>)[key],
          [...path, Array.isArray(value) ? Number(key) : key],
        ]);
      }
    }
  }
  return found;
}

/** A copy of the document with the value at `path` replaced (copying only along the path). */
function replaced(document: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (
    Array.isArray(document) ? [...document] : { ...(document as Record<string, unknown>) }
  ) as Record<string | number, unknown>;
  copy[head] = replaced((document as Record<string | number, unknown>)[head], rest, value);
  return copy;
}

function nested(levels: number): unknown {
  let value: unknown = '1e-6';
  for (let i = 0; i < levels; i++) value = { or: [value], equals: value };
  return value;
}

const hostile = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    -1,
    '-1',
    Number.NaN,
    '1e400',
    '1e-400',
    0.30000000000000004,
    '',
    'toString',
    '__proto__',
    {},
    [],
    Object.create(null),
    nested(3_000),
    'x'.repeat(5_000),
    { start_date: '2025-02-30' },
    { start_time: '25:00', end_time: '01:00' },
  ),
  fc.anything({ maxDepth: 2, withNullPrototype: true }),
);

describe('readers on mutated catalogs', () => {
  for (const [name, { reader, document }] of Object.entries(samples)) {
    const all = paths(document);
    const untouched = reader(document);

    it(`${name}: one value replaced anywhere gives a table or a shape error, never anything else`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...all), hostile, (path, value) => {
          let result: ForeignCatalogResult;
          try {
            result = reader(replaced(document, path, value));
          } catch (error) {
            if (!isTokenomicsError(error, 'INVALID_FOREIGN_CATALOG')) throw error;
            // Only the document's own overall shape may be refused.
            expect(path.length).toBeLessThanOrEqual(1);
            return;
          }
          // One bad value costs at most the entries it sits in; the rest of the catalog is still read.
          expect(result.table.cards.length).toBeGreaterThanOrEqual(untouched.table.cards.length - 60);
          for (const card of result.table.cards) {
            expect(card.inputPerMillion).toMatch(/^\d+(\.\d+)?$/);
            expect(card.outputPerMillion).toMatch(/^\d+(\.\d+)?$/);
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }
});
