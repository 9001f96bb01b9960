/**
 * A toy accelerator and model with round numbers, so every throughput and capacity figure a test expects
 * can be checked by hand.
 */
import type { HardwareSpec, ModelSpec } from '../../src/infra/index.js';

export const toyHardware: HardwareSpec = {
  id: 'toy',
  name: 'Toy accelerator',
  vendor: 'test',
  family: 'hopper',
  denseTflops: { bf16: 100 },
  memoryGB: 10,
  memoryTBps: 1,
  serverKwPerAccelerator: 1,
  source: { url: 'https://example.com', checkedAt: '2026-11-23' },
};

export const toyModel: ModelSpec = {
  id: 'toy-1b',
  name: 'Toy 1B',
  totalParams: 1e9,
  activeParams: 1e9,
  layers: 10,
  hiddenSize: 512,
  queryHeads: 8,
  kvHeads: 2,
  headDim: 64,
  attention: { kind: 'gqa' },
  contextWindow: 10_000,
  source: { url: 'https://example.com', checkedAt: '2026-11-23' },
};
