/**
 * `npm run calibrate`: the throughput model beside every measured point (data/calibration/measured.json, and
 * the team's shared dense Llama set when ../shared is present), as mean absolute percentage errors: in-sample
 * and held out, per hardware family and architecture (dense, MoE, MLA), the latency-bound (server-style)
 * points one by one, and leave-one-model-out.
 *
 * `npm run calibrate -- --fit` fits the efficiency factors per family again on the fit split and prints them
 * for src/data/calibration.ts.
 */

import { CALIBRATION } from '../src/data/calibration.js';
import type { Efficiency, HardwareFamily } from '../src/infra/types.js';
import {
  type CalibrationPoint,
  fitAll,
  fitFamily,
  loadCalibrationPoints,
  mape,
  relativeError,
  SHARED_FILE,
} from './calibration-points.js';

const points = loadCalibrationPoints();
const shared = points.some((p) => p.source.includes('shared'));
const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

if (process.argv.includes('--fit')) {
  const fitted = fitAll(points);
  for (const [family, efficiency] of fitted) {
    const selected = points.filter((p) => p.family === family && !p.heldOut);
    console.log(
      `${family}: ${selected.length} fit points, MAPE ${percent(mape(selected, efficiency))}`,
      JSON.stringify(efficiency),
    );
  }
  process.exit(0);
}

console.log(
  `Throughput model vs ${points.length} measured points (output tokens/s per accelerator)${shared ? '' : `\n(${SHARED_FILE} is absent: the shared dense Llama set is left out)`}\n`,
);
const defaults = (p: CalibrationPoint): Efficiency | undefined =>
  CALIBRATION[p.family].calibrated ? undefined : CALIBRATION[p.family].efficiency;

function row(label: string, selected: readonly CalibrationPoint[]): string {
  const fit = selected.filter((p) => !p.heldOut && p.scenario === 'offline');
  const held = selected.filter((p) => p.heldOut && p.scenario === 'offline');
  const error = (subset: readonly CalibrationPoint[]) =>
    subset.length === 0
      ? '-'
      : percent(subset.reduce((s, p) => s + Math.abs(relativeError(p, defaults(p))), 0) / subset.length);
  return `${label.padEnd(22)}${String(fit.length).padStart(6)}${error(fit).padStart(9)}${String(held.length).padStart(6)}${error(held).padStart(9)}`;
}

console.log(
  `${'offline points'.padEnd(22)}${'fit'.padStart(6)}${'MAPE'.padStart(9)}${'held'.padStart(6)}${'MAPE'.padStart(9)}`,
);
const families = [...new Set(points.map((p) => p.family))];
for (const family of families) {
  for (const architecture of ['dense', 'moe', 'mla'] as const) {
    const selected = points.filter((p) => p.family === family && p.architecture === architecture);
    if (selected.length > 0) console.log(row(`${family} ${architecture}`, selected));
  }
}
console.log(row('all', points));

console.log('\nPer model and hardware (offline, all points)');
const groups = new Map<string, CalibrationPoint[]>();
for (const p of points.filter((q) => q.scenario === 'offline')) {
  const key = `${p.model} ${p.hardware} x${p.gpus}`;
  groups.set(key, [...(groups.get(key) ?? []), p]);
}
for (const [key, selected] of groups) {
  const errors = selected.map((p) => ({ p, e: relativeError(p, defaults(p)) }));
  const worst = errors.sort((a, b) => Math.abs(b.e) - Math.abs(a.e))[0];
  console.log(
    `${key.padEnd(34)}${String(selected.length).padStart(4)}${percent(errors.reduce((s, x) => s + Math.abs(x.e), 0) / errors.length).padStart(9)}   worst ${worst ? `${(worst.e * 100).toFixed(0)}% at ${worst.p.inputTokens}/${worst.p.outputTokens}` : ''}`,
  );
}

console.log('\nLatency-bound points (MLPerf Server and Interactive; never fitted)');
console.log(`${''.padEnd(52)}${'measured'.padStart(9)}${'error'.padStart(8)}${'vs offline'.padStart(12)}`);
const absolute = ({ reference: _reference, ...p }: CalibrationPoint): CalibrationPoint => p;
for (const p of points.filter((q) => q.scenario !== 'offline')) {
  const e = relativeError(absolute(p));
  const sibling = points.find(
    (q) =>
      q.scenario === 'offline' && q.source === p.source && q.model === p.model && q.hardware === p.hardware,
  );
  // The latency model alone: the estimate's server/offline ratio against the measured one.
  const ratio = sibling === undefined ? undefined : (1 + e) / (1 + relativeError(absolute(sibling))) - 1;
  console.log(
    `${`${p.model} ${p.hardware} ${p.scenario} (TPOT <= ${p.tpotLimitMs} ms)`.padEnd(52)}${p.measured.toFixed(0).padStart(9)}${`${(e * 100).toFixed(0)}%`.padStart(8)}${(ratio === undefined ? '-' : `${(ratio * 100).toFixed(0)}%`).padStart(12)}`,
  );
}

console.log('\nLeave one model out: each model scored with factors fitted without any of its points');
const heldOutErrors: number[] = [];
for (const model of [...new Set(points.map((p) => p.model))]) {
  const rest = points
    .filter((p) => p.model !== model)
    .map((p) => ({ ...p, heldOut: p.heldOut || p.scenario !== 'offline' }));
  const fitted = new Map<HardwareFamily, Efficiency>();
  for (const family of new Set(points.filter((p) => p.model === model).map((p) => p.family))) {
    const selected = rest.filter((p) => p.family === family && !p.heldOut);
    fitted.set(
      family,
      selected.length === 0
        ? CALIBRATION[family].efficiency
        : fitFamily(selected, CALIBRATION[family].efficiency).efficiency,
    );
  }
  const own = points.filter((p) => p.model === model && p.scenario === 'offline');
  const errors = own.map((p) => Math.abs(relativeError(p, fitted.get(p.family))));
  heldOutErrors.push(...errors);
  console.log(
    `${model.padEnd(22)}${String(own.length).padStart(6)}${percent(errors.reduce((s, e) => s + e, 0) / errors.length).padStart(9)}`,
  );
}
console.log(
  `${'overall'.padEnd(22)}${String(heldOutErrors.length).padStart(6)}${percent(heldOutErrors.reduce((s, e) => s + e, 0) / heldOutErrors.length).padStart(9)}`,
);
