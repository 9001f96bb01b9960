import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  InvalidUsageError,
  isTokenomicsError,
  TokenomicsError,
  UnknownModelError,
  UnpricedUsageError,
} from '../src/index.js';

describe('errors', () => {
  it('carry a literal code, a name and details', () => {
    const details = {
      cardId: 'c',
      provider: 'p',
      reason: 'missing-rate',
      serviceTier: 'standard',
      field: 'cacheWritePerMillion',
    } as const;
    const error = new UnpricedUsageError('no rate', details);
    expect(error).toBeInstanceOf(TokenomicsError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('UNPRICED_USAGE');
    expect(error.name).toBe('UnpricedUsageError');
    expect(error.details).toEqual(details);
    expect(Object.isFrozen(error.details)).toBe(true);
  });

  it('are recognized by code, and narrowed by isTokenomicsError', () => {
    const error: unknown = new UnknownModelError('unknown', {
      modelId: 'gpt4o',
      table: 't',
      suggestions: ['gpt-4o'],
    });
    expect(isTokenomicsError(error)).toBe(true);
    expect(isTokenomicsError(error, 'UNKNOWN_MODEL')).toBe(true);
    expect(isTokenomicsError(error, 'INVALID_USAGE')).toBe(false);
    if (isTokenomicsError(error, 'UNKNOWN_MODEL')) expect(error.details.suggestions).toEqual(['gpt-4o']);
  });

  it('are not confused with look-alikes', () => {
    expect(isTokenomicsError(new Error('x'))).toBe(false);
    expect(isTokenomicsError({ code: 'INVALID_USAGE', message: 'x' })).toBe(false);
    expect(isTokenomicsError(null)).toBe(false);
    expect(isTokenomicsError('INVALID_USAGE')).toBe(false);
  });

  it('are recognized across realms, where instanceof fails', () => {
    // An error made in another V8 context, the way another copy of the package (or an iframe) would make it.
    const foreign = runInNewContext(`
      class E extends Error {}
      const e = new E('from another realm');
      e.code = 'INVALID_USAGE';
      e[Symbol.for('tokenomics.error')] = true;
      e;
    `);
    expect(foreign instanceof InvalidUsageError).toBe(false);
    expect(foreign instanceof Error).toBe(false);
    expect(isTokenomicsError(foreign, 'INVALID_USAGE')).toBe(true);
  });
});
