/**
 * Resolves a hardware or model argument (a preset id or the caller's own spec object) and checks a custom
 * spec's numbers, so the model never computes with a missing, negative or absurd figure (every result stays
 * finite).
 *
 * @module
 */

import { CALIBRATION } from '../data/calibration.js';
import { InvalidArgumentError } from '../errors.js';
import { hasOwn, isRecord, own } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import { getHardware } from './hardware.js';
import { getModelSpec } from './models.js';
import type { HardwareSpec, ModelSpec } from './types.js';

function fail(what: string, value: unknown, fix: string): never {
  throw new InvalidArgumentError(`${what} is ${describeValue(value)}; ${fix}`, { argument: what, value });
}

/** A positive finite number no larger than `max` (and whole when `integer`). */
function bounded(value: unknown, what: string, max: number, integer = false): number {
  if (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value > 0 &&
    value <= max &&
    (!integer || Number.isInteger(value))
  ) {
    return value;
  }
  return fail(what, value, `it must be a positive ${integer ? 'whole ' : ''}number no larger than ${max}.`);
}

function requireObject(value: unknown, what: string): Record<string, unknown> {
  if (isRecord(value)) return value;
  return fail(what, value, 'pass a preset id or a spec object.');
}

/** A preset by id, or the caller's hardware spec after checking its figures. */
export function resolveHardware(hardware: string | HardwareSpec): HardwareSpec {
  if (typeof hardware === 'string') return getHardware(hardware);
  const spec = requireObject(hardware, 'hardware');
  const where = `hardware ${describeValue(own(spec, 'id'))}`;
  const family = own(spec, 'family');
  if (typeof family !== 'string' || !hasOwn(CALIBRATION, family)) {
    fail(
      `${where} family`,
      family,
      `use one of ${Object.keys(CALIBRATION).join(', ')} (it picks the default efficiencies).`,
    );
  }
  bounded(own(spec, 'memoryGB'), `${where} memoryGB`, 1e6);
  bounded(own(spec, 'memoryTBps'), `${where} memoryTBps`, 1e4);
  const peaks = requireObject(own(spec, 'denseTflops'), `${where} denseTflops`);
  for (const [precision, value] of Object.entries(peaks)) {
    if (precision !== 'bf16' && precision !== 'fp8' && precision !== 'fp4') {
      fail(`${where} denseTflops.${precision}`, value, "precisions are 'bf16', 'fp8' and 'fp4'.");
    }
    bounded(value, `${where} denseTflops.${precision}`, 1e8);
  }
  for (const field of ['tdpWatts', 'serverKwPerAccelerator'] as const) {
    if (own(spec, field) !== undefined)
      bounded(own(spec, field), `${where} ${field}`, field === 'tdpWatts' ? 1e6 : 1e3);
  }
  return hardware as HardwareSpec;
}

/** A preset by id, or the caller's model spec after checking its figures. */
export function resolveModel(model: string | ModelSpec): ModelSpec {
  if (typeof model === 'string') return getModelSpec(model);
  const spec = requireObject(model, 'model');
  const where = `model ${describeValue(own(spec, 'id'))}`;
  const total = bounded(own(spec, 'totalParams'), `${where} totalParams`, 1e15);
  const active = bounded(own(spec, 'activeParams'), `${where} activeParams`, 1e15);
  const layers = bounded(own(spec, 'layers'), `${where} layers`, 1e5, true);
  for (const field of ['hiddenSize', 'queryHeads', 'kvHeads', 'headDim'] as const) {
    bounded(own(spec, field), `${where} ${field}`, 1e6, true);
  }
  bounded(own(spec, 'contextWindow'), `${where} contextWindow`, 1e9, true);
  if (active > total) {
    fail(`${where} activeParams`, active, `active parameters are a part of the total (${total}).`);
  }
  const attention = requireObject(own(spec, 'attention'), `${where} attention`);
  const kind = own(attention, 'kind');
  if (kind === 'mla') {
    bounded(own(attention, 'latentDim'), `${where} attention.latentDim`, 1e6, true);
    bounded(own(attention, 'ropeDim'), `${where} attention.ropeDim`, 1e6, true);
  } else if (kind !== 'gqa') {
    fail(`${where} attention.kind`, kind, "use 'gqa' or 'mla'.");
  }
  const expertsValue = own(spec, 'experts');
  if (expertsValue !== undefined) {
    const experts = requireObject(expertsValue, `${where} experts`);
    const expertTotal = bounded(own(experts, 'total'), `${where} experts.total`, 1e6, true);
    const expertActive = bounded(own(experts, 'active'), `${where} experts.active`, 1e6, true);
    if (expertActive > expertTotal) {
      fail(
        `${where} experts.active`,
        expertActive,
        `a token cannot use more experts than the ${expertTotal} there are.`,
      );
    }
  }
  const windowValue = own(spec, 'slidingWindow');
  if (windowValue !== undefined) {
    const window = requireObject(windowValue, `${where} slidingWindow`);
    bounded(own(window, 'tokens'), `${where} slidingWindow.tokens`, 1e9, true);
    const windowed = bounded(own(window, 'layers'), `${where} slidingWindow.layers`, 1e5, true);
    if (windowed > layers) fail(`${where} slidingWindow.layers`, windowed, `the model has ${layers} layers.`);
  }
  return model as ModelSpec;
}
