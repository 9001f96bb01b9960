/**
 * Z.ai's GLM API prices (the international platform, USD per 1M tokens; "cached input" is the cache-read
 * rate). Z.ai's page was not reachable where these were checked: each rate is one LiteLLM (2026-07-24) and
 * models.dev (2026-06-13) agree on unless a note says otherwise. genai-prices (2026-08-21) lists lower GLM
 * rates that match the mainland bigmodel.cn prices in yuan converted to dollars, not Z.ai's dollar list.
 * Models Z.ai lists as free are priced at zero: a published price, not a guess.
 *
 * @module
 */

import { cardWriter } from './author.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://docs.z.ai/guides/overview/pricing';
const card = cardWriter('zai', { url: PRICING, checkedAt: '2026-11-23' });
const AGREED = 'LiteLLM and models.dev agree';

/** Z.ai's price list. */
export const zaiPrices: ProviderPriceList = {
  provider: 'zai',
  name: 'Z.ai',
  pricingUrl: PRICING,
  cards: [
    card('glm-5.1', 'GLM-5.1', ['1.4', '0.26', '4.4'], { context: 202752, note: `${AGREED}.` }),
    card('glm-5', 'GLM-5', ['1', '0.2', '3.2'], { context: 202752, note: `${AGREED}.` }),
    card('glm-5-turbo', 'GLM-5 Turbo', ['1.2', '0.24', '4'], {
      context: 202752,
      note: 'models.dev and OpenRouter agree.',
    }),
    card('glm-5v-turbo', 'GLM-5V Turbo', ['1.2', '0.24', '4'], {
      context: 202752,
      note: 'models.dev and OpenRouter agree.',
    }),
    card('glm-5-code', 'GLM-5 Code', ['1.2', '0.3', '5'], { note: 'As LiteLLM lists it.' }),
    card('glm-4.7', 'GLM-4.7', ['0.6', '0.11', '2.2'], { context: 202752, note: `${AGREED}.` }),
    card('glm-4.7-flashx', 'GLM-4.7 FlashX', ['0.07', '0.01', '0.4'], { note: 'As models.dev lists it.' }),
    card('glm-4.7-flash', 'GLM-4.7 Flash', ['0', '0', '0'], {
      note: `${AGREED}: free on Z.ai's own API (OpenRouter's glm-4.7-flash is billed by other hosts at $0.06/$0.40).`,
    }),
    card('glm-4.6', 'GLM-4.6', ['0.6', '0.11', '2.2'], { context: 202752, note: `${AGREED}.` }),
    card('glm-4.6v', 'GLM-4.6V', ['0.3', '0.05', '0.9'], {
      note: 'models.dev lists 0.3/0.9; the cache-read rate is the one OpenRouter lists.',
    }),
    card('glm-4.5', 'GLM-4.5', ['0.6', '0.11', '2.2'], {
      context: 131072,
      note: `${AGREED} (OpenRouter too).`,
    }),
    card('glm-4.5v', 'GLM-4.5V', ['0.6', '0.11', '1.8'], {
      note: `${AGREED} on 0.6/1.8; the cache-read rate is the one OpenRouter lists.`,
    }),
    card('glm-4.5-air', 'GLM-4.5 Air', ['0.2', '0.03', '1.1'], { context: 131072, note: `${AGREED}.` }),
    card('glm-4.5-x', 'GLM-4.5 X', ['2.2', undefined, '8.9'], { note: 'As LiteLLM lists it.' }),
    card('glm-4.5-airx', 'GLM-4.5 AirX', ['1.1', undefined, '4.5'], { note: 'As LiteLLM lists it.' }),
    card('glm-4.5-flash', 'GLM-4.5 Flash', ['0', '0', '0'], { note: `${AGREED}: free.` }),
    card('glm-4-32b-0414-128k', 'GLM-4 32B', ['0.1', undefined, '0.1'], {
      aliases: ['glm-4-32b'],
      note: "As OpenRouter lists it (Z.ai's own listing); OpenRouter's glm-4-32b is this model.",
    }),
  ],
};
