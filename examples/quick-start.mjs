// Quick start: price a few real requests exactly. Run with `npm run demo` (it builds first).
//
// The cards here are written by hand from the providers' pricing pages, to show the card format; the
// built-in catalog (tokenomics/data) holds them ready-made.

import {
  createPriceCard,
  estimateCost,
  formatMoney,
  fromAnthropicUsage,
  fromGeminiUsage,
  fromOpenAIUsage,
} from 'tokenomics';

const gpt4o = createPriceCard({
  id: 'gpt-4o',
  provider: 'openai',
  inputPerMillion: '2.50',
  cacheReadPerMillion: '1.25',
  outputPerMillion: '10',
  serviceTiers: { batch: { multiplier: '0.5' } },
  source: { url: 'https://platform.openai.com/docs/pricing', checkedAt: '2026-11-22' },
});

const sonnet = createPriceCard({
  id: 'claude-sonnet-4-5',
  provider: 'anthropic',
  inputPerMillion: '3',
  cacheWritePerMillion: '3.75',
  cacheWrite1hPerMillion: '6',
  cacheReadPerMillion: '0.30',
  outputPerMillion: '15',
  webSearchPerThousand: '10',
  tiers: [
    {
      abovePromptTokens: 200_000,
      inputPerMillion: '6',
      cacheWritePerMillion: '7.50',
      cacheWrite1hPerMillion: '12',
      cacheReadPerMillion: '0.60',
      outputPerMillion: '22.50',
    },
  ],
  source: { url: 'https://platform.claude.com/docs/en/about-claude/pricing', checkedAt: '2026-11-22' },
});

const geminiPro = createPriceCard({
  id: 'gemini-2.5-pro',
  provider: 'google',
  inputPerMillion: '1.25',
  cacheReadPerMillion: '0.125',
  outputPerMillion: '10',
  tiers: [
    {
      abovePromptTokens: 200_000,
      inputPerMillion: '2.50',
      cacheReadPerMillion: '0.25',
      outputPerMillion: '15',
    },
  ],
  source: { url: 'https://ai.google.dev/gemini-api/docs/pricing', checkedAt: '2026-11-22' },
});

const requests = [
  {
    label: 'OpenAI chat completion, 1,920 of 2,006 prompt tokens cached',
    card: gpt4o,
    usage: fromOpenAIUsage({
      prompt_tokens: 2006,
      completion_tokens: 300,
      prompt_tokens_details: { cached_tokens: 1920 },
      completion_tokens_details: { reasoning_tokens: 0 },
    }),
  },
  {
    label: 'The same request through the Batch API',
    card: gpt4o,
    options: { serviceTier: 'batch' },
    usage: fromOpenAIUsage({
      prompt_tokens: 2006,
      completion_tokens: 300,
      prompt_tokens_details: { cached_tokens: 1920 },
    }),
  },
  {
    label: 'Claude agent turn: 100k cache hits, 2k cache writes (500 with a 1-hour TTL), 2 web searches',
    card: sonnet,
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
    label: 'Gemini long-context request (250k prompt tokens, above the 200k tier), with thinking',
    card: geminiPro,
    usage: fromGeminiUsage({
      promptTokenCount: 250_000,
      candidatesTokenCount: 1200,
      thoughtsTokenCount: 3000,
    }),
  },
];

for (const { label, card, usage, options } of requests) {
  const cost = estimateCost(usage, card, options);
  console.log(
    `${label}\n  ${card.provider}/${card.id} (${cost.serviceTier}${cost.tier === null ? '' : `, above ${cost.tier} prompt tokens`})`,
  );
  for (const [part, amount] of Object.entries(cost.parts)) {
    if (amount.amount !== '0')
      console.log(`    ${part.padEnd(14)} ${amount.amount.padStart(12)} ${amount.currency}`);
  }
  console.log(
    `    ${'total'.padEnd(14)} ${cost.total.amount.padStart(12)} ${cost.total.currency}  (${formatMoney(cost.total, { decimals: 4 })})\n`,
  );
}
