/**
 * Forward-looking budgeting: what a workload costs per period on a card (with growth), how cards rank on
 * the same workload, and when spend crosses a limit at the current rate. Exact where the arithmetic is
 * (costs, request counts, growth); the two divisions (a projection to period end, a ratio to the cheapest)
 * are rounded where they happen, and say so.
 *
 * @module
 */

import { createPriceCard } from '../cards/card.js';
import { estimateCost } from '../cards/estimate.js';
import type {
  CostBreakdown,
  CostPartName,
  PriceCard,
  PriceCardInput,
  ServiceTierName,
  Usage,
} from '../cards/types.js';
import { COST_PART_NAMES } from '../cards/types.js';
import { InvalidArgumentError, isTokenomicsError } from '../errors.js';
import { isRecord, own, requireOptions } from '../internal/checks.js';
import { instantTime, isCalendarDate } from '../internal/dates.js';
import { describeValue } from '../internal/describe.js';
import {
  addScaled,
  divideRounded,
  formatUnits,
  multiplyScaled,
  parseDecimal,
  pow10,
  type ScaledDecimal,
  toCanonical,
} from '../money/decimal.js';
import { type Money, moneyFromScaled } from '../money/money.js';

/** One kind of request in a workload mix: its share of all requests and its usage. */
export interface WorkloadShare {
  /** The fraction of requests (a decimal: `'0.7'`); the shares of a mix add up to exactly 1. */
  readonly share: string | number;
  readonly usage: Usage;
}

/** A steady workload: requests per day, each with the usage of one request (or a mix of kinds). */
export interface Workload {
  /** Requests per day; a decimal string for fractions (`'2500.5'`). */
  readonly requestsPerDay: number | string;
  /** The usage of one request, or a mix of request kinds by share. */
  readonly usage: Usage | readonly WorkloadShare[];
  /** The service tier every request runs at (default: the usage's own, else standard). */
  readonly serviceTier?: ServiceTierName;
}

/** A price card argument, validated (cards from `createPriceCard` or a table pass through as they are). */
function requireCard(value: unknown, argument: string): PriceCard {
  try {
    return createPriceCard(value as PriceCardInput);
  } catch (error) {
    if (!isTokenomicsError(error)) throw error;
    throw new InvalidArgumentError(
      `${argument} is not a price card (${error.message}); pass cards from getCard or createPriceCard.`,
      { argument, value },
      { cause: error },
    );
  }
}

/** The exact cost of one average request of a workload on one card. */
interface RequestCost {
  readonly total: ScaledDecimal;
  readonly parts: Record<CostPartName, ScaledDecimal>;
  readonly currency: string;
  /** The breakdown of the first (or only) request kind: its tier and service tier. */
  readonly sample: CostBreakdown;
}

const ZERO: ScaledDecimal = { units: 0n, scale: 0 };

function decimal(value: unknown, what: string, argument: string): ScaledDecimal {
  const parsed = parseDecimal(value);
  if (parsed === undefined || parsed.units < 0n) {
    throw new InvalidArgumentError(
      `${what} is ${describeValue(value)}; pass a non-negative decimal (a number or a string such as '2500').`,
      { argument, value },
    );
  }
  return parsed;
}

function readWorkload(workload: unknown): {
  perDay: ScaledDecimal;
  mix: { share: ScaledDecimal; usage: Usage }[];
  tier: ServiceTierName | undefined;
} {
  const checked = requireOptions(
    workload as Workload,
    ['requestsPerDay', 'usage', 'serviceTier'],
    'workload',
  );
  if (!isRecord(workload)) {
    throw new InvalidArgumentError(
      `The workload is ${describeValue(workload)}; pass { requestsPerDay, usage }.`,
      { argument: 'workload', value: workload },
    );
  }
  const perDay = decimal(own(checked, 'requestsPerDay'), 'requestsPerDay', 'workload.requestsPerDay');
  const usage = own(checked, 'usage');
  let mix: { share: ScaledDecimal; usage: Usage }[];
  if (Array.isArray(usage)) {
    if (usage.length === 0 || usage.length > 1000) {
      throw new InvalidArgumentError(
        'A workload mix needs 1 to 1,000 request kinds, each { share, usage }.',
        { argument: 'workload.usage', value: usage },
      );
    }
    mix = Array.from(usage as unknown[], (kind: unknown, index) => {
      if (!isRecord(kind)) {
        throw new InvalidArgumentError(
          `Workload kind ${index} is ${describeValue(kind)}; each kind is { share, usage }.`,
          { argument: `workload.usage[${index}]`, value: kind },
        );
      }
      return {
        share: decimal(
          own(kind, 'share'),
          `Workload kind ${index}'s share`,
          `workload.usage[${index}].share`,
        ),
        usage: own(kind, 'usage') as Usage,
      };
    });
    let sum = ZERO;
    for (const kind of mix) sum = addScaled(sum, kind.share);
    if (toCanonical(sum) !== '1') {
      throw new InvalidArgumentError(
        `The shares of a workload mix add up to ${toCanonical(sum)}, not 1; make them exact fractions of all requests (e.g. '0.7' and '0.3').`,
        { argument: 'workload.usage', value: usage },
      );
    }
  } else mix = [{ share: { units: 1n, scale: 0 }, usage: usage as Usage }];
  const tier = own(checked, 'serviceTier') as ServiceTierName | undefined;
  return { perDay, mix, tier };
}

function requestCost(workload: ReturnType<typeof readWorkload>, card: PriceCard): RequestCost {
  let total = ZERO;
  const parts = Object.fromEntries(COST_PART_NAMES.map((name) => [name, ZERO])) as Record<
    CostPartName,
    ScaledDecimal
  >;
  let sample: CostBreakdown | undefined;
  for (const kind of workload.mix) {
    const cost = estimateCost(
      kind.usage,
      card,
      workload.tier === undefined ? undefined : { serviceTier: workload.tier },
    );
    sample ??= cost;
    total = addScaled(total, multiplyScaled(parseDecimal(cost.total.amount) as ScaledDecimal, kind.share));
    for (const name of COST_PART_NAMES) {
      parts[name] = addScaled(
        parts[name],
        multiplyScaled(parseDecimal(cost.parts[name].amount) as ScaledDecimal, kind.share),
      );
    }
  }
  return { total, parts, currency: card.currency, sample: sample as CostBreakdown };
}

function moneyOf(value: ScaledDecimal, currency: string): Money {
  return moneyFromScaled(value, currency);
}

/** One period of a projection. */
export interface ProjectedPeriod {
  /** First day of the period, `YYYY-MM-DD` (UTC). */
  readonly start: string;
  /** The day after the period, `YYYY-MM-DD`. */
  readonly end: string;
  readonly days: number;
  /** Requests in the period, exact (growth can make them fractional): a decimal string. */
  readonly requests: string;
  readonly cost: Money;
}

/** A workload's projected spend on one card. */
export interface SpendProjection {
  readonly cardId: string;
  readonly provider: string;
  /** The exact cost of one average request. */
  readonly perRequest: Money;
  readonly periods: readonly ProjectedPeriod[];
  readonly requests: string;
  readonly total: Money;
}

/** Options of {@link projectSpend}. */
export interface ProjectSpendOptions {
  readonly workload: Workload;
  /** The card to project on (or `cards`, to project on several). */
  readonly card?: PriceCard;
  readonly cards?: readonly PriceCard[];
  /** Project this many daily periods... */
  readonly days?: number;
  /** ...or this many monthly periods (each from a day of the month to the same day of the next). */
  readonly months?: number;
  /** The first day, `YYYY-MM-DD`. Default: today (UTC). */
  readonly start?: string;
  /** Compound growth of requests per period (`'0.1'`: 10% more each period). Default none. */
  readonly growthPerPeriod?: string | number;
}

const DAY_MS = 86_400_000;

function dayString(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function periodBounds(
  startMs: number,
  days: number | undefined,
  months: number | undefined,
): [number, number][] {
  const bounds: [number, number][] = [];
  if (days !== undefined) {
    for (let i = 0; i < days; i++) bounds.push([startMs + i * DAY_MS, startMs + (i + 1) * DAY_MS]);
    return bounds;
  }
  const start = new Date(startMs);
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  const d = start.getUTCDate();
  // The same day of each following month, clamped to the month's last day (Jan 31 -> Feb 28 -> Mar 31).
  const at = (k: number) => {
    const last = new Date(Date.UTC(y, m + k + 1, 0)).getUTCDate();
    return Date.UTC(y, m + k, Math.min(d, last));
  };
  for (let k = 0; k < (months as number); k++) bounds.push([at(k), at(k + 1)]);
  return bounds;
}

function whole(value: unknown, name: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new InvalidArgumentError(
      `${name} is ${describeValue(value)}; pass a whole number from 1 to ${max}.`,
      {
        argument: name,
        value,
      },
    );
  }
  return value;
}

function project(
  workload: ReturnType<typeof readWorkload>,
  card: PriceCard,
  bounds: readonly [number, number][],
  growth: ScaledDecimal,
): SpendProjection {
  const cost = requestCost(workload, card);
  let factor: ScaledDecimal = { units: 1n, scale: 0 };
  const onePlus = addScaled({ units: 1n, scale: 0 }, growth);
  let total = ZERO;
  let requests = ZERO;
  const periods = bounds.map(([from, to]) => {
    const days = Math.round((to - from) / DAY_MS);
    const count = multiplyScaled(multiplyScaled(workload.perDay, { units: BigInt(days), scale: 0 }), factor);
    const amount = multiplyScaled(cost.total, count);
    total = addScaled(total, amount);
    requests = addScaled(requests, count);
    factor = multiplyScaled(factor, onePlus);
    return {
      start: dayString(from),
      end: dayString(to),
      days,
      requests: toCanonical(count),
      cost: moneyOf(amount, cost.currency),
    };
  });
  return {
    cardId: card.id,
    provider: card.provider,
    perRequest: moneyOf(cost.total, cost.currency),
    periods,
    requests: toCanonical(requests),
    total: moneyOf(total, cost.currency),
  };
}

/**
 * Projects a workload's spend over days or months, exactly: requests per day times the days of each
 * period (months have their own lengths), compounded by `growthPerPeriod`, times the exact cost of one
 * average request on the card (a mix of request kinds by share). With `cards`, one projection per card.
 *
 * @throws `InvalidArgumentError` for a bad option; the estimator's errors when a card cannot price the usage.
 *
 * @example
 * ```ts
 * import { projectSpend } from 'tokenomics/budget';
 * import { getCard } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * const projection = projectSpend({
 *   workload: { requestsPerDay: 20_000, usage: { inputTokens: 3000, cacheReadTokens: 2000, outputTokens: 400 } },
 *   card: getCard(catalog, 'gpt-4o'),
 *   months: 3,
 *   start: '2026-12-01',
 *   growthPerPeriod: '0.1',
 * });
 * projection.periods.map((p) => p.cost.amount); // ['...', '...', '...'] (December, January, February)
 * projection.total.amount;
 * ```
 */
export function projectSpend(options: ProjectSpendOptions & { readonly cards?: undefined }): SpendProjection;
export function projectSpend(
  options: ProjectSpendOptions & { readonly cards: readonly PriceCard[] },
): SpendProjection[];
export function projectSpend(options: ProjectSpendOptions): SpendProjection | SpendProjection[] {
  const checked = requireOptions(
    options,
    ['workload', 'card', 'cards', 'days', 'months', 'start', 'growthPerPeriod'],
    'projectSpend',
  );
  const workload = readWorkload(own(checked, 'workload'));
  const days = whole(own(checked, 'days'), 'days', 3660);
  const months = whole(own(checked, 'months'), 'months', 120);
  if ((days === undefined) === (months === undefined)) {
    throw new InvalidArgumentError('projectSpend needs one of days or months (not both).', {
      argument: 'days',
      value: { days, months },
    });
  }
  const startText = own(checked, 'start');
  let startMs: number;
  if (startText === undefined) startMs = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  else if (typeof startText === 'string' && isCalendarDate(startText)) startMs = instantTime(startText);
  else {
    throw new InvalidArgumentError(`start is ${describeValue(startText)}; pass a day such as '2026-12-01'.`, {
      argument: 'start',
      value: startText,
    });
  }
  const growthValue = own(checked, 'growthPerPeriod');
  const growth =
    growthValue === undefined ? ZERO : decimal(growthValue, 'growthPerPeriod', 'growthPerPeriod');
  const bounds = periodBounds(startMs, days, months);
  const card = own(checked, 'card') as PriceCard | undefined;
  const cards = own(checked, 'cards') as readonly PriceCard[] | undefined;
  if ((card === undefined) === (cards === undefined)) {
    throw new InvalidArgumentError('projectSpend needs card or cards (not both).', {
      argument: 'card',
      value: card,
    });
  }
  if (cards !== undefined) {
    if (!Array.isArray(cards) || cards.length > 10_000) {
      throw new InvalidArgumentError(`cards is ${describeValue(cards)}; pass a list of price cards.`, {
        argument: 'cards',
        value: cards,
      });
    }
    return Array.from(cards, (each: unknown, index) =>
      project(workload, requireCard(each, `cards[${index}]`), bounds, growth),
    );
  }
  return project(workload, requireCard(card, 'card'), bounds, growth);
}

/** One card's place in a {@link compareCards} ranking. */
export interface CardComparison {
  readonly cardId: string;
  readonly provider: string;
  readonly perRequest: Money;
  readonly perDay: Money;
  /** 30 days of the workload. */
  readonly perMonth: Money;
  /** The cost of one average request by part. */
  readonly parts: Readonly<Record<CostPartName, Money>>;
  /** The parts that cost anything, largest first: what drives this card's price on this workload. */
  readonly drivers: readonly CostPartName[];
  /** How much more per month than the cheapest card (`'0'` for the cheapest). */
  readonly overCheapest: Money;
  /** This card's cost over the cheapest's, rounded to 2 decimals (`'1.85'`); `null` when the cheapest is free. */
  readonly timesCheapest: string | null;
  /** The context tier of the (first kind of) request, `null` for base rates. */
  readonly tier: number | null;
  readonly serviceTier: ServiceTierName;
}

/** The result of {@link compareCards}. */
export interface CardRanking {
  /** Priced cards, cheapest first. */
  readonly ranked: readonly CardComparison[];
  /** Cards that cannot price the workload, with why (a missing rate is unknown, not zero). */
  readonly unpriced: readonly {
    readonly cardId: string;
    readonly provider: string;
    readonly code: string;
    readonly message: string;
  }[];
}

/**
 * Ranks cards by what the same workload costs on each, cheapest first, with each card's cost by part and
 * the parts that drive it (cache reads, long-context tiers, batch discounts show here). A card that cannot
 * price the workload (it lacks a rate the usage needs) is listed apart with the reason, never ranked as $0.
 * Cards in different currencies cannot be ranked together.
 *
 * @throws `InvalidArgumentError` for a bad workload or a mix of currencies.
 *
 * @example
 * ```ts
 * import { compareCards } from 'tokenomics/budget';
 * import { getCard } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * const { ranked } = compareCards(
 *   { requestsPerDay: 10_000, usage: { inputTokens: 8000, cacheReadTokens: 6000, outputTokens: 500 } },
 *   ['gpt-4o', 'claude-sonnet-4-5', 'gemini-2.5-flash'].map((id) => getCard(catalog, id)),
 * );
 * ranked.map((r) => [r.cardId, r.perMonth.amount, r.drivers[0]]);
 * ```
 */
export function compareCards(workload: Workload, cards: readonly PriceCard[]): CardRanking {
  const read = readWorkload(workload);
  if (!Array.isArray(cards) || cards.length === 0 || cards.length > 10_000) {
    throw new InvalidArgumentError(`cards is ${describeValue(cards)}; pass one or more price cards.`, {
      argument: 'cards',
      value: cards,
    });
  }
  const checked = Array.from(cards, (card: unknown, index) => requireCard(card, `cards[${index}]`));
  const priced: { card: PriceCard; cost: RequestCost }[] = [];
  const unpriced: { cardId: string; provider: string; code: string; message: string }[] = [];
  for (const card of checked) {
    try {
      priced.push({ card, cost: requestCost(read, card) });
    } catch (error) {
      if (!isTokenomicsError(error) || error.code === 'INVALID_USAGE' || error.code === 'INVALID_ARGUMENT')
        throw error;
      unpriced.push({ cardId: card.id, provider: card.provider, code: error.code, message: error.message });
    }
  }
  const currencies = new Set(priced.map((entry) => entry.cost.currency));
  if (currencies.size > 1) {
    throw new InvalidArgumentError(
      `compareCards got cards in ${[...currencies].join(' and ')}; convert them to one currency first (convertMoney) or compare each currency apart.`,
      { argument: 'cards', value: [...currencies] },
    );
  }
  const cmp = (a: ScaledDecimal, b: ScaledDecimal) => {
    const scale = Math.max(a.scale, b.scale);
    const x = a.units * pow10(scale - a.scale);
    const y = b.units * pow10(scale - b.scale);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  priced.sort((a, b) => cmp(a.cost.total, b.cost.total) || (a.card.id < b.card.id ? -1 : 1));
  const cheapest = priced[0]?.cost.total ?? ZERO;
  const monthDays: ScaledDecimal = { units: 30n, scale: 0 };
  const cheapestMonth = multiplyScaled(multiplyScaled(cheapest, read.perDay), monthDays);
  const ranked = priced.map(({ card, cost }): CardComparison => {
    const perDay = multiplyScaled(cost.total, read.perDay);
    const perMonth = multiplyScaled(perDay, monthDays);
    const over = addScaled(perMonth, { units: -cheapestMonth.units, scale: cheapestMonth.scale });
    const drivers = COST_PART_NAMES.filter((name) => cost.parts[name].units > 0n).sort((a, b) =>
      cmp(cost.parts[b], cost.parts[a]),
    );
    let times: string | null = null;
    if (cheapest.units > 0n) {
      const scale = Math.max(cost.total.scale, cheapest.scale);
      const num = cost.total.units * pow10(scale - cost.total.scale) * 100n;
      const den = cheapest.units * pow10(scale - cheapest.scale);
      times = formatUnits(divideRounded(num, den, 'half-even'), 2);
    }
    return {
      cardId: card.id,
      provider: card.provider,
      perRequest: moneyOf(cost.total, cost.currency),
      perDay: moneyOf(perDay, cost.currency),
      perMonth: moneyOf(perMonth, cost.currency),
      parts: Object.fromEntries(
        COST_PART_NAMES.map((name) => [name, moneyOf(cost.parts[name], cost.currency)]),
      ) as Record<CostPartName, Money>,
      drivers,
      overCheapest: moneyOf(over, cost.currency),
      timesCheapest: times,
      tier: cost.sample.tier,
      serviceTier: cost.sample.serviceTier,
    };
  });
  return { ranked, unpriced };
}

/** Options of {@link checkBudget}. */
export interface CheckBudgetOptions {
  /** Spend so far in the period. */
  readonly spent: Money;
  /** The period's limit, in the same currency. */
  readonly limit: Money;
  /** The period's first day, `YYYY-MM-DD` (UTC midnight). */
  readonly from: string;
  /** The day after the period, `YYYY-MM-DD`. */
  readonly to: string;
  /** When `spent` was measured. Default: now. */
  readonly asOf?: Date | number | string;
}

/** Where a budget stands, and where the current rate takes it. */
export interface BudgetStatus {
  readonly spent: Money;
  readonly limit: Money;
  /** `limit - spent` (negative when over). */
  readonly remaining: Money;
  readonly over: boolean;
  /** Spend at period end at the current rate, rounded half-even to 6 decimals. */
  readonly projected: Money;
  /**
   * The instant the limit is (or was) crossed at the current rate, exact to the millisecond (rounded up);
   * `null` when the rate does not reach the limit within the period.
   */
  readonly crossesAt: string | null;
  /** The UTC day of `crossesAt`. */
  readonly crossesOn: string | null;
}

/**
 * Spend against a limit for a period: what remains, the spend at period end if the current rate holds,
 * and the day the limit is crossed at that rate (computed exactly: the first instant where
 * `spent × elapsed' / elapsed ≥ limit`).
 *
 * @throws `InvalidArgumentError` for bad dates (or `asOf` outside the period) and `CurrencyMismatchError`
 * for a limit in another currency.
 *
 * @example
 * ```ts
 * import { checkBudget } from 'tokenomics/budget';
 * import { money } from 'tokenomics';
 * const status = checkBudget({ spent: money('1200'), limit: money('3000'), from: '2026-11-01', to: '2026-12-01', asOf: '2026-11-13T00:00Z' });
 * status.projected.amount; // '3000' (12 days at $100 a day, over 30 days)
 * status.crossesOn;        // null: at this rate the limit is reached exactly at the period's end, not within it
 * ```
 */
export function checkBudget(options: CheckBudgetOptions): BudgetStatus {
  const checked = requireOptions(options, ['spent', 'limit', 'from', 'to', 'asOf'], 'checkBudget');
  const spent = own(checked, 'spent') as Money;
  const limit = own(checked, 'limit') as Money;
  const spentValue = readMoney(spent, 'spent');
  const limitValue = readMoney(limit, 'limit');
  if (spent.currency !== limit.currency) {
    throw new InvalidArgumentError(
      `spent is in ${spent.currency} and limit in ${limit.currency}; give both in one currency.`,
      { argument: 'limit', value: limit },
    );
  }
  const day = (name: 'from' | 'to') => {
    const value = own(checked, name);
    if (typeof value !== 'string' || !isCalendarDate(value)) {
      throw new InvalidArgumentError(`${name} is ${describeValue(value)}; pass a day such as '2026-11-01'.`, {
        argument: name,
        value,
      });
    }
    return instantTime(value);
  };
  const from = day('from');
  const to = day('to');
  const asOfValue = own(checked, 'asOf');
  const asOf = asOfValue === undefined ? Date.now() : instantTime(asOfValue);
  if (!(to > from) || Number.isNaN(asOf) || asOf <= from || asOf > to) {
    throw new InvalidArgumentError(
      `The period ${describeValue(own(checked, 'from'))} to ${describeValue(own(checked, 'to'))} with asOf ${asOfValue === undefined ? `now (${new Date(asOf).toISOString()})` : describeValue(asOfValue)} is not a period in progress; pass from < asOf <= to, asOf a Date, epoch milliseconds or an ISO 8601 instant.`,
      { argument: 'asOf', value: asOfValue },
    );
  }
  const scale = Math.max(spentValue.scale, limitValue.scale);
  const s = spentValue.units * pow10(scale - spentValue.scale);
  const l = limitValue.units * pow10(scale - limitValue.scale);
  const elapsed = BigInt(asOf - from);
  const period = BigInt(to - from);
  const projectedUnits = divideRounded(s * period * pow10(6), elapsed * pow10(scale), 'half-even');
  let crossesAt: number | null = null;
  if (s > 0n) {
    const offset = Number(divideRounded(elapsed * l, s, 'ceil'));
    const when = from + offset;
    crossesAt = when < to ? when : null;
  }
  return {
    spent,
    limit,
    remaining: moneyFromScaled({ units: l - s, scale }, spent.currency),
    over: s > l,
    projected: { amount: formatUnits(projectedUnits, 6), currency: spent.currency },
    crossesAt: crossesAt === null ? null : new Date(crossesAt).toISOString(),
    crossesOn: crossesAt === null ? null : dayString(crossesAt),
  };
}

function readMoney(value: unknown, name: string): ScaledDecimal {
  const amount = isRecord(value) ? own(value, 'amount') : undefined;
  const parsed = parseDecimal(amount);
  if (!isRecord(value) || parsed === undefined || typeof own(value, 'currency') !== 'string') {
    throw new InvalidArgumentError(`${name} is ${describeValue(value)}; pass money such as money('1200').`, {
      argument: name,
      value,
    });
  }
  return parsed;
}
