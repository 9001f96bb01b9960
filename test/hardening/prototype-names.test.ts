/**
 * Class 4: names of Object.prototype members as values. A user string never reaches an inherited member,
 * and createPriceCard reads only the input's own properties.
 */
import { describe, expect, it } from 'vitest';
import {
  createPriceCard,
  createPriceTable,
  estimateCost,
  findCard,
  fromAISDKUsage,
  getCard,
} from '../../src/index.js';
import { getHardware, getModelSpec, gpuHourCost } from '../../src/infra/index.js';
import { loadPriceTable } from '../../src/tables/adapters/index.js';
import { errorOf, rejectionOf } from '../support/errors.js';

const NAMES = [
  'toString',
  'constructor',
  '__proto__',
  'valueOf',
  'hasOwnProperty',
  'prototype',
  '__defineGetter__',
];
const card = createPriceCard({ id: 'm', provider: 'p', inputPerMillion: '1', outputPerMillion: '2' });
const table = createPriceTable([card]);

describe('Object.prototype member names as values', () => {
  it.each(NAMES)('serviceTier %j is an invalid argument', (name) => {
    const error = errorOf(
      () => estimateCost({ inputTokens: 1, outputTokens: 1 }, card, { serviceTier: name as never }),
      'INVALID_ARGUMENT',
    );
    expect(error.details).toEqual({ argument: 'serviceTier', value: name });
  });

  it.each(NAMES)('model id %j is unknown, provider %j matches nothing', (name) => {
    expect(findCard(table, name)).toBeUndefined();
    expect(findCard(table, 'm', { provider: name })).toBeUndefined();
    errorOf(() => getCard(table, name), 'UNKNOWN_MODEL');
  });

  it.each(NAMES)('preset %j is an unknown preset', (name) => {
    errorOf(() => getHardware(name), 'UNKNOWN_PRESET');
    errorOf(() => getModelSpec(name), 'UNKNOWN_PRESET');
    errorOf(() => gpuHourCost({ gpuPrice: '1', hardware: name }), 'UNKNOWN_PRESET');
  });

  it.each(NAMES)('AI SDK provider %j is refused', (name) => {
    errorOf(
      () => fromAISDKUsage({ inputTokens: 1, outputTokens: 1 }, { provider: name as never }),
      'INVALID_USAGE',
    );
  });

  it.each(NAMES)('table format %j is refused', async (name) => {
    await rejectionOf(
      () => loadPriceTable({ load: async () => ({}), format: name as never, fallback: table }),
      'INVALID_ARGUMENT',
    );
  });

  it('createPriceCard ignores inherited properties', () => {
    const inherited = Object.assign(Object.create({ inputPerMillion: '1', outputPerMillion: '2' }), {
      id: 'x',
      provider: 'p',
    });
    expect(errorOf(() => createPriceCard(inherited), 'INVALID_PRICE_CARD').details.field).toBe(
      'inputPerMillion',
    );
  });

  it('a usage record with inherited counts is refused, not read', () => {
    const usage = Object.create({ inputTokens: 1_000_000 });
    usage.outputTokens = 1;
    const error = errorOf(() => estimateCost(usage, card), 'INVALID_USAGE');
    expect(error.message).toContain('is inherited, not an own property');
  });

  it('null-prototype objects work as cards and usage', () => {
    const input = Object.assign(Object.create(null), {
      id: 'n',
      provider: 'p',
      inputPerMillion: '1',
      outputPerMillion: '2',
    });
    const usage = Object.assign(Object.create(null), { inputTokens: 1_000_000, outputTokens: 0 });
    expect(estimateCost(usage, createPriceCard(input)).total.amount).toBe('1');
  });

  it('Object.prototype is untouched after all of the above', () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).inputPerMillion).toBeUndefined();
  });
});
