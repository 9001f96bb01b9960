/**
 * Mistral AI's API prices (USD per 1M tokens). Mistral's own pricing page was not available where these
 * were checked: each rate is one that the other catalogs agree on, or that a Mistral model card states.
 * Cache-read rates are not confirmed and are left unknown.
 *
 * @module
 */

import type { ProviderPriceList } from './types.js';

const PRICING = 'https://mistral.ai/pricing#api-pricing';
const CHECKED = '2026-11-22';
const source = (note: string) => ({ kind: 'published' as const, url: PRICING, checkedAt: CHECKED, note });

/** Mistral's price list. */
export const mistralPrices: ProviderPriceList = {
  provider: 'mistral',
  name: 'Mistral AI',
  pricingUrl: PRICING,
  cards: [
    {
      id: 'mistral-medium-3-5',
      provider: 'mistral',
      name: 'Mistral Medium 3.5',
      aliases: ['mistral-medium-3.5', 'mistral-medium-3-5-26-04', 'mistral-medium-latest'],
      inputPerMillion: '1.5',
      outputPerMillion: '7.5',
      contextWindow: 256000,
      source: source(
        'Model card https://docs.mistral.ai/models/model-cards/mistral-medium-3-5-26-04 (released 2026-04-28); mistral-medium-latest points here since Medium 3 and 3.1 were deprecated on 2026-05-22.',
      ),
    },
    {
      id: 'mistral-large-2512',
      provider: 'mistral',
      name: 'Mistral Large 3',
      aliases: ['mistral-large-latest'],
      inputPerMillion: '0.5',
      outputPerMillion: '1.5',
      contextWindow: 256000,
      source: source('LiteLLM (2026-07-24), models.dev (2026-06-13) and genai-prices (2026-08-21) agree.'),
    },
    {
      id: 'mistral-small-2603',
      provider: 'mistral',
      name: 'Mistral Small (2603)',
      aliases: ['mistral-small-latest'],
      inputPerMillion: '0.15',
      outputPerMillion: '0.6',
      source: source(
        'models.dev (2026-06-13) and genai-prices (2026-08-21) agree; LiteLLM lists an older snapshot.',
      ),
    },
    {
      id: 'codestral-2508',
      provider: 'mistral',
      name: 'Codestral (2508)',
      aliases: ['codestral-latest'],
      inputPerMillion: '0.3',
      outputPerMillion: '0.9',
      contextWindow: 256000,
      source: source('models.dev (2026-06-13) and genai-prices (2026-08-21) agree.'),
    },
    {
      id: 'devstral-2512',
      provider: 'mistral',
      name: 'Devstral 2',
      aliases: ['devstral-latest'],
      inputPerMillion: '0.4',
      outputPerMillion: '2',
      contextWindow: 262144,
      source: source('LiteLLM (2026-07-24), models.dev (2026-06-13) and genai-prices (2026-08-21) agree.'),
    },
    {
      id: 'magistral-medium-latest',
      provider: 'mistral',
      name: 'Magistral Medium',
      inputPerMillion: '2',
      outputPerMillion: '5',
      contextWindow: 128000,
      source: source('LiteLLM (2026-07-24), models.dev (2026-06-13) and genai-prices (2026-08-21) agree.'),
    },
  ],
};
