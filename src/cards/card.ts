/**
 * `createPriceCard`: validates a card description and returns an immutable card with canonical decimal
 * strings. Hand-written validation (no schema library) keeps the core small for pricing pages. Only own
 * data properties of the input are read, once each, and every number must fit what the estimator and the
 * JSON form carry exactly.
 *
 * @module
 */

import { InvalidPriceCardError } from '../errors.js';
import { hasOwn, MAX_DEPTH } from '../internal/checks.js';
import { instantMs, isCalendarDate, minutesOfDay } from '../internal/dates.js';
import { describeValue } from '../internal/describe.js';
import { deepFreeze } from '../internal/freeze.js';
import { closestNames } from '../internal/suggest.js';
import { parseDecimal, type ScaledDecimal, toCanonical } from '../money/decimal.js';
import { isCreatedCard, markCreated } from './registry.js';
import type {
  CardSource,
  ContextTier,
  EffectiveRange,
  PriceCard,
  PriceCardInput,
  ServiceTierPricing,
  ServiceTiers,
  TimeOfDayWindow,
  TokenRateField,
  TokenRates,
  Weekday,
} from './types.js';
import { TOKEN_RATE_FIELDS } from './types.js';

/** The most decimal places a rate, fee or multiplier may have. */
export const MAX_RATE_DECIMALS = 20;
/** Rates and fees must be below 10^15 (per 1M tokens, per request, per 1,000 searches). */
export const MAX_RATE_INTEGER_DIGITS = 15;
/** A service-tier multiplier may be at most this. */
const MAX_MULTIPLIER = 1000n;
/** Ids, aliases and provider ids are at most this long. */
const MAX_ID_LENGTH = 256;

const RATE_FIELDS: readonly string[] = TOKEN_RATE_FIELDS;
const CARD_FIELDS = new Set<string>([
  'id',
  'provider',
  'currency',
  'name',
  'aliases',
  ...RATE_FIELDS,
  'requestFee',
  'webSearchPerThousand',
  'tiers',
  'serviceTiers',
  'effective',
  'timeOfDay',
  'source',
  'contextWindow',
  'maxOutputTokens',
]);
const TIER_FIELDS = new Set<string>(['abovePromptTokens', ...RATE_FIELDS]);
const SERVICE_TIER_FIELDS = new Set<string>([...RATE_FIELDS, 'tiers']);
const SERVICE_TIER_KEYS = new Set<string>(['batch', 'flex', 'priority', 'fast']);
/** Names that are never model ids and would be dangerous as object keys. */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);
const WEEKDAYS = new Set<string>(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** A plain record of an input object's own enumerable properties, read once (no prototype behind it). */
type Fields = Record<string, unknown>;

/** Collects the context of the card under validation, to name it in messages. */
class CardChecker {
  constructor(private readonly cardLabel: string) {}

  fail(path: string, value: unknown, fix: string): never {
    throw new InvalidPriceCardError(
      `Price card ${this.cardLabel} field "${path}" is ${describeValue(value)}; ${fix}`,
      { card: this.cardLabel, field: path, value },
    );
  }

  /** The own enumerable properties of an object, copied once into a record with no prototype. */
  object(value: unknown, path: string): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, value, 'it must be an object.');
    }
    const copy: Fields = Object.create(null);
    try {
      for (const key of Object.keys(value)) copy[key] = (value as Fields)[key];
    } catch {
      this.fail(path, value, 'it must be plain data (one of its properties could not be read).');
    }
    return copy;
  }

  /** A list's items, copied once (a sparse list's holes read as `undefined`). */
  list(value: unknown, path: string, what: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, value, `it must be a list of ${what}.`);
    try {
      return Array.from(value as unknown[]);
    } catch {
      return this.fail(path, value, `it must be a list of ${what}.`);
    }
  }

  knownKeys(value: Fields, allowed: Set<string>, path: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.has(key)) {
        const hint = suggestField(key, allowed);
        this.fail(
          path === '' ? key : `${path}.${key}`,
          value[key],
          `it is not a price card field${hint === undefined ? '' : `; did you mean "${hint}"?`} Remove it or rename it.`,
        );
      }
    }
  }

  text(value: unknown, path: string): string {
    if (typeof value !== 'string' || value.trim().length === 0 || value.trim() !== value) {
      this.fail(path, value, 'it must be a non-empty string without leading or trailing spaces.');
    }
    return value;
  }

  name(value: unknown, path: string): string {
    const text = this.text(value, path);
    if (text.length > MAX_ID_LENGTH)
      this.fail(path, value, `it must be at most ${MAX_ID_LENGTH} characters.`);
    if (RESERVED_IDS.has(text.toLowerCase()))
      this.fail(path, text, 'this name is reserved and is not a model id.');
    return text;
  }

  rate(value: unknown, path: string): string {
    return toCanonical(this.amount(value, path, 'rates are non-negative decimal strings such as "2.50"'));
  }

  /** A non-negative decimal within the card limits (below 10^15, at most 20 decimal places). */
  amount(value: unknown, path: string, what: string): ScaledDecimal {
    if (typeof value === 'string' && value.trim() !== value) this.fail(path, value, `${what}.`);
    const parsed = parseDecimal(value);
    if (parsed === undefined) this.fail(path, value, `${what}.`);
    if (parsed.units < 0n) this.fail(path, value, `${what}; a negative price is never valid.`);
    if (parsed.scale > MAX_RATE_DECIMALS) {
      this.fail(
        path,
        value,
        `it has ${parsed.scale} decimal places; a card carries at most ${MAX_RATE_DECIMALS}.`,
      );
    }
    if (parsed.units.toString().length - parsed.scale > MAX_RATE_INTEGER_DIGITS) {
      this.fail(
        path,
        value,
        `it must be below 10^${MAX_RATE_INTEGER_DIGITS}, the largest amount a card carries.`,
      );
    }
    return parsed;
  }

  positiveInteger(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      this.fail(path, value, 'it must be a positive whole number of tokens.');
    }
    return value;
  }

  date(value: unknown, path: string): string {
    if (typeof value !== 'string' || !isCalendarDate(value)) {
      this.fail(path, value, 'it must be a calendar date written YYYY-MM-DD.');
    }
    return value;
  }

  instant(value: unknown, path: string): string {
    if (typeof value !== 'string' || instantMs(value) === undefined) {
      this.fail(path, value, 'it must be a UTC date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MMZ).');
    }
    return value;
  }
}

/** Names other tools use for our fields, so a hint can point at the right one. */
const FIELD_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['cachedinputpermillion', 'cacheReadPerMillion'],
  ['cachedinput', 'cacheReadPerMillion'],
  ['cachehitpermillion', 'cacheReadPerMillion'],
  ['cachereadinputpermillion', 'cacheReadPerMillion'],
  ['cachecreationpermillion', 'cacheWritePerMillion'],
  ['cachewrite5mpermillion', 'cacheWritePerMillion'],
  ['cachewriteonehourpermillion', 'cacheWrite1hPerMillion'],
  ['input', 'inputPerMillion'],
  ['output', 'outputPerMillion'],
  ['prompt', 'inputPerMillion'],
  ['completion', 'outputPerMillion'],
  ['reasoning', 'reasoningPerMillion'],
  ['perrequest', 'requestFee'],
  ['requestprice', 'requestFee'],
  ['websearch', 'webSearchPerThousand'],
  ['contexttiers', 'tiers'],
  ['model', 'id'],
  ['modelid', 'id'],
]);

function suggestField(key: string, allowed: Set<string>): string | undefined {
  const synonym = FIELD_SYNONYMS.get(key.toLowerCase().replace(/[^a-z0-9]/g, ''));
  if (synonym !== undefined && allowed.has(synonym)) return synonym;
  return closestNames(allowed, key)[0];
}

type MutableRates = { -readonly [K in TokenRateField]?: string };

function readRates(checker: CardChecker, value: Fields, path: string): MutableRates {
  const rates: MutableRates = {};
  for (const field of TOKEN_RATE_FIELDS) {
    const raw = value[field];
    if (raw !== undefined) rates[field] = checker.rate(raw, path === '' ? field : `${path}.${field}`);
  }
  return rates;
}

function readTiers(checker: CardChecker, value: unknown, path: string): ContextTier[] {
  const seen = new Set<number>();
  const tiers = checker.list(value, path, 'context tiers').map((entry, index): ContextTier => {
    const tierPath = `${path}[${index}]`;
    const tier = checker.object(entry, tierPath);
    checker.knownKeys(tier, TIER_FIELDS, tierPath);
    const above = checker.positiveInteger(tier.abovePromptTokens, `${tierPath}.abovePromptTokens`);
    if (seen.has(above)) {
      checker.fail(
        `${tierPath}.abovePromptTokens`,
        above,
        'another tier has the same threshold; merge them.',
      );
    }
    seen.add(above);
    const rates = readRates(checker, tier, tierPath);
    if (Object.keys(rates).length === 0) {
      checker.fail(tierPath, entry, 'a context tier must name at least one rate.');
    }
    return { abovePromptTokens: above, ...rates };
  });
  return tiers.sort((a, b) => a.abovePromptTokens - b.abovePromptTokens);
}

function readServiceTiers(checker: CardChecker, value: unknown): ServiceTiers {
  const entries = checker.object(value, 'serviceTiers');
  const result: { -readonly [K in keyof ServiceTiers]: ServiceTierPricing } = {};
  for (const key of Object.keys(entries)) {
    const path = `serviceTiers.${key}`;
    if (!SERVICE_TIER_KEYS.has(key)) {
      checker.fail(
        path,
        entries[key],
        'service tiers are "batch", "flex", "priority" and "fast" (standard is the card).',
      );
    }
    const entry = checker.object(entries[key], path);
    const name = key as keyof ServiceTiers;
    if (hasOwn(entry, 'multiplier')) {
      if (Object.keys(entry).length !== 1) {
        checker.fail(path, entries[key], 'give either { multiplier } or explicit rates, not both.');
      }
      const what = 'a multiplier is a positive decimal string such as "0.5"';
      const multiplier = checker.amount(entry.multiplier, `${path}.multiplier`, what);
      if (multiplier.units === 0n || multiplier.units > MAX_MULTIPLIER * 10n ** BigInt(multiplier.scale)) {
        checker.fail(
          `${path}.multiplier`,
          entry.multiplier,
          `a multiplier must be above 0 and at most ${MAX_MULTIPLIER}.`,
        );
      }
      result[name] = { multiplier: toCanonical(multiplier) };
      continue;
    }
    checker.knownKeys(entry, SERVICE_TIER_FIELDS, path);
    const rates = readRates(checker, entry, path);
    const tiers = entry.tiers === undefined ? undefined : readTiers(checker, entry.tiers, `${path}.tiers`);
    if (Object.keys(rates).length === 0 && tiers === undefined) {
      checker.fail(
        path,
        entries[key],
        'name at least one rate, or use { multiplier: "1" } for standard prices.',
      );
    }
    result[name] = tiers === undefined ? rates : { ...rates, tiers };
  }
  return result;
}

function readEffective(checker: CardChecker, value: unknown): EffectiveRange {
  const range = checker.object(value, 'effective');
  checker.knownKeys(range, new Set(['from', 'to']), 'effective');
  const from = range.from === undefined ? undefined : checker.instant(range.from, 'effective.from');
  const to = range.to === undefined ? undefined : checker.instant(range.to, 'effective.to');
  if (from !== undefined && to !== undefined && (instantMs(from) as number) >= (instantMs(to) as number)) {
    checker.fail('effective.to', to, `it must be after effective.from (${from}); "to" is exclusive.`);
  }
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

function readTimeOfDay(checker: CardChecker, value: unknown): TimeOfDayWindow {
  const window = checker.object(value, 'timeOfDay');
  checker.knownKeys(window, new Set(['fromUtc', 'toUtc', 'days']), 'timeOfDay');
  for (const field of ['fromUtc', 'toUtc'] as const) {
    const raw = window[field];
    if (typeof raw !== 'string' || minutesOfDay(raw) === undefined) {
      checker.fail(`timeOfDay.${field}`, raw, 'it must be a UTC time written HH:MM, e.g. "16:30".');
    }
  }
  const fromUtc = window.fromUtc as string;
  const toUtc = window.toUtc as string;
  if (fromUtc === toUtc) {
    checker.fail('timeOfDay.toUtc', toUtc, 'a window must not be empty; leave timeOfDay out for all day.');
  }
  if (window.days === undefined) return { fromUtc, toUtc };
  const days = checker.list(window.days, 'timeOfDay.days', 'weekdays');
  if (days.length === 0 || new Set(days).size !== days.length) {
    checker.fail(
      'timeOfDay.days',
      window.days,
      'it must be a non-empty list of distinct weekdays such as ["mon", "fri"].',
    );
  }
  for (const [index, day] of days.entries()) {
    if (typeof day !== 'string' || !WEEKDAYS.has(day)) {
      checker.fail(
        `timeOfDay.days[${index}]`,
        day,
        'weekdays are "mon", "tue", "wed", "thu", "fri", "sat" and "sun".',
      );
    }
  }
  // A copy: the caller's own list is never frozen or kept.
  return { fromUtc, toUtc, days: days as Weekday[] };
}

function readSource(checker: CardChecker, value: unknown): CardSource {
  const source = checker.object(value, 'source');
  const kind = source.kind ?? 'published';
  const optionalText = (field: string) =>
    source[field] === undefined ? undefined : checker.text(source[field], `source.${field}`);
  if (kind === 'published') {
    checker.knownKeys(source, new Set(['kind', 'url', 'checkedAt', 'note']), 'source');
    const url = checker.text(source.url, 'source.url');
    const checkedAt = checker.date(source.checkedAt, 'source.checkedAt');
    const note = optionalText('note');
    return { kind: 'published', url, checkedAt, ...(note === undefined ? {} : { note }) };
  }
  if (kind === 'imported') {
    checker.knownKeys(source, new Set(['kind', 'catalog', 'key', 'url', 'note']), 'source');
    const catalog = checker.text(source.catalog, 'source.catalog');
    const key = checker.text(source.key, 'source.key');
    const url = optionalText('url');
    const note = optionalText('note');
    return {
      kind: 'imported',
      catalog,
      key,
      ...(url === undefined ? {} : { url }),
      ...(note === undefined ? {} : { note }),
    };
  }
  if (kind === 'bottom-up') {
    checker.knownKeys(source, new Set(['kind', 'assumptions']), 'source');
    return { kind: 'bottom-up', assumptions: jsonCopy(checker, source.assumptions, 'source.assumptions') };
  }
  return checker.fail('source.kind', kind, 'it must be "published", "imported" or "bottom-up".');
}

/**
 * A deep copy of JSON data (strings, finite numbers, booleans, null, arrays, plain objects), at most
 * `MAX_DEPTH` levels deep, walked without recursion.
 */
function jsonCopy(checker: CardChecker, value: unknown, path: string): Record<string, unknown> {
  const root = checker.object(value, path);
  const out: Record<string, unknown> = {};
  const pending: [Fields | unknown[], Record<string, unknown> | unknown[], string, number][] = [
    [root, out, path, 1],
  ];
  while (pending.length > 0) {
    const [from, to, at, depth] = pending.pop() as (typeof pending)[number];
    for (const key of Object.keys(from)) {
      const item = (from as Fields)[key];
      const itemPath = Array.isArray(from) ? `${at}[${key}]` : `${at}.${key}`;
      if (RESERVED_IDS.has(key)) checker.fail(itemPath, item, 'this key is reserved.');
      let copy: unknown;
      if (item === null || typeof item === 'string' || typeof item === 'boolean') copy = item;
      else if (typeof item === 'number') {
        if (!Number.isFinite(item))
          checker.fail(itemPath, item, 'assumptions must be JSON data (finite numbers).');
        copy = item;
      } else if (typeof item === 'object' && (Array.isArray(item) || isPlainObject(item))) {
        if (depth >= MAX_DEPTH)
          checker.fail(itemPath, item, `assumptions may be nested at most ${MAX_DEPTH} levels.`);
        const inner = Array.isArray(item)
          ? checker.list(item, itemPath, 'values')
          : checker.object(item, itemPath);
        copy = Array.isArray(item) ? [] : {};
        pending.push([inner, copy as Record<string, unknown>, itemPath, depth + 1]);
      } else {
        checker.fail(itemPath, item, 'assumptions must be JSON data (objects, arrays, strings, numbers).');
      }
      (to as Record<string, unknown>)[key] = copy;
    }
  }
  return out;
}

/** An object whose prototype is an `Object.prototype` (of any realm) or null: plain data, not a Date or a class. */
function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

function cardLabel(input: unknown): string {
  if (typeof input === 'object' && input !== null) {
    try {
      const id = hasOwn(input, 'id') ? (input as { id?: unknown }).id : undefined;
      if (typeof id === 'string') return describeValue(id);
    } catch {
      // an id that cannot be read is reported by the checker itself
    }
  }
  return '(without an id)';
}

/**
 * Validates a price card description and returns an immutable card. Rates are per 1M tokens in the card's
 * currency (default USD), as decimal strings or numbers (numbers read through their shortest decimal form).
 * An absent rate is unknown, not zero: `'0'` means free. Unknown fields are rejected, with a hint when they
 * look like a misspelled field. Rates and fees must be below 10^15 with at most 20 decimal places, so
 * every card the estimator accepts is priced exactly and survives `tableToJSON` / `tableFromJSON`.
 *
 * @throws {@link InvalidPriceCardError} naming the card, the field path and the bad value.
 *
 * @example
 * ```ts
 * import { createPriceCard } from 'tokenomics';
 * const gpt4o = createPriceCard({
 *   id: 'gpt-4o',
 *   provider: 'openai',
 *   inputPerMillion: '2.50',
 *   cacheReadPerMillion: '1.25',
 *   outputPerMillion: '10',
 *   serviceTiers: { batch: { multiplier: '0.5' } },
 *   source: { url: 'https://openai.com/api/pricing/', checkedAt: '2026-11-22' },
 * });
 * gpt4o.inputPerMillion; // '2.5'
 * ```
 */
export function createPriceCard(input: PriceCardInput): PriceCard {
  if (isCreatedCard(input)) return input as PriceCard;
  const checker = new CardChecker(cardLabel(input));
  const raw = checker.object(input, '(card)');
  checker.knownKeys(raw, CARD_FIELDS, '');
  const id = checker.name(raw.id, 'id');
  const provider = checker.name(raw.provider, 'provider');
  if (/[\s/:]/.test(provider)) {
    checker.fail('provider', provider, 'a provider id has no spaces, "/" or ":", e.g. "openai".');
  }
  const currency: unknown = raw.currency ?? 'USD';
  if (typeof currency !== 'string' || !CURRENCY_PATTERN.test(currency)) {
    return checker.fail('currency', currency, 'it must be a three-letter ISO 4217 code such as "USD".');
  }
  for (const required of ['inputPerMillion', 'outputPerMillion'] as const) {
    if (raw[required] === undefined) {
      checker.fail(required, undefined, 'every card needs input and output rates (write "0" if free).');
    }
  }
  const rates = readRates(checker, raw, '') as TokenRates & {
    inputPerMillion: string;
    outputPerMillion: string;
  };
  const card: { -readonly [K in keyof PriceCard]: PriceCard[K] } = { id, provider, currency, ...rates };
  if (raw.name !== undefined) card.name = checker.text(raw.name, 'name');
  if (raw.aliases !== undefined) card.aliases = readAliases(checker, raw.aliases, id);
  if (raw.requestFee !== undefined) card.requestFee = checker.rate(raw.requestFee, 'requestFee');
  if (raw.webSearchPerThousand !== undefined) {
    card.webSearchPerThousand = checker.rate(raw.webSearchPerThousand, 'webSearchPerThousand');
  }
  if (raw.tiers !== undefined) card.tiers = readTiers(checker, raw.tiers, 'tiers');
  if (raw.serviceTiers !== undefined) card.serviceTiers = readServiceTiers(checker, raw.serviceTiers);
  if (raw.effective !== undefined) card.effective = readEffective(checker, raw.effective);
  if (raw.timeOfDay !== undefined) card.timeOfDay = readTimeOfDay(checker, raw.timeOfDay);
  if (raw.source !== undefined) card.source = readSource(checker, raw.source);
  if (raw.contextWindow !== undefined) {
    card.contextWindow = checker.positiveInteger(raw.contextWindow, 'contextWindow');
  }
  if (raw.maxOutputTokens !== undefined) {
    card.maxOutputTokens = checker.positiveInteger(raw.maxOutputTokens, 'maxOutputTokens');
  }
  return markCreated(deepFreeze(card as PriceCard));
}

function readAliases(checker: CardChecker, value: unknown, id: string): string[] {
  const seen = new Set<string>([id.toLowerCase()]);
  return checker.list(value, 'aliases', 'model ids').map((alias, index) => {
    const text = checker.name(alias, `aliases[${index}]`);
    const key = text.toLowerCase();
    if (seen.has(key)) {
      checker.fail(`aliases[${index}]`, text, 'it repeats the id or another alias (case-insensitively).');
    }
    seen.add(key);
    return text;
  });
}
