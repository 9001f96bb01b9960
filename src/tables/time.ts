/**
 * The instant a lookup is made for (`at`), and whether a card is in force then: its effective date range
 * and its UTC time window.
 *
 * @module
 */

import type { EffectiveRange, PriceCard, TimeOfDayWindow, Weekday } from '../cards/types.js';
import { InvalidArgumentError } from '../errors.js';
import {
  instantMs,
  instantTime,
  minutesOfDay,
  type ResolvedInstant,
  resolveTime,
} from '../internal/dates.js';
import { describeValue } from '../internal/describe.js';

export type { ResolvedInstant } from '../internal/dates.js';

/**
 * An instant: a `Date`, epoch milliseconds, or an ISO 8601 string. `'2025-06-10'` is midnight UTC, and a
 * date-time without an offset (`'2025-06-10T16:45'`) is UTC too, whatever the host's time zone.
 */
export type Instant = Date | number | string;

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const WEEKDAY_INDEX: ReadonlyMap<Weekday, number> = new Map([
  ['sun', 0],
  ['mon', 1],
  ['tue', 2],
  ['wed', 3],
  ['thu', 4],
  ['fri', 5],
  ['sat', 6],
]);

/** Reads an instant given at run time (default: now), or throws {@link InvalidArgumentError} naming it. */
export function resolveInstant(at: unknown): ResolvedInstant {
  const time = at === undefined ? Date.now() : instantTime(at);
  if (Number.isNaN(time)) {
    throw new InvalidArgumentError(
      `Instant ${describeValue(at)} is not a valid instant; pass a Date, epoch milliseconds, or an ISO 8601 date such as "2025-06-10" or "2025-06-10T16:45:00Z" (a date-time without an offset is UTC).`,
      { argument: 'at', value: at },
    );
  }
  return resolveTime(time);
}

/** True when the instant falls in the range (`from` inclusive, `to` exclusive). */
export function inRange(range: EffectiveRange | undefined, time: number): boolean {
  if (range === undefined) return true;
  if (range.from !== undefined && time < (instantMs(range.from) as number)) return false;
  if (range.to !== undefined && time >= (instantMs(range.to) as number)) return false;
  return true;
}

/** A window parsed once: start and end minute, and a bit per weekday it starts on (bit 0 = Sunday). */
export interface ParsedWindow {
  readonly from: number;
  readonly to: number;
  readonly days: number;
}

const parsedWindows = new WeakMap<TimeOfDayWindow, ParsedWindow>();

export function parseWindow(window: TimeOfDayWindow): ParsedWindow {
  let parsed = parsedWindows.get(window);
  if (parsed === undefined) {
    let days = 0b1111111;
    if (window.days !== undefined) {
      days = 0;
      for (const day of window.days) days |= 1 << (WEEKDAY_INDEX.get(day) as number);
    }
    parsed = {
      from: minutesOfDay(window.fromUtc) as number,
      to: minutesOfDay(window.toUtc) as number,
      days,
    };
    parsedWindows.set(window, parsed);
  }
  return parsed;
}

/**
 * True when the minute of the week falls in the window (start inclusive, end exclusive; may wrap midnight,
 * in which case the early-morning part belongs to the previous day's window).
 */
export function inWindow(window: TimeOfDayWindow, minute: number, weekday: number): boolean {
  const { from, to, days } = parseWindow(window);
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
  return (days & (1 << startDay)) !== 0;
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

/** The minutes of the week a window covers, as `[start, end)` intervals within `[0, 10080)`. */
function weekIntervals(window: TimeOfDayWindow): [number, number][] {
  const { from, to, days } = parseWindow(window);
  const length = to > from ? to - from : to + MINUTES_PER_DAY - from;
  const intervals: [number, number][] = [];
  for (let day = 0; day < 7; day++) {
    if ((days & (1 << day)) === 0) continue;
    const start = day * MINUTES_PER_DAY + from;
    const end = start + length;
    if (end <= MINUTES_PER_WEEK) intervals.push([start, end]);
    else intervals.push([start, MINUTES_PER_WEEK], [0, end - MINUTES_PER_WEEK]);
  }
  return intervals;
}

/** True when two windows share at least one minute of the week. */
export function windowsOverlap(a: TimeOfDayWindow, b: TimeOfDayWindow): boolean {
  const first = weekIntervals(a);
  for (const [startB, endB] of weekIntervals(b)) {
    for (const [startA, endA] of first) if (startA < endB && startB < endA) return true;
  }
  return false;
}
