/**
 * Moonshot AI's Kimi API prices (platform.moonshot.ai, USD per 1M tokens; "cache hit" is the cache-read
 * rate, "cache miss" the input rate). The page was not reachable where these were checked: each rate is one
 * that LiteLLM (2026-07-24), genai-prices (2026-08-21) and models.dev (2026-06-13) agree on, unless a note
 * says otherwise. OpenRouter lists some Kimi models below these rates: it routes them to other hosts.
 *
 * @module
 */

import { cardWriter } from './author.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://platform.moonshot.ai/docs/pricing/chat';
const card = cardWriter('moonshot', { url: PRICING, checkedAt: '2026-11-23' });
const AGREED = 'LiteLLM, genai-prices and models.dev agree';
/** LiteLLM's deprecation date for the K2 previews and K2 Thinking; Moonshot's own notice was not read. */
const K2_RETIRED = '2026-05-25';
const K2_NOTE = `retired ${K2_RETIRED} per LiteLLM's deprecation date (Moonshot's notice not read)`;

/** Moonshot's price list. */
export const moonshotPrices: ProviderPriceList = {
  provider: 'moonshot',
  name: 'Moonshot AI',
  pricingUrl: PRICING,
  cards: [
    card('kimi-k2.6', 'Kimi K2.6', ['0.95', '0.16', '4'], { context: 262144, note: `${AGREED}.` }),
    card('kimi-k2.5', 'Kimi K2.5', ['0.6', '0.1', '3'], { context: 262144, note: `${AGREED}.` }),
    card('kimi-k2-thinking', 'Kimi K2 Thinking', ['0.6', '0.15', '2.5'], {
      context: 262144,
      note: `${AGREED} (OpenRouter too).`,
    }),
    card('kimi-k2-thinking-turbo', 'Kimi K2 Thinking Turbo', ['1.15', '0.15', '8'], {
      context: 262144,
      note: `${AGREED}.`,
    }),
    card('kimi-k2-0905-preview', 'Kimi K2 (0905)', ['0.6', '0.15', '2.5'], {
      aliases: ['kimi-k2-0905'],
      context: 262144,
      effective: { to: K2_RETIRED },
      note: `${AGREED}; ${K2_NOTE}. OpenRouter's kimi-k2-0905 is this model.`,
    }),
    card('kimi-k2-0711-preview', 'Kimi K2 (0711)', ['0.6', '0.15', '2.5'], {
      aliases: ['kimi-k2'],
      context: 131072,
      effective: { to: K2_RETIRED },
      note: `${AGREED}; ${K2_NOTE}. OpenRouter's kimi-k2 is this first K2 release (OpenRouter's own routes list $0.57/$2.30).`,
    }),
    card('kimi-k2-turbo-preview', 'Kimi K2 Turbo', ['1.15', '0.15', '8'], {
      context: 262144,
      effective: { to: K2_RETIRED },
      note: `LiteLLM and genai-prices agree (models.dev lists the launch price of $2.40/$10); ${K2_NOTE}.`,
    }),
    card('kimi-latest', 'Kimi Latest', ['2', '0.15', '5'], {
      effective: { to: '2026-01-28' },
      note: "LiteLLM's rate at the 128K tier, the one it lists; retired 2026-01-28 per LiteLLM's deprecation date.",
    }),
    card('moonshot-v1-8k', 'Moonshot v1 8K', ['0.2', undefined, '2'], {
      note: 'LiteLLM and genai-prices agree.',
    }),
    card('moonshot-v1-32k', 'Moonshot v1 32K', ['1', undefined, '3'], {
      note: 'LiteLLM and genai-prices agree.',
    }),
    card('moonshot-v1-128k', 'Moonshot v1 128K', ['2', undefined, '5'], {
      note: 'LiteLLM and genai-prices agree.',
    }),
  ],
};
