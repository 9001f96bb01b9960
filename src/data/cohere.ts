/**
 * Cohere's API prices (USD per 1M tokens). Cohere's page was not reachable where these were checked: each
 * rate is one the other catalogs agree on (LiteLLM 2026-07-24, genai-prices 2026-08-21, models.dev
 * 2026-06-13, OpenRouter 2026-05-15), as each note says.
 *
 * @module
 */

import { cardWriter } from './author.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://cohere.com/pricing';
const card = cardWriter('cohere', { url: PRICING, checkedAt: '2026-11-23' });
const ALL = 'LiteLLM, genai-prices, models.dev and OpenRouter agree';

/** Cohere's price list. */
export const coherePrices: ProviderPriceList = {
  provider: 'cohere',
  name: 'Cohere',
  pricingUrl: PRICING,
  cards: [
    card('command-a-03-2025', 'Command A', ['2.5', undefined, '10'], {
      aliases: ['command-a'],
      context: 256000,
      note: "LiteLLM, models.dev and OpenRouter agree; OpenRouter's command-a is this model.",
    }),
    card('command-a-reasoning-08-2025', 'Command A Reasoning', ['2.5', undefined, '10'], {
      context: 256000,
      note: 'As models.dev lists it.',
    }),
    card('command-a-vision-07-2025', 'Command A Vision', ['2.5', undefined, '10'], {
      context: 128000,
      note: 'As models.dev lists it.',
    }),
    card('command-a-translate-08-2025', 'Command A Translate', ['2.5', undefined, '10'], {
      note: 'As models.dev lists it.',
    }),
    card('command-r7b-12-2024', 'Command R7B', ['0.0375', undefined, '0.15'], {
      aliases: ['command-r7b'],
      context: 128000,
      note: `${ALL}.`,
    }),
    card('command-r-plus-08-2024', 'Command R+ (08-2024)', ['2.5', undefined, '10'], {
      aliases: ['command-r-plus'],
      context: 128000,
      note: `${ALL}; command-r-plus names this version in LiteLLM and genai-prices.`,
    }),
    card('command-r-08-2024', 'Command R (08-2024)', ['0.15', undefined, '0.6'], {
      aliases: ['command-r'],
      context: 128000,
      note: `${ALL}; command-r names this version in LiteLLM and genai-prices.`,
    }),
    card('command', 'Command', ['1', undefined, '2'], {
      aliases: ['command-nightly'],
      note: 'LiteLLM and genai-prices agree (legacy model).',
    }),
    card('command-light', 'Command Light', ['0.3', undefined, '0.6'], {
      aliases: ['command-light-nightly'],
      note: 'As LiteLLM lists it (legacy model).',
    }),
  ],
};
