/**
 * Fireworks AI serverless prices for open-weight models (USD per 1M tokens; model ids as Fireworks' API
 * spells them).
 *
 * @module
 */

import { HOST_NOTE } from './hosts.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://fireworks.ai/pricing';
const source = { kind: 'published' as const, url: PRICING, checkedAt: '2026-11-22', note: HOST_NOTE };

/** Fireworks AI's price list. */
export const fireworksPrices: ProviderPriceList = {
  provider: 'fireworks',
  name: 'Fireworks AI',
  pricingUrl: PRICING,
  cards: [
    ...(
      [
        ['llama-v3p1-8b-instruct', 'Llama 3.1 8B Instruct', '0.2'],
        ['llama-v3p3-70b-instruct', 'Llama 3.3 70B Instruct', '0.9'],
        ['llama-v3p1-405b-instruct', 'Llama 3.1 405B Instruct', '3'],
      ] as const
    ).map(([model, name, rate]) => ({
      id: `accounts/fireworks/models/${model}`,
      provider: 'fireworks',
      name,
      inputPerMillion: rate,
      outputPerMillion: rate,
      source,
    })),
    {
      id: 'accounts/fireworks/models/deepseek-v3p2',
      provider: 'fireworks',
      name: 'DeepSeek V3.2',
      inputPerMillion: '0.56',
      cacheReadPerMillion: '0.28',
      outputPerMillion: '1.68',
      source,
    },
    {
      id: 'accounts/fireworks/models/deepseek-r1-0528',
      provider: 'fireworks',
      name: 'DeepSeek R1 (0528)',
      inputPerMillion: '3',
      outputPerMillion: '8',
      source,
    },
    {
      id: 'accounts/fireworks/models/qwen3-235b-a22b',
      provider: 'fireworks',
      name: 'Qwen3 235B A22B',
      inputPerMillion: '0.22',
      outputPerMillion: '0.88',
      source,
    },
    {
      id: 'accounts/fireworks/models/gpt-oss-120b',
      provider: 'fireworks',
      name: 'gpt-oss-120b',
      inputPerMillion: '0.15',
      cacheReadPerMillion: '0.015',
      outputPerMillion: '0.6',
      source,
    },
    {
      id: 'accounts/fireworks/models/gpt-oss-20b',
      provider: 'fireworks',
      name: 'gpt-oss-20b',
      inputPerMillion: '0.07',
      cacheReadPerMillion: '0.035',
      outputPerMillion: '0.3',
      source,
    },
  ],
};
