// Benchmark: pricing one request, tokenomics against @pydantic/genai-prices' calcPrice, the closest peer (a
// JS package that prices usage against a catalog). Run with `npm run bench`.
//
// Both price the same 1,000 seeded usage records on the same models, in one process, in alternating rounds.
// The peer finds the model in its catalog on every call, so the like-for-like rows are tokenomics'
// "getCard + estimateCost" on the built-in catalog; "estimateCost" alone is the metering path where the
// card is looked up once per model.

import { calcPrice } from '@pydantic/genai-prices';
import Decimal from 'decimal.js';
import { catalog } from '../dist/data/index.js';
import { estimateCost, estimateTotal, getCard } from '../dist/index.js';
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
const n = usages.length;
const at = new Date('2026-11-22T12:00:00Z');

// Both libraries hold the same published rates for these two models (checked below on every record).
const gpt4o = getCard(catalog, 'gpt-4o', { at });
const sonnet = getCard(catalog, 'claude-sonnet-4-5', { at });

const results = compare({
  'tokenomics getCard + estimateCost (gpt-4o)': (i) =>
    estimateCost(usages[i % n], getCard(catalog, 'gpt-4o', { at })),
  'tokenomics estimateCost, card in hand (gpt-4o)': (i) => estimateCost(usages[i % n], gpt4o),
  'tokenomics estimateTotal, card in hand (gpt-4o)': (i) => estimateTotal(usages[i % n], gpt4o),
  'genai-prices calcPrice (gpt-4o)': (i) =>
    calcPrice(peerUsages[i % n], 'gpt-4o', { providerId: 'openai', timestamp: at }),
  'tokenomics getCard + estimateCost (claude-sonnet-4-5)': (i) =>
    estimateCost(usages[i % n], getCard(catalog, 'claude-sonnet-4-5', { at })),
  'genai-prices calcPrice (claude-sonnet-4-5)': (i) =>
    calcPrice(peerUsages[i % n], 'claude-sonnet-4-5', { providerId: 'anthropic', timestamp: at }),
});

console.log('Pricing one request (1,000 seeded usage records, median of 7 alternating rounds)\n');
for (const [name, rate] of Object.entries(results))
  console.log(`  ${name.padEnd(56)} ${formatRate(rate).padStart(14)}`);
const ratio = (a, b) => (results[a] / results[b]).toFixed(1);
console.log('');
console.log(
  `  gpt-4o, like for like (lookup + price):  ${ratio('tokenomics getCard + estimateCost (gpt-4o)', 'genai-prices calcPrice (gpt-4o)')}x genai-prices`,
);
console.log(
  `  gpt-4o, card in hand:                    ${ratio('tokenomics estimateCost, card in hand (gpt-4o)', 'genai-prices calcPrice (gpt-4o)')}x genai-prices`,
);
console.log(
  `  gpt-4o, total only (estimateTotal):      ${ratio('tokenomics estimateTotal, card in hand (gpt-4o)', 'genai-prices calcPrice (gpt-4o)')}x genai-prices, ${ratio('tokenomics estimateTotal, card in hand (gpt-4o)', 'tokenomics estimateCost, card in hand (gpt-4o)')}x estimateCost`,
);
console.log(
  `  claude-sonnet-4-5, like for like:        ${ratio('tokenomics getCard + estimateCost (claude-sonnet-4-5)', 'genai-prices calcPrice (claude-sonnet-4-5)')}x genai-prices`,
);

// Exactness: both against an independent decimal.js computation of the same published rates.
const Exact = Decimal.clone({ precision: 60 });
const cases = [
  ['gpt-4o', gpt4o, 'openai'],
  ['claude-sonnet-4-5', sonnet, 'anthropic'],
];
console.log('');
for (const [model, card, providerId] of cases) {
  let peerOff = 0;
  let example;
  for (let i = 0; i < n; i++) {
    const u = usages[i];
    const oracle = new Exact(u.inputTokens - u.cacheReadTokens)
      .mul(card.inputPerMillion)
      .plus(new Exact(u.cacheReadTokens).mul(card.cacheReadPerMillion))
      .plus(new Exact(u.outputTokens).mul(card.outputPerMillion))
      .div(1_000_000)
      .toFixed();
    const ours = estimateCost(u, card).total.amount;
    if (ours !== oracle)
      throw new Error(`tokenomics disagrees with decimal.js on ${model} record ${i}: ${ours} vs ${oracle}`);
    const peer = calcPrice(peerUsages[i], model, { providerId, timestamp: at }).total_price;
    if (!new Exact(String(peer)).eq(ours)) {
      peerOff++;
      example ??= { exact: ours, peer: String(peer) };
    }
  }
  console.log(
    `Exactness on ${model}: tokenomics equals decimal.js on all ${n} records; genai-prices (floats) differs on ${peerOff}${example ? ` (e.g. exact ${example.exact}, genai-prices ${example.peer})` : ''}.`,
  );
}
