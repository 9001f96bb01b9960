// Bottom-up: what serving Llama 3.3 70B costs on H100s, rented and owned, and what margin two real hosts
// make at their list prices. Run with `npm run build && node examples/bottom-up.mjs`.

import { estimateCost, getCard } from 'tokenomics';
import { catalog } from 'tokenomics/data';
import { bottomUpCard, breakEvenUtilization, explainCard, impliedMargin } from 'tokenomics/infra';

// A chat workload: 1,000 prompt tokens and 250 generated tokens per request, served at 30 tokens per
// second per user, on two H100 SXM in fp8 (tensor parallel), busy 60% of the paid hours.
const throughput = {
  model: 'llama-3.3-70b',
  hardware: 'h100-sxm',
  gpus: 2,
  precision: 'fp8',
  inputTokens: 1000,
  outputTokens: 250,
  tokensPerSecondPerUser: 30,
};
const utilization = '0.6';
const request = { inputTokens: 1000, outputTokens: 250 };

const setups = [
  { label: 'Rented H100 at $2.50/h', gpuHour: { rentPerHour: '2.50' } },
  // $30,000 per GPU is an assumption (pass what you paid); every other owned-hardware input uses its
  // documented default: servers, network and storage at 15%, 12% and 3% of the GPU price, 4 years at 10%,
  // 1.275 kW per GPU, PUE 1.2, $0.08/kWh.
  {
    label: 'Owned H100 ($30,000 each, defaults for the rest)',
    gpuHour: { gpuPrice: '30000', hardware: 'h100-sxm' },
  },
];

const hosts = [
  'together/meta-llama/Llama-3.3-70B-Instruct-Turbo',
  'deepinfra/meta-llama/Llama-3.3-70B-Instruct-Turbo',
];

for (const setup of setups) {
  const card = bottomUpCard({ gpuHour: setup.gpuHour, throughput, utilization });
  const { input, output } = explainCard(card);
  const info = card.source.assumptions.throughput;
  console.log(setup.label);
  console.log(
    `  batch ${info.batch} of at most ${info.maxBatch}, ${info.tokensPerSecondPerUser.toFixed(1)} tokens/s per user, bound by ${info.bound}`,
  );
  console.log(`  input  $${card.inputPerMillion.padEnd(10)} per 1M tokens`);
  console.log(`  output $${card.outputPerMillion.padEnd(10)} per 1M tokens`);
  for (const part of ['rent', 'capital', 'facility', 'energy', 'operations']) {
    if (output[part] !== '0')
      console.log(`    ${part.padEnd(11)} input ${input[part].padEnd(10)} output ${output[part]}`);
  }
  if (output.energyJoulesPerToken !== undefined) {
    console.log(
      `    energy per token: ${input.energyJoulesPerToken} J in, ${output.energyJoulesPerToken} J out`,
    );
  }
  console.log(`  one request costs $${estimateCost(request, card).total.amount}`);
  for (const id of hosts) {
    const list = getCard(catalog, id);
    const { margin, price } = impliedMargin(list, card, { usage: request });
    const breakEven = breakEvenUtilization(list, { gpuHour: setup.gpuHour, throughput }, { usage: request });
    console.log(
      `  ${list.provider.padEnd(9)} lists it at $${list.inputPerMillion}/$${list.outputPerMillion} ($${price.amount} a request): ` +
        `gross margin ${(Number(margin) * 100).toFixed(1)}%, break-even at ${(Number(breakEven.utilization) * 100).toFixed(1)}% utilization`,
    );
  }
  console.log('');
}
