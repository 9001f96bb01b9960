import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entries as packageEntries } from '../../scripts/entries.mjs';
import { isTokenomicsError } from '../../src/index.js';
import { validArguments } from './arguments.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entries = packageEntries.map((entry) => entry.source);

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS_RANDOM = Number(process.env.FUZZ_RUNS ?? 600);
const RUNS_MUTATED = RUNS_RANDOM * 2;
/** A call that takes longer than this has hung (the defects this suite guards against took 10-100 s). */
const HANG_MS = 3_000;
const CODES = new Set([
  'INVALID_AMOUNT',
  'INVALID_ARGUMENT',
  'INVALID_USAGE',
  'INVALID_PRICE_CARD',
  'INVALID_PRICE_TABLE',
  'UNPRICED_USAGE',
  'CURRENCY_MISMATCH',
  'UNKNOWN_MODEL',
  'RETIRED_MODEL',
  'AMBIGUOUS_MODEL',
  'UNKNOWN_PRESET',
  'INVALID_FOREIGN_CATALOG',
  'TABLE_LOAD_FAILED',
  'INVALID_LOG_RECORD',
  'CAPACITY_EXCEEDED',
]);
/** Functions whose money may be negative by design (plain money arithmetic on caller amounts). */
const NEGATIVE_MONEY_OK = new Set([
  'money',
  'addMoney',
  'subtractMoney',
  'sumMoney',
  'multiplyMoney',
  'divideMoney',
  'roundMoney',
  'convertMoney',
  'toDecimalString',
  'formatMoney',
]);

/** Builds `levels` of nesting without recursion. */
function nested(levels: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = kind === 'array' ? [value] : { a: value, inputTokens: value };
  return value;
}

const hostile = fc.constantFrom<unknown>(
  null,
  undefined,
  0,
  -0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 53,
  9e15,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  '',
  ' ',
  '1e400',
  '1e-400',
  '123e398',
  '0x10',
  '-1',
  'NaN',
  '2025-02-30',
  '2025-06-10T16:45',
  'x'.repeat(10_000),
  'toString',
  'constructor',
  '__proto__',
  'valueOf',
  'hasOwnProperty',
  'prototype',
  [],
  new Array(3), // a sparse array: three holes
  Object.create(null),
  new Date(Number.NaN),
  new Date(8.64e15),
  { kind: 'price-table', name: 'fake', cards: [{}], layers: 5 },
  { kind: 'price-table', name: 'fake', cards: 'x', layers: [] },
  { kind: 'price-table', name: 'fake', cards: [], layers: [null] },
  nested(3_000, 'array'),
  nested(3_000, 'object'),
);

const anything = fc.anything({
  maxDepth: 3,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withSparseArray: true,
  withBoxedValues: true,
  withObjectString: true,
  withMap: true,
  withSet: true,
});

const value = fc.oneof({ weight: 3, arbitrary: hostile }, { weight: 2, arbitrary: anything });

/** A valid argument object with one of its own keys replaced, removed, or one unknown key added. */
function mutate(valid: unknown): fc.Arbitrary<unknown> {
  if (typeof valid !== 'object' || valid === null || Array.isArray(valid)) {
    return fc.oneof(fc.constant(valid), value);
  }
  const keys = Object.keys(valid);
  if (keys.length === 0) return fc.oneof(fc.constant(valid), value);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...keys), value).map(([key, replacement]) => ({ ...valid, [key]: replacement })),
    fc.constantFrom(...keys).map((key) => {
      const copy: Record<string, unknown> = { ...valid };
      delete copy[key];
      return copy;
    }),
    fc.tuple(fc.string({ maxLength: 12 }), value).map(([key, extra]) => ({ ...valid, [key]: extra })),
    fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys)).map(([key, inner]) => {
      const field = (valid as Record<string, unknown>)[key];
      return typeof field === 'object' && field !== null && !Array.isArray(field)
        ? { ...valid, [key]: { ...field, [inner]: -1 } }
        : { ...valid, [key]: inner };
    }),
  );
}

/** What a call may leave behind: a right answer or a tokenomics error, checked here. */
function checkOutcome(name: string, outcome: { value?: unknown; error?: unknown }): void {
  if ('error' in outcome) {
    const error = outcome.error;
    if (!isTokenomicsError(error)) {
      throw new Error(`${name} threw a non-tokenomics error: ${String((error as Error)?.stack ?? error)}`);
    }
    expect(CODES.has(error.code), `${name}: unknown code ${error.code}`).toBe(true);
    expect(typeof error.message === 'string' && error.message.length > 0).toBe(true);
    expect(error.message.length, `${name}: message too long`).toBeLessThan(5_000);
    return;
  }
  const problems: string[] = [];
  const seen = new Set<object>();
  const pending: [unknown, string][] = [[outcome.value, name]];
  while (pending.length > 0) {
    const [item, at] = pending.pop() as [unknown, string];
    if (typeof item === 'number' && !Number.isFinite(item)) problems.push(`${at} = ${item}`);
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    if (isTokenomicsError(item)) {
      // An error returned as a value (safeEstimateCost) may echo the bad input in its details.
      checkOutcome(name, { error: item });
      continue;
    }
    const record = item as Record<string, unknown>;
    if (typeof record.amount === 'string' && typeof record.currency === 'string') {
      if (!/^-?\d+(\.\d+)?$/.test(record.amount)) problems.push(`${at}.amount = ${record.amount}`);
      if (record.amount.startsWith('-') && !NEGATIVE_MONEY_OK.has(name))
        problems.push(`${at} is negative money`);
    }
    for (const key of Object.keys(record)) pending.push([record[key], `${at}.${key}`]);
  }
  expect(problems, `${name} returned bad numbers`).toEqual([]);
}

/** Calls `fn` with `args`, awaiting a promise, and checks the outcome and the time it took. */
async function call(name: string, fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<void> {
  const started = performance.now();
  let outcome: { value?: unknown; error?: unknown };
  try {
    let result = fn(...args);
    if (result instanceof Promise) result = await result;
    outcome = { value: result };
  } catch (error) {
    outcome = { error };
  }
  const elapsed = performance.now() - started;
  expect(elapsed, `${name} took ${elapsed.toFixed(0)} ms`).toBeLessThan(HANG_MS);
  checkOutcome(name, outcome);
}

const PROTOTYPES = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
];
let before: string[][];
beforeAll(() => {
  before = PROTOTYPES.map((prototype) => Object.getOwnPropertyNames(prototype).sort());
});
afterAll(() => {
  expect(PROTOTYPES.map((prototype) => Object.getOwnPropertyNames(prototype).sort())).toEqual(before);
  expect(Object.keys(Object.prototype)).toEqual([]);
});

function isClass(fn: unknown): boolean {
  return typeof fn === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

const modules = await Promise.all(
  entries.map(
    async (entry) => [entry, (await import(`${root}${entry}`)) as Record<string, unknown>] as const,
  ),
);

describe('fuzzing every public function', () => {
  for (const [entry, module] of modules) {
    const functions = Object.entries(module).filter(
      (pair): pair is [string, (...args: unknown[]) => unknown] =>
        typeof pair[1] === 'function' && !isClass(pair[1]),
    );
    if (functions.length === 0) continue; // the data entries export tables only
    describe(entry, () => {
      for (const [name, fn] of functions) {
        it(`${name}: random and hostile arguments`, async () => {
          await fc.assert(
            fc.asyncProperty(fc.array(value, { maxLength: 4 }), (args) => call(name, fn, args)),
            { numRuns: RUNS_RANDOM, seed: SEED },
          );
        });
        const valid = validArguments[name];
        if (valid === undefined) continue;
        it(`${name}: valid arguments with one part broken`, async () => {
          const argumentLists = valid.map((list) =>
            fc.tuple(
              ...list.map((argument) =>
                fc.oneof({ weight: 3, arbitrary: fc.constant(argument) }, mutate(argument)),
              ),
            ),
          );
          await fc.assert(
            fc.asyncProperty(fc.oneof(...argumentLists), (args) => call(name, fn, args)),
            { numRuns: RUNS_MUTATED, seed: SEED },
          );
        });
      }
    });
  }

  it('every exported function has valid arguments for the mutation pass', () => {
    const missing: string[] = [];
    for (const [, module] of modules) {
      for (const [name, fn] of Object.entries(module)) {
        if (typeof fn === 'function' && !isClass(fn) && validArguments[name] === undefined)
          missing.push(name);
      }
    }
    expect(missing).toEqual([]);
  });
});
