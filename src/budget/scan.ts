/**
 * A scanner for the usual shape of a usage-log line, `{"model":..,"at":..,"usage":{..},"tags":{..}}`, that
 * reads the fields in place, inside the chunk of text the line sits in, instead of slicing the line and
 * building objects with `JSON.parse`: most of the cost of totalling a large log is parsing it. It accepts
 * a strict subset of JSON (no escape or control character in a string, whole-number counts of at most 15
 * digits, known keys once each, spaces as the only whitespace) and gives up on anything else, which then
 * goes through `JSON.parse` and the full record checks: the two paths agree on every line the scanner takes.
 *
 * @module
 */

import { COUNT_FIELDS } from '../cards/usage.js';

/** A scanned line; the object is reused from line to line. */
export interface ScannedLine {
  model: string;
  provider: string | undefined;
  /** `at` as written, or undefined; see `atStart`/`atEnd` for its place in the chunk (sliced on demand). */
  at: string | undefined;
  /** Where `at`'s text is in the chunk (`atStart === -1`: no `at`). */
  atStart: number;
  atEnd: number;
  serviceTier: string | undefined;
  usageServiceTier: string | undefined;
  /** Usage counts in `COUNT_FIELDS` order; `-1` when absent. */
  readonly counts: number[];
  tagCount: number;
  readonly tagKeys: string[];
  readonly tagValues: string[];
  /** Scanner state: where the last value read ends. */
  position: number;
}

const MAX_TAGS = 32;
const SERVICE_TIER_SLOT = 100;

/** A fresh scanned-line holder. */
export function scannedLine(): ScannedLine {
  return {
    model: '',
    provider: undefined,
    at: undefined,
    atStart: -1,
    atEnd: -1,
    serviceTier: undefined,
    usageServiceTier: undefined,
    counts: new Array<number>(COUNT_FIELDS.length).fill(-1),
    tagCount: 0,
    tagKeys: new Array<string>(MAX_TAGS).fill(''),
    tagValues: new Array<string>(MAX_TAGS).fill(''),
    position: 0,
  };
}

/**
 * True when `text[start, end)` holds no escape (`\\`) and no control character: the raw text is then the
 * string's value. Keys the scanner matches are spelled out, numbers are digits and only spaces separate
 * tokens, so string values are the only place either could hide.
 */
function plainSpan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 92) return false;
  }
  return true;
}

/** A string cache keyed by position in the chunk: repeated values (a model, a tag) are sliced once. */
function sliceText(text: string, start: number, end: number, last: string): string {
  const length = end - start;
  return last.length === length && text.startsWith(last, start) ? last : text.slice(start, end);
}

function skip(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** The `counts` slot of a usage key (by length and first letter, then checked in full), or -1. */
function countSlot(text: string, start: number, length: number): number {
  const first = text.charCodeAt(start);
  let slot = -1;
  switch (length) {
    case 8:
      slot = 12; // requests
      break;
    case 11:
      slot = first === 105 ? 0 : first === 119 ? 13 : first === 115 ? SERVICE_TIER_SLOT : -1; // i w s
      break;
    case 12:
      slot = 1; // outputTokens
      break;
    case 15:
      slot = first === 99 ? 2 : first === 114 ? 5 : -1; // cacheReadTokens, reasoningTokens
      break;
    case 16:
      slot = first === 99 ? 3 : first === 97 ? 6 : first === 105 ? 9 : -1; // cacheWrite, audio/image input
      break;
    case 17:
      slot = first === 97 ? 8 : first === 105 ? 11 : -1; // audio/image output
      break;
    case 18:
      slot = 4; // cacheWrite1hTokens
      break;
    case 20:
      slot = first === 97 ? 7 : first === 105 ? 10 : -1; // audio/image cache reads
      break;
  }
  if (slot === -1) return -1;
  const codes = slot === SERVICE_TIER_SLOT ? SERVICE_TIER_CODES : (COUNT_CODES[slot] as number[]);
  for (let k = 1; k < length; k++) if (text.charCodeAt(start + k) !== codes[k]) return -1;
  return slot;
}

const COUNT_CODES = COUNT_FIELDS.map((name) => Array.from(name, (c) => c.charCodeAt(0)));
const SERVICE_TIER_CODES = Array.from('serviceTier', (c) => c.charCodeAt(0));

/** A whole number of at most 15 digits at `i` (no sign, fraction, exponent or leading zero), or -1. */
function count(text: string, i: number, into: ScannedLine): number {
  const first = i;
  let value = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
    i++;
  }
  const digits = i - first;
  if (digits === 0 || digits > 15 || (digits > 1 && text.charCodeAt(first) === 48)) return -1;
  const next = text.charCodeAt(i);
  if (next === 46 || next === 101 || next === 69) return -1; // . e E
  into.position = i;
  return value;
}

/** Reads `"key":"value"` pairs of a tags object at `i` (after `{`); false when not plain strings. */
function scanTags(text: string, i: number, end: number, into: ScannedLine): boolean {
  if (text.charCodeAt(i) === 32) i = skip(text, i);
  if (text.charCodeAt(i) === 125) {
    into.position = i + 1;
    return true;
  }
  for (;;) {
    if (text.charCodeAt(i) !== 34) return false;
    const keyStart = i + 1;
    const keyEnd = text.indexOf('"', keyStart);
    if (keyEnd === -1 || keyEnd >= end) return false;
    i = keyEnd + 1;
    if (text.charCodeAt(i) === 32) i = skip(text, i);
    if (text.charCodeAt(i) !== 58) return false;
    i = i + 1;
    if (text.charCodeAt(i) === 32) i = skip(text, i);
    if (text.charCodeAt(i) !== 34) return false;
    const valueEnd = text.indexOf('"', i + 1);
    if (valueEnd === -1 || valueEnd >= end || into.tagCount === MAX_TAGS) return false;
    if (!plainSpan(text, keyStart, keyEnd) || !plainSpan(text, i + 1, valueEnd)) return false;
    const t = into.tagCount;
    const key = sliceText(text, keyStart, keyEnd, into.tagKeys[t] as string);
    for (let other = 0; other < t; other++) if (into.tagKeys[other] === key) return false; // repeated
    into.tagKeys[t] = key;
    into.tagValues[t] = sliceText(text, i + 1, valueEnd, into.tagValues[t] as string);
    into.tagCount = t + 1;
    i = valueEnd + 1;
    if (text.charCodeAt(i) === 32) i = skip(text, i);
    const c = text.charCodeAt(i);
    if (c === 125) {
      into.position = i + 1;
      return true;
    }
    if (c !== 44) return false;
    i = i + 1;
    if (text.charCodeAt(i) === 32) i = skip(text, i);
  }
}

/** Reads a usage object at `i` (after `{`) into `into.counts`; false when it is not the plain shape. */
function scanUsage(text: string, i: number, end: number, into: ScannedLine): boolean {
  const counts = into.counts;
  if (text.charCodeAt(i) === 32) i = skip(text, i);
  if (text.charCodeAt(i) === 125) {
    into.position = i + 1;
    return true;
  }
  for (;;) {
    if (text.charCodeAt(i) !== 34) return false;
    const keyStart = i + 1;
    const keyEnd = text.indexOf('"', keyStart);
    if (keyEnd === -1 || keyEnd >= end) return false;
    const slot = countSlot(text, keyStart, keyEnd - keyStart);
    i = keyEnd + 1;
    if (text.charCodeAt(i) === 32) i = skip(text, i);
    if (text.charCodeAt(i) !== 58) return false;
    i = i + 1;
    if (text.charCodeAt(i) === 32) i = skip(text, i);
    if (slot === SERVICE_TIER_SLOT) {
      if (text.charCodeAt(i) !== 34 || into.usageServiceTier !== undefined) return false;
      const valueEnd = text.indexOf('"', i + 1);
      if (valueEnd === -1 || valueEnd >= end || !plainSpan(text, i + 1, valueEnd)) return false;
      into.usageServiceTier = text.slice(i + 1, valueEnd);
      i = valueEnd + 1;
    } else {
      if (slot === -1 || (counts[slot] as number) !== -1) return false;
      const value = count(text, i, into);
      if (value === -1) return false;
      counts[slot] = value;
      i = into.position;
    }
    if (text.charCodeAt(i) === 32) i = skip(text, i);
    const c = text.charCodeAt(i);
    if (c === 125) {
      into.position = i + 1;
      return true;
    }
    if (c !== 44) return false;
    i = i + 1;
    if (text.charCodeAt(i) === 32) i = skip(text, i);
  }
}

/** The end quote of a top-level string value at `i`, or -1 (the scan then gives up). */
function stringEnd(text: string, i: number, end: number): number {
  if (text.charCodeAt(i) !== 34) return -1;
  const close = text.indexOf('"', i + 1);
  return close === -1 || close >= end || !plainSpan(text, i + 1, close) ? -1 : close;
}

/**
 * Scans the line `text[start, end)` into `into`; false when the line is not of the plain shape, and the
 * caller then parses it with `JSON.parse`.
 */
export function scanLine(text: string, start: number, end: number, into: ScannedLine): boolean {
  const counts = into.counts;
  for (let k = 0; k < counts.length; k++) counts[k] = -1;
  into.provider = undefined;
  into.at = undefined;
  into.atStart = -1;
  into.serviceTier = undefined;
  into.usageServiceTier = undefined;
  into.tagCount = 0;
  let model = false;
  let usage = false;
  let tags = false;
  let i = start;
  if (text.charCodeAt(i) === 32) i = skip(text, i);
  if (text.charCodeAt(i) !== 123) return false;
  i = i + 1;
  if (text.charCodeAt(i) === 32) i = skip(text, i);
  for (;;) {
    if (text.charCodeAt(i) !== 34) return false;
    const keyStart = i + 1;
    const keyEnd = text.indexOf('"', keyStart);
    if (keyEnd === -1 || keyEnd >= end) return false;
    const length = keyEnd - keyStart;
    const first = text.charCodeAt(keyStart);
    i = keyEnd + 1;
    if (text.charCodeAt(i) === 32) i = skip(text, i);
    if (text.charCodeAt(i) !== 58) return false;
    i = i + 1;
    if (text.charCodeAt(i) === 32) i = skip(text, i);
    if (length === 5 && first === 109 && text.startsWith('model', keyStart)) {
      const close = stringEnd(text, i, end);
      if (model || close === -1 || close === i + 1) return false;
      into.model = sliceText(text, i + 1, close, into.model);
      model = true;
      i = close + 1;
    } else if (length === 5 && first === 117 && text.startsWith('usage', keyStart)) {
      if (usage || text.charCodeAt(i) !== 123 || !scanUsage(text, i + 1, end, into)) return false;
      usage = true;
      i = into.position;
    } else if (length === 2 && first === 97 && text.charCodeAt(keyStart + 1) === 116) {
      const close = stringEnd(text, i, end);
      if (into.atStart !== -1 || close === -1) return false;
      into.atStart = i + 1;
      into.atEnd = close;
      i = close + 1;
    } else if (length === 4 && first === 116 && text.startsWith('tags', keyStart)) {
      if (tags || text.charCodeAt(i) !== 123 || !scanTags(text, i + 1, end, into)) return false;
      tags = true;
      i = into.position;
    } else if (length === 8 && first === 112 && text.startsWith('provider', keyStart)) {
      const close = stringEnd(text, i, end);
      if (into.provider !== undefined || close === -1 || close === i + 1) return false;
      into.provider = text.slice(i + 1, close);
      i = close + 1;
    } else if (length === 11 && first === 115 && text.startsWith('serviceTier', keyStart)) {
      const close = stringEnd(text, i, end);
      if (into.serviceTier !== undefined || close === -1) return false;
      into.serviceTier = text.slice(i + 1, close);
      i = close + 1;
    } else return false;
    if (text.charCodeAt(i) === 32) i = skip(text, i);
    const c = text.charCodeAt(i);
    if (c === 125) {
      if (skip(text, i + 1) !== end || !model || !usage) return false;
      return (counts[0] as number) !== -1 && (counts[1] as number) !== -1;
    }
    if (c !== 44) return false;
    i = i + 1;
    if (text.charCodeAt(i) === 32) i = skip(text, i);
  }
}
