/**
 * Model presets as data, from each model's published configuration (`config.json` on Hugging Face) and
 * model card. Parameter counts include embeddings. Checked 2026-11-22.
 *
 * @module
 */

import type { ModelSpec } from '../infra/types.js';
import { deepFreeze } from '../internal/freeze.js';

const CHECKED = '2026-11-22';
const hf = (repo: string) => `https://huggingface.co/${repo}/blob/main/config.json`;

const DEEPSEEK_V3: ModelSpec = {
  id: 'deepseek-v3',
  name: 'DeepSeek V3',
  totalParams: 671e9,
  activeParams: 37e9,
  layers: 61,
  hiddenSize: 7168,
  queryHeads: 128,
  kvHeads: 128,
  headDim: 128,
  attention: { kind: 'mla', latentDim: 512, ropeDim: 64 },
  experts: { total: 256, active: 8 },
  contextWindow: 131072,
  source: {
    url: hf('deepseek-ai/DeepSeek-V3'),
    checkedAt: CHECKED,
    note: 'kv_lora_rank 512 and qk_rope_head_dim 64 (the MLA cache per token and layer); 256 routed experts, 8 per token, plus one shared expert counted in the active parameters. Weights ship in fp8.',
  },
};

/** The model presets, deeply frozen. */
export const MODEL_PRESETS: readonly ModelSpec[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'llama-3.1-8b',
    name: 'Llama 3.1 8B',
    totalParams: 8.03e9,
    activeParams: 8.03e9,
    layers: 32,
    hiddenSize: 4096,
    queryHeads: 32,
    kvHeads: 8,
    headDim: 128,
    attention: { kind: 'gqa' },
    contextWindow: 131072,
    source: { url: hf('meta-llama/Llama-3.1-8B-Instruct'), checkedAt: CHECKED },
  },
  {
    id: 'llama-3.3-70b',
    name: 'Llama 3.3 70B',
    totalParams: 70.55e9,
    activeParams: 70.55e9,
    layers: 80,
    hiddenSize: 8192,
    queryHeads: 64,
    kvHeads: 8,
    headDim: 128,
    attention: { kind: 'gqa' },
    contextWindow: 131072,
    source: { url: hf('meta-llama/Llama-3.3-70B-Instruct'), checkedAt: CHECKED },
  },
  {
    id: 'llama-3.1-405b',
    name: 'Llama 3.1 405B',
    totalParams: 405.85e9,
    activeParams: 405.85e9,
    layers: 126,
    hiddenSize: 16384,
    queryHeads: 128,
    kvHeads: 8,
    headDim: 128,
    attention: { kind: 'gqa' },
    contextWindow: 131072,
    source: { url: hf('meta-llama/Llama-3.1-405B-Instruct'), checkedAt: CHECKED },
  },
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral 8x7B',
    totalParams: 46.7e9,
    activeParams: 12.9e9,
    layers: 32,
    hiddenSize: 4096,
    queryHeads: 32,
    kvHeads: 8,
    headDim: 128,
    attention: { kind: 'gqa' },
    experts: { total: 8, active: 2 },
    contextWindow: 32768,
    source: {
      url: hf('mistralai/Mixtral-8x7B-Instruct-v0.1'),
      checkedAt: CHECKED,
      note: 'Parameter counts from the Mixtral paper (46.7B total, 12.9B active); no sliding window in v0.1 config.',
    },
  },
  {
    id: 'qwen3-235b-a22b',
    name: 'Qwen3 235B A22B',
    totalParams: 235e9,
    activeParams: 22e9,
    layers: 94,
    hiddenSize: 4096,
    queryHeads: 64,
    kvHeads: 4,
    headDim: 128,
    attention: { kind: 'gqa' },
    experts: { total: 128, active: 8 },
    contextWindow: 131072,
    source: {
      url: hf('Qwen/Qwen3-235B-A22B'),
      checkedAt: CHECKED,
      note: '32,768 tokens natively, 131,072 with YaRN as the model card describes.',
    },
  },
  {
    id: 'gpt-oss-120b',
    name: 'gpt-oss-120b',
    totalParams: 116.83e9,
    activeParams: 5.13e9,
    layers: 36,
    hiddenSize: 2880,
    queryHeads: 64,
    kvHeads: 8,
    headDim: 64,
    attention: { kind: 'gqa' },
    slidingWindow: { tokens: 128, layers: 18 },
    experts: { total: 128, active: 4 },
    contextWindow: 131072,
    source: {
      url: hf('openai/gpt-oss-120b'),
      checkedAt: CHECKED,
      note: 'Parameter counts from the gpt-oss model card; every other layer attends over a 128-token window. Experts ship in MXFP4: use precision fp4 for the shipped weights.',
    },
  },
  DEEPSEEK_V3,
  {
    ...DEEPSEEK_V3,
    id: 'deepseek-r1',
    name: 'DeepSeek R1',
    source: {
      url: hf('deepseek-ai/DeepSeek-R1'),
      checkedAt: CHECKED,
      note: 'The same architecture as DeepSeek V3.',
    },
  },
]);
