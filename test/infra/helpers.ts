import { expect } from 'vitest';
import { isTokenomicsError, type TokenomicsErrorCode } from '../../src/index.js';

/** Runs `action`, expects a tokenomics error with `code`, and returns its message. */
export function errorMessage(action: () => unknown, code: TokenomicsErrorCode): string {
  try {
    action();
  } catch (error) {
    expect(isTokenomicsError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
    return (error as Error).message;
  }
  throw new Error(`expected ${code}, but nothing was thrown`);
}
