/**
 * Hardware presets as data. Dense tensor TFLOPS (sparse figures halved where the vendor quotes sparsity),
 * memory, bandwidth and power from the vendors' spec pages; rental prices from dated public price
 * reports. Checked 2026-11-22 unless a figure says otherwise.
 *
 * @module
 */

import type { HardwareSpec } from './hardware.js';

const CHECKED = '2026-11-22';

/** The hardware presets, deeply frozen. */
export const HARDWARE_PRESETS: readonly HardwareSpec[] = /* @__PURE__ */ freezeAll([
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM5 80GB',
    vendor: 'nvidia',
    family: 'hopper',
    denseTflops: { bf16: 989, fp8: 1979 },
    memoryGB: 80,
    memoryTBps: 3.35,
    tdpWatts: 700,
    serverKwPerAccelerator: 1.275,
    rental: {
      perHour: '2.99',
      currency: 'USD',
      asOf: '2026-05-18',
      source: 'https://www.cliffcenter.com/research/amd-inference-economics',
      note: 'Lambda on-demand; the same report gives $3.49 as the median across providers.',
    },
    source: {
      url: 'https://www.nvidia.com/en-us/data-center/h100/',
      checkedAt: CHECKED,
      note: 'Spec sheet quotes 1,979 TFLOPS bf16 and 3,958 fp8 with sparsity; dense is half. Server power: DGX H100 maximum 10.2 kW for 8 GPUs (https://docs.nvidia.com/dgx/dgxh100-user-guide/introduction-to-dgxh100.html).',
    },
  },
  {
    id: 'h100-pcie',
    name: 'NVIDIA H100 PCIe 80GB',
    vendor: 'nvidia',
    family: 'hopper',
    denseTflops: { bf16: 756, fp8: 1513 },
    memoryGB: 80,
    memoryTBps: 2.0,
    tdpWatts: 350,
    source: {
      url: 'https://www.nvidia.com/en-us/data-center/h100/',
      checkedAt: CHECKED,
      note: 'Spec sheet quotes 1,513 TFLOPS bf16 and 3,026 fp8 with sparsity; dense is half. HBM2e at 2.0 TB/s.',
    },
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 SXM 141GB',
    vendor: 'nvidia',
    family: 'hopper',
    denseTflops: { bf16: 989, fp8: 1979 },
    memoryGB: 141,
    memoryTBps: 4.8,
    tdpWatts: 700,
    serverKwPerAccelerator: 1.275,
    rental: {
      perHour: '4.54',
      currency: 'USD',
      asOf: '2026-03-17',
      source: 'https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200',
      note: 'Spheron on-demand.',
    },
    source: {
      url: 'https://www.nvidia.com/en-us/data-center/h200/',
      checkedAt: CHECKED,
      note: 'Same GH100 compute as H100 SXM (sparse figures halved). Server power: DGX H200 about 10.2 kW for 8 GPUs.',
    },
  },
  {
    id: 'b200',
    name: 'NVIDIA B200 (HGX/DGX B200)',
    vendor: 'nvidia',
    family: 'blackwell',
    denseTflops: { bf16: 2250, fp8: 4500, fp4: 9000 },
    memoryGB: 180,
    memoryTBps: 8,
    tdpWatts: 1000,
    serverKwPerAccelerator: 1.8,
    rental: {
      perHour: '6.03',
      currency: 'USD',
      asOf: '2026-03-17',
      source: 'https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200',
      note: 'Spheron on-demand.',
    },
    source: {
      url: 'https://www.nvidia.com/en-us/data-center/hgx/',
      checkedAt: CHECKED,
      note: 'HGX B200 (8 GPUs) is quoted as 144 PFLOPS fp4, 72 fp8, 36 bf16 with sparsity: 9, 4.5 and 2.25 PFLOPS dense per GPU. 180 GB usable HBM3e per GPU in HGX/DGX B200. Server power: DGX B200 about 14.3 kW for 8 GPUs.',
    },
  },
  {
    id: 'gb200',
    name: 'NVIDIA GB200 (one Blackwell GPU of a GB200 NVL72)',
    vendor: 'nvidia',
    family: 'blackwell',
    denseTflops: { bf16: 2500, fp8: 5000, fp4: 10000 },
    memoryGB: 186,
    memoryTBps: 8,
    tdpWatts: 1200,
    serverKwPerAccelerator: 1.8,
    rental: {
      perHour: '4.54',
      currency: 'USD',
      asOf: '2026-03-17',
      source: 'https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200',
      note: 'Spheron lists $9.08 per GB200 superchip (one Grace CPU and two GPUs); this is half of it.',
    },
    source: {
      url: 'https://www.nvidia.com/en-us/data-center/gb200-nvl72/',
      checkedAt: CHECKED,
      note: 'NVL72 rack figures (72 GPUs) with sparsity divided by 72 and halved. Rack power about 120-132 kW, so about 1.8 kW per GPU with its Grace share, switches and cooling fans.',
    },
  },
  {
    id: 'a100-80gb',
    name: 'NVIDIA A100 SXM4 80GB',
    vendor: 'nvidia',
    family: 'ampere',
    denseTflops: { bf16: 312 },
    memoryGB: 80,
    memoryTBps: 2.039,
    tdpWatts: 400,
    serverKwPerAccelerator: 0.8125,
    rental: {
      perHour: '1.19',
      currency: 'USD',
      asOf: '2025-02-07',
      source: 'https://deploybase.ai/articles/l40s-vs-a100',
      note: 'RunPod on-demand as that comparison reports it; an older observation than the others.',
    },
    source: {
      url: 'https://www.nvidia.com/en-us/data-center/a100/',
      checkedAt: CHECKED,
      note: 'No fp8 tensor cores (int8 only). Server power: DGX A100 maximum 6.5 kW for 8 GPUs.',
    },
  },
  {
    id: 'l40s',
    name: 'NVIDIA L40S 48GB',
    vendor: 'nvidia',
    family: 'ada',
    denseTflops: { bf16: 362, fp8: 733 },
    memoryGB: 48,
    memoryTBps: 0.864,
    tdpWatts: 350,
    rental: {
      perHour: '0.86',
      currency: 'USD',
      asOf: '2025-08-12',
      source: 'https://modal.com/blog/nvidia-l40s-price-article',
      note: 'RunPod on-demand; the same table lists AWS g6e at $1.861 and CoreWeave at $2.25.',
    },
    source: {
      url: 'https://www.nvidia.com/en-us/data-center/l40s/',
      checkedAt: CHECKED,
      note: 'Spec sheet quotes 733 TFLOPS bf16 and 1,466 fp8 with sparsity; dense is half. GDDR6, not HBM.',
    },
  },
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X',
    vendor: 'amd',
    family: 'cdna3',
    denseTflops: { bf16: 1307.4, fp8: 2614.9 },
    memoryGB: 192,
    memoryTBps: 5.3,
    tdpWatts: 750,
    rental: {
      perHour: '1.99',
      currency: 'USD',
      asOf: '2026-05-18',
      source: 'https://www.cliffcenter.com/research/amd-inference-economics',
      note: 'Median across on-demand providers in that report; from $1.50 (TensorWave) to $6 (Azure, Oracle).',
    },
    source: {
      url: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
      checkedAt: CHECKED,
      note: 'AMD quotes 2,614.9 TFLOPS fp16/bf16 and 5,229.8 fp8 with sparsity; dense is half. Some third-party pages list the sparse figure as dense.',
    },
  },
  {
    id: 'mi325x',
    name: 'AMD Instinct MI325X',
    vendor: 'amd',
    family: 'cdna3',
    denseTflops: { bf16: 1307.4, fp8: 2614.9 },
    memoryGB: 256,
    memoryTBps: 6,
    tdpWatts: 1000,
    rental: {
      perHour: '1.95',
      currency: 'USD',
      asOf: '2026-05-18',
      source: 'https://www.cliffcenter.com/research/amd-inference-economics',
      note: 'TensorWave on-demand, the only MI325X price in that report.',
    },
    source: {
      url: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html',
      checkedAt: CHECKED,
      note: 'Same compute as MI300X; 256 GB HBM3E at 6 TB/s.',
    },
  },
  {
    id: 'tpu-v5e',
    name: 'Google Cloud TPU v5e (one chip)',
    vendor: 'google',
    family: 'tpu',
    denseTflops: { bf16: 197 },
    memoryGB: 16,
    memoryTBps: 0.819,
    source: {
      url: 'https://cloud.google.com/tpu/docs/v5e',
      checkedAt: CHECKED,
      note: '197 TFLOPS bf16 and 394 TOPS int8 per chip (no fp8). Google publishes no per-chip power figure.',
    },
  },
  {
    id: 'tpu-v6e',
    name: 'Google Cloud TPU v6e Trillium (one chip)',
    vendor: 'google',
    family: 'tpu',
    denseTflops: { bf16: 918 },
    memoryGB: 32,
    memoryTBps: 1.64,
    source: {
      url: 'https://cloud.google.com/tpu/docs/v6e',
      checkedAt: CHECKED,
      note: '918 TFLOPS bf16 and 1,836 TOPS int8 per chip (fp8 not listed as a native format). Google publishes no per-chip power figure.',
    },
  },
  {
    id: 'trainium2',
    name: 'AWS Trainium2 (one chip)',
    vendor: 'aws',
    family: 'trainium',
    denseTflops: { bf16: 667, fp8: 1299 },
    memoryGB: 96,
    memoryTBps: 2.9,
    source: {
      url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium2.html',
      checkedAt: CHECKED,
      note: 'Dense figures from the Neuron architecture guide (1.3 PFLOPS dense fp8 per chip). AWS publishes no per-chip power figure.',
    },
  },
]);

function freezeAll(presets: HardwareSpec[]): readonly HardwareSpec[] {
  for (const preset of presets) {
    Object.freeze(preset.denseTflops);
    if (preset.rental !== undefined) Object.freeze(preset.rental);
    Object.freeze(preset.source);
    Object.freeze(preset);
  }
  return Object.freeze(presets);
}
