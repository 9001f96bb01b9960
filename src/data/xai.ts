/**
 * xAI (SpaceXAI) Grok API prices (USD per 1M tokens). Grok 4.5 and later double every rate for long
 * prompts. There is no batch discount on these models.
 *
 * @module
 */

import type { ProviderPriceList } from './types.js';

const PRICING = 'https://docs.x.ai/developers/models';
const CHECKED = '2026-11-22';
const source = (note: string) => ({ kind: 'published' as const, url: PRICING, checkedAt: CHECKED, note });

/** xAI's price list. */
export const xaiPrices: ProviderPriceList = {
  provider: 'xai',
  name: 'xAI',
  pricingUrl: PRICING,
  cards: [
    ...(
      [
        ['grok-4.7', 'Grok 4.7', '2026-09-21'],
        ['grok-4.6', 'Grok 4.6', undefined],
      ] as const
    ).map(([id, name, from]) => ({
      id,
      provider: 'xai',
      name,
      inputPerMillion: '2',
      cacheReadPerMillion: '0.5',
      outputPerMillion: '6',
      tiers: [
        { abovePromptTokens: 199999, inputPerMillion: '4', cacheReadPerMillion: '1', outputPerMillion: '12' },
      ],
      ...(from === undefined ? {} : { effective: { from } }),
      contextWindow: 500000,
      source: source(
        'Model page https://docs.x.ai/developers/grok-4-7: $2.00/$0.50/$6.00 under 200K prompt tokens, $4.00/$1.00/$12.00 at 200K and above (so the tier starts above 199,999). Grok 4.7 shipped at the Grok 4.6 price.',
      ),
    })),
    {
      id: 'grok-4.5',
      provider: 'xai',
      name: 'Grok 4.5',
      inputPerMillion: '2',
      cacheReadPerMillion: '0.5',
      outputPerMillion: '6',
      tiers: [
        { abovePromptTokens: 200000, inputPerMillion: '4', cacheReadPerMillion: '1', outputPerMillion: '12' },
      ],
      contextWindow: 500000,
      source: source(
        'Model page https://docs.x.ai/developers/grok-4-5 (released 2026-07-09); long-context rates when the input exceeds 200K tokens.',
      ),
    },
    {
      id: 'grok-code-fast-1',
      provider: 'xai',
      name: 'Grok Code Fast 1',
      inputPerMillion: '0.2',
      cacheReadPerMillion: '0.02',
      outputPerMillion: '1.5',
      contextWindow: 256000,
      source: source(
        'Rates as listed by genai-prices (2026-08-21), LiteLLM (2026-07-24) and models.dev (2026-06-13).',
      ),
    },
  ],
};
