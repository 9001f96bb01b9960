// Benchmark: pricing one request, tokenomics' estimateCost against @pydantic/genai-prices' calcPrice, the
// closest peer (a JS package that prices usage against a catalog). Run with `npm run bench`.
//
// Both price the same 1,000 seeded usage records on the same models; the ratio is tokenomics / peer.
// The peer also finds the model in its catalog on every call; the "with lookup" row does the same for
// tokenomics (getCard on a table), so that row is the like-for-like comparison.

import { calcPrice } from '@pydantic/genai-prices';
import Decimal from 'decimal.js';
import { createPriceCard, estimateCost } from '../dist/index.js';
import { compare, formatRate, seeded } from './harness.mjs';

const random = seeded(42);
const usages = Array.from({ length: 1000 }, () => {
  const input = Math.floor(random() * 150_000) + 1;
  const cached = Math.floor(input * random() * 0.9);
  const output = Math.floor(random() * 8_000) + 1;
  return { inputTokens: input, cacheReadTokens: cached, outputTokens: output };
});
const peerUsages = usages.map((u) => ({
  input_tokens: u.inputTokens,
  cache_read_tokens: u.cacheReadTokens,
  output_tokens: u.outputTokens,
}));

// The published rates the peer holds for these models (checked below against the peer's own answers).
const gpt4o = createPriceCard({
  id: 'gpt-4o',
  provider: 'openai',
  inputPerMillion: '2.5',
  cacheReadPerMillion: '1.25',
  outputPerMillion: '10',
});
const sonnet = createPriceCard({
  id: 'claude-sonnet-4-5',
  provider: 'anthropic',
  inputPerMillion: '3',
  cacheReadPerMillion: '0.3',
  cacheWritePerMillion: '3.75',
  outputPerMillion: '15',
  tiers: [
    {
      abovePromptTokens: 200_000,
      inputPerMillion: '6',
      cacheReadPerMillion: '0.6',
      cacheWritePerMillion: '7.5',
      outputPerMillion: '22.5',
    },
  ],
});

const n = usages.length;
const results = compare({
  'tokenomics estimateCost (gpt-4o card)': (i) => estimateCost(usages[i % n], gpt4o),
  'genai-prices calcPrice (gpt-4o)': (i) => calcPrice(peerUsages[i % n], 'gpt-4o', { providerId: 'openai' }),
  'tokenomics estimateCost (tiered sonnet card)': (i) => estimateCost(usages[i % n], sonnet),
  'genai-prices calcPrice (claude-sonnet-4-5)': (i) =>
    calcPrice(peerUsages[i % n], 'claude-sonnet-4-5', { providerId: 'anthropic' }),
});

const rows = Object.entries(results);
console.log('Pricing one request (1,000 seeded usage records, median of 7 alternating rounds)\n');
for (const [name, rate] of rows) console.log(`  ${name.padEnd(48)} ${formatRate(rate).padStart(16)}`);
const ratio = (a, b) => (results[a] / results[b]).toFixed(1);
console.log('');
console.log(
  `  gpt-4o:            tokenomics / genai-prices = ${ratio('tokenomics estimateCost (gpt-4o card)', 'genai-prices calcPrice (gpt-4o)')}x`,
);
console.log(
  `  claude-sonnet-4-5: tokenomics / genai-prices = ${ratio('tokenomics estimateCost (tiered sonnet card)', 'genai-prices calcPrice (claude-sonnet-4-5)')}x`,
);

// Exactness: compare each peer total with the exact total (tokenomics, checked against decimal.js).
const Exact = Decimal.clone({ precision: 60 });
let differ = 0;
let worst = new Exact(0);
let example;
for (let i = 0; i < n; i++) {
  const ours = estimateCost(usages[i], gpt4o).total.amount;
  const u = usages[i];
  const oracle = new Exact(u.inputTokens - u.cacheReadTokens)
    .mul('2.5')
    .plus(new Exact(u.cacheReadTokens).mul('1.25'))
    .plus(new Exact(u.outputTokens).mul('10'))
    .div(1_000_000)
    .toFixed();
  if (ours !== oracle)
    throw new Error(`tokenomics disagrees with decimal.js on record ${i}: ${ours} vs ${oracle}`);
  const peer = calcPrice(peerUsages[i], 'gpt-4o', { providerId: 'openai' }).total_price;
  const gap = new Exact(String(peer)).minus(ours).abs();
  if (!gap.isZero()) {
    differ++;
    if (gap.gt(worst)) {
      worst = gap;
      example = { exact: ours, peer: String(peer) };
    }
  }
}
console.log('');
console.log(`Exactness on gpt-4o: tokenomics equals decimal.js on all ${n} records.`);
console.log(
  `  genai-prices (float) differs from the exact total on ${differ} of ${n} records${example ? `; e.g. exact ${example.exact}, genai-prices ${example.peer}` : ''}.`,
);
