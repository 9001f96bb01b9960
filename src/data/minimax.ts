/**
 * MiniMax's API prices (platform.minimax.io, USD per 1M tokens, pay as you go). The page was not reachable
 * where these were checked: each rate is one LiteLLM (2026-07-24), genai-prices (2026-08-21) and models.dev
 * (2026-06-13) agree on unless a note says otherwise. OpenRouter lists some MiniMax models below these
 * rates: it routes them to other hosts.
 *
 * @module
 */

import { cardWriter } from './author.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://platform.minimax.io/docs/guides/pricing';
const card = cardWriter('minimax', { url: PRICING, checkedAt: '2026-11-23' });
const AGREED = 'LiteLLM, genai-prices and models.dev agree';

/** MiniMax's price list. */
export const minimaxPrices: ProviderPriceList = {
  provider: 'minimax',
  name: 'MiniMax',
  pricingUrl: PRICING,
  cards: [
    card('MiniMax-M2.7', 'MiniMax M2.7', ['0.3', '0.06', '1.2'], {
      cacheWrite: '0.375',
      context: 204800,
      note: 'genai-prices and models.dev agree.',
    }),
    card('MiniMax-M2.7-highspeed', 'MiniMax M2.7 High-speed', ['0.6', '0.06', '2.4'], {
      cacheWrite: '0.375',
      context: 204800,
      note: 'genai-prices and models.dev agree.',
    }),
    card('MiniMax-M2.5', 'MiniMax M2.5', ['0.3', '0.03', '1.2'], {
      cacheWrite: '0.375',
      context: 204800,
      note: `${AGREED}.`,
    }),
    card('MiniMax-M2.5-highspeed', 'MiniMax M2.5 High-speed', ['0.6', undefined, '2.4'], {
      cacheWrite: '0.375',
      context: 204800,
      note: 'genai-prices and models.dev agree on 0.6/2.4 and the cache write, but not on the cache-read rate (0.03 vs 0.06): left unknown.',
    }),
    card('MiniMax-M2.1', 'MiniMax M2.1', ['0.3', '0.03', '1.2'], {
      cacheWrite: '0.375',
      context: 204800,
      note: 'LiteLLM and genai-prices agree (models.dev lists no cache rates).',
    }),
    card('MiniMax-M2', 'MiniMax M2', ['0.3', '0.03', '1.2'], {
      cacheWrite: '0.375',
      context: 204800,
      note: 'LiteLLM and genai-prices agree (models.dev lists no cache rates).',
    }),
    card('MiniMax-M2-her', 'MiniMax M2-her', ['0.3', '0.03', '1.2'], {
      note: "As OpenRouter lists MiniMax's own route (2026-05-15); no other catalog lists it.",
    }),
    card('MiniMax-M1', 'MiniMax M1', ['0.4', undefined, '2.2'], {
      tiers: [[200000, '1.3', undefined, '2.2']],
      context: 1000000,
      note: 'genai-prices and OpenRouter agree on 0.4/2.2; prompts above 200K tokens at 1.3 input, as MiniMax priced M1 at launch (2025-06).',
    }),
    card('MiniMax-Text-01', 'MiniMax Text-01', ['0.2', undefined, '1.1'], {
      aliases: ['minimax-01'],
      context: 1000192,
      note: "genai-prices and OpenRouter agree; OpenRouter's minimax-01 is this model.",
    }),
  ],
};
