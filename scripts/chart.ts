/**
 * `npm run docs:chart`: draws docs/images/cost-vs-utilization.svg from the library itself (sensitivity of
 * Llama 3.3 70B's bottom-up cost on H100s to utilization), so the guide's chart cannot drift from the code.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BottomUpInputs, sensitivity } from '../src/infra/index.js';

export const OUT = fileURLToPath(new URL('../docs/images/cost-vs-utilization.svg', import.meta.url));

const throughput = {
  model: 'llama-3.3-70b',
  hardware: 'h100-sxm',
  gpus: 2,
  precision: 'fp8',
  inputTokens: 1000,
  outputTokens: 250,
  tokensPerSecondPerUser: 30,
} as const;
const utilizations = Array.from({ length: 19 }, (_, i) => ((i + 2) * 0.05).toFixed(2));
const series: {
  label: string;
  color: string;
  dash?: string;
  inputs: BottomUpInputs;
  field: 'inputPerMillion' | 'outputPerMillion';
}[] = [
  {
    label: 'output, rented $2.50/h',
    color: '#c2410c',
    inputs: { gpuHour: { rentPerHour: '2.50' }, throughput, utilization: '1' },
    field: 'outputPerMillion',
  },
  {
    label: 'output, owned ($30k/GPU)',
    color: '#1d4ed8',
    inputs: { gpuHour: { gpuPrice: '30000', hardware: 'h100-sxm' }, throughput, utilization: '1' },
    field: 'outputPerMillion',
  },
  {
    label: 'input, rented $2.50/h',
    color: '#c2410c',
    dash: '6 4',
    inputs: { gpuHour: { rentPerHour: '2.50' }, throughput, utilization: '1' },
    field: 'inputPerMillion',
  },
  {
    label: 'input, owned ($30k/GPU)',
    color: '#1d4ed8',
    dash: '6 4',
    inputs: { gpuHour: { gpuPrice: '30000', hardware: 'h100-sxm' }, throughput, utilization: '1' },
    field: 'inputPerMillion',
  },
];

/** The chart as SVG text, drawn from the library's current model. */
export function renderChart(): string {
  const width = 720;
  const height = 420;
  const margin = { left: 70, right: 220, top: 40, bottom: 50 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const yMax = 3;
  const x = (u: number) => margin.left + ((u - 0.1) / 0.9) * plotW;
  const y = (v: number) => margin.top + plotH - (Math.min(v, yMax) / yMax) * plotH;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
  );
  parts.push(
    '<title>Bottom-up cost of Llama 3.3 70B on two H100s per 1M input and output tokens, rented and owned, against utilization</title>',
  );
  parts.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  parts.push(
    `<text x="${margin.left}" y="22" font-size="14" font-weight="bold">Llama 3.3 70B on 2x H100 (fp8, 30 tok/s/user): $ per 1M tokens vs utilization</text>`,
  );
  for (let v = 0; v <= yMax; v += 0.5) {
    parts.push(
      `<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e7eb"/>`,
    );
    parts.push(`<text x="${margin.left - 8}" y="${y(v) + 4}" text-anchor="end">$${v.toFixed(2)}</text>`);
  }
  for (let u = 0.1; u <= 1.0001; u += 0.1) {
    parts.push(
      `<text x="${x(u)}" y="${margin.top + plotH + 18}" text-anchor="middle">${Math.round(u * 100)}%</text>`,
    );
  }
  parts.push(
    `<text x="${margin.left + plotW / 2}" y="${height - 10}" text-anchor="middle">utilization (share of paid GPU-hours spent serving)</text>`,
  );
  parts.push(
    `<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#9ca3af"/>`,
  );
  series.forEach((s, index) => {
    const rows = sensitivity(s.inputs, 'utilization', utilizations);
    const points = rows
      .map((row) => `${x(Number(row.value)).toFixed(1)},${y(Number(row[s.field])).toFixed(1)}`)
      .join(' ');
    parts.push(
      `<polyline points="${points}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
    );
    const ly = margin.top + 16 + index * 22;
    parts.push(
      `<line x1="${margin.left + plotW + 16}" x2="${margin.left + plotW + 46}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
    );
    parts.push(`<text x="${margin.left + plotW + 52}" y="${ly}">${s.label}</text>`);
  });
  parts.push(
    `<text x="${margin.left + 6}" y="${margin.top + 14}" fill="#6b7280">values above $${yMax} are clipped</text>`,
  );
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(fileURLToPath(new URL('../docs/images/', import.meta.url)), { recursive: true });
  writeFileSync(OUT, renderChart());
  console.log(`Wrote ${OUT}`);
}
