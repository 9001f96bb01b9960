/**
 * The one way tests assert errors: run the action, expect a tokenomics error (optionally of a code), and
 * return it so the test can check its message and details.
 */
import { expect } from 'vitest';
import {
  isTokenomicsError,
  type TokenomicsError,
  type TokenomicsErrorByCode,
  type TokenomicsErrorCode,
} from '../../src/index.js';

/** Runs `action` and returns the tokenomics error it throws; fails the test when it throws anything else. */
export function errorOf(action: () => unknown): TokenomicsError;
export function errorOf<C extends TokenomicsErrorCode>(
  action: () => unknown,
  code: C,
): TokenomicsErrorByCode[C];
export function errorOf(action: () => unknown, code?: TokenomicsErrorCode): TokenomicsError {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined)
    throw new Error(`expected ${code ?? 'a tokenomics error'}, but nothing was thrown`);
  expect(isTokenomicsError(thrown), `expected a tokenomics error, got ${String(thrown)}`).toBe(true);
  if (code !== undefined) {
    expect((thrown as TokenomicsError).code, (thrown as Error).message).toBe(code);
  }
  return thrown as TokenomicsError;
}

/** Runs `action`, expects a tokenomics error with `code`, and returns its message. */
export function errorMessage(action: () => unknown, code: TokenomicsErrorCode): string {
  return errorOf(action, code).message;
}

/** Awaits `action` and returns the tokenomics error it rejects with. */
export async function rejectionOf<C extends TokenomicsErrorCode>(
  action: () => Promise<unknown>,
  code: C,
): Promise<TokenomicsErrorByCode[C]> {
  let thrown: unknown;
  try {
    await action();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) throw new Error(`expected ${code}, but the promise resolved`);
  expect(isTokenomicsError(thrown, code), `expected ${code}, got ${String(thrown)}`).toBe(true);
  return thrown as TokenomicsErrorByCode[C];
}
