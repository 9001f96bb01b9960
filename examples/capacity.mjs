// Capacity and contracts: what 1 GW of GB200 NVL72 serving a DeepSeek-R1-class model produces and costs,
// owned; then the hourly rate a multi-year compute contract implies, priced into the same tokens.
// Run with `npm run build && node examples/capacity.mjs`. docs/bottom-up.md quotes this output.

import { capacityPlan, contractRate } from 'tokenomics/infra';

// The workload: DeepSeek-R1 in fp4, four GPUs per copy (attention data-parallel, experts spread over the
// four, as TensorRT-LLM measured it), chat requests of 2,000 prompt and 500 generated tokens, each user
// seeing 30 tokens a second, the site busy 60% of the time.
const workload = {
  model: 'deepseek-r1',
  gpus: 4,
  precision: 'fp4',
  inputTokens: 2000,
  outputTokens: 500,
  tokensPerSecondPerUser: 30,
};
// DeepSeek's own list price for R1 (January 2025): $0.55 in, $2.19 out per 1M tokens.
const prices = { inputPerMillion: '0.55', outputPerMillion: '2.19' };

const usd = (money) =>
  `$${Number(money.amount).toLocaleString('en-US', { maximumFractionDigits: money.amount.includes('.') && Number(money.amount) < 100 ? 6 : 0 })}`;
const tokens = (whole) => `${(Number(whole) / 1e12).toFixed(2)} trillion`;

function show(label, plan) {
  const t = plan.throughput;
  console.log(label);
  console.log(
    `  ${plan.accelerators.toLocaleString('en-US')} GPUs (${plan.modelCopies.toLocaleString('en-US')} copies), ${plan.itPowerMW} MW IT, ${plan.facilityPowerMW} MW at the meter`,
  );
  console.log(
    `  per copy: batch ${t.batch}, ${t.tokensPerSecondPerUser.toFixed(1)} tokens/s per user, ${t.outputTokensPerSecondPerGpu.toFixed(0)} output tokens/s per GPU`,
  );
  console.log(
    `  a day: ${tokens(plan.tokensPerDay.input)} input and ${tokens(plan.tokensPerDay.output)} output tokens`,
  );
  const cost = plan.annualCost;
  console.log(
    `  a year: ${usd(cost.total)} = capital ${usd(cost.capital)} + facility ${usd(cost.facility)} + energy ${usd(cost.energy)} + operations ${usd(cost.operations)} + rent ${usd(cost.rent)}`,
  );
  if (cost.capitalParts !== undefined) {
    const parts = cost.capitalParts;
    console.log(
      `  capital: GPUs ${usd(parts.accelerator)}, servers ${usd(parts.server)}, network ${usd(parts.network)}, storage ${usd(parts.storage)}`,
    );
  }
  console.log(
    `  cost per 1M tokens: input ${usd(plan.costPerMillion.input)}, output ${usd(plan.costPerMillion.output)}`,
  );
  if (plan.upfront !== undefined) console.log(`  up front: ${usd(plan.upfront)}`);
  if (plan.revenue !== undefined) {
    const { annual, grossMargin, paybackYears } = plan.revenue;
    const payback =
      paybackYears === undefined
        ? ''
        : `, payback ${paybackYears === null ? 'never' : `${paybackYears} years`}`;
    console.log(
      `  at $0.55/$2.19: revenue ${usd(annual)} a year, gross margin ${(Number(grossMargin) * 100).toFixed(1)}%${payback}`,
    );
  }
}

// 1 GW at the meter, PUE 1.2, owned at the GB200 preset's rack price ($3.1M per NVL72 rack, dated in the
// preset), network and storage at their default shares, 4 years at 10%.
const site = capacityPlan({
  powerMW: 1000,
  hardware: 'gb200',
  pue: '1.2',
  utilization: '0.6',
  workload,
  prices,
});
show('1 GW of GB200 NVL72, owned', site);

// A compute contract: $10 billion over 5 years for 100,000 GB200 GPUs.
const deal = contractRate({ totalUSD: '10000000000', years: 5, accelerators: 100000 });
console.log(`\nA $10B, 5-year contract for 100,000 GPUs: ${usd(deal.perAcceleratorHour)} per GPU-hour`);
const contracted = capacityPlan({
  accelerators: 100000,
  hardware: 'gb200',
  utilization: '0.6',
  gpuHour: deal.gpuHour,
  workload,
  prices,
});
show('The same tokens on the contracted GPUs', contracted);
