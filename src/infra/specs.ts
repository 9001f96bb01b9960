/**
 * Resolves a hardware or model argument (a preset id or the caller's own spec object) and checks a custom
 * spec's numbers, so the model never computes with a missing or negative figure.
 *
 * @module
 */

import { describeValue, InvalidArgumentError } from '../errors.js';
import { CALIBRATION } from './calibration.js';
import { getHardware, type HardwareSpec } from './hardware.js';
import { getModelSpec, type ModelSpec } from './models.js';

/** A preset by id, or the caller's hardware spec after checking its figures. */
export function resolveHardware(hardware: string | HardwareSpec): HardwareSpec {
  if (typeof hardware === 'string') return getHardware(hardware);
  const spec = requireObject(hardware, 'hardware');
  const where = `hardware ${describeValue(spec.id)}`;
  if (!Object.hasOwn(CALIBRATION, spec.family as string)) {
    throw new InvalidArgumentError(
      `${where} has family ${describeValue(spec.family)}; use one of ${Object.keys(CALIBRATION).join(', ')} (it picks the default efficiencies).`,
      { family: spec.family },
    );
  }
  positive(spec.memoryGB, `${where} memoryGB`);
  positive(spec.memoryTBps, `${where} memoryTBps`);
  const peaks = requireObject(spec.denseTflops, `${where} denseTflops`);
  for (const [precision, value] of Object.entries(peaks))
    positive(value, `${where} denseTflops.${precision}`);
  return hardware as HardwareSpec;
}

/** A preset by id, or the caller's model spec after checking its figures. */
export function resolveModel(model: string | ModelSpec): ModelSpec {
  if (typeof model === 'string') return getModelSpec(model);
  const spec = requireObject(model, 'model');
  const where = `model ${describeValue(spec.id)}`;
  for (const field of [
    'totalParams',
    'activeParams',
    'layers',
    'queryHeads',
    'kvHeads',
    'headDim',
    'contextWindow',
  ]) {
    positive(spec[field], `${where} ${field}`);
  }
  if ((spec.activeParams as number) > (spec.totalParams as number)) {
    throw new InvalidArgumentError(
      `${where} has activeParams ${spec.activeParams} above totalParams ${spec.totalParams}; active parameters are a part of the total.`,
      { activeParams: spec.activeParams, totalParams: spec.totalParams },
    );
  }
  const attention = requireObject(spec.attention, `${where} attention`);
  if (attention.kind === 'mla') {
    positive(attention.latentDim, `${where} attention.latentDim`);
    positive(attention.ropeDim, `${where} attention.ropeDim`);
  } else if (attention.kind !== 'gqa') {
    throw new InvalidArgumentError(
      `${where} attention.kind is ${describeValue(attention.kind)}; use 'gqa' or 'mla'.`,
      {
        kind: attention.kind,
      },
    );
  }
  if (spec.experts !== undefined) {
    const experts = requireObject(spec.experts, `${where} experts`);
    positive(experts.total, `${where} experts.total`);
    positive(experts.active, `${where} experts.active`);
    if ((experts.active as number) > (experts.total as number)) {
      throw new InvalidArgumentError(
        `${where} routes ${experts.active} experts per token but has only ${experts.total}.`,
        {
          experts,
        },
      );
    }
  }
  if (spec.slidingWindow !== undefined) {
    const window = requireObject(spec.slidingWindow, `${where} slidingWindow`);
    positive(window.tokens, `${where} slidingWindow.tokens`);
    positive(window.layers, `${where} slidingWindow.layers`);
    if ((window.layers as number) > (spec.layers as number)) {
      throw new InvalidArgumentError(
        `${where} has ${window.layers} sliding-window layers of ${spec.layers}.`,
        {
          slidingWindow: window,
        },
      );
    }
  }
  return model as ModelSpec;
}

function requireObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  throw new InvalidArgumentError(`${what} is ${describeValue(value)}; pass a preset id or a spec object.`, {
    value,
  });
}

function positive(value: unknown, what: string): void {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return;
  throw new InvalidArgumentError(`${what} is ${describeValue(value)}; it must be a positive number.`, {
    value,
  });
}
