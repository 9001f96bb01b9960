import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CalibrationPoint,
  fitAll,
  loadCalibrationPoints,
  mape,
  relativeError,
  SHARED_FILE,
} from '../../scripts/calibration-points.js';
import { CALIBRATION } from '../../src/data/calibration.js';

const points = loadCalibrationPoints();
const hasShared = existsSync(SHARED_FILE);
if (!hasShared) {
  console.warn(
    `The shared dense Llama points are absent (${SHARED_FILE}); checking the repository's measured points only.`,
  );
}
const offline = (p: CalibrationPoint) => p.scenario === 'offline';
/** A point scored on its own measurement, not on its ratio to a reference. */
const absolute = ({ reference: _reference, ...p }: CalibrationPoint): CalibrationPoint => p;

describe('the throughput model against measured points (data/calibration/measured.json)', () => {
  it('holds the points it documents, every one with a known source', () => {
    const own = points.filter((p) => !p.source.includes('shared'));
    expect(own).toHaveLength(141);
    expect(new Set(own.map((p) => p.source))).toEqual(
      new Set(['trtllm-perf-overview-03e27c7', 'mlperf-inference-v5.1']),
    );
  });

  // Targets from the issue: held out, dense within 20% and mixture-of-experts within 30%, per family.
  it.each([
    ['hopper', 'dense', 0.2],
    ['hopper', 'moe', 0.3],
    ['hopper', 'mla', 0.3],
    ['blackwell', 'dense', 0.2],
    ['blackwell', 'moe', 0.3],
    ['blackwell', 'mla', 0.3],
    ['cdna3', 'dense', 0.2],
  ] as const)('%s %s: held-out MAPE within %d', (family, architecture, limit) => {
    const held = points.filter(
      (p) => offline(p) && p.heldOut && p.family === family && p.architecture === architecture,
    );
    expect(held.length).toBeGreaterThan(0);
    expect(mape(held)).toBeLessThanOrEqual(limit);
  });

  it('ranks the accelerators as MLPerf measured them on Llama 2 70B', () => {
    const estimate = (hardware: string) => {
      const p = points.find((q) => q.model === 'llama-2-70b' && q.hardware === hardware && offline(q));
      if (p === undefined) throw new Error(`no point for ${hardware}`);
      return p.measured * (1 + relativeError(absolute(p)));
    };
    // measured offline per accelerator: B200 12,657 > H200 4,384 > MI325X 4,315 > MI300X 3,416
    expect(estimate('b200')).toBeGreaterThan(estimate('h200'));
    expect(estimate('h200')).toBeGreaterThan(estimate('mi300x'));
    expect(estimate('mi325x')).toBeGreaterThan(estimate('mi300x'));
  });

  it('tracks the latency-bound results against their own offline results within 30%', () => {
    // The server/offline ratio isolates the latency model from the engine level (MLPerf's tuned engines run
    // 20-30% above the trtllm-bench runs the factors are fitted on).
    const latency = points.filter((p) => !offline(p));
    expect(latency.length).toBe(10);
    const misses: string[] = [];
    for (const p of latency) {
      const sibling = points.find(
        (q) => offline(q) && q.source === p.source && q.model === p.model && q.hardware === p.hardware,
      );
      if (sibling === undefined) throw new Error(`no offline result beside ${p.model} ${p.hardware}`);
      const ratio = (1 + relativeError(absolute(p))) / (1 + relativeError(absolute(sibling)));
      if (Math.abs(ratio - 1) > 0.3) misses.push(`${p.model} ${p.hardware} ${p.scenario}`);
    }
    expect(misses).toEqual(KNOWN_LATENCY_MISSES);
  });
});

/**
 * Latency-bound results the model misses by more than 30% against their offline sibling, all on the
 * optimistic side (docs/bottom-up.md, "What the model does not reach"): the 40 ms interactive runs and the
 * 80 ms DeepSeek-R1 server run hold a p99 limit on time per token and on time to first token that a mean
 * per-user speed does not capture. A change that fixes or adds one shows here.
 */
const KNOWN_LATENCY_MISSES: readonly string[] = ['llama-2-70b b200 interactive', 'deepseek-r1 b200 server'];

describe.skipIf(!hasShared)('the fit, reproduced', () => {
  it('gives the shipped defaults again from the fit split', () => {
    const fitted = fitAll(points);
    for (const [family, efficiency] of fitted) expect(efficiency).toEqual(CALIBRATION[family].efficiency);
  });
});
