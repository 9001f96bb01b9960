/**
 * `createPriceCard`: validates a card description and returns an immutable card with canonical decimal
 * strings. Hand-written validation (no schema library) keeps the core small for pricing pages.
 *
 * @module
 */

import { describeValue, InvalidPriceCardError } from '../errors.js';
import { parseDecimal, type ScaledDecimal, toCanonical } from '../money/decimal.js';
import { editDistance } from './suggest.js';
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

const CARD_FIELDS = new Set<string>([
  'id',
  'provider',
  'currency',
  'name',
  'aliases',
  ...TOKEN_RATE_FIELDS,
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
const TIER_FIELDS = new Set<string>(['abovePromptTokens', ...TOKEN_RATE_FIELDS]);
const SERVICE_TIER_FIELDS = new Set<string>([...TOKEN_RATE_FIELDS, 'tiers']);
const SERVICE_TIER_KEYS = new Set<string>(['batch', 'flex', 'priority']);
/** Names that are never model ids and would be dangerous as object keys. */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?Z$/;
const WEEKDAYS = new Set<string>(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** Cards made by {@link createPriceCard}: validated and deeply frozen, so their compiled form can be cached. */
const createdCards = new WeakSet<object>();

/** True when the card came out of {@link createPriceCard} (validated and deeply frozen). */
export function isCreatedCard(card: object): boolean {
  return createdCards.has(card);
}

/** Collects the context of the card under validation, to name it in messages. */
class CardChecker {
  constructor(private readonly cardLabel: string) {}

  fail(path: string, value: unknown, fix: string): never {
    throw new InvalidPriceCardError(
      `Price card ${this.cardLabel} field "${path}" is ${describeValue(value)}; ${fix}`,
      { card: this.cardLabel, field: path, value },
    );
  }

  object(value: unknown, path: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, value, 'it must be an object.');
    }
    return value as Record<string, unknown>;
  }

  knownKeys(value: Record<string, unknown>, allowed: Set<string>, path: string): void {
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

  rate(value: unknown, path: string): string {
    const parsed = this.nonNegative(value, path, 'rates are non-negative decimal strings such as "2.50"');
    return toCanonical(parsed);
  }

  nonNegative(value: unknown, path: string, what: string): ScaledDecimal {
    if (typeof value === 'string' && value.trim() !== value) this.fail(path, value, `${what}.`);
    const parsed = parseDecimal(value);
    if (parsed === undefined) this.fail(path, value, `${what}.`);
    if (parsed.units < 0n) this.fail(path, value, `${what}; a negative price is never valid.`);
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

/**
 * Epoch milliseconds of an effective-date bound: `YYYY-MM-DD` (midnight UTC) or `YYYY-MM-DDTHH:MM[:SS]Z`;
 * `undefined` when malformed.
 */
export function instantMs(value: string): number | undefined {
  if (isCalendarDate(value)) return Date.parse(`${value}T00:00:00Z`);
  const match = DATE_TIME_PATTERN.exec(value);
  if (match === null || !isCalendarDate(match[1] as string)) return undefined;
  return Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4] ?? '00'}Z`);
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Minutes after midnight of an `HH:MM` time, or `undefined` when malformed. */
export function minutesOfDay(value: string): number | undefined {
  const match = TIME_PATTERN.exec(value);
  return match === null ? undefined : Number(match[1]) * 60 + Number(match[2]);
}

/** Names other tools use for our fields, so a hint can point at the right one. */
const FIELD_SYNONYMS: Readonly<Record<string, string>> = {
  cachedinputpermillion: 'cacheReadPerMillion',
  cachedinput: 'cacheReadPerMillion',
  cachehitpermillion: 'cacheReadPerMillion',
  cachereadinputpermillion: 'cacheReadPerMillion',
  cachecreationpermillion: 'cacheWritePerMillion',
  cachewrite5mpermillion: 'cacheWritePerMillion',
  cachewriteonehourpermillion: 'cacheWrite1hPerMillion',
  input: 'inputPerMillion',
  output: 'outputPerMillion',
  prompt: 'inputPerMillion',
  completion: 'outputPerMillion',
  reasoning: 'reasoningPerMillion',
  perrequest: 'requestFee',
  requestprice: 'requestFee',
  websearch: 'webSearchPerThousand',
  contexttiers: 'tiers',
  model: 'id',
  modelid: 'id',
};

function suggestField(key: string, allowed: Set<string>): string | undefined {
  const lower = key.toLowerCase();
  const squashed = lower.replace(/[^a-z0-9]/g, '');
  const synonym = Object.hasOwn(FIELD_SYNONYMS, squashed) ? FIELD_SYNONYMS[squashed] : undefined;
  if (synonym !== undefined && allowed.has(synonym)) return synonym;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return bestDistance <= Math.max(3, Math.floor(key.length / 3)) ? best : undefined;
}

function readRates(
  checker: CardChecker,
  value: Record<string, unknown>,
  path: string,
): { -readonly [K in TokenRateField]?: string } {
  const rates: { -readonly [K in TokenRateField]?: string } = {};
  for (const field of TOKEN_RATE_FIELDS) {
    const raw = value[field];
    if (raw !== undefined) rates[field] = checker.rate(raw, path === '' ? field : `${path}.${field}`);
  }
  return rates;
}

function readTiers(checker: CardChecker, value: unknown, path: string): ContextTier[] {
  if (!Array.isArray(value)) checker.fail(path, value, 'it must be a list of context tiers.');
  const seen = new Set<number>();
  const tiers = value.map((entry: unknown, index: number): ContextTier => {
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
        'service tiers are "batch", "flex" and "priority" (standard is the card).',
      );
    }
    const entry = checker.object(entries[key], path);
    const name = key as keyof ServiceTiers;
    if ('multiplier' in entry) {
      if (Object.keys(entry).length !== 1) {
        checker.fail(path, entry, 'give either { multiplier } or explicit rates, not both.');
      }
      const multiplier = checker.nonNegative(
        entry.multiplier,
        `${path}.multiplier`,
        'a multiplier is a positive decimal string such as "0.5"',
      );
      if (multiplier.units === 0n) {
        checker.fail(`${path}.multiplier`, entry.multiplier, 'a multiplier must be greater than zero.');
      }
      result[name] = { multiplier: toCanonical(multiplier) };
      continue;
    }
    checker.knownKeys(entry, SERVICE_TIER_FIELDS, path);
    const rates = readRates(checker, entry, path);
    const tiers = entry.tiers === undefined ? undefined : readTiers(checker, entry.tiers, `${path}.tiers`);
    if (Object.keys(rates).length === 0 && tiers === undefined) {
      checker.fail(path, entry, 'name at least one rate, or use { multiplier: "1" } for standard prices.');
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
  const days = window.days;
  if (!Array.isArray(days) || days.length === 0 || new Set(days).size !== days.length) {
    checker.fail(
      'timeOfDay.days',
      days,
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
  return { fromUtc, toUtc, days: days as Weekday[] };
}

function readSource(checker: CardChecker, value: unknown): CardSource {
  const source = checker.object(value, 'source');
  const kind = source.kind ?? 'published';
  if (kind === 'published') {
    checker.knownKeys(source, new Set(['kind', 'url', 'checkedAt', 'note']), 'source');
    const url = checker.text(source.url, 'source.url');
    const checkedAt = checker.date(source.checkedAt, 'source.checkedAt');
    const note = source.note === undefined ? undefined : checker.text(source.note, 'source.note');
    return { kind: 'published', url, checkedAt, ...(note === undefined ? {} : { note }) };
  }
  if (kind === 'imported') {
    checker.knownKeys(source, new Set(['kind', 'catalog', 'key', 'url', 'note']), 'source');
    const catalog = checker.text(source.catalog, 'source.catalog');
    const key = checker.text(source.key, 'source.key');
    const url = source.url === undefined ? undefined : checker.text(source.url, 'source.url');
    const note = source.note === undefined ? undefined : checker.text(source.note, 'source.note');
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
    const assumptions = checker.object(source.assumptions, 'source.assumptions');
    return { kind: 'bottom-up', assumptions: jsonCopy(checker, assumptions, 'source.assumptions') };
  }
  return checker.fail('source.kind', kind, 'it must be "published", "imported" or "bottom-up".');
}

/** A deep copy of JSON-safe data (strings, finite numbers, booleans, null, arrays, plain objects). */
function jsonCopy(
  checker: CardChecker,
  value: Record<string, unknown>,
  path: string,
): Record<string, unknown> {
  const copy = (item: unknown, at: string): unknown => {
    if (item === null || typeof item === 'string' || typeof item === 'boolean') return item;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) checker.fail(at, item, 'assumptions must be JSON data (finite numbers).');
      return item;
    }
    if (Array.isArray(item)) return item.map((element, index) => copy(element, `${at}[${index}]`));
    if (typeof item === 'object' && Object.getPrototypeOf(item) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [key, element] of Object.entries(item)) {
        if (RESERVED_IDS.has(key)) checker.fail(`${at}.${key}`, element, 'this key is reserved.');
        out[key] = copy(element, `${at}.${key}`);
      }
      return out;
    }
    return checker.fail(at, item, 'assumptions must be JSON data (objects, arrays, strings, numbers).');
  };
  return copy(value, path) as Record<string, unknown>;
}

/** Freezes a value and everything it holds. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function cardLabel(input: unknown): string {
  if (typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string') {
    return JSON.stringify((input as { id: string }).id);
  }
  return '(without an id)';
}

/**
 * Validates a price card description and returns an immutable card. Rates are per 1M tokens in the card's
 * currency (default USD), as decimal strings or numbers (numbers read through their shortest decimal form).
 * An absent rate is unknown, not zero: `'0'` means free. Unknown fields are rejected, with a hint when they
 * look like a misspelled field.
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
  if (isCreatedCard(input as object)) return input as PriceCard;
  const checker = new CardChecker(cardLabel(input));
  const raw = checker.object(input, '(card)');
  checker.knownKeys(raw, CARD_FIELDS, '');
  const id = checker.text(raw.id, 'id');
  if (RESERVED_IDS.has(id.toLowerCase()))
    checker.fail('id', id, 'this name is reserved and is not a model id.');
  const provider = checker.text(raw.provider, 'provider');
  if (/[\s/:]/.test(provider) || RESERVED_IDS.has(provider.toLowerCase())) {
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
  const frozen = deepFreeze(card as PriceCard);
  createdCards.add(frozen);
  return frozen;
}

function readAliases(checker: CardChecker, value: unknown, id: string): string[] {
  if (!Array.isArray(value)) checker.fail('aliases', value, 'it must be a list of model ids.');
  const seen = new Set<string>([id.toLowerCase()]);
  return value.map((alias: unknown, index: number) => {
    const text = checker.text(alias, `aliases[${index}]`);
    const key = text.toLowerCase();
    if (RESERVED_IDS.has(key)) checker.fail(`aliases[${index}]`, text, 'this name is reserved.');
    if (seen.has(key)) {
      checker.fail(`aliases[${index}]`, text, 'it repeats the id or another alias (case-insensitively).');
    }
    seen.add(key);
    return text;
  });
}
