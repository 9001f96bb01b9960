/**
 * Shared reading of provider usage payloads: counts are checked, absent counts are absent (not zero).
 *
 * @module
 */

import { InvalidUsageError } from '../../errors.js';
import { own } from '../../internal/checks.js';
import { describeValue } from '../../internal/describe.js';
import type { ServiceTierName, Usage } from '../types.js';
import { COUNT_FIELDS, type CountField } from '../usage.js';

/** A payload object, or a typed error naming what was expected. */
export function payloadObject(value: unknown, what: string, hint: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidUsageError(`${what} ${describeValue(value)} is not an object; ${hint}`, {
      field: what,
      value,
    });
  }
  return value as Record<string, unknown>;
}

/** An optional nested object (`null` and absent both read as absent). */
export function nested(
  value: Record<string, unknown>,
  key: string,
  path: string,
): Record<string, unknown> | undefined {
  const inner = own(value, key);
  if (inner === undefined || inner === null) return undefined;
  return payloadObject(inner, `Usage field "${path}"`, 'expected an object of token counts.');
}

/** An optional count: a non-negative safe integer, or `undefined` when absent or `null`. */
export function optionalCount(
  value: Record<string, unknown> | undefined,
  key: string,
  path: string,
): number | undefined {
  const raw = value === undefined ? undefined : own(value, key);
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 0) {
    throw new InvalidUsageError(
      `Usage field "${path}" is ${describeValue(raw)}; token counts are whole numbers of 0 or more.`,
      { field: path, value: raw },
    );
  }
  return raw;
}

/** A required count. */
export function requiredCount(
  value: Record<string, unknown>,
  key: string,
  path: string,
  hint: string,
): number {
  const count = optionalCount(value, key, path);
  if (count === undefined) {
    throw new InvalidUsageError(`Usage field "${path}" is missing; ${hint}`, {
      field: path,
      value: undefined,
    });
  }
  return count;
}

/** The optional counts a normalizer may report (every count but the two totals and requests), in order. */
type OptionalPart = Exclude<CountField, 'inputTokens' | 'outputTokens' | 'requests'>;
const OPTIONAL_PARTS = COUNT_FIELDS.filter(
  (field): field is OptionalPart =>
    field !== 'inputTokens' && field !== 'outputTokens' && field !== 'requests',
);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Builds a usage record, leaving out zero or absent optional parts so records stay small. */
export function usageRecord(
  fields: { inputTokens: number; outputTokens: number; serviceTier?: ServiceTierName | undefined } & {
    [K in OptionalPart]?: number | undefined;
  },
): Usage {
  const usage: Mutable<Usage> = { inputTokens: fields.inputTokens, outputTokens: fields.outputTokens };
  for (const part of OPTIONAL_PARTS) {
    const value = fields[part];
    if (value) usage[part] = value;
  }
  if (fields.serviceTier !== undefined) usage.serviceTier = fields.serviceTier;
  return usage;
}

/** The sum of counts from a payload, or a typed error when it passes `Number.MAX_SAFE_INTEGER`. */
export function safeSum(what: string, ...counts: number[]): number {
  let total = 0;
  for (const count of counts) total += count;
  if (!Number.isSafeInteger(total)) {
    throw new InvalidUsageError(
      `${what} adds up to more than ${Number.MAX_SAFE_INTEGER} tokens, beyond what a count holds exactly; the payload is not a real usage report.`,
      { field: what, value: total },
    );
  }
  return total;
}

/** Throws when a breakdown part exceeds the total it belongs to, naming both payload fields. */
export function requirePart(part: number, partPath: string, whole: number, wholePath: string): void {
  if (part > whole) {
    throw new InvalidUsageError(
      `Usage field "${partPath}" (${part}) is larger than "${wholePath}" (${whole}), which includes it; the payload is inconsistent or from another provider's format.`,
      { field: partPath, value: part, parent: wholePath, parentValue: whole },
    );
  }
}
