/**
 * Calendar dates, UTC instants and times of day, read strictly: impossible dates (`2025-02-30`) and
 * instants outside what a `Date` holds are refused, and a date-time without an offset is UTC, whatever the
 * host's time zone.
 *
 * @module
 */

/** The largest epoch-millisecond magnitude a `Date` holds (about 275,760 years either side of 1970). */
export const MAX_TIME_MS = 8.64e15;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1-12). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Epoch ms of midnight UTC of `YYYY-MM-DD` at `text[0..10)`, or `NaN` when it is not a real date. */
function dateAt(text: string): number {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil(year, month, day) * MS_PER_DAY;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  return value.length === 10 && !Number.isNaN(dateAt(value));
}

/**
 * Epoch milliseconds of an ISO 8601 instant, or `NaN` when it is not one. Accepts `YYYY-MM-DD` (midnight
 * UTC) and `YYYY-MM-DD[T ]HH:MM[:SS[.fraction]]` followed by `Z`, an offset (`+08:00`, `+0800`, `+08`) or
 * nothing, which means UTC. Dates must exist on the calendar; hours 0-23, minutes and seconds 0-59.
 */
export function parseIsoInstant(text: string): number {
  const length = text.length;
  if (length < 10 || length > 40) return Number.NaN;
  const midnight = dateAt(text);
  if (length === 10 || Number.isNaN(midnight)) return midnight;
  const separator = text.charCodeAt(10);
  if ((separator !== 84 && separator !== 116 && separator !== 32) || length < 16) return Number.NaN; // T t ' '
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (text.charCodeAt(13) !== 58 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return Number.NaN;
  let ms = midnight + hour * 3_600_000 + minute * MS_PER_MINUTE;
  let i = 16;
  if (i < length && text.charCodeAt(i) === 58) {
    const second = digits(text, i + 1, 2);
    if (i + 3 > length || second < 0 || second > 59) return Number.NaN;
    ms += second * 1000;
    i += 3;
    if (i < length && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44)) {
      let end = i + 1;
      while (end < length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
      if (end === i + 1 || end - i - 1 > 9) return Number.NaN;
      // milliseconds: the first three fraction digits (later ones are below what a Date holds)
      const fraction = text.slice(i + 1, Math.min(end, i + 4)).padEnd(3, '0');
      ms += Number(fraction);
      i = end;
    }
  }
  if (i === length) return ms;
  const zone = text.charCodeAt(i);
  if ((zone === 90 || zone === 122) && i + 1 === length) return ms; // Z z
  if (zone !== 43 && zone !== 45) return Number.NaN; // + -
  const rest = length - i - 1;
  const offsetHours = digits(text, i + 1, 2);
  let offsetMinutes = 0;
  if (rest === 5 && text.charCodeAt(i + 3) === 58) offsetMinutes = digits(text, i + 4, 2);
  else if (rest === 4) offsetMinutes = digits(text, i + 3, 2);
  else if (rest !== 2) return Number.NaN;
  if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return Number.NaN;
  const offset = (offsetHours * 60 + offsetMinutes) * MS_PER_MINUTE;
  return zone === 43 ? ms - offset : ms + offset;
}

/**
 * Epoch milliseconds of an effective-date bound: `YYYY-MM-DD` (midnight UTC) or `YYYY-MM-DDTHH:MM[:SS]Z`;
 * `undefined` when malformed.
 */
export function instantMs(value: string): number | undefined {
  if (value.length !== 10 && !(value.endsWith('Z') && (value.length === 17 || value.length === 20))) {
    return undefined;
  }
  const ms = parseIsoInstant(value);
  return Number.isNaN(ms) ? undefined : ms;
}

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an `HH:MM` time, or `undefined` when malformed. */
export function minutesOfDay(value: string): number | undefined {
  const match = TIME_PATTERN.exec(value);
  return match === null ? undefined : Number(match[1]) * 60 + Number(match[2]);
}

/** An instant resolved to what time conditions compare. */
export interface ResolvedInstant {
  /** Epoch milliseconds. */
  readonly time: number;
  /** Minutes after UTC midnight. */
  readonly minute: number;
  /** UTC day of the week, 0 = Sunday. */
  readonly weekday: number;
}

/** Resolves epoch milliseconds (finite, within {@link MAX_TIME_MS}) to minute of day and weekday, in UTC. */
export function resolveTime(time: number): ResolvedInstant {
  const dayIndex = Math.floor(time / MS_PER_DAY);
  const minute = Math.floor((time - dayIndex * MS_PER_DAY) / MS_PER_MINUTE);
  // 1970-01-01 was a Thursday (4).
  return { time, minute, weekday: (((dayIndex + 4) % 7) + 7) % 7 };
}

/** `YYYY-MM-DD` of epoch milliseconds, in UTC. */
export function dayOfTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Epoch milliseconds of an instant given at run time (a `Date`, epoch milliseconds, or an ISO 8601
 * string), or `NaN` when it is not a valid instant within what a `Date` holds.
 */
export function instantTime(at: unknown): number {
  let time: number;
  if (typeof at === 'string') time = parseIsoInstant(at);
  else if (typeof at === 'number') time = at;
  else if (at instanceof Date) time = at.getTime();
  else return Number.NaN;
  return Number.isFinite(time) && Math.abs(time) <= MAX_TIME_MS ? time : Number.NaN;
}
