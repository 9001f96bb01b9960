/**
 * Deep freezing, iteratively (no recursion, so deep data cannot overflow the stack).
 *
 * @module
 */

/**
 * Freezes a value and everything it holds, and returns it. An object that is already frozen is still
 * walked: a frozen top over mutable children is the mistake this exists to prevent.
 */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<object>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    Object.freeze(item);
    for (const key of Object.keys(item)) pending.push((item as Record<string, unknown>)[key]);
  }
  return value;
}
