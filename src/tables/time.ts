/**
 * The instant a lookup is made for (`at`), and whether a card is in force then: its effective date range
 * and its UTC time window.
 *
 * @module
 */

import { instantMs, minutesOfDay } from '../cards/card.js';
import type { EffectiveRange, PriceCard, TimeOfDayWindow, Weekday } from '../cards/types.js';
import { describeValue, InvalidArgumentError } from '../errors.js';

/** An instant: a `Date`, epoch milliseconds, or an ISO 8601 string (`'2025-06-10'` is midnight UTC). */
export type Instant = Date | number | string;

/** An instant resolved to what card conditions compare. */
export interface ResolvedInstant {
  /** Epoch milliseconds. */
  readonly time: number;
  /** Minutes after UTC midnight. */
  readonly minute: number;
  /** UTC day of the week, 0 = Sunday. */
  readonly weekday: number;
}

const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const MINUTES_PER_DAY = 24 * 60;
const WEEKDAY_INDEX: Readonly<Record<Weekday, number>> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};

/** Reads an instant given at run time, or throws {@link InvalidArgumentError} naming it. */
export function resolveInstant(at: Instant | undefined): ResolvedInstant {
  let time: number;
  if (at === undefined) time = Date.now();
  else if (at instanceof Date) time = at.getTime();
  else if (typeof at === 'number') time = at;
  else if (typeof at === 'string' && ISO_PATTERN.test(at)) {
    time = Date.parse(at.length === 10 ? `${at}T00:00:00Z` : at);
  } else time = Number.NaN;
  if (!Number.isFinite(time)) {
    throw new InvalidArgumentError(
      `Instant ${describeValue(at)} is not a valid date; pass a Date, epoch milliseconds, or an ISO date such as "2025-06-10" or "2025-06-10T16:45:00Z".`,
      { at },
    );
  }
  const date = new Date(time);
  return { time, minute: date.getUTCHours() * 60 + date.getUTCMinutes(), weekday: date.getUTCDay() };
}

/** `YYYY-MM-DD` of an instant, for messages. */
export function dayOf(instant: ResolvedInstant): string {
  return new Date(instant.time).toISOString().slice(0, 10);
}

/** True when the instant falls in the range (`from` inclusive, `to` exclusive). */
export function inRange(range: EffectiveRange | undefined, time: number): boolean {
  if (range === undefined) return true;
  if (range.from !== undefined && time < (instantMs(range.from) as number)) return false;
  if (range.to !== undefined && time >= (instantMs(range.to) as number)) return false;
  return true;
}

/**
 * True when the minute of the week falls in the window (start inclusive, end exclusive; may wrap midnight,
 * in which case the early-morning part belongs to the previous day's window).
 */
export function inWindow(window: TimeOfDayWindow, minute: number, weekday: number): boolean {
  const from = minutesOfDay(window.fromUtc) as number;
  const to = minutesOfDay(window.toUtc) as number;
  let startDay = weekday;
  if (from < to) {
    if (minute < from || minute >= to) return false;
  } else if (minute >= from) {
    // the evening part of a window that wraps midnight
  } else if (minute < to) {
    startDay = (weekday + 6) % 7;
  } else {
    return false;
  }
  return window.days === undefined || window.days.some((day) => WEEKDAY_INDEX[day] === startDay);
}

/** True when the card is in force at the instant (dates and, where it has one, its time window). */
export function inForce(card: PriceCard, instant: ResolvedInstant): boolean {
  return (
    inRange(card.effective, instant.time) &&
    (card.timeOfDay === undefined || inWindow(card.timeOfDay, instant.minute, instant.weekday))
  );
}

/** True when two date ranges share at least one instant. */
export function rangesOverlap(a: EffectiveRange | undefined, b: EffectiveRange | undefined): boolean {
  const start = (bound: string | undefined) =>
    bound === undefined ? Number.NEGATIVE_INFINITY : (instantMs(bound) as number);
  const end = (bound: string | undefined) =>
    bound === undefined ? Number.POSITIVE_INFINITY : (instantMs(bound) as number);
  return start(a?.from) < end(b?.to) && start(b?.from) < end(a?.to);
}

/** True when two windows share at least one minute of the week. */
export function windowsOverlap(a: TimeOfDayWindow, b: TimeOfDayWindow): boolean {
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let minute = 0; minute < MINUTES_PER_DAY; minute++) {
      if (inWindow(a, minute, weekday) && inWindow(b, minute, weekday)) return true;
    }
  }
  return false;
}
