/**
 * `npm run calibrate`: the throughput model beside the 80 measured TensorRT-LLM points in
 * ../shared/data/calibration/, as a mean absolute percentage error per model, per hardware and overall.
 * `npm run calibrate -- --fit` searches the efficiency factors per hardware family again and prints them
 * (copy them into src/data/calibration.ts with the date). The default run also scores each model with factors
 * fitted without it (leave-one-model-out), to show how far the fit carries beyond the points it saw.
 */

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getHardware } from '../src/infra/hardware.js';
import { estimateThroughput } from '../src/infra/throughput.js';
import type { Efficiency, Precision } from '../src/infra/types.js';

const FILE = fileURLToPath(new URL('../../shared/data/calibration/trtllm-v1.0-llama.json', import.meta.url));

interface Point {
  model: string;
  hardware: string;
  gpus: number;
  precision: Precision;
  inputTokens: number;
  outputTokens: number;
  outputTokensPerSecondPerGpu: number;
}

const MODELS: Record<string, string> = {
  'Llama-3.1-8B': 'llama-3.1-8b',
  'Llama-3.3-70B': 'llama-3.3-70b',
  'Llama-3.1-405B': 'llama-3.1-405b',
};
const HARDWARE: Record<string, string> = { 'H100-SXM': 'h100-sxm', H200: 'h200', B200: 'b200' };

if (!existsSync(FILE)) {
  console.log(`Skipped: ${FILE} is absent (it ships with the team's shared data, not with the package).`);
  process.exit(0);
}
const points = (JSON.parse(readFileSync(FILE, 'utf8')) as { points: Point[] }).points;

/** The model's estimate for a point, with the family's default efficiencies or the given ones. */
function estimate(point: Point, efficiency?: Efficiency): number {
  return estimateThroughput({
    model: MODELS[point.model] as string,
    hardware: HARDWARE[point.hardware] as string,
    gpus: point.gpus,
    precision: point.precision,
    inputTokens: point.inputTokens,
    outputTokens: point.outputTokens,
    ...(efficiency === undefined ? {} : { efficiency }),
  }).outputTokensPerSecondPerGpu;
}

function relativeError(point: Point, efficiency?: Efficiency): number {
  return (
    (estimate(point, efficiency) - point.outputTokensPerSecondPerGpu) / point.outputTokensPerSecondPerGpu
  );
}

function mape(selected: Point[], efficiency?: Efficiency): number {
  return selected.reduce((sum, p) => sum + Math.abs(relativeError(p, efficiency)), 0) / selected.length;
}

const familyOf = (p: Point) => getHardware(HARDWARE[p.hardware] as string).family;

/**
 * Fits one family's efficiencies on the selected points: a coarse grid (0.1 steps) so the fit is reproduced
 * from scratch rather than confirmed from the current defaults, then coordinate descent on a 0.02 grid
 * until no single step improves the error.
 */
function fitFamily(selected: Point[]): { efficiency: Efficiency; error: number } {
  let best: Efficiency = { prefill: 0.5, decodeCompute: 0.5, bandwidth: 0.5, tensorParallelOverhead: 0 };
  let bestError = Number.POSITIVE_INFINITY;
  for (const prefill of range(0.2, 1, 0.1))
    for (const decodeCompute of range(0.2, 1, 0.1))
      for (const bandwidth of range(0.3, 1, 0.1))
        for (const tensorParallelOverhead of range(0, 0.5, 0.1)) {
          const candidate = { prefill, decodeCompute, bandwidth, tensorParallelOverhead };
          const error = mape(selected, candidate);
          if (error < bestError) {
            best = candidate;
            bestError = error;
          }
        }
  const steps: Record<keyof Efficiency, number[]> = {
    prefill: range(0.2, 1, 0.02),
    decodeCompute: range(0.2, 1, 0.02),
    bandwidth: range(0.3, 1, 0.02),
    tensorParallelOverhead: range(0, 0.5, 0.02),
  };
  for (let improved = true; improved; ) {
    improved = false;
    for (const key of Object.keys(steps) as (keyof Efficiency)[]) {
      for (const value of steps[key]) {
        const candidate = { ...best, [key]: value };
        const error = mape(selected, candidate);
        if (error < bestError - 1e-12) {
          best = candidate;
          bestError = error;
          improved = true;
        }
      }
    }
  }
  return { efficiency: best, error: bestError };
}

if (process.argv.includes('--fit')) {
  for (const family of [...new Set(points.map(familyOf))]) {
    const selected = points.filter((p) => familyOf(p) === family);
    const { efficiency, error } = fitFamily(selected);
    console.log(
      `${family}: MAPE ${(error * 100).toFixed(1)}% over ${selected.length} points with`,
      efficiency,
    );
  }
  process.exit(0);
}

console.log(
  'Throughput model vs TensorRT-LLM v1.0 measured max-throughput points (output tokens/s per GPU)\n',
);
console.log(
  `${'model'.padEnd(16)}${'hardware'.padEnd(10)}${'points'.padStart(7)}${'MAPE'.padStart(8)}   worst`,
);
const groups = new Map<string, Point[]>();
for (const p of points) {
  const key = `${p.model}|${p.hardware}`;
  groups.set(key, [...(groups.get(key) ?? []), p]);
}
for (const [key, selected] of groups) {
  const [model, hardware] = key.split('|') as [string, string];
  const worst = selected
    .map((p) => ({ p, e: relativeError(p) }))
    .sort((a, b) => Math.abs(b.e) - Math.abs(a.e))[0];
  const worstText = worst
    ? `${(worst.e * 100).toFixed(0)}% at ${worst.p.inputTokens}/${worst.p.outputTokens}`
    : '';
  console.log(
    `${model.padEnd(16)}${hardware.padEnd(10)}${String(selected.length).padStart(7)}${`${(mape(selected) * 100).toFixed(1)}%`.padStart(8)}   ${worstText}`,
  );
}
console.log('');
for (const model of Object.keys(MODELS)) {
  const selected = points.filter((p) => p.model === model);
  console.log(
    `${model.padEnd(26)}${String(selected.length).padStart(7)}${`${(mape(selected) * 100).toFixed(1)}%`.padStart(8)}`,
  );
}
console.log(
  `${'overall'.padEnd(26)}${String(points.length).padStart(7)}${`${(mape(points) * 100).toFixed(1)}%`.padStart(8)}`,
);

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let i = 0; from + i * step <= to + 1e-9; i++) values.push(Math.round((from + i * step) * 100) / 100);
  return values;
}

console.log('');
crossValidate();

function crossValidate(): void {
  // Leave one model out: fit each family on the other models' points, then score the held-out model.
  console.log('Leave-one-model-out: each model scored with efficiencies fitted without it\n');
  const heldOutErrors: number[] = [];
  for (const model of Object.keys(MODELS)) {
    const rest = points.filter((p) => p.model !== model);
    const fitted = new Map(
      [...new Set(rest.map(familyOf))].map((family) => [
        family,
        fitFamily(rest.filter((p) => familyOf(p) === family)).efficiency,
      ]),
    );
    const held = points.filter((p) => p.model === model);
    const errors = held.map((p) => Math.abs(relativeError(p, fitted.get(familyOf(p)))));
    heldOutErrors.push(...errors);
    const mean = errors.reduce((sum, e) => sum + e, 0) / errors.length;
    console.log(
      `${model.padEnd(26)}${String(held.length).padStart(7)}${`${(mean * 100).toFixed(1)}%`.padStart(8)}`,
    );
  }
  const overall = heldOutErrors.reduce((sum, e) => sum + e, 0) / heldOutErrors.length;
  console.log(
    `${'overall (held out)'.padEnd(26)}${String(heldOutErrors.length).padStart(7)}${`${(overall * 100).toFixed(1)}%`.padStart(8)}`,
  );
}
