/**
 * The instants of a usage log read by arithmetic, for the common form `toISOString` writes
 * (`2026-11-02T09:15:00Z`, `2026-11-02T09:15:00.123Z`): a log of a million records parses a million of
 * them. Anything else goes through the general ISO 8601 parser.
 *
 * @module
 */

/**
 * Epoch milliseconds of the midnight (UTC) of `YYYY-MM-DD` at `text[start]` for years 1970-9999, computed
 * by arithmetic (days from the civil date), or -1 when it is not such a date on the calendar.
 */
export function civilDayMs(text: string, start: number): number {
  if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return -1;
  const high = twoDigits(text, start);
  const low = twoDigits(text, start + 2);
  const month = twoDigits(text, start + 5);
  const day = twoDigits(text, start + 8);
  if (high < 19 || low < 0 || month < 1 || month > 12 || day < 1) return -1;
  const year = high * 100 + low;
  if (year < 1970) return -1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > length) return -1;
  // Days from civil (proleptic Gregorian), March-based years.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) * 86_400_000;
}

function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Milliseconds after midnight of the time in `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.sssZ` (the
 * form `toISOString` writes), or -1 for anything else (which then goes through the full parser).
 */
export function clockMs(at: string, start: number, end: number): number {
  const length = end - start;
  if ((length !== 20 && length !== 24) || at.charCodeAt(start + 10) !== 84 || at.charCodeAt(end - 1) !== 90) {
    return -1;
  }
  if (at.charCodeAt(start + 13) !== 58 || at.charCodeAt(start + 16) !== 58) return -1;
  const hour = twoDigits(at, start + 11);
  const minute = twoDigits(at, start + 14);
  const second = twoDigits(at, start + 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return -1;
  let ms = 0;
  if (length === 24) {
    if (at.charCodeAt(start + 19) !== 46) return -1;
    const a = at.charCodeAt(start + 20) - 48;
    const b = twoDigits(at, start + 21);
    if (a < 0 || a > 9 || b < 0) return -1;
    ms = a * 100 + b;
  }
  return ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}
