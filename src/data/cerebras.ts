/**
 * Cerebras Inference prices for open-weight models (USD per 1M tokens; ids as Cerebras's API spells them).
 *
 * @module
 */

import { cardWriter } from './author.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://www.cerebras.ai/pricing';
const card = cardWriter('cerebras', { url: PRICING, checkedAt: '2026-11-23' });
const AGREED =
  "LiteLLM (2026-07-24), genai-prices (2026-08-21) and models.dev (2026-06-13) agree where they list it; Cerebras's page was not reachable where it was checked";

/** Cerebras's price list. */
export const cerebrasPrices: ProviderPriceList = {
  provider: 'cerebras',
  name: 'Cerebras',
  pricingUrl: PRICING,
  cards: [
    card('gpt-oss-120b', 'gpt-oss-120b', ['0.35', undefined, '0.75'], { note: `${AGREED}.` }),
    card('llama-3.3-70b', 'Llama 3.3 70B', ['0.85', undefined, '1.2'], { note: `${AGREED}.` }),
    card('llama3.1-8b', 'Llama 3.1 8B', ['0.1', undefined, '0.1'], { note: `${AGREED}.` }),
    card('qwen-3-32b', 'Qwen3 32B', ['0.4', undefined, '0.8'], { note: `${AGREED}.` }),
    card('zai-glm-4.7', 'GLM-4.7', ['2.25', undefined, '2.75'], { note: `${AGREED}.` }),
    card('zai-glm-4.6', 'GLM-4.6', ['2.25', undefined, '2.75'], {
      effective: { to: '2026-01-20' },
      note: "As LiteLLM lists it, retired 2026-01-20 per LiteLLM's deprecation date.",
    }),
  ],
};
