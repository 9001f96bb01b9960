// Quick start: price real API responses on the built-in catalog, exactly. Run with `npm run demo`.

import {
  estimateCost,
  formatMoney,
  fromAnthropicUsage,
  fromGeminiUsage,
  fromOpenAIUsage,
  getCard,
} from 'tokenomics';
import { catalog } from 'tokenomics/data';

const requests = [
  {
    label: 'OpenAI chat completion on gpt-4o, 1,920 of 2,006 prompt tokens cached',
    model: 'gpt-4o',
    usage: fromOpenAIUsage({
      prompt_tokens: 2006,
      completion_tokens: 300,
      prompt_tokens_details: { cached_tokens: 1920 },
      completion_tokens_details: { reasoning_tokens: 0 },
    }),
  },
  {
    label: 'The same request through the Batch API',
    model: 'gpt-4o',
    options: { serviceTier: 'batch' },
    usage: fromOpenAIUsage({
      prompt_tokens: 2006,
      completion_tokens: 300,
      prompt_tokens_details: { cached_tokens: 1920 },
    }),
  },
  {
    label: 'o3 on 2025-06-01, before its 2025-06-10 price cut, and on 2025-06-11',
    model: 'o3',
    at: ['2025-06-01', '2025-06-11'],
    usage: fromOpenAIUsage({
      input_tokens: 20000,
      output_tokens: 5000,
      output_tokens_details: { reasoning_tokens: 4000 },
    }),
  },
  {
    label: 'Claude agent turn: 100k cache hits, 2k cache writes (500 with a 1-hour TTL), 2 web searches',
    model: 'claude-sonnet-4-5-20250929',
    usage: fromAnthropicUsage({
      input_tokens: 50,
      cache_read_input_tokens: 100_000,
      cache_creation_input_tokens: 2000,
      cache_creation: { ephemeral_5m_input_tokens: 1500, ephemeral_1h_input_tokens: 500 },
      output_tokens: 700,
      server_tool_use: { web_search_requests: 2 },
    }),
  },
  {
    label: 'Gemini 2.5 Pro with a 250k-token prompt (above the 200k tier), thinking included',
    model: 'gemini-2.5-pro',
    usage: fromGeminiUsage({
      promptTokenCount: 250_000,
      candidatesTokenCount: 1200,
      thoughtsTokenCount: 3000,
    }),
  },
  {
    label: 'DeepSeek Flash at a weekday peak hour (Mon 02:00 UTC) and off-peak (Sun 02:00 UTC)',
    model: 'deepseek-flash',
    at: ['2026-11-23T02:00Z', '2026-11-22T02:00Z'],
    usage: fromOpenAIUsage({
      prompt_tokens: 60000,
      completion_tokens: 2000,
      prompt_tokens_details: { cached_tokens: 50000 },
    }),
  },
  {
    label: 'Llama 3.3 70B on Groq (an open-weight model: the host is part of the id)',
    model: 'groq/llama-3.3-70b-versatile',
    usage: fromOpenAIUsage({ prompt_tokens: 8000, completion_tokens: 1000 }),
  },
];

for (const { label, model, usage, options, at } of requests) {
  console.log(label);
  for (const instant of at ?? [undefined]) {
    const card = getCard(catalog, model, instant === undefined ? {} : { at: instant });
    const cost = estimateCost(usage, card, options);
    const when = instant === undefined ? '' : ` at ${instant}`;
    const tier = cost.tier === null ? '' : `, above ${cost.tier} prompt tokens`;
    console.log(`  ${card.provider}/${card.id}${when} (${cost.serviceTier}${tier})`);
    for (const [part, amount] of Object.entries(cost.parts)) {
      if (amount.amount !== '0')
        console.log(`    ${part.padEnd(14)} ${amount.amount.padStart(12)} ${amount.currency}`);
    }
    console.log(
      `    ${'total'.padEnd(14)} ${cost.total.amount.padStart(12)} ${cost.total.currency}  (${formatMoney(cost.total, { decimals: 4 })})`,
    );
  }
  console.log('');
}
console.log(
  `Catalog: ${catalog.cards.length} cards; every one carries its pricing page and the date it was checked.`,
);
