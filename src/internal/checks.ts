/**
 * Argument checks shared by every layer: own-key reads (a user string never reaches an inherited member
 * such as `toString`), plain-object checks, options objects with no unknown keys, and nesting depth.
 *
 * @module
 */

import { InvalidArgumentError } from '../errors.js';
import { describeValue } from './describe.js';

/** `Object.hasOwn`, for a value that may be anything. */
export function hasOwn(value: object, key: PropertyKey): boolean {
  return Object.hasOwn(value, key);
}

/** The own property `key` of a record, or `undefined` (inherited members are never read). */
export function own(record: object, key: string): unknown {
  return hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks an options object: absent is `{}`; anything else must be an object whose own keys are all
 * `allowed` (a misspelled option is an error listing the real ones, never silently ignored).
 */
export function requireOptions<T extends object>(
  options: T | undefined,
  allowed: readonly string[],
  where: string,
): Partial<Record<string, unknown>> & T {
  if (options === undefined) return {} as T;
  if (!isRecord(options)) {
    throw new InvalidArgumentError(
      `${where} options are ${describeValue(options)}; pass an object such as { ${allowed[0] ?? ''}: ... } or leave them out.`,
      { argument: 'options', value: options },
    );
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new InvalidArgumentError(
        `${where} has no option ${describeValue(key)}; its options are ${allowed.join(', ')}.`,
        { argument: key, value: (options as Record<string, unknown>)[key] },
      );
    }
  }
  return options as Partial<Record<string, unknown>> & T;
}

/** The option `key` of an already-checked options object, own keys only. */
export function option(options: object, key: string): unknown {
  return own(options, key);
}

/** A string option or argument, or `undefined` when absent. */
export function optionalString(value: unknown, name: string, hint: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.length > 0) return value;
  throw new InvalidArgumentError(`${name} is ${describeValue(value)}; ${hint}`, { argument: name, value });
}

/** The most levels of nesting any reader walks; deeper data is refused with a typed error. */
export const MAX_DEPTH = 64;
