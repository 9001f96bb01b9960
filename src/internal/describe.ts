/**
 * Rendering any value for an error message, safely and in bounded time: strings quoted and cut, objects as
 * short JSON-like text. Nothing here can throw or run long (null-prototype objects, cycles, deep nesting,
 * shared subtrees that `JSON.stringify` would expand exponentially, getters that throw).
 *
 * @module
 */

const MAX_SHOWN = 80;

function cut(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 3)}...` : text;
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string')
    return JSON.stringify(value.length > MAX_SHOWN ? value.slice(0, MAX_SHOWN) : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  return undefined;
}

/**
 * Short JSON-like text of an object: written left to right until about `MAX_SHOWN` characters, so the work
 * is bounded by the output, not by the size or shape of the value.
 */
function shortText(value: object): string {
  let out = '';
  // A stack of pending output pieces and values; values expand into their own pieces when reached.
  const stack: unknown[] = [value];
  const marker = Symbol('text');
  let steps = 0;
  while (stack.length > 0 && out.length <= MAX_SHOWN && steps++ < 1_000) {
    const item = stack.pop();
    if (typeof item === 'object' && item !== null && (item as { [marker]?: string })[marker] !== undefined) {
      out += (item as { [marker]: string })[marker];
      continue;
    }
    const simple = scalar(item);
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const text = (piece: string) => ({ [marker]: piece });
    let keys: string[];
    try {
      keys = Object.keys(item as object);
    } catch {
      out += '?';
      continue;
    }
    const array = Array.isArray(item);
    const pieces: unknown[] = [text(array ? '[' : '{')];
    keys.slice(0, 8).forEach((key, index) => {
      if (index > 0) pieces.push(text(','));
      if (!array) pieces.push(text(`${JSON.stringify(key.slice(0, 40))}:`));
      let inner: unknown;
      try {
        inner = (item as Record<string, unknown>)[key];
      } catch {
        inner = '?';
      }
      pieces.push(inner);
    });
    if (keys.length > 8) pieces.push(text(',...'));
    pieces.push(text(array ? ']' : '}'));
    for (let i = pieces.length - 1; i >= 0; i--) stack.push(pieces[i]);
  }
  return stack.length > 0 ? `${out}...` : out;
}

/** Renders a value for an error message: strings quoted, everything else as short JSON-like text. */
export function describeValue(value: unknown): string {
  const simple = scalar(value);
  if (simple !== undefined) return typeof value === 'string' ? JSON.stringify(cut(value as string)) : simple;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid Date' : `Date ${value.toISOString()}`;
  return cut(shortText(value as object));
}
