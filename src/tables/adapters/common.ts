/**
 * What every foreign-catalog reader shares: exact unit conversion, the report of what was skipped or
 * dropped, and turning candidate cards into one valid table (conflicting ids and aliases resolved and
 * reported, never silently merged).
 *
 * @module
 */

import { createPriceCard } from '../../cards/card.js';
import type { PriceCard, PriceCardInput, TokenRateField } from '../../cards/types.js';
import { InvalidForeignCatalogError, isTokenomicsError } from '../../errors.js';
import { optionalString, own, requireOptions } from '../../internal/checks.js';
import { describeValue } from '../../internal/describe.js';
import {
  normalize,
  parseDecimal,
  roundScaled,
  type ScaledDecimal,
  toCanonical,
} from '../../money/decimal.js';
import { cardLabel, type PriceTable, plainTable, TableIndexBuilder } from '../table.js';

/** Why a foreign entry did not become a card. */
export type SkipReason =
  | 'not-a-model'
  | 'unsupported-mode'
  | 'missing-rate'
  | 'unknown-price'
  | 'invalid-value'
  | 'invalid-entry'
  | 'unsupported-pricing'
  | 'duplicate'
  | 'invalid-card';

/** A foreign entry that did not become a card. */
export interface SkippedEntry {
  /** The entry's key or id in the foreign catalog. */
  readonly key: string;
  readonly reason: SkipReason;
  /** One sentence saying what was found. */
  readonly detail: string;
}

/** A field of a foreign entry that the card could not carry (the card was made without it). */
export interface DroppedField {
  readonly key: string;
  readonly field: string;
  readonly detail: string;
}

/**
 * A value read as a different decimal than the document wrote: a JSON number with 16 or 17 significant
 * digits is a binary floating-point artefact (`0.30000000000000004` for 0.3), read at 15 significant digits
 * (every decimal of 15 digits or fewer survives a double exactly, so nothing intended is lost).
 */
export interface AdjustedValue {
  readonly key: string;
  readonly field: string;
  /** The number as the document wrote it (its shortest decimal form). */
  readonly from: string;
  /** The decimal it was read as. */
  readonly to: string;
}

/** What a reader returns: the table, and everything it left out or read differently, with reasons. */
export interface ForeignCatalogResult {
  readonly table: PriceTable;
  readonly skipped: readonly SkippedEntry[];
  readonly dropped: readonly DroppedField[];
  readonly adjusted: readonly AdjustedValue[];
}

/** Options every reader accepts. */
export interface ForeignCatalogOptions {
  /** A name for the table (messages, lookups). Default: the catalog's name. */
  readonly name?: string;
  /** Where the catalog was read from, recorded in each card's source. */
  readonly url?: string;
}

/** Checks a reader's options (`name`, `url`: non-empty strings). */
export function readerOptions(
  options: ForeignCatalogOptions | undefined,
  where: string,
): ForeignCatalogOptions {
  const checked = requireOptions(options, ['name', 'url'], where);
  const name = optionalString(own(checked, 'name'), 'name', 'pass a table name such as "litellm".');
  const url = optionalString(own(checked, 'url'), 'url', 'pass where the catalog was read from.');
  return {
    ...(name === undefined ? {} : { name: name.slice(0, 200) }),
    ...(url === undefined ? {} : { url }),
  };
}

/** Collects skipped entries, dropped fields and adjusted values while a reader works. */
export class Report {
  readonly skipped: SkippedEntry[] = [];
  readonly dropped: DroppedField[] = [];
  readonly adjusted: AdjustedValue[] = [];

  skip(key: string, reason: SkipReason, detail: string): void {
    this.skipped.push({ key, reason, detail });
  }

  drop(key: string, field: string, detail: string): void {
    this.dropped.push({ key, field, detail });
  }

  /**
   * Reads a rate; a value that is not a non-negative decimal skips the entry (`invalid-value`, naming
   * `label`) and gives `undefined`, so the caller stops reading that entry.
   */
  rate(key: string, label: string, value: unknown): ScaledDecimal | undefined {
    const read = readDecimal(value);
    if ('value' in read) {
      const intended = typeof value === 'number' ? withoutFloatArtefact(read.value) : read.value;
      if (intended !== read.value) {
        this.adjusted.push({ key, field: label, from: String(value), to: toCanonical(intended) });
      }
      return intended;
    }
    this.skip(key, 'invalid-value', `${label} is ${read.problem}.`);
    return undefined;
  }

  /** The reader's result: the table and the three reports. */
  result(table: PriceTable): ForeignCatalogResult {
    return { table, skipped: this.skipped, dropped: this.dropped, adjusted: this.adjusted };
  }
}

/** A candidate card and the foreign entry it came from. */
export interface Candidate {
  readonly key: string;
  readonly card: PriceCardInput;
}

/** Significant digits a double holds faithfully: a decimal with more came out of float arithmetic. */
const FAITHFUL_DIGITS = 15;

/**
 * The decimal a JSON number was meant to be: unchanged when it has at most 15 significant digits, else
 * rounded (half-even) to 15 (`0.30000000000000004` -> `0.3`, `0.049999999999999996` -> `0.05`).
 */
export function withoutFloatArtefact(value: ScaledDecimal): ScaledDecimal {
  const digits = (value.units < 0n ? -value.units : value.units).toString().length;
  if (digits <= FAITHFUL_DIGITS) return value;
  const cut = digits - FAITHFUL_DIGITS;
  const rounded = roundScaled(value, value.scale - cut, 'half-even');
  return rounded.scale >= 0 ? rounded : value;
}

/** A non-negative exact decimal from a foreign value, or `undefined` (with the reason) when it is not one. */
export function readDecimal(value: unknown): { value: ScaledDecimal } | { problem: string } {
  const parsed = parseDecimal(value);
  if (parsed === undefined) return { problem: `${describeValue(value)}, not a decimal number` };
  if (parsed.units < 0n) return { problem: `${describeValue(value)}, a negative price` };
  return { value: parsed };
}

/** Multiplies an exact decimal by 10^power (a unit change), exactly, and renders it canonically. */
export function shift(value: ScaledDecimal, power: number): string {
  if (power >= 0) {
    return value.scale >= power
      ? toCanonical(normalize(value.units, value.scale - power))
      : toCanonical({ units: value.units * 10n ** BigInt(power - value.scale), scale: 0 });
  }
  return toCanonical(normalize(value.units, value.scale - power));
}

/** Exact product of two decimals. */
export function times(value: ScaledDecimal, factor: ScaledDecimal): ScaledDecimal {
  return normalize(value.units * factor.units, value.scale + factor.scale);
}

/** A provider id usable on a card (no spaces, "/" or ":"), or `undefined`. */
export function providerId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = value.trim();
  return id.length > 0 && !/[\s/:]/.test(id) ? id : undefined;
}

/** A positive whole number of tokens, or `undefined`. */
export function tokenCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** The first problem zod found, as "path: message" (zod's errors never leave the adapters unwrapped). */
export function issueText(error: {
  readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
}): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'unreadable';
  const path = issue.path.map(String).join('.');
  return path.length === 0 ? issue.message : `${path}: ${issue.message}`;
}

/** Checks the overall shape of a foreign document, wrapping the problem in a typed error. */
export function requireShape<T>(ok: boolean, value: T, catalog: string, expected: string): T {
  if (!ok) {
    throw new InvalidForeignCatalogError(
      `${catalog} data is ${describeValue(value)}, not ${expected}; pass the parsed JSON of the ${catalog} file.`,
      { catalog },
    );
  }
  return value;
}

/** The rate fields a tier may name, in one place for the readers that build tiers. */
export type RateRecord = { -readonly [K in TokenRateField]?: string };

/**
 * Builds one valid table from candidate cards, never failing for one entry: each candidate is validated on
 * its own (a bad one is skipped with its message); an id that a provider already has (case-insensitively)
 * from another entry is skipped as a duplicate; a card that would answer to a name at the same time as an
 * accepted card (a repeated start date, two unconditional prices, overlapping windows) is skipped as a
 * duplicate too; an alias that collides with another card's id or alias is dropped from the later card.
 * Cards from one foreign entry (dated or time-windowed versions) share their id by design.
 */
export function buildTable(candidates: readonly Candidate[], report: Report, name: string): PriceTable {
  const owners = new Map<string, string>(); // "provider\u0000name" -> entry key
  const ids = new Map<string, string>();
  for (const { key, card } of candidates) {
    const idName = `${String(card.provider).toLowerCase()}\u0000${String(card.id).toLowerCase()}`;
    if (!ids.has(idName)) ids.set(idName, key);
  }
  const builder = new TableIndexBuilder();
  const accepted: PriceCard[] = [];
  for (const { key, card } of candidates) {
    const provider = String(card.provider).toLowerCase();
    const idName = `${provider}\u0000${String(card.id).toLowerCase()}`;
    if (ids.get(idName) !== key) {
      report.skip(
        key,
        'duplicate',
        `Model id ${describeValue(card.id)} of provider ${describeValue(card.provider)} is already given by entry ${describeValue(ids.get(idName))}.`,
      );
      continue;
    }
    const aliases: string[] = [];
    for (const alias of card.aliases ?? []) {
      const aliasName = `${provider}\u0000${alias.toLowerCase()}`;
      const idOwner = ids.get(aliasName);
      const aliasOwner = owners.get(aliasName);
      if ((idOwner !== undefined && idOwner !== key) || (aliasOwner !== undefined && aliasOwner !== key)) {
        report.drop(key, `alias "${alias}"`, `it already names entry "${idOwner ?? aliasOwner}"`);
        continue;
      }
      if (
        alias.toLowerCase() === card.id.toLowerCase() ||
        aliases.some((a) => a.toLowerCase() === alias.toLowerCase())
      ) {
        continue;
      }
      owners.set(aliasName, key);
      aliases.push(alias);
    }
    const { aliases: _ignored, ...rest } = card;
    let created: PriceCard;
    try {
      created = createPriceCard(aliases.length === 0 ? rest : { ...rest, aliases });
    } catch (error) {
      if (!isTokenomicsError(error)) throw error;
      report.skip(key, 'invalid-card', error.message);
      continue;
    }
    const clash = builder.conflictOf(created);
    if (clash !== undefined) {
      report.skip(
        key,
        'duplicate',
        `${cardLabel(created)} would answer to "${clash.name}" at the same time as ${cardLabel(clash.other)}, which is kept.`,
      );
      continue;
    }
    builder.add(created);
    accepted.push(created);
  }
  return plainTable(accepted, builder.build(), name);
}
