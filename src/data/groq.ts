/**
 * Groq prices for open-weight models (USD per 1M tokens; model ids as Groq's API spells them).
 *
 * @module
 */

import { HOST_NOTE } from './hosts.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://groq.com/pricing';
const source = { kind: 'published' as const, url: PRICING, checkedAt: '2026-11-22', note: HOST_NOTE };

/** Groq's price list. */
export const groqPrices: ProviderPriceList = {
  provider: 'groq',
  name: 'Groq',
  pricingUrl: PRICING,
  cards: [
    {
      id: 'llama-3.1-8b-instant',
      provider: 'groq',
      name: 'Llama 3.1 8B Instant',
      inputPerMillion: '0.05',
      outputPerMillion: '0.08',
      source,
    },
    {
      id: 'llama-3.3-70b-versatile',
      provider: 'groq',
      name: 'Llama 3.3 70B Versatile',
      inputPerMillion: '0.59',
      outputPerMillion: '0.79',
      source,
    },
    {
      id: 'qwen/qwen3-32b',
      provider: 'groq',
      name: 'Qwen3 32B',
      inputPerMillion: '0.29',
      outputPerMillion: '0.59',
      source,
    },
    {
      id: 'openai/gpt-oss-120b',
      provider: 'groq',
      name: 'gpt-oss-120b',
      inputPerMillion: '0.15',
      cacheReadPerMillion: '0.075',
      outputPerMillion: '0.6',
      source,
    },
    {
      id: 'openai/gpt-oss-20b',
      provider: 'groq',
      name: 'gpt-oss-20b',
      inputPerMillion: '0.075',
      cacheReadPerMillion: '0.0375',
      outputPerMillion: '0.3',
      source,
    },
  ],
};
